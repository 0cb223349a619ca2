"""
The NLRB's outcome classes and the exact search for determinative challenges.

An *outcome class* is what a count decides, as a hashable `Key`:
``Key("maj", i)`` (choice *i*, a union, wins a majority), `NONE` (no
representative), ``Key("runoff", i, j)`` or `NULLITY`.
Indices are positions on the ballot.

The challenged ballots are determinative iff some way of resolving them
(each one counted for any choice, or not counted) gives a different class
than the count as it stands.  Rather than enumerate the allocations
(which grows like C ** choices), `fewest_to_change` reasons about the
possible *totals* S of valid votes.  For a fixed S, "no majority" is the
box constraint ``F[i] <= S // 2`` on the final votes F, and each class is
a box with one or two order constraints whose feasibility `classes_at`
decides exactly in O(choices ** 2).  Each class other than the current
one is then looked for upward from a lower bound of the totals at which
it could appear (`_lower_bounds`); the bounds are tight up to parity, so
the answer takes a handful of steps whatever the number of challenged
ballots.  Only the total equal to the number of eligible voters needs
care: there the 102.70(d) exception ("every eligible voter cast a valid
ballot") can apply, and `classes_at` treats it apart.

Everything here is integer arithmetic on plain tuples, for speed.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, cast


class Key(NamedTuple):
    """
    An outcome class: its kind and the ballot positions it names.
    """

    kind: str
    first: int = -1
    second: int = -1


class Context(NamedTuple):
    """
    What besides the votes decides a count.

    Attributes:
        against: The ballot position of the against choice, if any.
        eligible: The number of eligible voters, if known.
        runoff_possible: Whether no majority leads to a runoff (three or
            more choices, and not itself a runoff).
    """

    against: int | None
    eligible: int | None
    runoff_possible: bool


NONE = Key("none")
NULLITY = Key("nullity")


@functools.cache
def _majority(i: int) -> Key:
    # The classes are values: one per ballot position, built once.
    return Key("maj", i)


def majority_key(i: int, against: int | None) -> Key:
    """
    Return the class of choice *i* winning a majority.
    """
    return NONE if i == against else _majority(i)


def runoff_key(i: int, j: int) -> Key:
    """
    Return the class of a runoff between choices *i* and *j*.
    """
    return Key("runoff", min(i, j), max(i, j))


def tie_with_zero(votes: Sequence[int]) -> bool:
    """
    Whether two choices tie while another choice got no votes.

    That is the shape of the exception in 29 CFR 102.70(d): distinct
    *i*, *j*, *l* with ``votes[i] == votes[j]`` and ``votes[l] == 0``.
    """
    zeros = votes.count(0)
    if zeros >= 3:  # noqa: PLR2004
        return True
    nonzero = [n for n in votes if n]
    return zeros >= 1 and len(set(nonzero)) < len(nonzero)


def classify(votes: Sequence[int], context: Context) -> Key:
    """
    Return the outcome class of final valid *votes* (29 CFR 102.70).
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return majority_key(i, context.against)
    if not context.runoff_possible:
        return NONE
    if total == context.eligible and tie_with_zero(votes):
        return NONE
    order = sorted(range(len(votes)), key=lambda i: (-votes[i], i))
    if votes[order[1]] == votes[order[2]]:
        return NULLITY
    return runoff_key(order[0], order[1])


