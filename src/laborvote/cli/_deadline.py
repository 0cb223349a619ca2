"""
``laborvote deadline``: the last day to file objections after a tally.

`add_parser` adds the subcommand to the ``laborvote`` parser; `run` runs it.
Dates and version names are checked by argparse (so a bad one is a usage
error, one line, exit status 2); a date that no version covers is reported
the same way by `run`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from typing import Any, TextIO

from laborvote._case.deadlines import deadline_rules, objections_due
from laborvote.exceptions import MissingDependencyError, NoDeadlineRuleError

#: Bad input on the command line, as argparse's own errors.
EXIT_USAGE = 2
#: Something the command needs is not installed.
EXIT_UNAVAILABLE = 1


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(text: str) -> dt.date:
    try:
        if not _ISO_DATE.fullmatch(text.strip()):
            raise ValueError  # noqa: TRY301 (one message for both)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def add_parser(subparsers: Any) -> None:
    """
    Add the ``deadline`` subcommand to *subparsers*.
    """
    names = ", ".join(deadline_rules())
    cmd = subparsers.add_parser(
        "deadline",
        help="the last day to file objections after a tally",
        description=(
            "Print the last day to file objections to a tally of ballots "
            "prepared on --tally-date, counted by the rule version in "
            "force on that day (29 CFR 102.69(a)(8) and 102.2(a)). "
            "Business days skip Saturdays, Sundays and US federal "
            "holidays (needs the holidays extra)."
        ),
    )
    cmd.add_argument(
        "--tally-date",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the tally of ballots was prepared",
    )
    cmd.add_argument(
        "--rules",
        choices=list(deadline_rules()),
        metavar="VERSION",
        help=(
            f"use this rule version ({names}) instead of the one in force "
            "on the tally date"
        ),
    )
    cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )


def _say(line: str, *, to: TextIO | None = None) -> None:
    print(line, file=to)


def _error(message: str, status: int) -> int:
    _say(f"laborvote: error: {message}", to=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    """
    Print the deadline that *args* asks for, and return the exit status.
    """
    try:
        due = objections_due(args.tally_date, rules=args.rules)
    except NoDeadlineRuleError:
        first = min(r.effective_from for r in deadline_rules().values())
        return _error(
            "argument --tally-date: no rule version covers a tally on "
            f"{args.tally_date} (they cover {first} onward); pin one with "
            "--rules VERSION",
            EXIT_USAGE,
        )
    except MissingDependencyError as e:
        return _error(str(e), EXIT_UNAVAILABLE)
    if args.json:
        _say(json.dumps(due.as_dict()))
        return 0
    rule = due.rule
    _say(f"Tally of ballots prepared: {due.tally_date:%A} {due.tally_date}")
    _say(f"Last day to file objections: {due.date:%A} {due.date}")
    _say(
        f"Rule: {rule.name}, {rule.days} {rule.counting.value} days after "
        f"the tally ({rule.citation})"
    )
    if not due.in_force:
        until = rule.effective_until or "today"
        _say(
            f"Note: rule {rule.name} was not in force on {due.tally_date} "
            f"(it applies from {rule.effective_from} to {until})"
        )
    return 0
