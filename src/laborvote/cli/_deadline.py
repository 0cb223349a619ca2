"""
``laborvote deadline``: the last day to file objections after a tally.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from laborvote._case.deadlines import deadline_rules, objections_due
from laborvote.cli import _args
from laborvote.cli._errors import UnavailableError, UsageError
from laborvote.cli._output import write
from laborvote.exceptions import (
    LaborVoteError,
    MissingDependencyError,
    NoDeadlineRuleError,
)


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``deadline`` subcommand to *subparsers*, with its *help* line.
    """
    names = ", ".join(deadline_rules())
    cmd = subparsers.add_parser(
        "deadline",
        help=summary,
        description=(
            "Print the last day to file objections to a tally of ballots "
            "prepared on --tally-date, counted by the rule version in "
            "force on that day (29 CFR 102.69(a)(8) and 102.2(a)). "
            "Business days skip Saturdays, Sundays and US federal "
            "holidays."
        ),
    )
    cmd.add_argument(
        "--tally-date",
        type=_args.date,
        action=_args.Once,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the tally of ballots was prepared",
    )
    cmd.add_argument(
        "--rules",
        choices=list(deadline_rules()),
        action=_args.Once,
        metavar="VERSION",
        help=(
            f"use this rule version ({names}) instead of the one in force "
            "on the tally date"
        ),
    )
    cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """
    Print the deadline that *args* asks for.
    """
    try:
        due = objections_due(args.tally_date, rules=args.rules)
    except NoDeadlineRuleError:
        first = min(r.effective_from for r in deadline_rules().values())
        msg = (
            f"no rule version covers a tally on {args.tally_date} (they "
            f"cover {first} onward); pin one with --rules VERSION"
        )
        raise UsageError(msg, argument="--tally-date") from None
    except MissingDependencyError as e:
        raise UnavailableError(str(e)) from None
    except LaborVoteError as e:
        raise UsageError(str(e), argument="--tally-date") from None
    if args.json:
        write(json.dumps(due.as_dict()) + "\n")
        return 0
    rule = due.rule
    lines = [
        f"Tally of ballots prepared: {due.tally_date:%A} {due.tally_date}",
        f"Last day to file objections: {due.date:%A} {due.date}",
        (
            f"Rule: {rule.name}, {rule.days} {rule.counting.value} days after "
            f"the tally ({rule.citation})"
        ),
    ]
    if not due.in_force:
        until = rule.effective_until or "today"
        lines.append(
            f"Note: rule {rule.name} was not in force on {due.tally_date} "
            f"(it applies from {rule.effective_from} to {until})"
        )
    write("\n".join(lines) + "\n")
    return 0
