"""
The Board's file layouts: header names, their aliases, and header detection.

Columns are found by their header's name, never by their position: the
Board reordered the web export's columns in November 2021, and readers that
counted columns broke. A header is compared after `normalize`, so spacing,
case and punctuation do not matter (``"Votes For Labor Org1"`` and
``"Votes for Labor Org 1"`` are the same column).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import final

import attrs


class Layout(enum.Enum):
    """
    Which of the Board's file layouts a table of tallies follows.

    >>> from laborvote.nlrb import Layout
    >>> Layout("foia")
    <Layout.FOIA: 'foia'>

    Attributes:
        WEB_EXPORT: The "Recent Election Results" export of nlrb.gov
            (CSV, in its layout since late 2021).
        FOIA: The FOIA release of election results (NLRB-2022-000194),
            as xlsx or as CSV with the same header.
        ANNUAL_REPORT: An annual election report workbook: one row per
            election, without void or challenged ballots.

    .. versionadded:: 26.1.0
    """

    WEB_EXPORT = "web-export"
    FOIA = "foia"
    ANNUAL_REPORT = "annual-report"


_NOT_ALNUM = re.compile(r"[\W_]+")


def normalize(header: object) -> str:
    """
    Return *header* reduced to its lower-case letters and digits.

    >>> normalize("Votes For Labor Org1") == normalize("votes for labor org 1")
    True
    """
    if not isinstance(header, str):
        return ""
    return _NOT_ALNUM.sub("", header.casefold())


# The fields a reader knows, each with the headers that hold it, as written
# in the layouts of NLRB-DATA.md (web export, FOIA, annual reports).
_HEADERS: dict[str, tuple[str, ...]] = {
    "case_number": ("Case Number",),
    "case_name": ("Case Name",),
    "case_type": ("Case Type",),
    "status": ("Status", "Case Status"),
    "date_filed": ("Date Filed", "Case Filed Date"),
    "date_closed": ("Date Closed", "Case Closed Date", "Closed Date"),
    "reason_closed": ("Reason Closed", "Closed Reason"),
    "unit_id": ("Unit ID",),
    "ballot_type": ("Ballot Type", "Tally Category"),
    "tally_type": ("Tally Type",),
    "tally_date": ("Tally Date", "Election Held Date"),
    "eligible": ("No of Eligible Voters", "Num Eligible Voters"),
    "void": ("Void Ballots", "Num Void Ballots"),
    "union1": (
        "Labor Union1",
        "Labor Organization 1 Name",
        "Labor Org 1 Name",
        "Labor Org1",
    ),
    "votes1": (
        "Votes for Labor Union1",
        "Votes For Labor Org1",
        # Annual reports' deauthorization table: the votes to rescind.
        "For Proposition",
    ),
    "union2": (
        "Labor Union2",
        "Labor Organization 2 Name",
        "Labor Org 2 Name",
        "Labor Org2",
    ),
    "votes2": ("Votes for Labor Union2", "Votes For Labor Org2"),
    "union3": (
        "Labor Union3",
        "Labor Organization 3 Name",
        "Labor Org 3 Name",
        "Labor Org3",
    ),
    "votes3": ("Votes for Labor Union3", "Votes For Labor Org3"),
    "against": (
        "Votes Against",
        "Votes Cast Against Labor Org",
        "Valid Votes Against",
        "Against Proposition",
    ),
    "total": ("Total Ballots Counted", "Num Valid Votes Counted"),
    "challenged": ("Challenged Ballots", "Num Challenged Ballots"),
    "challenges_determinative": (
        "Challenges are Determinative",
        # The FOIA release's spelling, as the Board wrote it.
        "Challenges R Determinitive",
        "Challenges R Determinative",
        "Challenges are Determinitive",
    ),
    "runoff_required": ("Runoff Required",),
    "union_to_certify": ("Union to Certify",),
    "win": ("Cert of Rep (Win)",),
    "loss": ("Cert of Results (Loss)",),
}

# The most characters of a header that messages show.
_HEADER_SHOWN = 60

#: Normalized header -> field.
ALIASES: dict[str, str] = {
    normalize(header): field
    for field, headers in _HEADERS.items()
    for header in headers
}

#: Every field, in a fixed order (see `Table.index`).
FIELDS = tuple(_HEADERS)

#: The fields without which a table cannot be read.
REQUIRED = ("case_number", "union1", "votes1", "against")

# Headers found only in one layout.
_ANNUAL = frozenset(
    map(
        normalize,
        (
            "Election Held Date",
            "Cert of Rep (Win)",
            "Cert of Results (Loss)",
            "For Proposition",
            "Valid Votes Against",
        ),
    )
)
_FOIA = frozenset(
    map(normalize, ("Tally Category", "Num Valid Votes Counted"))
)


@final
@attrs.frozen
class Table:
    """
    A table's header: its layout and the column of each field it has.

    Attributes:
        layout: The layout the header follows.
        columns: field -> column index, for the fields the table has.
        headers: field -> the header cell as written (for messages).
        width: The number of cells of the header row.
        names: The header row's cells, as text (blank cells are ``""``).
    """

    layout: Layout
    columns: dict[str, int]
    headers: dict[str, str]
    width: int
    names: tuple[str, ...] = ()
    #: The fields the table has.
    fields: frozenset[str] = attrs.field(init=False)
    #: The column of each of `FIELDS`, in that order; -1 if absent.
    index: tuple[int, ...] = attrs.field(init=False)
    #: The columns of every field but the case number.
    data_columns: frozenset[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "fields", frozenset(self.columns))
        object.__setattr__(
            self,
            "data_columns",
            frozenset(
                i for f, i in self.columns.items() if f != "case_number"
            ),
        )
        object.__setattr__(
            self, "index", tuple(self.columns.get(f, -1) for f in FIELDS)
        )


def detect(cells: Sequence[object]) -> Table | None:
    """
    Return the `Table` whose header row is *cells*, or `None`.

    A row is a header if it names every `REQUIRED` field. When a header
    names a field twice, the first column wins.
    """
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    keys: set[str] = set()
    for i, cell in enumerate(cells):
        key = normalize(cell)
        keys.add(key)
        field = ALIASES.get(key)
        if field is not None and field not in columns:
            columns[field] = i
            header = str(cell).strip()
            if len(header) > _HEADER_SHOWN:  # for messages: one line
                header = header[: _HEADER_SHOWN - 3] + "..."
            headers[field] = header
    if not all(f in columns for f in REQUIRED):
        return None
    if keys & _ANNUAL:
        layout = Layout.ANNUAL_REPORT
    elif keys & _FOIA:
        layout = Layout.FOIA
    else:
        layout = Layout.WEB_EXPORT
    names = tuple("" if c is None else str(c).strip() for c in cells)
    return Table(layout, columns, headers, len(cells), names)
