"""
Unit tests for the life of an objection: filed, then overruled,
sustained or withdrawn (29 CFR 102.69), each with the day it happened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from laborvote import Objection, ObjectionStatus
from laborvote.exceptions import (
    InvalidObjectionError,
    InvalidTransitionError,
    LaborVoteError,
)

D = dt.date


@pytest.fixture(name="filed")
def _filed() -> Objection:
    """
    Return one of Amazon's objections to the JFK8 tally, filed by the
    last day, 2022-04-08.
    """
    return Objection(
        party="Amazon",
        number=1,
        text="The Region's conduct of the election",
        filed=D(2022, 4, 8),
    )


class TestTransitions:
    """
    A filed objection can be overruled, sustained or withdrawn, once.
    """

    @pytest.mark.parametrize(
        ("method", "status"),
        [
            ("overrule", ObjectionStatus.OVERRULED),
            ("sustain", ObjectionStatus.SUSTAINED),
            ("withdraw", ObjectionStatus.WITHDRAWN),
        ],
    )
    def test_from_filed(
        self, filed: Objection, method: str, status: ObjectionStatus
    ) -> None:
        """
        Each method returns a new objection with that status and the
        day; the original is unchanged.
        """
        done = getattr(filed, method)(on=D(2023, 1, 11))

        assert (status, D(2023, 1, 11)) == (done.status, done.decided)
        assert not done.pending
        assert filed.pending
        assert filed.decided is None

    def test_terminal(self, filed: Objection) -> None:
        """
        An overruled objection cannot be sustained: the error names the
        current and the attempted status.
        """
        overruled = filed.overrule(on=D(2023, 1, 11))

        with pytest.raises(
            InvalidTransitionError, match="already overruled"
        ) as e:
            overruled.sustain(on=D(2023, 1, 12))

        assert ObjectionStatus.OVERRULED is e.value.current
        assert ObjectionStatus.SUSTAINED is e.value.attempted
        assert isinstance(e.value, ValueError)
        assert isinstance(e.value, LaborVoteError)

    def test_same_day_as_filed(self, filed: Objection) -> None:
        """
        An objection can be withdrawn the day it is filed.
        """
        assert D(2022, 4, 8) == filed.withdraw(on=D(2022, 4, 8)).decided

    def test_before_filed(self, filed: Objection) -> None:
        """
        A decision before the filing date is an error naming `decided`.
        """
        with pytest.raises(InvalidObjectionError, match="before filed") as e:
            filed.sustain(on=D(2022, 4, 7))

        assert ("decided", D(2022, 4, 7)) == (e.value.field, e.value.value)

    def test_decision_not_a_date(self, filed: Objection) -> None:
        """
        The day of a decision must be a date.
        """
        with pytest.raises(InvalidObjectionError, match="decided must be"):
            filed.overrule(on="2023-01-11")  # type: ignore[arg-type]


class TestDecidedField:
    """
    `decided` is the day of the decision, and only decided objections
    have one.
    """

    def test_filed_has_no_decision_date(self) -> None:
        """
        A filed objection with a decision date contradicts itself.
        """
        with pytest.raises(InvalidObjectionError, match="not decided yet"):
            Objection(
                party="RWDSU",
                number=1,
                text="Mailbox",
                filed=D(2021, 4, 16),
                decided=D(2021, 11, 29),
            )

    def test_decided_unknown(self) -> None:
        """
        A decided objection may leave the day unknown, as the core
        allowed before `decided` existed.
        """
        o = Objection(
            party="RWDSU",
            number=1,
            text="Mailbox",
            filed=D(2021, 4, 16),
            status=ObjectionStatus.SUSTAINED,
        )

        assert o.decided is None


class TestDict:
    """
    `as_dict` and `from_dict` carry the decision date.
    """

    def test_round_trip(self, filed: Objection) -> None:
        """
        A decided objection survives the trip, with ISO dates.
        """
        done = filed.overrule(on=D(2023, 1, 11))
        expected = {
            "party": "Amazon",
            "number": 1,
            "text": "The Region's conduct of the election",
            "filed": "2022-04-08",
            "status": "overruled",
            "decided": "2023-01-11",
        }

        assert expected == done.as_dict()
        assert done == Objection.from_dict(done.as_dict())

    def test_old_dict(self, filed: Objection) -> None:
        """
        A dictionary without ``decided`` (written before it existed)
        loads as undecided.
        """
        data = filed.as_dict()
        del data["decided"]

        assert filed == Objection.from_dict(data)

    def test_bad_decided(self) -> None:
        """
        A ``decided`` string that is no ISO date names the field.
        """
        with pytest.raises(
            InvalidObjectionError, match="decided must be an ISO"
        ) as e:
            Objection.from_dict(
                {
                    "party": "ALU",
                    "number": 1,
                    "text": "x",
                    "filed": "2022-04-08",
                    "status": "overruled",
                    "decided": "January 11",
                }
            )

        assert "decided" == e.value.field
