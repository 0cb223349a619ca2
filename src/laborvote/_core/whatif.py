"""
What if the challenged ballots were opened: resolve some or all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from laborvote._core import validators as v
from laborvote._core.ballots import Ballots, Choice
from laborvote._core.tally import Tally, TallyKind
from laborvote.exceptions import (
    InvalidChoiceError,
    InvalidResolutionError,
    InvalidTallyError,
)

_Counted = (
    Mapping[str, int] | Mapping[Choice, int] | Mapping[str | Choice, int]
)


def _counted(tally: Tally, counted: _Counted | None) -> dict[Choice, int]:
    """
    Return *counted* keyed by the tally's choices, every count checked.
    """
    if counted is None:
        return {}
    if not isinstance(counted, Mapping):
        msg = (
            "counted must map choices to the challenged ballots counted for "
            f"them, got {counted!r}"
        )
        raise InvalidResolutionError(msg, field="counted", value=counted)
    out: dict[Choice, int] = {}
    for key, n in counted.items():
        try:
            choice = tally.ballots.choice(key)
        except InvalidChoiceError as e:
            msg = f"counted: {e}"
            raise InvalidChoiceError(msg, field="counted", value=key) from None
        if choice in out:
            msg = f"counted names {choice.name!r} twice"
            raise InvalidResolutionError(msg, field="counted", value=counted)
        out[choice] = v.check_count(n, f"counted[{choice.name!r}]")
    return out


def resolve_challenges(
    tally: Tally,
    *,
    counted: _Counted | None = None,
    void: int = 0,
    date: dt.date | None = None,
) -> Tally:
    """
    Return the revised tally after some or all challenged ballots are
    resolved.

    *counted* says how many of the challenged ballots are opened and
    counted for each choice (by name or `Choice`); *void* how many are
    opened and found void, or not counted because the challenge was
    sustained. The ballots not resolved stay challenged. The votes, void
    ballots and challenged ballots change; the eligible voters, the case
    number and the unit stay. The revised tally is a
    `TallyKind.REVISED` one (a runoff's stays a `TallyKind.RUNOFF`, so
    that no second runoff follows), dated *date*: the day of the revised
    count, `None` if not given.

    "If 300 of Bessemer 2022's challenged ballots are opened and split
    160-140, what then?"

    >>> from laborvote import Ballots, Tally, decide
    >>> rerun = Tally(
    ...     ballots=Ballots(
    ...         unions={"RWDSU": 875}, against=993, void=59, challenged=416
    ...     ),
    ...     eligible=6153,
    ... )
    >>> revised = resolve_challenges(
    ...     rerun, counted={"RWDSU": 160, "No union": 140}
    ... )
    >>> revised.votes, revised.challenged, revised.kind
    ((1035, 1133), 116, <TallyKind.REVISED: 'revised'>)
    >>> decide(revised).result
    <Result.UNRESOLVED: 'unresolved'>

    The union now trails by 98 with 116 ballots still sealed, so those
    are still determinative. Open the rest:

    >>> final = resolve_challenges(
    ...     revised, counted={"RWDSU": 50, "No union": 40}, void=26
    ... )
    >>> final.votes, final.void, final.challenged
    ((1085, 1173), 85, 0)
    >>> decide(final).result
    <Result.NO_REPRESENTATIVE: 'no_representative'>

    Raises:
        InvalidTallyError: If *tally* is not a `Tally`.
        InvalidChoiceError: If *counted* names a choice not on the ballot.
        InvalidCountError: If a count is not a non-negative `int`.
        InvalidResolutionError: If *counted* is not a mapping, names a
            choice twice, or more ballots are resolved than were
            challenged.

    .. versionadded:: 26.1.0
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {tally!r}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    added = _counted(tally, counted)
    void = v.check_count(void, "void")
    resolved = sum(added.values()) + void
    if resolved > tally.challenged:
        field, value = (
            ("void", void) if void > tally.challenged else ("counted", counted)
        )
        msg = (
            f"the resolution opens {resolved:,} ballots (counted: "
            f"{sum(added.values()):,}, void: {void:,}), but only "
            f"{tally.challenged:,} were challenged"
        )
        raise InvalidResolutionError(msg, field=field, value=value)
    b = tally.ballots
    unions = tuple(
        (name, n + added.get(Choice(name), 0)) for name, n in b.unions
    )
    against = (
        None if b.against is None else b.against + added.get(Choice.AGAINST, 0)
    )
    ballots = Ballots(
        unions=unions,
        against=against,
        void=b.void + void,
        challenged=b.challenged - resolved,
    )
    kind = (
        TallyKind.RUNOFF
        if tally.kind is TallyKind.RUNOFF
        else TallyKind.REVISED
    )
    changes: dict[str, Any] = {"ballots": ballots, "kind": kind, "date": date}
    return attrs.evolve(tally, **changes)
