"""
Tests of reading one row: cells, counts, flags, dates and tallies.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping

import pytest

from laborvote import Ballots, CaseNumber, CaseType, Tally, TallyKind
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidCaseNumberError,
    InvalidCountError,
    InvalidRecordError,
)
from laborvote.nlrb import Discrepancy, Record, read_csv
from laborvote.nlrb import _rows as rows
from nlrb_files import FOIA, WEB_EXPORT, csv_text


def _one(header: list[str], row: Mapping[str, object]) -> Record:
    [record] = read_csv(io.StringIO(csv_text(header, [row]), newline=""))
    return record


#: A FOIA row (NLRB-DATA.md 2) whose every count differs, so a misplaced
#: column shows.
FOIA_ROW = {
    "Case Number": "01-RC-179057",
    "Case Name": "Freshbev Craft Juicery, LLC",
    "Case Status": "Closed",
    "Case Filed Date": "2016-06-27",
    "Case Closed Date": "2019-10-10",
    "Closed Reason": "Certification of Results",
    "Tally Date": "2019-09-26",
    "Tally Type": "Initial",
    "Tally Category": "Single Labor Organization",
    "Unit ID": "A",
    "Num Eligible Voters": "32",
    "Num Void Ballots": "1",
    "Labor Organization 1 Name": "UFCW Local 371",
    "Votes For Labor Org1": "7",
    "Votes Cast Against Labor Org": "14",
    "Num Valid Votes Counted": "21",
    "Num Challenged Ballots": "8",
    "Challenges R Determinitive": "Y",
    "Runoff Required": "N",
    "Union To Certify": "UFCW Local 371",
}


class TestCount:
    """
    "Blank counts mean zero" (issue 3); anything else must be a whole
    number of ballots.
    """

    @pytest.mark.parametrize(
        ("cell", "expected"),
        [
            (None, 0),
            ("", 0),
            ("  ", 0),
            ("0", 0),
            ("17", 17),
            (" 17 ", 17),
            ("123456", 123456),
            (17, 17),
            (17.0, 17),
        ],
    )
    def test_counts(self, cell: object, expected: int) -> None:
        """
        Blank is zero; digits, ints and whole floats are their number.
        """
        assert expected == rows.count(cell, "Void Ballots")

    @pytest.mark.parametrize(
        "cell", ["-1", "1.5", "two", "1,000", "+3", "٣", -1, 1.5, -2.0, True]
    )
    def test_refused(self, cell: object) -> None:
        """
        Negative, fractional, signed, non-ASCII and non-numeric cells, and
        booleans, are refused with the column's header and the cell.
        """
        with pytest.raises(InvalidCountError) as info:
            rows.count(cell, "Void Ballots")

        assert ("Void Ballots", cell) == (info.value.field, info.value.value)
        assert repr(cell) in str(info.value)

    @pytest.mark.parametrize(("cell", "expected"), [("", None), (None, None)])
    def test_optional_blank(self, cell: object, expected: None) -> None:
        """
        A blank eligible-voters or total cell is "not recorded".
        """
        assert expected == rows.optional_count(cell, "Num Eligible Voters")

    def test_optional_value(self) -> None:
        """
        A filled optional count is read like any count.
        """
        assert 32 == rows.optional_count(" 32", "Num Eligible Voters")


class TestFlag:
    """
    "The Y/N flags have three states (Y, N, blank)" (NLRB-DATA.md 1);
    blank means "not recorded", not "No" (issue 3).
    """

    @pytest.mark.parametrize(
        ("cell", "expected"),
        [
            ("Y", True),
            ("y ", True),
            ("Yes", True),
            ("TRUE", True),
            (True, True),
            ("N", False),
            ("no", False),
            (False, False),
            ("", None),
            (None, None),
        ],
    )
    def test_flags(self, cell: object, expected: bool | None) -> None:  # noqa: FBT001
        """
        Y and N (and their spelled-out forms) are True and False; blank
        is None.
        """
        assert expected == rows.flag(cell, "Runoff Required")

    @pytest.mark.parametrize("cell", ["maybe", "2", 1])
    def test_refused(self, cell: object) -> None:
        """
        Anything else is refused, naming the column.
        """
        with pytest.raises(InvalidRecordError) as info:
            rows.flag(cell, "Runoff Required")

        assert ("Runoff Required", cell) == (
            info.value.field,
            info.value.value,
        )


class TestDate:
    """
    The web export writes dates ``MM/DD/YYYY``, the FOIA release as CSV
    ``YYYY-MM-DD`` (NLRB-DATA.md); workbooks hold datetimes.
    """

    @pytest.mark.parametrize(
        "cell",
        [
            "2019-09-26",
            "09/26/2019",
            "9/26/2019",
            " 2019-09-26 ",
            "2019-09-26 00:00:00",
            "2019-09-26T00:00:00",
            "09/26/2019 12:00:00 AM",
            "9/26/2019 0:00",
            dt.datetime(2019, 9, 26, 0, 0),  # noqa: DTZ001 - as openpyxl gives it
            dt.date(2019, 9, 26),
        ],
    )
    def test_dates(self, cell: object) -> None:
        """
        Every way the Board writes 26 September 2019 reads as that day.
        """
        assert dt.date(2019, 9, 26) == rows.date(cell, "Tally Date")

    @pytest.mark.parametrize("cell", [None, "", "  "])
    def test_blank(self, cell: object) -> None:
        """
        A blank date is not recorded.
        """
        assert rows.date(cell, "Tally Date") is None

    @pytest.mark.parametrize(
        "cell",
        [
            "2019-13-45",
            "26/09/19",
            "09/26/19",
            "yesterday",
            "2019-09-26 lunch",
            "123/4/2019",
            "a/b/2019",
            43734,
        ],
    )
    def test_refused(self, cell: object) -> None:
        """
        Anything else is refused, naming the column and showing the cell.
        """
        with pytest.raises(InvalidRecordError) as info:
            rows.date(cell, "Tally Date")

        assert ("Tally Date", cell) == (info.value.field, info.value.value)

    def test_cache_bounded(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        The dates remembered for speed are forgotten when there are too
        many, and read the same afterwards.
        """
        monkeypatch.setattr(rows, "_DATES", {None: None, "": None})
        monkeypatch.setattr(rows, "_DATES_KEPT", 3)
        days = [f"2019-09-{d:02d}" for d in range(1, 11)]

        got = [rows._cached_date(d, "Tally Date") for d in days]  # noqa: SLF001

        assert [dt.date(2019, 9, d) for d in range(1, 11)] == got
        assert len(rows._DATES) <= 3 + 2  # noqa: SLF001


