"""
Tests of `laborvote.decide` on the edge cases of RULES.md section 7 and
the real elections of RULES.md sections 1.9 and 2.

Every expected value is worked out by hand in the test's docstring from
the rule it cites; none is copied from laborvote's output.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from laborvote import (
    Ballots,
    Choice,
    Outcome,
    Result,
    Tally,
    TallyKind,
    challenges_determinative,
    challenges_to_change,
    decide,
    majority_needed,
    support_of_eligible,
    turnout,
)

#: What the Board's tally says when the challenges cannot matter.
NOT_SUFFICIENT = (
    "Challenges are not sufficient in number to affect the results of the "
    "election"
)
#: What it says when they can.
SUFFICIENT = (
    "Challenges are sufficient in number to affect the results of the election"
)


def tally(
    unions: dict[str, int],
    against: int | None,
    *,
    void: int = 0,
    challenged: int = 0,
    **fields: Any,
) -> Tally:
    """
    Return a tally of *unions* (in ballot order) and *against*, with the
    other *fields* of `laborvote.Tally`.
    """
    return Tally(
        ballots=Ballots(
            unions=unions, against=against, void=void, challenged=challenged
        ),
        **fields,
    )


def summary(outcome: Outcome) -> tuple[object, ...]:
    """
    Return the result, the winner's and runoff choices' names, and
    whether the challenges are determinative.
    """
    return (
        outcome.result,
        None if outcome.winner is None else outcome.winner.name,
        (
            None
            if outcome.runoff_between is None
            else tuple(c.name for c in outcome.runoff_between)
        ),
        outcome.challenges_determinative,
    )


def said(outcome: Outcome, *words: str) -> bool:
    """
    Whether some reason of *outcome* contains all *words*.
    """
    return any(all(w in r for w in words) for r in outcome.reasons)


class TestSectionSevenEdgeCases:
    """
    RULES.md section 7, cases 1-7 and 9.
    """

    @pytest.mark.parametrize("votes", [4, 383])
    def test_two_choice_tie(self, votes: int) -> None:
        """
        Case 1: a two-choice tie is no majority, so no representative:
        Kirsch Drapery (1990) revised tally 4-4, Providence Portland
        (2020) 383-383 after one dual-marked ballot was voided.
        """
        o = decide(tally({"Union": votes}, votes, kind=TallyKind.REVISED))

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)
        assert said(o, "tied", "Kirsch Drapery")

    def test_providence_before_voiding(self) -> None:
        """
        Case 1, the other side: before the dual-marked ballot was voided,
        Providence stood 384-383: 384 of 767 is a majority (needs 384).
        """
        t = tally({"Union": 384}, 383)

        assert (384, Result.CERTIFIED) == (
            majority_needed(t),
            decide(t).result,
        )

    def test_ahead_by_exactly_c(self) -> None:
        """
        Case 2: union 10, against 7, 3 challenged. All 3 against make a
        10-10 tie, which loses: the challenges are determinative, and 3
        is the fewest that change the outcome.
        """
        t = tally({"Union": 10}, 7, challenged=3)
        o = decide(t)

        assert (Result.UNRESOLVED, None, None, True) == summary(o)
        assert 3 == challenges_to_change(t)
        assert said(o, SUFFICIENT, "as few as 3 of the 3")

    def test_behind_by_exactly_c(self) -> None:
        """
        Case 2: union 7, against 10, 3 challenged. All 3 for the union
        make a 10-10 tie, still no majority: not determinative. It would
        take 4.
        """
        t = tally({"Union": 7}, 10, challenged=3)
        o = decide(t)

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)
        assert 4 == challenges_to_change(t)
        assert said(o, NOT_SUFFICIENT, "at least 4; there are 3")

    def test_void_never_counts(self) -> None:
        """
        Case 3: union 5, against 4, 2 void. The majority is of the 9
        valid votes, 5; counting the voids (11) would need 6.
        """
        t = tally({"Union": 5}, 4, void=2)
        o = decide(t)

        assert (5, Result.CERTIFIED, 5) == (
            majority_needed(t),
            o.result,
            o.majority,
        )
        assert said(o, "the 2 void ballots count for no choice")

    def test_jabez_burns(self) -> None:
        """
        Case 3: Jabez Burns (1947), 50-47, 1 void, 1 challenged. Of 97
        valid votes the majority is 49; the challenged ballot against
        makes 50 of 98, still a majority: certified.
        """
        o = decide(tally({"Union": 50}, 47, void=1, challenged=1))

        assert (Result.CERTIFIED, "Union", None, False) == summary(o)
        assert 49 == o.majority
        assert said(o, "the 1 void ballot count")

    def test_fraser_johnston(self) -> None:
        """
        Case 4: Fraser & Johnston (1953), petitioner 45, intervenor 9,
        against 33, 1 void, 7 challenged. 45 of 87 is a majority (44),
        but not of 94 if all 7 are against: no majority, a runoff. So
        determinative; 3 against already make 45 of 90, no majority.
        """
        t = tally(
            {"Petitioner": 45, "Intervenor": 9}, 33, void=1, challenged=7
        )
        o = decide(t)

        assert (Result.UNRESOLVED, None, None, True) == summary(o)
        assert 3 == challenges_to_change(t)
        assert said(o, "counted alone", "Petitioner received 45 of the 87")

    def test_tie_for_second_place(self) -> None:
        """
        Case 5: A 40, B 30, against 30. 40 of 100 is no majority, and
        second and third tie below the first: a nullity and a new
        election with all choices, not a runoff (29 CFR 102.70(d)).
        """
        o = decide(tally({"A": 40, "B": 30}, 30))

        assert (Result.NEW_ELECTION, None, None, False) == summary(o)
        assert said(o, "second and third places are tied", "102.70(d)")

    def test_all_equal(self) -> None:
        """
        Case 5: votes equally divided among all choices (10/10/10) make
        the election a nullity (29 CFR 102.70(d)).
        """
        o = decide(tally({"A": 10, "B": 10}, 10))

        assert (Result.NEW_ELECTION, None, None, False) == summary(o)
        assert said(o, "equally divided among all 3 choices", "102.70(d)")

    def test_tie_zero_everybody_voted(self) -> None:
        """
        Case 6: A 5, B 0, against 5, and all 10 eligible voters cast a
        valid ballot: no runoff, a certification of results (the
        exception in 29 CFR 102.70(d)).
        """
        o = decide(tally({"A": 5, "B": 0}, 5, eligible=10))

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)
        assert said(o, "every eligible voter cast a valid ballot", "(d)")

    def test_shanhouse(self) -> None:
        """
        Case 7: W. Shanhouse Sons (1952), 36 union / 0 other union / 36
        against, 72 of 77 voting. Not everybody voted, so the exception
        does not apply; 36 of 72 is no majority (37) and the first two
        tie above the third: a runoff between the union and "No union",
        tied, so in ballot order.
        """
        o = decide(tally({"Union": 36, "Other union": 0}, 36, eligible=77))

        assert (Result.RUNOFF, None, ("Union", "No union"), False) == (
            summary(o)
        )
        assert 37 == o.majority
        assert said(o, "runoff election", "Union (36) and no union (36)")

    def test_lemco_tiny_turnout(self) -> None:
        """
        Case 9: Lemco Construction (1987), 0 for, 1 against of about 8
        eligible: no turnout floor, so the 1 vote against decides; the
        turnout is 1/8.
        """
        t = tally({"Union": 0}, 1, eligible=8)

        assert (Result.NO_REPRESENTATIVE, Fraction(1, 8)) == (
            decide(t).result,
            turnout(t),
        )

    def test_premier_tiny_turnout(self) -> None:
        """
        Case 9: Premier Utility Services (2016), 20-14, 34 counted of 101:
        certified; with 101 as the eligible count the turnout is 34/101.
        """
        t = tally({"Union": 20}, 14, eligible=101)

        assert (Result.CERTIFIED, Fraction(34, 101)) == (
            decide(t).result,
            turnout(t),
        )


class TestFamousElections:
    """
    The elections of RULES.md section 2, decided as the Board did.
    """

    def test_bessemer_2021(self) -> None:
        """
        Bessemer 2021: 738 for, 1,798 against, 76 void, 505 challenged,
        5,867 eligible. 1,798 of 2,536 is a majority against. The union
        needs k more with 738 + k > 1,798 + 0, k = 1,061 > 505: not
        determinative. 738 / 5,867 = 12.6 % < 16 % of the eligible.
        """
        t = tally({"RWDSU": 738}, 1798, void=76, challenged=505, eligible=5867)
        o = decide(t)
        share = support_of_eligible(t)

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)
        assert (1061, 1269) == (challenges_to_change(t), o.majority)
        assert share is not None
        assert share < 0.16
        assert o.reasons[1].startswith(NOT_SUFFICIENT)
        assert said(o, "1,798 of the 2,536 valid votes were cast against")

    def test_bessemer_2022(self) -> None:
        """
        Bessemer 2022: 875 for, 993 against, 416 challenged. 119 for the
        union make 994 of 1,987, a majority: determinative, unresolved.
        """
        t = tally(
            {"RWDSU": 875},
            993,
            void=59,
            challenged=416,
            eligible=6153,
            kind=TallyKind.RERUN,
        )
        o = decide(t)

        assert (Result.UNRESOLVED, None, None, True) == summary(o)
        assert (True, 119) == (
            challenges_determinative(t),
            challenges_to_change(t),
        )
        assert o.reasons[1].startswith(SUFFICIENT)

    def test_staten_island_2022(self) -> None:
        """
        JFK8: ALU 2,654, against 2,131, 67 challenged. 2,654 of 4,785 is
        a majority (2,393); against needs 523 more to tie: certified.
        """
        t = tally({"ALU": 2654}, 2131, void=17, challenged=67, eligible=8325)
        o = decide(t)

        assert (Result.CERTIFIED, "ALU", None, False) == summary(o)
        assert (2393, 523) == (o.majority, challenges_to_change(t))
        assert said(o, "certification of representative issues for ALU")

    def test_remington_rand(self) -> None:
        """
        Remington Rand (1943): 572 / 321 / 43 for three unions, 298 none,
        1,234 valid. 572 is short of 618: a runoff between the two
        leading unions, the larger first.
        """
        o = decide(tally({"First": 572, "Second": 321, "Third": 43}, 298))

        assert (Result.RUNOFF, None, ("First", "Second"), False) == (
            summary(o)
        )
        assert 618 == o.majority

    def test_great_atlantic_pacific(self) -> None:
        """
        Great A&P (1944): 114 / 113 for two unions, 2 against, 229 valid.
        114 is short of 115: a runoff between the two unions.
        """
        o = decide(tally({"First": 114, "Second": 113}, 2))

        assert (Result.RUNOFF, None, ("First", "Second"), False) == (
            summary(o)
        )

    def test_runoff_most_votes_first(self) -> None:
        """
        A runoff pair lists the choice with more votes first, even when
        it is later on the ballot: A 30, B 10, against 40 of 80 (majority
        41) is a runoff between "No union" and A.
        """
        o = decide(tally({"A": 30, "B": 10}, 40))

        assert ("No union", "A") == tuple(
            c.name for c in o.runoff_between or ()
        )
        assert said(o, "between no union (40) and A (30)")

    @pytest.mark.parametrize(
        ("case", "counts", "fewest"),
        [
            # (for, against, challenged, void)
            ("McCormick Lumber", (10, 10, 1, 0), 1),
            ("Consolidated Industries", (65, 64, 2, 0), 1),
            ("Sadler Bros", (19, 19, 9, 3), 1),
            ("Cornell-Dubilier", (526, 533, 22, 0), 8),
        ],
    )
    def test_determinative_board_cases(
        self, case: str, counts: tuple[int, int, int, int], fewest: int
    ) -> None:
        """
        The Board found these challenges "sufficient to affect" the
        results (RULES.md section 2): ``-C < Y - N <= C`` in each.
        McCormick 10-10: 1 for the union makes 11 of 21, a majority;
        Consolidated 65-64: 1 against ties at 65; Sadler 19-19: 1 for
        the union wins; Cornell-Dubilier 526-533: 8 for the union make
        534 of 1,067, a majority (7 only tie at 533).
        """
        yes, no, challenged, void = counts
        t = tally({case: yes}, no, challenged=challenged, void=void)
        o = decide(t)

        assert (Result.UNRESOLVED, None, None, True) == summary(o)
        assert fewest == challenges_to_change(t)

    def test_allied_acoustics(self) -> None:
        """
        Allied Acoustics (1990): 13-10, 1 void, 1 challenged: the Board
        found the challenge "insufficient"; 3 against would be needed to
        tie 13-13. Certified.
        """
        t = tally({"Union": 13}, 10, challenged=1, void=1)
        o = decide(t)

        assert (Result.CERTIFIED, "Union", None, False) == summary(o)
        assert 3 == challenges_to_change(t)
        assert said(o, NOT_SUFFICIENT)


class TestRunoffTallies:
    """
    "Only one runoff" (29 CFR 102.70(b)); a runoff that ties certifies
    the results (RULES.md section 1.9.8).
    """

    def test_runoff_between_unions_tied(self) -> None:
        """
        A runoff between two unions tied at 50 certifies the results.
        """
        o = decide(tally({"A": 50, "B": 50}, None, kind=TallyKind.RUNOFF))

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)

    def test_runoff_with_three_choices(self) -> None:
        """
        A runoff tally never orders another runoff, even on a three-choice
        ballot without a majority (Shanhouse's 36/0/36 as a runoff).
        """
        o = decide(tally({"Union": 36, "Other": 0}, 36, kind=TallyKind.RUNOFF))

        assert (Result.NO_REPRESENTATIVE, None, None, False) == summary(o)
        assert said(o, "only one runoff is held", "102.70")

    def test_runoff_winner(self) -> None:
        """
        A runoff won by a majority certifies the winner: 51 of 100.
        """
        o = decide(tally({"A": 51, "B": 49}, None, kind=TallyKind.RUNOFF))

        assert (Result.CERTIFIED, "A", None, False) == summary(o)


class TestReasons:
    """
    The reasons explain the count and cite the rules.
    """

    def test_count_first(self) -> None:
        """
        The first reason states the valid votes and the majority, citing
        NLRA section 9(a) and 29 CFR 102.70(a), with no void note when
        there are none.
        """
        o = decide(tally({"A": 3}, 1))

        assert (
            "4 valid votes were counted. A choice needs more than half of "
            "the valid votes, 3, for a majority (NLRA section 9(a); "
            "29 CFR 102.70(a))."
        ) == o.reasons[0]

    def test_no_challenge_reason_without_challenges(self) -> None:
        """
        Without challenged ballots, no reason speaks of challenges.
        """
        o = decide(tally({"A": 3}, 1))

        assert not said(o, "hallenge")

    def test_many_choices_not_determinative(self) -> None:
        """
        On a ballot of three or more choices too, the reason says how many
        challenged ballots it would take: Remington Rand (572 / 321 / 43 /
        298) with 5 challenged. The nearest other outcome is a tie for
        second place, 23 more against making 321 / 321 below 572 of
        1,257 (no majority): a nullity. A majority for the first union
        takes 91 (663 of 1,325), a runoff with "No union" 24.
        """
        t = tally(
            {"First": 572, "Second": 321, "Third": 43}, 298, challenged=5
        )
        o = decide(t)

        assert 23 == challenges_to_change(t)
        assert said(o, NOT_SUFFICIENT, "at least 23; there are 5")

    def test_decertification(self) -> None:
        """
        In a decertification (RD) case the votes "for" are for the
        incumbent; the reason says so and cites NLRA section 9(c).
        """
        o = decide(tally({"Teamsters": 4}, 9, case_number="10-RD-123456"))

        assert Result.NO_REPRESENTATIVE is o.result
        assert said(o, "decertification (RD)", "NLRA section 9(c)")

    def test_certification_case_has_no_rd_reason(self) -> None:
        """
        An RC case has no decertification reason.
        """
        o = decide(tally({"ALU": 4}, 1, case_number="29-RC-288020"))

        assert not said(o, "decertification")

    def test_winner_is_the_ballot_choice(self) -> None:
        """
        The winner is the `Choice` on the ballot.
        """
        o = decide(tally({"ALU": 4}, 1))

        assert Choice("ALU") == o.winner
