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
>>> from laborvote.rules import decide
>>> ud = Tally(
...     ballots=Ballots(unions={"Rescind": 51}, against=30), eligible=100
... )
>>> decide(ud, rules="deauthorization").result
<Result.RESCINDED: 'rescinded'>

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from laborvote import _decide
from laborvote._outcome import Outcome
from laborvote._tally import Tally
from laborvote.exceptions import InvalidValueError, UnknownRulebookError

from . import (
    _yes_no,
    deauthorization,
    nlrb,
    nmb,
    uk_industrial_action,
    uk_recognition,
)
from ._rulebook import Measure as Measure
from ._rulebook import Question as Question
from ._rulebook import Rulebook as Rulebook
from ._rulebook import Runoff as Runoff
from ._rulebook import Threshold as Threshold
from ._rulebook import Version as Version
from ._rulebook import majority_of_eligible as majority_of_eligible
from ._rulebook import majority_of_votes_cast as majority_of_votes_cast
from ._rulebook import support_floor as support_floor
from ._rulebook import turnout_floor as turnout_floor
from .nlrb import _apply as _apply_nlrb
from .nmb import _apply_eligible as _apply_nmb_eligible
from .nmb import _apply_valid as _apply_nmb_valid

__all__ = [
    "RULEBOOKS",
    "Measure",
    "Question",
    "Rulebook",
    "Runoff",
    "Threshold",
    "Version",
    "decide",
    "majority_of_eligible",
    "majority_of_votes_cast",
    "rulebook",
    "support_floor",
    "turnout_floor",
]

#: The rulebooks laborvote ships, by name, in a read-only mapping.
RULEBOOKS: Mapping[str, Rulebook] = MappingProxyType(
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
        raise UnknownRulebookError(msg, name=name) from None


def _apply(tally: Tally, version: Version) -> Outcome:
    if version.question is Question.YES_NO:
        return _yes_no.apply(tally, version)
    if version.runoff is Runoff.NLRB:
        return _apply_nlrb(tally, version)
    if version.runoff is Runoff.NMB:
        return _apply_nmb_valid(tally, version)
    return _apply_nmb_eligible(tally, version)


def decide(
    tally: Tally,
    *,
    rules: str | Rulebook | None = None,
    on: dt.date | None = None,
) -> Outcome:
    """
    Decide *tally* under a rulebook, in the version in force on *on*.

    Without *rules*, this applies the NLRB's representation rules, as
    below, and the outcome names no rulebook (its
    `laborvote.Outcome.rules` is `None`) and lists no tests; *on* is not
    used.

    With *rules* (a name from `RULEBOOKS`, or a `Rulebook`), the version
    in force on *on* decides; *on* defaults to the tally's date. The
    outcome records the version's name in `laborvote.Outcome.rules`, and
    how the tally fared in each of its tests in
    `laborvote.Outcome.tests`. A yes/no question reads the tally's one
    union as "yes" and its against votes as "no".

    - A choice wins with a majority of the valid votes counted; void
      ballots count for no choice (NLRA section 9(a); 29 CFR 102.70(a)).
      A union's majority is a certification of representative; a
      majority against, or no majority on a two-choice ballot (a tie), is
      a certification of results: no representative.
    - With three or more choices and no majority, a runoff is held
      between the two choices with the most votes (29 CFR 102.70(a)-(c)),
      except after ties (29 CFR 102.70(d)): votes equally divided among
      all choices, or a tie for second place, make the election a nullity
      and a new election is held; two choices tying while another got no
      votes, with every eligible voter casting a valid ballot, is a
      certification of results. A runoff tally has no further runoff.
    - If the challenged ballots are determinative (some way of resolving
      them changes any of that), the result is `Result.UNRESOLVED`
      (29 CFR 102.69). Under any rulebook, the challenged ballots are
      determinative iff some resolution (each one counted for any choice,
      or not counted) changes the outcome.

    Decertification (RD) and employer (RM) tallies are decided the same
    way: votes "for" are for the incumbent or petitioned-for union.

    >>> from laborvote import Ballots, Tally
    >>> o = decide(
    ...     Tally(
    ...         ballots=Ballots(
    ...             unions={"RWDSU": 738},
    ...             against=1798,
    ...             void=76,
    ...             challenged=505,
    ...         ),
    ...         eligible=5867,
    ...     )
    ... )
    >>> o.result, o.challenges_determinative, o.rules
    (<Result.NO_REPRESENTATIVE: 'no_representative'>, False, None)
    >>> pcs = Tally(
    ...     ballots=Ballots(unions={"PCS": 50726}, against=8528, void=31),
    ...     eligible=142673,
    ... )
    >>> o = decide(pcs, rules="uk-industrial-action", on=dt.date(2018, 7, 23))
    >>> o.result, o.rules, str(o.tests[0])
    (<Result.NO_MANDATE: 'no_mandate'>, 'uk-industrial-action-2017', \
'turnout 41.6%, needed 50%')

    Raises:
        UnknownRulebookError: If *rules* names no rulebook.
        NoRulesInForceError: If no version is in force on the date, or
            there is no date and the rulebook has several versions.
        InvalidBallotsError: If a yes/no question's tally has more than
            one union, or no against votes.
        InvalidTallyError: If the rules need the number of eligible
            voters and the tally does not have it.
        InvalidValueError: If *rules* or *on* is of the wrong type.

    .. versionadded:: 26.1.0
    """
    if rules is None:
        return _decide.decide(tally)
    if isinstance(rules, str):
        book = rulebook(rules)
    elif isinstance(rules, Rulebook):
        book = rules
    else:
        msg = f"rules must be a rulebook's name or a Rulebook, got {rules!r}"
        raise InvalidValueError(msg, field="rules", value=rules)
    when = tally.date if on is None else on
    version = book.version_on(when)
    outcome = _apply(tally, version)
    applied = (
        "" if when is None else f", the version in force on {when.isoformat()}"
    )
    sentence = (
        f"Decided under {version.name}, in force {version.period}{applied}"
        f": {version.title} ({version.citation})."
    )
    return attrs.evolve(outcome, reasons=(*outcome.reasons, sentence))
