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
one has a lower bound of the totals at which it could appear
(`_lower_bounds`); the totals are asked upward from the smallest, and the
bounds are tight up to parity, so the answer takes a step or two whatever
the counts, the margin or the number of challenged ballots.  Only the
total equal to the number of eligible voters needs care: there the
102.70(d) exception ("every eligible voter cast a valid ballot") can
apply, and `classes_at` treats it apart, in O(choices ** 3) (never
factorial: `_distinct_runoffs`).

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
    return _runoff(i, j) if i < j else _runoff(j, i)


@functools.lru_cache(maxsize=1024)
def _runoff(i: int, j: int) -> Key:
    # As _majority: one value per pair of ballot positions (bounded: a
    # ballot of 400 choices has 79,800 pairs).
    return Key("runoff", i, j)


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


def top_three(lo: Sequence[int]) -> tuple[int, ...]:
    """
    Return the ballot positions of the (up to) three largest of *lo*.

    Whatever two choices are set apart, the largest of the others is
    among these three, and so are the two largest besides any one: every
    "largest of the others" below is read from them in O(1).
    """
    return tuple(sorted(range(len(lo)), key=lo.__getitem__, reverse=True)[:3])


def _box_classes(
    lo: Sequence[int], total: int, half: int, out: set[Key]
) -> None:
    """
    Add the runoff and nullity classes reachable with final votes F,
    ``lo[i] <= F[i] <= half`` and ``sum(F) == total``.

    O(choices ** 2): the largest of the others, for each pair and each
    choice, comes from `top_three`.
    """
    k = len(lo)
    base = sum(lo)
    t0, t1, t2 = top_three(lo)
    # An odd total leaves at least one vote to the others.
    least_cap = ceil_div(total - 2 * half, k - 2)
    for a, b in itertools.combinations(range(k), 2):
        # The others stay at or below a cap M; a and b go above it.
        cap = lo[t0 if t0 not in (a, b) else t1 if t1 not in (a, b) else t2]
        cap = max(cap, least_cap) + 1
        if cap <= half and (
            base - lo[a] - lo[b] + max(lo[a], cap) + max(lo[b], cap) <= total
        ):
            out.add(runoff_key(a, b))
    spread = ceil_div(total - half, k - 1)
    for t in range(k):
        # t may stay above a level L; two others sit at L, the rest below.
        # The two largest of the others sit at L, and the rest keep their
        # lows.
        first, second = (
            (t1, t2) if t == t0 else (t0, t2) if t == t1 else (t0, t1)
        )
        rest = base - lo[t] - lo[first] - lo[second]
        # (For total == 0 the bound is 0, so it needs no special case.)
        level = max(lo[first], spread)
        if level <= half and max(lo[t], level) + 2 * level + rest <= total:
            out.add(NULLITY)
            return


def _exception_reachable(lo: Sequence[int], total: int, half: int) -> bool:
    """
    Whether some F in the box has the 102.70(d) exception's shape: two
    choices *a*, *b* tied while a third, *z*, has no votes.

    *z* keeps its zero, so it is a choice with none yet, other than *a*
    and *b*; any such choice will do, for they are alike. The pair sits
    at a level L from ``max(lo[a], lo[b])`` to *half*, the rest R (the
    other choices) anywhere from their lows to *half* each. The sums
    ``2 * L + R`` reachable are every one between the least and the
    most, unless the rest has no room to move (none, or every one of
    them at *half* already): then only those of the parity of the rest's
    votes. O(choices ** 2), and called only when ``max(lo) <= half``.
    """
    k = len(lo)
    zeros = lo.count(0)
    base = sum(lo)
    for a, b in itertools.combinations(range(k), 2):
        if zeros - (not lo[a]) - (not lo[b]) < 1:
            continue  # no third choice at zero
        rest = base - lo[a] - lo[b]
        pair = total - rest  # 2 * L if the rest stays at its lows
        if 2 * max(lo[a], lo[b]) > pair:
            continue  # the rest's lows alone leave too little for L
        room = (k - 3) * half - rest
        if (room > 0 and total <= (k - 1) * half) or (
            pair % 2 == 0 and pair <= 2 * half
        ):
            return True
    return False


