"""
The engine of the NLRB's outcome classes: exact on the 102.70(d)
exception path, and bounded in work whatever the counts.

The oracle here is written from 29 CFR 102.70 alone, not from the engine:
it classifies final votes and enumerates every final count of a small
tally. It checks the classes `classes_at` finds at the total where every
eligible voter cast a valid ballot (the exception's total, where the
engine has its own code path) for every small count, and the fewest
challenged ballots that change the outcome around it.

The work is counted, never timed: calls of `classes_at` (the search asks
a total or two) and calls of ``max`` inside the engine (every bound and
every place of a chain takes one), which must stay within a small
multiple of ``choices ** 3`` however large the counts are; an enumeration
of orders or of totals would pass it by far.
"""

from __future__ import annotations

import builtins
import itertools
from collections.abc import Iterator, Sequence
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Tally, challenges_to_change, decide
from laborvote._core import engine
from laborvote._core.arithmetic import engine_context

#: An outcome class in the oracle's words.
Class = tuple[object, ...]

NO_REPRESENTATIVE: Class = ("no representative",)
NULLITY: Class = ("nullity",)

#: The most calls of `classes_at` a search may make: the smallest lower
#: bound and the total after it, or the total of the eligible voters.
MOST_CALLS = 3
#: The most calls of ``max`` a search may make, per cube of the choices.
MAX_PER_CUBE = 4


def oracle_class(
    votes: Sequence[int],
    *,
    against: int | None,
    eligible: int | None,
    runoff_possible: bool,
) -> Class:
    """
    Return the class of final *votes* under 29 CFR 102.70.

    A majority of the valid votes wins (for the against choice: no
    representative); otherwise, without a runoff, no representative;
    two choices tied while a third got no votes, when every eligible
    voter cast a valid ballot, is no representative (102.70(d)); a tie
    for second place (or more) is a nullity; else a runoff of the top two.
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return NO_REPRESENTATIVE if i == against else ("certify", i)
    if not runoff_possible:
        return NO_REPRESENTATIVE
    k = len(votes)
    if total == eligible and any(
        votes[i] == votes[j] and votes[z] == 0
        for i, j, z in itertools.permutations(range(k), 3)
    ):
        return NO_REPRESENTATIVE
    ranked = sorted(range(k), key=lambda i: -votes[i])
    if votes[ranked[1]] == votes[ranked[2]]:
        return NULLITY
    return ("runoff", frozenset(ranked[:2]))


def word(key: engine.Key) -> Class:
    """
    Return the oracle's words for the engine's class *key*.
    """
    if key.kind == "maj":
        return ("certify", key.first)
    if key == engine.NONE:
        return NO_REPRESENTATIVE
    if key == engine.NULLITY:
        return NULLITY
    return ("runoff", frozenset((key.first, key.second)))


def finals(lo: Sequence[int], total: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every final count ``F >= lo`` with ``sum(F) == total``.
    """
    extra = total - sum(lo)
    k = len(lo)
    # Stars and bars: the positions of k - 1 bars among extra + k - 1.
    for bars in itertools.combinations(range(extra + k - 1), k - 1):
        cuts = (-1, *bars, extra + k - 1)
        yield tuple(n + cuts[i + 1] - cuts[i] - 1 for i, n in enumerate(lo))


def brute_classes(
    lo: Sequence[int], total: int, context: engine.Context
) -> set[Class]:
    """
    Return the oracle's classes of every final count at *total*.
    """
    return {
        oracle_class(
            final,
            against=context.against,
            eligible=context.eligible,
            runoff_possible=context.runoff_possible,
        )
        for final in finals(lo, total)
    }


def contexts(k: int, eligible: int) -> Iterator[engine.Context]:
    """
    Yield the contexts of a ballot of *k* choices: with and without the
    against choice (last), with *eligible* voters.
    """
    for against in (None, k - 1):
        yield engine.Context(
            against=against, eligible=eligible, runoff_possible=True
        )