class TestTallyKind:
    """
    Tally Type ``Initial``/``Rerun``/``Run-off`` is the tally's kind; a
    ``Revised ...`` tally category (NLRB-DATA.md 2) makes it revised,
    but a runoff stays a runoff: no runoff follows it (29 CFR 102.70).
    """

    @pytest.mark.parametrize(
        ("tally_type", "ballot_type", "expected"),
        [
            ("Initial", "Single Labor Organization", TallyKind.INITIAL),
            ("Rerun", "Two Labor Organizations", TallyKind.RERUN),
            ("Run-off", "Two Labor Organizations", TallyKind.RUNOFF),
            ("Initial", "Revised Single Labor Org", TallyKind.REVISED),
            ("Rerun", "Revised Two Labor Orgs", TallyKind.REVISED),
            ("Run-off", "Revised Two Labor Orgs", TallyKind.RUNOFF),
            ("Revised", None, TallyKind.REVISED),
            (None, None, TallyKind.INITIAL),
            ("RUNOFF", None, TallyKind.RUNOFF),
        ],
    )
    def test_kinds(
        self,
        tally_type: str | None,
        ballot_type: str | None,
        expected: TallyKind,
    ) -> None:
        """
        Each combination gives its kind.
        """
        assert expected == rows.tally_kind(tally_type, ballot_type)

    def test_unknown(self) -> None:
        """
        A tally type the Board does not use is refused.
        """
        with pytest.raises(KeyError):
            rows.tally_kind("Second", None)


class TestText:
    """
    Text cells are stripped; blank text is `None`.
    """

    @pytest.mark.parametrize(
        ("cell", "expected"),
        [(None, None), ("", None), ("  A ", "A"), (12, "12")],
    )
    def test_text(self, cell: object, expected: str | None) -> None:
        """
        Blank cells are None, others their stripped text.
        """
        assert expected == rows.text(cell)


