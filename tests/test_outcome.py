"""
Tests of `laborvote.Outcome`: its fields must agree with each other.
"""

from __future__ import annotations

from typing import Any

import pytest

from checks import assert_refused
from laborvote import Choice, Outcome, Result
from laborvote.exceptions import InvalidCountError, InvalidOutcomeError

ALU = Choice("ALU")
RWDSU = Choice("RWDSU")


class TestOutcome:
    """
    An outcome carries the result, its winner or runoff pair, and why.
    """

    def test_certified(self) -> None:
        """
        A certified outcome names its winning union.
        """
        o = Outcome(result=Result.CERTIFIED, winner=ALU, majority=2393)

        assert (ALU, None, False, ()) == (
            o.winner,
            o.runoff_between,
            o.challenges_determinative,
            o.reasons,
        )

    def test_lists_become_tuples(self) -> None:
        """
        A runoff pair and reasons given as lists are kept as tuples, so
        the outcome stays hashable.
        """
        o = Outcome(
            result=Result.RUNOFF,
            runoff_between=[ALU, Choice.AGAINST],
            majority=5,
            reasons=["Because (29 CFR 102.70)."],
        )

        assert ((ALU, Choice.AGAINST), ("Because (29 CFR 102.70).",)) == (
            o.runoff_between,
            o.reasons,
        )
        assert hash(o) == hash(
            Outcome(
                result=Result.RUNOFF,
                runoff_between=(ALU, Choice.AGAINST),
                majority=5,
                reasons=("Because (29 CFR 102.70).",),
            )
        )

    def test_as_dict(self) -> None:
        """
        ``as_dict`` gives words, choice dicts and lists.
        """
        o = Outcome(
            result=Result.RUNOFF,
            runoff_between=(ALU, Choice.AGAINST),
            majority=37,
            reasons=("Runoff (29 CFR 102.70(a)-(c)).",),
        )
        expected = {
            "schema": "urn:laborvote:schema:outcome:1",
            "result": "runoff",
            "winner": None,
            "runoff_between": [
                {"name": "ALU", "kind": "union"},
                {"name": "No union", "kind": "against"},
            ],
            "challenges_determinative": False,
            "majority": 37,
            "reasons": ["Runoff (29 CFR 102.70(a)-(c))."],
            "challenges_to_change": None,
            "margin": None,
        }

        assert expected == o.as_dict()

    def test_from_dict_defaults(self) -> None:
        """
        ``from_dict`` needs only the result and the majority.
        """
        expected = Outcome(result=Result.NO_REPRESENTATIVE, majority=3)

        assert expected == Outcome.from_dict(
            {"result": "no_representative", "majority": 3}
        )

    def test_from_dict_unknown_result(self) -> None:
        """
        ``from_dict`` refuses a result that is not a `Result` value.
        """
        assert_refused(
            InvalidOutcomeError,
            "result",
            "won",
            lambda: Outcome.from_dict({"result": "won", "majority": 3}),
        )


