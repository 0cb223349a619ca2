"""
UK statutory recognition ballots: TULRCA 1992 Schedule A1, paragraph 29.

The Central Arbitration Committee (CAC) declares a union recognised for
collective bargaining if the ballot shows it is supported by:

- **before 6 April 2026** (``uk-recognition-40-percent``): (a) a
  majority of the workers voting *and* (b) at least 40% of the workers
  constituting the bargaining unit (Schedule A1 paragraph 29);
- **from 6 April 2026** (``uk-recognition-2026``): a simple majority of
  the votes cast; the 40% threshold is abolished (Employment Rights Act
  2025, Schedule 6).

"Majority of the workers voting" is read as more yes than no (a
majority is more than half); void papers count for neither side. The
40% test needs the size of the bargaining unit as the tally's eligible
voters. Which rule applies to an application already in progress on 6
April 2026 is unconfirmed (not settled in the sources laborvote cites):
*on* is the date of the ballot, and the version in force that day
decides.
The sources give no start date for the first version (Schedule A1 was
added by the Employment Relations Act 1999); laborvote applies it to any
ballot before 6 April 2026.

A ballot of the shape of Ultraframe (UK) Ltd v Central Arbitration
Committee [2005] EWCA Civ 560 (a majority of those voting, too few of
the unit), with illustrative numbers: 57 of 95 voters say yes, 60% of
those voting, but only 38% of a bargaining unit of 150.

>>> import datetime as dt
>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> ballot = Tally(
...     ballots=Ballots(unions={"Union": 57}, against=38), eligible=150
... )
>>> o = decide(ballot, rules="uk-recognition", on=dt.date(2026, 4, 5))
>>> o.result, [str(t) for t in o.tests]
(<Result.NOT_RECOGNISED: 'not_recognised'>, \
['yes share of votes cast 60.0%, needed more than 50%', \
'yes share of eligible 38.0%, needed 40%'])
>>> decide(ballot, rules="uk-recognition", on=dt.date(2026, 4, 6)).result
<Result.RECOGNISED: 'recognised'>

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from laborvote._core.outcome import Result
from laborvote.rules._rulebook import (
    Question,
    Rulebook,
    Version,
    majority_of_votes_cast,
    support_floor,
)

__all__ = ["RULEBOOK"]

#: The first day of the simple-majority rule.
SIMPLE_MAJORITY = dt.date(2026, 4, 6)

_PARA_29 = "TULRCA 1992 Schedule A1 paragraph 29"
_ERA_2025 = f"{_PARA_29}; Employment Rights Act 2025 Schedule 6"

#: The UK statutory recognition rulebook.
RULEBOOK = Rulebook(
    name="uk-recognition",
    title="UK statutory recognition ballots (CAC)",
    citation=_PARA_29,
    versions=(
        Version(
            name="uk-recognition-40-percent",
            title=(
                "a majority of those voting and at least 40% of the "
                "bargaining unit"
            ),
            citation=_PARA_29,
            effective_until=SIMPLE_MAJORITY - dt.timedelta(days=1),
            question=Question.YES_NO,
            tests=(
                majority_of_votes_cast(_PARA_29),
                support_floor(Fraction(2, 5), _PARA_29),
            ),
            passed=Result.RECOGNISED,
            failed=Result.NOT_RECOGNISED,
        ),
        Version(
            name="uk-recognition-2026",
            title="a simple majority of the votes cast",
            citation=_ERA_2025,
            effective_from=SIMPLE_MAJORITY,
            question=Question.YES_NO,
            tests=(majority_of_votes_cast(_ERA_2025),),
            passed=Result.RECOGNISED,
            failed=Result.NOT_RECOGNISED,
        ),
    ),
)
