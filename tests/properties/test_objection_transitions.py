"""
Properties of the objection lifecycle.

    "Outcomes per objection: overruled or sustained." (RULES.md 1.12)

A filed objection moves once, to overruled, sustained or withdrawn, on a
day no earlier than it was filed; those three statuses are final.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborvote import Objection, ObjectionStatus
from laborvote.exceptions import InvalidObjectionError, InvalidTransitionError
from laborvote.strategies import objections as decided_objections

METHODS = {
    "overrule": ObjectionStatus.OVERRULED,
    "sustain": ObjectionStatus.SUSTAINED,
    "withdraw": ObjectionStatus.WITHDRAWN,
}


class TestTransitions:
    """
    Which moves are allowed, and what they give.
    """

    @given(
        objection=decided_objections(statuses=st.just(ObjectionStatus.FILED)),
        method=st.sampled_from(sorted(METHODS)),
        days=st.integers(min_value=0, max_value=5000),
    )
    def test_filed_moves_once(
        self, objection: Objection, method: str, days: int
    ) -> None:
        """
        From filed, each move gives its status and day, keeps every other
        field, and is final: no second move is allowed.
        """
        on = objection.filed + dt.timedelta(days=days)

        done = getattr(objection, method)(on=on)

        assert (METHODS[method], on) == (done.status, done.decided)
        assert (objection.party, objection.number, objection.text) == (
            done.party,
            done.number,
            done.text,
        )
        for again in METHODS:
            with pytest.raises(InvalidTransitionError):
                getattr(done, again)(on=on)

    @given(
        objection=decided_objections(
            statuses=st.sampled_from(
                [s for s in ObjectionStatus if s is not ObjectionStatus.FILED]
            )
        ),
        method=st.sampled_from(sorted(METHODS)),
    )
    def test_decided_is_final(self, objection: Objection, method: str) -> None:
        """
        A decided or withdrawn objection refuses every move, naming its
        status and the one asked for.
        """
        with pytest.raises(InvalidTransitionError) as e:
            getattr(objection, method)(on=objection.filed)

        assert (objection.status, METHODS[method]) == (
            e.value.current,
            e.value.attempted,
        )

    @given(
        objection=decided_objections(statuses=st.just(ObjectionStatus.FILED)),
        method=st.sampled_from(sorted(METHODS)),
        days=st.integers(min_value=1, max_value=5000),
    )
    def test_never_before_filed(
        self, objection: Objection, method: str, days: int
    ) -> None:
        """
        A move dated before the filing is refused.
        """
        with pytest.raises(InvalidObjectionError):
            getattr(objection, method)(
                on=objection.filed - dt.timedelta(days=days)
            )


class TestRoundTrip:
    """
    `as_dict` and `from_dict` are inverses.
    """

    @given(decided_objections())
    def test_round_trip(self, objection: Objection) -> None:
        """
        Every objection, decided or not, comes back equal.
        """
        assert objection == Objection.from_dict(objection.as_dict())
