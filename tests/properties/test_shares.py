"""
Invariants of the arithmetic: majorities, margins, turnout and support.

Shares are exact `fractions.Fraction`; a majority is more than half of
the valid votes (NLRA section 9(a); 29 CFR 102.70(a)); turnout counts
every ballot cast, void and challenged included, over the eligible
voters (issue 2, item 3).
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given

from laborvote import (
    Ballots,
    Tally,
    majority_needed,
    margin,
    support,
    support_of_eligible,
    turnout,
)
from laborvote import strategies as lvst


class TestMajorityNeeded:
    """
    A majority is more than half of the valid votes, voids excluded.
    """

    @given(lvst.tallies())
    @example(Tally(ballots=Ballots(unions={"A": 0}, against=0)))
    def test_smallest_more_than_half(self, tally: Tally) -> None:
        """
        `majority_needed` is the smallest count above half the valid
        votes.
        """
        need = majority_needed(tally)

        assert 2 * need > tally.valid_votes >= 2 * (need - 1)

    @given(lvst.tallies())
    def test_support_above_half(self, tally: Tally) -> None:
        """
        The first choice has a majority exactly when its support is above
        one half.
        """
        share = support(tally)
        has_majority = tally.votes[0] >= majority_needed(tally)

        assert has_majority == (share is not None and share > Fraction(1, 2))


class TestMargin:
    """
    The margin is a choice's votes less the best of the others.
    """

    @given(lvst.tallies())
    def test_positive_iff_leading(self, tally: Tally) -> None:
        """
        The first choice's margin is positive exactly when it alone has
        the most votes, and zero exactly when it ties for the most.
        """
        first, *others = tally.votes

        assert (margin(tally) > 0) == (first > max(others))
        assert (margin(tally) == 0) == (first == max(others))

    @given(lvst.tallies())
    def test_named_choice(self, tally: Tally) -> None:
        """
        Naming the first choice gives the default margin.
        """
        assert margin(tally) == margin(tally, tally.choices[0].name)


class TestShares:
    """
    Turnout and support are exact fractions between 0 and 1 when the
    eligible voters are at least the ballots cast.
    """

    @given(lvst.tallies())
    def test_turnout(self, tally: Tally) -> None:
        """
        Turnout is `None` without eligible voters, else an exact fraction
        in [0, 1] of the ballots cast.
        """
        share = turnout(tally)

        if not tally.eligible:
            assert share is None
        else:
            assert Fraction(tally.ballots_cast, tally.eligible) == share
            assert isinstance(share, Fraction)
            assert 0 <= share <= 1

    @given(lvst.tallies())
    def test_support(self, tally: Tally) -> None:
        """
        The supports of all choices are fractions in [0, 1] adding up to
        1, or all `None` when no valid vote was counted.
        """
        shares = [support(tally, c) for c in tally.choices]

        if tally.valid_votes == 0:
            assert [None] * len(shares) == shares
        else:
            assert all(isinstance(s, Fraction) and 0 <= s <= 1 for s in shares)
            assert 1 == sum(s for s in shares if s is not None)

    @given(lvst.tallies())
    def test_support_of_eligible(self, tally: Tally) -> None:
        """
        A choice's share of the eligible voters is a fraction in [0, 1],
        at most the turnout and at most its share of the valid votes.
        """
        for choice in tally.choices:
            share = support_of_eligible(tally, choice)
            if not tally.eligible:
                assert share is None
                continue
            of_valid = support(tally, choice)
            of_all = turnout(tally)
            assert isinstance(share, Fraction)
            assert of_all is not None
            assert 0 <= share <= of_all <= 1
            assert of_valid is None or share <= of_valid
