"""
Every exception that laborvote raises on purpose.

All of them derive from `LaborVoteError`, so ``except LaborVoteError``
catches anything the library raises deliberately.
Each concrete error also subclasses the builtin it refines
(`ValueError`, mostly), so ``except ValueError`` works as well.

Errors about a bad value carry the *field* it was meant for and the
*value* itself, and say both in their message:

>>> import laborvote
>>> try:
...     laborvote.Ballots(unions={"RWDSU": -1}, against=3)
... except laborvote.exceptions.InvalidCountError as e:
...     print(e)
...     print(e.field, e.value)
votes for 'RWDSU' must be a non-negative int, got -1
votes for 'RWDSU' -1

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import enum

__all__ = [
    "InvalidBallotsError",
    "InvalidCaseNumberError",
    "InvalidChoiceError",
    "InvalidCountError",
    "InvalidElectionError",
    "InvalidObjectionError",
    "InvalidOutcomeError",
    "InvalidRuleVersionError",
    "InvalidTallyError",
    "InvalidTransitionError",
    "InvalidValueError",
    "LaborVoteError",
    "MissingDependencyError",
    "NoRuleVersionError",
]


class LaborVoteError(Exception):
    """
    Base class of every exception laborvote raises on purpose.

    .. versionadded:: 26.1.0
    """


class InvalidValueError(LaborVoteError, ValueError):
    """
    A value is not acceptable for the field it was given for.

    Attributes:
        field: The name of the field, argument or column.
        value: The offending value, as given.

    .. versionadded:: 26.1.0
    """

    field: str
    value: object

    def __init__(self, message: str, *, field: str, value: object) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class InvalidCountError(InvalidValueError):
    """
    A ballot count is not a non-negative `int`.

    `bool` and `float` are refused too: ``True`` votes and ``2.0`` voters
    are bugs, not counts.

    .. versionadded:: 26.1.0
    """


class InvalidChoiceError(InvalidValueError):
    """
    A choice on the ballot is malformed, or not on the ballot.

    .. versionadded:: 26.1.0
    """


class InvalidBallotsError(InvalidValueError):
    """
    The choices of a ballot do not make a ballot.

    For example, a union named twice, or no union at all.

    .. versionadded:: 26.1.0
    """


class InvalidTallyError(InvalidValueError):
    """
    A field of a `laborvote.Tally` is malformed.

    .. versionadded:: 26.1.0
    """


class InvalidCaseNumberError(InvalidValueError):
    """
    A string is not an NLRB case number such as ``10-RC-269250``.

    .. versionadded:: 26.1.0
    """


class InvalidOutcomeError(InvalidValueError):
    """
    The fields of a `laborvote.Outcome` contradict each other.

    .. versionadded:: 26.1.0
    """


class InvalidObjectionError(InvalidValueError):
    """
    A field of a `laborvote.Objection` is malformed.

    .. versionadded:: 26.1.0
    """


class InvalidTransitionError(LaborVoteError, ValueError):
    """
    An objection cannot move from its current status to the one asked for.

    Only a filed objection can be overruled, sustained or withdrawn;
    those three are final.

    >>> import datetime as dt
    >>> import laborvote
    >>> o = laborvote.Objection(
    ...     party="Amazon", number=1, text="Delay", filed=dt.date(2022, 4, 8)
    ... ).overrule(on=dt.date(2023, 1, 11))
    >>> try:
    ...     o.sustain(on=dt.date(2023, 2, 1))
    ... except laborvote.exceptions.InvalidTransitionError as e:
    ...     print(e.current.value, e.attempted.value)
    overruled sustained

    Attributes:
        current: The objection's status.
        attempted: The status asked for.

    .. versionadded:: 26.1.0
    """

    current: enum.Enum
    attempted: enum.Enum

    def __init__(
        self, message: str, *, current: enum.Enum, attempted: enum.Enum
    ) -> None:
        super().__init__(message)
        self.current = current
        self.attempted = attempted


class InvalidElectionError(InvalidValueError):
    """
    The tallies and objections of a `laborvote.Election` do not make a case.

    For example, a runoff after an election that needed none, or a rerun
    before any objection was sustained.

    >>> import datetime as dt
    >>> import laborvote
    >>> undated = laborvote.Tally(
    ...     ballots=laborvote.Ballots(unions={"ALU": 3}, against=1)
    ... )
    >>> try:
    ...     laborvote.Election(tallies=[undated])
    ... except laborvote.exceptions.InvalidElectionError as e:
    ...     print(e)
    tallies[0] must have a date, got None

    .. versionadded:: 26.1.0
    """


class InvalidRuleVersionError(InvalidValueError):
    """
    No version of the objection-deadline rules has the name asked for.

    >>> import datetime as dt
    >>> import laborvote
    >>> try:
    ...     laborvote.objections_due(dt.date(2021, 4, 9), rules="2014")
    ... except laborvote.exceptions.InvalidRuleVersionError as e:
    ...     print(e)
    rules must be one of '2015', '2020', got '2014'

    .. versionadded:: 26.1.0
    """


class NoRuleVersionError(InvalidValueError):
    """
    No version of the objection-deadline rules covers a tally's date.

    laborvote knows the rules in force since 14 April 2015; for an earlier
    tally, pin a version with ``rules=`` if you accept its meaning.

    >>> import datetime as dt
    >>> import laborvote
    >>> try:
    ...     laborvote.objections_due(dt.date(2014, 2, 14))
    ... except laborvote.exceptions.NoRuleVersionError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    no version of the objection-deadline rules covers a tally on
    2014-02-14 (they cover 2015-04-14 onward); pin one with rules=NAME

    .. versionadded:: 26.1.0
    """


class MissingDependencyError(LaborVoteError, ImportError):
    """
    A feature needs an optional dependency that is not installed.

    The message names the extra to install, such as
    ``pip install 'laborvote[holidays]'``.

    Attributes:
        extra: The name of the extra that provides the dependency.

    .. versionadded:: 26.1.0
    """

    extra: str

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra
