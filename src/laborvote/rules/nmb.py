"""
National Mediation Board elections under the Railway Labor Act (air and
rail carriers).

Two versions, split on 10 June 2010:

- **Before 10 June 2010** (``nmb-majority-of-eligible``): an organization
  won only if a majority of the *eligible* employees in the craft or
  class cast valid ballots for representation; those who did not vote
  counted, in effect, against representation (75 FR 26062, May 11,
  2010, describing the rule it replaced).
  The ballot had no "no representation" choice; against votes in a tally
  count for nothing.
  One organization with votes from a majority of the eligible is
  certified. When a majority of the eligible voted for representation
  but no single organization got a majority of the eligible, what the
  Board did is not settled in the sources laborvote cites (a runoff is
  unconfirmed), so laborvote leaves that case ``unresolved`` and says
  why.
- **From 10 June 2010** (``nmb-2010``): a majority of the valid ballots
  cast decides, and the ballot offers "No representation" (the tally's
  against votes) (75 FR 26062, in force 10 June 2010). With no majority,
  29 CFR 1206.1 applies "where three or more options (including the
  option for no representation) receive valid votes": a run-off between
  "the two options which received the highest number of votes", also
  "in the event of a tie vote". With fewer than three options receiving
  votes there is no run-off; a union tied with no representation is
  dismissed (the NMB's June 2012 correction of its proposed rule, as
  reported by Ford Harrison: the rule "only applies in elections where
  3 or more options receive a valid vote"). Where second place is tied
  (or the lead is tied three or more ways) 1206.1(b) does not say which
  options go on the run-off ballot; laborvote leaves that case
  ``unresolved`` and says why.

The TWU Local 514 explainer's example ("Decertified", twu514.org): 400
eligible, TWU 100, AMP 99, the other 201 not voting. Before 2010 nobody
won; under the 2010 rule the same count certifies the TWU, with 100 of
the 199 valid votes.

>>> import datetime as dt
>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> twu = Tally(
...     ballots=Ballots(unions={"TWU": 100, "AMP": 99}, against=None),
...     eligible=400,
... )
>>> decide(twu, rules="nmb", on=dt.date(2008, 1, 1)).result
<Result.NO_REPRESENTATIVE: 'no_representative'>
>>> o = decide(twu, rules="nmb", on=dt.date(2010, 6, 10))
>>> o.result, o.winner.name, o.rules
(<Result.CERTIFIED: 'certified'>, 'TWU', 'nmb-2010')

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import attrs

from laborvote._core.arithmetic import majority_needed
from laborvote._core.engine import (
    NONE,
    Key,
    ceil_div,
    fewest_added,
    majorities_at,
    majority_bounds,
    majority_key,
    runoff_key,
)
from laborvote._core.outcome import Outcome, Result, TestResult
from laborvote._core.tally import Tally
from laborvote._core.text import plural
from laborvote.exceptions import InvalidTallyError
from laborvote.rules import _text
from laborvote.rules._rulebook import (
    Question,
    Rulebook,
    Runoff,
    Version,
    majority_of_eligible,
    majority_of_votes_cast,
)

__all__ = ["RULEBOOK"]

#: The day the 2010 rule took effect.
NEW_RULE = dt.date(2010, 6, 10)

_OLD_RULE = "Railway Labor Act section 2, Ninth; NMB rule before 75 FR 26062"
_NEW_RULE = "75 FR 26062, in force 2010-06-10"
_RUNOFF_RULE = "29 CFR 1206.1"

#: The NMB rulebook.
RULEBOOK = Rulebook(
    name="nmb",
    title="National Mediation Board elections (Railway Labor Act)",
    citation="Railway Labor Act section 2 (45 U.S.C. 152); 29 CFR 1202, 1206",
    versions=(
        Version(
            name="nmb-majority-of-eligible",
            title=(
                "representation needs votes from a majority of the eligible "
                "employees"
            ),
            citation=_OLD_RULE,
            effective_until=NEW_RULE - dt.timedelta(days=1),
            question=Question.REPRESENTATIVE,
            tests=(majority_of_eligible(_OLD_RULE),),
        ),
        Version(
            name="nmb-2010",
            title=(
                "a majority of the valid ballots; run-off per 29 CFR 1206.1"
            ),
            citation=f"75 FR 26062; 29 CFR 1202, 1206; {_RUNOFF_RULE}",
            effective_from=NEW_RULE,
            question=Question.REPRESENTATIVE,
            tests=(majority_of_votes_cast(_NEW_RULE),),
            runoff=Runoff.NMB,
        ),
    ),
)

# Outcome classes are laborvote._core.engine's keys: Key("maj", i), NONE and
# Key("runoff", i, j), plus OPEN: a case the sources do not settle.
OPEN = Key("open")


# --- From 2010-06-10: a majority of the valid ballots; 29 CFR 1206.1 ---


def _classify(votes: Sequence[int], against: int | None) -> Key:
    """
    Return the outcome class of final valid *votes* under the 2010 rule.
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return majority_key(i, against)
    if sum(1 for n in votes if n) < 3:  # noqa: PLR2004 - 1206.1(a)
        return NONE
    order = sorted(range(len(votes)), key=lambda i: (-votes[i], i))
    if votes[order[1]] == votes[order[2]]:
        return OPEN
    return runoff_key(order[0], order[1])


