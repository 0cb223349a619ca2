"""
``laborvote status``: where a case stands on a day, and what comes next.

The case is a shipped example (``--example``), a JSON file in the case's
own form (``--case FILE``, `laborvote.Election.as_dict`), or, for a case of
one tally, the tally's counts and date and its objections as options.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from laborvote._case.election import Election, ElectionStatus
from laborvote._core.objection import Objection, ObjectionStatus
from laborvote.cli import _args
from laborvote.cli._errors import UnavailableError, UsageError, flag, shorten
from laborvote.cli._examples import CASES
from laborvote.cli._output import write
from laborvote.exceptions import (
    LaborVoteError,
    MissingDependencyError,
)

#: The options of a case of one tally.
_SIMPLE = (
    "union",
    "against",
    "void",
    "challenged",
    "eligible",
    "tally_date",
    "objection",
)


def objection(text: str) -> tuple[str, str, str | None, str | None]:
    """
    Return *text*, written PARTY:FILED[:STATUS[:DECIDED]], as its parts.
    """
    parts = text.rsplit(":", 3)
    if len(parts) < 2 or not parts[0].strip():  # noqa: PLR2004
        msg = f"expected PARTY:FILED[:STATUS[:DECIDED]], got {shorten(text)}"
        raise argparse.ArgumentTypeError(msg)
    party, filed, *rest = parts
    status, decided = [*rest, None, None][:2]
    return party.strip(), filed, status, decided


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``status`` subcommand to *subparsers*, with its *help* line.
    """
    statuses = ", ".join(s.value for s in ObjectionStatus)
    cmd = subparsers.add_parser(
        "status",
        help=summary,
        description=(
            "Say where a representation case stands at the end of the day "
            "--on: the step that comes next, what can be certified, the "
            "operative tally's outcome, the objection deadline, the end of "
            "the election bar, and why. Give the case as --example NAME, "
            "as --case FILE (JSON: a case's tallies and objections, see "
            "the docs), or, for a case of one tally, as its counts, "
            "--tally-date and --objection options."
        ),
    )
    cmd.add_argument(
        "--on",
        type=_args.date,
        action=_args.Once,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day to ask about",
    )
    cmd.add_argument(
        "--example",
        action=_args.Once,
        metavar="NAME",
        help="a shipped case (marked [case] by `laborvote examples`)",
    )
    cmd.add_argument(
        "--case",
        action=_args.Once,
        metavar="FILE",
        help="a JSON file holding the case ('-' for standard input)",
    )
    _args.add_counts(cmd)
    cmd.add_argument(
        "--tally-date",
        type=_args.date,
        action=_args.Once,
        metavar="YYYY-MM-DD",
        help="the day the tally was prepared",
    )
    cmd.add_argument(
        "--objection",
        action="append",
        type=objection,
        default=[],
        metavar="PARTY:FILED[:STATUS[:DECIDED]]",
        help=(
            "an objection, numbered in order for each party (repeat); "
            f"STATUS is one of {statuses}"
        ),
    )
    cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """
    Print where the case that *args* gives stands on ``--on``.
    """
    case, title = _case(args)
    try:
        status = case.status(on=args.on)
    except MissingDependencyError as e:
        raise UnavailableError(str(e)) from None
    except LaborVoteError as e:
        raise UsageError(str(e), argument="--on") from None
    if args.json:
        write(json.dumps(status.as_dict(), ensure_ascii=False) + "\n")
    else:
        write(_as_text(status, title) + "\n")
    return 0


