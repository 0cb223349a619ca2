"""
The closed form for the fewest challenged ballots that change the outcome
on three or more choices (`laborvote._core.engine.closed_form`).

Its oracle is an enumeration written from 29 CFR 102.70 alone: every final
count at each total upward, classified, until one differs from the count
as it stands. Where the closed form gives an answer it must be that one;
where it gives none, the search decides (checked against brute force in
`test_engine_bounds` and `test_determinative_oracle`). On large counts the
closed form must agree with the search over totals, which is exact there
by the same checks.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Tally, TallyKind, challenges_to_change
from laborvote._core import engine
from laborvote._core.arithmetic import engine_context

#: An outcome class in the oracle's words.
Class = tuple[object, ...]

NO_REPRESENTATIVE: Class = ("no representative",)
NULLITY: Class = ("nullity",)


def oracle_class(votes: Sequence[int], context: engine.Context) -> Class:
    """
    Return the class of final *votes* under 29 CFR 102.70: a majority of
    the valid votes wins (the against choice's: no representative);
    without a runoff, no majority is no representative; two tied beside
    a zero, with every eligible voter casting a valid ballot, is no
    representative (102.70(d)); a tie for second place is a nullity;
    otherwise a runoff of the two with the most votes.
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return NO_REPRESENTATIVE if i == context.against else ("won", i)
    if not context.runoff_possible:
        return NO_REPRESENTATIVE
    k = len(votes)
    if total == context.eligible and any(
        votes[i] == votes[j] and votes[z] == 0
        for i, j, z in itertools.permutations(range(k), 3)
    ):
        return NO_REPRESENTATIVE
    ranked = sorted(range(k), key=lambda i: -votes[i])
    if votes[ranked[1]] == votes[ranked[2]]:
        return NULLITY
    return ("runoff", frozenset(ranked[:2]))


def finals(lo: Sequence[int], added: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every final count of *added* more votes than *lo*, ``F >= lo``.
    """
    k = len(lo)
    for bars in itertools.combinations(range(added + k - 1), k - 1):
        cuts = (-1, *bars, added + k - 1)
        yield tuple(n + cuts[i + 1] - cuts[i] - 1 for i, n in enumerate(lo))


def brute_fewest(lo: Sequence[int], context: engine.Context) -> int:
    """
    Return the fewest votes added to *lo* that change the oracle's class.
    """
    now = oracle_class(lo, context)
    added = 0
    while all(oracle_class(f, context) == now for f in finals(lo, added)):
        added += 1
    return added


def contexts(k: int, base: int) -> Iterator[engine.Context]:
    """
    Yield the contexts of *k* choices of *base* valid votes: with and
    without the against choice (last) and a runoff, the eligible voters
    unknown, or from the valid votes to four more.
    """
    for against, runoff_possible, eligible in itertools.product(
        (None, k - 1), (True, False), (None, *range(base, base + 5))
    ):
        yield engine.Context(against, eligible, runoff_possible)


class TestAgainstBruteForce:
    """
    Wherever the closed form answers, the enumeration agrees.
    """

    @pytest.mark.parametrize(("k", "most"), [(3, 4), (4, 3), (5, 1)])
    def test_every_small_count(self, k: int, most: int) -> None:
        """
        Every count of three choices of up to 4 votes (four of up to 3,
        five of up to 1), in every context: the closed form, when it
        answers, is the fewest votes the enumeration needs.
        """
        for lo in itertools.product(range(most + 1), repeat=k):
            for context in contexts(k, sum(lo)):
                now = engine.classify(lo, context)
                fewest = engine.closed_form(lo, context, now)
                if fewest is not None:
                    assert (lo, context, brute_fewest(lo, context)) == (
                        lo,
                        context,
                        fewest,
                    )


def tally(
    votes: Sequence[int],
    *,
    against: bool = True,
    eligible: int | None = None,
    kind: TallyKind = TallyKind.INITIAL,
) -> Tally:
    """
    Return a tally of *votes*, the last one against if *against*.
    """
    unions = votes[:-1] if against else votes
    return Tally(
        ballots=Ballots(
            unions={f"U{i}": n for i, n in enumerate(unions)},
            against=votes[-1] if against else None,
        ),
        eligible=eligible,
        kind=kind,
    )


def closed(t: Tally) -> int | None:
    """
    Return the closed form's answer for *t*.
    """
    votes, context = t.votes, engine_context(t)
    return engine.closed_form(votes, context, engine.classify(votes, context))


class TestShapes:
    """
    The closed form's answer on each shape, worked by hand.
    """

    def test_union_majority(self) -> None:
        """
        A 60 of 90 valid votes: 30 more for the others leave A at half of
        120, no majority.
        """
        assert 30 == closed(tally((60, 20, 10)))

    def test_against_majority(self) -> None:
        """
        Bessemer with a second union, 738 and 500 for, 1,798 against:
        560 more for the unions leave 1,798 at half of 3,596, a runoff.
        """
        assert 560 == closed(tally((738, 500, 1798), eligible=5867))

    def test_against_majority_in_a_runoff(self) -> None:
        """
        A runoff's tally of 3 choices, 10 and 20 for, 40 against: no
        majority is no representative again; the union of 20 needs 31
        more for 51 of 101.
        """
        assert 31 == closed(tally((10, 20, 40), kind=TallyKind.RUNOFF))

    def test_no_majority_in_a_runoff(self) -> None:
        """
        A runoff's tally of 30 and 20 for, 30 against: no majority, no
        representative; the union of 30 needs 21 more for 51 of 101.
        """
        assert 21 == closed(tally((30, 20, 30), kind=TallyKind.RUNOFF))

    def test_runoff(self) -> None:
        """
        40, 30, 20 and 10: 10 more for the third tie the second, a
        nullity (a majority would take 21).
        """
        assert 10 == closed(tally((40, 30, 20, 10)))

    def test_nullity_below_a_leader(self) -> None:
        """
        40, 30 and 30: 1 more for either of the 30s, a runoff.
        """
        assert 1 == closed(tally((40, 30, 30)))

    def test_nullity_of_three_tied(self) -> None:
        """
        30, 30 and 30: 1 more leaves two tied for second; 2, for two of
        them, make a runoff.
        """
        assert 2 == closed(tally((30, 30, 30)))

    def test_nothing_counted(self) -> None:
        """
        No vote at all: 1 vote is a majority.
        """
        assert 1 == closed(tally((0, 0, 0)))

    @pytest.mark.parametrize(
        "t",
        [
            # An against majority ending where everyone voted: 2 / 0 / 2
            # of 4 is no representative again (102.70(d)).
            tally((1, 0, 2), eligible=4),
            # Everyone voted, a tie beside a zero: no representative by
            # the exception.
            tally((3, 0, 3), eligible=6),
            # A runoff whose change (10 votes) lies beyond the total of
            # the eligible voters, 5 votes away, beside a zero.
            tally((40, 30, 20, 0), eligible=95),
        ],
    )
    def test_left_to_the_search(self, t: Tally) -> None:
        """
        Where the exception may apply before the answer, the closed form
        gives none, and the search answers.
        """
        assert closed(t) is None
        assert 1 <= challenges_to_change(t)

    def test_exception_first(self) -> None:
        """
        10, 8, 5 and 0 of 25 eligible: 3 more for the third tie the second
        (a nullity), but 2 for the second make 10 / 10 / 5 / 0 with every
        eligible voter voting, a tie beside a zero: no representative
        (102.70(d)). The search finds the 2.
        """
        t = tally((10, 8, 5, 0), eligible=25)

        assert (None, 2) == (closed(t), challenges_to_change(t))

    def test_no_zero_no_exception(self) -> None:
        """
        40, 30, 20 and 10 of 105 eligible: no choice is without votes, so
        the exception cannot apply where everyone voted; 10 more for the
        third tie the second.
        """
        assert 10 == closed(tally((40, 30, 20, 10), eligible=105))


@st.composite
def large_tallies(draw: st.DrawFn) -> Tally:
    """
    Generate three to eight choices with up to 10 ** 8 votes each (ties
    and zeros likely), with or without the against choice, a runoff's or
    an initial tally, and the eligible voters unknown, at the valid votes
    or a little or much more (at most the ceiling of 10 ** 9).
    """
    k = draw(st.integers(3, 8))
    big = draw(st.sampled_from([3, 1000, 10**8]))
    level = draw(st.integers(0, big))
    votes = st.one_of(st.just(0), st.just(level), st.integers(0, big))
    counts = draw(st.lists(votes, min_size=k, max_size=k))
    base = sum(counts)
    eligible = draw(
        st.one_of(
            st.none(),
            st.integers(base, base + 3),
            st.integers(base, min(3 * base + 3, 10**9)),
        )
    )
    return tally(
        counts,
        against=draw(st.booleans()),
        eligible=eligible,
        kind=draw(st.sampled_from([TallyKind.INITIAL, TallyKind.RUNOFF])),
    )


class TestAgainstTheSearch:
    """
    On large counts, the closed form is what the search over totals finds.
    """

    @given(large_tallies())
    @example(tally((5000, 3000, 100), eligible=120_000))
    @example(tally((10**8, 10**8 - 1, 2, 0), against=False))
    @example(tally((40, 30, 20, 0), eligible=95))  # left to the search
    def test_same_answer(self, t: Tally) -> None:
        """
        Whenever the closed form answers, `engine.searched` (the search
        `fewest_to_change` falls back on) gives the same number.
        """
        votes, context = t.votes, engine_context(t)
        now = engine.classify(votes, context)
        fewest = engine.closed_form(votes, context, now)
        if fewest is not None:
            assert engine.searched(votes, context, now) == fewest
