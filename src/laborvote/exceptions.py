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
    "InvalidDeadlineRuleError",
    "InvalidElectionError",
    "InvalidFileError",
    "InvalidObjectionError",
    "InvalidOddsError",
    "InvalidOutcomeError",
    "InvalidRecordError",
    "InvalidResolutionError",
    "InvalidRulebookError",
    "InvalidTallyError",
    "InvalidTransitionError",
    "InvalidValueError",
    "LaborVoteError",
    "MissingDependencyError",
    "NoDeadlineRuleError",
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


class InvalidResolutionError(InvalidValueError):
    """
    A resolution of challenged ballots does not fit the tally.

    >>> import laborvote
    >>> tally = laborvote.Tally(
    ...     ballots=laborvote.Ballots(
    ...         unions={"RWDSU": 875}, against=993, challenged=416
    ...     )
    ... )
    >>> try:
    ...     laborvote.resolve_challenges(tally, counted={"RWDSU": 500})
    ... except laborvote.exceptions.InvalidResolutionError as e:
    ...     print(e.field, e.value)
    counted {'RWDSU': 500}

    .. versionadded:: 26.1.0
    """


class InvalidOddsError(InvalidValueError):
    """
    The odds of a change cannot be computed as asked.

    An unknown model, a void share outside 0 to 1, or a tally too large
    for the exact sum (see `laborvote.odds_of_change`).

    >>> import laborvote
    >>> tally = laborvote.Tally(
    ...     ballots=laborvote.Ballots(
    ...         unions={"RWDSU": 875}, against=993, challenged=416
    ...     )
    ... )
    >>> try:
    ...     laborvote.odds_of_change(tally, model="coin")
    ... except laborvote.exceptions.InvalidOddsError as e:
    ...     print(e.field, repr(e.value))
    model 'coin'

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
    number must be an int of at least 1, got 0

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


class InvalidDeadlineRuleError(InvalidValueError):
    """
    No version of the objection-deadline rules has the name asked for.

    >>> import datetime as dt
    >>> import laborvote
    >>> try:
    ...     laborvote.objections_due(dt.date(2021, 4, 9), rules="2014")
    ... except laborvote.exceptions.InvalidDeadlineRuleError as e:
    ...     print(e)
    rules must be one of '2015', '2020', got '2014'

    .. versionadded:: 26.1.0
    """


class NoDeadlineRuleError(InvalidValueError):
    """
    No version of the objection-deadline rules covers a tally's date.

    laborvote knows the rules in force since 14 April 2015; for an earlier
    tally, pin a version with ``rules=`` if you accept its meaning.

    >>> import datetime as dt
    >>> import laborvote
    >>> try:
    ...     laborvote.objections_due(dt.date(2014, 2, 14))
    ... except laborvote.exceptions.NoDeadlineRuleError as e:
    ...     print(e)  # doctest: +NORMALIZE_WHITESPACE
    no version of the objection-deadline rules covers a tally on
    2014-02-14 (they cover 2015-04-14 onward); pin one with rules=NAME

    .. versionadded:: 26.1.0
    """


class MissingDependencyError(LaborVoteError, ImportError):
    """
    A feature needs an optional dependency that is not installed.

    The message names the extra to install, such as
    ``pip install 'laborvote[xlsx]'``.

    Attributes:
        extra: The name of the extra that provides the dependency.

    .. versionadded:: 26.1.0
    """

    extra: str

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra


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


class InvalidRecordError(InvalidValueError):
    """
    A cell of an NLRB data file cannot be read.

    For example, a date that is no date, a flag that is neither ``Y`` nor
    ``N``, or votes for a labor organization without its name.
    `field` is the column's header as the file writes it.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against,"
    ...     "Runoff Required\\n"
    ...     "10-RC-269250,RWDSU,738,1798,maybe\\n"
    ... )
    >>> [record] = nlrb.read_csv(data)
    >>> print(record.error)
    'Runoff Required' must be Y, N or blank, got 'maybe'

    .. versionadded:: 26.1.0
    """


class InvalidFileError(LaborVoteError, ValueError):
    """
    A file is not an NLRB election data file that laborvote can read.

    For example, no row near its top is a header that `laborvote.nlrb`
    knows, or it is neither UTF-8 text (CSV) nor an xlsx workbook.

    >>> import io
    >>> from laborvote import nlrb
    >>> try:
    ...     list(nlrb.read_csv(io.StringIO("name,age\\nAda,36\\n")))
    ... except laborvote.exceptions.InvalidFileError as e:
    ...     print(e.path)
    <stream>

    Attributes:
        path: The file, as given.

    .. versionadded:: 26.1.0
    """

    path: str

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path
