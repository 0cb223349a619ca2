"""
``laborvote audit PATH``: read an NLRB file, decide every tally, and report
how the record disagrees with its counts.

Writes one line per data row (``--format jsonl`` or ``csv``) or a table,
then a summary: to standard error for ``jsonl`` and ``csv`` (so standard
output stays data), after the table for ``table``. Exits 0 when the file
was read, whatever it holds, and 2 with one line on standard error when it
cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from laborvote.cli._pipes import silence_stdout
from laborvote.exceptions import LaborVoteError
from laborvote.nlrb import _read
from laborvote.nlrb._audit import Audit, Discrepancy, audit
from laborvote.nlrb._frames import as_row
from laborvote.nlrb._records import Record

EXIT_UNREADABLE = 2

#: Files at least this large show progress on a terminal.
LARGE = 8 * 1024 * 1024


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """
    Add the ``audit`` command to *subparsers* and return its parser.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "audit",
        help="audit an NLRB election file against the law",
        description=(
            "Read an NLRB election file (the nlrb.gov CSV export, the FOIA "
            "release as xlsx or CSV, or an annual election report), decide "
            "every tally, and report where the record disagrees with its "
            "counts."
        ),
    )
    parser.add_argument("path", metavar="PATH", help="the file to audit")
    parser.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="table (default), csv, or one JSON object per line",
    )
    parser.add_argument(
        "--only-discrepancies",
        action="store_true",
        help="write only the rows with a discrepancy or an error",
    )
    return parser


class _Summary:
    """
    The counts that end a report.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.decided = 0
        self.errors = 0
        self.flagged = 0
        self.codes: Counter[Discrepancy] = Counter()

    def add(self, item: Audit) -> None:
        self.rows += 1
        self.decided += item.decided
        self.errors += item.record.error is not None
        self.flagged += bool(item.discrepancies)
        self.codes.update(item.discrepancies)

    def lines(self) -> list[str]:
        lines = [
            f"rows read: {self.rows:,}",
            f"decided: {self.decided:,}",
            (
                f"not decided: {self.rows - self.decided:,} "
                f"(of which errors: {self.errors:,})"
            ),
            f"rows with discrepancies: {self.flagged:,}",
        ]
        lines.extend(
            f"  {code.value}: {self.codes[code]:,}"
            for code in Discrepancy
            if self.codes[code]
        )
        lines.append(f"errors: {self.errors:,}")
        return lines


def _json(item: Audit) -> str:
    record = item.record
    recorded, tally = record.recorded, record.tally
    runoff = item.runoff_between
    return json.dumps(
        {
            "row": record.source.row,
            "case_number": recorded.case_number,
            "unit_id": recorded.unit_id,
            "tally_type": recorded.tally_type,
            "result": None if item.result is None else item.result.value,
            "winner": None if item.winner is None else item.winner.name,
            "runoff_between": (
                None if runoff is None else [c.name for c in runoff]
            ),
            "challenges_determinative": item.challenges_determinative,
            "recorded": {
                "challenges_determinative": recorded.challenges_determinative,
                "runoff_required": recorded.runoff_required,
                "union_to_certify": recorded.union_to_certify,
                "reason_closed": recorded.reason_closed,
                "total": recorded.total,
            },
            "discrepancies": [d.value for d in item.discrepancies],
            "error": None if record.error is None else str(record.error),
            "line": record.source.line,
            "sheet": record.source.sheet,
            "case_type": (
                None
                if recorded.case_type is None
                else recorded.case_type.value
            ),
            "ballot_type": recorded.ballot_type,
            "votes": (
                None
                if tally is None
                else {
                    c.name: n
                    for c, n in zip(tally.choices, tally.votes, strict=True)
                }
            ),
        },
        ensure_ascii=False,
    )


def _flag(value: bool | None) -> str:  # noqa: FBT001
    return "-" if value is None else "Y" if value else "N"


_TABLE = "{:>6}  {:<13} {:<4} {:<8} {:<17} {:<5}  {}"


def _table_row(item: Audit) -> str:
    record = item.record
    recorded = record.recorded
    if record.error is not None:
        notes = f"error: {record.error}"
    else:
        notes = " ".join(d.value for d in item.discrepancies)
    return _TABLE.format(
        record.source.row,
        recorded.case_number or "-",
        recorded.unit_id or "-",
        recorded.tally_type or "-",
        "-" if item.result is None else item.result.value,
        f"{_flag(item.challenges_determinative)}/"
        f"{_flag(recorded.challenges_determinative)}",
        notes,
    ).rstrip()


class _Progress:
    """
    A one-line progress indicator on standard error.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.shown = False

    def __call__(self, fraction: float) -> None:
        sys.stderr.write(f"\rlaborvote: auditing {self.path}: {fraction:4.0%}")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _progress(path: str) -> _Progress | None:
    """
    Return a progress indicator if stderr is a terminal and *path* large.
    """
    try:
        large = Path(path).stat().st_size >= LARGE
    except OSError:
        return None
    return _Progress(path) if large and sys.stderr.isatty() else None


def _write(
    args: argparse.Namespace,
    audits: Iterator[Audit],
    out: IO[str],
    summary: _Summary,
) -> None:
    """
    Write every audit in the chosen format, counting them in *summary*.
    """
    only = args.only_discrepancies
    line: Callable[[Audit], str] | None = None
    writer = None
    if args.format == "jsonl":
        line = _json
    elif args.format == "table":
        line = _table_row
        out.write(
            _TABLE.format(
                "row", "case", "unit", "tally", "result", "det.", "findings"
            ).rstrip()
            + "\n"
        )
    for item in audits:
        summary.add(item)
        if only and not item.discrepancies and item.record.error is None:
            continue
        if line is not None:
            out.write(line(item) + "\n")
            continue
        row = as_row(item)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)


def run(args: argparse.Namespace) -> int:
    """
    Run ``laborvote audit`` with the parsed *args*; return the exit status.
    """
    path: str = args.path
    progress = _progress(path)
    records = _read.stream(path, progress=progress)
    summary = _Summary()
    try:
        first = next(records, None)
    except (OSError, LaborVoteError) as e:
        _fail(path, e)
        return EXIT_UNREADABLE
    audits = (audit(r) for r in _chain(first, records))
    out = sys.stdout
    try:
        _write(args, audits, out, summary)
        if progress is not None:
            progress.clear()
        if args.format == "table":
            out.write("\n" + "\n".join(summary.lines()) + "\n")
            out.flush()
    except (OSError, LaborVoteError) as e:
        if isinstance(e, BrokenPipeError):
            silence_stdout()
            return 0
        if progress is not None:
            progress.clear()
        _fail(path, e, after=summary.rows)
        return EXIT_UNREADABLE
    if args.format != "table":
        sys.stderr.write("\n".join(summary.lines()) + "\n")
    return 0


def _fail(path: str, error: Exception, *, after: int | None = None) -> None:
    """
    Say on one line of standard error why *path* cannot be read.
    """
    if isinstance(error, OSError):
        message = f"cannot read {path}: {error.strerror or error}"
    else:
        message = str(error)
    if after:
        message += f" (after row {after:,})"
    sys.stderr.write(f"laborvote: error: {message}\n")


def _chain(
    first: Record | None, records: Iterator[Record]
) -> Iterator[Record]:
    if first is not None:
        yield first
        yield from records
