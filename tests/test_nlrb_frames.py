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
from laborvote.nlrb import Record, audit, read_csv, to_pandas, to_polars
from laborvote.nlrb._frames import as_row
from nlrb_files import WEB_EXPORT, csv_text

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
