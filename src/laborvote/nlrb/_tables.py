"""
Find the tables in a stream of rows, and read their data rows.

A CSV file holds one table; a worksheet may hold several, stacked (the
FY2022 annual report), each starting with its own header row, and titles,
notes and blank rows around them. Rows are sorted thus:

- a *header* row names the columns of the rows below it (`detect`);
- a blank row is skipped, and so is a title or a note (such as
  ``"Rows 1 - 1344 (All Rows)"``): a row with one non-blank cell, in the
  case number's column or in a column that holds no field;
- before the first header, every row is skipped;
- every other row is a *data row*, and becomes exactly one record;
- a row whose cells are lost (a line too long to read, a row the csv
  module refuses) is a data row too, and becomes an error record.

Rows come as `Row` triples ``(line, cells, problem)``: *problem* is what
is wrong with the row as a whole, if anything; *cells* is `None` when the
row's cells are lost.
"""

from __future__ import annotations

from collections.abc import (
    Callable,
    Generator,
    Iterable,
    Iterator,
    Sequence,
)
from typing import TypeAlias

from laborvote.exceptions import LaborVoteError
from laborvote.nlrb._layouts import Table, detect
from laborvote.nlrb._records import Record
from laborvote.nlrb._rows import Formula, RowReader

#: A row of a file: its line, its cells, and what is wrong with it.
Row: TypeAlias = tuple[int, Sequence[object] | None, LaborVoteError | None]

#: How many rows may come before the first header of a file or sheet.
HEADER_WITHIN = 30

#: Data rows between two calls of a progress callback.
PROGRESS_EVERY = 1024


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _note(cells: Sequence[object], data_columns: frozenset[int]) -> bool:
    """
    Whether *cells* is blank, or a title or note: one non-blank cell, in
    the case number's column or in a column that holds no field.
    """
    seen = False
    for i, cell in enumerate(cells):
        if not _blank(cell):
            if seen or i in data_columns:
                return False
            seen = True
    return True


def first_header(rows: Iterator[Row]) -> Table | None:
    """
    Consume *rows* up to the first header, and return its table.

    Returns `None` if none of the first `HEADER_WITHIN` rows is a header.
    """
    for seen, (_, cells, _problem) in enumerate(rows, 1):
        table = None if cells is None else detect(cells)
        if table is not None:
            return table
        if seen == HEADER_WITHIN:
            break
    return None


def records(  # noqa: PLR0913 - the reader's state, passed on once per table
    table: Table,
    rows: Iterable[Row],
    *,
    file: str,
    sheet: str | None,
    first: int,
    progress: Callable[[int], None] | None = None,
) -> Generator[Record, None, int]:
    """
    Yield the records of the data rows of *rows*, below header *table*.

    *rows* are `Row` triples after the header row; data rows are
    numbered from *first*. *progress*, if given, is called with the
    current line every `PROGRESS_EVERY` data rows.
    Returns the number of the next data row.
    """
    row = first
    reader = RowReader(table, file=file, sheet=sheet)
    at = table.columns["case_number"]
    for line, cells, problem in rows:
        if cells is None:
            assert problem is not None  # noqa: S101 - what Row means
            yield reader.failed(problem, row, line)
        else:
            key = cells[at] if at < len(cells) else None
            if key.__class__ is Formula:
                key = key.value
            if not (isinstance(key, str) and key[:1].isdigit()):
                header = detect(cells)
                if header is not None:
                    reader = RowReader(header, file=file, sheet=sheet)
                    at = header.columns["case_number"]
                    continue
                if _note(cells, reader.table.data_columns):
                    continue
            yield reader.read(cells, row, line, problem)
        if progress is not None and row % PROGRESS_EVERY == 0:
            progress(line)
        row += 1
    return row
