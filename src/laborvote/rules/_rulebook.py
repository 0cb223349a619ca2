"""
The value objects of a rulebook: its tests, its versions, and itself.

A rulebook is data. Each version says when it is in force and which
tests a vote must pass; each test is a small part that cites its law
(`Threshold`); the runoff rule, where there is one, is named by `Runoff`.
How the parts are applied to a tally lives beside them, in the rulebook
modules, and `laborvote.decide` applies them.
"""

from __future__ import annotations

import datetime as dt
import enum
import fractions
import itertools
from fractions import Fraction
from typing import Any, final

import attrs

from laborvote._core import validators as v
from laborvote._core.outcome import Result
from laborvote.exceptions import (
    InvalidRulebookError,
    InvalidValueError,
    NoRulesInForceError,
)

HALF = Fraction(1, 2)


class Measure(enum.Enum):
    """
    What a `Threshold` compares with its share.

    >>> from laborvote.rules import majority_of_eligible
    >>> majority_of_eligible("NLRA section 8(a)(3)(ii)").measure
    <Measure.ELIGIBLE: 'eligible'>

    Attributes:
        VOTES_CAST: A choice's valid votes over all valid votes (void
            ballots excluded).
        ELIGIBLE: A choice's valid votes over the eligible voters (those
            entitled to vote, or the bargaining unit): non-voters count
            against it.
        TURNOUT: The votes cast over the eligible voters.

    .. versionadded:: 26.1.0
    """

    VOTES_CAST = "votes_cast"
    ELIGIBLE = "eligible"
    TURNOUT = "turnout"


class Question(enum.Enum):
    """
    What a ballot asks.

    >>> from laborvote.rules import RULEBOOKS
    >>> RULEBOOKS["deauthorization"].versions[0].question
    <Question.YES_NO: 'yes_no'>

    Attributes:
        YES_NO: A yes/no question: the tally's one union carries the "yes"
            votes and its against votes the "no" votes. The vote passes iff
            it passes every test of the version.
        REPRESENTATIVE: The choice of a representative among the choices on
            the ballot.

    .. versionadded:: 26.1.0
    """

    YES_NO = "yes_no"
    REPRESENTATIVE = "representative"


class Runoff(enum.Enum):
    """
    A rule for what follows when no choice wins outright.

    >>> from laborvote.rules import RULEBOOKS
    >>> RULEBOOKS["nmb"].versions[1].runoff
    <Runoff.NMB: 'nmb'>

    Attributes:
        NLRB: The NLRB's runoff and nullity rules: 29 CFR 102.70.
        NMB: The National Mediation Board's run-off rule: 29 CFR 1206.1.

    .. versionadded:: 26.1.0
    """

    NLRB = "nlrb"
    NMB = "nmb"

    @property
    def citation(self) -> str:
        """
        The regulation that sets the rule.

        >>> from laborvote.rules import Runoff
        >>> Runoff.NMB.citation
        '29 CFR 1206.1'

        .. versionadded:: 26.1.0
        """
        return {Runoff.NLRB: "29 CFR 102.70", Runoff.NMB: "29 CFR 1206.1"}[
            self
        ]


def _check_share(_inst: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, Fraction) or not 0 < value <= 1:
        msg = (
            f"{attribute.name} must be a Fraction above 0 and at most 1, "
            f"got {value!r}"
        )
        raise InvalidRulebookError(msg, field=attribute.name, value=value)


@final
@attrs.frozen(kw_only=True)
class Threshold:
    """
    One test a vote must pass: a share compared with a threshold, citing
    its law.

    Build them with `majority_of_votes_cast`, `majority_of_eligible`,
    `turnout_floor` and `support_floor`.

    >>> from fractions import Fraction
    >>> from laborvote.rules import turnout_floor
    >>> t = turnout_floor(Fraction(1, 2), "TULRCA 1992 s.226(2)(a)(iia)")
    >>> t.passes(59285, 142673)
    False

    Attributes:
        name: What the test is called, such as ``"turnout"``.
        measure: What the share is a share of.
        share: The threshold, a fraction of the whole.
        strict: `True` if the share must be *more than* the threshold ("a
            majority" is more than half), `False` if *at least* it ("at
            least 50%").
        citation: The law that sets the test.
        disputed: If the sources disagree whether the test applies, a
            sentence that says so; the outcome is then unresolved
            whenever the verdict depends on it.

    Raises:
        InvalidRulebookError: If a field is malformed.

    .. versionadded:: 26.1.0
    """

    name: str = attrs.field(validator=v.text(InvalidRulebookError))
    measure: Measure = attrs.field(
        validator=v.instance(Measure, InvalidRulebookError)
    )
    # Annotated as fractions.Fraction, which the docs can name: the class
    # is re-exported from laborvote.rules, where Fraction is not defined.
    share: fractions.Fraction = attrs.field(validator=_check_share)
    strict: bool = attrs.field(
        validator=v.instance(bool, InvalidRulebookError)
    )
    citation: str = attrs.field(validator=v.text(InvalidRulebookError))
    disputed: str | None = attrs.field(
        default=None, validator=v.optional_text(InvalidRulebookError)
    )

    def passes(self, part: int, whole: int) -> bool:
        """
        Return whether *part* of *whole* meets the threshold, exactly.

        A whole of zero passes an "at least" test and fails a "more than"
        one, as the integer comparison ``part * q >= p * whole`` says.

        >>> from laborvote.rules import majority_of_eligible
        >>> majority_of_eligible("NLRA section 8(a)(3)(ii)").passes(50, 100)
        False

        .. versionadded:: 26.1.0
        """
        left = part * self.share.denominator
        right = self.share.numerator * whole
        return left > right if self.strict else left >= right


