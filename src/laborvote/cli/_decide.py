"""
The ``laborvote`` command.

``laborvote decide`` decides one tally given on the command line or one of
the shipped examples, under the NLRB's rules or another rulebook
(``--rules``); ``laborvote examples`` lists the examples, ``laborvote
rules`` the rulebooks, and ``laborvote deadline`` prints the last day to
file objections after a tally; ``laborvote audit`` audits an NLRB
election file (`laborvote.nlrb`).
Bad input exits with status 2 and one line on standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any, NoReturn

import laborvote
from laborvote import rules
from laborvote._core.arithmetic import support, support_of_eligible, turnout
from laborvote._core.ballots import Ballots
from laborvote._core.tally import Tally
from laborvote.cli import _audit as _audit_cli
from laborvote.cli import _deadline as _deadline_cli
from laborvote.cli._examples import EXAMPLES
from laborvote.cli._pipes import silence_stdout
from laborvote.exceptions import (
    InvalidRulebookError,
    InvalidValueError,
    NoRulesInForceError,
    UnknownRulebookError,
)
from laborvote.rules import uk_industrial_action

if TYPE_CHECKING:
    from collections.abc import Sequence

    from laborvote._core.outcome import Outcome

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


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date YYYY-MM-DD, got {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


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
        "--rules",
        metavar="NAME",
        help="decide under this rulebook (see `laborvote rules`)",
    )
    decide_cmd.add_argument(
        "--on",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the day of the vote, which picks the rulebook's version "
        "(default: the example's date)",
    )
    decide_cmd.add_argument(
        "--important-public-service",
        action="store_true",
        help="uk-industrial-action: those balloted work in an important "
        "public service (TULRCA 1992 s.226(2A)-(2F))",
    )
    decide_cmd.add_argument(
        "--turnout-repeal",
        type=_date,
        metavar="YYYY-MM-DD",
        help="uk-industrial-action: the day the repeal of the 50%% turnout "
        "threshold commenced, if known (the sources disagree)",
    )
    decide_cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )
    sub.add_parser("examples", help="list the shipped examples")
    sub.add_parser(
        "rules", help="list the rulebooks, their versions and citations"
    )
    _deadline_cli.add_parser(sub)
    _audit_cli.add_parser(sub)
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


_ARGUMENT_OF_RULEBOOK_FIELD = {
    "turnout_repeal": "--turnout-repeal",
    "important_public_service": "--important-public-service",
}


def _rulebook(args: argparse.Namespace) -> rules.Rulebook | None:
    """
    Return the rulebook the arguments ask for, `None` for the core.
    """
    name = args.rules
    for flag, given in (
        ("--important-public-service", args.important_public_service),
        ("--turnout-repeal", args.turnout_repeal is not None),
    ):
        if given and name != "uk-industrial-action":
            msg = "only applies with --rules uk-industrial-action"
            raise _UsageError(msg, argument=flag)
    if name is None:
        if args.on is not None:
            msg = "needs --rules (the NLRB's rules do not change with it)"
            raise _UsageError(msg, argument="--on")
        return None
    try:
        if name == "uk-industrial-action":
            return uk_industrial_action.rulebook(
                important_public_service=args.important_public_service,
                turnout_repeal=args.turnout_repeal,
            )
        return rules.rulebook(name)
    except UnknownRulebookError as e:
        raise _UsageError(str(e), argument="--rules") from None
    except InvalidRulebookError as e:
        flag = _ARGUMENT_OF_RULEBOOK_FIELD[e.field]
        raise _UsageError(str(e), argument=flag) from None


def _decide(
    tally: Tally, book: rules.Rulebook | None, on: dt.date | None
) -> Outcome:
    try:
        return laborvote.decide(tally, rules=book, on=on)
    except NoRulesInForceError as e:
        raise _UsageError(str(e), argument="--on") from None
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
        "rules": outcome.rules,
        "tests": [
            {
                "name": t.name,
                "passed": t.passed,
                "value": None if t.value is None else float(t.value),
                "required": float(t.required),
            }
            for t in outcome.tests
        ],
    }


_WORDS = {
    "certified": "certification of representative",
    "no_representative": "no representative (certification of results)",
    "runoff": "runoff election",
    "new_election": "new election (the first was a nullity)",
    "unresolved": "unresolved: the challenged ballots are determinative",
    "rescinded": "rescinded: the union-security authority is withdrawn",
    "retained": "retained: the union-security authority stays",
    "recognised": "recognised",
    "not_recognised": "not recognised",
    "mandate": "mandate for industrial action",
    "no_mandate": "no mandate for industrial action",
}
#: The word for a case a rulebook leaves open.
_OPEN = "unresolved: the sources leave this case open (see why)"


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
    word = _WORDS[outcome.result.value]
    if outcome.rules is not None and (
        outcome.result.value == "unresolved"
        and not outcome.challenges_determinative
    ):
        word = _OPEN
    lines.append(f"Result: {word}")
    if outcome.rules is not None:
        lines.append(f"Rules: {outcome.rules}")
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
    if outcome.tests:
        lines.append("Tests:")
        lines.extend(
            f"  - {t.text}: {'passed' if t.passed else 'failed'}"
            for t in outcome.tests
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


def _rules_text() -> str:
    lines = []
    for book in rules.RULEBOOKS.values():
        lines.extend(
            textwrap.wrap(
                f"{book.name}: {book.title}; {book.citation}",
                width=78,
                subsequent_indent="    ",
            )
        )
        for version in book.versions:
            lines.extend(
                textwrap.wrap(
                    f"{version.name}, {version.period}: {version.title} "
                    f"({version.citation})",
                    width=78,
                    initial_indent="  - ",
                    subsequent_indent="    ",
                )
            )
        lines.append("")
    lines.extend(
        textwrap.wrap(
            "Not included: Canada (federal) and Ontario. How their votes are "
            "scored (a majority of the ballots cast? any minimum "
            "participation?) is not confirmed in the sources.",
            width=78,
        )
    )
    return "\n".join(lines)


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
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``laborvote ... | head``): no error.
        silence_stdout()
        return 0


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "examples":
            for example in EXAMPLES.values():
                print(f"{example.name:<20} {example.title}")
            return 0
        if args.command == "rules":
            print(_rules_text())
            return 0
        if args.command == "deadline":
            return _deadline_cli.run(args)
        if args.command == "audit":
            return _audit_cli.run(args)
        tally = _tally(args)
        outcome = _decide(tally, _rulebook(args), args.on)
    except _UsageError as e:
        print(f"laborvote: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(_as_json(tally, outcome)))
    else:
        title = None
        if args.example is not None:
            title = EXAMPLES[args.example].title
        print(_as_text(tally, outcome, title))
    return 0
