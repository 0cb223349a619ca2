"""
The decision on a tally, and why.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, final

import attrs

from . import _validators as v
from ._ballots import Choice
from .exceptions import InvalidOutcomeError


class Result(enum.Enum):
    """
    What a tally decides. The values are the words of the JSON output.

    >>> from laborvote import Ballots, Tally, decide
    >>> jfk8 = Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131))
    >>> decide(jfk8).result
    <Result.CERTIFIED: 'certified'>
    >>> Result("no_representative")
    <Result.NO_REPRESENTATIVE: 'no_representative'>

    Attributes:
        CERTIFIED: A labor organization won a majority: certification of
            representative.
        NO_REPRESENTATIVE: No labor organization won: certification of
            results.
        RUNOFF: No choice won a majority of a ballot of three or more
            choices: a runoff between the two leading choices (29 CFR
            102.70).
        NEW_ELECTION: The election was a nullity because of a tie (29 CFR
            102.70(d)): a new election with all the original choices.
        UNRESOLVED: The challenged ballots are determinative: they must be
            resolved before anything can be certified.

    .. versionadded:: 26.1.0
    """

    CERTIFIED = "certified"
    NO_REPRESENTATIVE = "no_representative"
    RUNOFF = "runoff"
    NEW_ELECTION = "new_election"
    UNRESOLVED = "unresolved"


def _check_pair(_inst: object, _attribute: object, value: Any) -> None:
    if value is None:
        return
    if not (
        isinstance(value, tuple)
        and len(value) == 2  # noqa: PLR2004
        and all(isinstance(c, Choice) for c in value)
        and value[0] != value[1]
    ):
        msg = f"runoff_between must be two different choices, got {value!r}"
        raise InvalidOutcomeError(msg, field="runoff_between", value=value)


def _optional_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_reasons(_inst: object, _attribute: object, value: Any) -> None:
    if not (
        isinstance(value, tuple)
        and all(isinstance(r, str) and r for r in value)
    ):
        msg = f"reasons must be a tuple of sentences, got {value!r}"
        raise InvalidOutcomeError(msg, field="reasons", value=value)


@final
@attrs.frozen(kw_only=True)
class Outcome:
    """
    The decision on a tally and the reasons for it.

    You get one from `laborvote.decide`:

    >>> from laborvote import Ballots, Tally, decide
    >>> o = decide(
    ...     Tally(
    ...         ballots=Ballots(
    ...             unions={"ALU": 2654}, against=2131, challenged=67
    ...         )
    ...     )
    ... )
    >>> o.result, o.winner.name, o.challenges_determinative, o.majority
    (<Result.CERTIFIED: 'certified'>, 'ALU', False, 2393)

    Attributes:
        result: What the tally decides.
        winner: The certified labor organization, if `result` is
            `Result.CERTIFIED`.
        runoff_between: The two choices of the runoff ballot, most votes
            first, if `result` is `Result.RUNOFF`.
        challenges_determinative: Whether some way of resolving the
            challenged ballots leads to a different outcome.
        majority: The votes a choice needs for a majority of the valid
            votes counted.
        reasons: Sentences that explain the decision, each citing its
            rule.

    Raises:
        InvalidOutcomeError: If the fields contradict each other.

    .. versionadded:: 26.1.0
    """

    result: Result = attrs.field(
        validator=v.instance(Result, InvalidOutcomeError)
    )
    winner: Choice | None = attrs.field(
        default=None,
        validator=v.instance(Choice, InvalidOutcomeError, optional=True),
    )
    runoff_between: tuple[Choice, Choice] | None = attrs.field(
        default=None, converter=_optional_tuple, validator=_check_pair
    )
    challenges_determinative: bool = attrs.field(
        default=False, validator=v.instance(bool, InvalidOutcomeError)
    )
    majority: int = attrs.field(validator=v.count)
    reasons: tuple[str, ...] = attrs.field(
        default=(), converter=_optional_tuple, validator=_check_reasons
    )

    def __attrs_post_init__(self) -> None:
        certified = self.result is Result.CERTIFIED
        if certified != (self.winner is not None) or (
            self.winner is not None and not self.winner.is_union
        ):
            msg = (
                "winner must be a union exactly when the result is "
                f"certified, got {self.winner!r} with {self.result.value!r}"
            )
            raise InvalidOutcomeError(msg, field="winner", value=self.winner)
        if (self.result is Result.RUNOFF) != (self.runoff_between is not None):
            msg = (
                "runoff_between must be two choices exactly when the result "
                f"is a runoff, got {self.runoff_between!r} with "
                f"{self.result.value!r}"
            )
            raise InvalidOutcomeError(
                msg, field="runoff_between", value=self.runoff_between
            )
        if (self.result is Result.UNRESOLVED) != self.challenges_determinative:
            msg = (
                "the result is unresolved exactly when the challenges are "
                f"determinative, got {self.result.value!r} with "
                f"challenges_determinative={self.challenges_determinative!r}"
            )
            raise InvalidOutcomeError(
                msg,
                field="challenges_determinative",
                value=self.challenges_determinative,
            )

    def as_dict(self) -> dict[str, Any]:
        """
        Return this outcome as a JSON-ready `dict`.

        >>> from laborvote import Ballots, Tally, decide
        >>> o = decide(Tally(ballots=Ballots(unions={"A": 3}, against=1)))
        >>> o.as_dict()["winner"]
        {'name': 'A', 'kind': 'union'}

        .. versionadded:: 26.1.0
        """
        return {
            "result": self.result.value,
            "winner": None if self.winner is None else self.winner.as_dict(),
            "runoff_between": (
                None
                if self.runoff_between is None
                else [c.as_dict() for c in self.runoff_between]
            ),
            "challenges_determinative": self.challenges_determinative,
            "majority": self.majority,
            "reasons": list(self.reasons),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Outcome:
        """
        Build an outcome from the output of `as_dict`.

        >>> from laborvote import Ballots, Tally, decide
        >>> o = decide(Tally(ballots=Ballots(unions={"A": 3}, against=1)))
        >>> Outcome.from_dict(o.as_dict()) == o
        True

        Raises:
            InvalidOutcomeError: If a field cannot be read.

        .. versionadded:: 26.1.0
        """
        result = v.parse_enum(
            Result, data.get("result"), "result", InvalidOutcomeError
        )
        winner = data.get("winner")
        pair = data.get("runoff_between")
        return cls(
            result=result,
            winner=None if winner is None else Choice.from_dict(winner),
            runoff_between=(
                None
                if pair is None
                else tuple(Choice.from_dict(c) for c in pair)
            ),
            challenges_determinative=data.get(
                "challenges_determinative", False
            ),
            majority=data.get("majority"),  # type: ignore[arg-type]
            reasons=data.get("reasons", ()),
        )
