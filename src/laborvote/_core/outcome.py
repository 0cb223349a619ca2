"""
The decision on a tally, and why.
"""

from __future__ import annotations

import enum
import fractions
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, ClassVar, NamedTuple, final

import attrs

from laborvote._core import forms
from laborvote._core import validators as v
from laborvote._core.ballots import Choice
from laborvote.exceptions import InvalidOutcomeError


class Result(enum.Enum):
    """
    What a tally decides. The values are the words of the JSON output.

    >>> from laborvote import Ballots, Tally, decide
    >>> jfk8 = Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131))
    >>> decide(jfk8).result
    <Result.CERTIFIED: 'certified'>
    >>> Result("no_representative")
    <Result.NO_REPRESENTATIVE: 'no_representative'>

    The last six are the words of the yes/no questions of the rulebooks
    in `laborvote.rules`. Each result knows how it reads (`words`,
    `meaning`) and what it is (`passes`, `yes_no`, `wins`):

    >>> Result.RESCINDED.words, Result.RESCINDED.passes
    ('rescinded: the union-security authority is withdrawn', True)

    Attributes:
        CERTIFIED: A labor organization won a majority: certification of
            representative.
        NO_REPRESENTATIVE: No labor organization won: certification of
            results.
        RUNOFF: No choice won a majority of a ballot of three or more
            choices: a runoff between the two leading choices (29 CFR
            102.70).
        NEW_ELECTION: The election was a nullity because of a tie (29 CFR
            102.70(d)): a new election with all the original choices.
        UNRESOLVED: The challenged ballots are determinative: they must be
            resolved before anything can be certified. Under a rulebook,
            also a case that the sources leave open; the outcome's reasons
            say which.
        RESCINDED: A deauthorization vote withdrew the union's authority
            to make a union-security agreement (NLRA section 8(a)(3)(ii)).
        RETAINED: A deauthorization vote failed: the authority stays.
        RECOGNISED: A UK statutory recognition ballot supports the union:
            the CAC declares it recognised (TULRCA 1992 Schedule A1
            paragraph 29).
        NOT_RECOGNISED: A UK statutory recognition ballot does not
            support the union.
        MANDATE: A UK industrial action ballot gives the union a mandate
            (TULRCA 1992 section 226).
        NO_MANDATE: A UK industrial action ballot gives no mandate.

    .. versionadded:: 26.1.0
    """

    CERTIFIED = "certified"
    NO_REPRESENTATIVE = "no_representative"
    RUNOFF = "runoff"
    NEW_ELECTION = "new_election"
    UNRESOLVED = "unresolved"
    RESCINDED = "rescinded"
    RETAINED = "retained"
    RECOGNISED = "recognised"
    NOT_RECOGNISED = "not_recognised"
    MANDATE = "mandate"
    NO_MANDATE = "no_mandate"

    @property
    def words(self) -> str:
        """
        The result in a few words, as the command line says it after
        "Result".

        >>> Result.NO_REPRESENTATIVE.words
        'no representative (certification of results)'

        .. versionadded:: 26.1.0
        """
        return _VOCABULARY[self].words

    @property
    def meaning(self) -> str:
        """
        What the result means, as a clause for a sentence.

        >>> Result.RETAINED.meaning
        "the union's authority to make a union-security agreement is \
retained"

        .. versionadded:: 26.1.0
        """
        return _VOCABULARY[self].meaning

    @property
    def passes(self) -> bool | None:
        """
        Whether a yes/no question that ends in this result passed:
        `True` or `False` for the results a yes/no question may end in
        (see `laborvote.rules.Version`), `None` for the others (a runoff,
        a new election, an unresolved outcome).

        >>> Result.MANDATE.passes, Result.NO_MANDATE.passes
        (True, False)
        >>> Result.RUNOFF.passes is None
        True

        .. versionadded:: 26.1.0
        """
        return _VOCABULARY[self].passes

    @property
    def yes_no(self) -> bool:
        """
        Whether only a rulebook's yes/no question decides this result (the
        last six members): an outcome with it names its rulebook version.

        >>> Result.RESCINDED.yes_no, Result.CERTIFIED.yes_no
        (True, False)

        .. versionadded:: 26.1.0
        """
        return _VOCABULARY[self].yes_no

    @property
    def wins(self) -> bool:
        """
        Whether the result names a winning union, a certified or a
        recognised one (`laborvote.Outcome.winner`).

        >>> Result.CERTIFIED.wins, Result.RESCINDED.wins
        (True, False)

        .. versionadded:: 26.1.0
        """
        return _VOCABULARY[self].wins


