"""
The ``laborvote`` command.
"""

from laborvote.cli._decide import main as main

__all__ = ["main"]