def majority_of_votes_cast(citation: str) -> Threshold:
    """
    Return the test "more than half of the valid votes cast".

    >>> from laborvote.rules import majority_of_votes_cast
    >>> majority_of_votes_cast("TULRCA 1992 s.226(2)").passes(5, 10)
    False

    .. versionadded:: 26.1.0
    """
    return Threshold(
        name="majority of votes cast",
        measure=Measure.VOTES_CAST,
        share=HALF,
        strict=True,
        citation=citation,
    )


def majority_of_eligible(citation: str) -> Threshold:
    """
    Return the test "more than half of the eligible voters vote yes".

    >>> from laborvote.rules import majority_of_eligible
    >>> majority_of_eligible("NLRA section 8(a)(3)(ii)").passes(51, 100)
    True

    .. versionadded:: 26.1.0
    """
    return Threshold(
        name="majority of eligible",
        measure=Measure.ELIGIBLE,
        share=HALF,
        strict=True,
        citation=citation,
    )


def turnout_floor(
    share: fractions.Fraction,
    citation: str,
    *,
    disputed: str | None = None,
) -> Threshold:
    """
    Return the test "at least *share* of the eligible voters vote".

    >>> from fractions import Fraction
    >>> from laborvote.rules import turnout_floor
    >>> turnout_floor(Fraction(1, 2), "TULRCA 1992 s.226(2)(a)(iia)").passes(
    ...     50, 100
    ... )
    True

    .. versionadded:: 26.1.0
    """
    return Threshold(
        name="turnout",
        measure=Measure.TURNOUT,
        share=share,
        strict=False,
        citation=citation,
        disputed=disputed,
    )


def support_floor(share: fractions.Fraction, citation: str) -> Threshold:
    """
    Return the test "at least *share* of the eligible voters vote yes".

    >>> from fractions import Fraction
    >>> from laborvote.rules import support_floor
    >>> support_floor(Fraction(2, 5), "TULRCA 1992 Schedule A1 para 29").name
    'support of eligible'

    .. versionadded:: 26.1.0
    """
    return Threshold(
        name="support of eligible",
        measure=Measure.ELIGIBLE,
        share=share,
        strict=False,
        citation=citation,
    )


def _results(*, passes: bool) -> str:
    """
    Return the results a yes/no question may end in when it passes (or
    fails), in words.
    """
    return ", ".join(
        sorted(repr(r.value) for r in Result if r.passes is passes)
    )


def _is_majority(test: Threshold, measure: Measure) -> bool:
    return (
        test.measure is measure
        and test.share == HALF
        and test.strict
        and test.disputed is None
    )