def small_counts(k: int, most: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every count of *k* choices with at most *most* votes each.
    """
    return itertools.product(range(most + 1), repeat=k)


class TestExceptionSlice:
    """
    At the total of the eligible voters, where 102.70(d) can apply,
    `classes_at` finds exactly the classes of the enumeration.
    """

    @pytest.mark.parametrize(("k", "most", "over"), [(3, 4, 4), (4, 3, 3)])
    def test_every_small_count(self, k: int, most: int, over: int) -> None:
        """
        Every count of three choices of up to 4 votes (four of up to 3),
        at the totals from its own to *over* more, with the eligible
        voters at exactly that total: the engine's classes are the
        enumeration's.
        """
        for lo in small_counts(k, most):
            base = sum(lo)
            for total in range(base, base + over + 1):
                for context in contexts(k, total):
                    expected = brute_classes(lo, total, context)
                    actual = {
                        word(c) for c in engine.classes_at(lo, total, context)
                    }
                    assert (lo, total, expected) == (lo, total, actual)

    def test_five_and_six_choices(self) -> None:
        """
        Five and six choices of up to 2 votes, at their total and one or
        two more, everyone voting: the classes are the enumeration's.
        """
        for k in (5, 6):
            for lo in small_counts(k, 2):
                base = sum(lo)
                for total in range(base, base + 3):
                    for context in contexts(k, total):
                        expected = brute_classes(lo, total, context)
                        actual = {
                            word(c)
                            for c in engine.classes_at(lo, total, context)
                        }
                        assert (lo, total, expected) == (lo, total, actual)


def brute_fewest(lo: Sequence[int], context: engine.Context) -> int:
    """
    Return the fewest votes added to *lo* that change the oracle's class,
    by asking every total upward.
    """
    now = oracle_class(
        lo,
        against=context.against,
        eligible=context.eligible,
        runoff_possible=context.runoff_possible,
    )
    total = sum(lo)
    while brute_classes(lo, total, context) <= {now}:
        total += 1
    return total - sum(lo)


def tally(
    votes: Sequence[int],
    *,
    against: bool,
    eligible: int | None,
    challenged: int = 0,
) -> Tally:
    """
    Return a tally of *votes*, the last one against if *against*.
    """
    unions = votes[:-1] if against else votes
    return Tally(
        ballots=Ballots(
            unions={f"U{i}": n for i, n in enumerate(unions)},
            against=votes[-1] if against else None,
            challenged=challenged,
        ),
        eligible=eligible,
    )


class TestExceptionBoundaries:
    """
    The fewest challenged ballots that change the outcome, where
    resolving them can make every eligible voter's ballot valid.
    """

    def test_mutation_survivor(self) -> None:
        """
        Unions 0, 0 and 1, no against box, 2 eligible, 1 challenged: the
        union's 1 of 1 is a majority; the challenged ballot for either
        other union makes 1 / 0 / 1 (or 0 / 1 / 1) of all 2 eligible, a
        tie beside a zero: no representative (102.70(d)). So 1 ballot
        changes the outcome, and it is there: determinative.
        """
        t = tally((0, 0, 1), against=False, eligible=2, challenged=1)

        assert (1, True) == (
            challenges_to_change(t),
            decide(t).challenges_determinative,
        )

    @pytest.mark.parametrize(("k", "most"), [(3, 4), (4, 2)])
    def test_every_small_count(self, k: int, most: int) -> None:
        """
        Every count of three choices of up to 4 votes (four of up to 2),
        with the eligible voters at its total or up to three more, on
        ballots with and without the against box: `challenges_to_change`
        is the fewest votes the enumeration needs.
        """
        for lo in small_counts(k, most):
            base = sum(lo)
            for eligible in range(base, base + 4):
                for context in contexts(k, eligible):
                    t = tally(
                        lo,
                        against=context.against is not None,
                        eligible=eligible,
                    )
                    assert (lo, eligible, brute_fewest(lo, context)) == (
                        lo,
                        eligible,
                        challenges_to_change(t),
                    )


@st.composite
def hard_tallies(draw: st.DrawFn) -> Tally:
    """
    Generate the shapes that once made the search slow: up to eight
    choices, many without votes, large margins (up to 10 ** 9 votes),
    the eligible voters at exactly the valid votes or a few more, and
    any number of challenged ballots.
    """
    k = draw(st.integers(3, 8))
    big = draw(st.sampled_from([3, 1000, 10**6, 10**9]))
    level = draw(st.integers(0, big))
    votes = st.one_of(
        st.just(0), st.just(level), st.integers(0, 3), st.integers(0, big)
    )
    counts = draw(st.lists(votes, min_size=k, max_size=k))
    against = draw(st.booleans())
    base = sum(counts)
    eligible = draw(
        st.one_of(
            st.just(base),
            st.integers(base, base + 3),
            st.none(),
            st.integers(0, 2 * base + 2),
        )
    )
    challenged = draw(st.sampled_from([0, 1, 5, 10**4, 10**7]))
    return tally(
        counts, against=against, eligible=eligible, challenged=challenged
    )


def walk_fewest(t: Tally) -> int:
    """
    Return the fewest added votes that change the class, by asking the
    engine's reachable classes at every total upward (slow, but exact
    whenever `classes_at` is, which the enumeration checks above).
    """
    votes, context = t.votes, engine_context(t)
    now = engine.classify(votes, context)
    total = sum(votes)
    while not engine.classes_at(votes, total, context) - {now}:
        total += 1
    return total - sum(votes)


class TestBoundedWork:
    """
    The search's work depends on the number of choices, never on the
    counts, the margin, the challenged ballots or the eligible voters.
    """

    @given(hard_tallies())
    @example(  # a margin of 10 ** 5 with everybody voting (issue 9)
        tally((100_010, 10), against=True, eligible=100_020, challenged=5)
    )
    @example(  # ten choices, zeros, everybody voting: once 9-18 seconds
        tally((0, 1, 2, 3, 4, 0, 0, 0, 0, 3), against=True, eligible=13)
    )
    def test_few_calls(self, t: Tally) -> None:
        """
        `challenges_to_change` asks `classes_at` at most three times, and
        calls ``max`` at most a few times the cube of the choices.
        """
        k = len(t.votes)
        with (
            mock.patch.object(
                engine, "classes_at", wraps=engine.classes_at
            ) as classes_at,
            mock.patch.object(
                engine, "max", wraps=builtins.max, create=True
            ) as steps,
        ):
            challenges_to_change(t)
            decide(t)

        assert 2 * MOST_CALLS >= classes_at.call_count
        assert 2 * MAX_PER_CUBE * k**3 >= steps.call_count

    @given(hard_tallies())
    @example(tally((0, 0, 1), against=False, eligible=2, challenged=1))
    def test_exact(self, t: Tally) -> None:
        """
        On the same shapes the search finds what the walk over every
        total finds (when that walk is short enough to take).
        """
        fewest = challenges_to_change(t)
        if fewest <= 2000:  # the walk's patience
            assert walk_fewest(t) == fewest

    def test_four_hundred_unions(self) -> None:
        """
        400 unions with 1 to 400 votes and 3 against, 2 challenged: no
        majority, a runoff between the unions of 400 and 399 votes. One
        vote more for the union of 398 ties second place: a nullity, so
        1 ballot changes the outcome. The work grows with the choices
        (polynomially), not beyond a few totals asked.
        """
        votes = (*range(1, 401), 3)
        t = tally(votes, against=True, eligible=None, challenged=2)
        with mock.patch.object(
            engine, "classes_at", wraps=engine.classes_at
        ) as classes_at:
            fewest = challenges_to_change(t)

        assert 1 == fewest
        assert MOST_CALLS >= classes_at.call_count
        assert walk_fewest(t) == fewest