def _case(args: argparse.Namespace) -> tuple[Election, str | None]:
    simple = [
        flag(name) for name in _SIMPLE if getattr(args, name) not in (None, [])
    ]
    sources = [
        o
        for o, given in (
            ("--example", args.example is not None),
            ("--case", args.case is not None),
            ("--union", bool(simple)),
        )
        if given
    ]
    if len(sources) > 1:
        other = simple[0] if sources[1] == "--union" else sources[1]
        msg = f"cannot be used with {other}"
        raise UsageError(msg, argument=sources[0])
    if args.example is not None:
        if args.example not in CASES:
            names = ", ".join(CASES)
            msg = f"unknown case {args.example!r} (choose from {names})"
            raise UsageError(msg, argument="--example", value=args.example)
        example = CASES[args.example]
        return example.election, example.title
    if args.case is not None:
        return _read(args.case), None
    return _simple(args), None


def _read(path: str) -> Election:
    """
    Read the case in the JSON file *path*.
    """
    try:
        text = (
            sys.stdin.read()
            if path == "-"
            else Path(path).read_text(encoding="utf-8")
        )
    except OSError as e:
        msg = f"cannot read {path}: {e.strerror or e}"
        raise UsageError(msg, argument="--case", value=path) from None
    except UnicodeDecodeError:
        msg = f"cannot read {path}: not UTF-8 text"
        raise UsageError(msg, argument="--case", value=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        msg = f"{path} is not JSON: {e}"
        raise UsageError(msg, argument="--case", value=path) from None
    try:
        return Election.from_dict(data)
    except LaborVoteError as e:
        msg = f"{path}: {e}"
        raise UsageError(msg, argument="--case") from None


def _objections(args: argparse.Namespace) -> list[Objection]:
    numbers: dict[str, int] = {}
    found = []
    for party, filed, status, decided in args.objection:
        numbers[party] = numbers.get(party, 0) + 1
        found.append(
            Objection.from_dict(
                {
                    "party": party,
                    "number": numbers[party],
                    "text": f"Objection {numbers[party]} of {party}",
                    "filed": filed,
                    "status": status or "filed",
                    "decided": decided,
                }
            )
        )
    return found


def _simple(args: argparse.Namespace) -> Election:
    """
    Return the case of one tally that the options give.
    """
    for option, value in (
        ("--union", args.union),
        ("--against", args.against),
        ("--tally-date", args.tally_date),
    ):
        if value in (None, []):
            msg = "is required (or give --example or --case)"
            raise UsageError(msg, argument=option)
    tally = _args.counted(args, date=args.tally_date)
    try:
        return Election(tallies=[tally], objections=_objections(args))
    except LaborVoteError as e:
        raise UsageError(str(e), argument="--objection") from None


_STEPS = {
    "resolve_challenges": "resolve the challenged ballots",
    "wait_for_objections": "wait: the period to file objections is open",
    "hear_objections": "hear and decide the objections",
    "hold_runoff": "hold the runoff election",
    "hold_rerun": "hold a new election",
    "certify": "certify the result",
}


def _as_text(status: ElectionStatus, title: str | None) -> str:
    lines = [title] if title else []
    lines.append(f"On {status.on}, next: {_STEPS[status.step.value]}")
    certified = (
        "nothing yet"
        if status.certification is None
        else f"a certification of {status.certification.value}"
    )
    lines.append(f"Can be certified: {certified}")
    if status.tally is None or status.outcome is None:
        lines.append("Operative tally: none (the vote was set aside)")
    else:
        tally, outcome = status.tally, status.outcome
        votes = ", ".join(
            f"{c.name} {n:,}"
            for c, n in zip(tally.choices, tally.votes, strict=True)
        )
        lines.append(
            f"Operative tally: {tally.kind.value} of {tally.date}: {votes}; "
            f"void {tally.void:,}, challenged {tally.challenged:,}"
        )
        lines.append(f"Outcome: {outcome.result.value}")
    lines.append(f"Deadline: {status.objections_due}")
    lines.append(f"Election bar ends: {status.bar_ends or 'no bar yet'}")
    lines.append("")
    lines.append("Why:")
    for reason in status.reasons:
        lines.extend(
            textwrap.wrap(
                reason,
                width=78,
                initial_indent="  - ",
                subsequent_indent="    ",
            )
        )
    return "\n".join(lines)
