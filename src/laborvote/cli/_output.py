"""
Standard output for the command: a closed pipe ends the command quietly,
and any other failure to write is reported as such, not as bad input.
"""

from __future__ import annotations

import errno
import os
import sys

from laborvote.cli._errors import UnavailableError


class ClosedPipe(Exception):  # noqa: N818 - a signal, not an error
    """
    The reader of standard output went away (``laborvote ... | head``).
    """


def write(text: str) -> None:
    """
    Write *text* to standard output.

    Raises:
        ClosedPipe: If the reader went away.
        UnavailableError: If the output cannot be written (a full disk).
    """
    try:
        sys.stdout.write(text)
    except OSError as e:
        _failed(e)


def flush() -> None:
    """
    Flush standard output, with the errors of `write`.
    """
    try:
        sys.stdout.flush()
    except OSError as e:
        _failed(e)


def _failed(error: OSError) -> None:
    silence_stdout()
    if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
        raise ClosedPipe from None
    msg = f"cannot write the output: {error.strerror or error}"
    raise UnavailableError(msg) from None


class Stdout:
    """
    A file-like view of standard output whose `write` is `write` above,
    for the writers of the csv module.
    """

    def write(self, text: str) -> int:
        """
        Write *text*; return its length, as files do.
        """
        write(text)
        return len(text)


def silence_stdout() -> None:
    """
    Point standard output at the null device.

    After a broken pipe or a full disk, Python must not complain when it
    flushes what is left at exit.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
