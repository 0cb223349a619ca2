"""
Properties of `laborvote.nlrb.elections`, `laborvote.nlrb.union_key` and
the frames (issue 11, "Done when").
"""

from __future__ import annotations

import io
import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from laborvote.nlrb import (
    ElectionAudit,
    elections,
    read_csv,
    to_pandas,
    to_polars,
    union_key,
)
from nlrb_files import FOIA, csv_text
from strategies import election_rows, interleavings


def _elections(
    rows: list[dict[str, str]], *, contiguous: bool = True
) -> list[ElectionAudit]:
    text = csv_text(FOIA, rows)
    return list(
        elections(
            read_csv(io.StringIO(text, newline="")), contiguous=contiguous
        )
    )


def _summary(e: ElectionAudit) -> tuple[Any, ...]:
    """
    An election, without where its rows are in the file.
    """
    return (
        e.case_number,
        e.unit_id,
        tuple(a.record.cells for a in e.audits),
        e.result,
        None if e.controlling is None else e.controlling.record.cells,
        e.inclusion,
        e.discrepancies,
    )


class TestGrouping:
    """
    "Grouping is invariant to how tallies of different elections
    interleave; every row belongs to exactly one election."
    """

    @given(st.data(), election_rows())
    def test_interleaving(self, data: st.DataObject, groups: Any) -> None:
        """
        With ``contiguous=False``, any interleaving of the elections' rows
        gives the same elections, in the order they first appear.
        """
        mixed = data.draw(interleavings(groups))
        plain = [row for g in groups for row in g]

        expected = sorted(map(_summary, _elections(plain)), key=repr)
        actual = sorted(
            map(_summary, _elections(mixed, contiguous=False)), key=repr
        )

        assert expected == actual

    @given(st.data(), election_rows())
    def test_interleaving_within_cases(
        self, data: st.DataObject, groups: Any
    ) -> None:
        """
        By default (rows of a case together), the units of one case may
        interleave in any way.
        """
        by_case: dict[str, list[list[dict[str, str]]]] = {}
        for g in groups:
            by_case.setdefault(g[0]["Case Number"], []).append(g)
        mixed = [
            row
            for gs in by_case.values()
            for row in data.draw(interleavings(gs))
        ]
        plain = [row for gs in by_case.values() for g in gs for row in g]

        assert sorted(map(_summary, _elections(plain)), key=repr) == sorted(
            map(_summary, _elections(mixed)), key=repr
        )

    @given(st.data(), election_rows())
    def test_every_row_once(self, data: st.DataObject, groups: Any) -> None:
        """
        Every row is in exactly one election, in both modes, whatever the
        order of the file.
        """
        mixed = data.draw(interleavings(groups))

        for contiguous in (True, False):
            found = _elections(mixed, contiguous=contiguous)
            rows = sorted(r for e in found for r in e.rows)

            assert list(range(1, len(mixed) + 1)) == rows

    @given(election_rows())
    def test_controlling_is_operative(self, groups: Any) -> None:
        """
        Where `laborvote.Election` accepts the history, its operative
        tally is the election's controlling tally (or the rerun's
        election has none yet).
        """
        for e in _elections([row for g in groups for row in g]):
            if e.election is not None and e.controlling is not None:
                assert e.controlling.record.tally is not None
                operative = e.election.operative_tally
                assert operative is not None
                assert (
                    e.controlling.record.tally.votes,
                    e.controlling.record.tally.date,
                ) == (operative.votes, operative.date)


_KINDS = [
    "Local",
    "Local No.",
    "Local Union",
    "Local Union No.",
    "LU",
    "L.U.",
    "Local #",
]
_WORDS = st.sampled_from(
    [
        "International Brotherhood of Teamsters",
        "Teamsters",
        "SEIU",
        "Service Employees International Union",
        "United Food and Commercial Workers",
        "IBEW",
        "General Drivers",
        "a/w",
        "AFL-CIO",
        "CLC",
        "District Lodge",
        "Council",
        "&",
        ",",
        "-",
        "Workers",
        "United",
    ]
)
_DIGITS = re.compile(r"\d+")


def _numbers(text: str) -> set[int]:
    return {int(d) for d in _DIGITS.findall(text)}


class TestUnionKey:
    """
    "A union key never merges two different local numbers."
    """

    @given(
        st.lists(_WORDS, max_size=6),
        st.sampled_from(_KINDS),
        st.integers(min_value=0, max_value=99_999),
        st.integers(min_value=0, max_value=99_999),
        st.lists(_WORDS, max_size=4),
    )
    @example([], "Local", 1, 10, [])  # the digits of 1 are in 10
    def test_locals_apart(
        self,
        before: list[str],
        kind: str,
        first: int,
        second: int,
        after: list[str],
    ) -> None:
        """
        The same name with two different local numbers has two keys.
        """

        def name(n: int) -> str:
            return " ".join([*before, kind, str(n), *after])

        assert (first == second) == (
            union_key(name(first)) == union_key(name(second))
        )

    @given(
        st.text(
            alphabet=st.sampled_from("aAbL0123456789 .,-/#&()"), max_size=40
        )
        | st.lists(_WORDS | st.integers(0, 999).map(str)).map(" ".join)
    )
    @example("1199SEIU United Healthcare Workers East")
    @example("GCC/IBT Local 1-M")
    def test_numbers_kept(self, name: str) -> None:
        """
        Every number in a name is in its key, and no other: so names
        whose numbers differ never share a key.
        """
        assert _numbers(name) == _numbers(union_key(name))


class TestFrames:
    """
    "Frames round-trip to the records."
    """

    @settings(deadline=None, max_examples=25)  # pandas and polars are slow
    @given(election_rows(max_elections=3))
    def test_round_trip(self, groups: Any) -> None:
        """
        Each frame row holds its record's values, in both libraries.
        """
        rows = [row for g in groups for row in g]
        records = list(read_csv(io.StringIO(csv_text(FOIA, rows), newline="")))
        pandas_rows = to_pandas(records).to_dict("records")
        polars_rows = to_polars(records).to_dicts()

        for record, p, q in zip(
            records, pandas_rows, polars_rows, strict=True
        ):
            assert record.tally is not None
            expected = (
                record.source.row,
                record.recorded.case_number,
                record.recorded.unit_id,
                record.tally.date,
                record.tally.ballots.unions[0],
                record.tally.ballots.against,
                record.tally.challenged,
                record.recorded.reason_closed,
            )
            for frame_row in (p, q):
                day = frame_row["tally_date"]
                assert expected == (
                    frame_row["row"],
                    frame_row["case_number"],
                    frame_row["unit_id"],
                    day if day.__class__.__name__ == "date" else day.date(),
                    (frame_row["union_1"], frame_row["votes_1"]),
                    frame_row["against"],
                    frame_row["challenged"],
                    frame_row["reason_closed"],
                )
            assert (
                rows[record.source.row - 1]["Case Number"]
                == (p["raw: Case Number"])
            )