def _pair_on_top(
    lo: Sequence[int], total: int, half: int, pair: tuple[int, int]
) -> bool:
    """
    Whether some F with ``lo <= F <= half`` and ``sum(F) == total`` puts
    the *pair* strictly above every other choice.

    The others stay at or below a cap M and the pair above it. For a
    given M the sums reachable are every integer from ``sum(lo of the
    others) + max(lo[a], M + 1) + max(lo[b], M + 1)`` to
    ``len(others) * M + 2 * half``; both ends grow with M, so the
    smallest M whose upper end reaches *total* decides.
    """
    a, b = pair
    others = [c for c in range(len(lo)) if c not in pair]
    cap = max(lo[c] for c in others)
    if total > 2 * half:
        cap = max(cap, ceil_div(total - 2 * half, len(others)))
    least = sum(lo[c] for c in others) + max(lo[a], cap + 1)
    least += max(lo[b], cap + 1)
    return cap < half and least <= total


def _tie_below_top(lo: Sequence[int], total: int, half: int, top: int) -> bool:
    """
    Whether some F with ``lo <= F <= half`` and ``sum(F) == total`` has
    two choices other than *top* tied at a level L >= 1, *top* at L or
    above, and every other choice at L or below: second and third place
    tied, with at least three options receiving votes.

    For a given L the sums reachable are every integer from
    ``max(lo[top], L) + 2 * L + (the lows of the rest)`` to
    ``half + (k - 1) * L``; both ends grow with L, so the smallest L that
    reaches *total* decides.
    """
    rest = sorted((lo[u] for u in range(len(lo)) if u != top), reverse=True)
    # At or below zero when total <= half: then the lows decide.
    level = max(rest[0], 1, ceil_div(total - half, len(lo) - 1))
    least = max(lo[top], level) + 2 * level + sum(rest[2:])
    return level <= half and least <= total


def _classes_at(
    lo: Sequence[int], total: int, against: int | None
) -> set[Key]:
    """
    Return the classes of every F with ``F >= lo`` and ``sum(F) ==
    total`` (at least ``sum(lo)``), under the 2010 rule.
    """
    k = len(lo)
    half = total // 2
    out = majorities_at(lo, total, against)
    if max(lo) > half or total > k * half:
        return out  # every F here has a majority
    # No majority with fewer than three options receiving votes: all zero,
    # or two options tied at half and every other one at zero.
    if total == 0 or (
        total % 2 == 0
        and any(
            all(lo[c] == 0 for c in range(k) if c not in pair)
            for pair in itertools.combinations(range(k), 2)
        )
    ):
        out.add(NONE)
    if k >= 3:  # noqa: PLR2004 - 1206.1(a): three options receive votes
        for pair in itertools.combinations(range(k), 2):
            for c in (c for c in range(k) if c not in pair):
                lifted = list(lo)
                lifted[c] = max(lo[c], 1)  # a third option receives votes
                if _pair_on_top(lifted, total, half, pair):
                    out.add(runoff_key(*pair))
                    break
        if any(_tie_below_top(lo, total, half, t) for t in range(k)):
            out.add(OPEN)
    return out


