"""
Pure functions over tallies: majorities, margins, turnout, support, and
whether the challenged ballots are determinative.

Vote arithmetic is integer arithmetic; shares are `fractions.Fraction`.
"""

from __future__ import annotations

from fractions import Fraction

from laborvote._core import engine as _engine
from laborvote._core import validators as v
from laborvote._core.ballots import Choice
from laborvote._core.tally import Tally, TallyKind
from laborvote.exceptions import InvalidTallyError


def _tally(tally: object) -> Tally:
    """
    Return *tally* if it is a `Tally`.

    Raises:
        InvalidTallyError: Otherwise, naming the argument ``tally``.
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {v.shown(tally)}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    return tally


def engine_context(tally: Tally) -> _engine.Context:
    """
    Return what besides the votes decides *tally*.
    """
    ballots = tally.ballots
    # The against choice, if any, is last on the ballot.
    k = len(ballots.unions) + (ballots.against is not None)
    return _engine.Context(
        against=None if ballots.against is None else k - 1,
        eligible=tally.eligible,
        runoff_possible=k >= 3  # noqa: PLR2004
        and tally.kind is not TallyKind.RUNOFF,
    )


def majority_needed(tally: Tally) -> int:
    """
    Return the votes a choice needs for a majority of the valid votes.

    A majority is more than half (NLRA section 9(a); 29 CFR 102.70(a));
    void and challenged ballots do not count.

    >>> from laborvote import Ballots, Tally
    >>> majority_needed(
    ...     Tally(
    ...         ballots=Ballots(unions={"RWDSU": 738}, against=1798, void=76)
    ...     )
    ... )
    1269

    Raises:
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return tally.valid_votes // 2 + 1


def _index(tally: Tally, choice: str | Choice | None) -> int:
    return (
        0
        if choice is None
        else tally.choices.index(tally.ballots.choice(choice))
    )


def margin(tally: Tally, choice: str | Choice | None = None) -> int:
    """
    Return how many more votes *choice* got than the best of the others.

    *choice* defaults to the first choice on the ballot (the petitioning
    union, or the incumbent in a decertification). A negative margin is
    a deficit.

    >>> from laborvote import Ballots, Tally
    >>> margin(Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798)))
    -1060

    Raises:
        InvalidChoiceError: If *choice* is not on the ballot.
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    i = _index(tally, choice)
    votes = tally.votes
    return votes[i] - max(n for j, n in enumerate(votes) if j != i)


def challenges_to_change(tally: Tally) -> int:
    """
    Return the fewest challenged ballots that could change the outcome.

    The outcome is what `laborvote.decide` would decide if the challenged
    ballots were all set aside: the winner, the runoff pair, a new
    election, or no representative. The answer is exact for any number of
    choices, and does not depend on how many ballots were challenged.

    >>> from laborvote import Ballots, Tally
    >>> challenges_to_change(
    ...     Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798))
    ... )
    1061

    So Bessemer's 505 challenged ballots could not change the result:
    even all 505 for the union give it 1,243 votes, 555 short of the
    1,798 against.

    Raises:
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return _engine.fewest_to_change(tally.votes, engine_context(tally))


def challenges_determinative(tally: Tally) -> bool:
    """
    Return whether the challenged ballots are determinative.

    They are iff some way of resolving them (each challenged ballot
    counted for any choice, or not counted) leads to a different outcome
    (29 CFR 102.69). On a two-choice ballot with *Y* votes for and *N*
    against, that is ``-C < Y - N <= C``: a union ahead by exactly *C*
    could still be tied, one behind by exactly *C* can at best tie.

    >>> from laborvote import Ballots, Tally
    >>> challenges_determinative(
    ...     Tally(
    ...         ballots=Ballots(
    ...             unions={"RWDSU": 875}, against=993, challenged=416
    ...         )
    ...     )
    ... )
    True

    Raises:
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return challenges_to_change(tally) <= tally.challenged


def _share(part: int, whole: int | None) -> Fraction | None:
    return None if not whole else Fraction(part, whole)


def turnout(tally: Tally) -> Fraction | None:
    """
    Return the ballots cast (valid, void and challenged) over the eligible.

    `None` if the number of eligible voters is unknown or zero.

    >>> from laborvote import Ballots, Tally
    >>> t = turnout(
    ...     Tally(
    ...         ballots=Ballots(
    ...             unions={"RWDSU": 738},
    ...             against=1798,
    ...             void=76,
    ...             challenged=505,
    ...         ),
    ...         eligible=5867,
    ...     )
    ... )
    >>> t, f"{float(t):.1%}"
    (Fraction(3117, 5867), '53.1%')

    Raises:
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return _share(tally.ballots_cast, tally.eligible)


def support(
    tally: Tally, choice: str | Choice | None = None
) -> Fraction | None:
    """
    Return *choice*'s share of the valid votes counted.

    *choice* defaults to the first choice on the ballot. `None` if no
    valid vote was counted.

    >>> from laborvote import Ballots, Tally
    >>> support(Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131)))
    Fraction(2654, 4785)

    Raises:
        InvalidChoiceError: If *choice* is not on the ballot.
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return _share(tally.votes[_index(tally, choice)], tally.valid_votes)


def support_of_eligible(
    tally: Tally, choice: str | Choice | None = None
) -> Fraction | None:
    """
    Return *choice*'s valid votes as a share of the eligible voters.

    *choice* defaults to the first choice on the ballot. `None` if the
    number of eligible voters is unknown or zero.

    >>> from laborvote import Ballots, Tally
    >>> s = support_of_eligible(
    ...     Tally(
    ...         ballots=Ballots(unions={"RWDSU": 738}, against=1798),
    ...         eligible=5867,
    ...     )
    ... )
    >>> f"{float(s):.1%}"
    '12.6%'

    Raises:
        InvalidChoiceError: If *choice* is not on the ballot.
        InvalidTallyError: If *tally* is not a `laborvote.Tally`.

    .. versionadded:: 26.1.0
    """
    _tally(tally)
    return _share(tally.votes[_index(tally, choice)], tally.eligible)
