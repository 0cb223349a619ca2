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
        return (
            f'<c r="{ref}"><f>{escape(value.formula.lstrip("="))}</f>'
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


def bomb(size: int, *, where: str = "inline") -> bytes:
    """
    Return a small workbook one of whose cells inflates to *size* bytes.

    *where* is ``"inline"`` (an inline string in the sheet),
    ``"shared"`` (a shared string) or ``"number"`` (a number's digits).
    """
    header = sheet_xml(
        [
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ]
        ]
    )
    head, tail = header.split(b"</sheetData>")
    big = b"9" * size if where == "number" else b"x" * size
    if where == "inline":
        row = (
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>01-RC-1</t></is></c>'
            b'<c r="B2" t="inlineStr"><is><t>' + big + b"</t></is></c>"
            b'<c r="C2"><v>1</v></c><c r="D2"><v>2</v></c></row>'
        )
        strings = None
    elif where == "shared":
        row = (
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>01-RC-1</t></is></c>'
            b'<c r="B2" t="s"><v>0</v></c>'
            b'<c r="C2"><v>1</v></c><c r="D2"><v>2</v></c></row>'
        )
        strings = (
            b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="'
            + _MAIN
            + b'"><si><t>'
            + big
            + b"</t></si></sst>"
        )
    else:
        row = (
            b'<row r="2"><c r="A2" t="inlineStr"><is><t>01-RC-1</t></is></c>'
            b'<c r="B2" t="inlineStr"><is><t>A</t></is></c>'
            b'<c r="C2"><v>' + big + b'</v></c><c r="D2"><v>2</v></c></row>'
        )
        strings = None
    good = (
        b'<row r="3"><c r="A3" t="inlineStr"><is><t>01-RC-2</t></is></c>'
        b'<c r="B3" t="inlineStr"><is><t>B</t></is></c>'
        b'<c r="C3"><v>3</v></c><c r="D3"><v>4</v></c></row>'
    )
    return workbook(
        head + row + good + b"</sheetData>" + tail, shared_strings=strings
    )
