"""
A frozen copy of `laborvote._core.decide.decide` as it was before it was
made fast (issue 9): every value read again from the tally, the reasons
built from them, the outcome built through its validators.

`tests/properties/test_decide_speed.py` checks that today's `decide`
returns exactly what this one does, for every tally. Do not edit it
except to follow a deliberate change of the outcome.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs

from laborvote._core import engine as _engine
from laborvote._core.arithmetic import engine_context, majority_needed
from laborvote._core.ballots import Choice
from laborvote._core.citations import (
    CHALLENGE_RULE,
    MAJORITY_RULE,
    NULLITY_RULE,
    RUNOFF_RULE,
)
from laborvote._core.outcome import Outcome, Result
from laborvote._core.tally import CaseType, Tally, TallyKind


def _named(choice: Choice) -> str:
    """
    Return how a reason names *choice*.
    """
    return choice.name if choice.is_union else "no union"


def _count_reason(tally: Tally) -> str:
    """
    Return the reason that counts the valid votes.
    """
    valid, need = tally.valid_votes, majority_needed(tally)
    void = tally.void
    void_note = (
        f"; void ballots ({void:,}) count for no choice" if void else ""
    )
    return (
        f"Valid votes counted: {valid:,}{void_note}. A choice needs "
        f"more than half of the valid votes, {need:,}, for a majority "
        f"({MAJORITY_RULE})."
    )


def _challenge_reason(
    tally: Tally, *, determinative: bool, fewest: int
) -> str:
    """
    Return the reason about the challenged ballots.
    """
    c = tally.challenged
    if determinative:
        return (
            "Challenges are sufficient in number to affect the results of "
            f"the election: as few as {fewest:,} of the {c:,} challenged "
            "ballots could change the outcome, so they must be resolved "
            "before anything is certified "
            f"({CHALLENGE_RULE}(a)(6) and (c))."
        )
    return (
        "Challenges are not sufficient in number to affect the results of "
        "the election: however the challenged ballots are resolved, the "
        f"outcome stays the same (changing it would take at least "
        f"{fewest:,}; there are {c:,}), so they are never opened "
        f"({CHALLENGE_RULE})."
    )


def _outcome_reason(tally: Tally, key: _engine.Key) -> str:  # noqa: PLR0911
    """
    Return the reason for the class *key*.
    """
    choices, votes = tally.choices, tally.votes
    valid = tally.valid_votes
    if key.kind == "maj":
        i = key.first
        return (
            f"{choices[i].name} received {votes[i]:,} of the {valid:,} "
            "valid votes, a majority: a certification of representative "
            f"issues for {choices[i].name} ({CHALLENGE_RULE}; "
            f"{MAJORITY_RULE})."
        )
    if key == _engine.NONE:
        top = max(votes)
        if 2 * top > valid:
            return (
                "Votes against participating labor organizations: "
                f"{top:,} of {valid:,} valid votes, a majority: no labor "
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
        if len(choices) == 2:
            return (
                f"The vote is tied at {votes[0]:,} to {votes[1]:,}; a tie is "
                "not a majority, so no labor organization is certified and "
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
    a, b = runoff_pair(tally, key)
    return (
        f"No choice received a majority of the {valid:,} valid votes on a "
        f"ballot of {len(choices)} choices: a runoff election is to be "
        f"held between {_named(a)} ({tally.ballots.votes_for(a):,}) and "
        f"{_named(b)} ({tally.ballots.votes_for(b):,}), the two choices "
        f"with the most votes, unless objections are filed first "
        f"({RUNOFF_RULE})."
    )


def runoff_pair(tally: Tally, key: _engine.Key) -> tuple[Choice, Choice]:
    """
    Return the runoff pair of *key*, most votes first, ties in ballot order.
    """
    i, j = key.first, key.second
    votes = tally.votes
    if votes[j] > votes[i]:
        i, j = j, i
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


@functools.lru_cache(maxsize=1024)
def _certified(name: str) -> Verdict:
    """
    Return the verdict of *name* certified.
    """
    # Verdicts are values: the same union's wins can share one, which
    # spares an audit of many rows building it again each time.
    return Verdict(Result.CERTIFIED, winner=Choice(name))


_UNRESOLVED = Verdict(Result.UNRESOLVED, challenges_determinative=True)
_NO_REPRESENTATIVE = Verdict(Result.NO_REPRESENTATIVE)
_NEW_ELECTION = Verdict(Result.NEW_ELECTION)


#: The context of one union against "no union", the most common ballot:
#: no runoff, and the number of eligible voters does not matter.
_ONE_UNION = _engine.Context(against=1, eligible=None, runoff_possible=False)


def judge(tally: Tally) -> tuple[_engine.Key, int | None]:
    """
    Apply the NLRB's rules to *tally*: return the outcome class of the
    valid votes counted (29 CFR 102.70), and the fewest challenged
    ballots that could change it, or `None` if no ballot was challenged.

    This is the one place the rules are applied: `decide` explains its
    answer, and the audit of `laborvote.nlrb` uses it as it is.
    """
    ballots = tally.ballots
    if ballots.against is not None and len(ballots.unions) == 1:
        votes: tuple[int, ...] = (ballots.unions[0][1], ballots.against)
        context = _ONE_UNION
    else:
        votes = ballots.votes
        context = engine_context(tally)
    key = _engine.classify(votes, context)
    if not ballots.challenged:
        return key, None
    return key, _engine.fewest_to_change(votes, context)


def verdict(tally: Tally, key: _engine.Key, fewest: int | None) -> Verdict:
    """
    Return what *tally* decides, given its class *key* and the *fewest*
    challenged ballots that could change it (as `judge` returns them).

    The challenged ballots are determinative iff that few are there
    (29 CFR 102.69); then nothing is decided.
    """
    if fewest is not None and fewest <= tally.challenged:
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


def decide(tally: Tally) -> Outcome:
    """
    Decide *tally* under the NLRB's representation rules.

    The rules, with their citations, are those `laborvote.decide`
    documents; this is what it does without a rulebook.
    """
    key, fewest = judge(tally)
    found = verdict(tally, key, fewest)
    reasons = [_count_reason(tally)]
    if fewest is not None:
        reasons.append(
            _challenge_reason(
                tally,
                determinative=found.challenges_determinative,
                fewest=fewest,
            )
        )
    if found.challenges_determinative:
        reasons.append(
            "On the valid votes counted alone, this would follow. "
            + _outcome_reason(tally, key)
        )
    else:
        reasons.append(_outcome_reason(tally, key))
    if (
        tally.case_number is not None
        and tally.case_number.case_type is CaseType.RD
    ):
        reasons.append(
            "This is a decertification (RD) case: the votes for the union "
            "are for the incumbent, and a certification of results means "
            "it no longer represents the unit; the Board decides it by the "
            "same rules as any other petition (NLRA section 9(c)(1)(A)(ii) "
            "and 9(c)(2))."
        )
    return Outcome(
        result=found.result,
        winner=found.winner,
        runoff_between=found.runoff_between,
        challenges_determinative=found.challenges_determinative,
        majority=majority_needed(tally),
        reasons=tuple(reasons),
    )


def decide_public(tally: Tally) -> Outcome:
    """
    Return what `laborvote.decide` returned for *tally* (not a UD case,
    no rulebook): the slow way's outcome, with the challenges that change
    it and the margin filled in afterwards, as the JSON forms added them.
    """
    from laborvote._core import arithmetic  # noqa: PLC0415

    return attrs.evolve(
        decide(tally),
        challenges_to_change=arithmetic.challenges_to_change(tally),
        margin=arithmetic.margin(tally),
    )
