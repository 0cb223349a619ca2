"""
`read`: open any of the Board's files, whatever its layout.

The format is told by the file's first bytes, read once: a stream that
cannot seek back (a pipe, standard input) is read on from those bytes, so
that none is lost.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from laborvote.exceptions import InvalidFileError
from laborvote.nlrb import _csv
from laborvote.nlrb._records import Record

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the legacy binary .xls format


def read(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[Record]:
    """
    Yield one `Record` per data row of an NLRB file, in file order.

    A workbook (xlsx, recognised by its content, not its name) is read with
    `read_xlsx`; anything else is read as CSV with `read_csv`.
    The layout is recognised from the header row, wherever it is.
    The file is opened when the iteration starts, and read once: a pipe
    such as ``/dev/stdin`` or ``sys.stdin.buffer`` loses no byte to the
    check of its format.

    >>> import pathlib, tempfile
    >>> from laborvote.nlrb import read
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "elections.csv"
    >>> _ = path.write_text(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
    ...     "10-RC-269250,RWDSU,738,1798\\n"
    ... )
    >>> [r.recorded.case_number for r in read(path)]
    ['10-RC-269250']

    Args:
        source: A path, or a binary stream (such as ``sys.stdin.buffer``).
            A name is never special: ``"-"`` is a file called ``-``.

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.InvalidFileError: If it is an old binary
            ``.xls`` workbook, or has no header row that laborvote knows.
        laborvote.exceptions.MissingDependencyError: If it is a workbook
            and openpyxl is not installed.

    .. versionadded:: 26.1.0
    """
    return stream(source)


def stream(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    progress: Callable[[float], None] | None = None,
    name: str | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *source*; see `read`.

    *name* names a stream in the records' `Source` and in messages (by
    default the stream's ``name``, or ``"<stream>"``).
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with Path(path).open("rb") as f:
            yield from _sniffed(f, name or path, progress)
    else:
        yield from _sniffed(source, name or _csv.stream_name(source), progress)


def _sniffed(
    f: IO[bytes], name: str, progress: Callable[[float], None] | None
) -> Iterator[Record]:
    """
    Yield the records of the binary stream *f*, told by its first bytes.
    """
    start = f.tell() if f.seekable() else None
    magic = _read_exactly(f, len(_ZIP))
    whole: IO[bytes]
    if start is not None:
        f.seek(start)
        whole = f
    else:
        whole = io.BufferedReader(_Joined(magic, f))
    if magic == _ZIP:
        from laborvote.nlrb import _xlsx  # noqa: PLC0415 - workbooks only

        yield from _xlsx.stream(whole, progress=progress, name=name)
    elif magic == _OLE:
        msg = f"{name}: an old binary .xls workbook; save it as .xlsx or CSV"
        raise InvalidFileError(msg, path=name)
    else:
        yield from _csv.stream(whole, progress=progress, name=name)


def _read_exactly(f: IO[bytes], n: int) -> bytes:
    """
    Read *n* bytes of *f*, or fewer at its end (a pipe may give fewer).
    """
    data = b""
    while len(data) < n:
        more = f.read(n - len(data))
        if not more:
            break
        data += more
    return data


class _Joined(io.RawIOBase):
    """
    The bytes *head*, then the rest of the stream *rest*.
    """

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self.head = head
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
