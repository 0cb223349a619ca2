"""
Print laborvote's performance figures beside their baselines.

Run with ``nox -s bench`` (or ``python benchmarks/run.py`` with laborvote
installed). Every other ``benchmarks/*.py`` script runs after these.

Figures:

- ``decide()`` on a two-choice tally, beside building that tally;
- the determinative test with four choices and 10,000 challenged ballots,
  beside a brute-force enumeration of every way to resolve just 10;
- ``import laborvote`` beside ``import attrs`` alone (``-X importtime``).
"""

from __future__ import annotations

import functools
import itertools
import math
import runpy
import subprocess
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

import laborvote
from laborvote import Ballots, Tally


def _best(stmt: Callable[[], object], number: int) -> float:
    """
    Return the best time per call of *stmt*, in microseconds.
    """
    runs = timeit.repeat(stmt, number=number, repeat=5)
    return min(runs) / number * 1e6


def _row(label: str, value: float, unit: str, baseline: str = "") -> None:
    print(f"  {label:<64} {value:>12,.1f} {unit:<3} {baseline}")


def bench_decide() -> None:
    """
    Time decide() on Bessemer 2021 against building the tally itself.
    """

    def build() -> Tally:
        return Tally(
            ballots=Ballots(
                unions={"RWDSU": 738}, against=1798, void=76, challenged=505
            ),
            eligible=5867,
        )

    tally = build()
    print("decide() on a two-choice tally (Bessemer 2021)")
    _row("decide(tally)", _best(lambda: laborvote.decide(tally), 2000), "us")
    _row("baseline: building the Tally", _best(build, 2000), "us")


def _brute_force_determinative(
    votes: tuple[int, ...], challenged: int
) -> bool:
    """
    Decide determinativeness by trying every resolution (the baseline).
    """
    names = [f"U{i}" for i in range(len(votes) - 1)]

    def result(final: tuple[int, ...]) -> object:
        o = laborvote.decide(
            Tally(
                ballots=Ballots(
                    unions=dict(zip(names, final, strict=False)),
                    against=final[-1],
                )
            )
        )
        return (o.result, o.winner, o.runoff_between)

    now = result(votes)
    for extra in itertools.product(range(challenged + 1), repeat=len(votes)):
        if sum(extra) <= challenged:
            final = tuple(v + e for v, e in zip(votes, extra, strict=True))
            if result(final) != now:
                return True
    return False


def bench_determinative() -> None:
    """
    Time the exact determinative test on four choices, 10,000 challenged.
    """
    print("Determinative challenges, four choices")
    for votes in (
        (21000, 16000, 9000, 30000),
        (4000, 3000, 2000, 500),
        (40000, 5000, 3000, 60000),
    ):
        tally = Tally(
            ballots=Ballots(
                unions={"A": votes[0], "B": votes[1], "C": votes[2]},
                against=votes[3],
                challenged=10_000,
            )
        )
        answer = laborvote.challenges_determinative(tally)
        fewest = laborvote.challenges_to_change(tally)
        _row(
            f"{votes}, C=10,000 -> {answer} (fewest {fewest:,})",
            _best(
                functools.partial(laborvote.challenges_determinative, tally),
                20,
            ),
            "us",
        )
    small = (400, 300, 200, 500)  # not determinative: every resolution runs
    _row(
        f"baseline: brute force, {small}, C=10",
        _best(lambda: _brute_force_determinative(small, 10), 1),
        "us",
        f"(C=10,000 would mean {math.comb(10_004, 4):.1e} resolutions)",
    )


def _import_cost(module: str) -> float:
    """
    Return the best cumulative import time of *module*, in milliseconds.
    """
    best = math.inf
    for _ in range(7):
        err = subprocess.run(  # noqa: S603 - our own interpreter and a fixed module name
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        for line in err.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == module:  # noqa: PLR2004
                best = min(best, int(parts[1]) / 1000)
    return best


def bench_import() -> None:
    """
    Compare the cost of importing laborvote with importing attrs alone.
    """
    print("Import cost (-X importtime, best of 7)")
    ours, theirs = _import_cost("laborvote"), _import_cost("attrs")
    _row("import laborvote", ours, "ms", "(includes attrs)")
    _row("baseline: import attrs", theirs, "ms")
    _row("laborvote beyond attrs (target: under 30 ms)", ours - theirs, "ms")


def main() -> None:
    """
    Run every benchmark, then the other scripts in this folder.
    """
    bench_decide()
    bench_determinative()
    bench_import()
    here = Path(__file__).resolve()
    for script in sorted(here.parent.glob("*.py")):
        if script != here:
            print()
            runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