class _Words(NamedTuple):
    """
    What a `Result` says and means (see its properties).
    """

    words: str
    meaning: str
    passes: bool | None
    yes_no: bool
    wins: bool


#: The vocabulary of the results, written once.
_VOCABULARY = {
    Result.CERTIFIED: _Words(
        "certification of representative",
        "a certification of representative",
        passes=True,
        yes_no=False,
        wins=True,
    ),
    Result.NO_REPRESENTATIVE: _Words(
        "no representative (certification of results)",
        "no representative",
        passes=False,
        yes_no=False,
        wins=False,
    ),
    Result.RUNOFF: _Words(
        "runoff election",
        "a runoff election between the two leading choices",
        passes=None,
        yes_no=False,
        wins=False,
    ),
    Result.NEW_ELECTION: _Words(
        "new election (the first was a nullity)",
        "a new election with all the original choices",
        passes=None,
        yes_no=False,
        wins=False,
    ),
    Result.UNRESOLVED: _Words(
        "unresolved: the challenged ballots are determinative",
        "nothing can be known until the challenged ballots are resolved",
        passes=None,
        yes_no=False,
        wins=False,
    ),
    Result.RESCINDED: _Words(
        "rescinded: the union-security authority is withdrawn",
        "the union's authority to make a union-security agreement is "
        "rescinded",
        passes=True,
        yes_no=True,
        wins=False,
    ),
    Result.RETAINED: _Words(
        "retained: the union-security authority stays",
        "the union's authority to make a union-security agreement is retained",
        passes=False,
        yes_no=True,
        wins=False,
    ),
    Result.RECOGNISED: _Words(
        "recognised",
        "the union is to be recognised",
        passes=True,
        yes_no=True,
        wins=True,
    ),
    Result.NOT_RECOGNISED: _Words(
        "not recognised",
        "the union is not recognised",
        passes=False,
        yes_no=True,
        wins=False,
    ),
    Result.MANDATE: _Words(
        "mandate for industrial action",
        "the ballot gives a mandate for industrial action",
        passes=True,
        yes_no=True,
        wins=False,
    ),
    Result.NO_MANDATE: _Words(
        "no mandate for industrial action",
        "the ballot gives no mandate for industrial action",
        passes=False,
        yes_no=True,
        wins=False,
    ),
}


def _parse_fraction(value: object, field: str) -> Any:
    """
    Return *value* as a `Fraction` if it is a string such as ``"1/2"``.

    Anything else passes through for the field's validator to judge.
    """
    if not isinstance(value, str):
        return value
    try:
        return Fraction(value)
    except (ValueError, ZeroDivisionError):
        msg = f"{field} must be a fraction such as '1/2', got {value!r}"
        raise InvalidOutcomeError(msg, field=field, value=value) from None


