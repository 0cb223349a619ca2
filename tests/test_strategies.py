"""
Tests of `laborvote.strategies`: valid values, within their bounds, with
every field generated.

"Generated" is checked with `hypothesis.find` (some value has the field
set: a decided objection, a rulebook outcome) or by collecting over
examples (every version of a rulebook decides some outcome); "valid" by
building the value again from all its fields (`attrs.evolve`), which runs
every validator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    CaseNumber,
    Choice,
    Objection,
    ObjectionStatus,
    Outcome,
    Result,
    Tally,
    TallyKind,
)
from laborvote import strategies as lvst
from laborvote.rules import (
    RULEBOOKS,
    Question,
    Rulebook,
    Version,
    majority_of_votes_cast,
)

T = TypeVar("T")

#: Enough tries for `find` to reach every version and status, without a
#: database (a value found once must be found again from scratch), and
#: without shrinking what it finds, which would only cost time.
FIND = settings(
    max_examples=2000,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)


def assert_some(
    strategy: st.SearchStrategy[T], condition: Callable[[T], bool]
) -> None:
    """
    Assert that some value of *strategy* meets *condition*.

    `hypothesis.find` raises `hypothesis.errors.NoSuchExample` if none
    does.
    """
    assert condition(find(strategy, condition, settings=FIND))


#: Enough examples to collect every version of a rulebook, drawn afresh
#: and not shrunk.
GENERATE = settings(max_examples=100, database=None, phases=[Phase.generate])


def _book(start: dt.date | None, end: dt.date | None) -> Rulebook:
    """
    Return a one-version yes/no rulebook in force from *start* until
    *end*.
    """
    return Rulebook(
        name="test",
        title="A test rulebook",
        citation="none",
        versions=[
            Version(
                name="test-version",
                title="A test version",
                citation="none",
                question=Question.YES_NO,
                tests=[majority_of_votes_cast("none")],
                passed=Result.MANDATE,
                failed=Result.NO_MANDATE,
                effective_from=start,
                effective_until=end,
            )
        ],
    )


class TestUnionNames:
    """
    Names a union could have: valid choices, never "No union".
    """

    @given(lvst.union_names(max_size=5))
    def test_valid_union(self, name: str) -> None:
        """
        Each name makes a union choice and is not the against choice's.
        """
        assert Choice(name).is_union
        assert "no union" != name.casefold()
        assert len(name) <= 5

    @given(lvst.choices())
    def test_choices(self, choice: Choice) -> None:
        """
        Choices are unions or the against choice itself.
        """
        assert choice.is_union or choice == Choice.AGAINST


class TestBallots:
    """
    Ballot boxes within the given bounds.
    """

    @given(
        lvst.ballots(
            min_unions=2,
            max_unions=3,
            max_votes=10,
            max_void=2,
            max_challenged=4,
        )
    )
    def test_bounds(self, box: Ballots) -> None:
        """
        The unions, votes, void and challenged counts respect the bounds,
        and an against box is there by default.
        """
        assert 2 <= len(box.unions) <= 3
        assert max(box.votes) <= 10
        assert box.void <= 2
        assert box.challenged <= 4
        assert box.against is not None

    @given(lvst.ballots(against=False, min_unions=1, max_unions=1))
    def test_no_against_box(self, box: Ballots) -> None:
        """
        Without an against box there are at least two unions, whatever
        the bounds say.
        """
        assert (None, 2) == (box.against, len(box.unions))

    @given(lvst.ballots(against=None))
    def test_either(self, box: Ballots) -> None:
        """
        With ``against=None`` a ballot may or may not have the box.
        """
        assert len(box.choices) >= 2


class TestTallies:
    """
    Tallies whose eligible voters are never fewer than the ballots cast.
    """

    @given(lvst.tallies())
    def test_eligible_at_least_cast(self, tally: Tally) -> None:
        """
        The eligible count, when known, is at least the ballots cast.
        """
        assert tally.eligible is None or tally.eligible >= tally.ballots_cast

    @given(lvst.tallies(kinds=st.just(TallyKind.RUNOFF)))
    def test_kinds(self, tally: Tally) -> None:
        """
        ``kinds`` chooses the tally kinds.
        """
        assert TallyKind.RUNOFF is tally.kind

    @given(
        lvst.tallies(
            ballots=lvst.ballots(max_unions=1, max_votes=0, max_challenged=0)
        )
    )
    def test_ballots(self, tally: Tally) -> None:
        """
        ``ballots`` chooses the ballot boxes.
        """
        assert (1, 0) == (len(tally.ballots.unions), tally.valid_votes)

    @given(lvst.tallies(eligible=True))
    def test_eligible_known(self, tally: Tally) -> None:
        """
        ``eligible=True`` always says how many were eligible.
        """
        assert tally.eligible is not None

    @given(lvst.tallies(eligible=False))
    def test_eligible_unknown(self, tally: Tally) -> None:
        """
        ``eligible=False`` never does.
        """
        assert tally.eligible is None

    def test_eligible_either(self) -> None:
        """
        By default some tallies say how many were eligible, others not.
        """
        assert_some(lvst.tallies(), lambda t: t.eligible is None)
        assert_some(lvst.tallies(), lambda t: t.eligible is not None)


class TestCaseNumbers:
    """
    Case numbers of the Board's regions.
    """

    @given(lvst.case_numbers())
    def test_case_numbers(self, number: CaseNumber) -> None:
        """
        Case numbers come from the Board's 34 regions.
        """
        assert 1 <= number.region <= 34


class TestOutcomes:
    """
    Outcomes with and without a rulebook, each with all its fields.
    """

    @given(lvst.outcomes())
    def test_valid(self, outcome: Outcome) -> None:
        """
        Outcomes have reasons, pass every validator again, and list the
        tests of their rulebook version exactly when they name one.
        """
        assert outcome.reasons
        assert outcome == attrs.evolve(outcome)
        assert (outcome.rules is None) == (not outcome.tests)

    @given(lvst.outcomes(rules=[None]))
    def test_no_rulebook(self, outcome: Outcome) -> None:
        """
        ``rules=[None]`` gives the outcomes of `laborvote.decide` without
        a rulebook: no version named, no tests.
        """
        assert (None, ()) == (outcome.rules, outcome.tests)

    def test_default_rules(self) -> None:
        """
        By default, some outcomes are decided without a rulebook, others
        by one.
        """
        assert_some(lvst.outcomes(), lambda o: o.rules is None)
        assert_some(lvst.outcomes(), lambda o: o.rules is not None)

    @pytest.mark.parametrize("name", sorted(RULEBOOKS))
    def test_every_version(self, name: str) -> None:
        """
        ``rules=[name]`` gives outcomes of every version of that rulebook,
        and of no other.
        """
        seen: set[str | None] = set()

        @GENERATE
        @given(lvst.outcomes(rules=[name]))
        def collect(outcome: Outcome) -> None:
            seen.add(outcome.rules)

        collect()

        assert {v.name for v in RULEBOOKS[name].versions} == seen

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            (None, dt.date(1900, 1, 1)),
            (dt.date(2200, 1, 1), None),
            (dt.date(2000, 1, 1), dt.date(2000, 1, 2)),
        ],
    )
    def test_any_period(
        self, start: dt.date | None, end: dt.date | None
    ) -> None:
        """
        A rulebook of the user's decides on a day its version covers,
        even outside the years the strategies usually draw from.
        """

        @settings(max_examples=10)
        @given(lvst.outcomes(rules=[_book(start, end)]))
        def check(outcome: Outcome) -> None:
            assert "test-version" == outcome.rules

        check()

    def test_runoffs_and_unresolved(self) -> None:
        """
        Rulebook outcomes include runoffs and unresolved outcomes, not
        only passes and fails.
        """
        rulebook = lvst.outcomes(rules=list(RULEBOOKS))

        assert_some(rulebook, lambda o: o.result is Result.RUNOFF)
        assert_some(rulebook, lambda o: o.result is Result.UNRESOLVED)


class TestObjections:
    """
    Objections in every status, decided or not.
    """

    @given(lvst.objections())
    def test_valid(self, objection: Objection) -> None:
        """
        Objections are numbered from 1, filed after the NLRA, decided (if
        they say when) no earlier than filed, and pass every validator
        again.
        """
        assert objection.number >= 1
        assert objection.filed >= dt.date(1935, 7, 5)
        if objection.decided is not None:
            assert objection.filed <= objection.decided
        assert objection == attrs.evolve(objection)

    @given(lvst.objections(statuses=st.just(ObjectionStatus.FILED)))
    def test_filed_is_undecided(self, objection: Objection) -> None:
        """
        A filed objection has no decision date; ``statuses`` chooses the
        statuses.
        """
        assert (ObjectionStatus.FILED, None) == (
            objection.status,
            objection.decided,
        )

    @pytest.mark.parametrize(
        "status",
        [s for s in ObjectionStatus if s is not ObjectionStatus.FILED],
    )
    def test_decided(self, status: ObjectionStatus) -> None:
        """
        Overruled, sustained and withdrawn objections come with a
        decision date, on or after the filing day, and without one.
        """
        objections = lvst.objections(statuses=st.just(status))

        assert_some(objections, lambda o: o.decided is not None)
        assert_some(objections, lambda o: o.decided is None)
        assert_some(objections, lambda o: o.decided == o.filed)
