"""
Tests of `laborvote.switches_to_change`: the fewest voters whose
switching changes the outcome, against a brute-force oracle.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given, settings

from laborvote import (
    Ballots,
    Tally,
    TallyKind,
    challenges_to_change,
    decide,
    switches_to_change,
)
from laborvote.exceptions import InvalidTallyError
from strategies import small_tallies


def _compositions(total: int, parts: int) -> list[tuple[int, ...]]:
    """
    Every way of writing *total* as *parts* non-negative counts.
    """
    if parts == 1:
        return [(total,)]
    return [
        (x, *rest)
        for x in range(total + 1)
        for rest in _compositions(total - x, parts - 1)
    ]


def _decided(tally: Tally, votes: tuple[int, ...]) -> tuple[object, ...]:
    """
    What `laborvote.decide` says of *tally* with these votes and no
    challenged ballots: result, winner, and the runoff pair as a set.
    """
    names = [c.name for c in tally.choices]
    ballots = tally.ballots
    unions = dict(zip(names[: len(ballots.unions)], votes, strict=False))
    against = None if ballots.against is None else votes[-1]
    o = decide(
        attrs.evolve(
            tally,
            ballots=Ballots(unions=unions, against=against, void=ballots.void),
        )
    )
    return o.result, o.winner, frozenset(o.runoff_between or ())


def _brute_force(tally: Tally) -> int | None:
    """
    Try every final vote with as many valid votes; the cost of one is the
    votes some choices gained.
    """
    votes = tally.votes
    now = _decided(tally, votes)
    costs = [
        sum(max(0, f - n) for f, n in zip(final, votes, strict=True))
        for final in _compositions(sum(votes), len(votes))
        if _decided(tally, final) != now
    ]
    return min(costs, default=None)


class TestSwitches:
    """
    The swing equals the brute-force minimum over every final vote.
    """

    @settings(max_examples=200, deadline=None)
    @given(small_tallies(max_choices=4, max_votes=5, max_challenged=0))
    @example(  # a tie between two unions: one switch breaks it
        Tally(ballots=Ballots(unions={"A": 3, "B": 3}, against=None))
    )
    @example(  # every eligible voter voted: the 102.70(d) exception
        Tally(ballots=Ballots(unions={"A": 2, "B": 2}, against=1), eligible=5)
    )
    @example(  # a runoff ballot of three: no second runoff
        Tally(
            ballots=Ballots(unions={"A": 2, "B": 2}, against=3),
            kind=TallyKind.RUNOFF,
        )
    )
    def test_brute_force(self, tally: Tally) -> None:
        """
        Any number of choices, with or without the 102.70(d) slice.
        """
        assert _brute_force(tally) == switches_to_change(tally)

    def test_bessemer(self) -> None:
        """
        Bessemer 2021: 531 switches, against 1,061 challenged ballots;
        the 2022 rerun: 60 switches; JFK8: 262 switches from the ALU.
        """
        first = Tally(
            ballots=Ballots(
                unions={"RWDSU": 738}, against=1798, void=76, challenged=505
            )
        )
        rerun = Tally(
            ballots=Ballots(
                unions={"RWDSU": 875}, against=993, void=59, challenged=416
            )
        )
        jfk8 = Tally(
            ballots=Ballots(
                unions={"ALU": 2654}, against=2131, void=17, challenged=67
            )
        )

        assert (531, 1061) == (
            switches_to_change(first),
            challenges_to_change(first),
        )
        assert 60 == switches_to_change(rerun)
        assert 262 == switches_to_change(jfk8)

    def test_no_votes(self) -> None:
        """
        Nobody voted validly: nobody can switch.
        """
        tally = Tally(ballots=Ballots(unions={"A": 0}, against=0, void=3))

        assert switches_to_change(tally) is None

    def test_not_a_tally(self) -> None:
        """
        Only a tally has voters to switch.
        """
        with pytest.raises(InvalidTallyError):
            switches_to_change((738, 1798))  # type: ignore[arg-type]