def _tests(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_tests(_inst: object, _attribute: object, value: Any) -> None:
    if not (
        isinstance(value, tuple)
        and value
        and all(isinstance(t, Threshold) for t in value)
    ):
        msg = f"tests must be a non-empty tuple of Threshold, got {value!r}"
        raise InvalidRulebookError(msg, field="tests", value=value)


def _day(day: dt.date) -> str:
    return day.isoformat()


def _next(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1)


@final
@attrs.frozen(kw_only=True)
class Version:
    """
    One version of a rulebook: when it is in force, and its tests.

    A version is in force from `effective_from` to `effective_until`,
    both inclusive: the first and the last day it applies, as for
    `laborvote.DeadlineRule`; `None` leaves that end open.

    >>> from laborvote.rules import uk_recognition
    >>> old = uk_recognition.RULEBOOK.versions[0]
    >>> old.name, old.period
    ('uk-recognition-40-percent', 'before 2026-04-06')
    >>> [t.name for t in old.tests]
    ['majority of votes cast', 'support of eligible']

    A yes/no question may have any tests, and names the results it ends
    in. A representative is chosen by one of the combinations that
    laborvote decides exactly: a majority of the votes cast with the
    NLRB's or the NMB's runoff rule, or a majority of the eligible with
    no runoff rule (the NMB before 10 June 2010).

    Attributes:
        name: The version's name, unique in its rulebook; outcomes record
            it in `laborvote.Outcome.rules`.
        title: A short description.
        citation: The law the version rests on.
        effective_from: The first day the version is in force, or `None`.
        effective_until: The last day the version is in force, or
            `None`.
        question: What the ballot asks.
        tests: The tests a vote must pass.
        runoff: The runoff rule of a representative question, if any.
        passed: The result of a yes/no question that passes every test.
        failed: The result of a yes/no question that fails a test.

    Raises:
        InvalidRulebookError: If a field is malformed, or the fields do
            not make a version laborvote can decide.

    .. versionadded:: 26.1.0
    """

    name: str = attrs.field(validator=v.text(InvalidRulebookError))
    title: str = attrs.field(validator=v.text(InvalidRulebookError))
    citation: str = attrs.field(validator=v.text(InvalidRulebookError))
    effective_from: dt.date | None = attrs.field(
        default=None,
        validator=v.instance(dt.date, InvalidRulebookError, optional=True),
    )
    effective_until: dt.date | None = attrs.field(
        default=None,
        validator=v.instance(dt.date, InvalidRulebookError, optional=True),
    )
    question: Question = attrs.field(
        validator=v.instance(Question, InvalidRulebookError)
    )
    tests: tuple[Threshold, ...] = attrs.field(
        converter=_tests, validator=_check_tests
    )
    runoff: Runoff | None = attrs.field(
        default=None,
        validator=v.instance(Runoff, InvalidRulebookError, optional=True),
    )
    passed: Result | None = attrs.field(
        default=None,
        validator=v.instance(Result, InvalidRulebookError, optional=True),
    )
    failed: Result | None = attrs.field(
        default=None,
        validator=v.instance(Result, InvalidRulebookError, optional=True),
    )

    def __attrs_post_init__(self) -> None:
        start, end = self.effective_from, self.effective_until
        if start is not None and end is not None and start > end:
            msg = (
                f"version {self.name!r} must not end before it starts, got "
                f"effective_from={start!r} and effective_until={end!r}"
            )
            raise InvalidRulebookError(msg, field="effective_until", value=end)
        if self.question is Question.YES_NO:
            self._check_yes_no()
        else:
            self._check_representative()

    def _check_yes_no(self) -> None:
        if self.runoff is not None:
            msg = f"a yes/no question has no runoff rule, got {self.runoff!r}"
            raise InvalidRulebookError(msg, field="runoff", value=self.runoff)
        if self.passed is None or self.passed.passes is not True:
            words = _results(passes=True)
            msg = (
                f"a yes/no question's passed result must be one of {words}, "
                f"got {self.passed!r}"
            )
            raise InvalidRulebookError(msg, field="passed", value=self.passed)
        if self.failed is None or self.failed.passes is not False:
            words = _results(passes=False)
            msg = (
                f"a yes/no question's failed result must be one of {words}, "
                f"got {self.failed!r}"
            )
            raise InvalidRulebookError(msg, field="failed", value=self.failed)

    def _check_representative(self) -> None:
        if self.passed is not None or self.failed is not None:
            msg = (
                "a representative question names no passed or failed "
                f"result, got passed={self.passed!r}, failed={self.failed!r}"
            )
            raise InvalidRulebookError(msg, field="passed", value=self.passed)
        (only, *more) = self.tests
        if more or not (
            (
                _is_majority(only, Measure.VOTES_CAST)
                and self.runoff is not None
            )
            or (_is_majority(only, Measure.ELIGIBLE) and self.runoff is None)
        ):
            msg = (
                "a representative question is decided by a majority of the "
                "votes cast with a runoff rule, or by a majority of the "
                f"eligible without one, got tests={self.tests!r} and "
                f"runoff={self.runoff!r}"
            )
            raise InvalidRulebookError(msg, field="tests", value=self.tests)

    def in_force(self, on: dt.date) -> bool:
        """
        Return whether this version is in force on the day *on*.

        >>> import datetime as dt
        >>> from laborvote.rules import nmb
        >>> nmb.RULEBOOK.versions[1].in_force(dt.date(2010, 6, 10))
        True

        .. versionadded:: 26.1.0
        """
        return (self.effective_from is None or self.effective_from <= on) and (
            self.effective_until is None or on <= self.effective_until
        )

    @property
    def period(self) -> str:
        """
        When this version is in force, in words.

        >>> from laborvote.rules import uk_industrial_action
        >>> uk_industrial_action.RULEBOOK.versions[1].period
        'from 2017-03-01 to 2026-02-17'

        .. versionadded:: 26.1.0
        """
        start, end = self.effective_from, self.effective_until
        if start is None and end is None:
            return "on any date"
        if start is None:
            return f"before {_day(_next(end))}"  # type: ignore[arg-type]
        if end is None:
            return f"from {_day(start)}"
        return f"from {_day(start)} to {_day(end)}"


def _versions(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_versions(_inst: object, _attribute: object, value: Any) -> None:
    if not (
        isinstance(value, tuple)
        and value
        and all(isinstance(x, Version) for x in value)
    ):
        msg = f"versions must be a non-empty tuple of Version, got {value!r}"
        raise InvalidRulebookError(msg, field="versions", value=value)


@final
@attrs.frozen(kw_only=True)
class Rulebook:
    """
    The rules that decide one kind of vote, in their versions over time.

    The versions are in date order and cover their dates without gaps or
    overlaps: each starts the day after the one before it ends.

    >>> import datetime as dt
    >>> from laborvote.rules import nmb
    >>> book = nmb.RULEBOOK
    >>> [(x.name, x.period) for x in book.versions]
    [('nmb-majority-of-eligible', 'before 2010-06-10'), \
('nmb-2010', 'from 2010-06-10')]
    >>> book.version_on(dt.date(2010, 6, 9)).name
    'nmb-majority-of-eligible'

    Attributes:
        name: The rulebook's name, as `laborvote.decide` and the
            command line know it.
        title: A short description.
        citation: The law the rulebook rests on.
        versions: The versions, oldest first.

    Raises:
        InvalidRulebookError: If a field is malformed, two versions share a
            name, or the versions leave a gap or overlap.

    .. versionadded:: 26.1.0
    """

    name: str = attrs.field(validator=v.text(InvalidRulebookError))
    title: str = attrs.field(validator=v.text(InvalidRulebookError))
    citation: str = attrs.field(validator=v.text(InvalidRulebookError))
    versions: tuple[Version, ...] = attrs.field(
        converter=_versions, validator=_check_versions
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for x in self.versions:
            if x.name in seen:
                msg = f"version named twice in {self.name!r}: {x.name!r}"
                raise InvalidRulebookError(msg, field="versions", value=x.name)
            seen.add(x.name)
        for before, after in itertools.pairwise(self.versions):
            if before.effective_until is None or (
                _next(before.effective_until) != after.effective_from
            ):
                msg = (
                    f"each version of {self.name!r} must start the day after "
                    f"the one before it ends: {before.name!r} ends "
                    f"{before.effective_until!r}, {after.name!r} starts "
                    f"{after.effective_from!r}"
                )
                raise InvalidRulebookError(
                    msg, field="versions", value=after.name
                )

    def version_on(self, on: dt.date | None) -> Version:
        """
        Return the version in force on the day *on*.

        With a single version, *on* may be `None`.

        >>> import datetime as dt
        >>> from laborvote.rules import uk_recognition
        >>> uk_recognition.RULEBOOK.version_on(dt.date(2026, 4, 6)).name
        'uk-recognition-2026'

        Raises:
            NoRulesInForceError: If no version is in force on *on*, or
                *on* is `None` and there are several versions.
            InvalidValueError: If *on* is not a `datetime.date`.

        .. versionadded:: 26.1.0
        """
        if on is None:
            if len(self.versions) == 1:
                return self.versions[0]
            periods = "; ".join(f"{x.name} {x.period}" for x in self.versions)
            msg = (
                f"the rulebook {self.name!r} has {len(self.versions)} "
                f"versions ({periods}): give the date of the vote, got None"
            )
            raise NoRulesInForceError(msg, field="on", value=None)
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            msg = f"on must be a datetime.date or None, got {on!r}"
            raise InvalidValueError(msg, field="on", value=on)
        for x in self.versions:
            if x.in_force(on):
                return x
        periods = "; ".join(f"{x.name} {x.period}" for x in self.versions)
        msg = (
            f"no version of the rulebook {self.name!r} is in force on "
            f"{on.isoformat()} (versions: {periods})"
        )
        raise NoRulesInForceError(msg, field="on", value=on)