def ceil_div(a: int, b: int) -> int:
    """
    Return *a* / *b* rounded up, in integers.
    """
    return -(-a // b)


def _box_classes(
    lo: Sequence[int], total: int, half: int, out: set[Key]
) -> None:
    """
    Add the runoff and nullity classes reachable with final votes F,
    ``lo[i] <= F[i] <= half`` and ``sum(F) == total``.
    """
    k = len(lo)
    base = sum(lo)
    for a, b in itertools.combinations(range(k), 2):
        # The others stay at or below a cap M; a and b go above it.
        cap = max(lo[j] for j in range(k) if j not in (a, b))
        if total > 2 * half:
            cap = max(cap, ceil_div(total - 2 * half, k - 2))
        if cap < half and (
            base - lo[a] - lo[b] + max(lo[a], cap + 1) + max(lo[b], cap + 1)
            <= total
        ):
            out.add(runoff_key(a, b))
    for t in range(k):
        # t may stay above a level L; two others sit at L, the rest below.
        rest = sorted((lo[u] for u in range(k) if u != t), reverse=True)
        # (For total == 0 the bound is 0, so it needs no special case.)
        level = max(rest[0], ceil_div(total - half, k - 1))
        if (
            level <= half
            and max(lo[t], level) + 2 * level + sum(rest[2:]) <= total
        ):
            out.add(NULLITY)
            return


def _exception_reachable(lo: Sequence[int], total: int, half: int) -> bool:
    """
    Whether some F in the box has the 102.70(d) exception's shape.
    """
    k = len(lo)
    for zero in (i for i in range(k) if lo[i] == 0):
        for a, b in itertools.combinations(
            [i for i in range(k) if i != zero], 2
        ):
            rest = [lo[r] for r in range(k) if r not in (a, b, zero)]
            # classes_at calls this only when max(lo) <= half, so
            # level <= half too.
            level = max(lo[a], lo[b])
            if rest:
                if 2 * level + sum(rest) <= total <= (2 + len(rest)) * half:
                    return True
            elif total % 2 == 0 and level <= total // 2 <= half:
                return True
    return False


def _distinct_runoffs(
    lo: Sequence[int], total: int, half: int, out: set[Key]
) -> None:
    """
    Add the runoffs reachable with one or two zero choices and all other
    votes distinct: the runoff shapes that escape the 102.70(d) exception
    when every eligible voter cast a valid ballot.
    """
    k = len(lo)
    for a, b in itertools.combinations(range(k), 2):
        others = [j for j in range(k) if j not in (a, b)]
        can_be_zero = [j for j in others if lo[j] == 0]
        for size in (1, 2):
            for zeros in itertools.combinations(can_be_zero, size):
                rest = [j for j in others if j not in zeros]
                for top in ((a, b), (b, a)):
                    for tail in itertools.permutations(rest):
                        chain = [*top, *tail]
                        least = [0] * len(chain)
                        below = 0
                        for pos in range(len(chain) - 1, -1, -1):
                            below = max(lo[chain[pos]], 1, below + 1)
                            least[pos] = below
                        most = sum(half - pos for pos in range(len(chain)))
                        if least[0] <= half and sum(least) <= total <= most:
                            out.add(runoff_key(a, b))


def majorities_at(
    lo: Sequence[int], total: int, against: int | None
) -> set[Key]:
    """
    Return the majority classes reachable with final votes ``F >= lo``
    summing to *total*: choice *i* can have more than half exactly when
    the votes left over, given to it, lift it above ``total // 2``.
    """
    base = sum(lo)
    half = total // 2
    return {
        majority_key(i, against)
        for i, n in enumerate(lo)
        if max(n, half + 1) + base - n <= total
    }


def classes_at(lo: Sequence[int], total: int, context: Context) -> set[Key]:
    """
    Return the classes reachable with final votes ``F >= lo`` summing to
    *total* (which must be at least ``sum(lo)``).
    """
    k = len(lo)
    half = total // 2
    out = majorities_at(lo, total, context.against)
    if max(lo) > half or total > k * half:
        return out
    if not context.runoff_possible:
        out.add(NONE)
    elif total != context.eligible:
        _box_classes(lo, total, half, out)
    else:
        if _exception_reachable(lo, total, half):
            out.add(NONE)
        lifted = [max(n, 1) for n in lo]
        if max(lifted) <= half and sum(lifted) <= total:
            _box_classes(lifted, total, half, out)
        _distinct_runoffs(lo, total, half, out)
    return out


def _lower_bounds(lo: Sequence[int], context: Context, now: Key) -> list[int]:
    """
    Return, for each class other than *now*, a total of valid votes below
    which that class is unreachable.

    The bounds ignore the exact slice ``total == eligible`` (where fewer
    shapes are allowed, never more) except for the 102.70(d) exception,
    which only exists there; `fewest_to_change` checks that total apart.
    """
    k = len(lo)
    base = sum(lo)
    no_majority = max(base, 2 * max(lo))
    bounds = [
        max(base, 2 * (base - n) + 1)
        for i, n in enumerate(lo)
        if majority_key(i, context.against) != now
    ]
    if not context.runoff_possible:
        if now != NONE:
            bounds.append(no_majority)
        return bounds
    for a, b in itertools.combinations(range(k), 2):
        if runoff_key(a, b) != now:
            cap = max(lo[j] for j in range(k) if j not in (a, b))
            least = (
                base
                - lo[a]
                - lo[b]
                + max(lo[a], cap + 1)
                + max(lo[b], cap + 1)
            )
            bounds.append(max(no_majority, least, 2 * (cap + 1)))
    if now != NULLITY:
        for t in range(k):
            rest = sorted((lo[u] for u in range(k) if u != t), reverse=True)
            least = max(lo[t], rest[0]) + 2 * rest[0] + sum(rest[2:])
            bounds.append(max(no_majority, least, 2 * rest[0]))
    return bounds


def fewest_added(
    base: int,
    starts: Iterable[int],
    changes_at: Callable[[int], bool],
    *,
    points: Iterable[int] = (),
    limit: int | None = None,
) -> int | None:
    """
    Return the fewest votes added to *base* valid votes that change the
    outcome class, or `None` if more than *limit* would be needed.

    The search of every rule with outcome classes: *changes_at* says
    whether some class other than the current one is reachable at a total
    of valid votes, and *starts* holds, for each such class, a total below
    which it is unreachable (each at least *base*). Each class is looked
    for upward from its bound; the first found (at or above the smallest
    bound) is the answer, so with bounds that are tight the search takes
    a few steps whatever the number of challenged ballots. *points* are
    totals where a class may appear that no bound covers (the total equal
    to the eligible voters, for the 102.70(d) exception): each is asked
    alone, not walked from.
    """
    end = None if limit is None else base + limit
    best: int | None = None
    for total in sorted(points):
        if (
            base <= total
            and (end is None or total <= end)
            and changes_at(total)
        ):
            best = total
            break
    for start in sorted(starts):
        total = start
        while (best is None or total < best) and (end is None or total <= end):
            if changes_at(total):
                best = total
                break
            total += 1
    return None if best is None else best - base


def fewest_to_change(votes: Sequence[int], context: Context) -> int:
    """
    Return the fewest added valid votes that change the outcome class.

    There always is an answer: with enough votes, two different choices
    can each win a majority.

    Each class other than the current one is looked for upward from a
    lower bound of the totals where it could be reachable; the bounds are
    tight up to parity, so each look takes a step or two.

    Two choices need no search: the leader keeps a majority until the
    other ties it; a tie, or the against choice ahead, changes once a
    union has one vote more than the against choice.
    """
    if len(votes) == 2:  # noqa: PLR2004 - no runoff on two choices
        a, b = votes
        if a == b:
            return 1
        leader = 0 if a > b else 1
        return abs(a - b) + (leader == context.against)
    now = classify(votes, context)
    base = sum(votes)
    found = fewest_added(
        base,
        _lower_bounds(votes, context, now),
        lambda total: bool(classes_at(votes, total, context) - {now}),
        points=() if context.eligible is None else (context.eligible,),
    )
    # The first look cannot end empty-handed: two majorities are reachable.
    return cast("int", found)
