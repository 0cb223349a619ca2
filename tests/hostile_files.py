"""
Workbooks written byte by byte, for the tests of bad and hostile input.

openpyxl writes only well-formed workbooks; these helpers write the zip
file and its XML parts directly, so that a test can give a workbook a
stale ``<dimension>``, formulas without saved values, broken or hostile
XML, or parts that inflate far beyond their size.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from laborvote.nlrb._rows import Formula

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types">'
    b'<Default Extension="rels" ContentType="application/'
    b'vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType='
    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
    b'worksheet+xml"/>'
    b"%(strings)s"
    b"</Types>"
)
_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.'
    b"openxmlformats.org/officeDocument/2006/relationships/"
    b'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    b'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
    b"</sheets></workbook>"
)
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.'
    b"openxmlformats.org/officeDocument/2006/relationships/worksheet"
    b'" Target="worksheets/sheet1.xml"/>%(strings)s</Relationships>'
)
_STRINGS_REL = (
    b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/sharedStrings" '
    b'Target="sharedStrings.xml"/>'
)
_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def column(n: int) -> str:
    """
    Return the letters of the 1-based column *n* (``1`` is ``A``).
    """
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell(ref: str, value: object) -> bytes:
    """
    Return the XML of one cell: a number, inline text, or a `Formula`.
    """
    if isinstance(value, Formula):
        saved = "" if value.value is None else f"<v>{value.value}</v>"
        kind = ' t="str"' if isinstance(value.value, str) else ""
        return (
            f'<c r="{ref}"{kind}><f>{escape(value.formula.lstrip("="))}</f>'
            f"{saved}</c>"
        ).encode()
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'.encode()
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'.encode()
    text = escape(str(value))
    return (
        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}'
        "</t></is></c>"
    ).encode()


def sheet_xml(
    rows: Sequence[Sequence[object]],
    *,
    dimension: str | None = None,
    first: int = 1,
) -> bytes:
    """
    Return a worksheet's XML: *rows* from row *first*, empty cells left out.

    *dimension* is written as the sheet's declared size, whatever the
    rows are.
    """
    parts = [
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="' + _MAIN + b'">'
    ]
    if dimension is not None:
        parts.append(f'<dimension ref="{dimension}"/>'.encode())
    parts.append(b"<sheetData>")
    for r, values in enumerate(rows, first):
        parts.append(f'<row r="{r}">'.encode())
        parts.extend(
            cell(f"{column(c)}{r}", value)
            for c, value in enumerate(values, 1)
            if value is not None and value != ""
        )
        parts.append(b"</row>")
    parts.append(b"</sheetData></worksheet>")
    return b"".join(parts)


def shared_strings_xml(strings: Sequence[str]) -> bytes:
    """
    Return the XML of a shared strings part holding *strings*.
    """
    body = b"".join(
        b"<si><t>" + escape(s).encode() + b"</t></si>" for s in strings
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="'
        + _MAIN
        + f'" count="{len(strings)}" uniqueCount="{len(strings)}">'.encode()
        + body
        + b"</sst>"
    )


def workbook(
    sheet: bytes,
    *,
    shared_strings: bytes | None = None,
    parts: Mapping[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """
    Return the bytes of an xlsx workbook whose one sheet's XML is *sheet*.

    *parts* replace or add parts by name (``"xl/workbook.xml"``...).
    """
    strings = shared_strings is not None
    files = {
        "[Content_Types].xml": _CONTENT_TYPES
        % {b"strings": _STRINGS_TYPE if strings else b""},
        "_rels/.rels": _RELS,
        "xl/workbook.xml": _WORKBOOK,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS
        % {b"strings": _STRINGS_REL if strings else b""},
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared_strings is not None:
        files["xl/sharedStrings.xml"] = shared_strings
    files.update(parts or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


_HEADER = ["Case Number", "Labor Union1", "Votes for Labor Union1"]
HEADER = [*_HEADER, "Votes Against"]


def _inline(ref: str, text: bytes) -> bytes:
    return (
        b'<c r="'
        + ref.encode()
        + b'" t="inlineStr"><is><t>'
        + text
        + (b"</t></is></c>")
    )


def write_bomb(path: Path, size: int, *, where: str) -> Path:
    """
    Write a small workbook one of whose parts inflates past *size* bytes.

    The part is written in chunks, never held whole. *where* is
    ``"inline"`` (a cell's inline text), ``"shared"`` (a shared string),
    ``"number"`` (a number's digits), ``"cells"`` (a row of empty cells),
    ``"strings"`` (shared strings by the million) or ``"styles"`` (a
    styles part of empty tags). Row 2 holds the bomb, row 3 is a good
    tally of ``01-RC-2``.
    """
    head, tail = sheet_xml([HEADER]).split(b"</sheetData>")
    good = (
        b'<row r="3">'
        + _inline("A3", b"01-RC-2")
        + _inline("B3", b"B")
        + b'<c r="C3"><v>3</v></c><c r="D3"><v>4</v></c></row>'
    )
    chunk, filler = 1 << 20, b"x"
    second: tuple[str, bytes, bytes, bytes] | None = None
    if where == "inline":
        start = b'<row r="2">' + _inline("A2", b"01-RC-1")
        start += b'<c r="B2" t="inlineStr"><is><t>'
        end = b'</t></is></c><c r="C2"><v>1</v></c><c r="D2"><v>2</v></c>'
        end += b"</row>"
    elif where == "number":
        start = (
            b'<row r="2">' + _inline("A2", b"01-RC-1") + _inline("B2", b"A")
        )
        start += b'<c r="C2"><v>'
        end = b'</v></c><c r="D2"><v>2</v></c></row>'
        filler = b"9"
    elif where == "cells":
        start, end, filler = b'<row r="2">', b"</row>", b"<c/>"
    else:
        start = end = b""
        size = 0
        if where == "shared":
            body = b"<si><t>", b"x", b"</t></si>"
        elif where == "strings":
            body = b"", b"<si><t>ab</t></si>", b""
        else:
            body = b"", b"<x/>", b""
        root = b"sst" if where != "styles" else b"styleSheet"
        part = "xl/sharedStrings.xml" if root == b"sst" else "xl/styles.xml"
        second = (
            part,
            b'<?xml version="1.0"?>\n<'
            + root
            + b' xmlns="'
            + _MAIN
            + b'">'
            + body[0],
            body[1],
            body[2] + b"</" + root + b">",
        )
        if where == "shared":
            start = b'<row r="2">' + _inline("A2", b"01-RC-1")
            start += b'<c r="B2" t="s"><v>0</v></c><c r="C2"><v>1</v></c>'
            start += b'<c r="D2"><v>2</v></c></row>'
    files = {
        "[Content_Types].xml": _CONTENT_TYPES
        % {
            b"strings": _STRINGS_TYPE
            if where in {"shared", "strings"}
            else b""
        },
        "_rels/.rels": _RELS,
        "xl/workbook.xml": _WORKBOOK,
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS
        % {
            b"strings": _STRINGS_REL if where in {"shared", "strings"} else b""
        },
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(head + start)
            _fill(f, filler, size, chunk)
            f.write(end + good + b"</sheetData>" + tail)
        if second is not None:
            part, before, repeated, after = second
            with z.open(part, "w") as f:
                f.write(before)
                _fill(f, repeated, 12 << 20, chunk)  # past the limits
                f.write(after)
    return path


def _fill(f: IO[bytes], unit: bytes, size: int, chunk: int) -> None:
    """
    Write *unit* again and again to *f*, about *size* bytes of it.
    """
    block = unit * max(1, chunk // len(unit))
    written = 0
    while written < size:
        f.write(block)
        written += len(block)
