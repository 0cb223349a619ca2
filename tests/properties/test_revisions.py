"""
A revised tally recounts the tally it revises: once challenged ballots
are resolved, each is opened and counted (for a choice, or void) or
stays out (29 CFR 102.69(a)(6) and (c)). So the votes counted before
may only grow, by at most the challenged ballots resolved, and the
challenged ballots only shrink.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Election, Tally, TallyKind
from laborvote.exceptions import InvalidElectionError

DAY = dt.date(2024, 5, 1)
LATER = dt.date(2024, 6, 3)


def _case(before: Ballots, after: Ballots) -> Election:
    return Election(
        tallies=[
            Tally(ballots=before, date=DAY),
            Tally(ballots=after, kind=TallyKind.REVISED, date=LATER),
        ]
    )


@st.composite
def _before(draw: st.DrawFn) -> Ballots:
    counts = st.integers(min_value=0, max_value=50)
    unions = draw(st.integers(min_value=1, max_value=3))
    return Ballots(
        unions={f"U{i}": draw(counts) for i in range(unions)},
        against=draw(st.one_of(st.none(), counts)) if unions > 1 else 0,
        void=draw(counts),
        challenged=draw(counts),
    )


@st.composite
def _consistent(draw: st.DrawFn) -> tuple[Ballots, Ballots]:
    """
    A tally and a revision: some challenged ballots resolved, each added
    to a choice, to the void ballots, or left out.
    """
    before = draw(_before())
    resolved = draw(st.integers(min_value=0, max_value=before.challenged))
    slots = len(before.votes) + 2  # each choice, void, left out
    added = [0] * slots
    for _ in range(resolved):
        added[draw(st.integers(min_value=0, max_value=slots - 1))] += 1
    votes = [n + a for n, a in zip(before.votes, added, strict=False)]
    after = Ballots(
        unions={name: votes[i] for i, (name, _) in enumerate(before.unions)},
        against=None if before.against is None else votes[-1],
        void=before.void + added[len(before.votes)],
        challenged=before.challenged - resolved,
    )
    return before, after


@st.composite
def _inconsistent(draw: st.DrawFn) -> tuple[Ballots, Ballots, str]:
    """
    A tally and a "revision" that breaks one rule, and the field named.
    """
    before, after = draw(_consistent())
    how = draw(st.sampled_from(["fewer", "more", "challenged", "choices"]))
    unions = dict(after.unions)
    first = next(iter(unions))
    if how == "fewer" and before.votes[0] > 0:
        unions[first] = before.votes[0] - 1
        return before, _evolve(after, unions=unions), "ballots.unions"
    if how == "challenged":
        more = before.challenged + draw(st.integers(1, 5))
        return before, _evolve(after, challenged=more), "ballots.challenged"
    if how == "choices":
        unions["Another"] = 0
        return before, _evolve(after, unions=unions), "ballots.unions"
    # More ballots added than the challenged ballots resolved.
    resolved = before.challenged - after.challenged
    unions[first] = after.votes[0] + resolved + 1
    return before, _evolve(after, unions=unions), "ballots.challenged"


def _evolve(b: Ballots, **changes: object) -> Ballots:
    fields: dict[str, object] = {
        "unions": dict(b.unions),
        "against": b.against,
        "void": b.void,
        "challenged": b.challenged,
    }
    fields.update(changes)
    return Ballots(**fields)  # type: ignore[arg-type]


class TestRevisedTallies:
    """
    `laborvote.Election` accepts a revised tally exactly when it can
    follow the tally it revises.
    """

    def test_organizer(self) -> None:
        """
        After 120 yes, 118 no, 9 challenged, a revision of 10 yes, 500 no
        is refused, naming the field.
        """
        before = Ballots(unions={"U": 120}, against=118, challenged=9)
        after = Ballots(unions={"U": 10}, against=500)

        with pytest.raises(InvalidElectionError, match="may only grow") as e:
            _case(before, after)

        assert "tallies[1].ballots.unions" == e.value.field

    def test_against_shrinks(self) -> None:
        """
        The against votes counted before may not shrink either.
        """
        before = Ballots(unions={"U": 120}, against=118, challenged=9)
        after = Ballots(unions={"U": 120}, against=117)

        with pytest.raises(InvalidElectionError, match="may only grow") as e:
            _case(before, after)

        assert "tallies[1].ballots.against" == e.value.field

    def test_void_shrinks(self) -> None:
        """
        Void ballots counted before stay void.
        """
        before = Ballots(unions={"U": 1}, against=1, void=3, challenged=2)
        after = Ballots(unions={"U": 1}, against=1, void=2)

        with pytest.raises(InvalidElectionError, match="void") as e:
            _case(before, after)

        assert "tallies[1].ballots.void" == e.value.field

    @given(_consistent())
    @example(
        (
            Ballots(unions={"U": 120}, against=118, challenged=9),
            Ballots(unions={"U": 122}, against=123, challenged=2),
        )
    )
    def test_consistent_accepted(self, pair: tuple[Ballots, Ballots]) -> None:
        """
        Every revision that only resolves challenged ballots is accepted.
        """
        before, after = pair

        assert after == _case(before, after).tallies[1].ballots

    @given(_inconsistent())
    def test_inconsistent_refused(
        self, triple: tuple[Ballots, Ballots, str]
    ) -> None:
        """
        Every revision that takes a ballot away, adds one that was not
        challenged, adds a challenge or changes the choices is refused,
        naming the field.
        """
        before, after, field = triple

        with pytest.raises(InvalidElectionError) as e:
            _case(before, after)

        assert f"tallies[1].{field}" == e.value.field
