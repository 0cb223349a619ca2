"""
``laborvote status``: where a case stands on a day, and the forms of a
case, a status and a deadline that it reads and prints.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

import laborvote
from laborvote import Ballots, Election, Tally
from laborvote.cli import main
from laborvote.cli._errors import ExitCode
from laborvote.cli._examples import CASES
from laborvote.exceptions import (
    InvalidDeadlineRuleError,
    InvalidElectionError,
    InvalidObjectionError,
)


def run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """
    Run ``laborvote status *argv*``; return its status, stdout, stderr.
    """
    status = main(["status", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """
    Run ``laborvote status *argv* --json``, check it succeeded, and
    return the JSON.
    """
    status, out, err = run(capsys, *argv, "--json")

    assert (0, "") == (status, err)
    return json.loads(out)


class TestExamples:
    """
    The shipped cases.
    """

    def test_bessemer_objections_pending(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        On 2021-05-01 the union's objections of 2021-04-16 are pending:
        they are heard; they were due by 2021-04-16.
        """
        data = run_json(
            capsys, "--example", "bessemer-2021", "--on", "2021-05-01"
        )

        assert ("hear_objections", "2021-04-16", None) == (
            data["step"],
            data["objections_due"]["objections_due"],
            data["certification"],
        )
        assert "no_representative" == data["outcome"]["result"]

    def test_bessemer_set_aside(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Once the objection is sustained, a new election is held, and no
        tally is operative.
        """
        status, out, _ = run(
            capsys, "--example", "bessemer-2021", "--on", "2021-12-01"
        )

        assert 0 == status
        assert "next: hold a new election" in out
        assert "Operative tally: none" in out

    def test_bessemer_rerun(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The rerun's challenged ballots are determinative.
        """
        data = run_json(
            capsys, "--example", "bessemer-2021", "--on", "2022-04-20"
        )

        assert ("resolve_challenges", "rerun") == (
            data["step"],
            data["tally"]["kind"],
        )

    def test_jfk8_certified(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        JFK8, once Amazon's objections were overruled: certify the ALU;
        the election bar runs a year from the tally.
        """
        status, out, _ = run(
            capsys, "--example", "staten-island-2022", "--on", "2023-01-11"
        )

        assert 0 == status
        assert "Can be certified: a certification of representative" in out
        assert "Election bar ends: 2023-04-01" in out
        assert "Deadline: objections due by 2022-04-08" in out

    def test_listed(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``laborvote examples`` marks the cases.
        """
        main(["examples"])
        marked = [
            line.split()[0]
            for line in capsys.readouterr().out.splitlines()
            if line.endswith("[case]")
        ]

        assert sorted(CASES) == sorted(marked)

    def test_unknown(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        An unknown case is bad input, listing the cases.
        """
        status, _, err = run(capsys, "--example", "x", "--on", "2021-05-01")

        assert ExitCode.USAGE == status
        assert "choose from bessemer-2021" in err


class TestCaseFile:
    """
    ``--case FILE`` reads the case's own form.
    """

    def test_round_trip(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A case written by `laborvote.Election.as_dict` reads back to the
        same status as the example.
        """
        path = tmp_path / "case.json"
        case = CASES["bessemer-2021"].election
        path.write_text(json.dumps(case.as_dict()), encoding="utf-8")

        assert run_json(
            capsys, "--case", str(path), "--on", "2021-05-01"
        ) == run_json(
            capsys, "--example", "bessemer-2021", "--on", "2021-05-01"
        )

    def test_stdin(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        ``--case -`` reads standard input.
        """
        case = CASES["staten-island-2022"].election
        monkeypatch.setattr(
            "sys.stdin", io.StringIO(json.dumps(case.as_dict()))
        )

        assert (
            "certify"
            == (run_json(capsys, "--case", "-", "--on", "2023-02-01")["step"])
        )

    @pytest.mark.parametrize(
        ("content", "words"),
        [
            (b"{", "is not JSON"),
            (b"\xff", "not UTF-8"),
            (b'{"tallies": []}', "non-empty sequence"),
            (b"[]", "must be a mapping"),
        ],
    )
    def test_bad(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        content: bytes,
        words: str,
    ) -> None:
        """
        A file that is not a case is bad input.
        """
        path = tmp_path / "case.json"
        path.write_bytes(content)

        status, _, err = run(capsys, "--case", str(path), "--on", "2021-05-01")

        assert ExitCode.USAGE == status
        assert words in err
        assert "argument --case" in err

    def test_missing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file that cannot be read is bad input.
        """
        status, _, err = run(
            capsys, "--case", str(tmp_path / "no"), "--on", "2021-05-01"
        )

        assert ExitCode.USAGE == status
        assert "cannot read" in err


class TestOptions:
    """
    A case of one tally, from options.
    """

    def test_organizer(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        120 yes, 118 no, 9 challenged, an objection filed: the challenges
        are determinative, so they are resolved first.
        """
        data = run_json(
            capsys,
            *("--union", "U=120", "--against", "118", "--challenged", "9"),
            *("--void", "1", "--eligible", "260"),
            *("--tally-date", "2024-05-01", "--on", "2024-05-10"),
            *("--objection", "Acme:2024-05-07"),
            *("--objection", "Acme:2024-05-07:withdrawn:2024-05-08"),
        )

        assert ("resolve_challenges", 2) == (
            data["step"],
            data["outcome"]["challenges_to_change"],
        )

    def test_certify(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A clear win after the period: certify.
        """
        status, out, _ = run(
            capsys,
            *("--union", "U=12", "--against", "3"),
            *("--tally-date", "2024-05-01", "--on", "2024-06-10"),
        )

        assert 0 == status
        assert "next: certify the result" in out

    @pytest.mark.parametrize(
        ("argv", "option"),
        [
            (["--against", "3", "--tally-date", "2024-05-01"], "--union"),
            (["--union", "U=1", "--tally-date", "2024-05-01"], "--against"),
            (["--union", "U=1", "--against", "3"], "--tally-date"),
            (
                [
                    "--union",
                    "No union=1",
                    "--against",
                    "3",
                    "--tally-date",
                    "2024-05-01",
                ],
                "--union",
            ),
            (
                [
                    "--union",
                    "U=1",
                    "--against",
                    "3",
                    "--tally-date",
                    "2024-05-01",
                    "--objection",
                    "A:2024-04-01",
                ],
                "--objection",
            ),
            (["--objection", ":2024-04-01"], "--objection"),
            (["--objection", "A"], "--objection"),
            (["--example", "bessemer-2021", "--union", "U=1"], "--example"),
            (["--example", "bessemer-2021", "--case", "x"], "--example"),
        ],
    )
    def test_bad(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        option: str,
    ) -> None:
        """
        Bad or missing options are bad input, naming the option.
        """
        status, _, err = run(capsys, *argv, "--on", "2024-05-10", "--json")

        assert ExitCode.USAGE == status
        assert option == json.loads(err)["field"]

    def test_bad_objection_status(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        An objection's status must be one of the statuses.
        """
        status, _, err = run(
            capsys,
            *(
                "--union",
                "U=1",
                "--against",
                "3",
                "--tally-date",
                "2024-05-01",
            ),
            *("--objection", "A:2024-05-02:won", "--on", "2024-05-10"),
            "--json",
        )

        assert ExitCode.USAGE == status
        assert "InvalidObjectionError" == json.loads(err)["type"]

    def test_missing_holidays(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """
        Without the holidays package, the command says so, exit 1.
        """
        from laborvote._case import deadlines  # noqa: PLC0415

        deadlines._federal_holidays.cache_clear()  # noqa: SLF001
        monkeypatch.setitem(__import__("sys").modules, "holidays", None)
        try:
            status, _, err = run(
                capsys, "--example", "bessemer-2021", "--on", "2021-05-01"
            )
        finally:
            deadlines._federal_holidays.cache_clear()  # noqa: SLF001

        assert ExitCode.UNAVAILABLE == status
        assert "holidays" in err


class TestForms:
    """
    The ``from_dict`` of the forms that ``status`` reads and prints.
    """

    def test_deadline_str(self) -> None:
        """
        A deadline reads as a sentence, saying when its rule was pinned.
        """
        due = laborvote.objections_due(dt.date(2021, 4, 9), rules="2015")

        assert str(due).startswith("objections due by 2021-04-16: 7 calendar")
        assert str(due).endswith(
            "rule version '2015', pinned: not in force then)"
        )

    def test_deadline_unknown_rule(self) -> None:
        """
        A deadline's rule must be one laborvote knows, as it knows it.
        """
        data = laborvote.objections_due(dt.date(2021, 4, 9)).as_dict()
        data["rule"] = {**data["rule"], "days": 6}

        with pytest.raises(InvalidDeadlineRuleError, match="as it knows it"):
            laborvote.Deadline.from_dict(data)

    def test_deadline_rule_by_name(self) -> None:
        """
        A rule may be given by its name.
        """
        data = laborvote.objections_due(dt.date(2021, 4, 9)).as_dict()
        data["rule"] = "2020"

        assert laborvote.objections_due(dt.date(2021, 4, 9)) == (
            laborvote.Deadline.from_dict(data)
        )

    def test_election_bad_items(self) -> None:
        """
        A case's items that are not mappings are refused by the
        validators; a bad objection by its own.
        """
        with pytest.raises(InvalidElectionError, match=r"tallies\[0\]"):
            Election.from_dict({"tallies": [1]})
        with pytest.raises(InvalidElectionError, match="non-empty sequence"):
            Election.from_dict({"tallies": "x"})
        tally = Tally(ballots=Ballots(unions={"A": 1}, against=0))
        with pytest.raises(InvalidObjectionError):
            Election.from_dict(
                {
                    "tallies": [tally.as_dict() | {"date": "2024-05-01"}],
                    "objections": [{"party": "A"}],
                }
            )

    def test_status_round_trip(self) -> None:
        """
        A certifying status, with its certification, reads back.
        """
        case = CASES["staten-island-2022"].election
        status = case.status(on=dt.date(2023, 2, 1))

        assert status == laborvote.ElectionStatus.from_dict(status.as_dict())
