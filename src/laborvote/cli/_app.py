"""
The ``laborvote`` parser and `main`: the one place where errors become
exit codes.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from laborvote import __version__
from laborvote.cli import _output
from laborvote.cli._args import Parser
from laborvote.cli._errors import CommandError, ExitCode, report

if TYPE_CHECKING:
    from collections.abc import Sequence

#: The subcommands, in the order ``laborvote --help`` lists them: each
#: with its module (which adds its parser, ``add_parser``) and its line
#: in the help.
COMMANDS = {
    "decide": ("._decide", "decide one tally of ballots"),
    "examples": ("._examples", "list the shipped examples"),
    "rules": ("._rules", "list the rulebooks, their versions and citations"),
    "deadline": (
        "._deadline",
        "the last day to file objections after a tally",
    ),
    "status": (
        "._status",
        "where a case stands on a day, and what comes next",
    ),
    "audit": ("._audit", "audit an NLRB election file against the law"),
}


def parser(argv: Sequence[str] | None = None) -> Parser:
    """
    Return the parser of the ``laborvote`` command and its subcommands.

    Given the arguments *argv*, only the subcommand they name is built
    whole, and only its module imported: the others are there by name
    and help line, which is all that parsing *argv* can use of them (so
    that ``laborvote audit`` does not load what ``decide`` needs).
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
    named = None if argv is None else _command(argv)
    for name, (module, summary) in COMMANDS.items():
        if argv is None or name == named:
            importlib.import_module(module, __package__).add_parser(
                sub, summary
            )
        else:
            sub.add_parser(name, help=summary)
    return top


def _command(argv: Sequence[str]) -> str | None:
    """
    Return the subcommand *argv* names: its first argument that is not an
    option (the command has no option that takes a value).
    """
    return next((a for a in argv if not a.startswith("-")), None)


def _json_errors(argv: Sequence[str]) -> bool:
    """
    Whether errors are written as JSON: under ``--json``.
    """
    return "--json" in argv


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``laborvote`` command with *argv* and return its exit status.

    Bad input exits with status 2 and one line on standard error; a
    missing package, or output that cannot be written, with status 1
    (``laborvote --help`` lists them). Under ``--json`` that line is one
    JSON object: the error's ``type``, ``field``, ``value``, ``message``
    and ``schema``.

    >>> main(
    ...     ["decide", "--union", "ALU=2654", "--against", "2131", "--json"]
    ... )  # doctest: +ELLIPSIS
    {"schema": "urn:laborvote:schema:decision:1", "result": "certified", ...}
    0

    .. versionadded:: 26.1.0
    """
    given = sys.argv[1:] if argv is None else list(argv)
    try:
        args = parser(given).parse_args(given)
        status: int = args.func(args)
        _output.flush()
    except CommandError as e:
        return report(e, as_json=_json_errors(given))
    except _output.ClosedPipe:
        return int(ExitCode.OK)
    return status
