"""
The NLRB's representation rules (NLRA section 9; 29 CFR 102.69, 102.70).

These are the rules of `laborvote.decide` without a rulebook, unchanged:
a choice wins with a majority of the valid votes; a ballot of three or
more choices with no majority goes to a runoff between the two leading
choices, except after the ties of 29 CFR 102.70(d); challenged ballots
that could change any of that leave the outcome unresolved.
Decertification (RD) and employer (RM) petitions are decided the same
way (NLRA section 9(c)(2)).

As a rulebook it has one version, in force on any date: laborvote does
not model the Board's earlier rules.

>>> import datetime as dt
>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> jfk8 = Tally(
...     ballots=Ballots(
...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
...     ),
...     eligible=8325,
...     date=dt.date(2022, 4, 1),
... )
>>> o = decide(jfk8, rules="nlrb")
>>> o.result, o.winner.name, o.rules
(<Result.CERTIFIED: 'certified'>, 'ALU', 'nlrb')
>>> print(o.tests[0])
ALU share of valid votes 55.5%, needed more than 50%

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import attrs

from laborvote._core import decide as _decide
from laborvote._core.citations import MAJORITY_RULE
from laborvote._core.outcome import Outcome, TestResult
from laborvote._core.tally import Tally
from laborvote.rules import _text
from laborvote.rules._rulebook import (
    Question,
    Rulebook,
    Runoff,
    Version,
    majority_of_votes_cast,
)

__all__ = ["RULEBOOK"]

#: The NLRB's representation rules, as a rulebook.
RULEBOOK = Rulebook(
    name="nlrb",
    title="NLRB representation elections (RC, RD, RM)",
    citation="NLRA section 9; 29 CFR 102.69 and 102.70",
    versions=(
        Version(
            name="nlrb",
            title=(
                "a majority of the valid votes; runoff and nullity rules of "
                "29 CFR 102.70"
            ),
            citation="NLRA section 9(a) and 9(c); 29 CFR 102.69, 102.70",
            question=Question.REPRESENTATIVE,
            tests=(majority_of_votes_cast(MAJORITY_RULE),),
            runoff=Runoff.NLRB,
        ),
    ),
)


def _leading_test(tally: Tally, version: Version) -> TestResult:
    """
    Return how the choice with the most votes (the first on the ballot
    among equals) fares in the majority test of *version*.
    """
    votes = tally.votes
    lead = max(range(len(votes)), key=lambda i: (votes[i], -i))
    return _text.result(
        version.tests[0],
        label=f"{tally.choices[lead].name} share of valid votes",
        figures=(votes[lead], tally.valid_votes),
    )


def apply(tally: Tally, version: Version) -> Outcome:
    """
    Decide *tally* under the NLRB *version*: the core's decision, with
    the version and its test recorded.

    `laborvote.rules` calls this for every version with the NLRB's runoff
    rule.
    """
    outcome = _decide.decide(tally)
    return attrs.evolve(
        outcome, rules=version.name, tests=(_leading_test(tally, version),)
    )
