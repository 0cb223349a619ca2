"""
Tests for what rulebooks added to `laborvote.Outcome`: the yes/no results,
`TestResult`, and the `rules` and `tests` fields.
"""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest

from laborvote import Choice, Outcome, Result, TestResult
from laborvote.exceptions import InvalidOutcomeError


@pytest.fixture(name="turnout")
def _turnout() -> TestResult:
    """
    Return the PCS 2018 ballot's failed turnout test: 59,285 papers
    returned of 142,673 entitled (the scrutineer's report), needing 50%.
    """
    return TestResult(
        name="turnout",
        passed=False,
        value=Fraction(59285, 142673),
        required=Fraction(1, 2),
        strict=False,
        citation="TULRCA 1992 s.226(2)(a)(iia)",
        text="turnout 41.6%, needed 50%",
    )


def _fields(**changes: object) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "majority of eligible",
        "passed": True,
        "value": Fraction(51, 100),
        "required": Fraction(1, 2),
        "strict": True,
        "citation": "NLRA section 8(a)(3)(ii)",
        "text": "yes share of eligible 51.0%, needed more than 50%",
    }
    fields.update(changes)
    return fields


class TestTestResult:
    """
    One test of a rulebook, applied to a tally.
    """

    def test_str_is_the_text(self, turnout: TestResult) -> None:
        """
        A test result reads as its figures in words.
        """
        assert "turnout 41.6%, needed 50%" == str(turnout)

    def test_not_collected_by_pytest(self) -> None:
        """
        Its name starts with "Test", but it is not a test class.
        """
        assert TestResult.__test__ is False

    def test_round_trip(self, turnout: TestResult) -> None:
        """
        `as_dict` writes the shares as exact fractions in strings, and
        `from_dict` reads them back, through JSON.
        """
        data = json.loads(json.dumps(turnout.as_dict()))

        assert "59285/142673" == data["value"]
        assert "1/2" == data["required"]
        assert turnout == TestResult.from_dict(data)

    def test_unknown_value(self) -> None:
        """
        A share whose denominator is zero is `None`, and then `passed`
        is whatever the integer comparison said.
        """
        result = TestResult(**_fields(value=None, passed=False))

        assert None is result.value
        assert None is result.as_dict()["value"]
        assert result == TestResult.from_dict(result.as_dict())

    @pytest.mark.parametrize(
        ("value", "strict", "passed"),
        [
            (Fraction(1, 2), True, False),  # a majority is more than half
            (Fraction(1, 2), False, True),  # "at least 50%" includes 50%
            (Fraction(51, 100), True, True),
        ],
    )
    def test_passed_agrees_with_the_share(
        self, value: Fraction, *, strict: bool, passed: bool
    ) -> None:
        """
        `passed` says whether the share is more than (strict) or at least
        the requirement (RULES.md section 6 boundary semantics).
        """
        result = TestResult(
            **_fields(value=value, strict=strict, passed=passed)
        )

        assert passed == result.passed

    def test_contradiction_refused(self) -> None:
        """
        A `passed` that contradicts the share is refused, naming the
        field.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            TestResult(**_fields(value=Fraction(1, 2), passed=True))

        assert "passed" == e.value.field

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("name", ""),
            ("passed", 1),
            ("value", 0.5),
            ("required", "1/2"),
            ("strict", None),
            ("citation", " "),
            ("text", None),
        ],
    )
    def test_bad_field(self, field: str, value: object) -> None:
        """
        Each field refuses a value of the wrong kind, naming the field
        and keeping the value.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            TestResult(**_fields(**{field: value}))

        assert (field, value) == (e.value.field, e.value.value)

    def test_from_dict_bad_fraction(self) -> None:
        """
        A share that is not a fraction is refused with the field named.
        """
        data = TestResult(**_fields()).as_dict() | {"value": "half"}

        with pytest.raises(InvalidOutcomeError) as e:
            TestResult.from_dict(data)

        assert ("value", "half") == (e.value.field, e.value.value)

    def test_from_dict_zero_denominator(self) -> None:
        """
        A fraction with a zero denominator is refused too.
        """
        data = TestResult(**_fields()).as_dict() | {"required": "1/0"}

        with pytest.raises(InvalidOutcomeError) as e:
            TestResult.from_dict(data)

        assert "required" == e.value.field


