"""
Tests of the exact determinative search on the shapes where every eligible
voter may have cast a valid ballot, so that the exception of 29 CFR
102.70(d) can apply: "two or more choices tie, another choice got zero,
no determinative challenges, and every eligible voter cast a valid
ballot -> certification of results" (RULES.md section 1.9.5).

These shapes have their own code path in the search; each case is
worked out by hand.
"""

from __future__ import annotations

from laborvote import (
    Ballots,
    Choice,
    Result,
    Tally,
    challenges_to_change,
    decide,
)


def tally(
    unions: dict[str, int],
    against: int,
    *,
    challenged: int = 0,
    eligible: int | None = None,
) -> Tally:
    """
    Return a tally of *unions* and *against*.
    """
    return Tally(
        ballots=Ballots(unions=unions, against=against, challenged=challenged),
        eligible=eligible,
    )


class TestEveryoneVoted:
    """
    Tallies whose valid votes, with or without the challenged ballots,
    can reach the number of eligible voters.
    """

    def test_empty_election(self) -> None:
        """
        No valid votes of no eligible voters: no majority; two choices
        tie at zero and a third has zero, and all (none) voted: the
        exception applies, a certification of results.
        """
        o = decide(tally({"A": 0, "B": 0}, 0, eligible=0))

        assert Result.NO_REPRESENTATIVE is o.result

    def test_four_choices_exception(self) -> None:
        """
        A 2, B 2, C 0, against 1 of 5 eligible: 2 of 5 is no majority
        (3); A and B tie, C has none, everybody voted: certification of
        results. One more vote for A (3 / 2 / 0 / 1) breaks the tie and
        is still no majority (3 of 6): a runoff between A and B.
        """
        t = tally({"A": 2, "B": 2, "C": 0}, 1, eligible=5)

        assert (Result.NO_REPRESENTATIVE, 1) == (
            decide(t).result,
            challenges_to_change(t),
        )

    def test_distinct_runoff(self) -> None:
        """
        A 3, B 2, C 1, against 0 of 6 eligible: 3 of 6 is no majority
        (4). A choice has zero votes but nothing ties, so the exception
        does not apply: a runoff between A and B. One more vote for C
        (3 / 2 / 2 / 0) makes a tie for second place: a nullity.
        """
        t = tally({"A": 3, "B": 2, "C": 1}, 0, eligible=6)
        o = decide(t)

        assert (Result.RUNOFF, (Choice("A"), Choice("B")), 1) == (
            o.result,
            o.runoff_between,
            challenges_to_change(t),
        )

    def test_one_short_of_everyone(self) -> None:
        """
        A 2, B 0, against 2, 1 challenged, 5 eligible: on the 4 counted
        votes A and "No union" tie above B, but not everybody's ballot is
        valid yet, so it would be a runoff. The challenged ballot for A
        makes 3 of 5, a majority: determinative, unresolved.
        """
        o = decide(tally({"A": 2, "B": 0}, 2, challenged=1, eligible=5))

        assert (Result.UNRESOLVED, True) == (
            o.result,
            o.challenges_determinative,
        )

    def test_challenges_complete_the_exception(self) -> None:
        """
        A 3, B 0, against 1, 2 challenged, 6 eligible: 3 of 4 counted is
        a majority for A. One challenged ballot cannot change that (3 of
        5); both against make 3 / 0 / 3 of all 6 eligible, the exception:
        a certification of results. So 2 are needed, and 2 there are.
        """
        t = tally({"A": 3, "B": 0}, 1, challenged=2, eligible=6)

        assert (Result.UNRESOLVED, 2) == (
            decide(t).result,
            challenges_to_change(t),
        )
