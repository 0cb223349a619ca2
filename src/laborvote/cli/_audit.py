"""
``laborvote audit PATH``: read an NLRB file, decide every tally, and report
how the record disagrees with its counts.

Writes one line per data row (``--format jsonl``: the audit record's JSON
form; ``csv``: the same record flattened, see `laborvote.nlrb._forms.flatten`)
or a table; with ``--by election``, one line per election (its
``election-audit`` form, flattened the same way for ``csv``),
then a summary: to standard error for ``jsonl`` and ``csv`` (so standard
output stays data), after the table for ``table``. Exits 0 when the file
was read, whatever it holds, and 2 with one line on standard error when it
cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import enum
import itertools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from laborvote.cli import _args
from laborvote.cli._errors import CommandError, UnavailableError, UsageError
from laborvote.cli._output import Stdout, write
from laborvote.exceptions import LaborVoteError, MissingDependencyError
from laborvote.nlrb import _read
from laborvote.nlrb._audit import Audit, Discrepancy, audit
from laborvote.nlrb._forms import flatten

if TYPE_CHECKING:
    from laborvote.nlrb._elections import ElectionAudit, ElectionDiscrepancy

#: Files at least this large show progress on a terminal.
LARGE = 8 * 1024 * 1024


#: The path that stands for standard input.
STDIN = "-"


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``audit`` subcommand to *subparsers*, with its *help* line.
    """
    parser = subparsers.add_parser(
        "audit",
        help=summary,
        description=(
            "Read an NLRB election file (the nlrb.gov CSV export, the FOIA "
            "release as xlsx or CSV, or an annual election report), decide "
            "every tally, and report where the record disagrees with its "
            "counts."
        ),
    )
    parser.add_argument(
        "path",
        metavar="PATH",
        help=f"the file to audit; {STDIN} reads standard input",
    )
    parser.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        action=_args.Once,
        default="table",
        help="table (default), csv, or one JSON object per line",
    )
    parser.add_argument(
        "--by",
        choices=("row", "election"),
        action=_args.Once,
        default="row",
        help=(
            "one line per data row (default), or per election: a case "
            "number and unit, its tallies grouped and the controlling one "
            "decided"
        ),
    )
    parser.add_argument(
        "--only-discrepancies",
        action="store_true",
        help="write only the rows with a discrepancy or an error",
    )
    parser.set_defaults(func=run)


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


