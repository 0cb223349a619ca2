"""
What every ``laborvote`` subcommand shares: one date parser, one error
printer, one set of exit codes, and what a full disk does.
"""

from __future__ import annotations

import errno
import io
import subprocess
import sys
from pathlib import Path

import pytest

from laborvote.cli import _deadline, main
from laborvote.cli._errors import MAX_LINE, ExitCode, UsageError, report
from laborvote.exceptions import InvalidValueError

DECIDE = ["decide", "--union", "A=5", "--against", "3"]


def run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """
    Run ``laborvote *argv*`` and return its status, stdout and stderr.
    """
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestDates:
    """
    Every subcommand reads dates the same way: YYYY-MM-DD, nothing else.
    """

    @pytest.mark.parametrize(
        "text", ["20220401", "2022-4-1", "2022-02-30", "01/04/2022", ""]
    )
    def test_decide_and_deadline_agree(
        self, capsys: pytest.CaptureFixture[str], text: str
    ) -> None:
        """
        ``decide --on`` and ``deadline --tally-date`` refuse the same
        texts with the same message, naming their own option.
        """
        decide = run(capsys, *DECIDE, "--rules", "nmb", "--on", text)
        deadline = run(capsys, "deadline", "--tally-date", text)

        message = f"expected a date as YYYY-MM-DD, got {text!r}\n"
        assert (2, "") == decide[:2]
        assert (2, "") == deadline[:2]
        assert f"laborvote: error: argument --on: {message}" == decide[2]
        assert (
            f"laborvote: error: argument --tally-date: {message}"
            == deadline[2]
        )

    def test_both_accept_iso(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Both accept an ISO date.
        """
        assert 0 == main([*DECIDE, "--rules", "nmb", "--on", "2022-04-01"])
        assert 0 == main(["deadline", "--tally-date", "2022-04-01"])
        capsys.readouterr()


class TestRepeatedOptions:
    """
    An option that takes one value is refused when given twice, rather
    than silently keeping the last.
    """

    @pytest.mark.parametrize(
        "argv",
        [
            [*DECIDE, "--against", "4"],
            [*DECIDE, "--void", "1", "--void", "2"],
            [*DECIDE, "--eligible", "9", "--eligible", "9"],
            [*DECIDE, "--rules", "nlrb", "--rules", "nmb"],
            ["decide", "--example", "albany-2022", "--example", "albany-2022"],
            ["deadline", "--tally-date", "2021-04-09"] * 2,
        ],
    )
    def test_refused(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        """
        Exit 2, one line that names the option and says it was repeated.
        """
        status, out, err = run(capsys, *argv)

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert "given more than once" in err

    def test_unions_repeat(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--union`` is meant to repeat: one per union on the ballot.
        """
        status, _, _ = run(
            capsys, "decide", "--union", "A=5", "--union", "B=4",
            "--against", "1",
        )  # fmt: skip

        assert 0 == status


class TestHugeNumbers:
    """
    A count too long to be an election's is refused on one short line.
    """

    @pytest.mark.parametrize("digits", [31, 4300, 5000])
    def test_union_votes(
        self, capsys: pytest.CaptureFixture[str], digits: int
    ) -> None:
        """
        The error names --union, and never prints the whole number.
        """
        status, out, err = run(
            capsys, "decide", "--union", f"A={'9' * digits}", "--against", "5"
        )

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert "argument --union" in err
        assert len(err) <= MAX_LINE + len("laborvote: error: \n")
        assert "Traceback" not in err

    def test_against(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The same for a count given by itself.
        """
        status, _, err = run(capsys, *DECIDE[:3], "--against", "9" * 4300)

        assert 2 == status
        assert "argument --against: expected a count of at most 30" in err
        assert "(4,300 characters)" in err


class TestReport:
    """
    The one error printer writes one line, never longer than MAX_LINE.
    """

    def test_long_message(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A long message is cut, with an ellipsis, and newlines folded.
        """
        status = report(UsageError("x\n" * 500))
        err = capsys.readouterr().err

        assert ExitCode.USAGE == status
        assert 1 == err.count("\n")
        assert err.endswith("...\n")
        assert MAX_LINE == len(err) - len("laborvote: error: \n")

    def test_plain_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A plain message is bad input.
        """
        assert ExitCode.USAGE == report("nope")
        assert "laborvote: error: nope\n" == capsys.readouterr().err


class TestHelp:
    """
    ``laborvote --help`` documents the exit codes.
    """

    def test_exit_codes(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Each exit code is listed with what it means.
        """
        with pytest.raises(SystemExit):
            main(["--help"])
        out = capsys.readouterr().out

        assert "exit status:" in out
        for code in ExitCode:
            assert f"  {code.value}  " in out

    def test_rulebook_options_from_their_factory(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A rulebook's options are named after its factory's arguments and
        explained by their docstrings.
        """
        with pytest.raises(SystemExit):
            main(["decide", "--help"])
        out = " ".join(capsys.readouterr().out.split())

        assert "--important-public-service" in out
        assert "--turnout-repeal YYYY-MM-DD" in out
        assert "uk-industrial-action: The day the repeal of the 50%" in out


FULL = Path("/dev/full")


@pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")
class TestFullDisk:
    """
    Output that cannot be written is reported as such, exit 1, one line.
    """

    @pytest.mark.parametrize(
        "argv",
        [
            ["decide", "--example", "bessemer-2021"],
            ["deadline", "--tally-date", "2021-04-09"],
            ["examples"],
            ["rules"],
        ],
    )
    def test_stdout_full(self, argv: list[str]) -> None:
        """
        ``laborvote ... > /dev/full`` says it cannot write its output.
        """
        with FULL.open("w") as full:
            done = subprocess.run(  # noqa: S603 - runs this Python
                [sys.executable, "-m", "laborvote", *argv],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )

        assert (1, 1) == (done.returncode, done.stderr.count("\n"))
        assert (
            "laborvote: error: cannot write the output: No space left on "
            "device\n"
        ) == done.stderr

    def test_audit_to_full_disk(self, tmp_path: Path) -> None:
        """
        An audit whose output fails blames the output, not its input.
        """
        path = tmp_path / "f.csv"
        path.write_text(
            "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\n"
            + "01-RC-1,A,1,2\n" * 5000
        )
        with FULL.open("w") as full:
            done = subprocess.run(  # noqa: S603 - runs this Python
                [sys.executable, "-m", "laborvote", "audit", str(path)],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
            )

        assert 1 == done.returncode
        assert done.stderr.startswith(
            "laborvote: error: cannot write the output: No space left"
        )
        assert "cannot read" not in done.stderr


class _Failing(io.StringIO):
    """
    A standard output that fails as a full disk does, on write or flush.
    """

    def __init__(self, *, on: str) -> None:
        super().__init__()
        self.on = on

    def write(self, text: str) -> int:
        if self.on == "write":
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(text)

    def flush(self) -> None:
        if self.on == "flush":
            raise OSError(errno.ENOSPC, "No space left on device")


class TestOutputInProcess:
    """
    The same, with a failing standard output in this process.
    """

    @pytest.mark.parametrize("on", ["write", "flush"])
    def test_full(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        on: str,
    ) -> None:
        """
        A write or a flush that fails exits 1 with one line.
        """
        monkeypatch.setattr(sys, "stdout", _Failing(on=on))

        status = main(["examples"])

        assert ExitCode.UNAVAILABLE == status
        assert (
            "laborvote: error: cannot write the output: No space left on "
            "device\n"
        ) == capsys.readouterr().err


class TestDeadlineErrors:
    """
    A library error about the tally date is reported against its option.
    """

    def test_library_error(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Whatever `objections_due` refuses is bad input: exit 2.
        """

        def refuse(*_args: object, **_kwargs: object) -> None:
            msg = "tally_date is too late"
            raise InvalidValueError(msg, field="tally_date", value=None)

        monkeypatch.setattr(_deadline, "objections_due", refuse)

        status, _, err = run(capsys, "deadline", "--tally-date", "2021-04-09")

        assert 2 == status
        assert (
            "laborvote: error: argument --tally-date: tally_date is too late\n"
        ) == err


class TestAuditWithoutOpenpyxl:
    """
    An xlsx file without the xlsx extra: exit 1, saying what to install.
    """

    def test_missing_extra(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        The error names the extra; nothing is written.
        """
        path = tmp_path / "f.xlsx"
        path.write_bytes(b"PK\x03\x04" + bytes(100))
        monkeypatch.setitem(sys.modules, "openpyxl", None)

        status, out, err = run(capsys, "audit", str(path))

        assert (1, "") == (status, out)
        assert "xlsx" in err
        assert 1 == err.count("\n")


class TestStatusType:
    """
    `main` returns a plain `int`, as `sys.exit` and doctests expect.
    """

    @pytest.mark.parametrize(
        "argv", [["examples"], ["decide", "--against", "x"], ["--nope"]]
    )
    def test_int(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        """
        Success and failure alike are `int`, not an enum member.
        """
        status = main(argv)
        capsys.readouterr()

        assert int is type(status)


class TestCeilings:
    """
    What the library refuses, the command refuses on one line naming the
    option: counts over 10**9, dates whose deadline is past the calendar.
    """

    @pytest.mark.parametrize(
        ("argv", "option"),
        [
            (["--union", f"A={10**9 + 1}", "--against", "1"], "--union"),
            (["--union", "A=1", "--against", "1", "--eligible", "9" * 20],
             "--eligible"),
            (["--union", "A=1", "--against", str(10**12)], "--against"),
        ],
    )  # fmt: skip
    def test_counts(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        option: str,
    ) -> None:
        """
        A count over the ceiling: exit 2, the option named, the ceiling
        said.
        """
        status, out, err = run(capsys, "decide", *argv)

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert f"argument {option}: " in err
        assert "1,000,000,000" in err

    @pytest.mark.parametrize("day", ["9999-12-27", "9999-12-31"])
    def test_end_of_the_calendar(
        self, capsys: pytest.CaptureFixture[str], day: str
    ) -> None:
        """
        A deadline past 9999-12-31 is refused, not an OverflowError.
        """
        status, out, err = run(capsys, "deadline", "--tally-date", day)

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert err.startswith("laborvote: error: argument --tally-date: ")
        assert "Traceback" not in err
