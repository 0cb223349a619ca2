"""
Tests of ``laborvote audit``: its formats, its summary, and its exits.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_files import sheet_xml, workbook
from laborvote.cli import _audit as _cli
from laborvote.cli import main
from laborvote.cli._output import silence_stdout
from laborvote.nlrb import _tables
from nlrb_files import FOIA, csv_text, write_csv

#: Three FOIA rows: a clean win, a determinative tie the record left
#: blank (7-7 with 2 challenged), and a row with a negative count.
ROWS = [
    {
        "Case Number": "29-RC-288020",
        "Tally Type": "Initial",
        "Unit ID": "A",
        "Labor Organization 1 Name": "Amazon Labor Union",
        "Votes For Labor Org1": "2654",
        "Votes Cast Against Labor Org": "2131",
        "Num Valid Votes Counted": "4785",
        "Num Challenged Ballots": "67",
        "Challenges R Determinitive": "N",
        "Union To Certify": "Amazon Labor Union",
        "Closed Reason": "Certific. of Representative",
    },
    {
        "Case Number": "01-RC-100001",
        "Tally Type": "Initial",
        "Unit ID": "B",
        "Labor Organization 1 Name": "UFCW",
        "Votes For Labor Org1": "7",
        "Votes Cast Against Labor Org": "7",
        "Num Valid Votes Counted": "16",
        "Num Challenged Ballots": "2",
    },
    {
        "Case Number": "01-RC-100002",
        "Labor Organization 1 Name": "UFCW",
        "Votes For Labor Org1": "-3",
    },
]


def _cut_workbook(rows: int) -> bytes:
    """
    Return a workbook of *rows* data rows whose sheet's XML is cut short.
    """
    header = ["Case Number", "Labor Union1", "Votes for Labor Union1"]
    sheet = sheet_xml(
        [[*header, "Votes Against"]]
        + [[f"01-RC-{i}", "A", 1, 2] for i in range(1, rows + 1)]
    )
    return workbook(sheet[: -len("</row></sheetData></worksheet>") - 10])


@pytest.fixture(name="path")
def _path(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "foia.csv", FOIA, ROWS)


def _run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    status = main(["audit", *argv])
    out, err = capsys.readouterr()
    return status, out, err


class TestJsonLines:
    """
    ``--format jsonl`` writes one JSON object per data row, in file order,
    with the keys of the issue's contract.
    """

    def test_one_line_per_row(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Three rows, three lines; exit 0 although one row is bad.
        """
        status, out, _ = _run(capsys, str(path), "--format", "jsonl")

        assert (0, [1, 2, 3]) == (
            status,
            [json.loads(line)["row"] for line in out.splitlines()],
        )

    def test_keys(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Each object has at least the contract's keys, and the "recorded"
        object its four.
        """
        _, out, _ = _run(capsys, str(path), "--format", "jsonl")
        first = json.loads(out.splitlines()[0])

        assert {
            "row",
            "case_number",
            "unit_id",
            "tally_type",
            "result",
            "winner",
            "runoff_between",
            "challenges_determinative",
            "recorded",
            "discrepancies",
            "error",
        } <= set(first)
        assert {
            "challenges_determinative",
            "runoff_required",
            "union_to_certify",
            "reason_closed",
        } <= set(first["recorded"])

    def test_values(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The values: the decision in ``decide --json``'s words, the record's
        flags as written (null when blank), the codes, the error.
        """
        _, out, _ = _run(capsys, str(path), "--format", "jsonl")
        rows = [json.loads(line) for line in out.splitlines()]

        assert {
            "row": 1,
            "case_number": "29-RC-288020",
            "unit_id": "A",
            "tally_type": "Initial",
            "result": "certified",
            "winner": "Amazon Labor Union",
            "runoff_between": None,
            "challenges_determinative": False,
            "discrepancies": [],
            "error": None,
        }.items() <= rows[0].items()
        assert {
            "challenges_determinative": False,
            "runoff_required": None,
            "union_to_certify": "Amazon Labor Union",
            "reason_closed": "Certific. of Representative",
            "total": 4785,
        }.items() <= rows[0]["recorded"].items()
        assert (
            "unresolved",
            True,
            None,
            ["determinative-not-flagged", "total-includes-challenged"],
        ) == (
            rows[1]["result"],
            rows[1]["challenges_determinative"],
            rows[1]["recorded"]["challenges_determinative"],
            rows[1]["discrepancies"],
        )
        assert (None, []) == (rows[2]["result"], rows[2]["discrepancies"])
        assert "'Votes For Labor Org1'" in rows[2]["error"]

    def test_summary_on_stderr(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The summary goes to standard error, so standard output is data.
        """
        _, _, err = _run(capsys, str(path), "--format", "jsonl")

        assert [
            "rows read: 3",
            "decided: 2",
            "not decided: 1 (of which errors: 1)",
            "rows with discrepancies: 1",
            "  determinative-not-flagged: 1",
            "  total-includes-challenged: 1",
            "errors: 1",
        ] == err.splitlines()

    def test_only_discrepancies(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--only-discrepancies`` keeps the rows with a discrepancy or an
        error; the summary still counts every row.
        """
        _, out, err = _run(
            capsys, str(path), "--format", "jsonl", "--only-discrepancies"
        )

        assert [2, 3] == [json.loads(line)["row"] for line in out.splitlines()]
        assert "rows read: 3" == err.splitlines()[0]


class TestCsv:
    """
    ``--format csv`` writes a header and one row per data row.
    """

    def test_rows(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The computed and recorded columns sit side by side: the JSON
        record flattened, nested keys as ``recorded.KEY``, arrays as
        their JSON text, null as an empty cell.
        """
        status, out, err = _run(capsys, str(path), "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))

        assert (0, 3) == (status, len(rows))
        assert (
            "unresolved",
            "true",
            "",
            '["determinative-not-flagged", "total-includes-challenged"]',
        ) == (
            rows[1]["result"],
            rows[1]["challenges_determinative"],
            rows[1]["recorded.challenges_determinative"],
            rows[1]["discrepancies"],
        )
        assert err.startswith("rows read: 3")

    def test_nothing_to_write(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file without data rows writes no CSV at all, and says so.
        """
        path = write_csv(tmp_path / "empty.csv", FOIA, [])

        status, out, err = _run(capsys, str(path), "--format", "csv")

        assert (0, "", "rows read: 0") == (status, out, err.splitlines()[0])


class TestTable:
    """
    The default table, with the summary after it.
    """

    def test_table(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A header line, a line per row (computed/recorded determinative
        flags as Y, N or -), then a blank line and the summary.
        """
        status, out, err = _run(capsys, str(path))
        lines = out.splitlines()

        assert (0, "") == (status, err)
        assert lines[0].split() == [
            "row",
            "case",
            "unit",
            "tally",
            "result",
            "det.",
            "findings",
        ]
        assert lines[1].split() == [
            "1",
            "29-RC-288020",
            "A",
            "Initial",
            "certified",
            "N/N",
        ]
        assert lines[2].split()[4:] == [
            "unresolved",
            "Y/-",
            "determinative-not-flagged",
            "total-includes-challenged",
        ]
        assert lines[3].split()[:6] == [
            "3",
            "01-RC-100002",
            "-",
            "-",
            "-",
            "-/-",
        ]
        assert "error:" in lines[3]
        assert ("", "rows read: 3") == (lines[4], lines[5])


class TestUnreadable:
    """
    "Exit status 0 when the file was read, whatever it contains; 2 for an
    unreadable file, with one clear line" (issue 3).
    """

    def test_missing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A missing file: exit 2, one line, no output.
        """
        status, out, err = _run(capsys, str(tmp_path / "nope.csv"))

        assert (2, "") == (status, out)
        nope = tmp_path / "nope.csv"
        assert [
            f"laborvote: error: cannot read {nope}: No such file or directory"
        ] == err.splitlines()

    def test_unrecognised(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A CSV file of something else: exit 2, one line naming the file.
        """
        path = tmp_path / "people.csv"
        path.write_text("name,age\nAda,36\n")

        status, out, err = _run(capsys, str(path), "--format", "jsonl")

        assert (2, "", 1) == (status, out, len(err.splitlines()))
        assert err.startswith(
            f"laborvote: error: {path}: no NLRB election header"
        )

    def test_broken_midway(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file that turns out unreadable after some rows (a workbook whose
        sheet is cut short) exits 2 with one line saying after which row.
        """
        path = tmp_path / "cut.xlsx"
        path.write_bytes(_cut_workbook(5000))

        status, _, err = _run(capsys, str(path), "--format", "jsonl")

        assert (2, 1) == (status, len(err.splitlines()))
        assert "cannot be read" in err
        assert "(after row " in err

    def test_bytes_not_utf8(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A row with a byte that is not UTF-8 is an error record: the rows
        after it are read, and the audit exits 0.
        """
        path = tmp_path / "mixed.csv"
        path.write_bytes(
            b"Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
            b"01-RC-2,Jos\xe9,1,2\n" + b"01-RC-1,A,1,2\n" * 3
        )

        status, out, err = _run(capsys, str(path), "--format", "jsonl")

        lines = [json.loads(line) for line in out.splitlines()]
        assert (0, 4) == (status, len(lines))
        assert "UTF-8" in lines[0]["error"]
        assert [None] * 3 == [line["error"] for line in lines[1:]]
        assert "errors: 1" in err

    def test_bad_arguments(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A bad option exits 2 with one line, as every command does.
        """
        status, _, err = _run(capsys, str(path), "--format", "xml")

        assert (2, 1) == (status, len(err.splitlines()))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestProgress:
    """
    "A progress bar on stderr when stderr is a terminal and the file is
    large" (issue 3).
    """

    def test_on_terminal(
        self,
        path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        On a terminal, a large file shows its progress on one line, which
        is cleared before the summary.
        """
        monkeypatch.setattr(_cli, "LARGE", 1)
        monkeypatch.setattr(_tables, "PROGRESS_EVERY", 1)
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)

        status = main(["audit", str(path), "--format", "jsonl"])
        capsys.readouterr()

        shown = terminal.getvalue()
        assert 0 == status
        assert f"\rlaborvote: auditing {path}:" in shown
        assert "\r\x1b[K" + "rows read: 3" in shown

    def test_not_on_terminal(
        self,
        path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        When standard error is not a terminal, no progress is shown.
        """
        monkeypatch.setattr(_cli, "LARGE", 1)
        monkeypatch.setattr(_tables, "PROGRESS_EVERY", 1)

        _, _, err = _run(capsys, str(path), "--format", "jsonl")

        assert "\r" not in err

    def test_small_file(
        self, path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        A small file shows no progress, even on a terminal.
        """
        monkeypatch.setattr(sys, "stderr", _Terminal())

        assert _cli._progress(str(path)) is None  # noqa: SLF001

    def test_nothing_to_clear(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A progress line never shown is not cleared.
        """
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)

        _cli._Progress("f.csv").clear()  # noqa: SLF001

        assert "" == terminal.getvalue()

    def test_missing_file(self, tmp_path: Path) -> None:
        """
        A file that cannot be measured shows no progress.
        """
        assert _cli._progress(str(tmp_path / "nope")) is None  # noqa: SLF001

    def test_cleared_after_error(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        The progress line is cleared before an error is reported.
        """
        monkeypatch.setattr(_cli, "LARGE", 1)
        monkeypatch.setattr(_tables, "PROGRESS_EVERY", 1)
        terminal = _Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)
        path = tmp_path / "cut.xlsx"
        path.write_bytes(_cut_workbook(50))

        assert 2 == main(["audit", str(path), "--format", "jsonl"])
        capsys.readouterr()
        assert "\r\x1b[Klaborvote: error:" in terminal.getvalue()


class TestBrokenPipe:
    """
    ``laborvote audit ... | head`` stops quietly when the reader goes.
    """

    def test_closed_pipe(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        Writing to a pipe whose reader has gone ends the command with
        exit 0 and no error, and standard output then leads nowhere.
        """
        path = write_csv(tmp_path / "many.csv", FOIA, ROWS[:2] * 1000)
        read_end, write_end = os.pipe()
        os.close(read_end)
        out = open(write_end, "w", encoding="utf-8")  # noqa: PTH123, SIM115 - a pipe's end, closed below
        monkeypatch.setattr(sys, "stdout", out)
        err = io.StringIO()
        monkeypatch.setattr(sys, "stderr", err)

        try:
            status = main(["audit", str(path), "--format", "jsonl"])
            out.write("more\n" * 10_000)
            out.flush()
        finally:
            out.close()

        assert (0, "") == (status, err.getvalue())

    def test_no_file_descriptor(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        A standard output without a file descriptor is left alone.
        """
        monkeypatch.setattr(sys, "stdout", io.StringIO())

        silence_stdout()


class TestByElection:
    """
    ``--by election`` writes one line per election (issue 11).
    """

    def test_jsonl(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        One JSON object per case and unit, then the summary on standard
        error.
        """
        status, out, err = _run(
            capsys, str(path), "--by", "election", "--format", "jsonl"
        )

        lines = [json.loads(line) for line in out.splitlines()]
        assert 0 == status
        assert [
            ("29-RC-288020", [1], "certified", "amazon labor union", []),
            ("01-RC-100001", [2], "unresolved", None, []),
            ("01-RC-100002", [3], None, None, ["unreadable-row"]),
        ] == [
            (
                d["case_number"],
                d["rows"],
                d["result"],
                d["winner_key"],
                d["discrepancies"],
            )
            for d in lines
        ]
        assert "elections: 3\n" in err
        assert "  unreadable-row: 1\n" in err

    def test_csv(self, path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A CSV row per election, with a header: the election-audit form
        flattened (arrays as JSON text, booleans as ``true``/``false``).
        """
        _, out, _ = _run(
            capsys, str(path), "--by", "election", "--format", "csv"
        )

        rows = list(csv.DictReader(io.StringIO(out)))
        assert ["[1]", "[2]", "[3]"] == [r["rows"] for r in rows]
        assert "false" == rows[0]["history_accepted"]  # no tally date
        assert '["unreadable-row"]' == rows[2]["discrepancies"]

    def test_table_only(
        self, path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The table, with ``--only-discrepancies``: the header, the one
        election with a finding, then the summary.
        """
        _, out, _ = _run(
            capsys, str(path), "--by", "election", "--only-discrepancies"
        )

        lines = out.splitlines()
        assert lines[0].startswith("case")
        assert lines[1].startswith("01-RC-100002")
        assert lines[1].endswith("unreadable-row")
        assert "elections with discrepancies: 1" in out


class TestStandardInput:
    """
    ``laborvote audit -`` reads standard input, losing no byte to the
    format check, stacked tables included.
    """

    @pytest.fixture(name="stacked")
    def _stacked(self) -> bytes:
        """
        Return a CSV file of two stacked tables: 2 rows, a blank line, 3.
        """
        first = csv_text(FOIA, ROWS[:2])
        second = csv_text(FOIA, ROWS)
        return (first + "\r\n" + second).encode()

    def _stdin(self, monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
        monkeypatch.setattr(
            sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        )

    def test_rows_out_equal_rows_in(
        self,
        stacked: bytes,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Every row of both tables comes out, in order, named <stdin>.
        """
        self._stdin(monkeypatch, stacked)

        status = main(["audit", "-", "--format", "jsonl"])
        lines = capsys.readouterr().out.splitlines()

        assert 0 == status
        assert [r["Case Number"] for r in ROWS[:2] + ROWS] == [
            json.loads(line)["case_number"] for line in lines
        ]
        assert {"<stdin>"} == {json.loads(line)["file"] for line in lines}

    def test_same_as_the_file(
        self,
        stacked: bytes,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Standard input gives the report the same file gives.
        """
        path = tmp_path / "stacked.csv"
        path.write_bytes(stacked)
        main(["audit", str(path), "--format", "csv"])
        from_file = capsys.readouterr().out
        self._stdin(monkeypatch, stacked)

        main(["audit", "-", "--format", "csv"])

        assert from_file.replace(str(path), "<stdin>") == (
            capsys.readouterr().out
        )

    def test_empty(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Nothing on standard input is a file that is not the Board's.
        """
        self._stdin(monkeypatch, b"")

        status = main(["audit", "-"])
        out, err = capsys.readouterr()

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert "<stdin>" in err

    def test_a_real_pipe(self, stacked: bytes) -> None:
        """
        ``cat f.csv | laborvote audit -`` in a real process.
        """
        done = subprocess.run(
            [sys.executable, "-m", "laborvote", "audit", "-", "--format",
             "jsonl"],
            input=stacked,
            capture_output=True,
            check=False,
        )  # fmt: skip

        assert (0, 5) == (done.returncode, len(done.stdout.splitlines()))
