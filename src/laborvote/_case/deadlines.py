"""
The last day to file objections after a tally, by the rule version in
force on the tally date (29 CFR 102.69(a)(8) and 102.2(a)).

Business days skip Saturdays, Sundays and the legal public holidays of
5 U.S.C. 6103(a), on the days they are observed under 5 U.S.C. 6103(b).
The holidays come from the ``holidays`` package, a dependency imported
only when a deadline is computed.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
from collections.abc import Container, Mapping
from typing import Any, final

import attrs

from laborvote._core import forms
from laborvote._core import validators as v
from laborvote.exceptions import (
    InvalidDeadlineRuleError,
    InvalidValueError,
    MissingDependencyError,
    NoDeadlineRuleError,
)


class DayCount(enum.Enum):
    """
    How a rule version counts the days of its period.

    >>> deadline_rules()["2020"].counting
    <DayCount.BUSINESS: 'business'>

    Attributes:
        BUSINESS: Only business days count: not Saturdays, Sundays or
            federal holidays (29 CFR 102.2(a): periods under 7 days).
        CALENDAR: Every day counts; a last day that is not a business
            day rolls forward to the next business day.

    .. versionadded:: 26.1.0
    """

    BUSINESS = "business"
    CALENDAR = "calendar"


@final
@attrs.frozen(kw_only=True)
class DeadlineRule:
    """
    One version of the rule that says when objections are due.

    >>> import datetime as dt
    >>> rule = deadline_rules()["2020"]
    >>> rule.days, rule.counting.value, rule.citation
    (5, 'business', '29 CFR 102.69(a)(8); 29 CFR 102.2(a)')
    >>> rule.covers(dt.date(2021, 4, 9)), rule.covers(dt.date(2019, 6, 14))
    (True, False)

    Attributes:
        name: The short name to pin it by, such as ``"2020"``: the year
            it took effect.
        title: Which rulemaking made it, in words.
        citation: Where the period and its counting are written.
        effective_from: The first tally date it applies to.
        effective_until: The last tally date it applies to, or `None` if
            it is still in force. Both ends are inclusive, as for
            `laborvote.rules.Version`.
        days: The length of the period.
        counting: Whether the period counts business or calendar days.

    .. versionadded:: 26.1.0
    """

    name: str = attrs.field(validator=v.text(InvalidDeadlineRuleError))
    title: str = attrs.field(validator=v.text(InvalidDeadlineRuleError))
    citation: str = attrs.field(validator=v.text(InvalidDeadlineRuleError))
    effective_from: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidDeadlineRuleError)
    )
    effective_until: dt.date | None = attrs.field(
        default=None,
        validator=v.instance(dt.date, InvalidDeadlineRuleError, optional=True),
    )
    days: int = attrs.field(validator=v.positive(InvalidDeadlineRuleError))
    counting: DayCount = attrs.field(
        validator=v.instance(DayCount, InvalidDeadlineRuleError)
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.effective_until is not None
            and self.effective_until < self.effective_from
        ):
            msg = (
                "effective_until must not be before effective_from "
                f"({self.effective_from}), got {self.effective_until!r}"
            )
            raise InvalidDeadlineRuleError(
                msg, field="effective_until", value=self.effective_until
            )

    def covers(self, day: dt.date) -> bool:
        """
        Whether this version applies to a tally prepared on *day*.

        >>> import datetime as dt
        >>> deadline_rules()["2015"].covers(dt.date(2020, 5, 30))
        True

        .. versionadded:: 26.1.0
        """
        return self.effective_from <= day and (
            self.effective_until is None or day <= self.effective_until
        )

    def as_dict(self) -> dict[str, Any]:
        """
        Return this version as a JSON-ready `dict`.

        >>> deadline_rules()["2015"].as_dict()["effective_until"]
        '2020-05-30'

        .. versionadded:: 26.1.0
        """
        return {
            "name": self.name,
            "title": self.title,
            "citation": self.citation,
            "effective_from": self.effective_from.isoformat(),
            "effective_until": (
                None
                if self.effective_until is None
                else self.effective_until.isoformat()
            ),
            "days": self.days,
            "counting": self.counting.value,
        }


_RULE_VERSIONS: Mapping[str, DeadlineRule] = types.MappingProxyType(
    {
        r.name: r
        for r in (
            DeadlineRule(
                name="2015",
                title=(
                    "2014 election rule (79 FR 74308), in force from "
                    "2015-04-14 until the 2019 rule took effect"
                ),
                citation="29 CFR 102.69(a) (2015); 29 CFR 102.111(a) (2015)",
                effective_from=dt.date(2015, 4, 14),
                effective_until=dt.date(2020, 5, 30),
                days=7,
                counting=DayCount.CALENDAR,
            ),
            DeadlineRule(
                name="2020",
                title=(
                    "2019 election rule (84 FR 69524), in force from "
                    "2020-05-31, as kept by the 2023 rules (88 FR 14908; "
                    "88 FR 58076)"
                ),
                citation="29 CFR 102.69(a)(8); 29 CFR 102.2(a)",
                effective_from=dt.date(2020, 5, 31),
                days=5,
                counting=DayCount.BUSINESS,
            ),
        )
    }
)


def deadline_rules() -> Mapping[str, DeadlineRule]:
    """
    Return the versions of the objection deadline laborvote knows.

    They are keyed by name, oldest first, and cover every tally date from
    14 April 2015 on, without gaps or overlaps:

    - ``"2015"``: the 2014 election rule (79 FR 74308, in force from
      14 April 2015): 7 calendar days after the tally, the last day rolled
      forward to the next business day when it is not one.
    - ``"2020"``: the 2019 election rule (84 FR 69524, in force from
      31 May 2020), kept by the 2023 rules: 5 business days after the
      tally.

    >>> list(deadline_rules())
    ['2015', '2020']

    The mapping is read-only.

    .. versionadded:: 26.1.0
    """
    return _RULE_VERSIONS


def deadline_rule_in_force(day: dt.date) -> DeadlineRule:
    """
    Return the version of the objection deadline in force on *day*.

    >>> import datetime as dt
    >>> deadline_rule_in_force(dt.date(2018, 4, 20)).name
    '2015'

    Raises:
        NoDeadlineRuleError: If no version known to laborvote covers
            *day* (tallies before 14 April 2015).

    .. versionadded:: 26.1.0
    """
    _check_day(day, "tally_date")
    for rule in _RULE_VERSIONS.values():
        if rule.covers(day):
            return rule
    first = min(r.effective_from for r in _RULE_VERSIONS.values())
    msg = (
        "no version of the objection-deadline rules covers a tally on "
        f"{day} (they cover {first} onward); pin one with rules=NAME"
    )
    raise NoDeadlineRuleError(msg, field="tally_date", value=day)


def _check_day(day: object, field: str) -> None:
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        msg = f"{field} must be a date, got {day!r}"
        raise InvalidValueError(msg, field=field, value=day)


def _rule_named(rules: str | DeadlineRule) -> DeadlineRule:
    if isinstance(rules, DeadlineRule):
        return rules
    if not isinstance(rules, str) or rules not in _RULE_VERSIONS:
        names = ", ".join(repr(n) for n in _RULE_VERSIONS)
        msg = f"rules must be one of {names}, got {v.shown(rules)}"
        raise InvalidDeadlineRuleError(msg, field="rules", value=rules)
    return _RULE_VERSIONS[rules]


@functools.cache
def _federal_holidays() -> Container[dt.date]:
    """
    Return the US federal holidays, observed days included.

    ``holidays.country_holidays("US")`` without a subdivision holds the
    legal public holidays of 5 U.S.C. 6103(a) (its default ``public``
    category) on their observed days (6103(b): a Saturday holiday is
    observed on the Friday before, a Sunday one on the Monday after), and
    fills in each year the first time a date of that year is looked up.
    Closures by executive order (Christmas Eve in some years, national
    days of mourning) and Inauguration Day (6103(c), Washington area only)
    are in other categories and do not count.
    """
    try:
        import holidays  # noqa: PLC0415 (imported late: import laborvote stays fast)
    except ImportError:
        msg = (
            "counting business days needs the holidays package, a "
            "dependency of laborvote that is not installed: pip install "
            "'laborvote[holidays]'"
        )
        raise MissingDependencyError(msg, extra="holidays") from None
    return holidays.country_holidays("US")


def is_business_day(day: dt.date) -> bool:
    """
    Whether *day* is an Agency business day.

    That is: not a Saturday, a Sunday or a US federal holiday (5 U.S.C.
    6103), counting holidays on the day they are observed.

    >>> import datetime as dt
    >>> is_business_day(dt.date(2022, 6, 20))  # Juneteenth, observed
    False
    >>> is_business_day(dt.date(2021, 4, 16))
    True

    Raises:
        MissingDependencyError: If the ``holidays`` package is missing.

    .. versionadded:: 26.1.0
    """
    _check_day(day, "day")
    return day.weekday() < 5 and day not in _federal_holidays()  # noqa: PLR2004


def _next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


@final
@attrs.frozen(kw_only=True)
class Deadline:
    """
    The last day to file objections after a tally, and the rule used.

    You get one from `laborvote.objections_due`:

    >>> import datetime as dt
    >>> d = objections_due(dt.date(2021, 4, 9))
    >>> d.date, d.rule.name, d.in_force
    (datetime.date(2021, 4, 16), '2020', True)
    >>> print(d)
    objections due by 2021-04-16: 5 business days after the tally of \
