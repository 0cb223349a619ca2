"""
Tests of ``laborvote deadline``: the issue's acceptance vectors, the JSON
contract, and one-line errors with exit status 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import pytest

from laborvote._case import deadlines as deadlines_module
from laborvote.cli import main


def _run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """
    Run ``laborvote deadline *argv*`` and return (status, out, err).
    """
    status = main(["deadline", *argv])
    out, err = capsys.readouterr()
    return status, out, err


class TestDeadline:
    """
    The last day to file objections, in words and in JSON.
    """

    @pytest.mark.parametrize(
        ("tally", "due"),
        [("2021-04-09", "2021-04-16"), ("2024-05-17", "2024-05-24")],
    )
    def test_issue_vectors(
        self, capsys: pytest.CaptureFixture[str], tally: str, due: str
    ) -> None:
        """
        Bessemer 2021 and Mercedes 2024: objections due a week later, as
        the parties filed them (RULES.md 1.12).
        """
        status, out, err = _run(capsys, "--tally-date", tally)

        assert 0 == status
        assert f"Last day to file objections: Friday {due}" in out.splitlines()
        assert "" == err

    def test_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The text names the tally day, the deadline and the rule.
        """
        expected = [
            "Tally of ballots prepared: Friday 2022-01-14",
            "Last day to file objections: Monday 2022-01-24",
            (
                "Rule: 2020, 5 business days after the tally "
                "(29 CFR 102.69(a)(8); 29 CFR 102.2(a))"
            ),
        ]

        status, out, _ = _run(capsys, "--tally-date", "2022-01-14")

        assert (0, expected) == (status, out.splitlines())

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--json`` prints one object with ``objections_due`` and ``rule``
        (the version's name and citation).
        """
        status, out, _ = _run(capsys, "--tally-date", "2021-04-09", "--json")
        data = json.loads(out)

        assert 0 == status
        assert 1 == len(out.splitlines())
        assert "2021-04-16" == data["objections_due"]
        assert "2020" == data["rule"]["name"]
        assert (
            "29 CFR 102.69(a)(8); 29 CFR 102.2(a)" == data["rule"]["citation"]
        )
        assert data["rule_in_force"] is True

    def test_pinned(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--rules 2015`` on a 2021 tally: 7 calendar days, Fri 2021-04-16,
        with a note that the version was not in force then.
        """
        status, out, _ = _run(
            capsys, "--tally-date", "2021-04-09", "--rules", "2015"
        )

        assert 0 == status
        assert "Last day to file objections: Friday 2021-04-16" in out
        assert (
            "Note: rule 2015 was not in force on 2021-04-09 "
            "(it applies from 2015-04-14 to 2020-05-30)"
        ) == out.splitlines()[-1]

    def test_pinned_current(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The current version, pinned before its dates, applies "to today".
        """
        _, out, _ = _run(
            capsys, "--tally-date", "2016-03-04", "--rules", "2020"
        )

        assert "(it applies from 2020-05-31 to today)" in out


class TestErrors:
    """
    Bad input: one line on standard error, exit status 2.
    """

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (
                ["--tally-date", "2021-13-01"],
                (
                    "argument --tally-date: expected a date as YYYY-MM-DD, "
                    "got '2021-13-01'"
                ),
            ),
            (
                ["--tally-date", "2021-4-9"],
                (
                    "argument --tally-date: expected a date as YYYY-MM-DD, "
                    "got '2021-4-9'"
                ),
            ),
            (
                ["--tally-date", "2014-02-14"],
                (
                    "argument --tally-date: no rule version covers a tally on "
                    "2014-02-14 (they cover 2015-04-14 onward); pin one with "
                    "--rules VERSION"
                ),
            ),
            (
                ["--tally-date", "2021-04-09", "--rules", "2019"],
                (
                    "argument --rules: invalid choice: '2019' (choose from "
                    "'2015', '2020')"
                ),
            ),
            ([], "the following arguments are required: --tally-date"),
        ],
    )
    def test_usage(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        message: str,
    ) -> None:
        """
        Bad dates, uncovered dates and unknown versions are usage errors.
        """
        status, out, err = _run(capsys, *argv)

        assert (2, "", [f"laborvote: error: {message}"]) == (
            status,
            out,
            err.splitlines(),
        )


@pytest.fixture(name="no_holidays")
def _no_holidays(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """
    Make ``import holidays`` fail, as without the extra.
    """
    # The cache is private; clearing it is how a test unloads holidays.
    clear = deadlines_module._federal_holidays.cache_clear  # noqa: SLF001
    monkeypatch.setitem(sys.modules, "holidays", None)
    clear()
    yield
    clear()


class TestWithoutHolidays:
    """
    Without the extra: one line telling what to install, exit status 1.
    """

    @pytest.mark.usefixtures("no_holidays")
    def test_missing_extra(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The command says to install laborvote[holidays].
        """
        status, out, err = _run(capsys, "--tally-date", "2021-04-09")

        assert (1, "") == (status, out)
        assert [
            (
                "laborvote: error: counting business days needs the holidays "
                "package, a dependency of laborvote that is not installed: "
                "pip install 'laborvote[holidays]'"
            )
        ] == err.splitlines()
