"""
The swing: the fewest voters who, switching from one choice to another,
would have changed the outcome.

Every outcome class is a union of *boxes* of final votes F, bounds
``lo <= F <= hi`` with ``sum(F) == sum(votes)``. Reaching a box from the
votes v takes ``max(up, down)`` switches, where *up* is what the choices
below their lower bounds must gain, ``sum(max(0, lo - v))``, and *down*
what those above their upper bounds must lose: a switch moves one vote
down and one up, and whatever else must move can go where the bounds
allow. So the swing is a minimum over boxes:

- a majority for *i*: ``F[i] > total // 2``;
- no majority (two choices, or a runoff ballot): every ``F <= total // 2``;
- a runoff between *a* and *b*, for each level *m* of the others: *a* and
  *b* in ``(m, total // 2]``, the others at most *m*;
- a new election, for each level *l*: one choice in ``[l, total // 2]``,
  two others at *l*, the rest at most *l*.

Only where every eligible voter cast a valid ballot can the 29 CFR
102.70(d) exception apply, which is no box; there the swing is found by
trying each number of switches in turn, with the engine's `classes_at`
deciding what the votes left after each set of departures can reach.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from laborvote._core import engine as _engine
from laborvote._core.arithmetic import engine_context
from laborvote._core.tally import Tally
from laborvote.exceptions import InvalidTallyError


def _cost(votes: Sequence[int], lo: Sequence[int], hi: Sequence[int]) -> int:
    """
    Return the switches that reach the box ``lo <= F <= hi`` with
    ``sum(F) == sum(votes)``, or a number above the total if none does.
    """
    total = sum(votes)
    if sum(lo) > total or sum(hi) < total or any(map(int.__gt__, lo, hi)):
        return total + 1
    up = sum(max(0, a - n) for a, n in zip(lo, votes, strict=True))
    down = sum(max(0, n - b) for b, n in zip(hi, votes, strict=True))
    return max(up, down)


def _boxes(  # noqa: C901
    votes: Sequence[int], context: _engine.Context, now: _engine.Key
) -> Iterator[tuple[list[int], list[int]]]:
    """
    Yield the boxes of every outcome class other than *now*.
    """
    k, total = len(votes), sum(votes)
    half = total // 2
    for i in range(k):
        if _engine.majority_key(i, context.against) != now:
            lo = [0] * k
            lo[i] = half + 1
            yield lo, [total] * k
    if not context.runoff_possible:
        if now != _engine.NONE:
            yield [0] * k, [half] * k
        return
    for a, b in itertools.combinations(range(k), 2):
        if _engine.runoff_key(a, b) == now:
            continue
        for m in range(half):
            lo, hi = [0] * k, [m] * k
            lo[a] = lo[b] = m + 1
            hi[a] = hi[b] = half
            yield lo, hi
    if now == _engine.NULLITY:
        return
    for level in range(half + 1):
        for top in range(k):
            for b, c in itertools.combinations(
                [j for j in range(k) if j != top], 2
            ):
                lo, hi = [0] * k, [level] * k
                lo[top], hi[top] = level, half
                lo[b] = lo[c] = level
                yield lo, hi


def _departures(votes: Sequence[int], n: int) -> Iterator[list[int]]:
    """
    Yield the votes left after *n* voters leave their choices, every way.
    """
    if len(votes) == 1:
        if n <= votes[0]:
            yield [votes[0] - n]
        return
    for x in range(min(votes[0], n) + 1):
        for rest in _departures(votes[1:], n - x):
            yield [votes[0] - x, *rest]


def fewest_switches(votes: Sequence[int], context: _engine.Context) -> int:
    """
    Return the fewest voters who, switching, change the outcome class of
    *votes* (which must hold at least one vote).
    """
    now = _engine.classify(votes, context)
    total = sum(votes)
    if context.runoff_possible and total == context.eligible:
        # Switching every voter to a choice other than now's winner (or
        # to a union) always changes the outcome, so the search ends.
        n = 1
        while True:
            for left in _departures(votes, n):
                if _engine.classes_at(left, total, context) - {now}:
                    return n
            n += 1
    return min(_cost(votes, lo, hi) for lo, hi in _boxes(votes, context, now))


def switches_to_change(tally: Tally) -> int | None:
    """
    Return the fewest voters who, switching from one choice to another,
    would have changed the outcome.

    Unlike `laborvote.challenges_to_change`, no ballot is added: the
    valid votes counted stay as many, and the challenged ballots stay
    out, as in the outcome `laborvote.decide` gives on the valid votes
    counted alone. One switch moves one vote: the switcher's old choice
    loses it and the new one gains it. `None` if no valid vote was
    counted (there is nobody to switch).

    >>> from laborvote import Ballots, Tally
    >>> switches_to_change(
    ...     Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798))
    ... )
    531

    531 of the 1,798 voting against, had they voted for the RWDSU, would
    have given it 1,269 of the 2,536 valid votes, a majority; 1,061
    challenged ballots would have been needed for the same.

    Raises:
        InvalidTallyError: If *tally* is not a `Tally`.

    .. versionadded:: 26.1.0
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {tally!r}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    if not tally.valid_votes:
        return None
    return fewest_switches(tally.votes, engine_context(tally))
