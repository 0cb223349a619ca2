"""
The command's exit codes, its errors, and the one place they are printed.
"""

from __future__ import annotations

import enum
import json
import re
import sys

from laborvote._core import forms
from laborvote.exceptions import InvalidValueError, LaborVoteError


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

    *argument* is the option at fault, named in the message and, under
    ``--json``, as the error's ``field``; *field* (when no option is at
    fault) and *value* say the rest. Raised from a library error
    (``raise ... from None`` keeps it as the context), the error's type,
    field and value are that error's, the field an option if one is
    given.
    """

    status = ExitCode.USAGE

    def __init__(
        self,
        message: str,
        *,
        argument: str | None = None,
        field: str | None = None,
        value: object = None,
    ) -> None:
        super().__init__(
            message if argument is None else f"argument {argument}: {message}"
        )
        self.field = argument or field
        self.value = value


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


#: The option an argparse message names: ``argument --on: ...``.
_ARGUMENT = re.compile(r"argument (\S+?):")
#: The first option of argparse's "required" message.
_REQUIRED = re.compile(r"arguments are required: (\S+?)(?:,|$)")


def _form(error: CommandError | str, message: str) -> dict[str, object]:
    """
    Return the JSON form of *error* (see `laborvote._core.forms.error`).
    """
    if not isinstance(error, CommandError):
        return forms.error("UsageError", message, field=None)
    kind, field, value = type(error).__name__, error.field, error.value
    cause = error.__context__
    if isinstance(cause, LaborVoteError):
        kind = type(cause).__name__
        if isinstance(cause, InvalidValueError):
            field = field or cause.field
            value = cause.value if value is None else value
    if field is None:
        found = _ARGUMENT.match(message) or _REQUIRED.search(message)
        field = None if found is None else found[1]
    if isinstance(value, str) and len(value) > MAX_LINE:
        value = shorten(value, MAX_LINE)
    return forms.error(kind, message, field=field, value=value)


def report(error: CommandError | str, *, as_json: bool = False) -> int:
    """
    Print *error* as one line on standard error; return its exit status.

    With *as_json*, the line is one JSON object, the error form: its
    ``type``, ``field``, ``value`` and ``message``, and its ``schema``.
    """
    message = " ".join(str(error).split())
    if as_json:
        line = json.dumps(_form(error, message), ensure_ascii=False)
    else:
        if len(message) > MAX_LINE:
            message = message[: MAX_LINE - 3] + "..."
        line = f"laborvote: error: {message}"
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
    status = (
        error.status if isinstance(error, CommandError) else ExitCode.USAGE
    )
    return int(status)
