"""
Tests of `laborvote.Objection`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from checks import assert_refused
from laborvote import Objection, ObjectionStatus
from laborvote.exceptions import InvalidObjectionError


@pytest.fixture(name="fields")
def _fields() -> dict[str, Any]:
    """
    Return the fields of the RWDSU's first objection to Bessemer 2021,
    filed on 2021-04-16, the fifth business day after the tally
    (RULES.md section 1.12).
    """
    return {
        "party": "RWDSU",
        "number": 1,
        "text": "Employer-requested mailbox on site",
        "filed": dt.date(2021, 4, 16),
    }


class TestObjection:
    """
    A party's objection: who, which number, what, when, where it stands.
    """

    def test_filed_by_default(self, fields: dict[str, Any]) -> None:
        """
        A new objection is filed and not yet decided.
        """
        assert ObjectionStatus.FILED == Objection(**fields).status

    def test_as_dict(self, fields: dict[str, Any]) -> None:
        """
        ``as_dict`` gives the date in ISO form and the status's word.
        """
        expected = {
            "party": "RWDSU",
            "number": 1,
            "text": "Employer-requested mailbox on site",
            "filed": "2021-04-16",
            "status": "sustained",
            "decided": None,
        }

        actual = Objection(**fields, status=ObjectionStatus.SUSTAINED)

        assert expected == actual.as_dict()

    def test_from_dict_defaults(self, fields: dict[str, Any]) -> None:
        """
        ``from_dict`` reads an ISO date and takes the status as filed.
        """
        data = {**fields, "filed": "2021-04-16"}

        assert Objection(**fields) == Objection.from_dict(data)


class TestObjectionRefuses:
    """
    Each field refuses bad values, naming the field and showing the value.
    """

    @pytest.mark.parametrize("field", ["party", "text"])
    @pytest.mark.parametrize("value", ["", "  ", " RWDSU", None, 1])
    def test_text(
        self, fields: dict[str, Any], field: str, value: object
    ) -> None:
        """
        The party and the text are non-blank, unpadded strs.
        """
        fields[field] = value

        assert_refused(
            InvalidObjectionError, field, value, lambda: Objection(**fields)
        )

    def test_number_from_one(self, fields: dict[str, Any]) -> None:
        """
        Objections are numbered from 1.
        """
        fields["number"] = 0

        assert_refused(
            InvalidObjectionError, "number", 0, lambda: Objection(**fields)
        )

    @pytest.mark.parametrize("number", [-1, True, 1.0, "1"])
    def test_number_is_count(
        self, fields: dict[str, Any], number: object
    ) -> None:
        """
        The number is an int, not a bool, a float or text, and refused with
        the same error as zero.
        """
        fields["number"] = number

        assert_refused(
            InvalidObjectionError,
            "number",
            number,
            lambda: Objection(**fields),
        )

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("filed", "2021-04-16"),
            ("filed", dt.datetime(2021, 4, 16, tzinfo=dt.UTC)),
            ("filed", None),
            ("status", "filed"),
        ],
    )
    def test_types(
        self, fields: dict[str, Any], field: str, value: object
    ) -> None:
        """
        The date filed is a `datetime.date` (not a datetime, not text),
        the status an `ObjectionStatus`.
        """
        fields[field] = value

        assert_refused(
            InvalidObjectionError, field, value, lambda: Objection(**fields)
        )

    @pytest.mark.parametrize(
        ("field", "value"), [("filed", "16 April 2021"), ("status", "won")]
    )
    def test_from_dict_refuses(
        self, fields: dict[str, Any], field: str, value: str
    ) -> None:
        """
        ``from_dict`` refuses a date that is not ISO and an unknown
        status.
        """
        data = {**fields, "filed": "2021-04-16", field: value}

        assert_refused(
            InvalidObjectionError,
            field,
            value,
            lambda: Objection.from_dict(data),
        )
