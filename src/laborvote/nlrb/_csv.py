"""
Read the Board's CSV files: the web export, and the FOIA release as CSV.

A file is read line by line, in bytes, and each line decoded on its own,
so that a bad line never ends the file: a line that is not UTF-8, a line
longer than `LINE_LIMIT` bytes and a row the csv module refuses (a cell
over its field limit) each make their row an error record, and reading
goes on with the next row.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from laborvote.exceptions import (
    InvalidFileError,
    InvalidRecordError,
    LaborVoteError,
)
from laborvote.nlrb._records import Record
from laborvote.nlrb._tables import Row, first_header, records

#: The longest line read, in characters; the rest of a longer line is
#: skipped and its row is an error record. A row of the Board's files is
#: well under a kilobyte.
LINE_LIMIT = 1 << 20


def read_csv(
    source: str | os.PathLike[str] | IO[str] | IO[bytes],
) -> Iterator[Record]:
    """
    Yield one `Record` per data row of a CSV file, in file order.

    The header row is found by its column names (within the first 30
    rows), so the web export, the FOIA release as CSV, and the same data
    with columns in any order are all read. Rows stream: the file is never
    held in memory. The file is opened when the iteration starts, so a
    missing or unrecognised file raises then.

    A row that cannot be read becomes an error record, and reading goes
    on: a line that is not UTF-8 (its record shows the row read with
    U+FFFD in place of each bad byte), a line longer than a mebibyte,
    and a cell longer than the csv module's field limit (131,072
    characters).

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
        source: A path, a binary stream (such as ``sys.stdin.buffer``),
            or a text stream opened with ``newline=""``. Files and binary
            streams are read as UTF-8, with or without a byte-order mark.

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.InvalidFileError: If the file is not CSV text
            or has no header row that laborvote knows.

    .. versionadded:: 26.1.0
    """
    return stream(source)


def stream(
    source: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    progress: Callable[[float], None] | None = None,
    name: str | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *source*; see `read_csv`.

    *progress*, if given, is called now and then with the fraction of the
    file read so far (for a file on disk). *name* names a stream in the
    records' `Source` (by default its ``name``, or ``"<stream>"``).
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with Path(path).open("rb") as f:
            yield from _stream(f, name or path, progress, binary=True)
    else:
        binary = isinstance(source.read(0), bytes)
        yield from _stream(
            source, name or stream_name(source), progress, binary=binary
        )


def stream_name(source: object) -> str:
    """
    Return the name of the stream *source*, or ``"<stream>"``.
    """
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<stream>"


# A byte that is not UTF-8, as the surrogateescape error handler reads it.
_BAD_BYTE = re.compile("[\udc80-\udcff]")


class _Lines:
    """
    The lines of a CSV file, and the `csv.reader` that reads them.

    Remembers what is wrong with each bad line. A stream that laborvote
    decodes itself is decoded with ``surrogateescape``, so that a byte
    that is not UTF-8 is found in its line, which is then read with
    U+FFFD in its place. Lines are counted by the reader itself
    (`csv.reader` ``line_num``): the work per line is a ``readline`` and
    a look at its length and (if it is not ASCII) its characters.
    """

    def __init__(self, f: IO[str], *, escaped: bool) -> None:
        self.f = f
        self.escaped = escaped
        self.first_bad: int | None = None
        self.problems: dict[int, tuple[LaborVoteError, bool]] = {}
        self.reader = csv.reader(self)

    @property
    def number(self) -> int:
        """
        The number of lines handed to the reader so far.
        """
        return self.reader.line_num

    def __iter__(self) -> Iterator[str]:
        readline = self.f.readline
        escaped = self.escaped
        limit = LINE_LIMIT
        while True:
            line = readline(limit)
            if not line:
                return
            if len(line) == limit and line[-1] not in "\r\n":
                yield self._skip(len(line))
            elif escaped and not line.isascii():
                bad = _BAD_BYTE.search(line)
                yield line if bad is None else self._bad(line, bad.start())
            else:
                yield line

    def _bad(self, line: str, at: int) -> str:
        """
        Record that *line* has a byte that is not UTF-8, at *at*.
        """
        number = self.number + 1  # the reader counts it once it has it
        byte = ord(line[at]) - 0xDC00
        msg = (
            f"line {number} is not UTF-8 text (the byte 0x{byte:02x} "
            f"after {at:,} characters); the row was read with U+FFFD for "
            "each bad byte"
        )
        if self.first_bad is None:
            self.first_bad = number
        self.problems[number] = (
            InvalidRecordError(msg, field="row", value=bytes([byte])),
            True,
        )
        return _BAD_BYTE.sub("\ufffd", line)

    def _skip(self, length: int) -> str:
        """
        Skip the rest of a line longer than `LINE_LIMIT`.
        """
        while True:
            rest = self.f.readline(LINE_LIMIT)
            length += len(rest)
            if not rest or rest[-1] in "\r\n":
                break
        number = self.number + 1
        msg = (
            f"line {number} is {length:,} characters long, more than "
            f"laborvote reads of a line ({LINE_LIMIT:,})"
        )
        error = InvalidRecordError(msg, field="row", value=length)
        self.problems[number] = (error, False)
        return "\n"

    def problem(self, first: int) -> tuple[LaborVoteError, bool] | None:
        """
        Return what is wrong with lines *first* to the last line read.

        The flag says whether the row's cells can still be shown: a row
        with a skipped line has lost them.
        """
        found = None
        for line in range(first, self.number + 1):
            here = self.problems.pop(line, None)
            if here is not None and (found is None or found[1]):
                found = here
        return found


def _rows(lines: _Lines) -> Iterator[Row]:
    """
    Yield each row of *lines* with the line where it starts.
    """
    reader = lines.reader
    problems = lines.problems
    while True:
        start = reader.line_num + 1
        try:
            cells: list[str] | None = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            msg = (
                f"line {lines.number} is not CSV that laborvote can read: {e}"
            )
            error: LaborVoteError = InvalidRecordError(
                msg, field="row", value=str(e)
            )
            lines.problem(start)
            yield start, None, error
            continue
        problem = lines.problem(start) if problems else None
        if problem is None:
            yield start, cells, None
        else:
            error, shown = problem
            yield start, cells if shown else None, error


def _stream(
    f: IO[Any],
    name: str,
    progress: Callable[[float], None] | None,
    *,
    binary: bool,
) -> Iterator[Record]:
    tick = None if progress is None else _ticker(f, progress, binary=binary)
    if not binary:
        yield from _read(f, name, tick, escaped=False)
        return
    text = io.TextIOWrapper(
        f, encoding="utf-8-sig", errors="surrogateescape", newline=""
    )
    try:
        yield from _read(text, name, tick, escaped=True)
    finally:
        text.detach()  # the caller's stream stays open


def _read(
    f: IO[str],
    name: str,
    tick: Callable[[int], None] | None,
    *,
    escaped: bool,
) -> Iterator[Record]:
    lines = _Lines(f, escaped=escaped)
    rows = _rows(lines)
    try:
        table = first_header(rows)
        if table is None:
            msg = (
                f"{name}: no NLRB election header found in the first rows "
                "(a header names at least the columns Case Number, a labor "
                "organization, its votes, and the votes against)"
            )
            if lines.first_bad is not None:
                msg = (
                    f"{name}: not UTF-8 text (line {lines.first_bad} is "
                    "not), and no NLRB election header found in the first "
                    "rows; save it as UTF-8"
                )
            raise InvalidFileError(msg, path=name)
        yield from records(
            table, rows, file=name, sheet=None, first=1, progress=tick
        )
    except UnicodeDecodeError as e:  # from a text stream the caller opened
        msg = f"{name}: not UTF-8 text ({e.reason}); save it as UTF-8"
        raise InvalidFileError(msg, path=name) from None


def _ticker(
    f: IO[Any], progress: Callable[[float], None], *, binary: bool = False
) -> Callable[[int], None] | None:
    """
    Return a callback that reports how much of *f* is read, if it can.

    Only a file on disk can: its size is known, and its binary buffer
    knows how far the text layer has read.
    """
    try:
        size = os.fstat(f.fileno()).st_size
        position = f.tell if binary else f.buffer.tell  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return None
    if not size:
        return None

    def tick(_line: int) -> None:
        progress(min(position() / size, 1.0))

    return tick
