"""
Property tests of the NLRB readers: what is written is read back, row for
row, and one bad cell spoils one row and nothing else.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from laborvote.exceptions import LaborVoteError
from laborvote.nlrb import Layout, Record, read_csv, read_xlsx
from nlrb_files import csv_text, table, write_workbook
from strategies import NLRB_HEADERS, GeneratedRow, nlrb_rows

CSV_LAYOUTS = st.sampled_from([Layout.WEB_EXPORT, Layout.FOIA])


def _rows(
    layout: Layout, *, most: int, typed: bool = False
) -> st.SearchStrategy[list[GeneratedRow]]:
    """
    Generate one to *most* rows of *layout*.
    """
    return st.lists(
        nlrb_rows(layout=layout, typed=typed), min_size=1, max_size=most
    )


def _read_csv(layout: Layout, rows: list[GeneratedRow]) -> list[Record]:
    text = csv_text(NLRB_HEADERS[layout], [r.cells for r in rows])
    return list(read_csv(io.StringIO(text, newline="")))


def _read_xlsx(layout: Layout, rows: list[GeneratedRow]) -> list[Record]:
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(
            Path(folder) / "tallies.xlsx",
            [
                (
                    "Tallies",
                    table(NLRB_HEADERS[layout], [r.cells for r in rows]),
                )
            ],
        )
        return list(read_xlsx(path))


class TestWriteThenRead:
    """
    "Each row becomes a typed record holding a Tally built from the counts
    (choices in ballot order, against/neither last), what the Board
    recorded, and where it came from"; "blank counts mean zero; blank
    flags mean 'not recorded', not 'No'" (issue 3).
    """

    @given(st.data(), CSV_LAYOUTS)
    def test_csv(self, data: st.DataObject, layout: Layout) -> None:
        """
        Rows written as CSV come back, one record each, in order, with
        the tally and the recorded values they were made of.
        """
        rows = data.draw(_rows(layout, most=4))

        records = _read_csv(layout, rows)

        assert [(r.tally, r.recorded, None) for r in rows] == [
            (r.tally, r.recorded, r.error) for r in records
        ]
        assert list(range(1, len(rows) + 1)) == [r.source.row for r in records]
        assert {layout} == {r.layout for r in records}

    @settings(max_examples=25, deadline=None)  # writes a workbook each time
    @given(st.data(), st.sampled_from([Layout.FOIA, Layout.ANNUAL_REPORT]))
    def test_xlsx(self, data: st.DataObject, layout: Layout) -> None:
        """
        Rows written in a workbook, with numbers and dates as typed
        cells, come back the same way.
        """
        rows = data.draw(_rows(layout, most=3, typed=True))

        records = _read_xlsx(layout, rows)

        assert [(r.tally, r.recorded, None) for r in rows] == [
            (r.tally, r.recorded, r.error) for r in records
        ]
        assert list(range(2, len(rows) + 2)) == [
            r.source.line for r in records
        ]


#: Cells that no column of its kind accepts.
BAD = {
    "Case Number": ["", "RC-12", "10-XX-1"],
    "Tally Date": ["2019-13-45", "yesterday"],
    "Challenged Ballots": ["-1", "two", "1.5"],
    "Num Challenged Ballots": ["-1", "two", "1.5"],
    "Votes Against": ["-3", "x"],
    "Votes Cast Against Labor Org": ["-3", "x"],
    "Runoff Required": ["maybe", "2"],
    "Challenges R Determinitive": ["maybe"],
    "Tally Type": ["Second"],
}


class TestCorruptedCell:
    """
    "Bad rows never stop a file and are never dropped": a row that cannot
    become a Tally yields a record carrying the error, so rows out == rows
    in (issue 3).
    """

    @given(st.data(), CSV_LAYOUTS)
    def test_one_row_spoiled(
        self, data: st.DataObject, layout: Layout
    ) -> None:
        """
        Corrupting one cell turns that row's record into an error record,
        at the same place, and leaves every other record as it was.
        """
        rows = data.draw(_rows(layout, most=4))
        n = len(rows)
        at = data.draw(st.integers(min_value=0, max_value=n - 1))
        header = data.draw(
            st.sampled_from([h for h in BAD if h in NLRB_HEADERS[layout]])
        )
        bad = data.draw(st.sampled_from(BAD[header]))
        spoiled = [
            r._replace(cells={**r.cells, header: bad}) if i == at else r
            for i, r in enumerate(rows)
        ]

        before, after = _read_csv(layout, rows), _read_csv(layout, spoiled)

        assert len(before) == len(after) == n
        assert [r for i, r in enumerate(before) if i != at] == [
            r for i, r in enumerate(after) if i != at
        ]
        record = after[at]
        assert (None, before[at].source) == (record.tally, record.source)
        assert isinstance(record.error, LaborVoteError)
        assert str(record.source) in record.error.__notes__[-1]
