"""
Test-only Hypothesis strategies, beyond the public `laborvote.strategies`.

The brute-force oracles need *small* tallies (few choices, few votes, few
challenged ballots) whose votes often tie, and whose number of eligible
voters is often exactly the valid votes plus the challenged ballots, so
that resolving every challenge can make everybody's ballot valid (the
shape of the 29 CFR 102.70(d) exception).
"""

from __future__ import annotations

from hypothesis import strategies as st

from laborvote import Ballots, CaseNumber, CaseType, Tally, TallyKind
from laborvote import strategies as lvst


@st.composite
def small_ballots(
    draw: st.DrawFn,
    *,
    max_choices: int = 4,
    max_votes: int = 8,
    max_challenged: int = 6,
    max_void: int = 2,
) -> Ballots:
    """
    Generate ballot boxes of two to *max_choices* choices with few votes.

    Half of them have an against box (then one to ``max_choices - 1``
    unions), the others only unions (two to *max_choices*).
    """
    against = draw(st.booleans())
    return draw(
        lvst.ballots(
            min_unions=1 if against else 2,
            max_unions=max_choices - 1 if against else max_choices,
            max_votes=max_votes,
            max_void=max_void,
            max_challenged=max_challenged,
            against=against,
        )
    )


@st.composite
def small_tallies(
    draw: st.DrawFn,
    *,
    max_choices: int = 4,
    max_votes: int = 8,
    max_challenged: int = 6,
    kinds: st.SearchStrategy[TallyKind] | None = None,
) -> Tally:
    """
    Generate small tallies whose eligible voters often equal the valid
    votes plus the challenged ballots.

    The number of eligible voters is never below the valid votes plus the
    challenged ballots, so no way of resolving the challenges counts more
    valid ballots than there are eligible voters.
    """
    box = draw(
        small_ballots(
            max_choices=max_choices,
            max_votes=max_votes,
            max_challenged=max_challenged,
        )
    )
    most = box.valid + box.challenged
    eligible = draw(
        st.one_of(
            st.none(),
            st.just(most),
            st.just(most + box.void),
            st.integers(min_value=most, max_value=most + 10),
        )
    )
    return Tally(
        ballots=box,
        eligible=eligible,
        kind=draw(st.sampled_from(TallyKind) if kinds is None else kinds),
    )


def any_case_numbers() -> st.SearchStrategy[CaseNumber]:
    """
    Generate every case number the constructor accepts: any region of at
    most two digits and any serial of at most nine, not only realistic
    ones (`laborvote.strategies.case_numbers`).
    """
    return st.builds(
        CaseNumber,
        region=st.integers(min_value=0, max_value=99),
        case_type=st.sampled_from(CaseType),
        serial=st.integers(min_value=0, max_value=999_999_999),
    )
