"""
Test-only Hypothesis strategies for deadlines and the life of a case.

Kept beside ``strategies.py`` (the core's) so that the two can be merged
without conflict; both are imported by name from the tests folder.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from laborvote import (
    Ballots,
    Choice,
    Election,
    Objection,
    ObjectionStatus,
    Result,
    Tally,
    TallyKind,
    decide,
)
from laborvote import strategies as lvst

#: The first tally date a rule version known to laborvote covers.
FIRST_COVERED = dt.date(2015, 4, 14)
#: The day the current (5 business days) version took effect.
CURRENT_FROM = dt.date(2020, 5, 31)


def tally_dates(
    *,
    min_value: dt.date = FIRST_COVERED,
    max_value: dt.date = dt.date(2040, 12, 31),
) -> st.SearchStrategy[dt.date]:
    """
    Generate tally dates that some rule version covers.
    """
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def decided_objections(
    draw: st.DrawFn,
    *,
    statuses: st.SearchStrategy[ObjectionStatus] | None = None,
) -> Objection:
    """
    Generate objections in any status, with a decision date (or none)
    that is never before the filing date.
    """
    status = draw(
        st.sampled_from(ObjectionStatus) if statuses is None else statuses
    )
    filed = draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)))
    decided = None
    if status is not ObjectionStatus.FILED:
        decided = draw(
            st.none()
            | st.integers(0, 3000).map(lambda n: filed + dt.timedelta(days=n))
        )
    return Objection(
        party=draw(lvst.union_names()),
        number=draw(st.integers(min_value=1, max_value=99)),
        text=draw(lvst.union_names(max_size=40)),
        filed=filed,
        status=status,
        decided=decided,
    )


def _small_ballots() -> st.SearchStrategy[Ballots]:
    return st.booleans().flatmap(
        lambda against: lvst.ballots(
            min_unions=1 if against else 2,
            max_unions=2,
            max_votes=8,
            max_void=1,
            max_challenged=4,
            against=against,
        )
    )


def _with(ballots: Ballots, extra: list[int], challenged: int) -> Ballots:
    """
    Return *ballots* with *extra* valid votes per choice, in ballot order.
    """
    votes = [n + e for n, e in zip(ballots.votes, extra, strict=True)]
    unions = [
        (c.name, n)
        for c, n in zip(ballots.choices, votes, strict=True)
        if c.is_union
    ]
    against = (
        votes[ballots.choices.index(Choice.AGAINST)]
        if ballots.against is not None
        else None
    )
    return Ballots(
        unions=unions,
        against=against,
        void=ballots.void,
        challenged=challenged,
    )


@st.composite
def _revision(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Resolve every challenged ballot of *tally*: some are counted for a
    choice, the others stay sealed (the challenge was sustained).
    """
    left = tally.challenged
    extra = []
    for _ in tally.choices:
        n = draw(st.integers(min_value=0, max_value=left))
        extra.append(n)
        left -= n
    return Tally(
        ballots=_with(tally.ballots, extra, 0),
        kind=TallyKind.REVISED,
        date=day,
    )


@st.composite
def _runoff(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Hold the runoff that *tally* calls for.
    """
    pair = decide(tally).runoff_between
    assert pair is not None
    votes = st.integers(min_value=0, max_value=8)
    unions = [(c.name, draw(votes)) for c in pair if c.is_union]
    against = draw(votes) if Choice.AGAINST in pair else None
    return Tally(
        ballots=Ballots(
            unions=unions,
            against=against,
            challenged=draw(st.integers(min_value=0, max_value=3)),
        ),
        kind=TallyKind.RUNOFF,
        date=day,
    )


@st.composite
def _rerun(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Hold a new election with the choices of *tally*.
    """
    votes = st.integers(min_value=0, max_value=8)
    return Tally(
        ballots=Ballots(
            unions=[
                (c.name, draw(votes)) for c in tally.choices if c.is_union
            ],
            against=None if tally.ballots.against is None else draw(votes),
            challenged=draw(st.integers(min_value=0, max_value=3)),
        ),
        kind=TallyKind.RERUN,
        date=day,
    )


@st.composite
def lifecycles(draw: st.DrawFn, *, max_events: int = 12) -> Election:
    """
    Generate the history of a case, one event at a time, each event one
    that the rules allow at that point.

    Events happen in date order: a party files an objection, an
    objection is decided or withdrawn, the challenges are resolved (a
    revised tally), a runoff is held after a runoff outcome once every
    objection was overruled or withdrawn, a rerun after a sustained
    objection or a nullity. Which events are allowed is worked out here
    from `laborvote.decide` and the objections' statuses, not from
    `laborvote.Election.status`, which the tests check.
    """
    clock = draw(tally_dates(max_value=dt.date(2035, 1, 1)))
    tallies = [Tally(ballots=draw(_small_ballots()), date=clock)]
    objections: list[Objection] = []
    vote_start = 0  # index in `objections` of the current vote's first
    later = st.integers(min_value=0, max_value=9).map(
        lambda n: dt.timedelta(days=n)
    )
    for _ in range(draw(st.integers(min_value=0, max_value=max_events))):
        clock += draw(later)
        current = objections[vote_start:]
        result = decide(tallies[-1]).result
        sustained = any(o.status is ObjectionStatus.SUSTAINED for o in current)
        pending = [i for i, o in enumerate(current) if o.pending]
        moves = ["object"] if len(current) < 3 else []
        if pending:
            moves.append("decide")
        if result is Result.UNRESOLVED:
            moves.append("revise")
        if result is Result.RUNOFF and not pending and not sustained:
            moves.append("runoff")
        if sustained or result is Result.NEW_ELECTION:
            moves.append("rerun")
        if not moves:
            break  # three objections, all decided, and a result that stands
        move = draw(st.sampled_from(moves))
        if move == "object":
            objections.append(
                Objection(
                    party=draw(st.sampled_from(["Union", "Employer"])),
                    number=len(current) + 1,
                    text="Objectionable conduct",
                    filed=clock,
                )
            )
        elif move == "decide":
            i = vote_start + draw(st.sampled_from(pending))
            how = draw(st.sampled_from(["overrule", "sustain", "withdraw"]))
            objections[i] = getattr(objections[i], how)(on=clock)
        elif move == "revise":
            tallies.append(draw(_revision(tallies[-1], clock)))
        else:
            clock += dt.timedelta(days=1)  # a new vote, on a later day
            make = _runoff if move == "runoff" else _rerun
            tallies.append(draw(make(tallies[-1], clock)))
            vote_start = len(objections)
    return Election(tallies=tallies, objections=objections)
