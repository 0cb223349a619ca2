"""
Brute-force oracles for the rulebooks.

The oracles are written here from RULES.md section 6 (``UD_outcome``,
``NMB_outcome``, ``UK_recognition``, ``UK_industrial_action``) and the
text of 29 CFR 1206.1, not taken from laborvote's code. Each enumerates
every way of resolving the challenged ballots (each counted for any
choice, or not counted) and, where the sources leave a question open,
every reading of it; the outcome is decided iff all of them agree, and
the challenges are determinative iff, under some reading, two
resolutions disagree (issue 5, item 3).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Result, Tally, TallyKind, decide
from laborvote.rules import Rulebook, uk_industrial_action
from strategies import (
    days,
    industrial_action_rulebooks,
    small_tallies,
    yes_no_tallies,
)

UNRESOLVED = "unresolved"

R = TypeVar("R")


def resolutions(c: int) -> Iterator[tuple[int, int]]:
    """
    Yield every resolution of *c* challenged yes/no ballots as (added
    yes, added no); the rest are not counted.
    """
    for y in range(c + 1):
        for n in range(c + 1 - y):
            yield y, n


def verdict_set(
    tally: Tally,
    passes: Callable[[int, int, R], bool],
    readings: Sequence[R],
) -> tuple[set[bool], bool]:
    """
    Return every verdict over resolutions and readings, and whether some
    reading has two resolutions that disagree.
    """
    yes, no = tally.votes
    everything: set[bool] = set()
    determinative = False
    for reading in readings:
        seen = {
            passes(yes + y, no + n, reading)
            for y, n in resolutions(tally.challenged)
        }
        determinative = determinative or len(seen) > 1
        everything |= seen
    return everything, determinative


def expected(
    verdicts: set[bool], *, determinative: bool, passed: str, failed: str
) -> tuple[str, bool]:
    """
    Return the result word and the determinative flag the oracle expects.
    """
    if len(verdicts) > 1:
        return UNRESOLVED, determinative
    return (passed if verdicts.pop() else failed), False


class TestDeauthorization:
    """
    ``UD_outcome: rescind iff 2*yes > eligible`` (RULES.md section 6);
    non-voters, void and unresolved challenged ballots act like "no"
    (section 1.11).
    """

    @given(yes_no_tallies())
    @example(  # RULES.md section 7, item 11: exactly half is not enough
        Tally(ballots=Ballots(unions={"Yes": 50}, against=0), eligible=100)
    )
    def test_against_brute_force(self, tally: Tally) -> None:
        """
        Result and determinative flag match every resolution's verdict.
        """
        e = tally.eligible
        assert e is not None
        verdicts, det = verdict_set(
            tally, lambda yes, _no, _r: 2 * yes > e, [None]
        )

        outcome = decide(tally, rules="deauthorization")

        assert expected(
            verdicts, determinative=det, passed="rescinded", failed="retained"
        ) == (
            outcome.result.value,
            outcome.challenges_determinative,
        )

    @given(yes_no_tallies())
    def test_determinative_formula(self, tally: Tally) -> None:
        """
        RULES.md section 1.11: challenges are determinative iff
        ``yes <= E/2 < yes + C``.
        """
        yes, c, e = tally.votes[0], tally.challenged, tally.eligible
        assert e is not None

        outcome = decide(tally, rules="deauthorization")

        assert (2 * yes <= e < 2 * (yes + c)) == (
            outcome.challenges_determinative
        )


class TestUkRecognition:
    """
    ``UK_recognition(ballot_date): < 2026-04-06: yes > no AND yes >= 0.40
    * bargaining_unit; >= 2026-04-06: yes > no`` (RULES.md section 6).
    """

    @given(yes_no_tallies(), days())
    def test_against_brute_force(self, tally: Tally, day: dt.date) -> None:
        """
        Result and determinative flag match every resolution's verdict.
        """
        e = tally.eligible
        assert e is not None
        old = day < dt.date(2026, 4, 6)

        def passes(yes: int, no: int, _reading: None) -> bool:
            return yes > no and (not old or 5 * yes >= 2 * e)

        verdicts, det = verdict_set(tally, passes, [None])

        outcome = decide(tally, rules="uk-recognition", on=day)

        assert expected(
            verdicts,
            determinative=det,
            passed="recognised",
            failed="not_recognised",
        ) == (
            outcome.result.value,
            outcome.challenges_determinative,
        )


def industrial_action_oracle(
    tally: Tally, day: dt.date, *, ips: bool, repeal: dt.date | None
) -> tuple[str, bool]:
    """
    Return the result word and determinative flag that RULES.md section 6
    gives (``UK_industrial_action``), reading each open question both
    ways.

    Always yes > no; from 2017-03-01 until the turnout repeal, votes cast
    >= 50% of those entitled; in important public services from
    2017-03-01 until 2026-02-18, yes >= 40% of those entitled. Open: the
    repeal's commencement when not given (from 2026-02-18 the floor may or
    may not apply) and whether spoilt papers count toward turnout
    (section 8, item 10).
    """
    e = tally.eligible
    assert e is not None
    void = tally.void
    tua = dt.date(2017, 3, 1) <= day
    if repeal is not None:
        floors = [tua and day < repeal]
    elif day >= dt.date(2026, 2, 18):
        floors = [True, False]
    else:
        floors = [tua]
    spoilt = [True, False] if void and any(floors) else [True]
    ips_floor = ips and tua and day < dt.date(2026, 2, 18)

    def passes(yes: int, no: int, reading: tuple[bool, bool]) -> bool:
        floor, counted = reading
        cast = yes + no + (void if counted else 0)
        return (
            yes > no
            and (not floor or 2 * cast >= e)
            and (not ips_floor or 5 * yes >= 2 * e)
        )

    verdicts, det = verdict_set(
        tally, passes, list(itertools.product(floors, spoilt))
    )
    return expected(
        verdicts, determinative=det, passed="mandate", failed="no_mandate"
    )


class TestUkIndustrialAction:
    """
    TULRCA 1992 s.226 as amended (RULES.md sections 4.2 and 6).
    """

    @given(yes_no_tallies(), days(), industrial_action_rulebooks())
    @example(  # a 50% turnout only with the 5 spoilt papers counted
        Tally(
            ballots=Ballots(unions={"Yes": 60}, against=40, void=5),
            eligible=210,
        ),
        dt.date(2020, 3, 1),
        uk_industrial_action.RULEBOOK,
    )
    @example(  # no one entitled, one spoilt paper (a ZeroDivisionError)
        Tally(
            ballots=Ballots(unions={"Yes": 0}, against=0, void=1),
            eligible=0,
        ),
        dt.date(2017, 3, 1),
        uk_industrial_action.RULEBOOK,
    )
    def test_against_brute_force(
        self, tally: Tally, day: dt.date, book: Rulebook
    ) -> None:
        """
        Result and determinative flag match every resolution and reading.
        """
        ips = book.versions[1].name.endswith("important-public-services")
        last = book.versions[-1]
        repeal = (
            last.effective_from
            if last.name == "uk-industrial-action-no-turnout-floor"
            else None
        )

        outcome = decide(tally, rules=book, on=day)

        assert industrial_action_oracle(
            tally, day, ips=ips, repeal=repeal
        ) == (outcome.result.value, outcome.challenges_determinative)


# --- NMB ---------------------------------------------------------------------


def finals(votes: Sequence[int], c: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every final count reachable by resolving *c* challenged
    ballots: each counted for any choice, or not counted.
    """
    for extra in itertools.product(range(c + 1), repeat=len(votes)):
        if sum(extra) <= c:
            yield tuple(v + x for v, x in zip(votes, extra, strict=True))