class _ElectionSummary:
    """
    The counts that end a report by election.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.elections = 0
        self.decided = 0
        self.flagged = 0
        self.codes: Counter[ElectionDiscrepancy] = Counter()

    def add(self, item: ElectionAudit) -> None:
        self.rows += len(item.audits)
        self.elections += 1
        self.decided += item.result is not None
        self.flagged += bool(item.discrepancies)
        self.codes.update(item.discrepancies)

    def lines(self) -> list[str]:
        from laborvote.nlrb._elections import ElectionDiscrepancy  # noqa: PLC0415

        lines = [
            f"rows read: {self.rows:,}",
            f"elections: {self.elections:,}",
            f"decided: {self.decided:,}",
            f"elections with discrepancies: {self.flagged:,}",
        ]
        lines.extend(
            f"  {code.value}: {self.codes[code]:,}"
            for code in ElectionDiscrepancy
            if self.codes[code]
        )
        return lines


_ELECTION_TABLE = "{:<13} {:<4} {:>7} {:<8} {:<17} {:<12}  {}"


def _election_table_row(item: ElectionAudit) -> str:
    controlling = item.controlling
    return _ELECTION_TABLE.format(
        item.case_number or "-",
        item.unit_id or "-",
        len(item.audits),
        "-"
        if controlling is None
        else controlling.record.recorded.tally_type or "-",
        "-" if item.result is None else item.result.value,
        "-" if item.inclusion is None else item.inclusion.value,
        " ".join(d.value for d in item.discrepancies),
    ).rstrip()


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


class _Reported(Protocol):
    """
    What a report writes: a row's audit, or an election's.
    """

    @property
    def discrepancies(self) -> tuple[enum.Enum, ...]: ...

    def as_dict(self) -> dict[str, Any]: ...


_R = TypeVar("_R", bound=_Reported)


class _Counts(Protocol[_R]):  # type: ignore[misc]
    """
    A summary that counts what a report writes.
    """

    def add(self, item: _R) -> None: ...


# One encoder for every line (json.dumps with options builds one a call);
# a form is a tree built for the line, which cannot hold itself.
_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _write(  # noqa: PLR0913 - the parts that differ between reports
    args: argparse.Namespace,
    items: Iterable[_R],
    summary: _Counts[_R],
    *,
    header: str,
    table_row: Callable[[_R], str],
    notable: Callable[[_R], bool],
) -> None:
    """
    Write every item in the chosen format, counting them in *summary*.

    ``jsonl`` writes each item's JSON form (`as_dict`), ``csv`` its
    flattening, ``table`` *header* and then *table_row* of each; with
    ``--only-discrepancies``, only the *notable* items are written.
    """
    only = args.only_discrepancies
    writer = None
    if args.format == "table":
        write(header.rstrip() + "\n")
    for item in items:
        summary.add(item)
        if only and not notable(item):
            continue
        if args.format == "table":
            write(table_row(item) + "\n")
        elif args.format == "jsonl":
            write(_json(item.as_dict()) + "\n")
        else:
            row = flatten(item.as_dict())
            if writer is None:
                writer = csv.DictWriter(Stdout(), fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)


def _notable(item: Audit) -> bool:
    return bool(item.discrepancies) or item.record.error is not None


def run(args: argparse.Namespace) -> int:
    """
    Audit the file that *args* names, and write the report.

    Raises:
        UsageError: If the file cannot be read, at the start or midway.
        UnavailableError: If reading it needs a package that is not installed.
    """
    path: str = args.path
    by_election = args.by == "election"
    summary: _Summary | _ElectionSummary = (
        _ElectionSummary() if by_election else _Summary()
    )
    if path == STDIN:
        progress = None
        records = _read.stream(sys.stdin.buffer, name="<stdin>")
    else:
        progress = _progress(path)
        records = _read.stream(path, progress=progress)
    try:
        # Read the first record before writing anything: a file that
        # cannot be read at all leaves standard output empty.
        first = next(records, None)
        head = () if first is None else (first,)
        audits = (audit(r) for r in itertools.chain(head, records))
        if isinstance(summary, _ElectionSummary):
            # Loaded for --by election only: the audit of rows needs none.
            from laborvote.nlrb._elections import elections  # noqa: PLC0415

            _write(
                args,
                elections(audits),
                summary,
                header=_ELECTION_TABLE.format(
                    "case",
                    "unit",
                    "tallies",
                    "control",
                    "result",
                    "inclusion",
                    "findings",
                ),
                table_row=_election_table_row,
                notable=lambda item: bool(item.discrepancies),
            )
        else:
            _write(
                args,
                audits,
                summary,
                header=_TABLE.format(
                    "row",
                    "case",
                    "unit",
                    "tally",
                    "result",
                    "det.",
                    "findings",
                ),
                table_row=_table_row,
                notable=_notable,
            )
    except (OSError, LaborVoteError) as e:
        raise _unreadable(path, e, after=summary.rows) from None
    finally:
        if progress is not None:
            progress.clear()
    lines = "\n".join(summary.lines()) + "\n"
    if args.format == "table":
        write("\n" + lines)
    else:
        sys.stderr.write(lines)
    return 0


def _unreadable(path: str, error: Exception, *, after: int) -> CommandError:
    """
    Return the error that says why *path* cannot be read.
    """
    if isinstance(error, MissingDependencyError):
        return UnavailableError(str(error))
    if isinstance(error, OSError):
        message = f"cannot read {path}: {error.strerror or error}"
    else:
        message = str(error)
    if after:
        message += f" (after row {after:,})"
    return UsageError(message)
