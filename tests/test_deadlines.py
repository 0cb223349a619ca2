"""
Unit tests for the objection deadline: rule versions and business days.

Every expected date here was counted by hand on a calendar from the rule
(29 CFR 102.69(a)(8) and 102.2(a)) and the federal holidays of 5 U.S.C.
6103, or is a test vector of RULES.md section 1.12.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from collections.abc import Iterator

import attrs
import pytest

from laborvote import (
    DayCount,
    Deadline,
    DeadlineRule,
    deadline_rule_in_force,
    deadline_rules,
    is_business_day,
    objections_due,
)
from laborvote._case import deadlines as deadlines_module
from laborvote.exceptions import (
    InvalidDeadlineRuleError,
    InvalidValueError,
    LaborVoteError,
    MissingDependencyError,
    NoDeadlineRuleError,
)

D = dt.date


class TestRulesVectors:
    """
    The test vectors of RULES.md 1.12, each a real election whose
    deadline the parties' filings or the press confirm (or, for Bessemer
    2022, derived there with 5 business days).
    """

    @pytest.mark.parametrize(
        ("tally", "expected"),
        [
            (D(2021, 4, 9), D(2021, 4, 16)),  # Bessemer 2021: Fri -> Fri
            (D(2022, 3, 31), D(2022, 4, 7)),  # Bessemer 2022: Thu -> Thu
            (D(2022, 4, 1), D(2022, 4, 8)),  # JFK8: "by April 8"
            (D(2022, 5, 2), D(2022, 5, 9)),  # LDJ5: "until May 9th"
            (D(2024, 5, 17), D(2024, 5, 24)),  # Mercedes: UAW filed May 24
        ],
    )
    def test_five_business_days(
        self, tally: dt.date, expected: dt.date
    ) -> None:
        """
        Since 31 May 2020 objections are due 5 business days after the
        tally, which for these weekday tallies is a week later.
        """
        due = objections_due(tally)

        assert expected == due.date
        assert "2020" == due.rule.name
        assert due.in_force

    def test_harvard_2018_a_week(self) -> None:
        """
        Harvard's 2018 rerun (tally Fri 2018-04-20) had "a week to file
        objections" under the 2014 rule: 7 calendar days, Fri 2018-04-27.
        """
        due = objections_due(D(2018, 4, 20))

        assert D(2018, 4, 27) == due.date
        assert "2015" == due.rule.name


class TestHolidays:
    """
    Business days skip federal holidays, on their observed days.
    """

    def test_friday_before_monday_holiday(self) -> None:
        """
        A tally on Friday 2022-01-14, the last business day before Martin
        Luther King Jr. Day (Monday 2022-01-17): the five business days
        are Tue 18, Wed 19, Thu 20, Fri 21 and Mon 24.
        """
        assert D(2022, 1, 24) == objections_due(D(2022, 1, 14)).date

    def test_day_before_monday_holiday(self) -> None:
        """
        A tally on Sunday 2021-05-30, the day before Memorial Day (Monday
        2021-05-31): the count starts on Tuesday, so the fifth business
        day is Monday 2021-06-07 (not Friday 2021-06-04).
        """
        assert D(2021, 6, 7) == objections_due(D(2021, 5, 30)).date

    def test_friday_before_memorial_day(self) -> None:
        """
        Friday 2021-05-28 -> Tue 6/1, Wed 6/2, Thu 6/3, Fri 6/4, Mon 6/7.
        """
        assert D(2021, 6, 7) == objections_due(D(2021, 5, 28)).date

    def test_observed_saturday_holiday(self) -> None:
        """
        New Year's Day 2022 fell on a Saturday and was observed on Friday
        2021-12-31 (5 U.S.C. 6103(b)); Christmas 2021 (Saturday) on
        Friday 2021-12-24. A tally on Thursday 2021-12-23 counts Mon 27,
        Tue 28, Wed 29, Thu 30 and Mon 2022-01-03.
        """
        assert D(2022, 1, 3) == objections_due(D(2021, 12, 23)).date

    def test_observed_sunday_holiday(self) -> None:
        """
        Juneteenth 2022 fell on a Sunday and was observed on Monday
        2022-06-20: a tally on Friday 2022-06-17 counts Tue 21, Wed 22,
        Thu 23, Fri 24 and Mon 27.
        """
        assert D(2022, 6, 27) == objections_due(D(2022, 6, 17)).date

    def test_executive_closures_are_business_days(self) -> None:
        """
        Christmas Eve 2024 (Tuesday), when federal offices closed by
        executive order, is not a 5 U.S.C. 6103 holiday, so it counts: a
        tally on Wednesday 2024-12-18 counts Thu 19, Fri 20, Mon 23,
        Tue 24 and Thu 26 (Christmas skipped).
        """
        assert D(2024, 12, 26) == objections_due(D(2024, 12, 18)).date

    @pytest.mark.parametrize(
        "day",
        [
            D(2022, 1, 17),  # Martin Luther King Jr. Day
            D(2021, 12, 31),  # New Year's Day 2022, observed
            D(2021, 7, 5),  # Independence Day, observed
            D(2023, 11, 10),  # Veterans Day, observed
            D(2024, 10, 14),  # Columbus Day
            D(2024, 11, 28),  # Thanksgiving Day
            D(2021, 4, 10),  # a Saturday
            D(2021, 4, 11),  # a Sunday
        ],
    )
    def test_not_business_days(self, day: dt.date) -> None:
        """
        Weekends and the 5 U.S.C. 6103 holidays are not business days.
        """
        assert not is_business_day(day)

    @pytest.mark.parametrize(
        "day",
        [
            D(2021, 1, 20),  # Inauguration Day: Washington area only
            D(2021, 4, 16),  # an ordinary Friday
            D(2020, 6, 19),  # Juneteenth before it became a holiday
        ],
    )
    def test_business_days(self, day: dt.date) -> None:
        """
        Other weekdays are business days.
        """
        assert is_business_day(day)


class TestCalendarRule:
    """
    The 2014 rule (tallies 2015-04-14 to 2020-05-30): 7 calendar days,
    a last day that is no business day rolled forward (29 CFR 102.2(a)).
    """

    def test_no_roll(self) -> None:
        """
        Thu 2017-06-29 + 7 = Thu 2017-07-06; July 4 in between counts.
        """
        assert D(2017, 7, 6) == objections_due(D(2017, 6, 29)).date

    def test_roll_over_observed_holiday(self) -> None:
        """
        Mon 2016-12-19 + 7 = Mon 2016-12-26, Christmas observed: Tuesday.
        """
        assert D(2016, 12, 27) == objections_due(D(2016, 12, 19)).date

    def test_roll_over_weekend(self) -> None:
        """
        Sat 2018-05-05 + 7 = Sat 2018-05-12: Monday 2018-05-14.
        """
        assert D(2018, 5, 14) == objections_due(D(2018, 5, 5)).date

    def test_roll_over_weekend_and_holiday(self) -> None:
        """
        Sat 2019-01-12 + 7 = Sat 2019-01-19; Monday 21 is Martin Luther
        King Jr. Day: Tuesday 2019-01-22.
        """
        assert D(2019, 1, 22) == objections_due(D(2019, 1, 12)).date


class TestVersions:
    """
    Which version applies, and pinning one.
    """

    def test_boundaries(self) -> None:
        """
        The 2014 rule covers 2015-04-14 to 2020-05-30; the current one
        covers 2020-05-31 on.
        """
        assert "2015" == deadline_rule_in_force(D(2015, 4, 14)).name
        assert "2015" == deadline_rule_in_force(D(2020, 5, 30)).name
        assert "2020" == deadline_rule_in_force(D(2020, 5, 31)).name

    def test_across_the_change(self) -> None:
        """
        Sat 2020-05-30 (2014 rule): + 7 = Sat 6/6, rolled to Mon 6/8.
        Sun 2020-05-31 (2019 rule): Mon 6/1 to Fri 6/5. The later tally
        has the earlier deadline: only a tally on a weekend can do that.
        """
        assert D(2020, 6, 8) == objections_due(D(2020, 5, 30)).date
        assert D(2020, 6, 5) == objections_due(D(2020, 5, 31)).date

    def test_before_known_versions(self) -> None:
        """
        Tallies before 2015-04-14 are covered by no version, and the
        error says so and names the field.
        """
        with pytest.raises(NoDeadlineRuleError, match="2014-02-14") as e:
            objections_due(D(2014, 2, 14))

        assert "tally_date" == e.value.field
        assert D(2014, 2, 14) == e.value.value
        assert isinstance(e.value, ValueError)

    def test_pin_outside_dates(self) -> None:
        """
        A pinned version applies even outside its dates, and says so:
        under the 2014 rule, Fri 2021-04-09 + 7 = Fri 2021-04-16; under
        the current rule, Fri 2014-02-14 skips Washington's Birthday (Mon
        2014-02-17): Tue 18, Wed 19, Thu 20, Fri 21, Mon 2014-02-24.
        """
        old = objections_due(D(2021, 4, 9), rules="2015")
        new = objections_due(D(2014, 2, 14), rules=deadline_rules()["2020"])

        assert (D(2021, 4, 16), False) == (old.date, old.in_force)
        assert (D(2014, 2, 24), False) == (new.date, new.in_force)

    def test_pin_in_force(self) -> None:
        """
        Pinning the version in force changes nothing.
        """
        assert objections_due(D(2022, 4, 1)) == objections_due(
            D(2022, 4, 1), rules="2020"
        )

    def test_unknown_version(self) -> None:
        """
        An unknown version name is an error naming the known ones.
        """
        with pytest.raises(
            InvalidDeadlineRuleError, match="'2015', '2020'"
        ) as e:
            objections_due(D(2021, 4, 9), rules="2019")

        assert ("rules", "2019") == (e.value.field, e.value.value)

    def test_custom_version(self) -> None:
        """
        A caller's own `DeadlineRule` works: 10 business days from Friday
        2021-04-09 end on Friday 2021-04-23.
        """
        rule = DeadlineRule(
            name="ten",
            title="A what-if rule",
            citation="none",
            effective_from=D(2000, 1, 1),
            days=10,
            counting=DayCount.BUSINESS,
        )

        due = objections_due(D(2021, 4, 9), rules=rule)

        assert (D(2021, 4, 23), True) == (due.date, due.in_force)

    def test_versions_have_no_gaps_or_overlaps(self) -> None:
        """
        Each version starts the day after the one before it ends, and
        only the last is open-ended.
        """
        versions = list(deadline_rules().values())

        for before, after in itertools.pairwise(versions):
            assert before.effective_until is not None
            assert (
                after.effective_from
                == before.effective_until + dt.timedelta(days=1)
            )
        assert versions[-1].effective_until is None

    def test_as_dict(self) -> None:
        """
        The JSON form names the version, its citation and its dates.
        """
        expected = {
            "schema": "urn:laborvote:schema:deadline:1",
            "objections_due": "2021-04-16",
            "tally_date": "2021-04-09",
            "rule": {
                "name": "2020",
                "title": deadline_rules()["2020"].title,
                "citation": "29 CFR 102.69(a)(8); 29 CFR 102.2(a)",
                "effective_from": "2020-05-31",
                "effective_until": None,
                "days": 5,
                "counting": "business",
            },
            "rule_in_force": True,
        }

        assert expected == objections_due(D(2021, 4, 9)).as_dict()
        assert (
            "2020-05-30"
            == deadline_rules()["2015"].as_dict()["effective_until"]
        )


class TestBadInput:
    """
    Bad values are laborvote errors that name the field.
    """

    @pytest.mark.parametrize(
        "day",
        ["2021-04-09", dt.datetime(2021, 4, 9, 12, 0, tzinfo=dt.UTC), None],
    )
    def test_not_a_date(self, day: object) -> None:
        """
        Strings, datetimes and None are not tally dates.
        """
        with pytest.raises(
            InvalidValueError, match="tally_date must be a date"
        ):
            objections_due(day)  # type: ignore[arg-type]

    def test_business_day_not_a_date(self) -> None:
        """
        `is_business_day` wants a date too.
        """
        with pytest.raises(InvalidValueError, match="day must be a date"):
            is_business_day("2021-04-09")  # type: ignore[arg-type]

    @pytest.mark.parametrize("days", [0, -1, 1.5, True])
    def test_days(self, days: object) -> None:
        """
        A period is a whole number of days, at least one.
        """
        with pytest.raises(LaborVoteError):
            attrs.evolve(deadline_rules()["2020"], days=days)  # type: ignore[arg-type]

    def test_dates_in_order(self) -> None:
        """
        A version cannot end before it starts.
        """
        with pytest.raises(
            InvalidDeadlineRuleError, match="effective_until"
        ) as e:
            attrs.evolve(
                deadline_rules()["2015"], effective_until=D(2015, 4, 13)
            )

        assert D(2015, 4, 13) == e.value.value

    def test_deadline_fields(self) -> None:
        """
        A `Deadline` checks the types of its fields.
        """
        with pytest.raises(
            InvalidValueError, match="rule must be a DeadlineRule"
        ):
            Deadline(
                date=D(2021, 4, 16),
                tally_date=D(2021, 4, 9),
                rule="2020",  # type: ignore[arg-type]
            )


@pytest.fixture(name="no_holidays")
def _no_holidays(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """
    Make ``import holidays`` fail, as without the extra, and forget the
    holidays already loaded (before and after the test).
    """
    # The cache is private; clearing it is how a test unloads holidays.
    clear = deadlines_module._federal_holidays.cache_clear  # noqa: SLF001
    monkeypatch.setitem(sys.modules, "holidays", None)
    clear()
    yield
    clear()


class TestWithoutHolidays:
    """
    Without the ``holidays`` extra, counting business days is a clear
    error that says what to install.
    """

    @pytest.mark.usefixtures("no_holidays")
    def test_missing_extra(self) -> None:
        """
        The error names the extra and is an ImportError too.
        """
        with pytest.raises(
            MissingDependencyError, match=r"laborvote\[holidays\]"
        ) as e:
            objections_due(D(2021, 4, 9))

        assert "holidays" == e.value.extra
        assert isinstance(e.value, ImportError)
        assert isinstance(e.value, LaborVoteError)

    @pytest.mark.usefixtures("no_holidays")
    def test_versions_without_extra(self) -> None:
        """
        Choosing the version needs no holidays.
        """
        assert "2020" == deadline_rule_in_force(D(2021, 4, 9)).name