class TestRow:
    """
    A row becomes a record: its tally from the counts, and what the
    Board recorded beside it.
    """

    def test_foia(self) -> None:
        """
        Every column of a FOIA row lands in its field.
        """
        record = _one(FOIA, FOIA_ROW)

        assert (
            Tally(
                ballots=Ballots(
                    unions={"UFCW Local 371": 7},
                    against=14,
                    void=1,
                    challenged=8,
                ),
                eligible=32,
                kind=TallyKind.INITIAL,
                date=dt.date(2019, 9, 26),
                case_number=CaseNumber.parse("01-RC-179057"),
                unit_id="A",
            )
            == record.tally
        )
        recorded = record.recorded
        assert (
            "01-RC-179057",
            "Freshbev Craft Juicery, LLC",
            CaseType.RC,
            "Closed",
            dt.date(2016, 6, 27),
            dt.date(2019, 10, 10),
            "Certification of Results",
            "Initial",
            "Single Labor Organization",
            32,
            1,
            8,
            21,
            True,
            False,
            "UFCW Local 371",
            None,
            None,
        ) == (
            recorded.case_number,
            recorded.case_name,
            recorded.case_type,
            recorded.status,
            recorded.date_filed,
            recorded.date_closed,
            recorded.reason_closed,
            recorded.tally_type,
            recorded.ballot_type,
            recorded.eligible,
            recorded.void,
            recorded.challenged,
            recorded.total,
            recorded.challenges_determinative,
            recorded.runoff_required,
            recorded.union_to_certify,
            recorded.win,
            recorded.loss,
        )
        assert record.ok

    def test_blanks(self) -> None:
        """
        Blank counts are zero in the tally; blank flags, dates, totals and
        eligible voters are None ("not recorded").
        """
        row = {
            "Case Number": "06-RD-309800",
            "Labor Union1": "Teamsters Local 249",
            "Votes for Labor Union1": "",
            "Votes Against": "",
        }

        record = _one(WEB_EXPORT, row)

        assert (
            Tally(
                ballots=Ballots(unions={"Teamsters Local 249": 0}, against=0),
                case_number="06-RD-309800",
            )
            == record.tally
        )
        recorded = record.recorded
        assert (0, 0, None, None, None, None, None) == (
            recorded.void,
            recorded.challenged,
            recorded.total,
            recorded.eligible,
            recorded.tally_date,
            recorded.challenges_determinative,
            recorded.runoff_required,
        )

    def test_choices_in_ballot_order(self) -> None:
        """
        Unions keep the order of their columns, the against box last;
        a union column without a name is no choice.
        """
        row = {
            **FOIA_ROW,
            "Labor Organization 1 Name": "SPFPA",
            "Votes For Labor Org1": "26",
            "Labor Organization 2 Name": "",
            "Votes For Labor Org2": "0",
            "Labor Organization 3 Name": "FAPS",
            "Votes For Labor Org3": "14",
            "Votes Cast Against Labor Org": "3",
        }

        record = _one(FOIA, row)

        assert record.tally is not None
        assert (("SPFPA", "FAPS", "No union"), (26, 14, 3)) == (
            tuple(c.name for c in record.tally.choices),
            record.tally.votes,
        )

    @pytest.mark.parametrize("against", ["", "0"])
    def test_runoff_between_unions(self, against: str) -> None:
        """
        A runoff between two unions has no against box when the record's
        against count is blank or zero (29 CFR 102.70: the two choices
        with the most votes, here both unions).
        """
        row = {
            **FOIA_ROW,
            "Tally Type": "Run-off",
            "Tally Category": "Two Labor Organizations",
            "Labor Organization 1 Name": "ISPFPA",
            "Votes For Labor Org1": "73",
            "Labor Organization 2 Name": "UGSOA",
            "Votes For Labor Org2": "75",
            "Votes Cast Against Labor Org": against,
        }

        record = _one(FOIA, row)

        assert record.tally is not None
        assert (None, TallyKind.RUNOFF, ("ISPFPA", "UGSOA")) == (
            record.tally.ballots.against,
            record.tally.kind,
            tuple(c.name for c in record.tally.choices),
        )

    def test_runoff_with_against_votes(self) -> None:
        """
        A runoff that records votes against keeps its against box.
        """
        row = {
            **FOIA_ROW,
            "Tally Type": "Run-off",
            "Labor Organization 2 Name": "SPFPA",
            "Votes For Labor Org2": "11",
            "Votes Cast Against Labor Org": "8",
        }

        record = _one(FOIA, row)

        assert record.tally is not None
        assert 8 == record.tally.ballots.against

    def test_runoff_union_against_none(self) -> None:
        """
        A runoff between a union and "no union" keeps its against box,
        even with zero votes against.
        """
        row = {
            **FOIA_ROW,
            "Tally Type": "Run-off",
            "Votes Cast Against Labor Org": "",
        }

        record = _one(FOIA, row)

        assert record.tally is not None
        assert 0 == record.tally.ballots.against

    def test_case_type_column(self) -> None:
        """
        When the case number cannot be read, the case type comes from the
        "Case Type" column of an annual report, if it names one.
        """
        header = [
            "Case Number",
            "Case Type",
            "Labor Org 1 Name",
            "Votes for Labor Org 1",
            "Valid Votes Against",
        ]
        good = {
            "Case Number": "RD-12",
            "Case Type": "rd",
            "Labor Org 1 Name": "CWA",
            "Votes for Labor Org 1": "9",
        }
        bad = {**good, "Case Type": "XX"}
        none = {**good, "Case Type": ""}

        records = [_one(header, r) for r in (good, bad, none)]

        assert [CaseType.RD, None, None] == [
            r.recorded.case_type for r in records
        ]


