"""
The determinative search at large challenged counts: exact, and a few
steps whatever the number of challenged ballots.

Brute force over the ways of resolving the challenged ballots is only
cheap for a handful of them (`test_rulebook_oracles` and
`test_determinative_oracle` use it to check the reachable classes at each
total). Here the oracle is the walk over every total, one by one, asking
those same reachable classes at each: exact by that check, and slow.
The search must give the same answer, and the work it does is counted
in calls to the reachable classes, never in seconds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Tally, challenges_to_change, decide
from laborvote._core import engine
from laborvote._core.arithmetic import engine_context
from laborvote.rules import nmb

#: The 2010 rule of the NMB, in force from this day.
NMB_2010 = dt.date(2010, 6, 10)
#: The most calls of the reachable classes the NMB's search may make: the
#: first bound it tries is exact, or off by parity.
NMB_MOST_CALLS = 3
#: The most calls the NLRB's search may make per lower bound it tries
#: (each is tight up to parity), and at the total where everyone voted.
NLRB_CALLS_PER_BOUND = 3


@st.composite
def large_tallies(
    draw: st.DrawFn, *, most: int = 600, eligible: bool = False
) -> Tally:
    """
    Generate tallies of one to four unions, with or without the against
    choice, and up to *most* votes and challenged ballots each; ties and
    zeros are likely. With *eligible*, the number of eligible voters is
    often the valid votes, or a few more.
    """
    k = draw(st.integers(1, 4))
    level = draw(st.integers(0, most))
    votes = st.one_of(st.just(0), st.just(level), st.integers(0, most))
    unions = {f"U{i}": draw(votes) for i in range(k)}
    against = draw(st.one_of(st.none(), votes))
    challenged = draw(st.integers(0, most))
    if against is None and k == 1:
        against = draw(votes)
    ballots = Ballots(unions=unions, against=against, challenged=challenged)
    base = ballots.valid
    voters = (
        draw(
            st.one_of(
                st.none(),
                st.integers(base, base + 3),
                st.integers(0, base + most),
            )
        )
        if eligible
        else None
    )
    return Tally(ballots=ballots, eligible=voters)


def nmb_walk(votes: Sequence[int], against: int | None, limit: int) -> int:
    """
    Return the fewest challenged ballots that change the NMB class, by
    trying every total one by one; 0 if *limit* are not enough.
    """
    # The oracle reads the classes the brute-force oracles check.
    classify, classes_at = nmb._classify, nmb._classes_at  # noqa: SLF001
    now = classify(votes, against)
    base = sum(votes)
    for total in range(base + 1, base + limit + 1):
        if classes_at(votes, total, against) - {now}:
            return total - base
    return 0


def fewest_said(reasons: Sequence[str]) -> int:
    """
    Return the "as few as N" of an NMB outcome's reasons, 0 if none.
    """
    found = re.search(r"as few as ([\d,]+) of them", " ".join(reasons))
    return 0 if found is None else int(found.group(1).replace(",", ""))


class TestNmbSearch:
    """
    The NMB's search for determinative challenges under the 2010 rule.
    """

    @given(large_tallies())
    @example(  # three options tied: an open case from the start
        Tally(
            ballots=Ballots(
                unions={"A": 500, "B": 500}, against=500, challenged=600
            )
        )
    )
    @example(  # second place tied below a leader
        Tally(
            ballots=Ballots(
                unions={"A": 400, "B": 300}, against=300, challenged=600
            )
        )
    )
    @example(  # a union tied with no representation: no run-off
        Tally(ballots=Ballots(unions={"A": 300}, against=300, challenged=600))
    )
    def test_exact_and_few_steps(self, tally: Tally) -> None:
        """
        The search finds what the walk over every total finds, calling
        the reachable classes at most a few times.
        """
        votes, c = tally.votes, tally.challenged
        against = None if tally.ballots.against is None else len(votes) - 1
        expected = nmb_walk(votes, against, c)
        with mock.patch.object(
            nmb,
            "_classes_at",
            wraps=nmb._classes_at,  # noqa: SLF001
        ) as classes_at:
            outcome = decide(tally, rules="nmb", on=NMB_2010)

        assert (expected, bool(expected)) == (
            fewest_said(outcome.reasons),
            outcome.challenges_determinative,
        )
        assert classes_at.call_count <= NMB_MOST_CALLS

    def test_hundred_thousand_challenged(self) -> None:
        """
        100,000 challenged ballots beside 8,100 valid votes cost no more
        calls than three: 1,900 of them, for anyone but A, leave A's
        5,000 at exactly half of 10,000, so a run-off.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"A": 5000, "B": 3000}, against=100, challenged=100_000
            )
        )
        with mock.patch.object(
            nmb,
            "_classes_at",
            wraps=nmb._classes_at,  # noqa: SLF001
        ) as classes_at:
            outcome = decide(tally, rules="nmb", on=NMB_2010)

        assert (1900, True) == (
            fewest_said(outcome.reasons),
            outcome.challenges_determinative,
        )
        assert 1 <= classes_at.call_count <= NMB_MOST_CALLS


class TestNlrbSearch:
    """
    The NLRB engine's search, counted the same way.
    """

    @given(large_tallies(eligible=True))
    @example(  # the 102.70(d) exception, at the total of the eligible
        Tally(
            ballots=Ballots(
                unions={"A": 300, "B": 0}, against=298, challenged=600
            ),
            eligible=600,
        )
    )
    def test_exact_and_few_steps(self, tally: Tally) -> None:
        """
        `challenges_to_change` is what the walk over every total finds,
        calling the reachable classes a few times per lower bound, and
        once at the total of the eligible voters; two choices need no
        call at all.
        """
        votes = tally.votes
        context = engine_context(tally)
        now = engine.classify(votes, context)
        base = sum(votes)
        # With one vote more than all the others, any choice has a
        # majority, so the walk ends by 2 * base + 1.
        expected = next(
            total - base
            for total in range(base + 1, 2 * base + 2)
            if engine.classes_at(votes, total, context) - {now}
        )
        bounds = engine._lower_bounds(votes, context, now)  # noqa: SLF001
        most = 0 if len(votes) == 2 else NLRB_CALLS_PER_BOUND * len(bounds) + 1
        with mock.patch.object(
            engine, "classes_at", wraps=engine.classes_at
        ) as classes_at:
            fewest = challenges_to_change(tally)

        assert expected == fewest
        assert classes_at.call_count <= most

    def test_hundred_thousand_challenged(self) -> None:
        """
        100,000 challenged ballots beside 8,100 valid votes on three
        choices: 1,900 of them, for anyone but A, leave A's 5,000 at
        exactly half of 10,000, no majority, so a runoff. The closed form
        says so without a search; the search, asked alone, in a few calls.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"A": 5000, "B": 3000}, against=100, challenged=100_000
            ),
            eligible=120_000,
        )
        votes, context = tally.votes, engine_context(tally)
        with mock.patch.object(
            engine, "classes_at", wraps=engine.classes_at
        ) as classes_at:
            fewest = challenges_to_change(tally)
            closed = classes_at.call_count
            searched = engine.searched(
                votes, context, engine.classify(votes, context)
            )

        assert 0 == closed
        assert 1 <= classes_at.call_count <= NLRB_CALLS_PER_BOUND * 6 + 1
        assert (1900, 1900) == (fewest, searched)
