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

__all__ = [
    "InvalidBallotsError",
    "InvalidCaseNumberError",
    "InvalidChoiceError",
    "InvalidCountError",
    "InvalidObjectionError",
    "InvalidOutcomeError",
    "InvalidRulebookError",
    "InvalidTallyError",
    "InvalidValueError",
    "LaborVoteError",
    "NoRulesInForceError",
    "UnknownRulebookError",
]


class LaborVoteError(Exception):
    """
    Base class of every exception laborvote raises on purpose.

    >>> import laborvote
    >>> try:
    ...     laborvote.CaseNumber.parse("10-RC")
    ... except laborvote.exceptions.LaborVoteError as e:
    ...     print(type(e).__name__, e.field, repr(e.value))
    InvalidCaseNumberError case_number '10-RC'

    .. versionadded:: 26.1.0
    """


class InvalidValueError(LaborVoteError, ValueError):
    """
    A value is not acceptable for the field it was given for.

    It is a `ValueError` too, so code that expects one keeps working.

    >>> import laborvote
    >>> try:
    ...     laborvote.Tally(
    ...         ballots=laborvote.Ballots(unions={"ALU": 2654}, against=2131),
    ...         eligible=-8325,
    ...     )
    ... except ValueError as e:
    ...     print(e.field, e.value)
    eligible -8325

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

    >>> import laborvote
    >>> try:
    ...     laborvote.Ballots(unions={"RWDSU": 738}, against=1798.0)
    ... except laborvote.exceptions.InvalidCountError as e:
    ...     print(e)
    against must be a non-negative int, got 1798.0

    .. versionadded:: 26.1.0
    """


class InvalidChoiceError(InvalidValueError):
    """
    A choice on the ballot is malformed, or not on the ballot.

    >>> import laborvote
    >>> ballots = laborvote.Ballots(unions={"ALU": 2654}, against=2131)
    >>> try:
    ...     ballots.votes_for("Teamsters")
    ... except laborvote.exceptions.InvalidChoiceError as e:
    ...     print(e)
    no choice 'Teamsters' on this ballot (choices: 'ALU', 'No union')

    .. versionadded:: 26.1.0
    """


class InvalidBallotsError(InvalidValueError):
    """
    The choices of a ballot do not make a ballot.

    For example, a union named twice, or no union at all.

    >>> import laborvote
    >>> try:
    ...     laborvote.Ballots(unions=[("ALU", 10), ("alu", 3)], against=5)
    ... except laborvote.exceptions.InvalidBallotsError as e:
    ...     print(e)
    unions name a union twice: 'ALU' and 'alu'

    .. versionadded:: 26.1.0
    """


class InvalidTallyError(InvalidValueError):
    """
    A field of a `laborvote.Tally` is malformed.

    >>> import laborvote
    >>> data = {
    ...     "ballots": {"unions": {"ALU": 2654}, "against": 2131},
    ...     "kind": "final",
    ... }
    >>> try:
    ...     laborvote.Tally.from_dict(data)
    ... except laborvote.exceptions.InvalidTallyError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    kind must be one of 'initial', 'revised', 'runoff', 'rerun',
    got 'final'

    .. versionadded:: 26.1.0
    """


class InvalidCaseNumberError(InvalidValueError):
    """
    A string is not an NLRB case number such as ``10-RC-269250``.

    >>> import laborvote
    >>> try:
    ...     laborvote.CaseNumber.parse("10-XX-269250")
    ... except laborvote.exceptions.InvalidCaseNumberError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    case_number must be an NLRB case number such as '10-RC-269250',
    got '10-XX-269250'

    .. versionadded:: 26.1.0
    """


class InvalidOutcomeError(InvalidValueError):
    """
    The fields of a `laborvote.Outcome` contradict each other.

    >>> import laborvote
    >>> try:
    ...     laborvote.Outcome(result=laborvote.Result.CERTIFIED, majority=2393)
    ... except laborvote.exceptions.InvalidOutcomeError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    winner must be a union exactly when the result is certified or
    recognised, got None with 'certified'

    .. versionadded:: 26.1.0
    """


class InvalidObjectionError(InvalidValueError):
    """
    A field of a `laborvote.Objection` is malformed.

    >>> import datetime as dt
    >>> import laborvote
    >>> try:
    ...     laborvote.Objection(
    ...         party="RWDSU",
    ...         number=0,
    ...         text="Employer-requested mailbox on site",
    ...         filed=dt.date(2021, 4, 16),
    ...     )
    ... except laborvote.exceptions.InvalidObjectionError as e:
    ...     print(e)
    number must be at least 1, got 0

    .. versionadded:: 26.1.0
    """


class InvalidRulebookError(InvalidValueError):
    """
    A rulebook, one of its versions or one of its tests is malformed.

    For example, two versions of a rulebook that overlap, or leave a gap
    between them.

    >>> import datetime as dt
    >>> import laborvote
    >>> from laborvote.rules import uk_industrial_action
    >>> try:
    ...     uk_industrial_action.rulebook(turnout_repeal=dt.date(2025, 1, 1))
    ... except laborvote.exceptions.InvalidRulebookError as e:
    ...     print(e.field)
    turnout_repeal

    .. versionadded:: 26.1.0
    """


class NoRulesInForceError(InvalidValueError):
    """
    No version of a rulebook is in force on the date asked for.

    Also raised when a rulebook has several versions and no date was
    given to choose between them: laborvote never picks one silently.

    >>> import laborvote
    >>> ud = laborvote.Tally(
    ...     ballots=laborvote.Ballots(unions={"Yes": 57}, against=38),
    ...     eligible=150,
    ... )
    >>> try:
    ...     laborvote.decide(ud, rules="uk-recognition")
    ... except laborvote.exceptions.NoRulesInForceError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    the rulebook 'uk-recognition' has 2 versions (uk-recognition-40-percent
    before 2026-04-06; uk-recognition-2026 from 2026-04-06): give the date
    of the vote, got None

    .. versionadded:: 26.1.0
    """


class UnknownRulebookError(LaborVoteError, LookupError):
    """
    No rulebook is registered under the name asked for.

    It is a `LookupError` too.

    >>> import laborvote
    >>> try:
    ...     laborvote.rules.rulebook("ontario")
    ... except LookupError as e:
    ...     print(e.name)
    ontario

    Attributes:
        name: The name that was asked for.

    .. versionadded:: 26.1.0
    """

    name: object

    def __init__(self, message: str, *, name: object) -> None:
        super().__init__(message)
        self.name = name