class TestDecidedAnyway:
    """
    Rows the law decides however their odd columns are read are decided,
    and say what was odd (issue 11, "zero refusals").
    """

    def test_votes_without_name(self) -> None:
        """
        Three votes in a column that names no union change nothing: 7 for
        and 14 against with 8 challenged stays unresolved whether the 3
        count for an unnamed union or for none.
        """
        record = _one(FOIA, {**FOIA_ROW, "Votes For Labor Org2": "3"})

        assert record.tally is not None
        assert (
            ("UFCW Local 371", 7),
            ("unnamed (Labor Organization 2 Name)", 3),
        ) == record.tally.ballots.unions
        assert (
            Discrepancy.VOTES_FOR_UNNAMED_UNION.value,
        ) == record.irregularities

    def test_union_named_twice(self) -> None:
        """
        The same local in two columns: its votes are added, and the row
        says so.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Labor Organization 2 Name": "ufcw local 371",
                "Votes For Labor Org2": "2",
            },
        )

        assert record.tally is not None
        assert (("UFCW Local 371", 9),) == record.tally.ballots.unions
        assert (Discrepancy.UNION_NAMED_TWICE.value,) == record.irregularities

    def test_no_union(self) -> None:
        """
        A row that names no labor organization is a one-union ballot with
        an unnamed union; its votes, if any, are in the first column.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Labor Organization 1 Name": "",
                "Votes For Labor Org1": "",
            },
        )

        assert record.tally is not None
        assert (
            ("unnamed (Labor Organization 1 Name)", 0),
        ) == record.tally.ballots.unions
        assert (Discrepancy.NO_UNION_NAMED.value,) == record.irregularities

    def test_no_union_votes_elsewhere(self) -> None:
        """
        No union named, votes only in the second column: the first column
        is the unnamed union (with no votes) and the second's votes are
        read both ways.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Labor Organization 1 Name": "",
                "Votes For Labor Org1": "",
                "Votes For Labor Org2": "1",
            },
        )

        assert record.tally is not None
        assert {
            Discrepancy.VOTES_FOR_UNNAMED_UNION.value,
            Discrepancy.NO_UNION_NAMED.value,
        } == set(record.irregularities)

    def test_undecided_case_type(self) -> None:
        """
        A UC case decides no election, so two readings cannot be compared:
        the row stays an error.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Case Number": "01-UC-179057",
                "Votes For Labor Org2": "3",
            },
        )

        assert isinstance(record.error, InvalidRecordError)
        assert "case type is not decided" in str(record.error)


