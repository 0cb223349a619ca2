"""
The one way the audit's codes are written: each member of a code enum is
defined with its code and its sentence, and its docstring's list of
attributes is made from them.
"""

from __future__ import annotations

import enum
import inspect
import textwrap
from typing import Self


class Coded(enum.Enum):
    """
    An enum whose members are defined as ``(code, sentence)``: the code is
    the member's value, the sentence what it means.
    """

    _value_: str
    _sentence: str

    def __new__(cls, code: str, sentence: str) -> Self:
        """
        Make the member whose value is *code*.
        """
        member = object.__new__(cls)
        member._value_ = code
        member._sentence = sentence
        return member


def document(kind: type[Coded]) -> None:
    """
    Add to *kind*'s docstring the Napoleon ``Attributes:`` section: each
    member with its sentence.
    """
    entries = (
        textwrap.fill(
            f"{member.name}: {member._sentence}",  # noqa: SLF001
            width=72,
            initial_indent="    ",
            subsequent_indent="        ",
        )
        for member in kind
    )
    # The docstring is cleaned first: Python 3.13 strips its indentation
    # and earlier versions do not, and the section must line up with it.
    kind.__doc__ = (
        inspect.cleandoc(kind.__doc__ or "")
        + "\n\nAttributes:\n"
        + "\n".join(entries)
    )
