"""
Test-only Hypothesis strategies for `laborvote.nlrb`: rows of the Board's
files, with the record that reading them must give.

(The NLRB part of ``tests/strategies.py``, kept in its own module while
the core's strategies are written beside it.)

The expected record is built from the generated values by the rules of
NLRB-DATA.md and the issue, not by the reader: choices in ballot order;
blank counts are zero; blank flags are "not recorded"; a runoff between
two unions has no against box when its against count is blank or zero;
the tally type gives the kind, a "Revised ..." ballot type a revised
tally (a runoff stays a runoff).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from hypothesis import strategies as st

from laborvote import Ballots, Tally, TallyKind
from laborvote import strategies as lvst
from laborvote._core.validators import name_key
from laborvote.nlrb import Layout, Recorded
from nlrb_files import ANNUAL_3, FOIA, WEB_EXPORT

HEADERS = {
    Layout.WEB_EXPORT: WEB_EXPORT,
    Layout.FOIA: FOIA,
    Layout.ANNUAL_REPORT: ANNUAL_3,
}

#: Where each value goes, per layout: (web export, FOIA, annual report).
COLUMNS: dict[str, tuple[str | None, str | None, str | None]] = {
    "case_number": ("Case Number", "Case Number", "Case Number"),
    "case_name": ("Case Name", "Case Name", "Case Name"),
    "status": ("Status", "Case Status", None),
    "date_filed": ("Date Filed", "Case Filed Date", None),
    "date_closed": ("Date Closed", "Case Closed Date", "Closed Date"),
    "reason_closed": ("Reason Closed", "Closed Reason", "Closed Reason"),
    "unit_id": ("Unit ID", "Unit ID", None),
    "ballot_type": ("Ballot Type", "Tally Category", None),
    "tally_type": ("Tally Type", "Tally Type", None),
    "tally_date": ("Tally Date", "Tally Date", "Election Held Date"),
    "eligible": (
        "No of Eligible Voters",
        "Num Eligible Voters",
        "Num Eligible Voters",
    ),
    "void": ("Void Ballots", "Num Void Ballots", None),
    "against": (
        "Votes Against",
        "Votes Cast Against Labor Org",
        "Valid Votes Against",
    ),
    "total": ("Total Ballots Counted", "Num Valid Votes Counted", None),
    "challenged": ("Challenged Ballots", "Num Challenged Ballots", None),
    "challenges_determinative": (
        "Challenges are Determinative",
        "Challenges R Determinitive",
        None,
    ),
    "runoff_required": ("Runoff Required", "Runoff Required", None),
    "union_to_certify": (
        "Union to Certify",
        "Union To Certify",
        "Union To Certify",
    ),
    "win": (None, None, "Cert of Rep (Win)"),
    "loss": (None, None, "Cert of Results (Loss)"),
}
UNIONS = {
    Layout.WEB_EXPORT: [
        (f"Labor Union{i}", f"Votes for Labor Union{i}") for i in (1, 2, 3)
    ],
    Layout.FOIA: [
        (f"Labor Organization {i} Name", f"Votes For Labor Org{i}")
        for i in (1, 2, 3)
    ],
    Layout.ANNUAL_REPORT: [
        ("Labor Org 1 Name", "Votes for Labor Org 1"),
        ("Labor Org 2 Name", "Votes for Labor Org 2"),
        ("Labor Org3", "Votes For Labor Org3"),
    ],
}
_AT = {Layout.WEB_EXPORT: 0, Layout.FOIA: 1, Layout.ANNUAL_REPORT: 2}

KINDS = {"Initial": TallyKind.INITIAL, "Rerun": TallyKind.RERUN}
BALLOT_TYPES = [
    "Single Labor Organization",
    "Two Labor Organizations",
    "Three Labor Organizations",
    "Revised Single Labor Org",
    "Revised Two Labor Orgs",
    "Self Determination",
]
REASONS = [
    "Certific. of Representative",
    "Certification of Results",
    "Withdrawal Non-adjusted",
    "Dismissal Non-adjusted",
]


class GeneratedRow(NamedTuple):
    """
    A row's cells by header, and the record's tally and recorded values.
    """

    cells: dict[str, Any]
    tally: Tally
    recorded: Recorded


def _date_cell(value: dt.date | None, layout: Layout, *, typed: bool) -> Any:
    if value is None:
        return None if typed else ""
    if typed:
        return dt.datetime(value.year, value.month, value.day)  # noqa: DTZ001 - as openpyxl reads it
    if layout is Layout.WEB_EXPORT:
        return f"{value.month:02d}/{value.day:02d}/{value.year}"
    return value.isoformat()


def _cell(
    draw: st.DrawFn, field: str, value: Any, layout: Layout, *, typed: bool
) -> Any:
    """
    Return the cell that writes *value* of *field*.

    A zero count is written blank or ``0`` (both mean zero); other blank
    values are an empty string, or an empty cell in a workbook.
    """
    if field in {"tally_date", "date_filed", "date_closed"}:
        return _date_cell(value, layout, typed=typed)
    if field in {"void", "challenged", "against", "votes"} and value == 0:
        return draw(st.sampled_from([None, 0] if typed else ["", "0"]))
    if value is None:
        return None if typed else ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, int) and not typed:
        return str(value)
    return value


@st.composite
def nlrb_rows(
    draw: st.DrawFn, *, layout: Layout, typed: bool = False
) -> GeneratedRow:
    """
    Generate one data row of *layout*, with the record it stands for.

    Cells are text (as in a CSV file), or with *typed* the values a
    workbook holds (numbers, datetimes, empty cells).
    """
    at = _AT[layout]
    annual = layout is Layout.ANNUAL_REPORT
    counts = st.integers(min_value=0, max_value=400)

    case = draw(lvst.case_numbers())
    names = draw(
        st.lists(
            lvst.union_names(max_size=20),
            min_size=1,
            max_size=3,
            unique_by=name_key,
        )
    )
    votes = [draw(counts) for _ in names]
    tally_type = (
        None
        if annual
        else draw(st.sampled_from(["Initial", "Rerun", "Run-off"]))
    )
    ballot_type = None if annual else draw(st.sampled_from(BALLOT_TYPES))
    against = draw(counts)
    runoff = tally_type == "Run-off"
    if runoff and len(names) > 1:
        against = draw(st.sampled_from([0, against]))
    void = 0 if annual else draw(counts)
    challenged = 0 if annual else draw(counts)
    eligible = draw(st.none() | counts)
    dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
    flags = st.sampled_from([True, False, None])
    won = draw(st.sampled_from([(None, None), ("WON", None), (None, "LOSS")]))
    recorded = Recorded(
        case_number=str(case),
        case_name=draw(st.none() | lvst.union_names()),
        case_type=case.case_type,
        status=None
        if annual
        else draw(st.sampled_from([None, "Closed", "Open"])),
        unit_id=None if annual else draw(st.sampled_from([None, "A", "B"])),
        tally_type=tally_type,
        ballot_type=ballot_type,
        tally_date=draw(dates),
        date_filed=None if annual else draw(dates),
        date_closed=draw(dates),
        reason_closed=draw(st.sampled_from([None, *REASONS])),
        eligible=eligible,
        void=None if annual else void,
        challenged=None if annual else challenged,
        total=None if annual else draw(st.none() | counts),
        challenges_determinative=None if annual else draw(flags),
        runoff_required=None if annual else draw(flags),
        union_to_certify=draw(st.none() | st.sampled_from(names)),
        win=won[0] if annual else None,
        loss=won[1] if annual else None,
    )
    cells: dict[str, Any] = {}
    for field, places in COLUMNS.items():
        header = places[at]
        if header is not None:
            value = against if field == "against" else getattr(recorded, field)
            cells[header] = _cell(draw, field, value, layout, typed=typed)
    for (name_header, votes_header), name, n in zip(
        UNIONS[layout], names, votes, strict=False
    ):
        cells[name_header] = name
        cells[votes_header] = _cell(draw, "votes", n, layout, typed=typed)
    if annual:
        cells["Case Type"] = case.case_type.value
    if runoff:
        kind = TallyKind.RUNOFF
    elif ballot_type is not None and ballot_type.startswith("Revised"):
        kind = TallyKind.REVISED
    else:
        kind = KINDS.get(tally_type or "Initial", TallyKind.INITIAL)
    tally = Tally(
        ballots=Ballots(
            unions=list(zip(names, votes, strict=True)),
            against=None
            if runoff and len(names) > 1 and not against
            else against,
            void=void,
            challenged=challenged,
        ),
        eligible=eligible,
        kind=kind,
        date=recorded.tally_date,
        case_number=case,
        unit_id=recorded.unit_id,
    )
    return GeneratedRow(cells, tally, recorded)