def _distinct_runoffs(
    lo: Sequence[int], total: int, half: int, out: set[Key]
) -> None:
    """
    Add the runoffs reachable with one or two zero choices and all other
    votes distinct: the runoff shapes that escape the 102.70(d) exception
    when every eligible voter cast a valid ballot.

    For a pair *a*, *b* on top, the other choices with votes form a chain
    of distinct values below them, each at least its low (and at least
    1). The chain whose lows fall in decreasing order is, at every
    place, as low as any order allows, so it alone decides: no
    permutations are tried. Which choices without votes stay at zero
    does not matter (they are alike), only how many: one or two. So the
    cost is O(choices ** 3), not factorial.
    """
    k = len(lo)
    order = sorted(range(k), key=lo.__getitem__, reverse=True)
    all_zeros = lo.count(0)
    for a, b in itertools.combinations(range(k), 2):
        zeros = all_zeros - (not lo[a]) - (not lo[b])
        if not zeros or runoff_key(a, b) in out:
            continue  # no zero to leave, or found already
        others = [j for j in order if j not in (a, b)]
        for size in (1, 2):
            if size > zeros:
                break
            # The zero choices are the last of the others: drop *size*.
            below = least = 0
            for j in reversed(others[: len(others) - size]):
                below = max(lo[j], 1, below + 1)
                least += below
            n = len(others) - size + 2
            most = n * half - n * (n - 1) // 2
            for x, y in ((a, b), (b, a)):
                second = max(lo[y], 1, below + 1)
                first = max(lo[x], 1, second + 1)
                if first <= half and least + first + second <= total <= most:
                    out.add(runoff_key(a, b))
                    break
            if runoff_key(a, b) in out:
                break


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


