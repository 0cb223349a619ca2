"""
Print what reading and auditing the Board's FOIA sample costs, beside
merely parsing the same file with the standard ``csv`` module.

Run with ``python benchmarks/audit.py`` (laborvote installed), or as part
of ``nox -s bench``. The sample (``nlrb-elections-2017-2019.csv``, 4,727
tallies) lies in ``../shared/data/nlrb`` beside the checkout, or in the
folder named by ``LABORVOTE_NLRB_DATA``; without it the benchmark says so
and does nothing.

Figures (best of several runs, so that other work on the machine weighs
least):

- the baseline: ``csv.reader`` over the file, every row, nothing else;
- ``laborvote.nlrb.read()``: every row into a typed record with its tally;
- ``read()`` and ``audit()``: every row decided and compared;
- the ratio of the last to the baseline (the aim: 3x or less).
"""

from __future__ import annotations

import csv
import os
import sys
import timeit
from collections.abc import Callable
from pathlib import Path

SAMPLE = "nlrb-elections-2017-2019.csv"


def _sample() -> Path | None:
    """
    Return the sample's path, or `None` if it is not here.
    """
    folder = os.environ.get("LABORVOTE_NLRB_DATA")
    here = Path(__file__).resolve().parents[1]
    path = (
        Path(folder) if folder else here.parent / "shared" / "data" / "nlrb"
    ) / SAMPLE
    return path if path.is_file() else None


def _best(stmt: Callable[[], object], repeat: int = 7) -> float:
    """
    Return the best time of one call of *stmt*, in milliseconds.
    """
    return min(timeit.repeat(stmt, number=1, repeat=repeat)) * 1e3


def main() -> None:
    """
    Time the baseline and laborvote on the sample, and print the figures.
    """
    print("Reading and auditing the FOIA sample")
    path = _sample()
    if path is None:
        print(f"  skipped: {SAMPLE} not found (set LABORVOTE_NLRB_DATA)")
        return

    from laborvote import nlrb  # noqa: PLC0415 - only once the data is here

    def parse() -> int:
        with path.open(newline="", encoding="utf-8-sig") as f:
            return sum(1 for _ in csv.reader(f))

    def read() -> int:
        return sum(1 for _ in nlrb.read(path))

    def audit() -> int:
        return sum(1 for r in nlrb.read(path) if nlrb.audit(r))

    rows = read()
    baseline, reading, auditing = _best(parse), _best(read), _best(audit)
    python = sys.version.split()[0]
    print(f"  {rows:,} rows of {path.name}, best of 7, Python {python}")
    for label, value, unit in (
        ("baseline: csv.reader, every row", baseline, "ms"),
        ("laborvote.nlrb.read()", reading, "ms"),
        ("read() and audit() (aim: <= 3x baseline)", auditing, "ms"),
        ("ratio, read and audit / baseline", auditing / baseline, "x"),
        ("per row, read and audit", auditing / rows * 1e3, "us"),
    ):
        print(f"  {label:<44} {value:>8.2f} {unit}")


if __name__ == "__main__":
    main()
