"""
Tests of the data-frame exports: one row per tally, computed and
recorded side by side, behind the ``pandas`` and ``polars`` extras.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from typing import Any

import pytest

from laborvote.exceptions import MissingDependencyError
from laborvote.nlrb import (
    Record,
    audit,
    elections,
    elections_to_pandas,
    elections_to_polars,
    read_csv,
    to_pandas,
    to_polars,
)
from laborvote.nlrb._frames import as_row
from nlrb_files import ANNUAL_3, WEB_EXPORT, csv_text

ROWS = [
    {
        "Case Number": "21-RC-190832",
        "Tally Type": "Initial",
        "Tally Date": "05/02/2017",
        "No of Eligible Voters": "503",
        "Void Ballots": "3",
        "Labor Union1": "South Bay United Transit Union",
        "Votes for Labor Union1": "163",
        "Labor Union2": "Teamsters Local 166",
        "Votes for Labor Union2": "164",
        "Votes Against": "1",
        "Total Ballots Counted": "328",
        "Runoff Required": "Y",
    },
    {
        "Case Number": "21-RC-190833",
        "Labor Union1": "X",
        "Votes Against": "-1",
    },
]


@pytest.fixture(name="records")
def _records() -> list[Record]:
    return list(read_csv(io.StringIO(csv_text(WEB_EXPORT, ROWS), newline="")))


class TestRow:
    """
    The flat row of an audit.
    """

    def test_side_by_side(self, records: list[Record]) -> None:
        """
        A runoff between the two unions (163 and 164 of 328 valid, no
        majority) beside what the record says.
        """
        row = as_row(audit(records[0]))

        assert {
            "row": 1,
            "case_number": "21-RC-190832",
            "case_type": "RC",
            "tally_date": dt.date(2017, 5, 2),
            "layout": "web-export",
            "union_1": "South Bay United Transit Union",
            "votes_1": 163,
            "union_2": "Teamsters Local 166",
            "votes_2": 164,
            "union_3": None,
            "votes_3": None,
            "against": 1,
            "void": 3,
            "challenged": 0,
            "valid_votes": 328,
            "recorded_total": 328,
            "result": "runoff",
            "winner": None,
            "runoff_first": "Teamsters Local 166",
            "runoff_second": "South Bay United Transit Union",
            "runoff_required": True,
            "recorded_runoff_required": True,
            "kind": "initial",
            "discrepancies": "",
            "error": None,
        }.items() <= row.items()

    def test_error_row(self, records: list[Record]) -> None:
        """
        A row that could not be read has its error and no counts.
        """
        row = as_row(audit(records[1]))

        assert (None, None, None, None) == (
            row["result"],
            row["valid_votes"],
            row["runoff_required"],
            row["kind"],
        )
        assert "'Votes Against'" in row["error"]


class TestFrames:
    """
    ``to_pandas()`` and ``to_polars()`` hand the rows to the library,
    imported only when called.
    """

    @pytest.mark.parametrize(
        ("function", "module"), [(to_pandas, "pandas"), (to_polars, "polars")]
    )
    def test_missing(
        self,
        function: Any,
        module: str,
        records: list[Record],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """
        Without the library, a MissingDependencyError names the extra.
        """
        monkeypatch.setitem(sys.modules, module, None)

        with pytest.raises(MissingDependencyError) as info:
            function(records)

        assert (module, module) == (info.value.name, info.value.extra)
        assert f"pip install 'laborvote[{module}]'" in str(info.value)

    def test_pandas(self, records: list[Record]) -> None:
        """
        With pandas installed, a real DataFrame, one row per record.
        """
        pytest.importorskip("pandas")

        frame = to_pandas(records)

        assert (2, "runoff") == (len(frame), frame.loc[0, "result"])

    def test_polars(self, records: list[Record]) -> None:
        """
        With polars installed, a real DataFrame, one row per record.
        """
        pytest.importorskip("polars")

        frame = to_polars(records)

        assert (2, ["runoff", None]) == (
            frame.height,
            frame["result"].to_list(),
        )


class TestTypes:
    """
    Frames for analysts: nullable types, the source's columns, union keys
    (issue 11).
    """

    def test_pandas_types(self, records: list[Record]) -> None:
        """
        Counts are Int64 (NA for the unreadable row), flags boolean, dates
        datetime64, codes categorical, discrepancies a list; the source's
        columns follow as text.
        """
        pandas = pytest.importorskip("pandas")

        frame = to_pandas(records)

        assert "Int64" == str(frame["votes_1"].dtype)
        assert "boolean" == str(frame["recorded_runoff_required"].dtype)
        assert "category" == str(frame["result"].dtype)
        assert frame["tally_date"].dt.year.tolist()[0] == 2017
        assert pandas.isna(frame.loc[1, "votes_1"])
        assert [] == frame.loc[0, "discrepancies"]
        assert "Teamsters Local 166" == frame.loc[0, "raw: Labor Union2"]
        assert "ibt local 166" == frame.loc[0, "union_2_key"]
        assert "IBT" == frame.loc[0, "union_2_affiliation"]
        assert frame["recorded_runoff_required"].fillna(value=False).tolist()

    def test_annual(self) -> None:
        """
        The annual reports: no void or challenged column (NA, not 0), the
        win and loss as a boolean, and no challenges_to_change for a UD
        case.
        """
        pandas = pytest.importorskip("pandas")
        rows = [
            {
                "Case Number": "01-RC-000001",
                "Votes for Labor Org 1": "10",
                "Labor Org 1 Name": "IBEW Local 1",
                "Valid Votes Against": "5",
                "Cert of Rep (Win)": "WON",
            },
            {
                "Case Number": "01-UD-000002",
                "Num Eligible Voters": "20",
                "Votes for Labor Org 1": "10",
                "Labor Org 1 Name": "IBEW Local 1",
                "Valid Votes Against": "5",
            },
        ]
        text = csv_text(ANNUAL_3, rows)

        frame = to_pandas(read_csv(io.StringIO(text, newline="")))

        assert [True, None] == [
            None if pandas.isna(v) else v for v in frame["recorded_win"]
        ]
        assert frame["void"].isna().all()
        assert [5, None] == [
            None if pandas.isna(v) else v
            for v in frame["challenges_to_change"]
        ]

    def test_raw_columns(self) -> None:
        """
        Every column of every table is kept: a column a later table adds
        is NA before it, a column an earlier one had is NA after; a
        repeated header is kept once; a blank one is named by position.
        """
        head = "Case Number,Labor Union1,Votes for Labor Union1,Votes Against"
        first = f"{head},Note,Note,\n01-RC-1,A,3,1,x,y,z\n"
        second = f"{head},Extra\n01-RC-2,A,3,1,e\n"
        records = [
            *read_csv(io.StringIO(first)),
            *read_csv(io.StringIO(second)),
        ]
        pandas = pytest.importorskip("pandas")

        frame = to_pandas(records)

        assert ["x", None] == [
            None if pandas.isna(v) else v for v in frame["raw: Note"]
        ]
        assert "z" == frame.loc[0, "raw: column 7"]
        assert pandas.isna(frame.loc[0, "raw: Extra"])
        assert "e" == frame.loc[1, "raw: Extra"]

    def test_polars_types(self, records: list[Record]) -> None:
        """
        The same columns as polars types.
        """
        polars = pytest.importorskip("polars")

        frame = to_polars(records)

        assert polars.Int64 == frame.schema["votes_1"]
        assert polars.Date == frame.schema["tally_date"]
        assert polars.Boolean == frame.schema["runoff_required"]
        assert polars.List(polars.String) == frame.schema["discrepancies"]
        assert [None, None] == frame["recorded_win"].to_list()


class TestElectionFrames:
    """
    One row per election.
    """

    def test_pandas(self, records: list[Record]) -> None:
        """
        From records, or from elections; no records, no rows.
        """
        pandas = pytest.importorskip("pandas")

        frame = elections_to_pandas(records)
        again = elections_to_pandas(list(elections(records)))

        assert [[1], [2]] == frame["rows"].tolist()
        assert ["runoff", None] == [
            None if pandas.isna(v) else v for v in frame["result"]
        ]
        assert frame.equals(again)
        assert 0 == len(elections_to_pandas([]))

    def test_polars(self, records: list[Record]) -> None:
        """
        The same as polars types.
        """
        polars = pytest.importorskip("polars")

        frame = elections_to_polars(records)

        assert polars.List(polars.Int64) == frame.schema["rows"]
        assert [1, 1] == frame["tallies"].to_list()

    @pytest.mark.parametrize(
        ("function", "module"),
        [(elections_to_pandas, "pandas"), (elections_to_polars, "polars")],
    )
    def test_missing(
        self,
        function: Any,
        module: str,
        records: list[Record],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """
        Without the library, a MissingDependencyError names the extra.
        """
        monkeypatch.setitem(sys.modules, module, None)

        with pytest.raises(MissingDependencyError):
            function(records)
