"""
``laborvote decide``: decide one tally given on the command line, or one of
the shipped examples, under the NLRB's rules or another rulebook.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

import laborvote
from laborvote import rules
from laborvote._core.arithmetic import support, support_of_eligible, turnout
from laborvote._core.odds import ChallengeOdds, OddsModel
from laborvote._core.tally import Tally
from laborvote._decide import decision
from laborvote.cli import _args, _rules
from laborvote.cli._errors import UsageError, flag
from laborvote.cli._examples import EXAMPLES
from laborvote.cli._output import write
from laborvote.exceptions import (
    InvalidRulebookError,
    InvalidValueError,
    NoRulesInForceError,
    UnknownRulebookError,
)

if TYPE_CHECKING:
    import datetime as dt

    from laborvote._core.outcome import Outcome


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``decide`` subcommand to *subparsers*, with its *help* line.
    """
    cmd = subparsers.add_parser(
        "decide",
        help=summary,
        description=(
            "Decide a tally of ballots and explain why. Give the counts, "
            "or --example NAME for a shipped real election."
        ),
    )
    _args.add_counts(cmd)
    cmd.add_argument(
        "--example",
        action=_args.Once,
        metavar="NAME",
        help="decide a shipped example (see `laborvote examples`)",
    )
    cmd.add_argument(
        "--rules",
        action=_args.Once,
        metavar="NAME",
        help="decide under this rulebook (see `laborvote rules`)",
    )
    cmd.add_argument(
        "--on",
        type=_args.date,
        action=_args.Once,
        metavar="YYYY-MM-DD",
        help="the day of the vote, which picks the rulebook's version "
        "(default: the example's date)",
    )
    _rules.add_options(cmd)
    cmd.add_argument(
        "--odds",
        choices=[m.value for m in OddsModel],
        action=_args.Once,
        metavar="MODEL",
        help="add the odds that the challenged ballots change the outcome, "
        "under this model ("
        + ", ".join(m.value for m in OddsModel)
        + "): an assumption, never a forecast",
    )
    cmd.add_argument(
        "--svg",
        action=_args.Once,
        metavar="FILE",
        help="also draw the tally and its outcome as an SVG picture in FILE",
    )
    cmd.add_argument(
        "--json", action="store_true", help="print one JSON object"
    )
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """
    Decide the tally that *args* gives, and print the decision.
    """
    tally = _tally(args)
    outcome = _decide(tally, _rulebook(args), args.on)
    odds = None if args.odds is None else _odds(tally, outcome, args.odds)
    if args.svg is not None:
        _draw(args.svg, tally, outcome)
    if args.json:
        data = decision(tally, outcome)
        if odds is not None:
            data["odds"] = odds.as_dict()
        write(json.dumps(data) + "\n")
    else:
        title = None if args.example is None else EXAMPLES[args.example].title
        text = _as_text(tally, outcome, title)
        if odds is not None:
            text += "\n" + _odds_text(odds)
        write(text + "\n")
    return 0


def _odds(tally: Tally, outcome: Outcome, model: str) -> ChallengeOdds:
    """
    Return the odds of a change under *model*, for the NLRB's rules only.
    """
    if outcome.rules is not None:
        msg = (
            "the odds follow the NLRB's representation rules: they cannot "
            f"be used with --rules {outcome.rules}"
        )
        raise UsageError(msg, argument="--odds")
    try:
        return laborvote.odds_of_change(tally, model=model)
    except InvalidValueError as e:
        raise UsageError(str(e), argument="--odds") from None


def _odds_text(odds: ChallengeOdds) -> str:
    lines = [
        (
            "Odds that the challenged ballots change the outcome "
            f"({odds.model.value}): {float(odds.change):.3g}"
        )
    ]
    lines.extend(
        f"  - {outcome}: {float(p):.3g}" for outcome, p in odds.outcomes
    )
    lines.extend(_wrap(odds.assumption))
    return "\n".join(lines)


def _draw(path: str, tally: Tally, outcome: Outcome) -> None:
    """
    Write the picture of *tally* and *outcome* to the file *path*.
    """
    try:
        Path(path).write_text(
            laborvote.to_svg(tally, outcome) + "\n", encoding="utf-8"
        )
    except OSError as e:
        msg = f"cannot write {path}: {e.strerror or e}"
        raise UsageError(msg, argument="--svg") from None


def _tally(args: argparse.Namespace) -> Tally:
    if args.example is not None:
        given = [
            f"--{c}"
            for c in _args.COUNTS
            if getattr(args, c) not in (None, [])
        ]
        if given:
            msg = f"cannot be used with {given[0]}"
            raise UsageError(msg, argument="--example")
        if args.example not in EXAMPLES:
            names = ", ".join(EXAMPLES)
            msg = f"unknown example {args.example!r} (choose from {names})"
            raise UsageError(msg, argument="--example")
        return EXAMPLES[args.example].tally
    return _args.counted(args)


def _rulebook(args: argparse.Namespace) -> rules.Rulebook | None:
    """
    Return the rulebook the arguments ask for, `None` for the NLRB's rules.
    """
    name = args.rules
    given = {
        o.name: getattr(args, o.name)
        for o in _rules.options()
        if getattr(args, o.name) not in (None, False)
    }
    for option in _rules.options():
        if option.name in given and option.rulebook != name:
            msg = f"only applies with --rules {option.rulebook}"
            raise UsageError(msg, argument=option.flag)
    if name is None:
        if args.on is not None:
            msg = "needs --rules (the NLRB's rules do not change with it)"
            raise UsageError(msg, argument="--on")
        return None
    make = _rules.factory(name)
    try:
        if make is not None:
            return make(**given)
        return rules.rulebook(name)
    except UnknownRulebookError as e:
        raise UsageError(str(e), argument="--rules") from None
    except InvalidRulebookError as e:
        raise UsageError(str(e), argument=flag(e.field)) from None


def _decide(
    tally: Tally, book: rules.Rulebook | None, on: dt.date | None
) -> Outcome:
    try:
        return laborvote.decide(tally, rules=book, on=on)
    except NoRulesInForceError as e:
        raise UsageError(str(e), argument="--on") from None
    except InvalidValueError as e:
        raise UsageError(str(e), argument=_args.option_of(e)) from None


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
    word = outcome.result.words
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
