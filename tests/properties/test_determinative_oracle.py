"""
Brute-force oracles for `laborvote.decide` and the challenge arithmetic.

The oracle's outcome class is written here from the pseudo-spec of
RULES.md section 6 (``NLRB_outcome``), not taken from laborvote's engine:

    for X in choices:
        if 2*votes[X] > V:
            return CERTIFY_REP(X) if X != "none" else CERT_RESULTS
    if len(choices) == 2:
        return CERT_RESULTS
    if (two or more choices tie) and (some choice has 0 votes)
            and all_eligible_cast_valid_ballots:
        return CERT_RESULTS                # 102.70(d) exception
    if all(x == c[0] for x in c) or (c[1] == c[2] < c[0]):
        return NULLITY_RERUN(same choices)
    return RUNOFF(top_two)                 # only one runoff

The challenges are determinative iff some way of resolving them (each
challenged ballot counted for any choice, or not counted) gives a class
other than the count as it stands (RULES.md section 1.5, "General
(k-choice) rule"; issue 2, item 3).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from hypothesis import example, given, settings

from laborvote import (
    Ballots,
    Result,
    Tally,
    TallyKind,
    challenges_determinative,
    challenges_to_change,
    decide,
)
from strategies import small_tallies

#: The oracle's outcome classes.
NO_REPRESENTATIVE = ("no representative",)
NULLITY = ("nullity",)

#: The oracle enumerates at most this many resolved challenges.
MOST_RESOLVED = 6


def certify(i: int) -> tuple[str, int]:
    """
    Return the class of the union at ballot position *i* winning.
    """
    return ("certify", i)


def runoff(i: int, j: int) -> tuple[str, frozenset[int]]:
    """
    Return the class of a runoff between ballot positions *i* and *j*.
    """
    return ("runoff", frozenset((i, j)))


def nlrb_class(
    votes: Sequence[int],
    *,
    against: int | None,
    eligible: int | None,
    runoff_possible: bool,
) -> tuple[object, ...]:
    """
    Return the outcome class of final *votes*, per RULES.md section 6.

    *runoff_possible* is false for a two-choice ballot and for a runoff's
    own tally (29 CFR 102.70: only one runoff).
    """
    total = sum(votes)
    for i, n in enumerate(votes):
        if 2 * n > total:
            return NO_REPRESENTATIVE if i == against else certify(i)
    if not runoff_possible:
        return NO_REPRESENTATIVE
    k = len(votes)
    # "two or more choices tie" and "some choice has 0 votes": three
    # different choices, two of them equal and a third at zero.
    tie_and_zero = any(
        votes[i] == votes[j] and votes[z] == 0
        for i, j, z in itertools.permutations(range(k), 3)
    )
    # The generated tallies never have more valid ballots than eligible
    # voters, so "every eligible voter cast a valid ballot" is equality.
    if tie_and_zero and total == eligible:
        return NO_REPRESENTATIVE
    c = sorted(votes, reverse=True)
    if all(x == c[0] for x in c) or (c[1] == c[2] < c[0]):
        return NULLITY
    if c[1] == c[2]:
        # Three or more choices tie for first place on a ballot of four
        # or more: "top_two" names no pair. RULES.md section 8 leaves the
        # four-choice reading open; the second and third places tie, as
        # in the tie for second place, so this is a nullity too.
        return NULLITY
    first, second = sorted(range(k), key=lambda i: -votes[i])[:2]
    return runoff(first, second)


def tally_class(tally: Tally, votes: Sequence[int]) -> tuple[object, ...]:
    """
    Return the oracle's class of *votes* on *tally*'s ballot.
    """
    choices = len(tally.votes)
    return nlrb_class(
        votes,
        against=None if tally.ballots.against is None else choices - 1,
        eligible=tally.eligible,
        runoff_possible=choices >= 3 and tally.kind is not TallyKind.RUNOFF,
    )


def additions(k: int, most: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every way of adding at most *most* votes to *k* choices.
    """
    if k == 0:
        yield ()
        return
    for first in range(most + 1):
        for rest in additions(k - 1, most - first):
            yield (first, *rest)


def resolutions(tally: Tally, most: int) -> Iterator[tuple[int, ...]]:
    """
    Yield the final votes of every way of resolving at most *most*
    challenged ballots: each counted for a choice, or not counted.
    """
    for added in additions(len(tally.votes), most):
        yield tuple(n + a for n, a in zip(tally.votes, added, strict=True))


