"""
The command's exit codes, its errors, and the one place they are printed.
"""

from __future__ import annotations

import enum
import sys


class ExitCode(enum.IntEnum):
    """
    What the ``laborvote`` command's exit status means.
    """

    #: The command did what it was asked (an audit that found
    #: discrepancies included).
    OK = 0
    #: Something outside the input failed: a package the command needs is
    #: not installed, or standard output could not be written.
    UNAVAILABLE = 1
    #: Bad input: an argument, or a file that cannot be read.
    USAGE = 2


#: The exit codes, for ``laborvote --help``.
EXIT_CODES = "exit status:\n" + "\n".join(
    f"  {code.value}  {text}"
    for code, text in (
        (ExitCode.OK, "done (an audit that finds discrepancies included)"),
        (
            ExitCode.UNAVAILABLE,
            (
                "a package the command needs is missing, or the output could "
                "not be written"
            ),
        ),
        (
            ExitCode.USAGE,
            (
                "bad input: an argument, or a file that cannot be read; one "
                "line on standard error says why"
            ),
        ),
    )
)

#: The longest error line printed; longer ones are cut.
MAX_LINE = 200


class CommandError(Exception):
    """
    An error that ends the command with *status* and one line of text.
    """

    status = ExitCode.USAGE

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(
            message if argument is None else f"argument {argument}: {message}"
        )


class UsageError(CommandError):
    """
    Bad input on the command line or in a file: exit status 2.
    """


class UnavailableError(CommandError):
    """
    A package is missing, or the output cannot be written: exit status 1.
    """

    status = ExitCode.UNAVAILABLE


def flag(field: str) -> str:
    """
    Return the option that sets the library's *field*, as ``--tally-date``
    for ``tally_date``.
    """
    return "--" + field.replace("_", "-")


def shorten(text: str, most: int = 40) -> str:
    """
    Return the repr of *text*, cut in the middle if it is longer than
    *most* characters, saying how long it was.
    """
    if len(text) <= most:
        return repr(text)
    half = most // 2
    return f"'{text[:half]}...{text[-half:]}' ({len(text):,} characters)"


def report(error: CommandError | str) -> int:
    """
    Print *error* as one line on standard error; return its exit status.
    """
    message = " ".join(str(error).split())
    if len(message) > MAX_LINE:
        message = message[: MAX_LINE - 3] + "..."
    sys.stderr.write(f"laborvote: error: {message}\n")
    sys.stderr.flush()
    status = (
        error.status if isinstance(error, CommandError) else ExitCode.USAGE
    )
    return int(status)
