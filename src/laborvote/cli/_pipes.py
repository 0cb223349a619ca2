"""
Standard output for the command line, when its reader goes away.
"""

from __future__ import annotations

import os
import sys


def silence_stdout() -> None:
    """
    Point standard output at the null device after a broken pipe.

    The reader went away (``laborvote ... | head``): that is no error, and
    Python must not complain when it flushes at exit.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
