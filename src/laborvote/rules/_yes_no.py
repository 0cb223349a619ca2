"""
Deciding a yes/no question: a vote passes iff it passes every test.

The tally's one union carries the "yes" votes and its against votes the
"no" votes. Void ballots count for neither side.

**Challenged ballots.** Each may be resolved as yes, as no, or not
counted; they are determinative iff some resolution changes the verdict.
Three resolutions decide that exactly: all *C* counted yes, none counted,
and all *C* counted no. Proof: every test is monotone. Write a resolution
as (*y*, *n*) with ``y + n <= C``, giving ``Y + y`` yes, ``N + n`` no and
``Y + N + y + n`` votes cast (plus the void ballots where they count
toward turnout).

- A majority of votes cast rises with yes and falls with no; a share of
  the eligible rises with yes; a turnout rises with votes cast.
  Resolution (*C*, 0) has the most yes, the fewest no and the most votes
  cast of all resolutions at once, so if any resolution passes every
  test, (*C*, 0) does.
- If some resolution fails a test, either that test is a turnout floor,
  which (0, 0) fails too (it has the fewest votes cast), or it is a
  majority or a share of the eligible, which (0, *C*) fails too (it has
  the fewest yes and the most no).

So the verdicts of those three resolutions are all the verdicts there
are, and the test suite checks this against brute force.

**Open questions.** Where the sources leave open whether a test applies
(`Threshold.disputed`), or whether spoilt voting papers count toward a
turnout (unconfirmed: not settled in the sources laborvote cites), each
reading is decided; if the readings disagree the outcome is unresolved,
with a reason that says which question decides it. The test results
report the first reading: disputed tests applied, and spoilt papers
counted toward turnout, as the scrutineers' reports do (the PCS 2018
report's 41.6% is its 59,285 returned papers, 31 of them spoilt, over
the 142,673 entitled to vote).
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from laborvote._core.arithmetic import majority_needed
from laborvote._core.outcome import Outcome, Result, TestResult
from laborvote._core.tally import Tally
from laborvote._core.text import plural
from laborvote.exceptions import InvalidBallotsError, InvalidTallyError
from laborvote.rules import _text
from laborvote.rules._rulebook import Measure, Threshold, Version

#: Why spoilt papers are read both ways for a turnout.
SPOILT_OPEN = (
    "whether spoilt voting papers count toward the turnout is not settled "
    "in the sources laborvote cites"
)


class Reading(NamedTuple):
    """
    One way to read the open questions: whether the disputed tests apply,
    and whether the spoilt papers count toward a turnout.
    """

    disputed_apply: bool
    spoilt_count: bool


class Count(NamedTuple):
    """
    The figures a yes/no question is decided on.
    """

    yes: int
    no: int
    void: int
    eligible: int


def _part_whole(
    test: Threshold, count: Count, *, spoilt_count: bool
) -> tuple[int, int]:
    if test.measure is Measure.VOTES_CAST:
        return count.yes, count.yes + count.no
    if test.measure is Measure.ELIGIBLE:
        return count.yes, count.eligible
    cast = count.yes + count.no + (count.void if spoilt_count else 0)
    return cast, count.eligible


def verdict(tests: tuple[Threshold, ...], count: Count, r: Reading) -> bool:
    """
    Return whether *count* passes every test that applies under *r*.
    """
    return all(
        t.passes(*_part_whole(t, count, spoilt_count=r.spoilt_count))
        for t in tests
        if r.disputed_apply or t.disputed is None
    )


def readings(tests: tuple[Threshold, ...], void: int) -> list[Reading]:
    """
    Return the readings of the open questions that *tests* raise, the
    one the test results report first.
    """
    disputes = (True, False) if any(t.disputed for t in tests) else (True,)
    turnout = any(t.measure is Measure.TURNOUT for t in tests)
    spoilt = (True, False) if void and turnout else (True,)
    return [Reading(d, s) for d, s in itertools.product(disputes, spoilt)]


def _yes_no(tally: Tally) -> tuple[int, int]:
    ballots = tally.ballots
    if len(ballots.unions) != 1 or ballots.against is None:
        msg = (
            "a yes/no question needs one union (its votes are the yes "
            "votes) and the against votes (the no votes), got "
            f"unions={ballots.unions!r} and against={ballots.against!r}"
        )
        raise InvalidBallotsError(msg, field="unions", value=ballots.unions)
    return ballots.unions[0][1], ballots.against


def _label(test: Threshold) -> str:
    return {
        Measure.VOTES_CAST: "yes share of votes cast",
        Measure.ELIGIBLE: "yes share of eligible",
        Measure.TURNOUT: "turnout",
    }[test.measure]


def _test_reason(test: TestResult) -> str:
    return (
        f"Test {test.name!r}: {test.text}, so it "
        f"{'passes' if test.passed else 'fails'} ({test.citation})."
    )


def _count_reason(tally: Tally, yes: int, no: int) -> str:
    name = tally.choices[0].name
    parts = [
        (
            f"{yes:,} voted yes ({name}) and {no:,} no: "
            f"{plural(yes + no, 'valid vote')}"
        )
    ]
    if tally.void:
        parts.append(
            f"; the {plural(tally.void, 'void ballot')} count for neither side"
        )
    if tally.eligible is not None:
        parts.append(f"; {tally.eligible:,} were eligible to vote")
    return "".join(parts) + "."


def _open_reasons(
    version: Version, count: Count, found: dict[Reading, bool]
) -> list[str]:
    """
    Return a sentence for each open question the tally raises, saying
    whether the verdict depends on it.
    """
    reasons = []
    first = next(iter(found))
    for test in version.tests:
        if test.disputed is None:
            continue
        other = first._replace(disputed_apply=False)
        same = found[first] == found[other]
        reasons.append(
            f"{test.disputed} Without the {test.name!r} test the vote would "
            f"{'pass' if found[other] else 'fail'}: "
            + (
                "the verdict is the same either way."
                if same
                else "the verdict depends on it, so it is left unresolved."
            )
        )
    if first._replace(spoilt_count=False) in found:
        other = first._replace(spoilt_count=False)
        cast = count.yes + count.no
        same = found[first] == found[other]
        spoilt = plural(count.void, "spoilt paper")
        reasons.append(
            f"The turnout counts the {spoilt} as votes, as scrutineers' "
            f"reports do, but {SPOILT_OPEN}. "
            "Without them the turnout is "
            f"{_text.share(cast, count.eligible)}: "
            + (
                "the verdict is the same either way."
                if same
                else "the verdict depends on it, so it is left unresolved."
            )
        )
    return reasons


def _challenge_reason(
    c: int, *, best: bool, worst_none: bool, worst_no: bool
) -> str:
    def word(ok: bool) -> str:  # noqa: FBT001
        return "pass" if ok else "fail"

    shape = (
        f"counted all yes, the vote would {word(best)}; not counted, it "
        f"would {word(worst_none)}; counted all no, it would {word(worst_no)}"
    )
    if len({best, worst_none, worst_no}) > 1:
        return (
            f"The {plural(c, 'challenged ballot')} could change the "
            f"result ({shape}), so they must be resolved before the result "
            "is known."
        )
    return (
        f"The {plural(c, 'challenged ballot')} cannot change the "
        f"result ({shape}), so they need not be resolved."
    )


def apply(tally: Tally, version: Version) -> Outcome:
    """
    Decide the yes/no question of *tally* under *version*.

    Raises:
        InvalidBallotsError: If the tally is not one union against "no".
        InvalidTallyError: If a test needs the eligible voters and the
            tally does not have them.
    """
    yes, no = _yes_no(tally)
    needs = [t for t in version.tests if t.measure is not Measure.VOTES_CAST]
    if needs and tally.eligible is None:
        msg = (
            f"the {needs[0].name!r} test of {version.name} needs the number "
            f"of eligible voters ({needs[0].citation}), got eligible=None"
        )
        raise InvalidTallyError(msg, field="eligible", value=None)
    eligible = tally.eligible or 0
    c = tally.challenged
    # The three resolutions of the proof above: as it stands, all yes,
    # all no.
    resolutions = ((0, 0), (c, 0), (0, c))
    ways = readings(version.tests, tally.void)
    found: dict[tuple[Reading, int], bool] = {}
    for r in ways:
        for k, (y, n) in enumerate(resolutions):
            found[r, k] = verdict(
                version.tests, Count(yes + y, no + n, tally.void, eligible), r
            )
    determinative = any(len({found[r, k] for k in range(3)}) > 1 for r in ways)
    count = Count(yes, no, tally.void, eligible)
    first = ways[0]
    tests = tuple(
        _text.result(
            t,
            label=_label(t),
            figures=_part_whole(t, count, spoilt_count=first.spoilt_count),
        )
        for t in version.tests
    )
    reasons = [_count_reason(tally, yes, no)]
    reasons.extend(_test_reason(t) for t in tests)
    reasons.extend(
        _open_reasons(version, count, {r: found[r, 0] for r in ways})
    )
    if c:
        reasons.append(
            _challenge_reason(
                c,
                best=found[first, 1],
                worst_none=found[first, 0],
                worst_no=found[first, 2],
            )
        )
    verdicts = set(found.values())
    passed, failed = version.passed, version.failed
    # A yes/no version always names both (Version checks it).
    assert passed is not None  # noqa: S101
    assert failed is not None  # noqa: S101
    if len(verdicts) > 1:
        reasons.append(
            "The result cannot be known yet: "
            + (
                "the challenged ballots must be resolved first."
                if determinative
                else "it depends on a question the sources leave open."
            )
        )
        return Outcome(
            result=Result.UNRESOLVED,
            challenges_determinative=determinative,
            majority=majority_needed(tally),
            reasons=tuple(reasons),
            rules=version.name,
            tests=tests,
        )
    # Neither the challenges nor the open questions matter, so the
    # verdict is the one of the tests as reported: all pass, or some fail.
    result = passed if verdicts.pop() else failed
    failures = [repr(t.name) for t in tests if not t.passed]
    reasons.append(
        (
            f"The vote fails {', '.join(failures)}"
            if failures
            else "The vote passes every test"
        )
        + f": {result.meaning} ({version.citation})."
    )
    return Outcome(
        result=result,
        winner=tally.choices[0] if result.wins else None,
        majority=majority_needed(tally),
        reasons=tuple(reasons),
        rules=version.name,
        tests=tests,
    )
