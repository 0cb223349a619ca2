"""
Deauthorization (UD) elections under the NLRA: withdrawing a union's
authority to make a union-security agreement.

A union-security agreement is authorized only until the Board certifies
that "at least a majority of the employees eligible to vote" voted to
rescind it (NLRA section 8(a)(3)(ii); the election is held under section
9(e)(1)). The majority is of the *eligible*, not of the votes: those who
do not vote, void ballots and unopened challenged ballots all count like
"no". So a vote rescinds iff ``2 * yes > eligible``, and the challenged
ballots are determinative iff ``yes <= eligible / 2 < yes +
challenged``.

The tally's one union carries the votes to rescind ("yes") and its
against votes the votes to keep the authority ("no"); the number of
eligible employees is required. There is no runoff.

The sources give no start date for the rule; laborvote applies it on any
date.

At the edge: 51 of 100 eligible voting to rescind rescinds; 50 does
not, being exactly half.

>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> def ud(yes):
...     return Tally(
...         ballots=Ballots(unions={"Rescind": yes}, against=30),
...         eligible=100,
...     )
>>> decide(ud(50), rules="deauthorization").result
<Result.RETAINED: 'retained'>
>>> o = decide(ud(51), rules="deauthorization")
>>> o.result, str(o.tests[0])
(<Result.RESCINDED: 'rescinded'>, 'yes share of eligible 51.0%, \
needed more than 50%')

.. versionadded:: 26.1.0
"""

from __future__ import annotations

from laborvote._core.outcome import Result
from laborvote.rules._rulebook import (
    Question,
    Rulebook,
    Version,
    majority_of_eligible,
)

__all__ = ["RULEBOOK"]

_CITATION = "NLRA section 8(a)(3)(ii); section 9(e)(1)"

#: The deauthorization rulebook.
RULEBOOK = Rulebook(
    name="deauthorization",
    title="NLRA deauthorization of a union-security agreement (UD)",
    citation=_CITATION,
    versions=(
        Version(
            name="deauthorization",
            title="a majority of the eligible employees must vote to rescind",
            citation=_CITATION,
            question=Question.YES_NO,
            tests=(majority_of_eligible("NLRA section 8(a)(3)(ii)"),),
            passed=Result.RESCINDED,
            failed=Result.RETAINED,
        ),
    ),
)
