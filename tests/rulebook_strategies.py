"""
Test-only Hypothesis strategies for the rulebooks.

Small counts make the brute-force oracles cheap and the boundaries (a
tie, exactly half of the eligible, exactly 40% or 50%) likely.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from laborvote import Ballots, Tally
from laborvote import strategies as lvst
from laborvote.rules import RULEBOOKS, Rulebook, uk_industrial_action

#: Dates around every version change of the shipped rulebooks.
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2030, 12, 31)


def days() -> st.SearchStrategy[dt.date]:
    """
    Generate days, often the first or last day of a version.
    """
    edges = sorted(
        {
            day + dt.timedelta(days=shift)
            for book in RULEBOOKS.values()
            for version in book.versions
            for day in (version.effective_from, version.effective_until)
            if day is not None
            for shift in (-1, 0)
        }
    )
    return st.one_of(
        st.sampled_from(edges), st.dates(min_value=EARLIEST, max_value=LATEST)
    )


def industrial_action_rulebooks() -> st.SearchStrategy[Rulebook]:
    """
    Generate industrial action rulebooks, in and out of important public
    services, with and without a turnout repeal date.
    """
    repeals = st.one_of(
        st.none(),
        st.just(uk_industrial_action.IPS_REPEAL),
        st.dates(min_value=uk_industrial_action.IPS_REPEAL, max_value=LATEST),
    )
    return st.builds(
        uk_industrial_action.rulebook,
        important_public_service=st.booleans(),
        turnout_repeal=repeals,
    )


def rulebooks() -> st.SearchStrategy[Rulebook]:
    """
    Generate the shipped rulebooks and the industrial action variants.
    """
    return st.one_of(
        st.sampled_from(list(RULEBOOKS.values())),
        industrial_action_rulebooks(),
    )


@st.composite
def yes_no_tallies(
    draw: st.DrawFn,
    *,
    max_votes: int = 30,
    max_void: int = 4,
    max_challenged: int = 6,
) -> Tally:
    """
    Generate yes/no tallies (one union against "no") with eligible
    voters, often exactly at a threshold's boundary.

    The eligible voters are drawn near the ballots cast, and sometimes
    near twice or two and a half times the yes votes, where a majority of
    the eligible or a 40% floor is decided.
    """
    yes = draw(st.integers(min_value=0, max_value=max_votes))
    no = draw(st.integers(min_value=0, max_value=max_votes))
    void = draw(st.integers(min_value=0, max_value=max_void))
    challenged = draw(st.integers(min_value=0, max_value=max_challenged))
    cast = yes + no + void + challenged
    near = st.sampled_from(
        [cast, 2 * cast, 2 * yes, 2 * yes + 1, 5 * yes // 2]
    )
    eligible = draw(
        st.one_of(near, st.integers(min_value=0, max_value=3 * max_votes + 20))
    )
    return Tally(
        ballots=Ballots(
            unions={"Yes": yes}, against=no, void=void, challenged=challenged
        ),
        eligible=eligible,
    )


@st.composite
def small_tallies(
    draw: st.DrawFn,
    *,
    max_choices: int = 4,
    max_votes: int = 8,
    max_challenged: int = 5,
) -> Tally:
    """
    Generate tallies of two to *max_choices* choices with few votes and
    a number of eligible voters near half or all of the votes.
    """
    against = draw(st.booleans())
    box = draw(
        lvst.ballots(
            min_unions=1 if against else 2,
            max_unions=max_choices - 1 if against else max_choices,
            max_votes=max_votes,
            max_void=2,
            max_challenged=max_challenged,
            against=against,
        )
    )
    most = box.valid + box.challenged
    eligible = draw(
        st.one_of(
            st.sampled_from([most, 2 * box.valid, 2 * box.valid + 1]),
            st.integers(min_value=0, max_value=2 * most + 2),
        )
    )
    return Tally(ballots=box, eligible=eligible)
