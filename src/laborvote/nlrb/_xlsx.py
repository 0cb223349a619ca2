"""
Read the Board's workbooks: the FOIA release and the annual reports.

openpyxl (the ``xlsx`` extra) is imported only when a workbook is read.
Workbooks are opened read-only and never calculated: a formula cell gives
the value the workbook saved for it.
"""

from __future__ import annotations

import contextlib
import os
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from laborvote.exceptions import InvalidFileError
from laborvote.nlrb._optional import require
from laborvote.nlrb._records import Record
from laborvote.nlrb._tables import first_header, records


def read_xlsx(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[Record]:
    """
    Yield one `Record` per data row of a workbook, sheet by sheet.

    Every worksheet is searched for header rows (within its first 30
    rows, and then anywhere below a table, for tables stacked in one
    sheet); sheets without one, such as a summary, are skipped, and so
    are titles, notes and blank rows. Data rows are numbered across the
    whole workbook. Rows stream from the file; the workbook is opened
    when the iteration starts.

    >>> import io, openpyxl
    >>> from laborvote.nlrb import read_xlsx
    >>> wb = openpyxl.Workbook()
    >>> wb.active.append(["NLRB Elections"])
    >>> wb.active.append([])
    >>> wb.active.append(
    ...     [
    ...         "Case Number",
    ...         "Labor Org 1 Name",
    ...         "Votes for Labor Org 1",
    ...         "Valid Votes Against",
    ...     ]
    ... )
    >>> wb.active.append(["29-RC-288020", "Amazon Labor Union", 2654, 2131])
    >>> data = io.BytesIO()
    >>> wb.save(data)
    >>> [record] = read_xlsx(data)
    >>> record.source.line, record.tally.votes
    (4, (2654, 2131))

    Args:
        source: A path, or a binary stream.

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.MissingDependencyError: If openpyxl is not
            installed (``pip install 'laborvote[xlsx]'``).
        laborvote.exceptions.InvalidFileError: If the file is not an xlsx
            workbook, or no sheet has a header row that laborvote knows.

    .. versionadded:: 26.1.0
    """
    return stream(source)


def stream(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    progress: Callable[[float], None] | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *source*; see `read_xlsx`.

    *progress*, if given, is called now and then with the fraction of the
    workbook read so far.
    """
    openpyxl = require("openpyxl", extra="xlsx", purpose="reading .xlsx files")
    with contextlib.ExitStack() as stack:
        if isinstance(source, (str, os.PathLike)):
            name = os.fspath(source)
            # A file, not its name: openpyxl judges a name by its suffix.
            source = stack.enter_context(Path(name).open("rb"))
        else:
            name = getattr(source, "name", "<stream>")
        try:
            with warnings.catch_warnings():
                # Styles and extensions that read-only mode skips anyway.
                warnings.simplefilter("ignore", UserWarning)
                book = openpyxl.load_workbook(
                    source, read_only=True, data_only=True
                )
        except (zipfile.BadZipFile, KeyError, ValueError) as e:
            msg = f"{name}: not an xlsx workbook ({e})"
            raise InvalidFileError(msg, path=name) from None
        stack.callback(book.close)
        yield from _sheets(book, name, progress)


def _sheets(
    book: Any, name: str, progress: Callable[[float], None] | None
) -> Iterator[Record]:
    sheets = book.worksheets
    row = 1
    found = False
    for index, sheet in enumerate(sheets):
        rows = enumerate(sheet.iter_rows(values_only=True), 1)
        table = first_header(rows)
        if table is None:
            continue
        found = True
        tick = None
        if progress is not None:
            tick = _ticker(progress, index, len(sheets), sheet.max_row)
        row = yield from records(
            table, rows, file=name, sheet=sheet.title, first=row, progress=tick
        )
    if not found:
        msg = (
            f"{name}: no sheet has an NLRB election header in its first rows "
            "(a header names at least the columns Case Number, a labor "
            "organization, its votes, and the votes against)"
        )
        raise InvalidFileError(msg, path=name)


def _ticker(
    progress: Callable[[float], None],
    index: int,
    sheets: int,
    rows: int | None,
) -> Callable[[int], None]:
    """
    Return a callback that reports the sheet and the row reached.
    """

    def tick(line: int) -> None:
        within = min(line / rows, 1.0) if rows else 0.0
        progress((index + within) / sheets)

    return tick