def nmb_2010_class(votes: Sequence[int], against: int | None) -> object:
    """
    The class of final *votes* from 10 June 2010: a majority of the valid
    ballots wins (75 FR 26062); otherwise 29 CFR 1206.1(a): "where three
    or more options ... receive valid votes, if no option receives a
    majority ..., or in the event of a tie vote", a run-off between "the
    two options which received the highest number of votes" (1206.1(b));
    a tie for second place leaves those two undetermined (open); fewer
    than three options with votes: no run-off, no representative.
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return "none" if i == against else ("certify", i)
    ranked = sorted(votes, reverse=True)
    if sum(1 for n in votes if n) < 3:
        return "none"
    if ranked[1] == ranked[2]:
        return "open"
    first = votes.index(ranked[0])
    second = next(
        i for i, n in enumerate(votes) if n == ranked[1] and i != first
    )
    return ("runoff", frozenset((first, second)))


def nmb_old_class(
    votes: Sequence[int], against: int | None, eligible: int
) -> object:
    """
    The class of final *votes* before 10 June 2010: "representation only
    if votes for representatives > eligible/2" (RULES.md section 6); an
    organization with votes from a majority of the eligible is certified
    (the one with the most votes, the first among equals, should an
    eligible count below the ballots cast allow two); which one is
    certified otherwise is RECALLED, so open.
    """
    unions = [i for i in range(len(votes)) if i != against]
    best = max(votes[i] for i in unions)
    lead = next(i for i in unions if votes[i] == best)
    if 2 * best > eligible:
        return ("certify", lead)
    return "open" if 2 * sum(votes[i] for i in unions) > eligible else "none"


def word(cls: object, against: int | None) -> str:
    """
    Return the result word of an oracle class.
    """
    del against
    if cls == "none":
        return "no_representative"
    if cls == "open":
        return UNRESOLVED
    assert isinstance(cls, tuple)
    return "certified" if cls[0] == "certify" else "runoff"


class TestNmb:
    """
    The NMB rulebook against brute force, before and from 10 June 2010.
    """

    @given(
        tally=small_tallies(
            near_thresholds=True, kinds=st.just(TallyKind.INITIAL)
        ),
        new=st.booleans(),
    )
    @example(  # 1206.1 applies only where three options receive votes
        tally=Tally(ballots=Ballots(unions={"A": 3, "B": 3}, against=0)),
        new=True,
    )
    @example(  # tie for second place: 1206.1(b) does not say who
        tally=Tally(ballots=Ballots(unions={"A": 4, "B": 3}, against=3)),
        new=True,
    )
    @example(  # two unions over half of a too-small eligible count
        tally=Tally(
            ballots=Ballots(
                unions={"A": 1, "B": 0}, against=None, challenged=1
            ),
            eligible=0,
        ),
        new=False,
    )
    @example(  # the TWU Local 514 vectors (RULES.md section 3.1)
        tally=Tally(
            ballots=Ballots(unions={"TWU": 100, "AMP": 99}, against=None),
            eligible=400,
        ),
        new=False,
    )
    def test_against_brute_force(self, tally: Tally, *, new: bool) -> None:
        """
        Result, runoff pair and determinative flag match every final
        count reachable through the challenged ballots.
        """
        last = len(tally.votes) - 1
        against = None if tally.ballots.against is None else last
        day = dt.date(2010, 6, 10) if new else dt.date(2010, 6, 9)

        def cls(votes: Sequence[int]) -> object:
            if new:
                return nmb_2010_class(votes, against)
            assert tally.eligible is not None
            return nmb_old_class(votes, against, tally.eligible)

        now = cls(tally.votes)
        reachable = {cls(f) for f in finals(tally.votes, tally.challenged)}
        determinative = len(reachable) > 1
        fewest = min(
            (
                sum(f) - sum(tally.votes)
                for f in finals(tally.votes, tally.challenged)
                if cls(f) != now
            ),
            default=None,
        )

        outcome = decide(tally, rules="nmb", on=day)

        assert determinative == outcome.challenges_determinative
        if new and determinative:
            assert f"(as few as {fewest:,} of them)" in " ".join(
                outcome.reasons
            )
        if not determinative:
            assert word(now, against) == outcome.result.value
            if isinstance(now, tuple) and now[0] == "runoff":
                pair = outcome.runoff_between
                assert pair is not None
                assert now[1] == {tally.choices.index(c) for c in pair}
            if outcome.result is Result.CERTIFIED:
                assert isinstance(now, tuple)
                assert tally.choices[now[1]] == outcome.winner
