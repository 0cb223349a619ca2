"""
The argument types every subcommand shares, and the parser they build on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any, NoReturn

from laborvote._core.ballots import Ballots
from laborvote._core.tally import Tally
from laborvote.cli._errors import EXIT_CODES, UsageError, flag, shorten
from laborvote.exceptions import InvalidValueError

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Counts longer than this are refused before they are read as numbers.
_MOST_DIGITS = 30


class Parser(argparse.ArgumentParser):
    """
    An argument parser that reports an error as one line, no usage dump,
    and lists the exit codes in its help.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("epilog", EXIT_CODES)
        kwargs.setdefault(
            "formatter_class", argparse.RawDescriptionHelpFormatter
        )
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        """
        Convert *arg_string* for *action*, keeping the refused value in
        the error (argparse's own message says only its text).
        """
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as e:
            option = (
                action.option_strings[-1]
                if action.option_strings
                else action.metavar or action.dest
            )
            raise UsageError(
                str(e), field=str(option), value=arg_string
            ) from None


class Once(argparse.Action):
    """
    Store an option's value, refusing the option when it is given twice.
    """

    def __call__(
        self,
        parser: argparse.ArgumentParser,  # noqa: ARG002 - argparse's signature
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,  # noqa: ARG002
    ) -> None:
        given: set[str] = namespace.__dict__.setdefault("_given", set())
        if self.dest in given:
            msg = "given more than once: give it once"
            raise argparse.ArgumentError(self, msg)
        given.add(self.dest)
        setattr(namespace, self.dest, values)


def date(text: str) -> dt.date:
    """
    Return *text*, written YYYY-MM-DD, as a date.
    """
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError  # noqa: TRY301 - one message for both
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"expected a date as YYYY-MM-DD, got {shorten(text)}"
        raise argparse.ArgumentTypeError(msg) from None


def count(text: str) -> int:
    """
    Return *text*, a whole number written in ASCII digits, as an `int`.
    """
    digits = text.strip()
    if not (digits.isdigit() and digits.isascii()):
        msg = f"expected a non-negative whole number, got {shorten(text)}"
        raise argparse.ArgumentTypeError(msg)
    if len(digits) > _MOST_DIGITS:
        msg = (
            "expected a count of at most "
            f"{_MOST_DIGITS} digits, got {shorten(text)}"
        )
        raise argparse.ArgumentTypeError(msg)
    return int(digits)


def union(text: str) -> tuple[str, int]:
    """
    Return *text*, written NAME=VOTES, as a name and a count.
    """
    name, sep, votes = text.rpartition("=")
    if not sep or not name.strip():
        msg = f"expected NAME=VOTES, got {shorten(text)}"
        raise argparse.ArgumentTypeError(msg)
    return name.strip(), count(votes)


#: The options that give a tally's counts, named as the fields they set.
COUNTS = ("union", "against", "void", "challenged", "eligible")


def add_counts(cmd: argparse.ArgumentParser) -> None:
    """
    Add the options that give a tally's counts to the subcommand *cmd*.
    """
    cmd.add_argument(
        "--union",
        action="append",
        type=union,
        default=[],
        metavar="NAME=VOTES",
        help="a labor organization and its valid votes (repeat, ballot order)",
    )
    for option, text in (
        ("--against", "valid votes against participating labor organizations"),
        ("--void", "void ballots (default 0)"),
        ("--challenged", "challenged, unopened ballots (default 0)"),
        ("--eligible", "approximate number of eligible voters"),
    ):
        cmd.add_argument(
            option, type=count, action=Once, metavar="N", help=text
        )


def counted(args: argparse.Namespace, **fields: Any) -> Tally:
    """
    Return the tally the count options of *args* give, with *fields*.

    Raises:
        UsageError: If a count is missing or refused, naming its option.
    """
    if not args.union:
        msg = "at least one --union NAME=VOTES is required"
        raise UsageError(msg, argument="--union")
    if args.against is None:
        msg = "the votes against are required"
        raise UsageError(msg, argument="--against")
    try:
        return Tally(
            ballots=Ballots(
                unions=args.union,
                against=args.against,
                void=args.void or 0,
                challenged=args.challenged or 0,
            ),
            eligible=args.eligible,
            **fields,
        )
    except InvalidValueError as e:
        raise UsageError(str(e), argument=option_of(e)) from None


def option_of(error: InvalidValueError) -> str:
    """
    Return the count option whose value *error* refuses; ``--union``
    for a union's name or votes.
    """
    return flag(error.field) if error.field in COUNTS[1:] else "--union"
