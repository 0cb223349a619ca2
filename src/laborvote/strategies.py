"""
Hypothesis strategies that generate valid laborvote values.

Use them to property-test your own code; they need the ``hypothesis``
extra (``pip install laborvote[hypothesis]``).

>>> from hypothesis import given
>>> from laborvote import decide
>>> from laborvote.strategies import tallies
>>> @given(tallies())
... def test_decide_never_fails(tally):
...     decide(tally)
>>> test_decide_never_fails()

Every strategy takes keyword-only bounds and builds valid values by
construction (no filtering).

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from laborvote._core.ballots import NO_UNION, Ballots, Choice
from laborvote._core.objection import Objection, ObjectionStatus
from laborvote._core.outcome import Outcome
from laborvote._core.tally import CaseNumber, CaseType, Tally, TallyKind
from laborvote._core.validators import name_key, normalize_name

__all__ = [
    "ballots",
    "case_numbers",
    "choices",
    "objections",
    "outcomes",
    "tallies",
    "union_names",
]

_LETTERS = st.characters(
    codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\r\n"
)


def union_names(*, max_size: int = 30) -> st.SearchStrategy[str]:
    """
    Generate names a labor organization could have on a ballot.

    >>> from hypothesis import given
    >>> from laborvote import Choice
    >>> from laborvote.strategies import union_names
    >>> @given(union_names())
    ... def test_a_name_makes_a_union(name):
    ...     assert Choice(name).is_union
    >>> test_a_name_makes_a_union()

    Args:
        max_size: The longest name, in characters.

    .. versionadded:: 26.1.0
    """
    return (
        st.text(_LETTERS, min_size=1, max_size=max_size)
        .map(normalize_name)  # as laborvote keeps names
        .map(str.strip)
        .map(lambda s: s or "Union")
        .map(lambda s: "Union" if name_key(s) == name_key(NO_UNION) else s)
    )


def choices() -> st.SearchStrategy[Choice]:
    """
    Generate choices: unions and the against choice.

    >>> from hypothesis import given
    >>> from laborvote import Choice
    >>> from laborvote.strategies import choices
    >>> @given(choices())
    ... def test_choices_round_trip(choice):
    ...     assert Choice.from_dict(choice.as_dict()) == choice
    >>> test_choices_round_trip()

    .. versionadded:: 26.1.0
    """
    return st.one_of(st.just(Choice.AGAINST), union_names().map(Choice))


@st.composite
def ballots(
    draw: st.DrawFn,
    *,
    min_unions: int = 1,
    max_unions: int = 3,
    max_votes: int = 1000,
    max_void: int = 50,
    max_challenged: int = 50,
    against: bool | None = True,
) -> Ballots:
    """
    Generate the contents of a ballot box.

    >>> from hypothesis import given
    >>> from laborvote.strategies import ballots
    >>> @given(ballots(max_unions=2, against=None))
    ... def test_valid_votes_add_up(box):
    ...     assert box.valid == sum(box.votes)
    ...     assert 2 <= len(box.choices) <= 3
    >>> test_valid_votes_add_up()

    Args:
        min_unions: The fewest unions on the ballot.
        max_unions: The most unions on the ballot.
        max_votes: The most valid votes any one choice gets.
        max_void: The most void ballots.
        max_challenged: The most challenged ballots.
        against: `True` for an against box, `False` for none (then at
            least two unions), `None` for either.

    .. versionadded:: 26.1.0
    """
    has_against = draw(st.booleans()) if against is None else against
    fewest = max(min_unions, 1 if has_against else 2)
    names = draw(
        st.lists(
            union_names(),
            min_size=fewest,
            max_size=max(fewest, max_unions),
            unique_by=name_key,
        )
    )
    counts = st.integers(min_value=0, max_value=max_votes)
    return Ballots(
        unions=[(name, draw(counts)) for name in names],
        against=draw(counts) if has_against else None,
        void=draw(st.integers(min_value=0, max_value=max_void)),
        challenged=draw(st.integers(min_value=0, max_value=max_challenged)),
    )


def case_numbers(
    *, case_types: Sequence[CaseType] = tuple(CaseType)
) -> st.SearchStrategy[CaseNumber]:
    """
    Generate NLRB case numbers.

    Args:
        case_types: The case types to draw from; default every type.

    >>> from hypothesis import given
    >>> from laborvote import CaseNumber
    >>> from laborvote.strategies import case_numbers
    >>> @given(case_numbers())
    ... def test_case_numbers_round_trip(number):
    ...     assert CaseNumber.parse(str(number)) == number
    >>> test_case_numbers_round_trip()

    .. versionadded:: 26.1.0
    """
    return st.builds(
        CaseNumber,
        region=st.integers(min_value=1, max_value=34),
        case_type=st.sampled_from(case_types),
        serial=st.integers(min_value=0, max_value=999_999),
    )


# The defaults of `tallies`, whose parameters shadow these strategies.
_BALLOTS = ballots()
_REPRESENTATION_NUMBERS = case_numbers(
    case_types=(CaseType.RC, CaseType.RD, CaseType.RM)
)


@st.composite
def tallies(
    draw: st.DrawFn,
    *,
    ballots: st.SearchStrategy[Ballots] | None = None,
    kinds: st.SearchStrategy[TallyKind] | None = None,
    case_numbers: st.SearchStrategy[CaseNumber] | None = None,
) -> Tally:
    """
    Generate tallies, with or without eligible voters, dates and cases.

    By default the case numbers are those of representation cases (RC,
    RD and RM), whose tallies `laborvote.decide` decides under the NLRB's
    representation rules; a UD (deauthorization) tally is another
    question, with its own rules.

    The number of eligible voters, when there is one, is at least the
    number of ballots cast, and sometimes exactly that.

    >>> from hypothesis import given
    >>> from hypothesis import strategies as st
    >>> from laborvote import TallyKind
    >>> from laborvote.strategies import ballots, tallies
    >>> @given(
    ...     tallies(
    ...         ballots=ballots(min_unions=2, max_votes=50),
    ...         kinds=st.just(TallyKind.INITIAL),
    ...     )
    ... )
    ... def test_enough_eligible_voters(tally):
    ...     if tally.eligible is not None:
    ...         assert tally.ballots_cast <= tally.eligible
    >>> test_enough_eligible_voters()

    Args:
        ballots: Where the ballot boxes come from; default `ballots()`.
        kinds: Where the tally kinds come from; default any kind.
        case_numbers: Where the case numbers come from; default
            representation cases.

    .. versionadded:: 26.1.0
    """
    box = draw(_BALLOTS if ballots is None else ballots)
    cast = box.valid + box.void + box.challenged
    eligible = draw(
        st.one_of(
            st.none(),
            st.just(cast),
            st.integers(min_value=cast, max_value=cast + 1000),
        )
    )
    return Tally(
        ballots=box,
        eligible=eligible,
        kind=draw(st.sampled_from(TallyKind) if kinds is None else kinds),
        date=draw(
            st.none() | st.dates(dt.date(1935, 7, 5), dt.date(2100, 1, 1))
        ),
        case_number=draw(
            st.none()
            | (
                _REPRESENTATION_NUMBERS
                if case_numbers is None
                else case_numbers
            )
        ),
        unit_id=draw(st.none() | st.sampled_from("ABCD")),
    )


def outcomes() -> st.SearchStrategy[Outcome]:
    """
    Generate outcomes, by deciding generated tallies.

    >>> from hypothesis import given
    >>> from laborvote import Outcome
    >>> from laborvote.strategies import outcomes
    >>> @given(outcomes())
    ... def test_outcomes_round_trip(outcome):
    ...     assert Outcome.from_dict(outcome.as_dict()) == outcome
    >>> test_outcomes_round_trip()

    .. versionadded:: 26.1.0
    """
    from laborvote._core.decide import decide  # noqa: PLC0415

    return tallies().map(decide)


def objections() -> st.SearchStrategy[Objection]:
    """
    Generate objections in any status.

    >>> from hypothesis import given
    >>> from laborvote import Objection
    >>> from laborvote.strategies import objections
    >>> @given(objections())
    ... def test_objections_round_trip(objection):
    ...     assert Objection.from_dict(objection.as_dict()) == objection
    >>> test_objections_round_trip()

    .. versionadded:: 26.1.0
    """
    return st.builds(
        Objection,
        party=union_names(),
        number=st.integers(min_value=1, max_value=99),
        text=union_names(max_size=80),
        filed=st.dates(dt.date(1935, 7, 5), dt.date(2100, 1, 1)),
        status=st.sampled_from(ObjectionStatus),
    )
