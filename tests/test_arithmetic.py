"""
Tests of the arithmetic: majorities, margins, challenges, turnout and
support, on real tallies with values worked out by hand.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from checks import assert_refused
from laborvote import (
    Ballots,
    Choice,
    Tally,
    challenges_determinative,
    challenges_to_change,
    majority_needed,
    margin,
    support,
    support_of_eligible,
    turnout,
)
from laborvote.exceptions import InvalidChoiceError


@pytest.fixture(name="bessemer")
def _bessemer() -> Tally:
    """
    Return Bessemer 2021's tally (RULES.md section 2).
    """
    return Tally(
        ballots=Ballots(
            unions={"RWDSU": 738}, against=1798, void=76, challenged=505
        ),
        eligible=5867,
    )


@pytest.fixture(name="remington")
def _remington() -> Tally:
    """
    Return Remington Rand's tally (1943): 572 / 321 / 43 for three
    unions, 298 for none (RULES.md section 1.9).
    """
    return Tally(
        ballots=Ballots(
            unions={"First": 572, "Second": 321, "Third": 43}, against=298
        )
    )


class TestMajorityNeeded:
    """
    A majority is more than half of the valid votes.
    """

    def test_bessemer(self, bessemer: Tally) -> None:
        """
        Half of 2,536 valid votes is 1,268, so a majority is 1,269; the
        76 void and 505 challenged ballots do not count.
        """
        assert 1269 == majority_needed(bessemer)

    @pytest.mark.parametrize(
        ("yes", "no", "expected"), [(5, 4, 5), (5, 5, 6), (0, 0, 1)]
    )
    def test_small(self, yes: int, no: int, expected: int) -> None:
        """
        9 valid votes need 5; 10 need 6; none need 1.
        """
        t = Tally(ballots=Ballots(unions={"A": yes}, against=no))

        assert expected == majority_needed(t)


class TestMargin:
    """
    The margin is a choice's votes less the best of the others.
    """

    def test_bessemer(self, bessemer: Tally) -> None:
        """
        738 - 1,798 = -1,060 for the union; +1,060 for "No union".
        """
        assert (-1060, 1060, 1060) == (
            margin(bessemer),
            margin(bessemer, "No union"),
            margin(bessemer, Choice.AGAINST),
        )

    def test_many_choices(self, remington: Tally) -> None:
        """
        Remington Rand: 572 - 321 = 251 for the first union; 43 - 572 =
        -529 for the third.
        """
        assert (251, -529) == (margin(remington), margin(remington, "Third"))

    def test_unknown_choice(self, bessemer: Tally) -> None:
        """
        A choice that is not on the ballot raises `InvalidChoiceError`.
        """
        assert_refused(
            InvalidChoiceError,
            "choice",
            "ALU",
            lambda: margin(bessemer, "ALU"),
        )


class TestChallenges:
    """
    How many challenged ballots could change the outcome.
    """

    def test_none_challenged(self) -> None:
        """
        Kirsch Drapery's 4-4 tie with no challenged ballot: one vote for
        the union (5-4) would change the result, but there is none, so
        the challenges are not determinative.
        """
        t = Tally(ballots=Ballots(unions={"Union": 4}, against=4))

        assert (1, False) == (
            challenges_to_change(t),
            challenges_determinative(t),
        )

    def test_independent_of_challenged(self, bessemer: Tally) -> None:
        """
        The fewest ballots that change the outcome does not depend on how
        many were challenged: Bessemer needs 1,061 either way.
        """
        unchallenged = Tally(
            ballots=Ballots(unions={"RWDSU": 738}, against=1798)
        )

        assert (1061, 1061) == (
            challenges_to_change(bessemer),
            challenges_to_change(unchallenged),
        )


class TestTurnout:
    """
    Turnout is every ballot cast over the eligible voters.
    """

    def test_bessemer(self, bessemer: Tally) -> None:
        """
        738 + 1,798 + 76 + 505 = 3,117 ballots of 5,867 eligible.
        """
        assert Fraction(3117, 5867) == turnout(bessemer)

    @pytest.mark.parametrize("eligible", [None, 0])
    def test_unknown(self, eligible: int | None) -> None:
        """
        Without a positive number of eligible voters there is no turnout.
        """
        t = Tally(
            ballots=Ballots(unions={"A": 1}, against=0), eligible=eligible
        )

        assert turnout(t) is None


class TestSupport:
    """
    Support is a choice's share of the valid votes, or of the eligible.
    """

    def test_of_valid(self) -> None:
        """
        JFK8: 2,654 of 4,785 valid votes for the ALU, 2,131 against.
        """
        t = Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131))

        assert (Fraction(2654, 4785), Fraction(2131, 4785)) == (
            support(t),
            support(t, "No union"),
        )

    def test_no_valid_votes(self) -> None:
        """
        Without valid votes there is no share of them.
        """
        t = Tally(ballots=Ballots(unions={"A": 0}, against=0, void=3))

        assert support(t) is None

    def test_of_eligible(self, bessemer: Tally) -> None:
        """
        Bessemer: 738 of 5,867 eligible is 12.6 %, "less than 16
        percent"; 1,798 of 5,867 voted against.
        """
        assert (Fraction(738, 5867), Fraction(1798, 5867)) == (
            support_of_eligible(bessemer),
            support_of_eligible(bessemer, Choice.AGAINST),
        )

    @pytest.mark.parametrize("eligible", [None, 0])
    def test_of_eligible_unknown(self, eligible: int | None) -> None:
        """
        Without a positive number of eligible voters there is no share
        of them.
        """
        t = Tally(
            ballots=Ballots(unions={"A": 1}, against=0), eligible=eligible
        )

        assert support_of_eligible(t) is None

    def test_unknown_choice(self, bessemer: Tally) -> None:
        """
        A choice that is not on the ballot raises `InvalidChoiceError`.
        """
        assert_refused(
            InvalidChoiceError,
            "choice",
            "ALU",
            lambda: support_of_eligible(bessemer, "ALU"),
        )
