"""
Tests for the command line's rulebooks: ``laborvote decide --rules`` and
``laborvote rules``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from laborvote.cli import main

#: The PCS 2018 pay ballot (RULES.md section 4.2; the scrutineer's report).
PCS = [
    "decide",
    "--union",
    "PCS=50726",
    "--against",
    "8528",
    "--void",
    "31",
    "--eligible",
    "142673",
    "--rules",
    "uk-industrial-action",
    "--on",
    "2018-07-23",
]


def run(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """
    Run the command and return its status, output and error output.
    """
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """
    Run the command with ``--json`` and return the object it printed.
    """
    status, out, err = run(capsys, *argv, "--json")
    assert (0, "") == (status, err)
    return json.loads(out)


class TestDecideWithRules:
    """
    ``laborvote decide --rules NAME``.
    """

    def test_pcs_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The PCS ballot has no mandate; the JSON names the version and
        lists the tests as floats (59,285 / 142,673 = 0.4155...).
        """
        data = run_json(capsys, *PCS)

        assert ("no_mandate", "uk-industrial-action-2017") == (
            data["result"],
            data["rules"],
        )
        assert [
            {
                "name": "turnout",
                "passed": False,
                "value": 59285 / 142673,
                "required": 0.5,
            },
            {
                "name": "majority of votes cast",
                "passed": True,
                "value": 50726 / 59254,
                "required": 0.5,
            },
        ] == data["tests"]

    def test_keeps_the_core_contract(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Every key of the core's JSON is still there, with the two new
        ones (keys are only ever added).
        """
        data = run_json(capsys, *PCS)

        assert {
            "result",
            "winner",
            "runoff_between",
            "challenges_determinative",
            "valid_votes",
            "majority",
            "void",
            "challenged",
            "eligible",
            "turnout",
            "votes",
            "reasons",
            "rules",
            "tests",
        } <= set(data)

    def test_without_rules(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Without ``--rules`` the NLRB rules decide, no version is named and
        no tests are listed.
        """
        data = run_json(
            capsys, "decide", "--union", "ALU=2654", "--against", "2131"
        )

        assert ("certified", None, []) == (
            data["result"],
            data["rules"],
            data["tests"],
        )

    def test_text_without_rules(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Without ``--rules`` the text names no rulebook and lists no tests,
        as before rulebooks existed.
        """
        status, out, _ = run(
            capsys, "decide", "--union", "ALU=2654", "--against", "2131"
        )

        assert 0 == status
        assert "Rules:" not in out
        assert "Tests:" not in out

    def test_pcs_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The text says the result, the version and each test.
        """
        status, out, _ = run(capsys, *PCS)

        assert 0 == status
        assert "Result: no mandate for industrial action\n" in out
        assert "Rules: uk-industrial-action-2017\n" in out
        assert "  - turnout 41.6%, needed 50%: failed\n" in out

    @pytest.mark.parametrize(
        ("yes", "word", "text"),
        [
            ("51", "rescinded", "rescinded: the union-security authority"),
            ("50", "retained", "retained: the union-security authority"),
        ],
    )
    def test_deauthorization(
        self,
        capsys: pytest.CaptureFixture[str],
        yes: str,
        word: str,
        text: str,
    ) -> None:
        """
        Issue 5 "Done when": 51 of 100 eligible rescinds, 50 does not.
        """
        argv = [
            "decide",
            "--union",
            f"Rescind={yes}",
            "--against",
            "30",
            "--eligible",
            "100",
            "--rules",
            "deauthorization",
        ]

        assert word == run_json(capsys, *argv)["result"]
        assert f"Result: {text}" in run(capsys, *argv)[1]

    @pytest.mark.parametrize(
        ("on", "word"),
        [("2026-04-05", "not_recognised"), ("2026-04-06", "recognised")],
    )
    def test_uk_recognition(
        self, capsys: pytest.CaptureFixture[str], on: str, word: str
    ) -> None:
        """
        RULES.md section 7, item 12: 57 of 95 voting yes, 38% of a unit
        of 150, before and from 6 April 2026.
        """
        data = run_json(
            capsys,
            "decide",
            "--union",
            "Union=57",
            "--against",
            "38",
            "--eligible",
            "150",
            "--rules",
            "uk-recognition",
            "--on",
            on,
        )

        assert word == data["result"]

    @pytest.mark.parametrize(
        ("on", "result"),
        [("2010-06-09", "no_representative"), ("2010-06-10", "certified")],
    )
    def test_nmb(
        self, capsys: pytest.CaptureFixture[str], on: str, result: str
    ) -> None:
        """
        The TWU Local 514 old-rule vector before and from 10 June 2010.
        """
        data = run_json(
            capsys,
            "decide",
            "--union",
            "TWU=100",
            "--union",
            "AMP=99",
            "--against",
            "0",
            "--eligible",
            "400",
            "--rules",
            "nmb",
            "--on",
            on,
        )

        assert result == data["result"]

    def test_important_public_service(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        In important public services the 2017 version adds the 40% test.
        """
        data = run_json(capsys, *PCS, "--important-public-service")

        assert (
            "uk-industrial-action-2017-important-public-services"
            == (data["rules"])
        )
        assert 3 == len(data["tests"])

    @pytest.mark.parametrize(
        ("repeal", "result"),
        [
            ([], "unresolved"),
            (["--turnout-repeal", "2026-08-01"], "no_mandate"),
            (["--turnout-repeal", "2026-02-18"], "mandate"),
        ],
    )
    def test_turnout_repeal(
        self,
        capsys: pytest.CaptureFixture[str],
        repeal: list[str],
        result: str,
    ) -> None:
        """
        60 yes, 30 no of 200 entitled (45% turnout) on 2026-03-01 depends
        on when the turnout floor went, which the caller may say.
        """
        argv = [
            "decide",
            "--union",
            "Yes=60",
            "--against",
            "30",
            "--eligible",
            "200",
            "--rules",
            "uk-industrial-action",
            "--on",
            "2026-03-01",
            *repeal,
        ]

        assert result == run_json(capsys, *argv)["result"]

    def test_open_case_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A case the sources leave open is not called a challenge problem.
        """
        _, out, _ = run(
            capsys,
            "decide",
            "--union",
            "Yes=60",
            "--against",
            "30",
            "--eligible",
            "200",
            "--rules",
            "uk-industrial-action",
            "--on",
            "2026-03-01",
        )

        assert "Result: unresolved: the sources leave this case open" in out

    def test_example_with_rules(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A shipped example may be decided under a rulebook; its date picks
        the version.
        """
        data = run_json(
            capsys,
            "decide",
            "--example",
            "staten-island-2022",
            "--rules",
            "nlrb",
        )

        assert ("certified", "nlrb") == (data["result"], data["rules"])


class TestDecideErrors:
    """
    Bad rulebook input exits with status 2 and one line on stderr.
    """

    @pytest.mark.parametrize(
        ("extra", "message"),
        [
            (
                ["--rules", "ontario"],
                "argument --rules: unknown rulebook 'ontario' (choose from",
            ),
            (
                ["--rules", "nmb"],
                "argument --on: the rulebook 'nmb' has 2 versions",
            ),
            (["--on", "2020-01-01"], "argument --on: needs --rules"),
            (
                ["--rules", "nmb", "--on", "2020-02-30"],
                (
                    "argument --on: expected a date as YYYY-MM-DD, "
                    "got '2020-02-30'"
                ),
            ),
            (
                ["--important-public-service"],
                (
                    "argument --important-public-service: only applies with "
                    "--rules uk-industrial-action"
                ),
            ),
            (
                ["--rules", "nmb", "--turnout-repeal", "2026-08-01"],
                "argument --turnout-repeal: only applies with",
            ),
            (
                [
                    "--rules",
                    "uk-industrial-action",
                    "--turnout-repeal",
                    "2025-01-01",
                ],
                (
                    "argument --turnout-repeal: turnout_repeal must be a "
                    "datetime.date on or after 2026-02-18"
                ),
            ),
            (
                ["--rules", "deauthorization"],
                (
                    "argument --eligible: the 'majority of eligible' test of "
                    "deauthorization needs the number of eligible voters"
                ),
            ),
            (
                ["--rules", "deauthorization", "--union", "B=1"],
                "argument --union: a yes/no question needs one union",
            ),
        ],
    )
    def test_one_line(
        self,
        capsys: pytest.CaptureFixture[str],
        extra: list[str],
        message: str,
    ) -> None:
        """
        The error names the argument and says what is wrong, on one line.
        """
        status, out, err = run(
            capsys, "decide", "--union", "A=5", "--against", "3", *extra
        )

        assert (2, "") == (status, out)
        assert err.startswith(f"laborvote: error: {message}")
        assert 1 == err.count("\n")


class TestRulesCommand:
    """
    ``laborvote rules`` lists the rulebooks.
    """

    def test_lists_versions(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        Every rulebook and version is listed with its dates and citation,
        and Canada is said to be left out.
        """
        status, out, err = run(capsys, "rules")

        assert (0, "") == (status, err)
        for line in [
            "nmb: National Mediation Board elections",
            "  - nmb-majority-of-eligible, before 2010-06-10:",
            "  - nmb-2010, from 2010-06-10:",
            "  - uk-recognition-2026, from 2026-04-06:",
            "  - uk-industrial-action-2017, from 2017-03-01 to 2026-02-17:",
            "Not included: Canada (federal) and Ontario.",
        ]:
            assert line in out
        assert "29 CFR 1206.1" in out
        assert max(len(line) for line in out.splitlines()) <= 78