class TestBadRow:
    """
    A row that cannot become a Tally (a negative or non-numeric count, a
    missing case number, a date that cannot be parsed) yields a record
    that carries the error instead (issue 3).
    """

    @pytest.mark.parametrize(
        ("column", "cell", "error"),
        [
            ("Votes For Labor Org1", "-7", InvalidCountError),
            ("Num Challenged Ballots", "eight", InvalidCountError),
            ("Case Number", "", InvalidCaseNumberError),
            ("Case Number", "01-XX-179057", InvalidCaseNumberError),
            ("Tally Date", "2019-02-30", InvalidRecordError),
            ("Runoff Required", "maybe", InvalidRecordError),
            ("Tally Type", "Second", InvalidRecordError),
        ],
    )
    def test_bad_cell(
        self, column: str, cell: str, error: type[Exception]
    ) -> None:
        """
        The record has no tally; its error is the cell's, naming the
        column and the cell, with a note saying where the row is.
        """
        record = _one(FOIA, {**FOIA_ROW, column: cell})

        assert record.tally is None
        assert isinstance(record.error, error)
        assert (column, cell) == (record.error.field, record.error.value)  # type: ignore[attr-defined]
        assert ["in <stream>, row 1 (line 2)"] == record.error.__notes__
        assert not record.ok

    def test_recorded_kept(self) -> None:
        """
        What could be read is still recorded; the bad cell is None.
        """
        record = _one(FOIA, {**FOIA_ROW, "Case Filed Date": "soon"})

        assert (None, dt.date(2019, 10, 10), "01-RC-179057") == (
            record.recorded.date_filed,
            record.recorded.date_closed,
            record.recorded.case_number,
        )

    def test_several_bad_cells(self) -> None:
        """
        With several bad cells, the error is the first, and its notes name
        the others.
        """
        record = _one(
            FOIA,
            {**FOIA_ROW, "Num Void Ballots": "-1", "Runoff Required": "?"},
        )

        assert isinstance(record.error, InvalidCountError)
        assert [
            "also: 'Runoff Required' must be Y, N or blank, got '?'",
            "in <stream>, row 1 (line 2)",
        ] == record.error.__notes__

    def test_votes_without_name_undecidable(self) -> None:
        """
        Votes in a column that names no labor organization stay an error
        when the law cannot decide the row: counted for an unnamed union
        they make a three-choice ballot, counted for none a two-choice
        one, and the outcomes differ.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Votes For Labor Org1": "10",
                "Votes For Labor Org2": "10",
                "Votes Cast Against Labor Org": "1",
                "Num Challenged Ballots": "0",
            },
        )

        assert isinstance(record.error, InvalidRecordError)
        assert "unions" == record.error.field
        assert "law cannot decide" in str(record.error)

    def test_union_named_twice_undecidable(self) -> None:
        """
        A union named twice (as in a real FOIA row, 06-RC-228976) stays an
        error when adding its votes and leaving out its second column
        decide differently.
        """
        record = _one(
            FOIA,
            {
                **FOIA_ROW,
                "Labor Organization 1 Name": "Teamsters Local 249",
                "Votes For Labor Org1": "23",
                "Labor Organization 2 Name": "Amalgamated Local 1931",
                "Votes For Labor Org2": "24",
                "Labor Organization 3 Name": "Amalgamated Local 1931",
                "Votes For Labor Org3": "2",
                "Votes Cast Against Labor Org": "2",
                "Num Challenged Ballots": "0",
            },
        )

        assert isinstance(record.error, InvalidRecordError)
        assert (
            "the law cannot decide this row: The row names one labor "
            "organization in two columns, and its readings decide different "
            "outcomes: certified (Amalgamated Local 1931); runoff"
        ) == str(record.error)

    def test_wrong_width(self) -> None:
        """
        A CSV row with more or fewer cells than its header (a broken
        quote, a lost comma) is an error, not a guess.
        """
        text = (
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
            "01-RC-1,A,1,2,3\n01-RC-2,A,1\n"
        )

        errors = [r.error for r in read_csv(io.StringIO(text, newline=""))]

        assert [("row", 5), ("row", 3)] == [
            (e.field, e.value)
            for e in errors
            if isinstance(e, InvalidRecordError)
        ]


class TestBallotRefused:
    """
    A row whose readings cannot make a ballot keeps the core's error.
    """

    def test_no_union_name(self) -> None:
        """
        A union named "No union" cannot be on a ballot beside the against
        box.
        """
        record = _one(
            FOIA, {**FOIA_ROW, "Labor Organization 1 Name": "No union"}
        )

        assert isinstance(record.error, InvalidBallotsError)
