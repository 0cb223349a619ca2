"""
`read`: open any of the Board's files, whatever its layout.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from laborvote.exceptions import InvalidFileError
from laborvote.nlrb import _csv, _xlsx
from laborvote.nlrb._records import Record

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the legacy binary .xls format


def read(path: str | os.PathLike[str]) -> Iterator[Record]:
    """
    Yield one `Record` per data row of an NLRB file, in file order.

    A workbook (xlsx, recognised by its content, not its name) is read with
    `read_xlsx`; anything else is read as CSV with `read_csv`.
    The layout is recognised from the header row, wherever it is.
    The file is opened when the iteration starts.

    >>> import pathlib, tempfile
    >>> from laborvote.nlrb import read
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "elections.csv"
    >>> _ = path.write_text(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
    ...     "10-RC-269250,RWDSU,738,1798\\n"
    ... )
    >>> [r.recorded.case_number for r in read(path)]
    ['10-RC-269250']

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.InvalidFileError: If it is an old binary
            ``.xls`` workbook, or has no header row that laborvote knows.
        laborvote.exceptions.MissingDependencyError: If it is a workbook
            and openpyxl is not installed.

    .. versionadded:: 26.1.0
    """
    return stream(path)


def stream(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[float], None] | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *path*; see `read`.
    """
    name = os.fspath(path)
    with Path(name).open("rb") as f:
        magic = f.read(4)
    if magic == _ZIP:
        yield from _xlsx.stream(name, progress=progress)
    elif magic == _OLE:
        msg = f"{name}: an old binary .xls workbook; save it as .xlsx or CSV"
        raise InvalidFileError(msg, path=name)
    else:
        yield from _csv.stream(name, progress=progress)