def _lower_bounds(
    lo: Sequence[int], against: int | None, now: Key
) -> list[int]:
    """
    Return, for each class other than *now* that some total can reach, a
    total of valid votes below which that class is unreachable under the
    2010 rule.

    Each bound is where the shape of its class first fits (`_classes_at`
    reads the same shapes): a majority for choice *i* needs more than half
    of the total; no majority needs every choice at or below half; no
    representation without a majority needs two options tied at half and
    nothing else, so an even total and at most two options with votes; a
    run-off between *a* and *b* needs a third option with votes and both
    above every other; an open case needs two options tied at a level of
    at least one, a third at or above it. All but the last are exact;
    the last is off by at most a step or two (parity).
    """
    k = len(lo)
    base = sum(lo)
    no_majority = max(base, 2 * max(lo))
    bounds = majority_bounds(lo, against, now)
    if now != NONE and k >= 2 and sum(1 for n in lo if n) <= 2:  # noqa: PLR2004
        bounds.append(no_majority + no_majority % 2)
    if k < 3:  # noqa: PLR2004 - 1206.1(a): three options receive votes
        return bounds
    for a, b in itertools.combinations(range(k), 2):
        if runoff_key(a, b) == now:
            continue
        others = [lo[c] for c in range(k) if c not in (a, b)]
        cap = max(*others, 1)
        least = (
            sum(others)
            + (not any(others))  # one of them lifted to a vote
            + max(lo[a], cap + 1)
            + max(lo[b], cap + 1)
        )
        bounds.append(max(no_majority, least, 2 * (cap + 1)))
    if now != OPEN:
        for t in range(k):
            rest = sorted((lo[u] for u in range(k) if u != t), reverse=True)
            level = max(rest[0], 1)
            least = max(lo[t], level) + 2 * level + sum(rest[2:])
            bounds.append(max(no_majority, least, 2 * level))
    return bounds


def _fewest_to_change(
    votes: Sequence[int], against: int | None, limit: int
) -> int | None:
    """
    Return the fewest challenged ballots that, counted, change the class
    under the 2010 rule; `None` if more than *limit* would be needed.

    Resolving the challenged ballots gives exactly the final votes F
    with ``F >= votes`` and ``sum(F) - sum(votes) <= limit`` (the
    ballots not counted make up the rest), so the engine's search over
    the totals, from the lower bounds of `_lower_bounds` and asking
    `_classes_at` at each total, is exact; the bounds make it take a few
    steps whatever *limit* is.
    """
    now = _classify(votes, against)
    return fewest_added(
        sum(votes),
        _lower_bounds(votes, against, now),
        lambda total: bool(_classes_at(votes, total, against) - {now}),
        limit=limit,
    )


# --- Before 2010-06-10: a majority of the eligible -------------------------


def _leader(votes: Sequence[int], unions: Sequence[int]) -> int:
    """
    Return the union with the most votes, the first on the ballot among
    equals.
    """
    return max(unions, key=lambda i: (votes[i], -i))


def _classify_eligible(
    votes: Sequence[int], against: int | None, eligible: int
) -> Key:
    """
    Return the outcome class of final *votes* under the rule before 2010.

    The union with the most votes wins if it has a majority of the
    eligible. (Two unions with a majority of the eligible each can only
    come from an eligible count below the ballots cast, which the Board's
    approximate figure allows; then the leader wins.)
    """
    unions = [i for i in range(len(votes)) if i != against]
    lead = _leader(votes, unions)
    if 2 * votes[lead] > eligible:
        return Key("maj", lead)
    return OPEN if 2 * sum(votes[i] for i in unions) > eligible else NONE


def _classes_eligible(
    votes: Sequence[int], against: int | None, eligible: int, limit: int
) -> set[Key]:
    """
    Return the classes reachable by resolving up to *limit* challenged
    ballots under the rule before 2010.

    Exact: union *i* can win iff it does with all of them (that makes it
    lead by the most, with the most votes); nobody wins iff nobody does
    with none counted for a union; and representation can win without a
    winner iff it does when the ballots go to unions still at or below
    half of the eligible, as many as fit.
    """
    unions = [i for i in range(len(votes)) if i != against]
    out = {_classify_eligible(votes, against, eligible)}
    for i in unions:
        best = list(votes)
        best[i] += limit
        if _classify_eligible(best, against, eligible) == Key("maj", i):
            out.add(Key("maj", i))
    total = sum(votes[i] for i in unions)
    if 2 * total <= eligible:
        out.add(NONE)
    half = eligible // 2
    if all(votes[i] <= half for i in unions):
        room = sum(half - votes[i] for i in unions)
        if 2 * (total + min(limit, room)) > eligible:
            out.add(OPEN)
    return out


