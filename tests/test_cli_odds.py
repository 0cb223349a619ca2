"""
``laborvote decide --odds MODEL`` and ``--svg FILE``: the odds that the
challenged ballots change the outcome, and the picture, on the command line.
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import pytest

from laborvote.cli import main

#: Bessemer's 2022 rerun: 875 for the RWDSU, 993 against, 416 challenged.
YES, NO, CHALLENGED = 875, 993, 416
#: The union is certified iff it gets k of the challenged ballots with
#: 875 + k > 993 + (416 - k), that is k >= 268; a tie is no change.
LEAST = next(k for k in range(CHALLENGED + 1) if YES + k > NO + CHALLENGED - k)


def _binomial(p: Fraction) -> Fraction:
    """
    Return P(k >= LEAST) for k ~ Binomial(416, p), exactly.
    """
    return sum(
        (
            math.comb(CHALLENGED, k) * p**k * (1 - p) ** (CHALLENGED - k)
            for k in range(LEAST, CHALLENGED + 1)
        ),
        Fraction(0),
    )


def _beta(a: int, b: int) -> Fraction:
    return Fraction(
        math.factorial(a - 1) * math.factorial(b - 1),
        math.factorial(a + b - 1),
    )


def _beta_binomial(alpha: int, beta: int) -> Fraction:
    """
    Return P(k >= LEAST) for k ~ BetaBinomial(416, alpha, beta), exactly.
    """
    return sum(
        (
            math.comb(CHALLENGED, k)
            * _beta(k + alpha, CHALLENGED - k + beta)
            / _beta(alpha, beta)
            for k in range(LEAST, CHALLENGED + 1)
        ),
        Fraction(0),
    )


#: Each model's probability of a change, computed here independently.
EXPECTED = {
    "like-counted": _binomial(Fraction(YES, YES + NO)),
    "even": _binomial(Fraction(1, 2)),
    # A uniform Beta(1, 1) prior updated by the counted votes.
    "uniform-prior": _beta_binomial(YES + 1, NO + 1),
}


class TestOdds:
    """
    The odds printed for Bessemer 2022 are those of the closed forms.
    """

    @pytest.mark.parametrize("model", sorted(EXPECTED))
    def test_json(
        self, capsys: pytest.CaptureFixture[str], model: str
    ) -> None:
        """
        ``--json`` carries the probability and the distribution.
        """
        status = main(
            ["decide", "--example", "bessemer-2022", "--odds", model, "--json"]
        )
        odds = json.loads(capsys.readouterr().out)["odds"]

        assert 0 == status
        assert model == odds["model"]
        assert math.isclose(
            float(EXPECTED[model]), odds["change"], rel_tol=1e-9
        )
        assert [
            ("no_representative", None),
            ("certified", "RWDSU"),
        ] == [(o["result"], o["winner"]) for o in odds["outcomes"]]
        assert "not a forecast" in odds["assumption"]

    @pytest.mark.parametrize("model", sorted(EXPECTED))
    def test_text(
        self, capsys: pytest.CaptureFixture[str], model: str
    ) -> None:
        """
        The text output says the odds and the assumption.
        """
        main(["decide", "--example", "bessemer-2022", "--odds", model])
        out = " ".join(capsys.readouterr().out.split())

        assert (
            "Odds that the challenged ballots change the outcome "
            f"({model}): {float(EXPECTED[model]):.3g}"
        ) in out
        assert "not a forecast" in out

    @pytest.mark.parametrize("model", sorted(EXPECTED))
    def test_bessemer_2021_is_zero(
        self, capsys: pytest.CaptureFixture[str], model: str
    ) -> None:
        """
        The 505 challenged ballots of 2021 cannot change the outcome.
        """
        main(
            ["decide", "--example", "bessemer-2021", "--odds", model, "--json"]
        )

        assert 0 == json.loads(capsys.readouterr().out)["odds"]["change"]

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--odds", "hopeful"], "argument --odds: invalid choice"),
            (
                ["--rules", "nlrb", "--odds", "even"],
                "argument --odds: the odds follow the NLRB's representation",
            ),
            (["--odds", "like-counted", "--union", "A=0", "--against", "0",
              "--challenged", "3"], "argument --odds: "),
        ],
    )  # fmt: skip
    def test_refused(
        self,
        capsys: pytest.CaptureFixture[str],
        argv: list[str],
        message: str,
    ) -> None:
        """
        A bad model, a rulebook, or odds that cannot be taken: exit 2.
        """
        base = (
            [] if "--union" in argv else ["--union", "A=5", "--against", "3"]
        )
        status = main(["decide", *base, *argv])
        err = capsys.readouterr().err

        assert 2 == status
        assert err.startswith(f"laborvote: error: {message}")


class TestSvg:
    """
    ``--svg FILE`` writes the picture of the decision.
    """

    def test_writes(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        The file is an SVG document with a title, and the usual output is
        printed too.
        """
        path = tmp_path / "bessemer.svg"

        status = main(
            ["decide", "--example", "bessemer-2021", "--svg", str(path)]
        )

        root = ET.fromstring(path.read_text(encoding="utf-8"))  # noqa: S314 - our own output
        assert 0 == status
        assert root.tag.endswith("svg")
        assert root.find("{http://www.w3.org/2000/svg}title") is not None
        assert "Result:" in capsys.readouterr().out

    def test_unwritable(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A file that cannot be written: exit 2, naming --svg.
        """
        path = tmp_path / "missing" / "b.svg"

        status = main(
            ["decide", "--example", "bessemer-2021", "--svg", str(path)]
        )

        assert 2 == status
        assert capsys.readouterr().err.startswith(
            f"laborvote: error: argument --svg: cannot write {path}"
        )
