"""
Properties of the objection deadline.

    "In computing any period of time prescribed or allowed by these Rules,
    the day of the act, event, or default after which the designated
    period of time begins to run is not to be included. The last day of
    the period so computed is to be included, unless it does not fall on
    a business day, in which event the period runs until the next Agency
    business day. When the period of time prescribed or allowed is less
    than 7 days, only business days are included in the computation."
    (29 CFR 102.2(a))

The oracle for "business day" is the ``holidays`` package itself plus
the weekday, not laborvote's own `laborvote.is_business_day`.
"""

from __future__ import annotations

import datetime as dt

import holidays
from hypothesis import example, given, settings
from hypothesis import strategies as st

from laborvote import deadline_rule_in_force, deadline_rules, objections_due
from strategies import CURRENT_FROM, tally_dates

#: The ``holidays`` package fills in a year's holidays the first time a day
#: of that year is looked up, which can take longer than Hypothesis's
#: default deadline: these tests are not about time, so they have none.
UNTIMED = settings(deadline=None)

FEDERAL = holidays.country_holidays("US")


def _business(day: dt.date) -> bool:
    """
    Return whether *day* is a weekday that is no federal holiday.
    """
    return day.weekday() < 5 and day not in FEDERAL


def _next_business_day(day: dt.date) -> dt.date:
    """
    Return the first business day after *day*.
    """
    day += dt.timedelta(days=1)
    while not _business(day):
        day += dt.timedelta(days=1)
    return day


PINNED = st.sampled_from([None, *deadline_rules()])


class TestDeadline:
    """
    Whatever the tally date and the version, the deadline is a business
    day after the tally, and a later tally never has an earlier one.
    """

    @UNTIMED
    @given(tally=tally_dates(), rules=PINNED)
    @example(tally=dt.date(2022, 1, 14), rules=None)  # before MLK Day
    @example(tally=dt.date(2016, 12, 19), rules=None)  # rolls past 12/26
    def test_business_day_after_tally(
        self, tally: dt.date, rules: str | None
    ) -> None:
        """
        The last day to file is never a weekend or a federal holiday,
        and always after the tally.
        """
        due = objections_due(tally, rules=rules).date

        assert _business(due)
        assert due > tally

    @UNTIMED
    @given(tally=tally_dates(), rules=PINNED)
    @example(tally=dt.date(2020, 5, 29), rules=None)  # across the change
    @example(tally=dt.date(2020, 5, 30), rules=None)  # a Saturday, idem
    def test_monotone(self, tally: dt.date, rules: str | None) -> None:
        """
        Moving the tally to the next business day never moves the
        deadline earlier, even across the change of rules on 2020-05-31.
        """
        later = _next_business_day(tally)

        assert (
            objections_due(later, rules=rules).date
            >= objections_due(tally, rules=rules).date
        )

    @UNTIMED
    @given(tally_dates(min_value=CURRENT_FROM))
    def test_five_business_days(self, tally: dt.date) -> None:
        """
        Under the current rule exactly five business days lie after the
        tally, up to and including the last day.
        """
        due = objections_due(tally).date
        days = [
            tally + dt.timedelta(days=n)
            for n in range(1, (due - tally).days + 1)
        ]

        assert 5 == sum(_business(d) for d in days)

    @UNTIMED
    @given(tally_dates(max_value=CURRENT_FROM - dt.timedelta(days=1)))
    def test_seven_calendar_days(self, tally: dt.date) -> None:
        """
        Under the 2014 rule the last day is the seventh day, or the first
        business day after it.
        """
        seventh = tally + dt.timedelta(days=7)
        expected = (
            seventh if _business(seventh) else _next_business_day(seventh)
        )

        assert expected == objections_due(tally).date

    @UNTIMED
    @given(tally_dates())
    def test_version_in_force(self, tally: dt.date) -> None:
        """
        Without a pin, the version used is the one in force on the tally
        date, and it covers that date.
        """
        due = objections_due(tally)

        assert deadline_rule_in_force(tally) == due.rule
        assert due.in_force
        assert due.rule.covers(tally)