# --- Outcomes and reasons ----------------------------------------------------


def _against(tally: Tally) -> int | None:
    """
    Return the ballot position of the against ("no representation")
    choice, always the last one, if the ballot has it.
    """
    return None if tally.ballots.against is None else len(tally.votes) - 1


def _name(tally: Tally, i: int) -> str:
    choice = tally.choices[i]
    return choice.name if choice.is_union else "no representation"


def _pair(tally: Tally, key: Key) -> tuple[int, int]:
    a, b = key.first, key.second
    return (b, a) if tally.votes[b] > tally.votes[a] else (a, b)


def _challenge_reason(
    tally: Tally, *, determinative: bool, fewest: int | None = None
) -> str:
    c = plural(tally.challenged, "challenged ballot")
    if determinative:
        few = "" if fewest is None else f" (as few as {fewest:,} of them)"
        return (
            f"The {c} could change the outcome{few}, so they must be "
            "resolved before the result is known."
        )
    return f"The {c} cannot change the outcome, however they are resolved."


def _valid_reason(tally: Tally, key: Key) -> str:
    votes, valid = tally.votes, tally.valid_votes
    if key.kind == "maj":
        return (
            f"{_name(tally, key.first)} received {votes[key.first]:,} of the "
            f"{valid:,} valid ballots, a majority: the NMB certifies it as "
            f"the representative of the craft or class ({_NEW_RULE})."
        )
    if key == NONE and valid and 2 * max(votes) > valid:
        return (
            f"No representation received {max(votes):,} of the {valid:,} "
            "valid ballots, a majority: no representative is certified, "
            f"and an incumbent is no longer certified ({_NEW_RULE})."
        )
    if key == NONE:
        return (
            "No option received a majority of the valid ballots, and fewer "
            "than three options received votes, so no run-off is held: "
            f"{_RUNOFF_RULE}(a) applies only where three or more options "
            "receive valid votes, as the NMB said when it corrected its "
            "proposed rule in June 2012. No representative is certified."
        )
    if key == OPEN:
        return (
            "No option received a majority of the valid ballots, and the "
            "options in second place are tied (or three or more share the "
            f"lead): {_RUNOFF_RULE}(b) puts 'the two options which received "
            "the highest number of votes' on the run-off ballot without "
            "saying which of tied options those are. The sources read do "
            "not settle this case, so laborvote leaves it unresolved."
        )
    a, b = _pair(tally, key)
    return (
        f"No option received a majority of the {valid:,} valid ballots, and "
        "three or more options received votes: a run-off is held between "
        f"the two options with the most votes, {_name(tally, a)} "
        f"({votes[a]:,}) and {_name(tally, b)} ({votes[b]:,}), with no "
        f"write-in line ({_RUNOFF_RULE}(a)-(b))."
    )


def _eligible_reason(tally: Tally, key: Key, eligible: int) -> str:
    against = _against(tally)
    for_rep = sum(n for i, n in enumerate(tally.votes) if i != against)
    counted = (
        f"{for_rep:,} of the {eligible:,} eligible employees voted for "
        f"representation; a majority of the eligible is {eligible // 2 + 1:,}"
        ", and those who did not vote counted against representation "
        f"({_OLD_RULE})"
    )
    if key.kind == "maj":
        return (
            f"{counted}. {_name(tally, key.first)} received "
            f"{tally.votes[key.first]:,} votes, a majority of the eligible: "
            "the NMB certifies it as the representative."
        )
    if key == NONE:
        return (
            f"{counted}. Representation did not receive a majority of the "
            "eligible: no representative is certified."
        )
    return (
        f"{counted}. Representation received a majority of the eligible, "
        "but no single organization did. What the NMB then did is not "
        "settled in the sources laborvote cites (a run-off is unconfirmed), "
        "so laborvote leaves this case unresolved."
    )


