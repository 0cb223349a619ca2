"""
Tests of the workbook reader: the FOIA release and the annual reports,
with their real, untidy layouts (NLRB-DATA.md 2 and 3), in workbooks the
tests write.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from laborvote import Ballots, CaseType, Result, Tally
from laborvote.exceptions import InvalidFileError, MissingDependencyError
from laborvote.nlrb import (
    Layout,
    Record,
    _tables,
    _xlsx,
    audit,
    read,
    read_xlsx,
)
from nlrb_files import (
    ANNUAL,
    ANNUAL_2,
    ANNUAL_3,
    ANNUAL_UD,
    FOIA,
    table,
    write_workbook,
)

DAY = dt.datetime(2016, 8, 17)  # noqa: DTZ001 - openpyxl writes naive datetimes


def _annual(
    case: str, against: int, *votes: tuple[str, int], **extra: object
) -> dict[str, object]:
    """
    Return an annual report's row for *case*.
    """
    row: dict[str, object] = {
        "Region": "01, 34",
        "Case Number": case,
        "Case Name": "Longwood Security Services, Inc.",
        "Case Type": case.split("-")[1],
        "Election Held Date": DAY,
        "Num Eligible Voters": 59,
        "Valid Votes Against": against,
        "Stipulated / Consent / Directed": "Stipulated",
        "Closed Date": DAY,
        **extra,
    }
    names = [
        ("Labor Org 1 Name", "Votes for Labor Org 1"),
        ("Labor Org 2 Name", "Votes for Labor Org 2"),
        ("Labor Org3", "Votes For Labor Org3"),
    ]
    for (name_header, votes_header), (name, n) in zip(
        names, votes, strict=False
    ):
        row[name_header] = name
        row[votes_header] = n
    return row


@pytest.fixture(name="fy2016")
def _fy2016(tmp_path: Path) -> list[Record]:
    """
    Read a workbook shaped like FY2016's: a summary sheet, then one sheet
    per number of labor organizations, the multi-union ones with a title
    and blank rows above the header.
    """
    title: list[list[object]] = [
        ["", "NLRB Elections with 2 Labor Organizations"],
        [None, "Time run: 9/7/2021"],
        [""],
    ]
    path = write_workbook(
        tmp_path / "fy2016.xlsx",
        [
            (
                "FY2016-Summary",
                [
                    ["", "NLRB Elections - Summary"],
                    [],
                    ["Case Type", "No. of Elections", "Percent Won by Union"],
                    ["RC", 1316, 0.66],
                ],
            ),
            (
                "FY2016-1 Labor Org",
                table(
                    [h for h in ANNUAL if h != "Case ID"],
                    [
                        _annual(
                            "01-RC-145376",
                            26,
                            ("UGSOA Local 331", 21),
                            **{
                                "Cert of Results (Loss)": "LOSS",
                                "Closed Reason": "Certification of Results",
                            },
                        ),
                        _annual(
                            "01-RD-145728",
                            14,
                            ("ATU Local 1548", 17),
                            **{
                                "Cert of Rep (Win)": "WON",
                                "Closed Reason": "Certific. of Representative",
                            },
                        ),
                    ],
                ),
            ),
            (
                "FY2016-2 Labor Orgs",
                title
                + table(
                    [h for h in ANNUAL_2 if h != "Case ID"],
                    [
                        _annual(
                            "01-RC-169777",
                            0,
                            ("Local 124", 2),
                            ("SEIU Local 32BJ", 92),
                            **{
                                "Cert of Rep (Win)": "WON",
                                "Union To Certify": "SEIU Local 32BJ",
                            },
                        ),
                    ],
                ),
            ),
            (
                "FY2016-3 Labor Orgs",
                title
                + table(
                    [h for h in ANNUAL_3 if h != "Case ID"],
                    [
                        _annual(
                            "32-RC-132094",
                            1,
                            ("NAGE", 201),
                            ("NEMSA", 33),
                            ("AFSCME 4911", 11),
                            **{"Cert of Rep (Win)": "WON"},
                        ),
                    ],
                ),
            ),
        ],
    )
    return list(read(path))


class TestFy2016:
    """
    FY2016: the summary sheet is not a table of tallies; every other
    sheet's header is found, above it or not.
    """

    def test_rows(self, fy2016: list[Record]) -> None:
        """
        Every data row is read, numbered across the workbook, with its
        sheet and worksheet row.
        """
        assert [
            (1, 2, "FY2016-1 Labor Org"),
            (2, 3, "FY2016-1 Labor Org"),
            (3, 5, "FY2016-2 Labor Orgs"),
            (4, 5, "FY2016-3 Labor Orgs"),
        ] == [(r.source.row, r.source.line, r.source.sheet) for r in fy2016]
        assert {Layout.ANNUAL_REPORT} == {r.layout for r in fy2016}

    def test_tallies(self, fy2016: list[Record]) -> None:
        """
        Each row's counts make its tally: no void or challenged ballots
        (the annual reports have none), choices in ballot order.
        """
        assert [
            ((21, 26), 59, 0, 0),
            ((17, 14), 59, 0, 0),
            ((2, 92, 0), 59, 0, 0),
            ((201, 33, 11, 1), 59, 0, 0),
        ] == [
            (r.tally.votes, r.tally.eligible, r.tally.void, r.tally.challenged)  # type: ignore[union-attr]
            for r in fy2016
        ]

    def test_recorded(self, fy2016: list[Record]) -> None:
        """
        Win and loss, the case type and the dates are recorded; the
        layout has no challenged ballots, so they are not recorded.
        """
        first = fy2016[0].recorded

        assert (
            None,
            "LOSS",
            CaseType.RC,
            DAY.date(),
            DAY.date(),
            None,
            None,
        ) == (
            first.win,
            first.loss,
            first.case_type,
            first.tally_date,
            first.date_closed,
            first.challenged,
            first.void,
        )
        assert "WON" == fy2016[1].recorded.win

    def test_audit(self, fy2016: list[Record]) -> None:
        """
        Annual rows are decided (win or loss) but their challenges are not
        audited.
        """
        audits = [audit(r) for r in fy2016]

        assert [
            ("no_representative", None),
            ("certified", None),
            ("certified", None),
            ("certified", None),
        ] == [(a.result.value, a.challenges_determinative) for a in audits]  # type: ignore[union-attr]
        assert ["ATU Local 1548", "SEIU Local 32BJ", "NAGE"] == [
            None if a.winner is None else a.winner.name for a in audits[1:]
        ]


class TestFy2022:
    """
    FY2022: one sheet with four tables stacked, each starting with its
    own header row, separated by notes, titles and blank rows.
    """

    @pytest.fixture(name="records")
    def _records(self, tmp_path: Path) -> list[Record]:
        ud = {
            "Case Number": "01-UD-281893",
            "Num Eligible Voters": 40,
            "For Proposition": 21,
            "Against Proposition": 9,
            "Labor Org 1 Name": "IBT Local 25",
        }
        won = {"Cert of Rep (Win)": "WON"}
        rows: list[list[object]] = [
            *table(
                ANNUAL,
                [
                    _annual("01-RC-259277", 3, ("UFCW Local 328", 8), **won),
                    _annual("01-RC-280371", 10, ("IBEW 1228", 6)),
                ],
            ),
            ["Rows 1 - 2 (All Rows)"],
            [None, "NLRB Elections with 2 Labor Organizations"],
            [None, "Time run: 11/15/2022 8:56:49 AM"],
            [],
            *table(ANNUAL_2, [_annual("01-RC-289958", 4, ("A", 5), ("B", 1))]),
            ["Rows 1 - 1 (All Rows)"],
            [None, "NLRB Elections with 3 Labor Organizations"],
            [],
            *table(
                ANNUAL_3,
                [_annual("05-RC-280637", 0, ("A", 5), ("B", 4), ("C", 3))],
            ),
            [None, "NLRB UD Elections"],
            [None, "Time run"],
            [],
            *table(ANNUAL_UD, [ud]),
            [],
            [],
        ]
        return list(
            read_xlsx(
                write_workbook(
                    tmp_path / "fy2022.xlsx", [("NLRB Elections", rows)]
                )
            )
        )

    def test_every_table(self, records: list[Record]) -> None:
        """
        The data rows of all four tables are read, and nothing else.
        """
        assert [
            "01-RC-259277",
            "01-RC-280371",
            "01-RC-289958",
            "05-RC-280637",
            "01-UD-281893",
        ] == [r.recorded.case_number for r in records]
        assert [2, 3, 9, 14, 19] == [r.source.line for r in records]
        assert all(r.ok for r in records)

    def test_columns_per_table(self, records: list[Record]) -> None:
        """
        Each table's rows are read with that table's header.
        """
        assert [(8, 3), (6, 10), (5, 1, 4), (5, 4, 3, 0), (21, 9)] == [
            None if r.tally is None else r.tally.votes for r in records
        ]

    def test_deauthorization(self, records: list[Record]) -> None:
        """
        A UD row's votes for the proposition are the votes to rescind:
        21 of 40 eligible is a majority of the eligible, so the
        union-security authority is rescinded (NLRA section 8(a)(3)(ii)).
        """
        ud = audit(records[-1])

        assert (Result.RESCINDED, None) == (
            ud.result,
            ud.challenges_determinative,
        )


class TestFoiaWorkbook:
    """
    The FOIA workbook: "row 1 holds a title, rows 2-3 are empty and the
    header is on row 4" (NLRB-DATA.md 2).
    """

    def test_header_on_row_four(self, tmp_path: Path) -> None:
        """
        The title is skipped and the first data row is row 1, on line 5.
        A formula is never calculated: its cell gives the value the
        workbook saved, here none (openpyxl saves no value).
        """
        rows: list[list[object]] = [
            ["Election results with election mode, Jan 2017 - Nov 2021"]
        ]
        rows += [[], []]
        rows += table(
            FOIA,
            [
                {
                    "Case Number": "01-RC-179057",
                    "Tally Date": dt.datetime(2019, 9, 26),  # noqa: DTZ001
                    "Tally Type": "Initial",
                    "Tally Category": "Single Labor Organization",
                    "Unit ID": "A",
                    "Num Eligible Voters": 32,
                    "Num Void Ballots": 0,
                    "Labor Organization 1 Name": "UFCW Local 371",
                    "Votes For Labor Org1": 7,
                    "Votes Cast Against Labor Org": 14,
                    "Num Valid Votes Counted": "=V5+AA5",
                    "Num Challenged Ballots": 8,
                }
            ],
        )
        path = write_workbook(tmp_path / "foia.xlsx", [("Sheet1", rows)])

        [record] = read_xlsx(path)

        assert (1, 5, Layout.FOIA, None) == (
            record.source.row,
            record.source.line,
            record.layout,
            record.recorded.total,
        )
        assert (
            Tally(
                ballots=Ballots(
                    unions={"UFCW Local 371": 7}, against=14, challenged=8
                ),
                eligible=32,
                date=dt.date(2019, 9, 26),
                case_number="01-RC-179057",
                unit_id="A",
            )
            == record.tally
        )

    def test_stream(self, tmp_path: Path) -> None:
        """
        A binary stream is read too; its name is the records' file.
        """
        path = write_workbook(
            tmp_path / "s.xlsx",
            [("S", table(ANNUAL, [_annual("01-RC-1", 1, ("A", 2))]))],
        )

        with path.open("rb") as f:
            [record] = read_xlsx(f)

        assert str(path) == record.source.file


class TestNotAWorkbook:
    """
    Files that are not workbooks of tallies are refused clearly.
    """

    def test_no_table(self, tmp_path: Path) -> None:
        """
        A workbook none of whose sheets has a known header is refused.
        """
        path = write_workbook(
            tmp_path / "summary.xlsx",
            [("Summary", [["Case Type", "No. of Elections"], ["RC", 1316]])],
        )

        with pytest.raises(InvalidFileError, match="no sheet"):
            list(read_xlsx(path))

    def test_bad_zip(self, tmp_path: Path) -> None:
        """
        A file that starts like a workbook but is none is refused.
        """
        path = tmp_path / "broken.xlsx"
        path.write_bytes(b"PK\x03\x04 not really")

        with pytest.raises(InvalidFileError, match="not an xlsx workbook"):
            list(read(path))

    def test_zip_not_workbook(self, tmp_path: Path) -> None:
        """
        A zip archive that is no workbook is refused.
        """
        import zipfile  # noqa: PLC0415

        path = tmp_path / "archive.xlsx"
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "hello")

        with pytest.raises(InvalidFileError):
            list(read_xlsx(path))

    def test_legacy_xls(self, tmp_path: Path) -> None:
        """
        An old binary .xls workbook is refused, saying what to do.
        """
        path = tmp_path / "old.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))

        with pytest.raises(
            InvalidFileError, match=r"save it as \.xlsx or CSV"
        ):
            list(read(path))

    def test_sniffed_by_content(self, tmp_path: Path) -> None:
        """
        A workbook is read as one whatever its name says.
        """
        path = write_workbook(
            tmp_path / "looks-like.csv",
            [("S", table(ANNUAL, [_annual("01-RC-1", 1, ("A", 2))]))],
        )

        assert [Layout.ANNUAL_REPORT] == [r.layout for r in read(path)]


class TestMissingOpenpyxl:
    """
    "xlsx support sits behind an extra" (issue 3): without openpyxl, a
    clear error says what to install.
    """

    def test_error(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        Reading a workbook without openpyxl raises MissingDependencyError,
        an ImportError naming the extra.
        """
        path = write_workbook(tmp_path / "w.xlsx", [("S", [["x"]])])
        monkeypatch.setitem(sys.modules, "openpyxl", None)

        with pytest.raises(MissingDependencyError) as info:
            list(read(path))

        assert isinstance(info.value, ImportError)
        assert ("openpyxl", "xlsx") == (info.value.name, info.value.extra)
        assert "pip install 'laborvote[xlsx]'" in str(info.value)


class TestProgress:
    """
    Reading a workbook reports how far it got.
    """

    def test_fractions(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        The fractions reported grow across the sheets and stay within 1.
        """
        monkeypatch.setattr(_tables, "PROGRESS_EVERY", 2)
        sheet = table(
            ANNUAL, [_annual(f"01-RC-{i}", 1, ("A", 2)) for i in range(1, 6)]
        )
        path = write_workbook(
            tmp_path / "p.xlsx",
            [("Summary", [["x"]]), ("One", sheet), ("Two", sheet)],
        )
        seen: list[float] = []

        records = list(_xlsx.stream(path, progress=seen.append))

        assert 10 == len(records)
        assert sorted(seen) == seen
        assert 0 < seen[0] <= seen[-1] <= 1

    def test_unknown_size(self) -> None:
        """
        A sheet whose size is unknown (an empty part) reports its start.
        """
        seen: list[float] = []
        src = _xlsx._Guard(io.BytesIO(b""), name="f", part="p")  # noqa: SLF001

        _xlsx._ticker(seen.append, 1, 4, src, 0)(100)  # noqa: SLF001

        assert [0.25] == seen
