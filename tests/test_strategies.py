"""
Tests of `laborvote.strategies`: valid values, within their bounds.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    CaseNumber,
    Choice,
    Objection,
    Outcome,
    Tally,
    TallyKind,
)
from laborvote import strategies as lvst


class TestUnionNames:
    """
    Names a union could have: valid choices, never "No union".
    """

    @given(lvst.union_names(max_size=5))
    def test_valid_union(self, name: str) -> None:
        """
        Each name makes a union choice and is not the against choice's.
        """
        assert Choice(name).is_union
        assert "no union" != name.casefold()
        assert len(name) <= 5

    @given(lvst.choices())
    def test_choices(self, choice: Choice) -> None:
        """
        Choices are unions or the against choice itself.
        """
        assert choice.is_union or choice == Choice.AGAINST


class TestBallots:
    """
    Ballot boxes within the given bounds.
    """

    @given(
        lvst.ballots(
            min_unions=2,
            max_unions=3,
            max_votes=10,
            max_void=2,
            max_challenged=4,
        )
    )
    def test_bounds(self, box: Ballots) -> None:
        """
        The unions, votes, void and challenged counts respect the bounds,
        and an against box is there by default.
        """
        assert 2 <= len(box.unions) <= 3
        assert max(box.votes) <= 10
        assert box.void <= 2
        assert box.challenged <= 4
        assert box.against is not None

    @given(lvst.ballots(against=False, min_unions=1, max_unions=1))
    def test_no_against_box(self, box: Ballots) -> None:
        """
        Without an against box there are at least two unions, whatever
        the bounds say.
        """
        assert (None, 2) == (box.against, len(box.unions))

    @given(lvst.ballots(against=None))
    def test_either(self, box: Ballots) -> None:
        """
        With ``against=None`` a ballot may or may not have the box.
        """
        assert len(box.choices) >= 2


class TestTallies:
    """
    Tallies whose eligible voters are never fewer than the ballots cast.
    """

    @given(lvst.tallies())
    def test_eligible_at_least_cast(self, tally: Tally) -> None:
        """
        The eligible count, when known, is at least the ballots cast.
        """
        assert tally.eligible is None or tally.eligible >= tally.ballots_cast

    @given(lvst.tallies(kinds=st.just(TallyKind.RUNOFF)))
    def test_kinds(self, tally: Tally) -> None:
        """
        ``kinds`` chooses the tally kinds.
        """
        assert TallyKind.RUNOFF is tally.kind

    @given(
        lvst.tallies(
            ballots=lvst.ballots(max_unions=1, max_votes=0, max_challenged=0)
        )
    )
    def test_ballots(self, tally: Tally) -> None:
        """
        ``ballots`` chooses the ballot boxes.
        """
        assert (1, 0) == (len(tally.ballots.unions), tally.valid_votes)


class TestOthers:
    """
    Case numbers, outcomes and objections.
    """

    @given(lvst.case_numbers())
    def test_case_numbers(self, number: CaseNumber) -> None:
        """
        Case numbers come from the Board's 34 regions.
        """
        assert 1 <= number.region <= 34

    @given(lvst.outcomes())
    def test_outcomes(self, outcome: Outcome) -> None:
        """
        Outcomes have reasons.
        """
        assert outcome.reasons

    @given(lvst.objections())
    def test_objections(self, objection: Objection) -> None:
        """
        Objections are numbered from 1 and filed after the NLRA.
        """
        assert objection.number >= 1
        assert objection.filed >= dt.date(1935, 7, 5)
