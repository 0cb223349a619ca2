"""
`decide`: the NLRB's representation rules, applied to one tally.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, cast

import attrs

from laborvote._core import engine as _engine
from laborvote._core.arithmetic import engine_context
from laborvote._core.ballots import NO_UNION, Choice, ChoiceKind
from laborvote._core.citations import (
    CHALLENGE_RULE,
    MAJORITY_RULE,
    NULLITY_RULE,
    RUNOFF_RULE,
)
from laborvote._core.outcome import Outcome, Result
from laborvote._core.tally import CaseType, Tally, TallyKind


def _n(count: int) -> str:
    """
    Return *count* with thousands separators, as ``f"{count:,}"`` does
    (which costs four times as much, and nothing to add below 1,000).
    """
    return str(count) if count < 1000 else f"{count:,}"  # noqa: PLR2004


def _count_reason(valid: int, shown: str, void: int) -> str:
    void_note = (
        f"; void ballots ({_n(void)}) count for no choice" if void else ""
    )
    return (
        f"Valid votes counted: {shown}{void_note}. A choice needs "
        f"more than half of the valid votes, {_n(valid // 2 + 1)}, for a "
        f"majority ({MAJORITY_RULE})."
    )


def _challenge_reason(c: int, fewest: int, *, determinative: bool) -> str:
    if determinative:
        return (
            "Challenges are sufficient in number to affect the results of "
            f"the election: as few as {_n(fewest)} of the {_n(c)} challenged "
            "ballots could change the outcome, so they must be resolved "
            "before anything is certified "
            f"({CHALLENGE_RULE}(a)(6) and (c))."
        )
    return (
        "Challenges are not sufficient in number to affect the results of "
        "the election: however the challenged ballots are resolved, the "
        f"outcome stays the same (changing it would take at least "
        f"{_n(fewest)}; there are {_n(c)}), so they are never opened "
        f"({CHALLENGE_RULE})."
    )


def _outcome_reason(  # noqa: PLR0911, PLR0913, PLR0917 - one per class
    tally: Tally,
    names: Sequence[str],
    votes: Sequence[int],
    valid: int,
    shown: str,
    key: _engine.Key,
) -> str:
    """
    Explain class *key* of *tally*, whose choices are called *names*
    (the against choice "No union") and got *votes*, *valid* in all
    (*shown*, as `_n` shows it: `decide` formats it once for two reasons).
    """
    if key.kind == "maj":
        i = key.first
        return (
            f"{names[i]} received {_n(votes[i])} of the {shown} "
            "valid votes, a majority: a certification of representative "
            f"issues for {names[i]} ({CHALLENGE_RULE}; "
            f"{MAJORITY_RULE})."
        )
    if key == _engine.NONE:
        top = max(votes)
        if 2 * top > valid:
            return (
                "Votes against participating labor organizations: "
                f"{_n(top)} of {shown} valid votes, a majority: no labor "
                "organization is certified, and a certification of results "
                f"issues ({CHALLENGE_RULE}; {MAJORITY_RULE})."
            )
        if tally.kind is TallyKind.RUNOFF:
            return (
                "No choice received a majority in the runoff, and only one "
                "runoff is held: no labor organization is certified, and a "
                f"certification of results issues ({RUNOFF_RULE}; the "
                "sources read do not state the rule for a tied runoff)."
            )
        if len(votes) == 2:  # noqa: PLR2004
            return (
                f"The vote is tied at {_n(votes[0])} to {_n(votes[1])}; a tie "
                "is not a majority, so no labor organization is certified and "
                "a certification of results issues "
                f"({MAJORITY_RULE}; Kirsch Drapery, 1990)."
            )
        return (
            "No choice received a majority; two choices tie while another "
            "received no votes, and every eligible voter cast a valid "
            "ballot: no runoff is held, and a certification of results "
            f"issues ({NULLITY_RULE})."
        )
    if key == _engine.NULLITY:
        if len(set(votes)) == 1:
            shape = (
                f"The votes are equally divided among all {len(votes)} choices"
            )
        else:
            shape = (
                "No choice received a majority, and the second and third "
                "places are tied"
            )
        return (
            f"{shape}: the election is a nullity, and a new election is to "
            f"be held with all the original choices ({NULLITY_RULE})."
        )
    i, j = _pair(votes, key)
    # The against choice, if any, is last.
    against = -1 if tally.ballots.against is None else len(votes) - 1
    a = "no union" if i == against else names[i]
    b = "no union" if j == against else names[j]
    return (
        f"No choice received a majority of the {shown} valid votes on a "
        f"ballot of {len(votes)} choices: a runoff election is to be "
        f"held between {a} ({_n(votes[i])}) and {b} ({_n(votes[j])}), the "
        "two choices with the most votes, unless objections are filed first "
        f"({RUNOFF_RULE})."
    )


def _pair(votes: Sequence[int], key: _engine.Key) -> tuple[int, int]:
    """
    Return the ballot positions of the runoff pair of *key*, most votes
    first, ties in ballot order.
    """
    i, j = key.first, key.second
    return (j, i) if votes[j] > votes[i] else (i, j)


def runoff_pair(tally: Tally, key: _engine.Key) -> tuple[Choice, Choice]:
    """
    Return the runoff pair of *key*, most votes first, ties in ballot order.
    """
    i, j = _pair(tally.votes, key)
    return tally.choices[i], tally.choices[j]


class Verdict(NamedTuple):
    """
    What the NLRB's rules decide for a tally, without the reasons: the
    fields of the `Outcome` that `decide` returns.
    """

    result: Result
    winner: Choice | None = None
    runoff_between: tuple[Choice, Choice] | None = None
    challenges_determinative: bool = False


def _certified(name: str) -> Verdict:
    # The name is one of Ballots.unions, normal already.
    return Verdict(Result.CERTIFIED, Choice._trusted(name, ChoiceKind.UNION))  # noqa: SLF001


_UNRESOLVED = Verdict(Result.UNRESOLVED, challenges_determinative=True)
_NO_REPRESENTATIVE = Verdict(Result.NO_REPRESENTATIVE)
_NEW_ELECTION = Verdict(Result.NEW_ELECTION)


#: The context of one union against "no union", the most common ballot:
#: no runoff, and the number of eligible voters does not matter.
_ONE_UNION = _engine.Context(against=1, eligible=None, runoff_possible=False)


def _votes(tally: Tally) -> tuple[tuple[int, ...], _engine.Context]:
    """
    Return the votes of *tally* and what besides them decides it.
    """
    ballots = tally.ballots
    unions = ballots.unions
    against = ballots.against
    if against is not None and len(unions) == 1:
        return (unions[0][1], against), _ONE_UNION
    return ballots.votes, engine_context(tally)


def judge(tally: Tally) -> tuple[_engine.Key, int | None]:
    """
    Apply the NLRB's rules to *tally*: return the outcome class of the
    valid votes counted (29 CFR 102.70), and the fewest challenged
    ballots that could change it, or `None` if no ballot was challenged.

    This is the one place the rules are applied: `decide` explains its
    answer, and the audit of `laborvote.nlrb` uses it as it is.
    """
    votes, context = _votes(tally)
    key = _engine.classify(votes, context)
    if not tally.ballots.challenged:
        return key, None
    return key, _engine.fewest_to_change(votes, context, key)


def verdict(tally: Tally, key: _engine.Key, fewest: int | None) -> Verdict:
    """
    Return what *tally* decides, given its class *key* and the *fewest*
    challenged ballots that could change it (as `judge` returns them).

    The challenged ballots are determinative iff that few are there
    (29 CFR 102.69); then nothing is decided.
    """
    if fewest is not None and fewest <= tally.ballots.challenged:
        return _UNRESOLVED
    if key.kind == "maj":
        # Never the against choice: its majority is the class NONE.
        name = tally.ballots.unions[key.first][0]
        return _certified(name)
    if key == _engine.NONE:
        return _NO_REPRESENTATIVE
    if key == _engine.NULLITY:
        return _NEW_ELECTION
    return Verdict(Result.RUNOFF, runoff_between=runoff_pair(tally, key))


_RD_REASON = (
    "This is a decertification (RD) case: the votes for the union "
    "are for the incumbent, and a certification of results means "
    "it no longer represents the unit; the Board decides it by the "
    "same rules as any other petition (NLRA section 9(c)(1)(A)(ii) "
    "and 9(c)(2))."
)

#: The fields of an `Outcome`, in order, as `_outcome` sets them.
_FIELDS = (
    "result",
    "winner",
    "runoff_between",
    "challenges_determinative",
    "majority",
    "reasons",
    "rules",
    "tests",
    "challenges_to_change",
    "margin",
)


def _checked(*values: Any) -> Outcome:
    """
    Build an `Outcome` of the fields `_FIELDS`, through its validators.
    """
    return Outcome(**dict(zip(_FIELDS, values, strict=True)))


_new = object.__new__
_Setter = Callable[[Outcome, Any], None]


def _slot_setter(name: str) -> _Setter | None:
    """
    Return the setter of the slot of `Outcome`'s field *name*, if the
    field has one: it sets the value past the frozen class's
    ``__setattr__``, for less than ``object.__setattr__``, which looks
    the name up first.
    """
    slot = Outcome.__dict__.get(name)
    return (
        slot.__set__ if isinstance(slot, types.MemberDescriptorType) else None
    )


_SETTERS = tuple(_slot_setter(name) for name in _FIELDS)
#: Whether Outcome has exactly the fields `_FIELDS`, each in a slot.
_KNOWN = (
    tuple(a.name for a in attrs.fields(Outcome)) == _FIELDS
    and None not in _SETTERS
)
# (Some are None unless _KNOWN, and then _unchecked is never used.)
(
    _set_result,
    _set_winner,
    _set_runoff_between,
    _set_challenges_determinative,
    _set_majority,
    _set_reasons,
    _set_rules,
    _set_tests,
    _set_challenges_to_change,
    _set_margin,
) = cast("tuple[_Setter, ...]", _SETTERS)


def _unchecked(  # noqa: PLR0913, PLR0917 - the fields of an Outcome
    result: Result,
    winner: Choice | None,
    runoff_between: tuple[Choice, Choice] | None,
    challenges_determinative: bool,  # noqa: FBT001
    majority: int,
    reasons: tuple[str, ...],
    rules: None,
    tests: tuple[()],
    challenges_to_change: int,
    margin: int,
) -> Outcome:
    """
    Build an `Outcome` of the fields `_FIELDS` without its validators.

    `decide` builds only outcomes that pass them (the tests build each
    again through them, and compare), and checking them again cost as
    much as deciding a two-choice tally.
    """
    outcome: Outcome = _new(Outcome)
    _set_result(outcome, result)
    _set_winner(outcome, winner)
    _set_runoff_between(outcome, runoff_between)
    _set_challenges_determinative(outcome, challenges_determinative)
    _set_majority(outcome, majority)
    _set_reasons(outcome, reasons)
    _set_rules(outcome, rules)
    _set_tests(outcome, tests)
    _set_challenges_to_change(outcome, challenges_to_change)
    _set_margin(outcome, margin)
    return outcome


#: Without the validators only while Outcome has exactly these fields.
_outcome = _unchecked if _KNOWN else _checked


def decide(tally: Tally) -> Outcome:
    """
    Decide *tally* under the NLRB's representation rules.

    The rules, with their citations, are those `laborvote.decide`
    documents; this is what it does without a rulebook.
    """
    ballots = tally.ballots
    votes, context = _votes(tally)
    key = _engine.classify(votes, context)
    # The outcome says how few challenged ballots could change it even
    # when there are none (laborvote.challenges_to_change).
    fewest = _engine.fewest_to_change(votes, context, key)
    challenged = ballots.challenged
    found = verdict(tally, key, fewest if challenged else None)
    valid = sum(votes)
    names = [name for name, _ in ballots.unions]
    if ballots.against is not None:
        names.append(NO_UNION)
    determinative = found.challenges_determinative
    shown = _n(valid)
    explained = _outcome_reason(tally, names, votes, valid, shown, key)
    reasons = [_count_reason(valid, shown, ballots.void)]
    if challenged:
        reasons.append(
            _challenge_reason(challenged, fewest, determinative=determinative)
        )
    if determinative:
        reasons.append(
            "On the valid votes counted alone, this would follow. " + explained
        )
    else:
        reasons.append(explained)
    number = tally.case_number
    if number is not None and number.case_type is CaseType.RD:
        reasons.append(_RD_REASON)
    return _outcome(
        found.result,
        found.winner,
        found.runoff_between,
        determinative,
        valid // 2 + 1,
        tuple(reasons),
        None,
        (),
        fewest,
        # laborvote.margin: the first choice's lead over the best other.
        votes[0] - max(votes[1:]),
    )
