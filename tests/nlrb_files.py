"""
The Board's headers, and writers of small CSV files and workbooks, for the
tests of `laborvote.nlrb`.

The headers are copied from NLRB-DATA.md (the project's description of
the Board's file layouts); the files are written by the tests themselves,
never copied from the Board's data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

#: The nlrb.gov "Recent Election Results" export, exactly (NLRB-DATA.md 1).
WEB_EXPORT_HEADER = (
    'Region,"Case Number","Case Name",Status,"Date Filed",'
    '"Date Closed","Reason Closed",City,"States & Territories",'
    '"Unit ID","Ballot Type","Tally Type","Tally Date",'
    '"No of Eligible Voters","Void Ballots","Labor Union1",'
    '"Votes for Labor Union1","Labor Union2","Votes for Labor Union2",'
    '"Labor Union3","Votes for Labor Union3","Votes Against",'
    '"Total Ballots Counted","Runoff Required","Challenged Ballots",'
    '"Challenges are Determinative","Union to Certify",'
    '"Voting Unit (Unit A)","Voting Unit (Unit B)",'
    '"Voting Unit (Unit C)","Voting Unit (Unit D)"'
)
WEB_EXPORT = next(csv.reader(io.StringIO(WEB_EXPORT_HEADER)))

#: The FOIA release's header (NLRB-DATA.md 2).
FOIA = [
    "Case Number",
    "Case Name",
    "Unit City",
    "Unit State",
    "Case Status",
    "Case Filed Date",
    "Case Closed Date",
    "Closed Reason",
    "Election Mode",
    "Ballot Mail Date",
    "Ballot Count Date",
    "Schedule Election Date",
    "Scheduled Tally Date",
    "Tally Date",
    "Tally Type",
    "Tally Category",
    "Unit ID",
    "Ballots Impounded",
    "Num Eligible Voters",
    "Num Void Ballots",
    "Labor Organization 1 Name",
    "Votes For Labor Org1",
    "Labor Organization 2 Name",
    "Votes For Labor Org2",
    "Labor Organization 3 Name",
    "Votes For Labor Org3",
    "Votes Cast Against Labor Org",
    "Num Valid Votes Counted",
    "Num Challenged Ballots",
    "Challenges R Determinitive",
    "Runoff Required",
    "Union To Certify",
    "Unit Involved on Petition",
    "Bargaining Unit Determined",
]

#: An annual report's one-union sheet (NLRB-DATA.md 3; FY2022 adds the
#: "Case ID" column).
ANNUAL = [
    "Region",
    "Case Number",
    "Case ID",
    "Case Name",
    "Case Type",
    "Dispute Unit City",
    "Dispute Unit State",
    "Election Held Date",
    "Num Eligible Voters",
    "Valid Votes Against",
    "Votes for Labor Org 1",
    "Labor Org 1 Name",
    "Stipulated / Consent / Directed",
    "Cert of Rep (Win)",
    "Cert of Results (Loss)",
    "Closed Date",
    "Closed Reason",
]

#: An annual report's two-union sheet.
ANNUAL_2 = [
    *ANNUAL[:12],
    "Votes for Labor Org 2",
    "Labor Org 2 Name",
    *ANNUAL[12:15],
    "Union To Certify",
    *ANNUAL[15:],
]

#: An annual report's three-union sheet, as FY2016 spells it.
ANNUAL_3 = [
    *ANNUAL_2[:14],
    "Votes For Labor Org3",
    "Labor Org3",
    *ANNUAL_2[14:],
]

#: FY2022's table of deauthorization elections.
ANNUAL_UD = [
    *ANNUAL[:9],
    "For Proposition",
    "Against Proposition",
    "Labor Org 1 Name",
    "Stipulated / Consent / Directed",
    "Closed Date",
    "Closed Reason",
]


def csv_text(
    header: Sequence[str], rows: Iterable[Mapping[str, object]]
) -> str:
    """
    Return CSV text: *header*, then each row's cells by header name.

    Missing cells are blank.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if row.get(h) is None else row[h] for h in header])
    return out.getvalue()


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Mapping[str, object]],
    *,
    encoding: str = "utf-8",
) -> Path:
    """
    Write a CSV file of *rows* below *header*; return its path.
    """
    path.write_text(csv_text(header, rows), encoding=encoding, newline="")
    return path


def write_workbook(
    path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]
) -> Path:
    """
    Write a workbook with a sheet of rows for each ``(title, rows)``.
    """
    import openpyxl  # noqa: PLC0415 - only the xlsx tests need it

    book = openpyxl.Workbook()
    blank = book.worksheets
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    for sheet in blank:
        book.remove(sheet)
    book.save(path)
    return path


def table(
    header: Sequence[str], rows: Iterable[Mapping[str, object]]
) -> list[list[object]]:
    """
    Return *header* and each row's cells by header name, as lists.
    """
    return [list(header), *([row.get(h) for h in header] for row in rows)]
