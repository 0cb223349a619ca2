"""
Properties of the life of a case.

    "If no objections, challenges not determinative, and no runoff -> RD
    issues the certification." (RULES.md 1.12)

    "One sustained objection can suffice to rerun." (RULES.md 1.12)

The histories are built one allowed event at a time by
``strategies.lifecycles``, which decides what is allowed from
`laborvote.decide` and the objections alone; the tests then ask
`laborvote.Election.status` about every day of the history.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    Certification,
    Election,
    Objection,
    ObjectionStatus,
    Result,
    Step,
    Tally,
    TallyKind,
    decide,
)
from laborvote import strategies as lvst
from laborvote.exceptions import InvalidElectionError, LaborVoteError
from strategies import lifecycles

#: The ``holidays`` package fills in a year's holidays the first time a day
#: of that year is looked up, which can take longer than Hypothesis's
#: default deadline: these tests are not about time, so they have none.
UNTIMED = settings(deadline=None)

DECIDED = {Result.CERTIFIED, Result.NO_REPRESENTATIVE}


def _last_day(election: Election) -> dt.date:
    """
    Return the day of the last event of *election*.
    """
    days = [t.date for t in election.tallies if t.date is not None]
    days += [o.filed for o in election.objections]
    days += [o.decided for o in election.objections if o.decided is not None]
    return max(days)


def _days(election: Election) -> st.SearchStrategy[dt.date]:
    """
    Generate days from the first tally to six weeks after the last event,
    half of them after the period to object to the last vote has ended
    (which takes at most 5 business days, 13 calendar days).
    """
    first = election.tallies[0].date
    assert first is not None
    last = _last_day(election)
    return st.dates(first, last + dt.timedelta(days=42)) | st.dates(
        last + dt.timedelta(days=14), last + dt.timedelta(days=42)
    )


def _vote_start(election: Election, on: dt.date) -> dt.date:
    """
    Return the first tally date of the latest vote counted by *on*.
    """
    return max(
        t.date
        for t in election.tallies
        if t.date is not None
        and t.date <= on
        and t.kind is not TallyKind.REVISED
    )


def _concerns_vote(objection: Objection, start: dt.date, on: dt.date) -> bool:
    """
    Return whether *objection* was filed against the vote of *start* by
    the end of *on*.
    """
    return start <= objection.filed <= on


def _pending_on(objection: Objection, on: dt.date) -> bool:
    """
    Return whether *objection* was still undecided at the end of *on*.
    """
    return objection.pending or (
        objection.decided is not None and objection.decided > on
    )


class TestCertification:
    """
    What has to be true whenever a case can be certified.
    """

    @UNTIMED
    @given(data=st.data(), election=lifecycles())
    def test_certification_needs_a_decided_tally(
        self, data: st.DataObject, election: Election
    ) -> None:
        """
        Every lifecycle that reaches a certification passes through a
        decided tally: the operative tally's challenges are not
        determinative and it decides a winner or no representative;
        no objection to that vote is pending; the period to file them
        has ended; and what is certified matches the tally.
        """
        on = data.draw(_days(election), label="on")

        status = election.status(on=on)

        if status.certification is None:
            assert Step.CERTIFY is not status.step
            return
        assert Step.CERTIFY is status.step
        assert isinstance(status.tally, Tally)
        assert status.tally in election.tallies
        assert status.tally.date is not None
        assert status.tally.date <= on
        outcome = decide(status.tally)
        assert outcome.result in DECIDED
        assert not outcome.challenges_determinative
        expected = (
            Certification.REPRESENTATIVE
            if outcome.result is Result.CERTIFIED
            else Certification.RESULTS
        )
        assert expected is status.certification
        start = _vote_start(election, on)
        assert not any(
            _pending_on(o, on) or o.status is ObjectionStatus.SUSTAINED
            for o in election.objections
            if _concerns_vote(o, start, on)
        )
        assert on > status.objections_due.date
        assert status.bar_ends is not None
        assert status.bar_ends > start

    @UNTIMED
    @given(data=st.data(), election=lifecycles())
    def test_sustained_objection_sets_aside(
        self, data: st.DataObject, election: Election
    ) -> None:
        """
        Once an objection to the latest vote is sustained, the next step
        is a rerun and nothing is operative.
        """
        on = data.draw(_days(election), label="on")
        start = _vote_start(election, on)
        sustained = any(
            o.status is ObjectionStatus.SUSTAINED and not _pending_on(o, on)
            for o in election.objections
            if _concerns_vote(o, start, on)
        )

        status = election.status(on=on)

        if sustained:
            assert Step.HOLD_RERUN is status.step
            assert status.tally is None
        else:
            assert status.tally is not None

    @UNTIMED
    @given(data=st.data(), election=lifecycles())
    def test_open_period_blocks(
        self, data: st.DataObject, election: Election
    ) -> None:
        """
        Nothing is certified while objections are pending or may still
        be filed.
        """
        on = data.draw(_days(election), label="on")
        start = _vote_start(election, on)
        pending = any(
            _pending_on(o, on)
            for o in election.objections
            if _concerns_vote(o, start, on)
        )

        status = election.status(on=on)

        if pending or on <= status.objections_due.date:
            assert status.certification is None


class TestAsOf:
    """
    The history as it stood on a day is itself a valid case.
    """

    @UNTIMED
    @given(data=st.data(), election=lifecycles())
    def test_as_of_is_valid_and_earlier(
        self, data: st.DataObject, election: Election
    ) -> None:
        """
        `as_of` keeps a prefix of the tallies and only what was known by
        then, and asking it about that day gives the same answer.
        """
        on = data.draw(_days(election), label="on")

        then = election.as_of(on)

        assert then.tallies == election.tallies[: len(then.tallies)]
        assert all(o.filed <= on for o in then.objections)
        assert all(
            o.decided is None or o.decided <= on for o in then.objections
        )
        assert election.status(on=on) == then.status(on=on)

    @UNTIMED
    @given(lifecycles())
    def test_as_of_the_end(self, election: Election) -> None:
        """
        After the last event, the history is the whole case.
        """
        assert election == election.as_of(_last_day(election))


class TestDecidesAsDecide:
    """
    A case's status decides its tally as `laborvote.decide` does, whatever
    the case type (issue 8: a UD case was decided as a representation
    case).
    """

    @UNTIMED
    @given(
        tally=lvst.tallies(case_numbers=lvst.case_numbers()),
        day=st.dates(dt.date(2020, 6, 1), dt.date(2030, 12, 31)),
    )
    @example(  # the UD case of issue 8: rescinded, not a certification
        tally=Tally(
            ballots=Ballots(unions={"U": 60}, against=20),
            eligible=100,
            case_number="10-UD-123456",
        ),
        day=dt.date(2024, 1, 10),
    )
    def test_outcome(self, tally: Tally, day: dt.date) -> None:
        """
        The status of a one-tally case, after the objection period, has
        the tally's outcome from `laborvote.decide`; a certification of
        representative comes only with a certified union. A UD tally that
        decide cannot decide makes no case.
        """
        dated = Tally(
            ballots=tally.ballots,
            eligible=tally.eligible,
            case_number=tally.case_number,
            date=day,
        )
        try:
            expected = decide(dated)
        except LaborVoteError:
            with pytest.raises(InvalidElectionError):
                Election(tallies=[dated])
            return

        status = Election(tallies=[dated]).status(
            on=day + dt.timedelta(days=30)
        )

        assert expected == status.outcome
        assert (status.certification is Certification.REPRESENTATIVE) == (
            expected.result is Result.CERTIFIED
        )