def _decided(
    tally: Tally, key: Key, template: Outcome, *, determinative: bool
) -> Outcome:
    """
    Return the outcome of class *key*; *template* is a no-representative
    outcome that carries everything else.
    """
    if key.kind == "maj":
        outcome = attrs.evolve(
            template, result=Result.CERTIFIED, winner=tally.choices[key.first]
        )
    elif key == NONE:
        outcome = template
    elif key == OPEN:
        outcome = attrs.evolve(template, result=Result.UNRESOLVED)
    else:
        a, b = _pair(tally, key)
        outcome = attrs.evolve(
            template,
            result=Result.RUNOFF,
            runoff_between=(tally.choices[a], tally.choices[b]),
        )
    if not determinative:
        return outcome
    return attrs.evolve(
        template,
        result=Result.UNRESOLVED,
        challenges_determinative=True,
        reasons=(
            *template.reasons,
            (
                "Counting only the valid ballots, the outcome would be: "
                f"{outcome.result.value.replace('_', ' ')}."
            ),
        ),
    )


def _template(
    tally: Tally, version: Version, reasons: list[str], *tests: TestResult
) -> Outcome:
    return Outcome(
        result=Result.NO_REPRESENTATIVE,
        majority=majority_needed(tally),
        reasons=tuple(reasons),
        rules=version.name,
        tests=tests,
    )


def _decide_valid(tally: Tally, version: Version) -> Outcome:
    """
    Decide *tally* under the 2010 rule.
    """
    votes, against = tally.votes, _against(tally)
    key = _classify(votes, against)
    fewest = _fewest_to_change(votes, against, tally.challenged)
    determinative = fewest is not None
    lead = max(range(len(votes)), key=lambda i: (votes[i], -i))
    test = _text.result(
        version.tests[0],
        label=f"{_name(tally, lead)} share of valid ballots",
        figures=(votes[lead], tally.valid_votes),
    )
    reasons = [f"Test {test.name!r}: {test.text} ({test.citation})."]
    if tally.challenged:
        reasons.append(
            _challenge_reason(
                tally, determinative=determinative, fewest=fewest
            )
        )
    reasons.append(_valid_reason(tally, key))
    return _decided(
        tally,
        key,
        _template(tally, version, reasons, test),
        determinative=determinative,
    )


def _decide_eligible(tally: Tally, version: Version) -> Outcome:
    """
    Decide *tally* under the rule before 2010.

    Raises:
        InvalidTallyError: If the tally does not say how many were
            eligible.
    """
    eligible = tally.eligible
    if eligible is None:
        msg = (
            f"{version.name} needs the number of eligible employees (a "
            "majority of them must vote for representation), got "
            "eligible=None"
        )
        raise InvalidTallyError(msg, field="eligible", value=None)
    votes, against = tally.votes, _against(tally)
    key = _classify_eligible(votes, against, eligible)
    reachable = _classes_eligible(votes, against, eligible, tally.challenged)
    determinative = len(reachable) > 1
    unions = [i for i in range(len(votes)) if i != against]
    lead = _leader(votes, unions)
    threshold = version.tests[0]
    tests = (
        _text.result(
            threshold,
            label="representation share of eligible",
            figures=(sum(votes[i] for i in unions), eligible),
        ),
        _text.result(
            threshold,
            label=f"{_name(tally, lead)} share of eligible",
            figures=(votes[lead], eligible),
        ),
    )
    reasons = [_eligible_reason(tally, key, eligible)]
    if tally.challenged:
        reasons.append(_challenge_reason(tally, determinative=determinative))
    return _decided(
        tally,
        key,
        _template(tally, version, reasons, *tests),
        determinative=determinative,
    )


def apply(tally: Tally, version: Version) -> Outcome:
    """
    Decide *tally* under the NMB *version*: with the run-off rule of 29
    CFR 1206.1, the 2010 rule; without one, the rule before it.

    `laborvote.rules` calls this for every version with the NMB's run-off
    rule, and for a majority of the eligible without a runoff rule.

    Raises:
        InvalidTallyError: If the rule before 2010 applies and the tally
            does not say how many were eligible.
    """
    if version.runoff is Runoff.NMB:
        return _decide_valid(tally, version)
    return _decide_eligible(tally, version)
