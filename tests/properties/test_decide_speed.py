"""
`decide` made fast, and still exactly what it was.

Issue 9 made `laborvote.decide` cost no more than building its tally: the
reasons are built from values read once, the two-choice search has a
closed form, and the one `Outcome` is built without running its
validators again. `frozen_decide` is a copy of the slow way; every
outcome must equal its outcome in every respect (equality, hash, repr,
`as_dict`), and must pass `Outcome`'s validators when built through them.
"""

from __future__ import annotations

from unittest import mock

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

import frozen_decide
from laborvote import Ballots, CaseType, Outcome, Tally, TallyKind, decide
from laborvote import strategies as lvst
from laborvote._core import decide as core
from laborvote._core import engine
from strategies import small_tallies

#: The case numbers of the representation rules, RD among them (its
#: tallies have one reason more).
REPRESENTATION = lvst.case_numbers(
    case_types=(CaseType.RC, CaseType.RD, CaseType.RM)
)


def any_tallies() -> st.SearchStrategy[Tally]:
    """
    Generate tallies of every shape `decide` treats apart: small counts
    with ties and zeros, large ones, runoff tallies, RD cases, with and
    without eligible voters and challenged ballots.
    """
    return st.one_of(
        small_tallies(max_choices=5),
        small_tallies(max_choices=4, near_thresholds=True),
        lvst.tallies(case_numbers=REPRESENTATION),
        lvst.tallies(
            ballots=lvst.ballots(max_unions=4, max_votes=10**6, against=None),
            case_numbers=REPRESENTATION,
        ),
    )


def tally(  # noqa: PLR0913 - one per field the examples set
    unions: dict[str, int],
    against: int | None,
    *,
    challenged: int = 0,
    eligible: int | None = None,
    kind: TallyKind = TallyKind.INITIAL,
    case_number: str | None = None,
) -> Tally:
    """
    Return a tally of *unions* and *against*.
    """
    return Tally(
        ballots=Ballots(unions=unions, against=against, challenged=challenged),
        eligible=eligible,
        kind=kind,
        case_number=case_number,
    )


class TestSameOutcome:
    """
    `decide` returns what the slow way returned, for every tally.
    """

    @given(any_tallies())
    @example(tally({"A": 0, "B": 0}, None))  # a tie at zero, no against
    @example(tally({"A": 3, "B": 2}, 1))  # a runoff between two unions
    @example(tally({"A": 2}, 3, case_number="10-RD-123456"))  # RD
    @example(tally({"A": 3}, 3, challenged=1))  # determinative, a tie
    @example(  # a runoff with the against choice first (no union)
        tally({"A": 2, "B": 1}, 3, challenged=0)
    )
    @example(tally({"A": 2, "B": 2}, 1, kind=TallyKind.RUNOFF))
    @example(tally({"A": 2, "B": 2, "C": 0}, 1, eligible=5))  # 102.70(d)
    def test_equal_in_every_respect(self, t: Tally) -> None:
        """
        Equal, with the same hash, repr and JSON form, as the frozen copy
        of the slow way.
        """
        expected = frozen_decide.decide_public(t)

        actual = decide(t)

        assert expected == actual
        assert hash(expected) == hash(actual)
        assert repr(expected) == repr(actual)
        assert expected.as_dict() == actual.as_dict()

    @given(any_tallies())
    def test_passes_the_validators(self, t: Tally) -> None:
        """
        The outcome is one `Outcome`'s validators accept: built again
        through them, field by field, it is the same value.
        """
        outcome = decide(t)

        rebuilt = Outcome(
            **{a.name: getattr(outcome, a.name) for a in attrs.fields(Outcome)}
        )

        assert rebuilt == outcome

    def test_checked_when_the_fields_change(self) -> None:
        """
        `decide` skips the validators only for the fields it knows;
        `_checked`, used otherwise, runs them.
        """
        values = (None, None, None, False, 1, (), None, (), 1, 0)

        assert core._unchecked is core._outcome  # noqa: SLF001
        try:
            core._checked(*values)  # noqa: SLF001
        except Exception as e:  # noqa: BLE001 - any validator's error
            error: Exception | None = e
        else:
            error = None
        assert "result" == getattr(error, "field", None)


class TestTwoChoiceWork:
    """
    A two-choice tally needs no search at all.
    """

    @given(
        small_tallies(max_choices=2)
        | lvst.tallies(
            ballots=lvst.ballots(max_unions=1, max_votes=10**9),
            case_numbers=REPRESENTATION,
        )
    )
    def test_no_reachable_classes_asked(self, t: Tally) -> None:
        """
        Deciding a two-choice tally never asks the engine's reachable
        classes or lower bounds: the answer has a closed form.
        """
        with (
            mock.patch.object(
                engine, "classes_at", wraps=engine.classes_at
            ) as classes_at,
            mock.patch.object(
                engine,
                "_lower_bounds",
                wraps=engine._lower_bounds,  # noqa: SLF001
            ) as bounds,
        ):
            decide(t)

        assert (0, 0) == (classes_at.call_count, bounds.call_count)