class TestYesNoResults:
    """
    The results of the new rulebooks' yes/no questions.
    """

    @pytest.mark.parametrize(
        ("result", "word"),
        [
            (Result.RESCINDED, "rescinded"),
            (Result.RETAINED, "retained"),
            (Result.RECOGNISED, "recognised"),
            (Result.NOT_RECOGNISED, "not_recognised"),
            (Result.MANDATE, "mandate"),
            (Result.NO_MANDATE, "no_mandate"),
        ],
    )
    def test_words(self, result: Result, word: str) -> None:
        """
        The JSON words are the ones issue 5 lists.
        """
        assert word == result.value

    @pytest.mark.parametrize(
        "result",
        [Result.RESCINDED, Result.RETAINED, Result.MANDATE, Result.NO_MANDATE],
    )
    def test_need_rules(self, result: Result) -> None:
        """
        Only a rulebook's yes/no question ends in these results, so an
        outcome with one names the rulebook version.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            Outcome(result=result, majority=1)

        assert "rules" == e.value.field
        assert result == Outcome(result=result, majority=1, rules="x").result

    def test_recognised_names_the_union(self) -> None:
        """
        A recognised union is the outcome's winner, like a certified one.
        """
        union = Choice("Unite")

        outcome = Outcome(
            result=Result.RECOGNISED,
            winner=union,
            majority=1,
            rules="uk-recognition-2026",
        )

        assert union == outcome.winner

    @pytest.mark.parametrize(
        ("result", "winner"),
        [
            (Result.RECOGNISED, None),
            (Result.NOT_RECOGNISED, Choice("Unite")),
            (Result.MANDATE, Choice("PCS")),
        ],
    )
    def test_winner_only_when_won(
        self, result: Result, winner: Choice | None
    ) -> None:
        """
        A recognised result needs the union; the others have no winner.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            Outcome(result=result, winner=winner, majority=1, rules="x")

        assert "winner" == e.value.field


class TestUnresolved:
    """
    Unresolved outcomes: determinative challenges, or under a rulebook a
    question the sources leave open.
    """

    def test_open_question_under_a_rulebook(self) -> None:
        """
        A rulebook may leave a case unresolved without determinative
        challenges.
        """
        outcome = Outcome(
            result=Result.UNRESOLVED, majority=1, rules="nmb-2010"
        )

        assert not outcome.challenges_determinative

    def test_open_question_needs_a_rulebook(self) -> None:
        """
        Without a rulebook, unresolved still means determinative
        challenges and nothing else.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            Outcome(result=Result.UNRESOLVED, majority=1)

        assert "challenges_determinative" == e.value.field

    def test_determinative_means_unresolved(self) -> None:
        """
        Determinative challenges leave every outcome unresolved, under a
        rulebook too.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            Outcome(
                result=Result.RETAINED,
                challenges_determinative=True,
                majority=1,
                rules="deauthorization",
            )

        assert "challenges_determinative" == e.value.field


class TestRulesAndTests:
    """
    The `rules` and `tests` fields.
    """

    def test_defaults(self) -> None:
        """
        Without a rulebook, an outcome names none and lists no tests.
        """
        outcome = Outcome(result=Result.NO_REPRESENTATIVE, majority=2)

        assert (None, ()) == (outcome.rules, outcome.tests)

    def test_round_trip(self, turnout: TestResult) -> None:
        """
        `as_dict` and `from_dict` keep the version and the tests, through
        JSON.
        """
        outcome = Outcome(
            result=Result.NO_MANDATE,
            majority=29628,
            reasons=("The vote fails 'turnout'.",),
            rules="uk-industrial-action-2017",
            tests=[turnout],
        )
        data = json.loads(json.dumps(outcome.as_dict()))

        assert "uk-industrial-action-2017" == data["rules"]
        assert [turnout.as_dict()] == data["tests"]
        assert outcome == Outcome.from_dict(data)

    def test_old_dicts_still_read(self) -> None:
        """
        A dict written before rulebooks existed reads as an outcome with
        no rulebook and no tests.
        """
        data = {"result": "certified", "winner": {"name": "ALU"}}

        outcome = Outcome.from_dict(data | {"majority": 2393})

        assert (None, ()) == (outcome.rules, outcome.tests)

    @pytest.mark.parametrize("tests", ["turnout", [{"name": "x"}], ["x"]])
    def test_bad_tests(self, tests: object) -> None:
        """
        `tests` holds test results; anything else is refused.
        """
        data = {"result": "no_representative", "majority": 1, "rules": "x"}

        with pytest.raises(InvalidOutcomeError):
            Outcome.from_dict(data | {"tests": tests})

    def test_bad_rules(self) -> None:
        """
        `rules` is a version's name or `None`.
        """
        with pytest.raises(InvalidOutcomeError) as e:
            Outcome(result=Result.NO_REPRESENTATIVE, majority=1, rules="")

        assert "rules" == e.value.field
