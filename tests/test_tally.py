"""
Tests of `laborvote.CaseNumber` and `laborvote.Tally`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from checks import assert_refused
from laborvote import Ballots, CaseNumber, CaseType, Choice, Tally, TallyKind
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidCaseNumberError,
    InvalidCountError,
    InvalidTallyError,
)


@pytest.fixture(name="bessemer")
def _bessemer() -> Tally:
    """
    Return Bessemer 2021's tally: 5,867 eligible, RWDSU 738, against
    1,798, 76 void, 505 challenged (RULES.md section 2).
    """
    return Tally(
        ballots=Ballots(
            unions={"RWDSU": 738}, against=1798, void=76, challenged=505
        ),
        eligible=5867,
        date=dt.date(2021, 4, 9),
    )


@pytest.fixture(name="jfk8")
def _jfk8() -> Tally:
    """
    Return Amazon JFK8's tally: about 8,325 eligible, ALU 2,654, against
    2,131, 17 void, 67 challenged, case 29-RC-288020 (RULES.md section 2).
    """
    return Tally(
        ballots=Ballots(
            unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ),
        eligible=8325,
        case_number="29-RC-288020",
        unit_id="A",
    )


class TestCaseNumber:
    """
    NLRB case numbers: two-digit region, case type, serial.
    """

    def test_parse(self) -> None:
        """
        ``parse`` reads the region, the case type and the serial.
        """
        n = CaseNumber.parse("29-RC-288020")

        assert (29, CaseType.RC, 288020) == (n.region, n.case_type, n.serial)

    def test_parse_lenient_spelling(self) -> None:
        """
        ``parse`` ignores surrounding whitespace and the case of the type.
        """
        expected = CaseNumber(region=10, case_type=CaseType.RD, serial=123456)

        assert expected == CaseNumber.parse(" 10-rd-123456 ")

    def test_str_pads_region(self) -> None:
        """
        The Board writes the region with two digits: ``01-RC-179057``.
        """
        assert "01-RC-179057" == str(CaseNumber.parse("1-RC-179057"))

    # Bug found here: the message did not name the field "case_number".
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "10-RC",
            "10-RC-",
            "10-XX-1",  # not a case type
            "100-RC-1",  # three-digit region
            "10-RC-1234567890",  # ten-digit serial
            "10 RC 269250",
            None,
            10,
        ],
    )
    def test_parse_refuses(self, text: Any) -> None:
        """
        Text that is not a case number raises `InvalidCaseNumberError`.
        """
        assert_refused(
            InvalidCaseNumberError,
            "case_number",
            text,
            lambda: CaseNumber.parse(text),
        )

    @pytest.mark.parametrize("field", ["region", "serial"])
    @pytest.mark.parametrize("value", [-1, True, 1.0, "10"])
    def test_counts(self, field: str, value: object) -> None:
        """
        Region and serial are non-negative ints.
        """
        fields: dict[str, Any] = {
            "region": 10,
            "case_type": CaseType.RC,
            "serial": 1,
        }
        fields[field] = value

        assert_refused(
            InvalidCountError, field, value, lambda: CaseNumber(**fields)
        )

    # Bug found by the round trip: region=100 was accepted, but its text
    # "100-RC-1" was refused by parse. The fields now hold at most the
    # digits that parse reads (two for the region, nine for the serial).
    @pytest.mark.parametrize(
        ("field", "value"), [("region", 100), ("serial", 1_000_000_000)]
    )
    def test_too_many_digits(self, field: str, value: int) -> None:
        """
        A region of three digits or a serial of ten is refused.
        """
        fields: dict[str, Any] = {
            "region": 10,
            "case_type": CaseType.RC,
            "serial": 1,
        }
        fields[field] = value

        assert_refused(
            InvalidCaseNumberError, field, value, lambda: CaseNumber(**fields)
        )

    def test_case_type_must_be_enum(self) -> None:
        """
        The case type is a `CaseType`, not its letters.
        """
        assert_refused(
            InvalidCaseNumberError,
            "case_type",
            "RC",
            lambda: CaseNumber(region=10, case_type="RC", serial=1),  # type: ignore[arg-type]
        )


class TestTallyLines:
    """
    Every line of the Board's tally form is available (RULES.md 1.6).
    """

    def test_bessemer_sums(self, bessemer: Tally) -> None:
        """
        Bessemer 2021: valid 738 + 1,798 = 2,536; plus 505 challenged is
        3,041; plus 76 void is 3,117 ballots cast (RULES.md section 2).
        """
        assert (2536, 3041, 3117, 76, 505) == (
            bessemer.valid_votes,
            bessemer.valid_plus_challenged,
            bessemer.ballots_cast,
            bessemer.void,
            bessemer.challenged,
        )

    def test_choices_and_votes(self, bessemer: Tally) -> None:
        """
        The tally's choices and votes are its ballots'.
        """
        assert ((Choice("RWDSU"), Choice.AGAINST), (738, 1798)) == (
            bessemer.choices,
            bessemer.votes,
        )

    def test_lines_in_form_order(self, jfk8: Tally) -> None:
        """
        The lines follow the form: eligible, void, each choice, valid
        votes, challenged, valid plus challenged (JFK8: 2,654 + 2,131 =
        4,785 valid; plus 67 is 4,852).
        """
        expected = (
            ("Approximate number of eligible voters", 8325),
            ("Number of void ballots", 17),
            ("Number of votes cast for ALU", 2654),
            (
                (
                    "Number of votes cast against participating labor "
                    "organization(s)"
                ),
                2131,
            ),
            ("Number of valid votes counted", 4785),
            ("Number of challenged ballots", 67),
            ("Number of valid votes counted plus challenged ballots", 4852),
        )

        assert expected == jfk8.lines()

    def test_lines_two_unions_unknown_eligible(self) -> None:
        """
        A runoff between two unions has a line per union and none for
        votes against; an unknown eligible count is `None`.
        """
        tally = Tally(
            ballots=Ballots(unions={"A": 5, "B": 4}, against=None),
            kind=TallyKind.RUNOFF,
        )
        expected = (
            ("Approximate number of eligible voters", None),
            ("Number of void ballots", 0),
            ("Number of votes cast for A", 5),
            ("Number of votes cast for B", 4),
            ("Number of valid votes counted", 9),
            ("Number of challenged ballots", 0),
            ("Number of valid votes counted plus challenged ballots", 9),
        )

        assert expected == tally.lines()


class TestTally:
    """
    The tally's fields, defaults and dict form.
    """

    def test_defaults(self) -> None:
        """
        A tally is initial, with nothing else known, by default.
        """
        tally = Tally(ballots=Ballots(unions={"A": 1}, against=0))

        assert (None, TallyKind.INITIAL, None, None, None) == (
            tally.eligible,
            tally.kind,
            tally.date,
            tally.case_number,
            tally.unit_id,
        )

    def test_case_number_text_is_parsed(self, jfk8: Tally) -> None:
        """
        A case number given as text is parsed.
        """
        expected = CaseNumber(region=29, case_type=CaseType.RC, serial=288020)

        assert expected == jfk8.case_number

    def test_more_ballots_than_eligible(self) -> None:
        """
        The eligible count is approximate: more ballots are not refused.
        """
        tally = Tally(ballots=Ballots(unions={"A": 5}, against=5), eligible=8)

        assert 8 < tally.ballots_cast

    def test_as_dict(self, jfk8: Tally) -> None:
        """
        ``as_dict`` gives JSON-ready values: words, ISO dates, case
        numbers as text.
        """
        expected = {
            "schema": "urn:laborvote:schema:tally:1",
            "ballots": {
                "unions": {"ALU": 2654},
                "against": 2131,
                "void": 17,
                "challenged": 67,
            },
            "eligible": 8325,
            "kind": "initial",
            "date": "2022-04-01",
            "case_number": "29-RC-288020",
            "unit_id": "A",
        }

        actual = Tally(
            ballots=jfk8.ballots,
            eligible=8325,
            date=dt.date(2022, 4, 1),
            case_number=jfk8.case_number,
            unit_id="A",
        ).as_dict()

        assert expected == actual

    def test_from_dict_defaults(self) -> None:
        """
        ``from_dict`` needs only the ballots.
        """
        box = Ballots(unions={"A": 1}, against=0)

        assert Tally(ballots=box) == Tally.from_dict(
            {"ballots": box.as_dict()}
        )

    def test_from_dict_takes_ballots(self) -> None:
        """
        ``from_dict`` also accepts a `Ballots` for the ballots.
        """
        box = Ballots(unions={"A": 1}, against=0)

        assert Tally(ballots=box) == Tally.from_dict({"ballots": box})

    @pytest.mark.parametrize(
        ("field", "value"), [("kind", "recount"), ("date", "2021-13-01")]
    )
    def test_from_dict_refuses(self, field: str, value: str) -> None:
        """
        ``from_dict`` refuses an unknown kind and a date that is no ISO
        date, with `InvalidTallyError`.
        """
        data = {"ballots": {"unions": {"A": 1}, "against": 0}, field: value}

        assert_refused(
            InvalidTallyError, field, value, lambda: Tally.from_dict(data)
        )


class TestTallyRefuses:
    """
    Each field of a tally refuses bad values, naming the field.
    """

    @pytest.mark.parametrize(
        "ballots", [None, {"unions": {"A": 1}, "against": 0}, "ballots"]
    )
    def test_ballots(self, ballots: Any) -> None:
        """
        The ballots must be a `Ballots`.
        """
        assert_refused(
            InvalidBallotsError,
            "ballots",
            ballots,
            lambda: Tally(ballots=ballots),
        )

    @pytest.mark.parametrize("eligible", [-1, True, 5867.0, "5867"])
    def test_eligible(self, eligible: Any) -> None:
        """
        The eligible voters are a non-negative int, or `None`.
        """
        assert_refused(
            InvalidCountError,
            "eligible",
            eligible,
            lambda: Tally(
                ballots=Ballots(unions={"A": 1}, against=0), eligible=eligible
            ),
        )

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("kind", "initial"),
            ("kind", None),
            ("date", "2021-04-09"),
            ("date", dt.datetime(2021, 4, 9, tzinfo=dt.UTC)),
            ("case_number", 269250),
            ("unit_id", ""),
            ("unit_id", " A"),
            ("unit_id", 1),
        ],
    )
    def test_fields(self, field: str, value: object) -> None:
        """
        Kind, date, case number and unit id refuse values of the wrong
        type with `InvalidTallyError`.
        """
        fields: dict[str, Any] = {
            "ballots": Ballots(unions={"A": 1}, against=0),
            field: value,
        }

        assert_refused(
            InvalidTallyError, field, value, lambda: Tally(**fields)
        )

    def test_case_number_text(self) -> None:
        """
        A case number given as text must parse.
        """
        assert_refused(
            InvalidCaseNumberError,
            "case_number",
            "10-RC",
            lambda: Tally(
                ballots=Ballots(unions={"A": 1}, against=0),
                case_number="10-RC",
            ),
        )