class TestOutcomeRefuses:
    """
    Each field refuses bad values, and the fields must agree.
    """

    def test_result_must_be_enum(self) -> None:
        """
        The result is a `Result`, not its word.
        """
        assert_refused(
            InvalidOutcomeError,
            "result",
            "certified",
            lambda: Outcome(result="certified", majority=1),  # type: ignore[arg-type]
        )

    def test_winner_must_be_choice(self) -> None:
        """
        The winner is a `Choice`, not a name.
        """
        assert_refused(
            InvalidOutcomeError,
            "winner",
            "ALU",
            lambda: Outcome(
                result=Result.CERTIFIED,
                winner="ALU",  # type: ignore[arg-type]
                majority=1,
            ),
        )

    # Bug found here: the message did not name the field "winner".
    @pytest.mark.parametrize(
        ("result", "winner"),
        [
            (Result.CERTIFIED, None),
            (Result.CERTIFIED, Choice.AGAINST),
            (Result.NO_REPRESENTATIVE, ALU),
        ],
    )
    def test_winner_iff_certified(
        self, result: Result, winner: Choice | None
    ) -> None:
        """
        A certified result has a winning union, and only it has one.
        """
        assert_refused(
            InvalidOutcomeError,
            "winner",
            winner,
            lambda: Outcome(result=result, winner=winner, majority=1),
        )

    @pytest.mark.parametrize(
        "pair",
        [
            (ALU,),
            (ALU, ALU),
            (ALU, RWDSU, Choice.AGAINST),
            ("ALU", "RWDSU"),
            "ALU",
        ],
    )
    def test_runoff_pair_shape(self, pair: Any) -> None:
        """
        A runoff is between two different choices.
        """
        assert_refused(
            InvalidOutcomeError,
            "runoff_between",
            pair,
            lambda: Outcome(
                result=Result.RUNOFF, runoff_between=pair, majority=1
            ),
        )

    # Bug found here: the message did not name "runoff_between".
    @pytest.mark.parametrize(
        ("result", "pair"),
        [(Result.RUNOFF, None), (Result.NEW_ELECTION, (ALU, RWDSU))],
    )
    def test_pair_iff_runoff(
        self, result: Result, pair: tuple[Choice, Choice] | None
    ) -> None:
        """
        A runoff has its pair, and only a runoff has one.
        """
        assert_refused(
            InvalidOutcomeError,
            "runoff_between",
            pair,
            lambda: Outcome(result=result, runoff_between=pair, majority=1),
        )

    @pytest.mark.parametrize(
        ("result", "determinative"),
        [(Result.UNRESOLVED, False), (Result.NO_REPRESENTATIVE, True)],
    )
    def test_unresolved_iff_determinative(
        self, *, result: Result, determinative: bool
    ) -> None:
        """
        The result is unresolved exactly when the challenges are
        determinative.
        """
        assert_refused(
            InvalidOutcomeError,
            "challenges_determinative",
            determinative,
            lambda: Outcome(
                result=result,
                challenges_determinative=determinative,
                majority=1,
            ),
        )

    def test_determinative_must_be_bool(self) -> None:
        """
        ``challenges_determinative`` is a bool, not 0 or 1.
        """
        assert_refused(
            InvalidOutcomeError,
            "challenges_determinative",
            1,
            lambda: Outcome(
                result=Result.UNRESOLVED,
                challenges_determinative=1,  # type: ignore[arg-type]
                majority=1,
            ),
        )

    @pytest.mark.parametrize("majority", [-1, True, 1.5, None])
    def test_majority(self, majority: Any) -> None:
        """
        The majority is a non-negative int.
        """
        assert_refused(
            InvalidCountError,
            "majority",
            majority,
            lambda: Outcome(
                result=Result.NO_REPRESENTATIVE, majority=majority
            ),
        )

    @pytest.mark.parametrize("reasons", [("",), (1,), "Because.", None])
    def test_reasons(self, reasons: Any) -> None:
        """
        The reasons are a sequence of non-empty sentences.
        """
        assert_refused(
            InvalidOutcomeError,
            "reasons",
            reasons,
            lambda: Outcome(
                result=Result.NO_REPRESENTATIVE, majority=1, reasons=reasons
            ),
        )


class TestResultVocabulary:
    """
    Each `Result` knows its words and its polarity, in one place.
    """

    def test_words(self) -> None:
        """
        The short words are those of the command line's "Result:" line.
        """
        assert {
            "certified": "certification of representative",
            "no_representative": (
                "no representative (certification of results)"
            ),
            "runoff": "runoff election",
            "new_election": "new election (the first was a nullity)",
            "unresolved": (
                "unresolved: the challenged ballots are determinative"
            ),
            "rescinded": (
                "rescinded: the union-security authority is withdrawn"
            ),
            "retained": "retained: the union-security authority stays",
            "recognised": "recognised",
            "not_recognised": "not recognised",
            "mandate": "mandate for industrial action",
            "no_mandate": "no mandate for industrial action",
        } == {r.value: r.words for r in Result}

    def test_meaning(self) -> None:
        """
        Every result has a clause that says what it means; the yes/no
        ones say what the vote decided.
        """
        assert (
            "a certification of representative",
            (
                "the union's authority to make a union-security agreement "
                "is rescinded"
            ),
            "the ballot gives no mandate for industrial action",
        ) == (
            Result.CERTIFIED.meaning,
            Result.RESCINDED.meaning,
            Result.NO_MANDATE.meaning,
        )
        assert all(r.meaning for r in Result)

    def test_polarity(self) -> None:
        """
        A yes/no question passes into certified, rescinded, recognised or
        mandate, and fails into the other four; the runoff, new election
        and unresolved results are neither.
        """
        passing = {
            Result.CERTIFIED,
            Result.RESCINDED,
            Result.RECOGNISED,
            Result.MANDATE,
        }
        failing = {
            Result.NO_REPRESENTATIVE,
            Result.RETAINED,
            Result.NOT_RECOGNISED,
            Result.NO_MANDATE,
        }

        assert (passing, failing, set(Result) - passing - failing) == (
            {r for r in Result if r.passes is True},
            {r for r in Result if r.passes is False},
            {r for r in Result if r.passes is None},
        )

    def test_yes_no_and_wins(self) -> None:
        """
        The last six results come only from a yes/no question; certified
        and recognised name a winning union.
        """
        assert (
            list(Result)[5:],
            {Result.CERTIFIED, Result.RECOGNISED},
        ) == (
            [r for r in Result if r.yes_no],
            {r for r in Result if r.wins},
        )
