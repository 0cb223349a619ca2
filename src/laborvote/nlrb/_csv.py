"""
Read the Board's CSV files: the web export, and the FOIA release as CSV.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from laborvote.exceptions import InvalidFileError
from laborvote.nlrb._records import Record
from laborvote.nlrb._tables import first_header, records


def read_csv(
    source: str | os.PathLike[str] | IO[str],
) -> Iterator[Record]:
    """
    Yield one `Record` per data row of a CSV file, in file order.

    The header row is found by its column names (within the first 30
    rows), so the web export, the FOIA release as CSV, and the same data
    with columns in any order are all read. Rows stream: the file is never
    held in memory. The file is opened when the iteration starts, so a
    missing or unrecognised file raises then.

    >>> import io
    >>> from laborvote.nlrb import read_csv
    >>> data = io.StringIO(
    ...     "Case Number,Unit ID,Labor Union1,Votes for Labor Union1,"
    ...     "Votes Against,Challenged Ballots\\n"
    ...     "29-RC-288020,A,Amazon Labor Union,2654,2131,67\\n"
    ... )
    >>> [record] = read_csv(data)
    >>> record.tally.votes, record.tally.challenged
    ((2654, 2131), 67)

    Args:
        source: A path, or a text stream opened with ``newline=""``.
            Files are read as UTF-8 (with or without a byte-order mark).

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.InvalidFileError: If the file is not CSV text
            or has no header row that laborvote knows.

    .. versionadded:: 26.1.0
    """
    return stream(source)


def stream(
    source: str | os.PathLike[str] | IO[str],
    *,
    progress: Callable[[float], None] | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *source*; see `read_csv`.

    *progress*, if given, is called now and then with the fraction of the
    file read so far (for a file on disk).
    """
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with Path(name).open(newline="", encoding="utf-8-sig") as f:
            yield from _stream(f, name, progress)
    else:
        yield from _stream(
            source, getattr(source, "name", "<stream>"), progress
        )


def _lines(
    reader: csv.Reader,  # type: ignore[name-defined]
) -> Iterator[tuple[int, list[str]]]:
    """
    Yield each row of *reader* with the line where it starts.
    """
    start = 1
    for cells in reader:
        yield start, cells
        start = reader.line_num + 1


def _stream(
    f: IO[str], name: str, progress: Callable[[float], None] | None
) -> Iterator[Record]:
    reader = csv.reader(f)
    rows = _lines(reader)
    tick = None if progress is None else _ticker(f, progress)
    try:
        table = first_header(rows)
        if table is None:
            msg = (
                f"{name}: no NLRB election header found in the first rows "
                "(a header names at least the columns Case Number, a labor "
                "organization, its votes, and the votes against)"
            )
            raise InvalidFileError(msg, path=name)
        yield from records(
            table, rows, file=name, sheet=None, first=1, progress=tick
        )
    except csv.Error as e:
        msg = (
            f"{name}: not CSV that laborvote can read, "
            f"line {reader.line_num}: {e}"
        )
        raise InvalidFileError(msg, path=name) from None
    except UnicodeDecodeError as e:
        msg = f"{name}: not UTF-8 text ({e.reason}); save it as UTF-8"
        raise InvalidFileError(msg, path=name) from None


def _ticker(
    f: IO[str], progress: Callable[[float], None]
) -> Callable[[int], None] | None:
    """
    Return a callback that reports how much of *f* is read, if it can.

    Only a file on disk can: its size is known, and its binary buffer
    knows how far the text layer has read.
    """
    try:
        size = os.fstat(f.fileno()).st_size
        position = f.buffer.tell  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None
    if not size:
        return None

    def tick(_line: int) -> None:
        progress(min(position() / size, 1.0))

    return tick
