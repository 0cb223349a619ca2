"""
Property tests of the readers' trusted path: a tally a reader builds
without checking its values again is the tally the validated
constructors build of the same values, and a value they refuse is
refused with the same error.
"""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, CaseNumber, Tally, TallyKind
from laborvote._core import validators as v
from laborvote._core.validators import MAX_COUNT
from laborvote.exceptions import LaborVoteError
from laborvote.nlrb import Layout, read_csv
from laborvote.nlrb._rows import RowReader, _plain
from nlrb_files import csv_text
from strategies import NLRB_HEADERS, GeneratedRow, nlrb_rows

# Names as a reader passes them on (stripped, not blank): plain ASCII,
# names alike but for case or spacing, "No union", and names that need
# normalising or are refused (accents, a no-break space, a soft hyphen,
# control characters).
_NAMES = (
    st.one_of(
        st.sampled_from(
            [
                "ALU",
                "alu",
                "RWDSU",
                "Teamsters  Local 1",
                "Teamsters Local 1",
                "No union",
                "NO UNION",
                "Caf\u00e9",
                "Cafe\u0301",
                "Local\u00a01",
                "Sold\u00adiers",
                "Tab\there",
                "Bell\x07",
                "unnamed (Votes For Labor Org2)",
            ]
        ),
        st.text(min_size=1, max_size=8),
    )
    .map(str.strip)
    .filter(bool)
)

_VOTES = st.one_of(
    st.integers(min_value=0, max_value=50),
    st.sampled_from([MAX_COUNT, MAX_COUNT + 1, 2 * MAX_COUNT]),
)
_COUNTS = st.integers(min_value=0, max_value=MAX_COUNT)


def _outcome(build: object) -> object:
    """
    Return what calling *build* gives: its tally, or its error's class and
    message.
    """
    try:
        return build()  # type: ignore[operator]
    except LaborVoteError as e:
        return type(e), str(e)


class TestTrustedTally:
    """
    "Do not re-validate values the reader has already typed; keep every
    check that can fail on real data, and keep the validators for
    everyone else" (issue 9).
    """

    @given(
        unions=st.lists(st.tuples(_NAMES, _VOTES), min_size=1, max_size=4),
        against=st.none() | _COUNTS,
        void=_COUNTS,
        challenged=_COUNTS,
        eligible=st.none() | _COUNTS,
        kind=st.sampled_from(TallyKind),
        date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)),
        unit_id=st.sampled_from([None, "A", "B 2"]),
    )
    @example(
        unions=[("ALU", 1)],
        against=None,
        void=0,
        challenged=0,
        eligible=None,
        kind=TallyKind.INITIAL,
        date=None,
        unit_id=None,
    )
    @example(
        unions=[("ALU", 1), ("alu", 2)],
        against=3,
        void=0,
        challenged=0,
        eligible=None,
        kind=TallyKind.INITIAL,
        date=None,
        unit_id=None,
    )
    @example(
        unions=[("No union", 1)],
        against=3,
        void=0,
        challenged=0,
        eligible=None,
        kind=TallyKind.INITIAL,
        date=None,
        unit_id=None,
    )
    @example(
        unions=[("ALU", MAX_COUNT + 1)],
        against=3,
        void=0,
        challenged=0,
        eligible=None,
        kind=TallyKind.INITIAL,
        date=None,
        unit_id=None,
    )
    def test_same_as_validated(  # noqa: PLR0913 - one per field
        self,
        *,
        unions: list[tuple[str, int]],
        against: int | None,
        void: int,
        challenged: int,
        eligible: int | None,
        kind: TallyKind,
        date: dt.date | None,
        unit_id: str | None,
    ) -> None:
        """
        The reader's tally of any reading equals the validated one, or
        both refuse it with the same error.
        """
        number = CaseNumber.parse("29-RC-288020")

        def validated() -> Tally:
            return Tally(
                ballots=Ballots(
                    unions=unions,
                    against=against,
                    void=void,
                    challenged=challenged,
                ),
                eligible=eligible,
                kind=kind,
                date=date,
                case_number=number,
                unit_id=unit_id,
            )

        def trusted() -> Tally:
            return RowReader._tally(  # noqa: SLF001
                unions,
                against,
                void,
                challenged,
                plain=all(_plain(name) for name, _ in unions),
                eligible=eligible,
                kind=kind,
                date=date,
                case_number=number,
                unit_id=unit_id,
            )

        assert _outcome(validated) == _outcome(trusted)

    @given(st.lists(nlrb_rows(layout=Layout.FOIA), min_size=1, max_size=4))
    def test_read_tallies_pass_the_validators(
        self, rows: list[GeneratedRow]
    ) -> None:
        """
        Every tally read from a file is one the validated constructors
        build of its own values, unchanged.
        """
        text = csv_text(NLRB_HEADERS[Layout.FOIA], [r.cells for r in rows])
        for record in read_csv(io.StringIO(text, newline="")):
            tally = record.tally
            if tally is None:
                continue
            box = tally.ballots
            expected = Tally(
                ballots=Ballots(
                    unions=box.unions,
                    against=box.against,
                    void=box.void,
                    challenged=box.challenged,
                ),
                eligible=tally.eligible,
                kind=tally.kind,
                date=tally.date,
                case_number=tally.case_number,
                unit_id=tally.unit_id,
            )
            assert expected == tally

    @given(st.text(max_size=12).map(str.strip).filter(bool))
    def test_plain_names_are_normal(self, name: str) -> None:
        """
        A name `_plain` lets through is its own normalised form, and its
        key is its lower case.
        """
        if _plain(name):
            assert (name, name.lower()) == (
                v.normalize_name(name),
                v.name_key(v.normalize_name(name)),
            )
