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

from laborvote import (
    Ballots,
    CaseNumber,
    CaseType,
    Choice,
    Objection,
    ObjectionStatus,
    Outcome,
    Tally,
    TallyKind,
    decide,
)
from laborvote._core.validators import MAX_COUNT, name_key, normalize_name
from laborvote.rules import RULEBOOKS, Question, Rulebook, Version, rulebook

__all__ = [
    "ballots",
    "case_numbers",
    "choices",
    "objections",
    "outcomes",
    "tallies",
    "union_names",
]

#: The first and last days the strategies generate: the day the NLRA was
#: signed, and a day far enough ahead.
_FIRST_DAY = dt.date(1935, 7, 5)
_LAST_DAY = dt.date(2100, 1, 1)
_DAYS = st.dates(_FIRST_DAY, _LAST_DAY)

# Letters, digits, punctuation and spaces, which all encode to UTF-8
# (surrogates are category Cs). Saying ``codec="utf-8"`` as well would not
# change the alphabet, but costs Hypothesis about two seconds to work out
# once per process, in the first example that draws a name: enough to fail
# its too_slow health check on a loaded machine.
_LETTERS = st.characters(
    categories=("L", "N", "P", "Zs"), exclude_characters="\r\n"
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
        .map(
            lambda s: (
                "Union" if name_key(s) == name_key(Choice.AGAINST.name) else s
            )
        )
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
    eligible: bool | None = None,
) -> Tally:
    """
    Generate tallies, with or without eligible voters, dates and cases.

    By default the case numbers are those of representation cases (RC,
    RD and RM), whose tallies `laborvote.decide` decides under the NLRB's
    representation rules; a UD (deauthorization) tally is another
    question, with its own rules.

    The number of eligible voters, when there is one, is at least the
    number of ballots cast, and sometimes exactly that; it never passes
    the ceiling of a count (10**9), even when more ballots were cast.

    >>> from hypothesis import given
    >>> from hypothesis import strategies as st
    >>> from laborvote import TallyKind
    >>> from laborvote.strategies import ballots, tallies
    >>> @given(
    ...     tallies(
    ...         ballots=ballots(min_unions=2, max_votes=50),
    ...         kinds=st.just(TallyKind.INITIAL),
    ...         eligible=True,
    ...     )
    ... )
    ... def test_enough_eligible_voters(tally):
    ...     assert tally.ballots_cast <= tally.eligible
    >>> test_enough_eligible_voters()

    Args:
        ballots: Where the ballot boxes come from; default `ballots()`.
        kinds: Where the tally kinds come from; default any kind.
        case_numbers: Where the case numbers come from; default
            representation cases.
        eligible: `True` for tallies that always say how many were
            eligible to vote, `False` for tallies that never do, `None`
            for either.

    .. versionadded:: 26.1.0
    """
    box = draw(_BALLOTS if ballots is None else ballots)
    # No count may pass the ceiling, not even when more ballots were cast.
    cast = min(box.valid + box.void + box.challenged, MAX_COUNT)
    known = st.one_of(
        st.just(cast),
        st.integers(min_value=cast, max_value=min(cast + 1000, MAX_COUNT)),
    )
    counts: st.SearchStrategy[int | None] = st.none() | known
    if eligible is not None:
        counts = known if eligible else st.none()
    return Tally(
        ballots=box,
        eligible=draw(counts),
        kind=draw(st.sampled_from(TallyKind) if kinds is None else kinds),
        date=draw(st.none() | _DAYS),
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


def _days_in_force(version: Version) -> st.SearchStrategy[dt.date]:
    """
    Generate the days on which *version* is in force (from 1935 to 2100
    where it is open-ended).
    """
    start, end = version.effective_from, version.effective_until
    last = _LAST_DAY if end is None else end - dt.timedelta(days=1)
    first = min(_FIRST_DAY, last) if start is None else start
    return st.dates(min_value=first, max_value=max(first, last))


_TALLIES = tallies()
# Yes/no questions read one union's votes as "yes" and the against votes
# as "no"; a representative is chosen from any ballot.
_YES_NO_TALLIES = tallies(
    ballots=ballots(max_unions=1, against=True), eligible=True
)
_REPRESENTATION_TALLIES = tallies(ballots=ballots(against=None), eligible=True)


@st.composite
def _outcomes(draw: st.DrawFn, rules: str | Rulebook | None) -> Outcome:
    """
    Decide a tally that *rules* can decide, with `laborvote.decide`.
    """
    if rules is None:
        return decide(draw(_TALLIES))
    book = rulebook(rules) if isinstance(rules, str) else rules
    version = draw(st.sampled_from(book.versions))
    yes_no = version.question is Question.YES_NO
    tally = draw(_YES_NO_TALLIES if yes_no else _REPRESENTATION_TALLIES)
    return decide(tally, rules=book, on=draw(_days_in_force(version)))


def outcomes(
    *, rules: Sequence[str | Rulebook | None] = (None, *RULEBOOKS)
) -> st.SearchStrategy[Outcome]:
    """
    Generate outcomes, by deciding generated tallies with
    `laborvote.decide`.

    For each rulebook, the tally fits the version in force on a day that
    the version covers: a yes/no question gets one union (the "yes"
    votes) and an against box (the "no" votes); every tally says how
    many were eligible, which most rulebooks need. So the outcomes name
    the version that decided them (`laborvote.Outcome.rules`) and how
    the tally fared in each of its tests (`laborvote.Outcome.tests`).

    >>> from hypothesis import given
    >>> from laborvote import Outcome
    >>> from laborvote.strategies import outcomes
    >>> @given(outcomes())
    ... def test_outcomes_round_trip(outcome):
    ...     assert Outcome.from_dict(outcome.as_dict()) == outcome
    >>> test_outcomes_round_trip()
    >>> @given(outcomes(rules=["uk-industrial-action"]))
    ... def test_every_test_is_reported(outcome):
    ...     assert outcome.rules.startswith("uk-industrial-action")
    ...     assert outcome.tests
    >>> test_every_test_is_reported()

    Args:
        rules: What the tallies are decided under: names of rulebooks
            (see `laborvote.rules.RULEBOOKS`), `laborvote.rules.Rulebook`
            values, or `None` for `laborvote.decide`'s default, the
            NLRB's representation rules, with no rulebook named. By
            default `None` and every shipped rulebook.

    .. versionadded:: 26.1.0
    """
    return st.sampled_from(tuple(rules)).flatmap(_outcomes)


@st.composite
def objections(
    draw: st.DrawFn,
    *,
    statuses: st.SearchStrategy[ObjectionStatus] | None = None,
) -> Objection:
    """
    Generate objections in any status, decided or not.

    An objection that was overruled, sustained or withdrawn has a
    `laborvote.Objection.decided` date on or after the day it was filed,
    or none (as in records written before the date was kept); a filed
    objection has none.

    >>> from hypothesis import given
    >>> from laborvote import Objection
    >>> from laborvote.strategies import objections
    >>> @given(objections())
    ... def test_objections_round_trip(objection):
    ...     assert Objection.from_dict(objection.as_dict()) == objection
    ...     if objection.decided is not None:
    ...         assert objection.filed <= objection.decided
    >>> test_objections_round_trip()

    Args:
        statuses: Where the statuses come from; default any status.

    .. versionadded:: 26.1.0
    """
    status = draw(
        st.sampled_from(ObjectionStatus) if statuses is None else statuses
    )
    filed = draw(_DAYS)
    decided = None
    if status is not ObjectionStatus.FILED:
        decided = draw(
            st.none()
            | st.dates(
                min_value=filed, max_value=filed + dt.timedelta(days=3650)
            )
        )
    return Objection(
        party=draw(union_names()),
        number=draw(st.integers(min_value=1, max_value=99)),
        text=draw(union_names(max_size=80)),
        filed=filed,
        status=status,
        decided=decided,
    )
