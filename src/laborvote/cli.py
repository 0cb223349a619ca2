"""
The ``laborvote`` command.

``laborvote decide`` decides one tally given on the command line or one of
the shipped examples; ``laborvote examples`` lists the examples;
``laborvote deadline`` prints the last day to file objections after a tally.
Bad input exits with status 2 and one line on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any, NoReturn

from . import _deadline_cli
from ._arithmetic import support, support_of_eligible, turnout
from ._ballots import Ballots
from ._decide import decide
from ._examples import EXAMPLES
from ._tally import Tally
from .exceptions import InvalidValueError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._outcome import Outcome

__all__ = ["main"]

EXIT_USAGE = 2


class _UsageError(Exception):
    """
    Bad command-line input, and the argument it concerns (if any).
    """

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(
            message if argument is None else f"argument {argument}: {message}"
        )


class _Parser(argparse.ArgumentParser):
    """
    An argument parser that reports an error as one line, no usage dump.
    """

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _count(text: str) -> int:
    if not text.strip().isdigit() or not text.strip().isascii():
        msg = f"expected a non-negative whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _union(text: str) -> tuple[str, int]:
    name, sep, votes = text.rpartition("=")
    if not sep or not name.strip():
        msg = f"expected NAME=VOTES, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return name.strip(), _count(votes)


def _parser() -> _Parser:
    parser = _Parser(
        prog="laborvote",
        description="Decide union elections under the NLRB's rules.",
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND"
    )
    decide_cmd = sub.add_parser(
        "decide",
        help="decide one tally of ballots",
        description=(
            "Decide a tally of ballots and explain why. Give the counts, "
            "or --example NAME for a shipped real election."
        ),
    )
    decide_cmd.add_argument(
        "--union",
        action="append",
        type=_union,
        default=[],
        metavar="NAME=VOTES",
        help="a labor organization and its valid votes (repeat, ballot order)",
    )
    for flag, text in (
        ("--against", "valid votes against participating labor organizations"),
        ("--void", "void ballots (default 0)"),
        ("--challenged", "challenged, unopened ballots (default 0)"),
        ("--eligible", "approximate number of eligible voters"),
    ):
        decide_cmd.add_argument(flag, type=_count, metavar="N", help=text)
    decide_cmd.add_argument(
        "--example", metavar="NAME", help="decide a shipped example"
    )
    decide_cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )
    sub.add_parser("examples", help="list the shipped examples")
    _deadline_cli.add_parser(sub)
    return parser


_ARGUMENT_OF_FIELD = {
    "unions": "--union",
    "against": "--against",
    "void": "--void",
    "challenged": "--challenged",
    "eligible": "--eligible",
}


def _tally(args: argparse.Namespace) -> Tally:
    counts = ("union", "against", "void", "challenged", "eligible")
    if args.example is not None:
        given = [
            f"--{c}" for c in counts if getattr(args, c) not in (None, [])
        ]
        if given:
            msg = f"cannot be used with {given[0]}"
            raise _UsageError(msg, argument="--example")
        if args.example not in EXAMPLES:
            names = ", ".join(EXAMPLES)
            msg = f"unknown example {args.example!r} (choose from {names})"
            raise _UsageError(msg, argument="--example")
        return EXAMPLES[args.example].tally
    if not args.union:
        msg = "at least one --union NAME=VOTES is required"
        raise _UsageError(msg, argument="--union")
    if args.against is None:
        msg = "the votes against are required"
        raise _UsageError(msg, argument="--against")
    try:
        return Tally(
            ballots=Ballots(
                unions=args.union,
                against=args.against,
                void=args.void or 0,
                challenged=args.challenged or 0,
            ),
            eligible=args.eligible,
        )
    except InvalidValueError as e:
        flag = _ARGUMENT_OF_FIELD.get(e.field, "--union")
        raise _UsageError(str(e), argument=flag) from None


def _as_json(tally: Tally, outcome: Outcome) -> dict[str, Any]:
    share = turnout(tally)
    return {
        "result": outcome.result.value,
        "winner": None if outcome.winner is None else outcome.winner.name,
        "runoff_between": (
            None
            if outcome.runoff_between is None
            else [c.name for c in outcome.runoff_between]
        ),
        "challenges_determinative": outcome.challenges_determinative,
        "valid_votes": tally.valid_votes,
        "majority": outcome.majority,
        "void": tally.void,
        "challenged": tally.challenged,
        "eligible": tally.eligible,
        "turnout": None if share is None else float(share),
        "votes": {
            c.name: n for c, n in zip(tally.choices, tally.votes, strict=True)
        },
        "reasons": list(outcome.reasons),
    }


_WORDS = {
    "certified": "certification of representative",
    "no_representative": "no representative (certification of results)",
    "runoff": "runoff election",
    "new_election": "new election (the first was a nullity)",
    "unresolved": "unresolved: the challenged ballots are determinative",
}


def _percent(value: object) -> str:
    return "unknown" if value is None else f"{float(value):.1%}"  # type: ignore[arg-type]


def _as_text(tally: Tally, outcome: Outcome, title: str | None) -> str:
    lines = [title] if title else []
    lines.append("Tally of Ballots")
    rows = tally.lines()
    width = max(len(label) for label, _ in rows) + 2
    lines.extend(
        f"  {label + ' ':.<{width}} {'unknown' if n is None else f'{n:,}'}"
        for label, n in rows
    )
    lines.append("")
    lines.append(f"Result: {_WORDS[outcome.result.value]}")
    if outcome.winner is not None:
        lines.append(f"Winner: {outcome.winner.name}")
    if outcome.runoff_between is not None:
        a, b = outcome.runoff_between
        lines.append(f"Runoff between: {a.name} and {b.name}")
    first = tally.choices[0]
    lines.append(
        f"Turnout: {_percent(turnout(tally))} of eligible voters; "
        f"{first.name}: {_percent(support(tally))} of valid votes, "
        f"{_percent(support_of_eligible(tally))} of eligible voters"
    )
    lines.append("")
    lines.append("Why:")
    for reason in outcome.reasons:
        lines.extend(_wrap(reason))
    return "\n".join(lines)


def _wrap(reason: str) -> list[str]:
    """
    Wrap *reason* for the terminal, never inside a parenthesised citation.
    """
    depth, chars = 0, []
    for char in reason:
        depth += {"(": 1, ")": -1}.get(char, 0)
        chars.append("\0" if char == " " and depth > 0 else char)
    protected = "".join(chars)
    lines = textwrap.wrap(
        protected, width=78, initial_indent="  - ", subsequent_indent="    "
    )
    return [line.replace("\0", " ") for line in lines]


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``laborvote`` command with *argv* and return its exit status.

    >>> main(
    ...     ["decide", "--union", "ALU=2654", "--against", "2131", "--json"]
    ... )  # doctest: +ELLIPSIS
    {"result": "certified", "winner": "ALU", ...}
    0

    .. versionadded:: 26.1.0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "examples":
            for example in EXAMPLES.values():
                print(f"{example.name:<20} {example.title}")
            return 0
        if args.command == "deadline":
            return _deadline_cli.run(args)
        tally = _tally(args)
    except _UsageError as e:
        print(f"laborvote: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    outcome = decide(tally)
    if args.json:
        print(json.dumps(_as_json(tally, outcome)))
    else:
        title = None
        if args.example is not None:
            title = EXAMPLES[args.example].title
        print(_as_text(tally, outcome, title))
    return 0
