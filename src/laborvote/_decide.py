"""
`decide`: the one entry point, with or without a rulebook; and
`decision`, the JSON form of a tally and its outcome.

Without a rulebook it applies the NLRB's representation rules of the core
(`laborvote._core.decide`), or the deauthorization rulebook to a UD case;
with one, it hands over to `laborvote.rules`, imported only then so that
``import laborvote`` stays fast.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from laborvote._core import arithmetic, forms
from laborvote._core import decide as _decide
from laborvote._core import validators as v
from laborvote._core.tally import CaseType, Tally
from laborvote.exceptions import InvalidTallyError

if TYPE_CHECKING:
    import datetime as dt

    from laborvote._core.outcome import Outcome
    from laborvote.rules import Rulebook


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
    used. The exception is a tally whose case number is a UD case: a
    deauthorization vote is decided by the ``deauthorization`` rulebook
    (a majority of the eligible employees, NLRA section 8(a)(3)(ii)),
    never by the representation rules.

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

    The outcome carries the margin and, under the NLRB's representation
    rules (without a rulebook, or with ``nlrb``), the fewest challenged
    ballots that could change the result
    (`laborvote.margin`, `laborvote.challenges_to_change`):

    >>> organizer = Tally(
    ...     ballots=Ballots(unions={"U": 120}, against=118, challenged=9)
    ... )
    >>> decide(organizer).challenges_to_change, decide(organizer).margin
    (2, 2)
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
        InvalidTallyError: If *tally* is not a `laborvote.Tally`, or the
            rules need the number of eligible voters and the tally does
            not have it.
        InvalidValueError: If *rules* or *on* is of the wrong type.

    .. versionadded:: 26.1.0
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {v.shown(tally)}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    if rules is None:
        if (
            tally.case_number is None
            or tally.case_number.case_type is not CaseType.UD
        ):
            # The core fills in challenges_to_change and margin itself.
            return _decide.decide(tally)
        rules = "deauthorization"
    from laborvote.rules import _decide_under, nlrb  # noqa: PLC0415

    outcome = _decide_under(tally, rules=rules, on=on)
    # The nlrb rulebook decides as the core does, so the core's count of
    # the challenges that change the result holds for it too.
    fewest = (
        arithmetic.challenges_to_change(tally)
        if rules in ("nlrb", nlrb.RULEBOOK)
        else None
    )
    return attrs.evolve(
        outcome, challenges_to_change=fewest, margin=arithmetic.margin(tally)
    )


def decision(tally: Tally, outcome: Outcome) -> dict[str, Any]:
    """
    Return the form of *outcome*, decided on *tally*, as ``laborvote
    decide --json`` prints it.

    Its first keys summarise the two (names for choices, floats for
    shares); ``tally`` and ``outcome`` hold their own forms, exactly.
    """
    # laborvote.turnout, which this module cannot import: arithmetic
    # imports the tally, whose as_dict imports this module.
    share = (
        Fraction(tally.ballots_cast, tally.eligible)
        if tally.eligible
        else None
    )
    return forms.stamp(
        "decision",
        {
            "result": outcome.result.value,
            "winner": None if outcome.winner is None else outcome.winner.name,
            "runoff_between": (
                None
                if outcome.runoff_between is None
                else [c.name for c in outcome.runoff_between]
            ),
            "challenges_determinative": outcome.challenges_determinative,
            "valid_votes": tally.valid_votes,
            "majority": outcome.majority,
            "void": tally.void,
            "challenged": tally.challenged,
            "eligible": tally.eligible,
            "turnout": None if share is None else float(share),
            "votes": {
                c.name: n
                for c, n in zip(tally.choices, tally.votes, strict=True)
            },
            "reasons": list(outcome.reasons),
            "rules": outcome.rules,
            "tests": [
                {
                    "name": t.name,
                    "passed": t.passed,
                    "value": None if t.value is None else float(t.value),
                    "required": float(t.required),
                }
                for t in outcome.tests
            ],
            "challenges_to_change": outcome.challenges_to_change,
            "margin": outcome.margin,
            "tally": tally.as_dict(),
            "outcome": outcome.as_dict(),
        },
    )
