"""
Tests of the CSV reader: the web export, the FOIA release as CSV, and
files that are not what they seem.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from laborvote import Ballots, Tally, TallyKind
from laborvote.exceptions import InvalidFileError, InvalidValueError
from laborvote.nlrb import Layout, _csv, _tables, read, read_csv
from nlrb_files import FOIA, WEB_EXPORT_HEADER, csv_text, write_csv

#: Two rows as the web export writes them (NLRB-DATA.md 1): quoted unit
#: descriptions spanning lines (``\n`` and ``\r\n``), MM/DD/YYYY dates,
#: blank counts, and a region written out.
WEB_ROWS = (
    '"Region 06, Pittsburgh, Pennsylvania",06-RC-309800,"Acme, Inc.",'
    "Closed,01/05/2023,03/01/2023,Certific. of Representative,Pittsburgh,"
    "PA,A,Single Labor Organization,Initial,02/02/2023,40,,"
    '"Teamsters Local 249",21,,,,,15,36,,2,,"Teamsters Local 249",'
    '"Included: all drivers.\nExcluded: guards.",,,\r\n'
    '"Region 10, Atlanta, Georgia",10-RD-123456,"Widgets, LLC",Open,'
    "02/10/2023,,,Atlanta,GA,A,Single Labor Organization,Rerun,04/04/2023,"
    '12,1,"UAW",5,,,,,6,11,N,0,N,,"Included:\r\nall.",,,\r\n'
)


class TestWebExport:
    """
    The nlrb.gov export is read by its exact header (NLRB-DATA.md 1),
    although no real export is in the repository.
    """

    @pytest.fixture(name="records")
    def _records(self, tmp_path: Path) -> list:  # type: ignore[type-arg]
        path = tmp_path / "recent-election-results.csv"
        path.write_bytes((WEB_EXPORT_HEADER + "\r\n" + WEB_ROWS).encode())
        return list(read(path))

    def test_rows(self, records: list) -> None:  # type: ignore[type-arg]
        """
        Both rows are read, in order, from the web export's layout, with
        the lines where they start (the first spans two lines).
        """
        assert [
            (Layout.WEB_EXPORT, 1, 2, None),
            (Layout.WEB_EXPORT, 2, 4, None),
        ] == [
            (r.layout, r.source.row, r.source.line, r.source.sheet)
            for r in records
        ]

    def test_tallies(self, records: list) -> None:  # type: ignore[type-arg]
        """
        The counts make the tallies; a blank void count is zero.
        """
        assert [
            Tally(
                ballots=Ballots(
                    unions={"Teamsters Local 249": 21},
                    against=15,
                    challenged=2,
                ),
                eligible=40,
                date=dt.date(2023, 2, 2),
                case_number="06-RC-309800",
                unit_id="A",
            ),
            Tally(
                ballots=Ballots(unions={"UAW": 5}, against=6, void=1),
                eligible=12,
                kind=TallyKind.RERUN,
                date=dt.date(2023, 4, 4),
                case_number="10-RD-123456",
                unit_id="A",
            ),
        ] == [r.tally for r in records]

    def test_recorded(self, records: list) -> None:  # type: ignore[type-arg]
        """
        The flags, totals and closing are recorded as written; blank flags
        are None.
        """
        assert [
            (36, None, None, "Certific. of Representative"),
            (11, False, False, None),
        ] == [
            (
                r.recorded.total,
                r.recorded.runoff_required,
                r.recorded.challenges_determinative,
                r.recorded.reason_closed,
            )
            for r in records
        ]


class TestFoiaCsv:
    """
    The FOIA release converted to CSV has the workbook's header
    (NLRB-DATA.md 2).
    """

    def test_layout(self, tmp_path: Path) -> None:
        """
        It is read as the FOIA layout.
        """
        path = write_csv(
            tmp_path / "foia.csv",
            FOIA,
            [
                {
                    "Case Number": "01-RC-183016",
                    "Labor Organization 1 Name": "UNITE HERE LOCAL 33",
                    "Votes For Labor Org1": "8",
                    "Votes Cast Against Labor Org": "3",
                }
            ],
        )

        [record] = read_csv(path)

        assert (Layout.FOIA, (8, 3)) == (record.layout, record.tally.votes)  # type: ignore[union-attr]


class TestFileShapes:
    """
    Titles above the header, a byte-order mark, streams and file names.
    """

    def test_titles_above_header(self) -> None:
        """
        Rows above the header (a title, blank rows) are not data rows.
        """
        text = "Election results\n\n,\n" + csv_text(
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ],
            [
                {
                    "Case Number": "05-RM-1",
                    "Labor Union1": "ATU",
                    "Votes for Labor Union1": "3",
                    "Votes Against": "4",
                }
            ],
        )

        [record] = read_csv(io.StringIO(text, newline=""))

        assert (1, 5) == (record.source.row, record.source.line)

    def test_byte_order_mark(self, tmp_path: Path) -> None:
        """
        A UTF-8 byte-order mark (as spreadsheet programs write) does not
        hide the first header.
        """
        path = write_csv(
            tmp_path / "bom.csv",
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ],
            [
                {
                    "Case Number": "05-RM-1",
                    "Labor Union1": "ATU",
                    "Votes for Labor Union1": "3",
                    "Votes Against": "4",
                }
            ],
            encoding="utf-8-sig",
        )

        [record] = read_csv(path)

        assert "05-RM-1" == record.recorded.case_number

    def test_named_stream(self, tmp_path: Path) -> None:
        """
        A stream's name is the records' file.
        """
        path = write_csv(
            tmp_path / "s.csv",
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ],
            [{"Case Number": "05-RM-1", "Labor Union1": "ATU"}],
        )

        with path.open(newline="", encoding="utf-8") as f:
            [record] = read_csv(f)

        assert str(path) == record.source.file

    def test_header_only(self) -> None:
        """
        A header without data rows gives no record.
        """
        text = (
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
        )

        assert [] == list(read_csv(io.StringIO(text, newline="")))

    def test_lazy(self, tmp_path: Path) -> None:
        """
        Nothing is opened before iteration starts; a missing file then
        raises the operating system's error.
        """
        records = read_csv(tmp_path / "missing.csv")

        with pytest.raises(FileNotFoundError):
            next(records)


class TestNotNlrb:
    """
    A file without a known header, or not CSV text, is refused with one
    clear error.
    """

    def test_no_header(self) -> None:
        """
        A CSV file without the Board's columns is refused.
        """
        with pytest.raises(InvalidFileError) as info:
            list(read_csv(io.StringIO("name,age\nAda,36\n", newline="")))

        assert "<stream>" == info.value.path
        assert "no NLRB election header" in str(info.value)

    def test_header_too_far_down(self) -> None:
        """
        Only the first rows are searched for the header.
        """
        text = "title\n" * _tables.HEADER_WITHIN + (
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
        )

        with pytest.raises(InvalidFileError):
            list(read_csv(io.StringIO(text, newline="")))

    def test_empty(self) -> None:
        """
        An empty file is refused.
        """
        with pytest.raises(InvalidFileError):
            list(read_csv(io.StringIO("")))

    def test_not_utf8(self, tmp_path: Path) -> None:
        """
        Text in another encoding is refused, saying to save it as UTF-8.
        """
        path = tmp_path / "latin1.csv"
        path.write_bytes(
            "Case Number,Name\n01-RC-1,Jos\xe9\n".encode("latin-1")
        )

        with pytest.raises(InvalidFileError, match="UTF-8"):
            list(read_csv(path))

    def test_csv_error(self) -> None:
        """
        A cell larger than the csv module allows makes its row an error
        record that gives the line; the next row is read.
        """
        text = (
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
            f'01-RC-1,"{"x" * 200_000}",1,2\n'
            "01-RC-2,A,1,2\n"
        )

        bad, good = read_csv(io.StringIO(text, newline=""))

        assert (1, 2, None, True) == (
            bad.source.row,
            bad.source.line,
            bad.tally,
            good.ok,
        )
        assert "line 2" in str(bad.error)

    def test_bad_rows_are_not_file_errors(self) -> None:
        """
        Bad cells are the rows' errors, not the file's.
        """
        text = (
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
            "01-RC-1,A,x,1\n01-RC-2,B,2,1\n"
        )

        records = list(read_csv(io.StringIO(text, newline="")))

        assert [True, False] == [
            isinstance(r.error, InvalidValueError) for r in records
        ]


class TestProgress:
    """
    Reading a file on disk reports how far it got, now and then.
    """

    def test_fractions(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        The fractions reported grow and never pass 1.
        """
        monkeypatch.setattr(_tables, "PROGRESS_EVERY", 2)
        path = write_csv(
            tmp_path / "big.csv",
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ],
            [
                {
                    "Case Number": f"01-RC-{i}",
                    "Labor Union1": "A",
                    "Votes for Labor Union1": str(i),
                }
                for i in range(1, 9)
            ],
        )
        seen: list[float] = []

        records = list(_csv.stream(path, progress=seen.append))

        assert 8 == len(records)
        assert 4 == len(seen)
        assert sorted(seen) == seen
        assert 0 < seen[0] <= seen[-1] <= 1

    def test_stream_has_no_progress(self) -> None:
        """
        A stream without a file behind it reports nothing.
        """
        seen: list[float] = []
        text = csv_text(
            [
                "Case Number",
                "Labor Union1",
                "Votes for Labor Union1",
                "Votes Against",
            ],
            [{"Case Number": "01-RC-1", "Labor Union1": "A"}] * 3000,
        )

        records = list(
            _csv.stream(io.StringIO(text, newline=""), progress=seen.append)
        )

        assert (3000, []) == (len(records), seen)

    def test_empty_file_has_no_progress(self, tmp_path: Path) -> None:
        """
        An empty file cannot say how much of it is read.
        """
        path = tmp_path / "empty.csv"
        path.write_text("")

        with path.open() as f:
            assert _csv._ticker(f, print) is None  # noqa: SLF001


class TestStreaming:
    """
    "Records stream: a 100,000-row file must not need all rows in
    memory" (issue 3).
    """

    def test_memory_does_not_grow_with_rows(self, tmp_path: Path) -> None:
        """
        Reading and auditing 10,000 rows one at a time takes no more
        memory at its peak than 1,000 rows do, give or take a little: no
        row is kept once the next is read.
        """
        import tracemalloc  # noqa: PLC0415

        from laborvote.nlrb import audit  # noqa: PLC0415

        header = [
            "Case Number",
            "Tally Date",
            "Labor Union1",
            "Votes for Labor Union1",
            "Votes Against",
        ]
        row = {
            "Case Number": "01-RC-100001",
            "Tally Date": "2019-09-26",
            "Labor Union1": "UFCW Local 371",
            "Votes for Labor Union1": "7",
            "Votes Against": "14",
        }

        def peak(n: int) -> int:
            path = write_csv(tmp_path / f"{n}.csv", header, [row] * n)
            tracemalloc.start()
            try:
                for record in read_csv(path):
                    audit(record)
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

        small, large = peak(1_000), peak(10_000)

        assert large < small + 256 * 1024
