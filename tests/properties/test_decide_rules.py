"""
Properties of `laborvote.decide` that follow from the NLRB's rules.
"""

from __future__ import annotations

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    CaseNumber,
    Result,
    Tally,
    TallyKind,
    decide,
)
from laborvote import strategies as lvst
from strategies import small_tallies

#: The names of the rules and cases that a reason may cite.
CITATIONS = (
    "CFR",
    "NLRA",
    "Kirsch Drapery",
    "Providence",
    "Fraser & Johnston",
    "Shanhouse",
)


def _with_votes(tally: Tally, position: int, extra: int) -> Tally:
    """
    Return *tally* with *extra* more valid votes for the choice at
    ballot *position*.
    """
    box = tally.ballots
    unions = list(box.unions)
    against = box.against
    if position < len(unions):
        name, n = unions[position]
        unions[position] = (name, n + extra)
    else:
        assert against is not None
        against += extra
    return attrs.evolve(
        tally, ballots=attrs.evolve(box, unions=unions, against=against)
    )


class TestMoreVotesForTheWinner:
    """
    A majority of the valid votes wins (29 CFR 102.70(a)); one more vote
    for the majority choice keeps it a majority however the challenges
    are resolved.
    """

    @given(st.one_of(small_tallies(), lvst.tallies()))
    @example(
        Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131, void=17))
    )
    def test_winner_stays_certified(self, tally: Tally) -> None:
        """
        Adding a vote for the certified union never loses it the election.
        """
        before = decide(tally)
        if before.result is not Result.CERTIFIED:
            return
        assert before.winner is not None
        position = tally.choices.index(before.winner)

        after = decide(_with_votes(tally, position, 1))

        assert (Result.CERTIFIED, before.winner) == (
            after.result,
            after.winner,
        )

    @given(st.one_of(small_tallies(), lvst.tallies()))
    @example(
        Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798, void=76))
    )
    def test_majority_against_stays(self, tally: Tally) -> None:
        """
        Adding a vote against, when a majority voted against and nothing
        is left to resolve, keeps the certification of results.
        """
        box = tally.ballots
        before = decide(tally)
        if box.against is None or before.result is Result.UNRESOLVED:
            return
        if 2 * box.against <= box.valid:
            return

        after = decide(_with_votes(tally, len(box.unions), 1))

        assert Result.NO_REPRESENTATIVE is after.result


def _permuted(tally: Tally, order: list[int]) -> Tally:
    """
    Return *tally* with its unions in *order*; the against box stays last.
    """
    unions = [tally.ballots.unions[i] for i in order]
    return attrs.evolve(
        tally, ballots=attrs.evolve(tally.ballots, unions=unions)
    )


def _summary(tally: Tally) -> tuple[object, ...]:
    """
    Return what ballot order must not change in *tally*'s outcome.
    """
    o = decide(tally)
    pair = None if o.runoff_between is None else frozenset(o.runoff_between)
    return (o.result, o.winner, pair, o.challenges_determinative, o.majority)


class TestBallotOrder:
    """
    The Board decides by the votes each choice received; where a choice
    sits on the ballot decides nothing (29 CFR 102.70).
    """

    @given(st.data(), st.one_of(small_tallies(), lvst.tallies()))
    def test_order_never_decides(
        self, data: st.DataObject, tally: Tally
    ) -> None:
        """
        Permuting the unions on the ballot never changes who wins, the
        runoff pair, the determinative test or the majority.
        """
        order = data.draw(st.permutations(range(len(tally.ballots.unions))))

        assert _summary(tally) == _summary(_permuted(tally, order))


class TestTies:
    """
    "A tie is not a majority" (Kirsch Drapery, 1990; Providence
    Portland, 369 NLRB No. 78 (2020), RULES.md section 1.3).
    """

    @given(small_tallies(max_challenged=0), st.data())
    def test_tie_for_first_is_no_majority(
        self, tally: Tally, data: st.DataObject
    ) -> None:
        """
        When two choices share the most votes, nobody is certified.
        """
        votes = tally.votes
        top = max(votes)
        leader = votes.index(top)
        rival = data.draw(
            st.sampled_from([i for i in range(len(votes)) if i != leader])
        )
        tied = _with_votes(tally, rival, top - votes[rival])

        outcome = decide(tied)

        assert (None, False) == (
            outcome.winner,
            outcome.result is Result.CERTIFIED,
        )

    @given(
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=0, max_value=100),
        st.sampled_from(TallyKind),
    )
    @example(4, 0, TallyKind.REVISED)  # Kirsch Drapery's revised tally
    @example(383, 0, TallyKind.REVISED)  # Providence Portland
    def test_two_choice_tie_is_no_representative(
        self, n: int, void: int, kind: TallyKind
    ) -> None:
        """
        A two-choice tie with nothing to resolve is a certification of
        results: no representative.
        """
        tally = Tally(
            ballots=Ballots(unions={"Union": n}, against=n, void=void),
            kind=kind,
        )

        assert Result.NO_REPRESENTATIVE is decide(tally).result


class TestOnlyOneRunoff:
    """
    "Only one runoff" (29 CFR 102.70(b), RULES.md section 1.9.2).
    """

    @given(
        st.one_of(
            small_tallies(kinds=st.just(TallyKind.RUNOFF)),
            lvst.tallies(kinds=st.just(TallyKind.RUNOFF)),
        )
    )
    def test_runoff_tally_never_runs_off(self, tally: Tally) -> None:
        """
        A runoff's own tally never yields another runoff or a new
        election, whatever its votes.
        """
        assert decide(tally).result not in {Result.RUNOFF, Result.NEW_ELECTION}


class TestReasonsCite:
    """
    Every rule that decides an outcome cites its source in the reasons.
    """

    @given(
        st.one_of(
            small_tallies(),
            lvst.tallies(),
            lvst.tallies().map(
                lambda t: attrs.evolve(
                    t, case_number=CaseNumber.parse("10-RD-1")
                )
            ),
        )
    )
    # Bug found here: the decertification (RD) sentence cited no rule;
    # it now cites NLRA section 9(c)(1)(A)(ii) and 9(c)(2).
    @example(
        Tally(
            ballots=Ballots(unions={"Teamsters": 4}, against=9),
            case_number="10-RD-123456",
        )
    )
    def test_every_reason_cites(self, tally: Tally) -> None:
        """
        Each reason names a regulation, the Act or a Board case.
        """
        uncited = [
            reason
            for reason in decide(tally).reasons
            if not any(c in reason for c in CITATIONS)
        ]

        assert [] == uncited
