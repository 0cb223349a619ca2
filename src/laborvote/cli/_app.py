"""
The ``laborvote`` parser and `main`: the one place where errors become
exit codes.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from laborvote import __version__
from laborvote.cli import (
    _audit,
    _deadline,
    _decide,
    _examples,
    _output,
    _rules,
    _status,
)
from laborvote.cli._args import Parser
from laborvote.cli._errors import CommandError, ExitCode, report

if TYPE_CHECKING:
    from collections.abc import Sequence

#: The subcommands, in the order ``laborvote --help`` lists them.
COMMANDS = (_decide, _examples, _rules, _deadline, _status, _audit)


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
        args = parser().parse_args(given)
        status: int = args.func(args)
        _output.flush()
    except CommandError as e:
        return report(e, as_json=_json_errors(given))
    except _output.ClosedPipe:
        return int(ExitCode.OK)
    return status