def majority_bounds(
    lo: Sequence[int], against: int | None, now: Key
) -> list[int]:
    """
    Return, for each choice whose majority is not the class *now*, the
    least total of valid votes at which it can have one: all the votes
    added go to it, until it has more than the others together.
    """
    base = sum(lo)
    return [
        max(base, 2 * (base - n) + 1)
        for i, n in enumerate(lo)
        if majority_key(i, against) != now
    ]


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
    bounds = majority_bounds(lo, context.against, now)
    if not context.runoff_possible:
        if now != NONE:
            bounds.append(no_majority)
        return bounds
    t0, t1, t2 = top_three(lo)
    # The pair of the current class, if it is a runoff, has no bound.
    skip = (now.first, now.second) if now.kind == "runoff" else None
    for a, b in itertools.combinations(range(k), 2):
        if (a, b) != skip:
            # The largest of the others, plus one: where a and b must be.
            cap = (
                1
                + lo[
                    t0 if t0 not in (a, b) else t1 if t1 not in (a, b) else t2
                ]
            )
            least = base - lo[a] - lo[b] + max(lo[a], cap) + max(lo[b], cap)
            bounds.append(max(no_majority, least, 2 * cap))
    if now != NULLITY:
        for t in range(k):
            # The two largest of the others.
            first, second = (
                (t1, t2) if t == t0 else (t0, t2) if t == t1 else (t0, t1)
            )
            level = lo[first]
            rest = base - lo[t] - level - lo[second]
            least = max(lo[t], level) + 2 * level + rest
            bounds.append(max(no_majority, least, 2 * level))
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
    which it is unreachable (each at least *base*). The totals are asked
    upward from the smallest bound, each once; the first that changes the
    class is the answer, so with bounds that are tight the search takes
    a few steps whatever the number of challenged ballots. *points* are
    totals where a class may appear that no bound covers (the total equal
    to the eligible voters, for the 102.70(d) exception): each is asked
    alone, not walked from.
    """
    end = None if limit is None else base + limit
    best: int | None = None
    # Every class is unreachable below its bound, so below the smallest
    # bound nothing changes; from there one walk upward asks each total
    # once, and the first that changes is the answer.
    total = min(starts, default=base)
    walked = total
    while end is None or total <= end:
        if changes_at(total):
            best = total
            break
        total += 1
    # Then the points below it, those the walk did not ask.
    for point in sorted(points):
        if best is not None and point >= best:
            break
        if (
            base <= point < walked
            and (end is None or point <= end)
            and changes_at(point)
        ):
            best = point
            break
    return None if best is None else best - base


def closed_form(  # noqa: PLR0911 - one answer per shape
    votes: Sequence[int], context: Context, now: Key
) -> int | None:
    """
    Return the fewest added valid votes that change class *now* of
    *votes* (three or more choices), read from the three largest counts;
    or `None` where only the search can tell: where some choice has no
    votes and the total of the eligible voters falls short of the answer,
    so that the 102.70(d) exception may change the class sooner (or, with
    an against majority, keep it).

    With the largest counts ``x0 >= x1 >= x2`` of *base* valid votes:

    - A choice *i* can win a majority only once ``base - 2 * votes[i] +
      1`` votes are added, all for it.
    - A union's majority ends at ``2 * x0 - base`` added votes, given to
      the others: at half the total, no majority, and so another class.
      The against choice's does too when a runoff is possible (a runoff
      or a nullity follows, 29 CFR 102.70(a)-(c)); without a runoff, no
      majority is no representative again, and only another majority
      changes the class.
    - Without a majority and with a runoff possible, the class changes
      when some other choice reaches a runoff place or ties the second,
      or a choice wins a majority. From a runoff that takes ``x1 - x2``
      votes (the third ties the second: a nullity) and no fewer (a third
      choice must reach the lower of the pair); from a nullity, 1 vote
      for one of those tied for second below a leader, or 2 for two of
      those tied for first.
    """
    base = sum(votes)
    x0, x1, x2 = sorted(votes, reverse=True)[:3]
    # The exception needs a choice that keeps no votes: without one, the
    # total of the eligible voters is a total like any other.
    eligible = context.eligible if 0 in votes else None
    if 2 * x0 > base:
        if now != NONE:
            return 2 * x0 - base
        if not context.runoff_possible:
            return base - 2 * x1 + 1
        # At half the total, a tie beside a zero with everyone voting is
        # no representative again: the search decides that total.
        fewest = 2 * x0 - base
        return None if base + fewest == eligible else fewest
    if not context.runoff_possible:
        against = context.against
        best = max(n for i, n in enumerate(votes) if i != against)
        return base - 2 * best + 1
    if now == NONE:
        return None  # the 102.70(d) exception, at base == eligible
    majority = base - 2 * x0 + 1
    if now == NULLITY:
        fewest = min(1 if x0 > x1 else 2, majority)
    else:
        fewest = min(x1 - x2, majority)
    # Below the answer only the exception could change the class, and
    # only at the total of the eligible voters; at the answer itself,
    # the exception turns a change into another change.
    if eligible is None or not base < eligible < base + fewest:
        return fewest
    return None


def fewest_to_change(
    votes: Sequence[int], context: Context, now: Key | None = None
) -> int:
    """
    Return the fewest added valid votes that change the outcome class
    (*now*, the class of *votes*, if the caller has it).

    There always is an answer: with enough votes, two different choices
    can each win a majority.

    Two choices need no search: the leader keeps a majority until the
    other ties it; a tie, or the against choice ahead, changes once a
    union has one vote more than the against choice. More choices take
    the `closed_form` where it applies; otherwise the totals are asked
    upward from the smallest lower bound of the totals where a class
    other than the current one could be reachable, and once at the total
    of the eligible voters; the bounds are tight up to parity, so the
    walk takes a step or two.
    """
    if len(votes) == 2:  # noqa: PLR2004 - no runoff on two choices
        a, b = votes
        if a == b:
            return 1
        leader = 0 if a > b else 1
        return abs(a - b) + (leader == context.against)
    if now is None:
        now = classify(votes, context)
    fewest = closed_form(votes, context, now)
    return searched(votes, context, now) if fewest is None else fewest


def searched(votes: Sequence[int], context: Context, now: Key) -> int:
    """
    Return what `fewest_to_change` returns, by the search over totals.
    """
    base = sum(votes)
    found = fewest_added(
        base,
        _lower_bounds(votes, context, now),
        lambda total: bool(classes_at(votes, total, context) - {now}),
        points=() if context.eligible is None else (context.eligible,),
    )
    # The first look cannot end empty-handed: two majorities are reachable.
    return cast("int", found)
