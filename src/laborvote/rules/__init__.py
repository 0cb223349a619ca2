"""
Rulebooks: the same tally decided under different laws and periods.

"Did this vote pass?" has different answers under different laws, and
the laws change on known dates. A `Rulebook` is a value: its versions,
each in force over a period, and the tests a vote must pass, each a
small part that cites its law. `decide` picks the version in force on
the day of the vote and says which one it used.

The rulebooks laborvote ships, by name (see `RULEBOOKS`):

- ``nlrb``: NLRB representation elections (`laborvote.rules.nlrb`);
- ``deauthorization``: NLRA deauthorization (UD) votes
  (`laborvote.rules.deauthorization`);
- ``nmb``: National Mediation Board elections under the Railway Labor
  Act, before and from 10 June 2010 (`laborvote.rules.nmb`);
- ``uk-recognition``: UK statutory recognition ballots, before and from 6
  April 2026 (`laborvote.rules.uk_recognition`);
- ``uk-industrial-action``: UK industrial action ballots
  (`laborvote.rules.uk_industrial_action`; call its `rulebook` function
  for important public services or a known turnout repeal date).

Canada (the federal Labour Code and Ontario) is left out: how a vote
there is scored (a majority of the ballots cast? any minimum
participation?) is not confirmed in the sources read.

>>> import datetime as dt
>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> ud = Tally(
...     ballots=Ballots(unions={"Rescind": 51}, against=30), eligible=100
... )
>>> decide(ud, rules="deauthorization").result
<Result.RESCINDED: 'rescinded'>

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING

import attrs

from laborvote import exceptions as _exceptions
from laborvote._core.public import publish_all as _publish_all
from laborvote.rules import (
    _yes_no,
    deauthorization,
    nlrb,
    nmb,
    uk_industrial_action,
    uk_recognition,
)
from laborvote.rules._rulebook import Measure as Measure
from laborvote.rules._rulebook import Question as Question
from laborvote.rules._rulebook import Rulebook as Rulebook
from laborvote.rules._rulebook import Runoff as Runoff
from laborvote.rules._rulebook import Threshold as Threshold
from laborvote.rules._rulebook import Version as Version
from laborvote.rules._rulebook import (
    majority_of_eligible as majority_of_eligible,
)
from laborvote.rules._rulebook import (
    majority_of_votes_cast as majority_of_votes_cast,
)
from laborvote.rules._rulebook import support_floor as support_floor
from laborvote.rules._rulebook import turnout_floor as turnout_floor

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping

    from laborvote._core.outcome import Outcome
    from laborvote._core.tally import Tally

__all__ = [
    "RULEBOOKS",
    "Measure",
    "Question",
    "Rulebook",
    "Runoff",
    "Threshold",
    "Version",
    "majority_of_eligible",
    "majority_of_votes_cast",
    "rulebook",
    "support_floor",
    "turnout_floor",
]

#: The rulebooks laborvote ships, by name, in a read-only mapping.
RULEBOOKS: Mapping[str, Rulebook] = types.MappingProxyType(
    {
        book.name: book
        for book in (
            nlrb.RULEBOOK,
            deauthorization.RULEBOOK,
            nmb.RULEBOOK,
            uk_recognition.RULEBOOK,
            uk_industrial_action.RULEBOOK,
        )
    }
)


def rulebook(name: str) -> Rulebook:
    """
    Return the rulebook registered as *name*.

    >>> from laborvote.rules import rulebook
    >>> rulebook("nmb").title
    'National Mediation Board elections (Railway Labor Act)'

    Raises:
        UnknownRulebookError: If there is none.

    .. versionadded:: 26.1.0
    """
    try:
        return RULEBOOKS[name]
    except (KeyError, TypeError):
        names = ", ".join(RULEBOOKS)
        msg = f"unknown rulebook {name!r} (choose from {names})"
        raise _exceptions.UnknownRulebookError(msg, name=name) from None


#: Who decides a version, by what it asks and its runoff rule: each
#: rulebook module's one ``apply(tally, version)``. These are all the
#: kinds `Version` allows; a rulebook built by a user decides through
#: the same table.
_APPLY: Mapping[
    tuple[Question, Runoff | None], Callable[[Tally, Version], Outcome]
] = types.MappingProxyType(
    {
        (Question.YES_NO, None): _yes_no.apply,
        (Question.REPRESENTATIVE, Runoff.NLRB): nlrb.apply,
        (Question.REPRESENTATIVE, Runoff.NMB): nmb.apply,
        (Question.REPRESENTATIVE, None): nmb.apply,
    }
)


def _decide_under(
    tally: Tally, *, rules: str | Rulebook, on: dt.date | None
) -> Outcome:
    """
    Decide *tally* under *rules*, in the version in force on *on*.

    `laborvote.decide` does this when it is given a rulebook.
    """
    if isinstance(rules, str):
        book = rulebook(rules)
    elif isinstance(rules, Rulebook):
        book = rules
    else:
        msg = f"rules must be a rulebook's name or a Rulebook, got {rules!r}"
        raise _exceptions.InvalidValueError(msg, field="rules", value=rules)
    when = tally.date if on is None else on
    version = book.version_on(when)
    outcome = _APPLY[version.question, version.runoff](tally, version)
    applied = (
        "" if when is None else f", the version in force on {when.isoformat()}"
    )
    sentence = (
        f"Decided under {version.name}, in force {version.period}{applied}"
        f": {version.title} ({version.citation})."
    )
    return attrs.evolve(outcome, reasons=(*outcome.reasons, sentence))


# Say "laborvote.rules.Rulebook" in reprs, pickles and the docs, not the
# private module that defines it (as trio does).
_publish_all(globals(), __all__)
