"""
Real votes and the cited edge cases, under each rulebook (issue 5, "Done
when"; RULES.md section 7, items 11 to 14).

Every expected value is worked out by hand in the docstring, from the rule
and the figures of the source named there.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from laborvote import Ballots, Choice, Result, Tally, decide
from laborvote.rules import uk_industrial_action


def yes_no(
    yes: int, no: int, eligible: int | None, *, void: int = 0, c: int = 0
) -> Tally:
    """
    Return a yes/no tally.
    """
    return Tally(
        ballots=Ballots(
            unions={"Yes": yes}, against=no, void=void, challenged=c
        ),
        eligible=eligible,
    )


class TestDeauthorization:
    """
    RULES.md section 1.11: rescinded iff ``2 * yes > eligible``.
    """

    def test_fifty_of_a_hundred_retained(self) -> None:
        """
        Issue 5 "Done when" and RULES.md section 7, item 11: 50 of 100
        eligible is exactly half, not a majority: retained.
        """
        outcome = decide(yes_no(50, 40, 100), rules="deauthorization")

        assert Result.RETAINED == outcome.result
        assert [False] == [t.passed for t in outcome.tests]
        assert "yes share of eligible 50.0%, needed more than 50%" == str(
            outcome.tests[0]
        )

    def test_fifty_one_of_a_hundred_rescinded(self) -> None:
        """
        Issue 5 "Done when" and RULES.md section 7, item 11: 51 of 100 is
        more than half: rescinded.
        """
        outcome = decide(yes_no(51, 0, 100), rules="deauthorization")

        assert Result.RESCINDED == outcome.result
        assert (Fraction(51, 100), Fraction(1, 2)) == (
            outcome.tests[0].value,
            outcome.tests[0].required,
        )
        assert "NLRA section 8(a)(3)(ii)" in outcome.reasons[1]

    def test_non_voters_count_against(self) -> None:
        """
        RULES.md section 1.11: non-voters act like "no": 40 yes, 5 no of
        100 eligible is 89% of the votes but 40% of the eligible.
        """
        outcome = decide(yes_no(40, 5, 100), rules="deauthorization")

        assert Result.RETAINED == outcome.result

    @pytest.mark.parametrize(
        ("yes", "c", "determinative"),
        [
            (50, 1, True),  # 50 <= 50 < 51
            (49, 1, False),  # even with it, 50 is not a majority
            (51, 5, False),  # already a majority
        ],
    )
    def test_challenges(
        self, yes: int, c: int, *, determinative: bool
    ) -> None:
        """
        RULES.md section 1.11: determinative iff ``yes <= E/2 < yes + C``.
        """
        outcome = decide(yes_no(yes, 10, 100, c=c), rules="deauthorization")

        assert determinative == outcome.challenges_determinative
        assert determinative == (Result.UNRESOLVED == outcome.result)


class TestPcs2018:
    """
    The PCS national pay ballot, July 2018 (RULES.md section 4.2; the
    scrutineer's report published by PCS): 142,673 entitled to vote,
    59,285 voting papers returned, 31 spoilt, yes 50,726, no 8,528;
    "41.6%" turnout.
    """

    @pytest.fixture(name="pcs")
    def _pcs(self) -> Tally:
        """
        Return the ballot's tally, dated the day it closed (2018-07-23).
        """
        return Tally(
            ballots=Ballots(unions={"PCS": 50726}, against=8528, void=31),
            eligible=142673,
            date=dt.date(2018, 7, 23),
        )

    def test_no_mandate(self, pcs: Tally) -> None:
        """
        Issue 5 "Done when" and RULES.md section 7, item 13: 59,285 of
        142,673 is 41.55% < 50%, so no mandate under the 2017 rules,
        although 50,726 of 59,254 valid votes (85.6%) say yes.
        """
        outcome = decide(pcs, rules="uk-industrial-action")

        assert (Result.NO_MANDATE, "uk-industrial-action-2017") == (
            outcome.result,
            outcome.rules,
        )
        assert [
            ("turnout", False, "turnout 41.6%, needed 50%"),
            (
                "majority of votes cast",
                True,
                "yes share of votes cast 85.6%, needed more than 50%",
            ),
        ] == [(t.name, t.passed, t.text) for t in outcome.tests]
        assert Fraction(59285, 142673) == outcome.tests[0].value
        assert "TULRCA 1992 s.226(2)(a)(iia)" in outcome.reasons[1]

    def test_spoilt_papers_do_not_matter(self, pcs: Tally) -> None:
        """
        Without the 31 spoilt papers the turnout is 59,254 / 142,673 =
        41.5%: the verdict is the same, and the reasons say so.
        """
        outcome = decide(pcs, rules="uk-industrial-action")

        assert any(
            "Without them the turnout is 41.5%: the verdict is the same" in r
            for r in outcome.reasons
        )

    def test_no_mandate_in_important_public_services(self, pcs: Tally) -> None:
        """
        Also in important public services: 50,726 / 142,673 = 35.6% of
        those entitled is short of 40% as well.
        """
        book = uk_industrial_action.rulebook(important_public_service=True)

        outcome = decide(pcs, rules=book)

        assert Result.NO_MANDATE == outcome.result
        assert [False, True, False] == [t.passed for t in outcome.tests]
        assert "yes share of eligible 35.6%, needed 40%" == str(
            outcome.tests[2]
        )

    def test_mandate_before_2017(self, pcs: Tally) -> None:
        """
        The same count in a ballot opened before 1 March 2017 needed only
        more yes than no: a mandate.
        """
        outcome = decide(
            pcs, rules="uk-industrial-action", on=dt.date(2017, 2, 28)
        )

        assert (Result.MANDATE, "uk-industrial-action-1992") == (
            outcome.result,
            outcome.rules,
        )


class TestPcs2019:
    """
    The PCS pay ballot of spring 2019, question one (PCS, 30 April 2019):
    124,710 entitled, 59,452 votes cast including 670 spoilt papers; yes
    46,352, no 12,430; "47.7%" turnout.
    """

    def test_no_mandate_either_way(self) -> None:
        """
        59,452 / 124,710 = 47.67% with the spoilt papers, 58,782 / 124,710
        = 47.13% without: under 50% either way, so no mandate.
        """
        tally = yes_no(46352, 12430, 124710, void=670)

        outcome = decide(
            tally, rules="uk-industrial-action", on=dt.date(2019, 3, 18)
        )

        assert Result.NO_MANDATE == outcome.result
        assert "turnout 47.7%, needed 50%" == str(outcome.tests[0])


class TestIndustrialActionOpenQuestions:
    """
    RULES.md section 8, item 10: the turnout repeal's commencement and
    whether spoilt papers count toward turnout are open.
    """

    def test_turnout_repeal_left_open(self) -> None:
        """
        Opened 2026-03-01 with 60 yes, 30 no of 200 entitled (45%
        turnout): mandate if the turnout floor is gone, none if it stays;
        the sources disagree, so unresolved, and not for challenges.
        """
        outcome = decide(
            yes_no(60, 30, 200),
            rules="uk-industrial-action",
            on=dt.date(2026, 3, 1),
        )

        assert (Result.UNRESOLVED, False) == (
            outcome.result,
            outcome.challenges_determinative,
        )
        assert any("pass turnout_repeal" in r for r in outcome.reasons)

    @pytest.mark.parametrize(
        ("opened", "result"),
        [
            (dt.date(2026, 7, 31), Result.NO_MANDATE),
            (dt.date(2026, 8, 1), Result.MANDATE),
        ],
    )
    def test_turnout_repeal_given(
        self, opened: dt.date, result: Result
    ) -> None:
        """
        With the repeal's day given, the same 45% turnout fails before it
        and suffices from it.
        """
        book = uk_industrial_action.rulebook(
            turnout_repeal=dt.date(2026, 8, 1)
        )

        assert (
            result == decide(yes_no(60, 30, 200), rules=book, on=opened).result
        )

    def test_turnout_reached_needs_no_answer(self) -> None:
        """
        With 50% turnout the disputed floor is met, so the open question
        does not matter: a mandate.
        """
        outcome = decide(
            yes_no(60, 40, 200),
            rules="uk-industrial-action",
            on=dt.date(2026, 3, 1),
        )

        assert Result.MANDATE == outcome.result

    def test_spoilt_papers_decide(self) -> None:
        """
        60 yes, 40 no and 5 spoilt of 210 entitled: 105 / 210 = 50% with
        the spoilt papers, 100 / 210 = 47.6% without: unresolved.
        """
        outcome = decide(
            yes_no(60, 40, 210, void=5),
            rules="uk-industrial-action",
            on=dt.date(2020, 1, 1),
        )

        assert (Result.UNRESOLVED, False) == (
            outcome.result,
            outcome.challenges_determinative,
        )
        assert any(
            "47.6%: the verdict depends on it" in r for r in outcome.reasons
        )

    def test_ips_threshold_repealed(self) -> None:
        """
        Important public services, 80 yes, 20 no of 200 entitled: 40% on
        2026-02-17 passes (at least 40%); 79 yes would not; from
        2026-02-18 the 40% test is gone.
        """
        book = uk_industrial_action.rulebook(
            important_public_service=True, turnout_repeal=dt.date(2026, 8, 1)
        )

        assert [Result.MANDATE, Result.NO_MANDATE, Result.MANDATE] == [
            decide(yes_no(yes, 100 - yes, 200), rules=book, on=day).result
            for yes, day in [
                (80, dt.date(2026, 2, 17)),
                (79, dt.date(2026, 2, 17)),
                (79, dt.date(2026, 2, 18)),
            ]
        ]

    def test_challenged_ballots(self) -> None:
        """
        50 yes, 49 no of 200 entitled, 2 challenged: all no makes 50-51
        (fails), all yes 52-49 with 50.5% turnout (passes): determinative.
        """
        outcome = decide(
            yes_no(50, 49, 200, c=2),
            rules="uk-industrial-action",
            on=dt.date(2020, 1, 1),
        )

        assert (Result.UNRESOLVED, True) == (
            outcome.result,
            outcome.challenges_determinative,
        )


class TestUkRecognition:
    """
    TULRCA 1992 Schedule A1 paragraph 29 (RULES.md section 4.1).
    """

    def test_ultraframe_type(self) -> None:
        """
        RULES.md section 7, item 12: 57 yes of 95 voting is 60% of those
        voting, but 57 of a unit of 150 is 38% < 40%: not recognised
        before 2026-04-06; recognised from then (simple majority).
        """
        tally = yes_no(57, 38, 150)

        before = decide(tally, rules="uk-recognition", on=dt.date(2026, 4, 5))
        after = decide(tally, rules="uk-recognition", on=dt.date(2026, 4, 6))

        assert (Result.NOT_RECOGNISED, None) == (before.result, before.winner)
        assert [True, False] == [t.passed for t in before.tests]
        assert (Result.RECOGNISED, Choice("Yes")) == (
            after.result,
            after.winner,
        )
        assert "Employment Rights Act 2025" in after.reasons[-1]

    def test_forty_percent_is_enough(self) -> None:
        """
        "At least 40%" includes 40%: 60 of 150 with 59 against passes.
        """
        outcome = decide(
            yes_no(60, 59, 150), rules="uk-recognition", on=dt.date(2020, 1, 1)
        )

        assert Result.RECOGNISED == outcome.result

    def test_tie_is_not_a_majority(self) -> None:
        """
        A tie is not a majority of those voting, under either version.
        """
        assert [Result.NOT_RECOGNISED] * 2 == [
            decide(yes_no(75, 75, 150), rules="uk-recognition", on=day).result
            for day in (dt.date(2020, 1, 1), dt.date(2027, 1, 1))
        ]


class TestNmb:
    """
    The National Mediation Board before and from 10 June 2010 (RULES.md
    section 3.1; the TWU Local 514 explainer).
    """

    @pytest.fixture(name="old_vector")
    def _old_vector(self) -> Tally:
        """
        Return the explainer's old-rule example: 400 in the craft or
        class, TWU 100, AMP 99, 201 not voting.
        """
        return Tally(
            ballots=Ballots(unions={"TWU": 100, "AMP": 99}, against=None),
            eligible=400,
        )

    def test_same_counts_differ(self, old_vector: Tally) -> None:
        """
        Issue 5 "Done when" and RULES.md section 7, item 14: before
        2010-06-10, 199 of 400 is not a majority of the eligible: no
        representative (as the explainer says); from 2010-06-10 the TWU's
        100 of the 199 valid ballots is a majority: certified.
        """
        before = decide(old_vector, rules="nmb", on=dt.date(2010, 6, 9))
        after = decide(old_vector, rules="nmb", on=dt.date(2010, 6, 10))

        assert (Result.NO_REPRESENTATIVE, "nmb-majority-of-eligible") == (
            before.result,
            before.rules,
        )
        assert (Result.CERTIFIED, "TWU", "nmb-2010") == (
            after.result,
            after.winner.name if after.winner else None,
            after.rules,
        )

    def test_new_rule_vector(self) -> None:
        """
        The explainer's new-rule example: 251 of 400 vote, TWU 100, AMP
        25, No Representation 126. 126 of 251 is a majority: the
        incumbent is decertified (no representative).
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 100, "AMP": 25}, against=126),
            eligible=400,
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2011, 1, 1))

        assert Result.NO_REPRESENTATIVE == outcome.result
        assert (
            "no representation share of valid ballots 50.2%, needed more "
            "than 50%"
        ) == str(outcome.tests[0])

    def test_old_rule_majority_of_eligible(self) -> None:
        """
        Before 2010, an organization with votes from a majority of the
        eligible is certified: 201 of 400.
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 201, "AMP": 10}, against=None),
            eligible=400,
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2009, 1, 1))

        assert (Result.CERTIFIED, Choice("TWU")) == (
            outcome.result,
            outcome.winner,
        )

    def test_old_rule_open_case(self) -> None:
        """
        Before 2010, 150 + 60 = 210 of 400 voted for representation (a
        majority) but neither organization has 201: what followed is
        unconfirmed, so unresolved, not for challenges.
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 150, "AMP": 60}, against=None),
            eligible=400,
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2009, 1, 1))

        assert (Result.UNRESOLVED, False) == (
            outcome.result,
            outcome.challenges_determinative,
        )
        assert "a run-off is unconfirmed" in outcome.reasons[0]

    def test_runoff(self) -> None:
        """
        29 CFR 1206.1: three options with votes, none with a majority of
        100: run-off between the two with the most, TWU 45 and no
        representation 35.
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 45, "AMP": 20}, against=35)
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2020, 1, 1))

        assert Result.RUNOFF == outcome.result
        assert (Choice("TWU"), Choice.AGAINST) == outcome.runoff_between
        assert "29 CFR 1206.1(a)-(b)" in outcome.reasons[1]

    def test_two_option_tie_dismissed(self) -> None:
        """
        A union tied with no representation, nobody else voted for: 1206.1
        applies only where three or more options receive votes, so no
        run-off and no representative (the NMB's June 2012 correction).
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 50, "AMP": 0}, against=50)
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2020, 1, 1))

        assert Result.NO_REPRESENTATIVE == outcome.result

    def test_tie_for_second_open(self) -> None:
        """
        40 / 30 / 30: 1206.1(b) does not say which of the tied options
        goes on the run-off ballot: unresolved, not for challenges.
        """
        tally = Tally(ballots=Ballots(unions={"A": 40, "B": 30}, against=30))

        outcome = decide(tally, rules="nmb", on=dt.date(2020, 1, 1))

        assert (Result.UNRESOLVED, False) == (
            outcome.result,
            outcome.challenges_determinative,
        )

    def test_tie_for_first_runoff(self) -> None:
        """
        40 / 40 / 20: the two options with the most votes are the tied
        leaders: a run-off between them.
        """
        tally = Tally(ballots=Ballots(unions={"A": 40, "B": 40}, against=20))

        outcome = decide(tally, rules="nmb", on=dt.date(2020, 1, 1))

        assert (Choice("A"), Choice("B")) == outcome.runoff_between

    @pytest.mark.parametrize(
        ("c", "determinative"),
        [
            (0, False),
            (1, False),  # 51 of 101 even with it against
            (2, True),  # two more against: 51 of 102 is not a majority
        ],
    )
    def test_challenges(self, c: int, *, determinative: bool) -> None:
        """
        TWU 51 of 100 with no representation 49: the challenged ballots
        are determinative iff they could take the TWU to half or below.
        """
        tally = Tally(
            ballots=Ballots(unions={"TWU": 51}, against=49, challenged=c)
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2020, 1, 1))

        assert determinative == outcome.challenges_determinative
        assert (
            Result.UNRESOLVED if determinative else Result.CERTIFIED
        ) == outcome.result
        if determinative:
            # Two against (51 of 102) is the fewest that changes it.
            assert "(as few as 2 of them)" in outcome.reasons[1]

    def test_old_rule_challenges(self) -> None:
        """
        Before 2010: 200 of 400 for representation with 1 challenged: the
        ballot for the TWU would make 201, a majority of the eligible.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"TWU": 200, "AMP": 0}, against=None, challenged=1
            ),
            eligible=400,
        )

        outcome = decide(tally, rules="nmb", on=dt.date(2009, 1, 1))

        assert (Result.UNRESOLVED, True) == (
            outcome.result,
            outcome.challenges_determinative,
        )
        assert (
            "Counting only the valid ballots, the outcome would be: no "
            "representative."
        ) == outcome.reasons[-2]


class TestNlrb:
    """
    The NLRB rulebook is the core's rules.
    """

    def test_jfk8(self) -> None:
        """
        Amazon JFK8 (RULES.md section 2): ALU 2,654 of 4,785 valid votes
        is 55.5%, a majority; 67 challenged cannot change that.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"ALU": 2654}, against=2131, void=17, challenged=67
            ),
            eligible=8325,
        )

        outcome = decide(tally, rules="nlrb")

        assert (Result.CERTIFIED, "nlrb") == (outcome.result, outcome.rules)
        assert "ALU share of valid votes 55.5%, needed more than 50%" == str(
            outcome.tests[0]
        )

    def test_no_valid_votes(self) -> None:
        """
        With no valid vote the share is unknown and nobody has a majority.
        """
        tally = Tally(ballots=Ballots(unions={"A": 0}, against=0))

        outcome = decide(tally, rules="nlrb")

        assert (None, False) == (
            outcome.tests[0].value,
            outcome.tests[0].passed,
        )
        assert str(outcome.tests[0]).endswith("unknown, needed more than 50%")
