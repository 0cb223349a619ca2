"""
Tests of the ``laborvote`` command (`laborvote.cli.main`).
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
from fractions import Fraction
from typing import Any

import pytest

from laborvote.cli import main

#: The command of issue 2's "Done when": Bessemer 2021 (RULES.md 2).
BESSEMER = [
    "decide",
    "--union",
    "RWDSU=738",
    "--against",
    "1798",
    "--void",
    "76",
    "--challenged",
    "505",
    "--eligible",
    "5867",
]

#: The keys other tools rely on, with their types (issue 2, item 4).
CONTRACT: dict[str, tuple[type, ...]] = {
    "result": (str,),
    "winner": (str, type(None)),
    "runoff_between": (list, type(None)),
    "challenges_determinative": (bool,),
    "valid_votes": (int,),
    "majority": (int,),
    "void": (int,),
    "challenged": (int,),
    "eligible": (int, type(None)),
    "turnout": (float, type(None)),
}

#: The words of `laborvote.Result`, the only values of "result".
RESULTS = {
    "certified",
    "no_representative",
    "runoff",
    "new_election",
    "unresolved",
}


def run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """
    Run ``laborvote *argv*`` and return its status, stdout and stderr.
    """
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """
    Run ``laborvote *argv* --json``, check it succeeded, return the JSON.
    """
    status, out, err = run(capsys, *argv, "--json")

    assert (0, "") == (status, err)
    return json.loads(out)


def flat(text: str) -> str:
    """
    Return *text* with every run of whitespace made one space, as a
    reader sees wrapped lines.
    """
    return " ".join(text.split())


class TestDoneWhen:
    """
    Issue 2's "Done when": Bessemer 2021 on the command line.
    """

    def test_json_contract(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--json`` prints one object with every contract key, of the
        contract's types: no representative, challenges not
        determinative, 2,536 valid, majority 1,269, turnout 3,117/5,867.
        """
        data = run_json(capsys, *BESSEMER)
        expected = {
            "result": "no_representative",
            "winner": None,
            "runoff_between": None,
            "challenges_determinative": False,
            "valid_votes": 2536,
            "majority": 1269,
            "void": 76,
            "challenged": 505,
            "eligible": 5867,
            "turnout": float(Fraction(3117, 5867)),
        }

        assert expected == {key: data[key] for key in CONTRACT}
        assert {} == {
            key: data[key]
            for key, types in CONTRACT.items()
            if type(data[key]) not in types
        }

    def test_human_output_says_why(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Without ``--json`` the command prints the tally in the Board's
        form, the result, and why, in the Board's own sentence.
        """
        status, out, err = run(capsys, *BESSEMER)
        text = flat(out)

        assert (0, "") == (status, err)
        assert "Tally of Ballots" in text
        assert "Number of valid votes counted plus challenged ballots" in text
        assert "Result: no representative (certification of results)" in text
        assert (
            "Challenges are not sufficient in number to affect the results "
            "of the election"
        ) in text
        assert "29 CFR 102.69" in text
        assert "Turnout: 53.1% of eligible voters" in text
        assert "RWDSU: 29.1% of valid votes, 12.6% of eligible voters" in text


class TestExamples:
    """
    The examples shipped inside the package (RULES.md section 2).
    """

    def test_bessemer_2021(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--example bessemer-2021`` is the Done-when tally.
        """
        data = run_json(capsys, "decide", "--example", "bessemer-2021")

        assert ("no_representative", False, 2536, 76, 505, 5867) == (
            data["result"],
            data["challenges_determinative"],
            data["valid_votes"],
            data["void"],
            data["challenged"],
            data["eligible"],
        )

    def test_bessemer_2022(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Bessemer 2022: 875 for, 993 against, 416 challenged: 119 for the
        union would win it, so the result is unresolved.
        """
        data = run_json(capsys, "decide", "--example", "bessemer-2022")

        assert ("unresolved", True, None, 875 + 993) == (
            data["result"],
            data["challenges_determinative"],
            data["winner"],
            data["valid_votes"],
        )

    def test_staten_island_2022(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        JFK8: the ALU won 2,654 of 4,785 valid votes and was certified.
        """
        data = run_json(capsys, "decide", "--example", "staten-island-2022")

        assert ("certified", "ALU", False, 4785, 2393) == (
            data["result"],
            data["winner"],
            data["challenges_determinative"],
            data["valid_votes"],
            data["majority"],
        )

    def test_example_title(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The human output of an example starts with its title.
        """
        status, out, _ = run(
            capsys, "decide", "--example", "staten-island-2022"
        )

        assert 0 == status
        assert out.startswith("Amazon JFK8, Staten Island")
        assert "Winner: ALU" in out

    def test_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``laborvote examples`` lists one example a line, name first, and
        each listed name decides.
        """
        status, out, err = run(capsys, "examples")
        names = [line.split()[0] for line in out.splitlines()]

        assert (0, "") == (status, err)
        assert {"bessemer-2021", "bessemer-2022", "staten-island-2022"} <= set(
            names
        )
        for name in names:
            assert run_json(capsys, "decide", "--example", name)["result"] in (
                RESULTS
            )


class TestRunoffNames:
    """
    ``runoff_between`` names the two choices, most votes first, ties in
    ballot order, the against choice as "No union".
    """

    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            # 30 / 10 / 40 of 80: no majority (41); against leads.
            (["--union", "A=30", "--union", "B=10", "--against", "40"],
             ["No union", "A"]),
            # Shanhouse 36 / 0 / 36 of 77 eligible: tied, ballot order.
            (["--union", "Union=36", "--union", "Other=0", "--against", "36",
              "--eligible", "77"],
             ["Union", "No union"]),
            # 40 / 40 / 20: the two unions tie for first, ballot order.
            (["--union", "A=40", "--union", "B=40", "--against", "20"],
             ["A", "B"]),
            (["--union", "B=40", "--union", "A=40", "--against", "20"],
             ["B", "A"]),
        ],
    )  # fmt: skip
    def test_pair(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        expected: list[str],
    ) -> None:
        """
        The pair is ordered by votes, then by ballot order.
        """
        data = run_json(capsys, "decide", *argv)

        assert ("runoff", expected, None) == (
            data["result"],
            data["runoff_between"],
            data["winner"],
        )

    def test_human_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The human output names the runoff's two choices.
        """
        _, out, _ = run(
            capsys, "decide", "--union", "A=30", "--union", "B=10",
            "--against", "40",
        )  # fmt: skip

        assert "Result: runoff election" in out
        assert "Runoff between: No union and A" in out


class TestUnknowns:
    """
    Missing figures print as unknown, never as errors.
    """

    def test_no_eligible(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Without ``--eligible`` the eligible line and the turnout are
        unknown, and JSON has nulls.
        """
        argv = ["decide", "--union", "A=3", "--against", "1"]
        _, out, _ = run(capsys, *argv)
        data = run_json(capsys, *argv)

        assert "Approximate number of eligible voters " in out
        assert "Turnout: unknown of eligible voters" in out
        assert "A: 75.0% of valid votes, unknown of eligible voters" in out
        assert (None, None) == (data["eligible"], data["turnout"])

    def test_no_valid_votes(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        With no valid vote at all, support is unknown.
        """
        _, out, _ = run(
            capsys, "decide", "--union", "A=0", "--against", "0",
            "--void", "2", "--eligible", "4",
        )  # fmt: skip

        assert "A: unknown of valid votes, 0.0% of eligible voters" in out


class TestBadInput:
    """
    Bad input exits with status 2 and one line on stderr that names the
    argument; never a traceback.
    """

    @pytest.mark.parametrize(
        ("argv", "argument"),
        [
            (["decide", "--union", "A=-5", "--against", "3"], "--union"),
            (["decide", "--union", "A=5", "--against", "-3"], "--against"),
            (["decide", "--union", "A=5", "--against", "3.0"], "--against"),
            (["decide", "--union", "A=5", "--against", "3", "--void", "1.5"],
             "--void"),
            (["decide", "--union", "A=5", "--against", "3",
              "--challenged", "x"], "--challenged"),
            (["decide", "--union", "A=5", "--against", "3",
              "--eligible", "1e3"], "--eligible"),
            (["decide", "--union", "A=5", "--against", "\u0663"],
             "--against"),
            (["decide", "--union", "A=5", "--against", ""], "--against"),
            (["decide", "--union", "ALU=1", "--union", "alu=2",
              "--against", "0"], "--union"),
            (["decide", "--against", "3"], "--union"),
            (["decide", "--union", "No union=3", "--against", "1"],
             "--union"),
            (["decide", "--union", "ALU", "--against", "1"], "--union"),
            (["decide", "--union", "=5", "--against", "1"], "--union"),
            (["decide", "--union", "ALU=", "--against", "1"], "--union"),
            (["decide", "--union", "ALU=five", "--against", "1"], "--union"),
            (["decide", "--union", "A=1"], "--against"),
            (["decide", "--example", "bessemer-2099"], "--example"),
            (["decide", "--example", "bessemer-2021", "--union", "A=1"],
             "--example"),
            (["decide", "--example", "bessemer-2021", "--void", "0"],
             "--void"),
            (["decide", "--union"], "--union"),
            (["decide", "--union", "A=1", "--against", "1", "--foo"],
             "--foo"),
            ([], "COMMAND"),
            (["vote"], "COMMAND"),
        ],
    )  # fmt: skip
    def test_exit_2_one_line(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        argument: str,
    ) -> None:
        """
        The command exits with 2, prints nothing on stdout and one line
        on stderr that names the argument.
        """
        status, out, err = run(capsys, *argv)

        assert (2, "", 1) == (status, out, err.count("\n"))
        assert err.startswith("laborvote: error: ")
        assert err.endswith("\n")
        assert argument in err
        assert "Traceback" not in err

    def test_example_with_counts_names_both(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        An example combined with counts says which count is in the way.
        """
        _, _, err = run(
            capsys, "decide", "--example", "bessemer-2021", "--against", "1"
        )

        assert (
            "laborvote: error: argument --example: cannot be used with "
            "--against\n"
        ) == err

    def test_unknown_example_lists_examples(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        An unknown example's error lists the shipped ones.
        """
        _, _, err = run(capsys, "decide", "--example", "nope")

        assert "'nope'" in err
        assert "bessemer-2021" in err

    def test_union_named_twice_says_so(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A union named twice is reported with both spellings.
        """
        _, _, err = run(
            capsys, "decide", "--union", "ALU=1", "--union", "alu=2",
            "--against", "0",
        )  # fmt: skip

        assert "'ALU'" in err
        assert "'alu'" in err


class TestModule:
    """
    ``python -m laborvote`` runs the same command.
    """

    def test_subprocess(self) -> None:
        """
        ``python -m laborvote decide ... --json`` prints the decision,
        and bad input exits with 2 and one line, in a real process.
        """
        good = subprocess.run(  # noqa: S603 - runs this Python
            [sys.executable, "-m", "laborvote", *BESSEMER, "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        bad = subprocess.run(
            [sys.executable, "-m", "laborvote", "decide", "--against", "-1"],
            capture_output=True,
            text=True,
            check=False,
        )

        assert (0, "no_representative", "") == (
            good.returncode,
            json.loads(good.stdout)["result"],
            good.stderr,
        )
        assert (2, "", 1) == (
            bad.returncode,
            bad.stdout,
            bad.stderr.count("\n"),
        )
        assert "Traceback" not in bad.stderr

    def test_main_module(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """
        ``laborvote.__main__`` exits with `main`'s status, reading the
        arguments from `sys.argv`.
        """
        monkeypatch.setattr(sys, "argv", ["laborvote", "examples"])

        with pytest.raises(SystemExit) as info:
            runpy.run_module("laborvote", run_name="__main__")

        assert 0 == info.value.code
        assert "bessemer-2021" in capsys.readouterr().out


class TestBrokenPipe:
    """
    ``laborvote decide ... | head`` stops quietly when the reader goes.
    """

    def test_decide_into_closed_pipe(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Printing the decision into a pipe whose reader has gone ends the
        command with exit 0 and nothing on standard error.
        """
        read_end, write_end = os.pipe()
        os.close(read_end)
        # Line buffered: the first line printed meets the closed pipe.
        out = open(write_end, "w", buffering=1, encoding="utf-8")  # noqa: PTH123, SIM115 - a pipe's end, closed below
        monkeypatch.setattr(sys, "stdout", out)

        try:
            status = main(["decide", "--example", "bessemer-2021"])
            out.write("more\n" * 10_000)
            out.flush()
        finally:
            out.close()

        assert (0, "") == (status, capsys.readouterr().err)
