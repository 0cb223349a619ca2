"""
Properties every rulebook has (issue 5, item 5).
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Outcome, Result, Tally, TallyKind, decide
from laborvote.rules import (
    Question,
    Rulebook,
    Version,
    majority_of_votes_cast,
)
from strategies import (
    days,
    rulebooks,
    small_tallies,
    yes_no_tallies,
)

#: The result a yes/no question ends in when it passes, and fails.
PASSES = {
    Result.CERTIFIED,
    Result.RESCINDED,
    Result.RECOGNISED,
    Result.MANDATE,
}
FAILS = {
    Result.NO_REPRESENTATIVE,
    Result.RETAINED,
    Result.NOT_RECOGNISED,
    Result.NO_MANDATE,
}

#: A rulebook whose only test is a majority of the votes cast.
SIMPLE_MAJORITY = Rulebook(
    name="simple-majority",
    title="a majority of the votes cast",
    citation="RULES.md section 1.2",
    versions=(
        Version(
            name="simple-majority",
            title="a majority of the votes cast",
            citation="RULES.md section 1.2",
            question=Question.YES_NO,
            tests=(majority_of_votes_cast("RULES.md section 1.2"),),
            passed=Result.CERTIFIED,
            failed=Result.NO_REPRESENTATIVE,
        ),
    ),
)


def with_one_more(tally: Tally, position: int) -> Tally:
    """
    Return *tally* with one more valid vote for the choice at *position*.
    """
    ballots = tally.ballots
    unions = list(ballots.unions)
    against = ballots.against
    if position < len(unions):
        name, votes = unions[position]
        unions[position] = (name, votes + 1)
    else:
        assert against is not None
        against += 1
    return attrs.evolve(
        tally, ballots=attrs.evolve(ballots, unions=unions, against=against)
    )


def tally_for(
    book: Rulebook, day: dt.date, data: st.DataObject
) -> tuple[Version, Tally]:
    """
    Draw a tally that the version of *book* in force on *day* can decide.
    """
    version = book.version_on(day)
    if version.question is Question.YES_NO:
        return version, data.draw(yes_no_tallies())
    return version, data.draw(
        small_tallies(near_thresholds=True, kinds=st.just(TallyKind.INITIAL))
    )


class TestMoreYesNeverHurts:
    """
    "Under every rulebook, more yes votes never turn a pass into a fail"
    (issue 5, item 5).
    """

    @given(rulebooks(), days(), st.data())
    def test_one_more_yes(
        self, book: Rulebook, day: dt.date, data: st.DataObject
    ) -> None:
        """
        A passing vote still passes with one more yes vote; a certified
        union is still certified with one more vote for it.
        """
        version, tally = tally_for(book, day, data)
        outcome = decide(tally, rules=book, on=day)
        if outcome.result not in PASSES:
            return
        position = 0
        if outcome.winner is not None:
            position = tally.choices.index(outcome.winner)

        more = decide(with_one_more(tally, position), rules=book, on=day)

        assert (outcome.result, outcome.winner) == (more.result, more.winner)
        assert version.name == more.rules

    @given(rulebooks(), days(), yes_no_tallies())
    def test_one_more_yes_never_fails(
        self, book: Rulebook, day: dt.date, tally: Tally
    ) -> None:
        """
        On a yes/no question, one more yes vote never turns anything into
        a fail that was not one already.
        """
        if book.version_on(day).question is not Question.YES_NO:
            return
        outcome = decide(tally, rules=book, on=day)

        more = decide(with_one_more(tally, 0), rules=book, on=day)

        assert more.result not in FAILS or outcome.result in FAILS


class TestSimpleMajorityIsNlrb:
    """
    "A rulebook whose only test is a majority of votes cast agrees with
    the NLRB rule on two-choice ballots" (issue 5, item 5).
    """

    @given(yes_no_tallies(max_votes=200, max_challenged=50))
    @example(  # Kirsch Drapery (1990): a 4-4 tie is no majority
        Tally(ballots=Ballots(unions={"Union": 4}, against=4))
    )
    @example(  # McCormick Lumber (1973): 10-10, one challenged ballot
        Tally(ballots=Ballots(unions={"Union": 10}, against=10, challenged=1))
    )
    @example(  # Allied Acoustics (1990): 13-10, one challenged, 1 void
        Tally(
            ballots=Ballots(
                unions={"Union": 13}, against=10, void=1, challenged=1
            )
        )
    )
    def test_agrees(self, tally: Tally) -> None:
        """
        Same result, winner and determinative flag as the NLRB's rules.
        """
        nlrb = decide(tally)

        simple = decide(tally, rules=SIMPLE_MAJORITY)

        assert (
            nlrb.result,
            nlrb.winner,
            nlrb.challenges_determinative,
            nlrb.majority,
        ) == (
            simple.result,
            simple.winner,
            simple.challenges_determinative,
            simple.majority,
        )


class TestVersionsCoverTheirDates:
    """
    "The versions of one rulebook cover their dates without gaps or
    overlaps" (issue 5, item 5).
    """

    @given(rulebooks(), days())
    def test_exactly_one_version(self, book: Rulebook, day: dt.date) -> None:
        """
        Every day has exactly one version in force, the one `version_on`
        returns.
        """
        in_force = [v for v in book.versions if v.in_force(day)]

        assert [book.version_on(day)] == in_force

    @given(rulebooks())
    def test_contiguous(self, book: Rulebook) -> None:
        """
        The first version has no start, the last no end, and each of the
        others starts the day after the one before it ends.
        """
        starts = [v.effective_from for v in book.versions]
        ends = [v.effective_until for v in book.versions]
        day = dt.timedelta(days=1)

        assert [None, *(end + day for end in ends[:-1] if end)] == starts
        assert None is ends[-1]


class TestOutcomes:
    """
    Outcomes under any rulebook.
    """

    @given(rulebooks(), days(), st.data())
    def test_round_trip(
        self, book: Rulebook, day: dt.date, data: st.DataObject
    ) -> None:
        """
        Every outcome round-trips through `as_dict` and `from_dict`, and
        names the version that decided it.
        """
        version, tally = tally_for(book, day, data)

        outcome = decide(tally, rules=book, on=day)

        assert outcome == Outcome.from_dict(outcome.as_dict())
        assert version.name == outcome.rules
        assert len(outcome.tests) >= 1

    @given(small_tallies(max_challenged=20))
    def test_nlrb_rulebook_is_the_core(self, tally: Tally) -> None:
        """
        The ``nlrb`` rulebook decides exactly as `laborvote.decide` does
        without one, and adds the version and one sentence.
        """
        core = decide(tally)

        book = decide(tally, rules="nlrb")

        assert core == attrs.evolve(
            book, rules=None, tests=(), reasons=book.reasons[:-1]
        )
        assert "nlrb" == book.rules