def brute_determinative(tally: Tally) -> bool:
    """
    Whether some resolution of the challenges changes the oracle's class.
    """
    now = tally_class(tally, tally.votes)
    return any(
        tally_class(tally, final) != now
        for final in resolutions(tally, tally.challenged)
    )


def brute_fewest(tally: Tally) -> int | None:
    """
    Return the fewest counted challenges that change the oracle's class,
    or `None` if more than `MOST_RESOLVED` are needed.
    """
    now = tally_class(tally, tally.votes)
    changed = [
        sum(final) - sum(tally.votes)
        for final in resolutions(tally, MOST_RESOLVED)
        if tally_class(tally, final) != now
    ]
    return min(changed, default=None)


def _tally(
    unions: dict[str, int],
    against: int | None,
    *,
    challenged: int = 0,
    eligible: int | None = None,
    kind: TallyKind = TallyKind.INITIAL,
) -> Tally:
    return Tally(
        ballots=Ballots(unions=unions, against=against, challenged=challenged),
        eligible=eligible,
        kind=kind,
    )


class TestDeterminativeAgainstBruteForce:
    """
    "Challenges are determinative iff the outcome class (certify X / no
    majority -> runoff(A, B) / nullity-rerun / certification of results)
    could differ across allocations of the C ballots among the choices or
    'void'." (RULES.md section 1.5)
    """

    @settings(deadline=None)  # a brute force: its speed is not under test
    @given(small_tallies())
    # Union ahead by exactly C: all C against make a tie (section 7.2).
    @example(_tally({"A": 5}, 3, challenged=2))
    # Behind by exactly C: the best case is a tie, still a loss.
    @example(_tally({"A": 3}, 5, challenged=2))
    # Two tie, a third has none: resolving both challenges makes every
    # eligible voter's ballot valid, so the 102.70(d) exception applies.
    @example(_tally({"A": 3, "B": 0}, 3, challenged=2, eligible=8))
    # Fraser & Johnston's shape, scaled down: a majority of the counted
    # votes but not of the counted plus challenged.
    @example(_tally({"A": 5, "B": 1}, 3, challenged=2))
    def test_agrees(self, tally: Tally) -> None:
        """
        `challenges_determinative` and `decide` say the challenges are
        determinative exactly when the brute-force enumeration finds a
        resolution with another outcome class.
        """
        expected = brute_determinative(tally)
        outcome = decide(tally)

        assert expected == challenges_determinative(tally)
        assert expected == outcome.challenges_determinative
        assert expected == (outcome.result is Result.UNRESOLVED)

    @settings(deadline=None)  # a brute force: its speed is not under test
    @given(small_tallies())
    @example(_tally({"A": 5}, 3))  # 2 against make 5-5: a tie loses.
    @example(_tally({"A": 3, "B": 0}, 3, eligible=8))
    def test_challenges_to_change_is_the_fewest(self, tally: Tally) -> None:
        """
        `challenges_to_change` is the fewest counted challenged ballots
        that change the outcome class, when at most six suffice.
        """
        expected = brute_fewest(tally)

        actual = challenges_to_change(tally)

        if expected is None:
            assert MOST_RESOLVED < actual
        else:
            assert expected == actual


class TestDecideAgainstOracle:
    """
    On a fully counted tally, `decide` gives the pseudo-spec's class.
    """

    @given(small_tallies(max_challenged=0))
    @example(_tally({"A": 3, "B": 0}, 3, eligible=6))  # 102.70(d) exception
    @example(_tally({"A": 3, "B": 0}, 3, eligible=7))  # Shanhouse's shape
    @example(_tally({"A": 2, "B": 2, "C": 2}, 1))  # three tie for first
    def test_same_class(self, tally: Tally) -> None:
        """
        The result, winner and runoff pair of `decide` are the oracle's.
        """
        expected = tally_class(tally, tally.votes)
        outcome = decide(tally)
        positions = {c: i for i, c in enumerate(tally.choices)}

        if outcome.result is Result.CERTIFIED:
            assert outcome.winner is not None
            actual: tuple[object, ...] = certify(positions[outcome.winner])
        elif outcome.result is Result.RUNOFF:
            assert outcome.runoff_between is not None
            a, b = outcome.runoff_between
            actual = runoff(positions[a], positions[b])
        elif outcome.result is Result.NEW_ELECTION:
            actual = NULLITY
        else:
            assert Result.NO_REPRESENTATIVE is outcome.result
            actual = NO_REPRESENTATIVE
        assert expected == actual