2021-04-09 (29 CFR 102.69(a)(8); 29 CFR 102.2(a); rule version '2020')

    Attributes:
        date: The last day to file: objections must be received by it.
        tally_date: The day the tally of ballots was prepared.
        rule: The version of the rule that counted the days.
        in_force: Whether `rule` was in force on `tally_date`; `False`
            only when a version was pinned outside its dates.

    .. versionadded:: 26.1.0
    """

    date: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidValueError)
    )
    tally_date: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidValueError)
    )
    rule: DeadlineRule = attrs.field(
        validator=v.instance(DeadlineRule, InvalidValueError)
    )
    in_force: bool = attrs.field(
        default=True, validator=v.instance(bool, InvalidValueError)
    )

    def __str__(self) -> str:
        rule = self.rule
        pinned = "" if self.in_force else ", pinned: not in force then"
        return (
            f"objections due by {self.date}: {rule.days} "
            f"{rule.counting.value} days after the tally of "
            f"{self.tally_date} ({rule.citation}; rule version "
            f"{rule.name!r}{pinned})"
        )

    def as_dict(self) -> dict[str, Any]:
        """
        Return this deadline as a JSON-ready `dict`.

        The keys are ``schema`` (the JSON Schema the form follows, see
        :doc:`/json`), ``objections_due``, ``tally_date``, ``rule`` (the
        version, as `DeadlineRule.as_dict` gives it) and ``rule_in_force``.

        >>> import datetime as dt
        >>> objections_due(dt.date(2024, 5, 17)).as_dict()["objections_due"]
        '2024-05-24'

        .. versionadded:: 26.1.0
        """
        return forms.stamp(
            "deadline",
            {
                "objections_due": self.date.isoformat(),
                "tally_date": self.tally_date.isoformat(),
                "rule": self.rule.as_dict(),
                "rule_in_force": self.in_force,
            },
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Deadline:
        """
        Build a deadline from the output of `as_dict`.

        The rule is the version of that name that laborvote knows, which
        must say what the dict says.

        >>> import datetime as dt
        >>> d = objections_due(dt.date(2021, 4, 9))
        >>> Deadline.from_dict(d.as_dict()) == d
        True

        Raises:
            InvalidDeadlineRuleError: If the rule is not one laborvote
                knows.
            InvalidValueError: If a field cannot be read.

        .. versionadded:: 26.1.0
        """
        rule: Any = data.get("rule")
        name: Any = rule.get("name") if isinstance(rule, Mapping) else rule
        known = _rule_named(name)
        if isinstance(rule, Mapping) and dict(rule) != known.as_dict():
            msg = (
                f"rule must be a version laborvote knows, as it knows it, "
                f"got {dict(rule)!r}"
            )
            raise InvalidDeadlineRuleError(msg, field="rule", value=rule)
        return cls(
            date=v.parse_date(  # type: ignore[arg-type]
                data.get("objections_due"), "objections_due", InvalidValueError
            ),
            tally_date=v.parse_date(  # type: ignore[arg-type]
                data.get("tally_date"), "tally_date", InvalidValueError
            ),
            rule=known,
            in_force=data.get("rule_in_force", True),
        )


def objections_due(
    tally_date: dt.date, *, rules: str | DeadlineRule | None = None
) -> Deadline:
    """
    Return the last day to file objections to a tally prepared on
    *tally_date*.

    The day of the tally does not count; the period is counted by the
    rule version in force on *tally_date* (29 CFR 102.2(a)):

    - since 31 May 2020, 5 business days (29 CFR 102.69(a)(8));
    - from 14 April 2015 to 30 May 2020, 7 calendar days, the last day
      rolled forward to the next business day when it is a Saturday,
      Sunday or federal holiday.

    Business days skip Saturdays, Sundays and US federal holidays, on
    the days they are observed.

    >>> import datetime as dt
    >>> objections_due(dt.date(2021, 4, 9)).date  # Bessemer, 2021
    datetime.date(2021, 4, 16)
    >>> objections_due(dt.date(2018, 4, 20)).date  # Harvard, 2018
    datetime.date(2018, 4, 27)

    Args:
        tally_date: The day the tally of ballots was prepared.
        rules: A version to use instead of the one in force: its name
            (a key of `laborvote.deadline_rules`) or a `DeadlineRule`.
            A pinned version is applied even outside its dates, to answer
            "what if that rule applied?"; the result's
            `Deadline.in_force` then says `False`.

    Raises:
        NoDeadlineRuleError: If *rules* is `None` and no known version
            covers *tally_date*.
        InvalidDeadlineRuleError: If *rules* names no known version (or
            is neither a name nor a `DeadlineRule`).
        InvalidValueError: If *tally_date* is not a date, or so near the
            end of the calendar (9999-12-31) that the deadline is past it.
        MissingDependencyError: If the ``holidays`` package is missing.

    .. versionadded:: 26.1.0
    """
    _check_day(tally_date, "tally_date")
    rule = (
        deadline_rule_in_force(tally_date)
        if rules is None
        else _rule_named(rules)
    )
    try:
        if rule.counting is DayCount.BUSINESS:
            due = tally_date
            for _ in range(rule.days):
                due = _next_business_day(due)
        else:
            due = tally_date + dt.timedelta(days=rule.days)
            if not is_business_day(due):
                due = _next_business_day(due)
    except OverflowError:
        msg = (
            f"tally_date must leave room for the deadline before "
            f"{dt.date.max}, got {tally_date}"
        )
        raise InvalidValueError(
            msg, field="tally_date", value=tally_date
        ) from None
    return Deadline(
        date=due,
        tally_date=tally_date,
        rule=rule,
        in_force=rule.covers(tally_date),
    )
