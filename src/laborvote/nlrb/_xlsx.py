"""
Read the Board's workbooks: the FOIA release and the annual reports.

openpyxl (the ``xlsx`` extra) is imported only when a workbook is read,
and defusedxml (the same extra) must be installed: openpyxl then parses
the workbook's XML with it, which refuses entity declarations and
external entities.

Workbooks are opened read-only and never calculated: a formula cell gives
the value the workbook saved for it, and the record says so
(`laborvote.nlrb.Record.formulas`); a formula saved without a value makes
its row an error record.

A workbook is a zip file of XML parts, and a small one can inflate to
gigabytes. laborvote bounds what it reads, so that reading any file takes
a bounded amount of memory (well under 100 MB):

- every part is read through `_Guard`, which stops at `PART_LIMIT` bytes
  for a part parsed whole (a worksheet, read as a stream, has no total
  limit, and the shared strings have theirs), refuses a row of more than
  `ROW_LIMIT` bytes or `TAGS_LIMIT` tags, and replaces a cell's text
  longer than `TEXT_LIMIT` bytes by a marker, so that its row becomes an
  error record;
- only the parts that hold the rows are read: the list of parts, the
  workbook, the styles, the shared strings and the worksheets;
- the declared size of a part is never trusted: `zipfile` stops at it,
  and laborvote reads in bounded chunks;
- a worksheet's declared size (its ``<dimension>``) is ignored: rows are
  read until the sheet's real end, each where the sheet puts it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import IO, Any, Self
from xml.etree.ElementTree import ParseError

from laborvote._core import validators as v
from laborvote.exceptions import InvalidFileError
from laborvote.nlrb._optional import require
from laborvote.nlrb._records import Record
from laborvote.nlrb._rows import MAX_CELL, Formula, Unreadable
from laborvote.nlrb._tables import Row, first_header, records

#: The most bytes read of a part other than a worksheet.
PART_LIMIT = 4 << 20

#: The most bytes read of the shared strings (the text of the cells).
SHARED_STRINGS_LIMIT = 32 << 20

#: The most shared strings read.
SHARED_STRINGS_COUNT = 500_000

#: The most bytes of one row of a worksheet (or one shared string).
ROW_LIMIT = 8 << 20

#: The most XML tags in one row of a worksheet, or in a part read whole.
TAGS_LIMIT = 200_000

#: The longest text read from one cell, in bytes; longer text is replaced
#: by a marker longer than any cell may be (`MAX_CELL`).
TEXT_LIMIT = 256 << 10

#: The most bytes of a workbook read from a stream that cannot seek (it
#: is copied to a temporary file first).
WORKBOOK_LIMIT = 512 << 20

#: Excel's limits: the last row and column of a worksheet.
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384

_CHUNK = 64 << 10

# What a long text becomes: a string longer than any cell may hold.
_MARKER = ("\ue000" * (MAX_CELL + 1)).encode()
_MARKED = "\ue000" * 16

# The start of an XML part: a UTF-8 byte-order mark, an XML declaration,
# and the root element's tag.
_START = re.compile(
    rb"(?:\xef\xbb\xbf)?[ \t\r\n]*"
    rb"(?P<declaration><\?xml[ \t\r\n][^<>]*\?>)?[ \t\r\n]*<[A-Za-z_]"
)
_ENCODING = re.compile(rb"""encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)""")
_ROW_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?row[ \t\r\n]*>")
_STRING_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[ \t\r\n/>]")
_STRING_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?si[ \t\r\n]*>")


class _Guard:
    """
    A part of a workbook, read in bounded chunks, with limits on its XML.

    Excel writes neither DTDs, nor comments, nor CDATA sections, nor
    processing instructions after the XML declaration; a part that holds
    one is refused, and so is one that is not UTF-8.
    """

    def __init__(  # noqa: PLR0913 - the limits of one kind of part
        self,
        raw: IO[bytes],
        *,
        name: str,
        part: str,
        total: int | None = None,
        record: re.Pattern[bytes] | None = None,
        count: re.Pattern[bytes] | None = None,
        most: int | None = None,
    ) -> None:
        self.raw = raw
        self.name = name
        self.part = part
        self.total = total
        self.record = record
        self.count = count
        self.most = most
        self.read_bytes = 0
        self.counted = 0
        self.record_bytes = 0
        self.record_tags = 0
        self.pending = b""
        self.skipping = False
        self.started = False
        self.declaration = -1
        self.done = False

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """
        Close the part.
        """
        self.raw.close()

    def fail(self, why: str) -> InvalidFileError:
        """
        Return the error that refuses the part, saying *why*.
        """
        msg = f"{self.name}: {self.part} in the workbook {why}"
        return InvalidFileError(msg, path=self.name)

    def read(self, n: int = -1) -> bytes:
        """
        Return the next bytes of the part, or ``b""`` at its end.

        At most about *n* bytes are returned, all of them if *n* is
        negative.
        """
        if n < 0:  # to parse it whole: at most PART_LIMIT
            self.total = min(self.total or PART_LIMIT, PART_LIMIT)
            parts = []
            while chunk := self.read(_CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        while not self.done:
            data = self.raw.read(_CHUNK)
            if not data:
                self.done = True
                out, self.pending = self.pending, b""
                if not self.started and out.strip():
                    self._start(out)
                self._check(out)
                return out
            out = self._take(data)
            if out:
                return out
        return b""

    def _take(self, data: bytes) -> bytes:
        """
        Return the bytes of *data* that can go to the XML parser now.

        Holds back the bytes after the last ``<``, to judge the length of
        the text or tag that starts there.
        """
        if self.skipping:
            at = data.find(b"<")
            if at < 0:
                return b""
            data = data[at:]
            self.skipping = False
        data = self.pending + data
        if not self.started:
            if len(data) < 512:  # noqa: PLR2004 - enough for a declaration
                self.pending = data
                return b""
            self._start(data)
        last = max(data.rfind(b"<"), 0)  # there is one, but at the start
        out, self.pending = data[:last], data[last:]
        if len(self.pending) > 2 * TEXT_LIMIT:
            out += self._long()
        self._check(out)
        return out

    def _start(self, data: bytes) -> None:
        """
        Check that *data*, the start of the part, is UTF-8 XML.
        """
        self.started = True
        m = _START.match(data)
        if m is None:
            why = "is not UTF-8 XML"
            raise self.fail(why)
        declaration = m["declaration"]
        if declaration is not None:
            self.declaration = m.start("declaration")
            encoding = _ENCODING.search(declaration)
            if encoding is not None and encoding[1].lower() not in {
                b"utf-8",
                b"utf8",
            }:
                why = (
                    f"is in {v.shown(encoding[1].decode('ascii', 'replace'))}"
                    ", not UTF-8"
                )
                raise self.fail(why)

    def _long(self) -> bytes:
        """
        Return what replaces the long text held back: its tag, a marker.
        """
        end = self.pending.find(b">")
        if end < 0 or end > TEXT_LIMIT:
            why = (
                f"has a tag longer than {TEXT_LIMIT:,} bytes, which laborvote "
                "does not read"
            )
            raise self.fail(why)
        out = self.pending[: end + 1] + _MARKER
        self.pending = b""
        self.skipping = True
        return out

    def _check(self, out: bytes) -> None:
        """
        Count *out* against the limits of the part.
        """
        start = self.read_bytes
        self.read_bytes += len(out)
        if self.total is not None and self.read_bytes > self.total:
            why = (
                f"holds more than {self.total:,} bytes, more than laborvote "
                "reads of it"
            )
            raise self.fail(why)
        at = out.find(b"<!")
        if at >= 0:
            why = (
                "holds a DTD, a comment or a CDATA section, which laborvote "
                "does not read"
            )
            raise self.fail(why)
        at = out.find(b"<?")
        while at >= 0:
            if start + at != self.declaration:
                why = (
                    "holds a processing instruction, which laborvote does "
                    "not read"
                )
                raise self.fail(why)
            at = out.find(b"<?", at + 2)
        if self.count is not None and self.most is not None:
            self.counted += len(self.count.findall(out))
            if self.counted > self.most:
                why = (
                    f"holds more than {self.most:,} strings, more than "
                    "laborvote reads"
                )
                raise self.fail(why)
        self._records(out)

    def _records(self, out: bytes) -> None:
        """
        Count the bytes and tags of each record (row, string) in *out*.
        """
        ends = [] if self.record is None else list(self.record.finditer(out))
        tail = out
        if ends:
            head = out[: ends[0].end()]
            self._add(len(head), head.count(b"<"))
            tail = out[ends[-1].end() :]
            self.record_bytes = self.record_tags = 0
        self._add(len(tail), tail.count(b"<"))

    def _add(self, size: int, tags: int) -> None:
        self.record_bytes += size
        self.record_tags += tags
        if self.record_bytes > ROW_LIMIT or self.record_tags > TAGS_LIMIT:
            what = "part" if self.record is None else "row or string"
            why = (
                f"has a {what} of more than {ROW_LIMIT:,} bytes or "
                f"{TAGS_LIMIT:,} tags, more than laborvote reads"
            )
            raise self.fail(why)


class _Archive:
    """
    A workbook's zip file, whose parts openpyxl reads through `_Guard`.

    A part read whole (`read`, or ``open(part).read()``) may hold at most
    `PART_LIMIT` bytes; a part read as a stream has limits on each of its
    rows, and the shared strings, which are kept, their own (`shared`).
    """

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.archive, attribute)

    def open(self, part: str, mode: str = "r") -> _Guard:  # noqa: ARG002
        """
        Open *part* to stream it, with the limits of a worksheet.
        """
        return _Guard(
            self.archive.open(part),
            name=self.name,
            part=part,
            total=None,
            record=_ROW_END,
        )

    def read(self, part: str) -> bytes:
        """
        Return *part*, read whole within `PART_LIMIT`.
        """
        with self.open(part) as f:
            return f.read()

    def shared(self, part: str) -> _Guard:
        """
        Open the shared strings *part*, with their limits.
        """
        return _Guard(
            self.archive.open(part),
            name=self.name,
            part=part,
            total=SHARED_STRINGS_LIMIT,
            record=_STRING_END,
            count=_STRING_START,
            most=SHARED_STRINGS_COUNT,
        )


def _reader(archive: _Archive) -> Any:
    """
    Return openpyxl's workbook reader, reading only what laborvote needs.

    That is the list of parts, the shared strings, the workbook (its
    sheets and date system) and the styles (which numbers are dates),
    each through *archive*; not the properties, the theme, the defined
    names, charts or images, and no sheet before laborvote reads it.
    """
    from openpyxl.cell.text import Text  # noqa: PLC0415
    from openpyxl.reader.excel import ExcelReader  # noqa: PLC0415
    from openpyxl.styles.stylesheet import apply_stylesheet  # noqa: PLC0415
    from openpyxl.xml.constants import (  # noqa: PLC0415
        SHARED_STRINGS,
        SHEET_MAIN_NS,
    )
    from openpyxl.xml.functions import iterparse  # noqa: PLC0415

    string_tag = f"{{{SHEET_MAIN_NS}}}si"

    class Reader(ExcelReader):
        def __init__(self) -> None:  # not ExcelReader's: no zip of its own
            self.archive = archive  # type: ignore[assignment]
            self.valid_files = archive.namelist()
            self.read_only = True
            self.keep_vba = False
            self.data_only = True
            self.keep_links = False
            self.rich_text = False
            self.shared_strings: list[str] = []

        def read_strings(self) -> None:
            """
            Read the shared strings as openpyxl does, keeping only them.
            """
            found = self.package.find(SHARED_STRINGS)  # type: ignore[no-untyped-call]
            if found is None:
                return
            strings = self.shared_strings
            root = None
            with archive.shared(found.PartName[1:]) as src:
                for event, node in iterparse(src, events=("start", "end")):
                    if root is None:
                        root = node
                    elif event == "end" and node.tag == string_tag:
                        text = Text.from_tree(node)
                        content = "" if text is None else text.content
                        strings.append(content.replace("x005F_", ""))
                        root.clear()  # this string, and those before

        def sheets(self) -> list[tuple[str, str]]:
            """
            Read the workbook, and return each worksheet's title and part.
            """
            self.read_manifest()
            self.read_strings()
            self.read_workbook()
            apply_stylesheet(self.archive, self.wb)
            return [
                (sheet.name, rel.target)
                for sheet, rel in self.parser.find_sheets()
                if rel.target in self.valid_files
                and "chartsheet" not in rel.Type
            ]

    return Reader()


def read_xlsx(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[Record]:
    """
    Yield one `Record` per data row of a workbook, sheet by sheet.

    Every worksheet is searched for header rows (within its first 30
    rows, and then anywhere below a table, for tables stacked in one
    sheet); sheets without one, such as a summary, are skipped, and so
    are titles, notes and blank rows. Data rows are numbered across the
    whole workbook. Rows stream from the file; the workbook is opened
    when the iteration starts. Every row of a sheet is read, whatever
    size the sheet declares.

    Formulas are never calculated: a formula's value is the one the
    workbook saved, and `Record.formulas` names the cells that hold one;
    a formula saved without a value makes its row an error record, and so
    does a cell longer than 32,767 characters (Excel's limit) or a cell
    that cannot be read.

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
        source: A path, or a binary stream. A stream that cannot seek
            (a pipe) is copied to a temporary file first.

    Raises:
        OSError: If the file cannot be opened.
        laborvote.exceptions.MissingDependencyError: If openpyxl or
            defusedxml is not installed (``pip install 'laborvote[xlsx]'``).
        laborvote.exceptions.InvalidFileError: If the file is not an xlsx
            workbook, no sheet has a header row that laborvote knows, or
            its XML is malformed, holds a DTD or entities, or is larger
            than laborvote reads (after the records of the rows before).

    .. versionadded:: 26.1.0
    """
    return stream(source)


# What a broken workbook raises from openpyxl, zipfile, zlib and the XML
# parser (defusedxml's errors are ValueErrors).
_BROKEN = (
    ParseError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    OverflowError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,  # a compression zipfile does not know
)


def _broken(name: str, error: BaseException, where: str) -> InvalidFileError:
    """
    Return the error for a workbook that *error* shows broken.
    """
    detail = v.shown(str(error).splitlines()[0] if str(error) else error)
    msg = f"{name}: {where} ({type(error).__name__}: {detail})"
    return InvalidFileError(msg, path=name)


def stream(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    progress: Callable[[float], None] | None = None,
    name: str | None = None,
) -> Iterator[Record]:
    """
    Yield the records of *source*; see `read_xlsx`.

    *progress*, if given, is called now and then with the fraction of the
    workbook read so far. *name* names a stream in the records' `Source`.
    """
    require("openpyxl", extra="xlsx", purpose="reading .xlsx files")
    require("defusedxml", extra="xlsx", purpose="reading .xlsx files safely")
    with contextlib.ExitStack() as stack:
        if isinstance(source, (str, os.PathLike)):
            path = os.fspath(source)
            name = name or path
            source = stack.enter_context(Path(path).open("rb"))
        else:
            name = name or _name(source)
        if not source.seekable():
            source = stack.enter_context(_spool(source, name))
        try:
            archive = _Archive(zipfile.ZipFile(source), name)
            stack.callback(archive.close)
            reader = _reader(archive)
            with warnings.catch_warnings():
                # Parts that laborvote does not read anyway.
                warnings.simplefilter("ignore", UserWarning)
                sheets = reader.sheets()
        except InvalidFileError:
            raise
        except OSError as e:
            if e.errno is not None:  # a real I/O error, not a bad zip
                raise
            raise _broken(name, e, "not an xlsx workbook") from None
        except _BROKEN as e:
            raise _broken(name, e, "not an xlsx workbook") from None
        yield from _sheets(reader, sheets, archive, name, progress)


def _name(source: object) -> str:
    """
    Return the name of the stream *source*, or ``"<stream>"``.
    """
    found = getattr(source, "name", None)
    return found if isinstance(found, str) else "<stream>"


@contextlib.contextmanager
def _spool(source: IO[bytes], name: str) -> Iterator[IO[bytes]]:
    """
    Copy the stream *source* to a temporary file, and yield that.

    Raises:
        InvalidFileError: If it is longer than `WORKBOOK_LIMIT`.
    """
    with tempfile.TemporaryFile() as f:
        copied = 0
        while chunk := source.read(_CHUNK):
            copied += len(chunk)
            if copied > WORKBOOK_LIMIT:
                msg = (
                    f"{name}: a workbook of more than {WORKBOOK_LIMIT:,} "
                    "bytes, more than laborvote reads from a stream"
                )
                raise InvalidFileError(msg, path=name)
            f.write(chunk)
        f.seek(0)
        yield f


def _sheets(
    reader: Any,
    sheets: list[tuple[str, str]],
    archive: _Archive,
    name: str,
    progress: Callable[[float], None] | None,
) -> Iterator[Record]:
    row = 1
    found = False
    parser = _parser()
    for index, (title, part) in enumerate(sheets):
        with _open_sheet(archive, part, title, name) as src:
            rows = _rows(parser, reader, src, title, name)
            table = first_header(rows)
            if table is None:
                rows.close()
                continue
            found = True
            tick = None
            if progress is not None:
                size = archive.getinfo(part).file_size
                tick = _ticker(progress, index, len(sheets), src, size)
            row = yield from records(
                table, rows, file=name, sheet=title, first=row, progress=tick
            )
    if not found:
        msg = (
            f"{name}: no sheet has an NLRB election header in its first rows "
            "(a header names at least the columns Case Number, a labor "
            "organization, its votes, and the votes against)"
        )
        raise InvalidFileError(msg, path=name)


def _open_sheet(archive: _Archive, part: str, title: str, name: str) -> _Guard:
    """
    Open the worksheet *part* of *archive*.

    Raises:
        InvalidFileError: If the zip file cannot open it.
    """
    try:
        return archive.open(part)
    except _BROKEN as e:
        where = f"sheet {v.shown(title)} cannot be read"
        raise _broken(name, e, where) from None


def _rows(
    parser: Any, reader: Any, src: _Guard, title: str, name: str
) -> Generator[Row, None, None]:
    """
    Yield the rows of the sheet *src*, each with its number, as it has it.

    Rows are read to the sheet's end, whatever size it declares; empty
    cells are `None`.

    Raises:
        InvalidFileError: If the sheet's XML is broken, or beyond the
            limits of `_Guard` or Excel's.
    """
    book = reader.wb
    try:
        cells = parser(
            src,
            reader.shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,  # noqa: SLF001
            timedelta_formats=book._timedelta_formats,  # noqa: SLF001
        )
        for line, found in cells.parse():
            yield line, _row(line, found, name), None
    except InvalidFileError:
        raise
    except _BROKEN as e:
        where = f"sheet {v.shown(title)} cannot be read"
        raise _broken(name, e, where) from None


def _row(line: int, found: list[dict[str, Any]], name: str) -> list[object]:
    """
    Return the cells of row *line*, from the cells the parser *found*.

    The row ends at its last cell that is not empty.
    """
    if not 1 <= line <= MAX_ROW:
        msg = f"{name}: a row numbered {line:,}, beyond Excel's {MAX_ROW:,}"
        raise InvalidFileError(msg, path=name)
    if not found:
        return []
    width = max(c["column"] for c in found)
    if width > MAX_COLUMN:
        msg = (
            f"{name}: row {line:,} has a cell in column {width:,}, beyond "
            f"Excel's {MAX_COLUMN:,}"
        )
        raise InvalidFileError(msg, path=name)
    cells: list[object] = [None] * width
    seen = 0
    for c in found:
        column = c["column"]
        if column <= seen:
            cells[column - 1] = Unreadable(
                f"the row has cells out of order, at column {column}"
            )
        else:
            cells[column - 1] = c["value"]
        seen = max(seen, column)
    while cells and cells[-1] is None:  # empty cells the sheet stored
        cells.pop()
    return cells


def _parser() -> Any:  # noqa: C901 - a class, built when openpyxl is
    """
    Return openpyxl's worksheet parser, made to keep what laborvote needs.

    A cell that holds a formula becomes a `Formula` with its saved value,
    and a cell that cannot be read an `Unreadable`, instead of ending the
    sheet.
    """
    from openpyxl.utils.cell import coordinate_to_tuple  # noqa: PLC0415
    from openpyxl.utils.datetime import from_excel  # noqa: PLC0415
    from openpyxl.worksheet._reader import (  # noqa: PLC0415
        FORMULA_TAG,
        ROW_TAG,
        VALUE_TAG,
        WorkSheetParser,
    )
    from openpyxl.xml.constants import SHEET_MAIN_NS  # noqa: PLC0415
    from openpyxl.xml.functions import iterparse  # noqa: PLC0415

    data_tag = f"{{{SHEET_MAIN_NS}}}sheetData"

    class Parser(WorkSheetParser):
        def parse(self) -> Generator[Any, None, None]:
            """
            Yield each row, and forget it: only rows are read.
            """
            root: Any = None
            data: Any = None
            in_row = False
            for event, element in iterparse(
                self.source, events=("start", "end")
            ):
                tag = element.tag
                if event == "start":
                    if root is None:
                        root = element
                    if tag == ROW_TAG:
                        in_row = True
                    elif tag == data_tag:
                        data = element
                elif tag == ROW_TAG:
                    in_row = False
                    row = self.parse_row(element)
                    # Forget the rows read so far, and this one.
                    (root if data is None else data).clear()
                    yield row
                elif not in_row:
                    element.clear()

        def parse_cell(self, element: Any) -> dict[str, Any]:
            try:
                bad = self._bad_date(element)
                cell: dict[str, Any] = (
                    super().parse_cell(element)
                    if bad is None
                    else self._unreadable(element, bad)
                )
            except (ValueError, IndexError, KeyError, TypeError) as e:
                if _MARKED in "".join(element.itertext()):
                    why = f"its text is longer than {TEXT_LIMIT:,} bytes"
                else:
                    why = f"{type(e).__name__}: {v.shown(str(e))}"
                return self._unreadable(element, why)
            formula = element.find(FORMULA_TAG)
            if formula is not None:
                cell["value"] = Formula(
                    formula="=" + (formula.text or ""), value=cell["value"]
                )
            return cell

        def _bad_date(self, element: Any) -> str | None:
            """
            Why *element* is a date cell out of range, or `None`.
            """
            if element.get("t", "n") != "n" or not self.date_formats:
                return None
            style = int(element.get("s") or 0)
            text = element.findtext(VALUE_TAG)
            if style not in self.date_formats or not text:
                return None
            try:
                from_excel(
                    float(text),
                    self.epoch,
                    timedelta=style in self.timedelta_formats,
                )
            except (OverflowError, ValueError):
                return f"a date out of range ({v.shown(text)})"
            return None

        def _unreadable(self, element: Any, why: str) -> dict[str, Any]:
            try:
                _, column = coordinate_to_tuple(element.get("r") or "")
            except (ValueError, TypeError):
                column = self.col_counter + 1
            self.col_counter = column
            return {
                "row": self.row_counter,
                "column": column,
                "value": Unreadable(why),
                "data_type": "e",
                "style_id": 0,
            }

    return Parser


def _ticker(
    progress: Callable[[float], None],
    index: int,
    sheets: int,
    src: _Guard,
    size: int,
) -> Callable[[int], None]:
    """
    Return a callback that reports the sheet, and how much of it is read.
    """

    def tick(_line: int) -> None:
        within = min(src.read_bytes / size, 1.0) if size else 0.0
        progress((index + within) / sheets)

    return tick