def _fraction_text(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


@final
@attrs.frozen(kw_only=True)
class TestResult:
    """
    One test of a rulebook applied to a tally: passed or not, and the
    figures.

    A rulebook (see `laborvote.rules`) decides a tally by tests such as
    "at least 50% of those entitled voted"; `laborvote.Outcome.tests`
    holds one of these for each.

    >>> from fractions import Fraction
    >>> t = TestResult(
    ...     name="turnout",
    ...     passed=False,
    ...     value=Fraction(59285, 142673),
    ...     required=Fraction(1, 2),
    ...     strict=False,
    ...     citation="TULRCA 1992 s.226(2)(a)(iia)",
    ...     text="turnout 41.6%, needed 50%",
    ... )
    >>> str(t)
    'turnout 41.6%, needed 50%'

    Attributes:
        name: What the test measures, such as ``"turnout"``.
        passed: Whether the tally passes the test.
        value: The share measured, or `None` if its denominator is zero.
        required: The share the test requires.
        strict: `True` if the share must be more than `required` ("a
            majority"), `False` if at least `required` ("at least 40%").
        citation: The law the test comes from.
        text: The figures in words, such as
            ``"turnout 41.6%, needed 50%"``.

    Raises:
        InvalidOutcomeError: If a field is malformed, or `passed`
            contradicts `value` and `required`.

    .. versionadded:: 26.1.0
    """

    # Not a pytest test class, whatever its name says.
    __test__: ClassVar[bool] = False

    name: str = attrs.field(validator=v.text(InvalidOutcomeError))
    passed: bool = attrs.field(validator=v.instance(bool, InvalidOutcomeError))
    # Annotated as fractions.Fraction, which the docs can name: the class
    # is re-exported from laborvote, where Fraction is not defined.
    value: fractions.Fraction | None = attrs.field(
        validator=v.instance(Fraction, InvalidOutcomeError, optional=True)
    )
    required: fractions.Fraction = attrs.field(
        validator=v.instance(Fraction, InvalidOutcomeError)
    )
    strict: bool = attrs.field(validator=v.instance(bool, InvalidOutcomeError))
    citation: str = attrs.field(validator=v.text(InvalidOutcomeError))
    text: str = attrs.field(validator=v.text(InvalidOutcomeError))

    def __attrs_post_init__(self) -> None:
        if self.value is None:
            return
        meets = (
            self.value > self.required
            if self.strict
            else self.value >= self.required
        )
        if meets != self.passed:
            msg = (
                f"passed must say whether {self.value} is "
                f"{'more than' if self.strict else 'at least'} "
                f"{self.required}, got passed={self.passed!r}"
            )
            raise InvalidOutcomeError(msg, field="passed", value=self.passed)

    def __str__(self) -> str:
        return self.text

    def as_dict(self) -> dict[str, Any]:
        """
        Return this test result as a JSON-ready `dict`, shares as exact
        fractions in strings.

        >>> from fractions import Fraction
        >>> TestResult(
        ...     name="majority of eligible",
        ...     passed=True,
        ...     value=Fraction(51, 100),
        ...     required=Fraction(1, 2),
        ...     strict=True,
        ...     citation="NLRA section 8(a)(3)(ii)",
        ...     text="yes 51.0% of eligible, needed more than 50%",
        ... ).as_dict()["value"]
        '51/100'

        .. versionadded:: 26.1.0
        """
        return {
            "name": self.name,
            "passed": self.passed,
            "value": _fraction_text(self.value),
            "required": _fraction_text(self.required),
            "strict": self.strict,
            "citation": self.citation,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TestResult:
        """
        Build a test result from the output of `as_dict`.

        >>> data = {
        ...     "name": "turnout",
        ...     "passed": False,
        ...     "value": "2/5",
        ...     "required": "1/2",
        ...     "strict": False,
        ...     "citation": "TULRCA 1992 s.226(2)(a)(iia)",
        ...     "text": "turnout 40.0%, needed 50%",
        ... }
        >>> TestResult.from_dict(data).value
        Fraction(2, 5)

        Raises:
            InvalidOutcomeError: If a field cannot be read.

        .. versionadded:: 26.1.0
        """
        # The validators judge whatever the mapping holds.
        get: Any = data.get
        return cls(
            name=get("name"),
            passed=get("passed"),
            value=_parse_fraction(get("value"), "value"),
            required=_parse_fraction(get("required"), "required"),
            strict=get("strict"),
            citation=get("citation"),
            text=get("text"),
        )


def _check_pair(_inst: object, _attribute: object, value: Any) -> None:
    if value is None:
        return
    if not (
        isinstance(value, tuple)
        and len(value) == 2  # noqa: PLR2004
        and all(isinstance(c, Choice) for c in value)
        and value[0] != value[1]
    ):
        msg = f"runoff_between must be two different choices, got {value!r}"
        raise InvalidOutcomeError(msg, field="runoff_between", value=value)


def _optional_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_tests(_inst: object, _attribute: object, value: Any) -> None:
    if not (
        isinstance(value, tuple)
        and all(isinstance(t, TestResult) for t in value)
    ):
        msg = f"tests must be a tuple of TestResult, got {value!r}"
        raise InvalidOutcomeError(msg, field="tests", value=value)


def _optional_int(least: int | None = None) -> Any:
    """
    Return an attrs validator for an `int` (not a `bool`) of at least
    *least*, or `None`.
    """

    def validate(_inst: object, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or (least is not None and value < least)
        ):
            at_least = "" if least is None else f" of at least {least}"
            msg = f"{attribute.name} must be an int{at_least} or None"
            msg += f", got {value!r}"
            raise InvalidOutcomeError(msg, field=attribute.name, value=value)

    return validate


@final
@attrs.frozen(kw_only=True)
class Outcome:
    """
    The decision on a tally and the reasons for it.

    You get one from `laborvote.decide`:

    >>> from laborvote import Ballots, Tally, decide
    >>> o = decide(
    ...     Tally(
    ...         ballots=Ballots(
    ...             unions={"ALU": 2654}, against=2131, challenged=67
    ...         )
    ...     )
    ... )
    >>> o.result, o.winner.name, o.challenges_determinative, o.majority
    (<Result.CERTIFIED: 'certified'>, 'ALU', False, 2393)

    Attributes:
        result: What the tally decides.
        winner: The certified labor organization, if `result` is
            `Result.CERTIFIED`; the recognised union, if it is
            `Result.RECOGNISED`.
        runoff_between: The two choices of the runoff ballot, most votes
            first, if `result` is `Result.RUNOFF`.
        challenges_determinative: Whether some way of resolving the
            challenged ballots leads to a different outcome.
        majority: The votes a choice needs for a majority of the valid
            votes counted.
        reasons: Sentences that explain the decision, each citing its
            rule.
        rules: The name of the rulebook version that decided the tally
            (see `laborvote.rules`), or `None` for the NLRB's
            representation rules applied without naming a rulebook.
        tests: The tests of that version and how the tally fared in each.
        challenges_to_change: The fewest challenged ballots that could
            change the result (`laborvote.challenges_to_change` of the
            tally), or `None` if not known: `laborvote.decide` fills it
            in under the NLRB's representation rules (the ``nlrb``
            rulebook included), not under the other rulebooks.
        margin: The first choice's lead over the best of the others
            (`laborvote.margin` of the tally; negative when behind), or
            `None` if not known; `laborvote.decide` fills it in.

    Raises:
        InvalidOutcomeError: If the fields contradict each other.

    .. versionadded:: 26.1.0
    """

    result: Result = attrs.field(
        validator=v.instance(Result, InvalidOutcomeError)
    )
    winner: Choice | None = attrs.field(
        default=None,
        validator=v.instance(Choice, InvalidOutcomeError, optional=True),
    )
    runoff_between: tuple[Choice, Choice] | None = attrs.field(
        default=None, converter=_optional_tuple, validator=_check_pair
    )
    challenges_determinative: bool = attrs.field(
        default=False, validator=v.instance(bool, InvalidOutcomeError)
    )
    majority: int = attrs.field(validator=v.count)
    reasons: tuple[str, ...] = attrs.field(
        default=(),
        converter=_optional_tuple,
        validator=v.sentences(InvalidOutcomeError),
    )
    rules: str | None = attrs.field(
        default=None, validator=v.optional_text(InvalidOutcomeError)
    )
    tests: tuple[TestResult, ...] = attrs.field(
        default=(), converter=_optional_tuple, validator=_check_tests
    )
    challenges_to_change: int | None = attrs.field(
        default=None, validator=_optional_int(least=1)
    )
    margin: int | None = attrs.field(default=None, validator=_optional_int())

    def __attrs_post_init__(self) -> None:
        wins = self.result.wins
        if wins != (self.winner is not None) or (
            self.winner is not None and not self.winner.is_union
        ):
            msg = (
                "winner must be a union exactly when the result is "
                f"certified or recognised, got {self.winner!r} with "
                f"{self.result.value!r}"
            )
            raise InvalidOutcomeError(msg, field="winner", value=self.winner)
        if self.result.yes_no and self.rules is None:
            msg = (
                f"a {self.result.value!r} result comes from a rulebook's "
                "yes/no question: rules must name the rulebook version, "
                "got None"
            )
            raise InvalidOutcomeError(msg, field="rules", value=None)
        if (self.result is Result.RUNOFF) != (self.runoff_between is not None):
            msg = (
                "runoff_between must be two choices exactly when the result "
                f"is a runoff, got {self.runoff_between!r} with "
                f"{self.result.value!r}"
            )
            raise InvalidOutcomeError(
                msg, field="runoff_between", value=self.runoff_between
            )
        unresolved = self.result is Result.UNRESOLVED
        # Without a rulebook, unresolved means determinative challenges and
        # nothing else; a rulebook may also leave a case open that the
        # sources do not settle (its reasons say which).
        if self.challenges_determinative != unresolved and (
            self.challenges_determinative or self.rules is None
        ):
            msg = (
                "the result is unresolved when the challenges are "
                "determinative, and otherwise only under a rulebook that "
                f"leaves the case open, got {self.result.value!r} with "
                f"challenges_determinative={self.challenges_determinative!r}"
                f" and rules={self.rules!r}"
            )
            raise InvalidOutcomeError(
                msg,
                field="challenges_determinative",
                value=self.challenges_determinative,
            )

    def _repr_svg_(self) -> str:
        # Drawn in notebooks: the result and the reasons (an outcome does
        # not hold its tally; laborvote.to_svg draws both).
        from laborvote._core.svg import draw_outcome  # noqa: PLC0415

        return draw_outcome(self)

    def as_dict(self) -> dict[str, Any]:
        """
        Return this outcome as a JSON-ready `dict`.

        The keys ``rules`` and ``tests`` are there only when a rulebook
        decided the outcome, so an outcome of the NLRB rules without one
        reads as it always did. ``challenges_to_change`` and ``margin``
        are always there (`None` when not known); ``schema`` names the
        JSON Schema the form follows (see :doc:`/json`).

        >>> from laborvote import Ballots, Tally, decide
        >>> t = Tally(ballots=Ballots(unions={"A": 3}, against=1))
        >>> o = decide(t)
        >>> o.as_dict()["winner"]
        {'name': 'A', 'kind': 'union'}
        >>> "rules" in o.as_dict(), decide(t, rules="nlrb").as_dict()["rules"]
        (False, 'nlrb')

        .. versionadded:: 26.1.0
        """
        data = {
            "result": self.result.value,
            "winner": None if self.winner is None else self.winner.as_dict(),
            "runoff_between": (
                None
                if self.runoff_between is None
                else [c.as_dict() for c in self.runoff_between]
            ),
            "challenges_determinative": self.challenges_determinative,
            "majority": self.majority,
            "reasons": list(self.reasons),
            "challenges_to_change": self.challenges_to_change,
            "margin": self.margin,
        }
        if self.rules is not None or self.tests:
            data["rules"] = self.rules
            data["tests"] = [t.as_dict() for t in self.tests]
        return forms.stamp("outcome", data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Outcome:
        """
        Build an outcome from the output of `as_dict`.

        >>> from laborvote import Ballots, Tally, decide
        >>> o = decide(Tally(ballots=Ballots(unions={"A": 3}, against=1)))
        >>> Outcome.from_dict(o.as_dict()) == o
        True

        Raises:
            InvalidOutcomeError: If a field cannot be read.

        .. versionadded:: 26.1.0
        """
        result = v.parse_enum(
            Result, data.get("result"), "result", InvalidOutcomeError
        )
        winner = data.get("winner")
        pair = data.get("runoff_between")
        tests: Any = data.get("tests", ())
        return cls(
            result=result,
            winner=None if winner is None else Choice.from_dict(winner),
            runoff_between=(
                None
                if pair is None
                else tuple(Choice.from_dict(c) for c in pair)
            ),
            challenges_determinative=data.get(
                "challenges_determinative", False
            ),
            majority=data.get("majority"),  # type: ignore[arg-type]
            reasons=data.get("reasons", ()),
            rules=data.get("rules"),
            tests=(
                tuple(
                    TestResult.from_dict(t) if isinstance(t, Mapping) else t
                    for t in tests
                )
                if isinstance(tests, list | tuple)
                else tests
            ),
            challenges_to_change=data.get("challenges_to_change"),
            margin=data.get("margin"),
        )
