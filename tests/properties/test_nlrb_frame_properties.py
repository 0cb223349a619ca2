"""
Properties of the analyst frames' build (issue 9, "Frames built column by
column"): building a chunk of rows at a time, and a polars frame in parts,
gives the frame that one row at a time would, whatever the chunk and part
sizes and however the files' headers change.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborvote.nlrb import Layout, Record, audit, read_csv
from laborvote.nlrb import _frames as frames
from laborvote.nlrb._frames import _TALLY_COLUMNS, _tally_values
from nlrb_files import csv_text
from strategies import NLRB_HEADERS, GeneratedRow, nlrb_rows

LAYOUTS = [Layout.FOIA, Layout.WEB_EXPORT, Layout.ANNUAL_REPORT]


@st.composite
def files(draw: st.DrawFn) -> list[Record]:
    """
    Generate the records of a few files, one after another: each of a
    layout (so of a header) of its own, possibly empty.
    """
    records: list[Record] = []
    for layout in draw(st.lists(st.sampled_from(LAYOUTS), max_size=3)):
        rows: list[GeneratedRow] = draw(
            st.lists(nlrb_rows(layout=layout), max_size=4)
        )
        text = csv_text(NLRB_HEADERS[layout], [r.cells for r in rows])
        records += read_csv(io.StringIO(text, newline=""))
    return records


def _expected(records: list[Record]) -> dict[str, list[Any]]:
    """
    The frame's columns built one row at a time, the plain way: each
    row's values, then its raw cells by header (the first of two columns
    of one name), a raw column NA where a row's file lacks it.
    """
    names = [name for name, _ in _TALLY_COLUMNS]
    columns: dict[str, list[Any]] = {name: [] for name in names}
    raw: dict[str, list[Any]] = {}
    for n, record in enumerate(records):
        for name, value in zip(
            names, _tally_values(audit(record)), strict=True
        ):
            # A list column's items are held as a tuple until the frame.
            columns[name].append(
                list(value) if isinstance(value, tuple) else value
            )
        seen: dict[str, Any] = {}
        for i, header in enumerate(record.header):
            key = f"raw: {header}" if header else f"raw: column {i + 1}"
            cell = record.cells[i] if i < len(record.cells) else None
            seen.setdefault(key, None if cell is None else str(cell))
        for key, value in seen.items():
            raw.setdefault(key, [None] * n).append(value)
        for column in raw.values():
            column.extend([None] * (n + 1 - len(column)))
    return columns | raw


def _cells(series: Any) -> list[Any]:
    """
    A pandas column's cells as Python holds them: NA as `None`, a
    timestamp as its day, a number or flag as Python's.
    """
    cells: list[Any] = []
    for value, na in zip(series.astype(object), series.isna(), strict=True):
        if na:
            cells.append(None)
        elif hasattr(value, "to_pydatetime"):
            cells.append(value.to_pydatetime().date())
        elif hasattr(value, "item"):
            cells.append(value.item())
        else:
            cells.append(value)
    return cells


class TestChunked:
    """
    The chunked build equals the row-by-row one.
    """

    @given(files(), st.integers(min_value=1, max_value=5))
    def test_pandas(self, records: list[Record], chunk: int) -> None:
        """
        `to_pandas` in chunks of any size: the columns, in order, and
        every value, as row by row.
        """
        pytest.importorskip("pandas")
        expected = _expected(records)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(frames, "_CHUNK", chunk)
            frame = frames.to_pandas(records)

        assert list(expected) == list(frame.columns)
        for name, values in expected.items():
            assert values == _cells(frame[name]), name

    @given(
        files(),
        st.integers(min_value=1, max_value=5),
        st.integers(min_value=1, max_value=5),
    )
    def test_polars(
        self, records: list[Record], chunk: int, part: int
    ) -> None:
        """
        `to_polars` in chunks and parts of any size: the columns, in
        order, their types, and every value, as row by row and as one
        part.
        """
        pytest.importorskip("polars")
        expected = _expected(records)
        whole = frames.to_polars(records)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(frames, "_CHUNK", chunk)
            mp.setattr(frames, "_POLARS_PART", part)
            frame = frames.to_polars(records)

        assert list(expected) == frame.columns
        assert whole.schema == frame.schema
        for name, values in expected.items():
            assert values == frame[name].to_list(), name
