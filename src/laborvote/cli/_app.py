"""
The ``laborvote`` parser and `main`: the one place where errors become
exit codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from laborvote import __version__
from laborvote.cli import (
    _audit,
    _deadline,
    _decide,
    _examples,
    _output,
    _rules,
)
from laborvote.cli._args import Parser
from laborvote.cli._errors import CommandError, ExitCode, report

if TYPE_CHECKING:
    from collections.abc import Sequence

#: The subcommands, in the order ``laborvote --help`` lists them.
COMMANDS = (_decide, _examples, _rules, _deadline, _audit)


def parser() -> Parser:
    """
    Return the parser of the ``laborvote`` command and its subcommands.
    """
    top = Parser(
        prog="laborvote",
        description=(
            "Decide union elections under the NLRB's rules and other "
            "rulebooks, and audit the Board's election files."
        ),
    )
    top.add_argument(
        "--version", action="version", version=f"laborvote {__version__}"
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``laborvote`` command with *argv* and return its exit status.

    Bad input exits with status 2 and one line on standard error; a
    missing package, or output that cannot be written, with status 1
    (``laborvote --help`` lists them).

    >>> main(
    ...     ["decide", "--union", "ALU=2654", "--against", "2131", "--json"]
    ... )  # doctest: +ELLIPSIS
    {"result": "certified", "winner": "ALU", ...}
    0

    .. versionadded:: 26.1.0
    """
    try:
        args = parser().parse_args(argv)
        status: int = args.func(args)
        _output.flush()
    except CommandError as e:
        return report(e)
    except _output.ClosedPipe:
        return int(ExitCode.OK)
    return status
