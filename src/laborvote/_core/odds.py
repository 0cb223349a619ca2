"""
The odds that resolving the challenged ballots changes the outcome.

A *model* says how likely each way of resolving the challenged ballots
is. Under every model here each challenged ballot is void (or its
challenge sustained) with a fixed probability *q*, independently of the
others and of how it was marked, so the number *d* of void ones is
binomial; the other ``S = C - d`` are counted, and the model spreads them
over the choices:

- like-counted: a multinomial with the shares of the valid votes counted;
- uniform-prior: a Dirichlet-multinomial, the Dirichlet(1, ..., 1) prior
  updated by the valid votes counted (with two choices, a beta-binomial);
- even: a multinomial with equal shares.

In each of them the weight of counting ``x[i]`` ballots for choice *i*
factors as ``c(S) * f[0](x[0]) * ... * f[k-1](x[k-1])`` with
``sum(x) == S``, and the outcome depends only on the final votes
``votes + x``. For each *S* (a *slice*; the engine's `classes_at` says
which outcome classes it can reach, so a class it cannot reach gets
exactly 0) the classes are summed without enumerating the allocations:

- a majority for *i* is a tail of the marginal of ``x[i]`` (binomial or
  beta-binomial): O(S) terms;
- a runoff between *a* and *b* is, for each level *m* of the best of the
  others, "*a* and *b* above *m* and at most half, the others at most
  *m*, one of them at *m*": a product of truncated series whose
  coefficient of ``z ** S`` a dynamic programme over the choices gives
  (state: the ballots allocated so far). With *k* choices that costs
  O(S ** 2) terms for three choices and O(k ** 4 * S ** 3) beyond;
- a new election takes what no majority and no runoff leaves;
- the one slice where every eligible voter's ballot is valid, where the
  29 CFR 102.70(d) exception can apply, is enumerated when a choice has
  no vote yet (otherwise the exception cannot apply there).

The sums are exact (`fractions.Fraction`) when small enough, and else in
floating point, each term computed in log space (`math.lgamma`) so that
nothing overflows; terms below ``exp(-75)`` beyond the mode of a
unimodal sum are dropped, and slices of weight below ``exp(-75)``
skipped, with the mass they could hold added to the stated error bound.
"""

from __future__ import annotations

import enum
import fractions
import math
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from fractions import Fraction
from typing import Any, Protocol, final

import attrs

from laborvote._core import engine as _engine
from laborvote._core.arithmetic import engine_context
from laborvote._core.ballots import Choice
from laborvote._core.outcome import Result
from laborvote._core.tally import Tally
from laborvote.exceptions import InvalidOddsError, InvalidTallyError

#: Terms and slices of weight below exp(LOG_TINY) are dropped in floating
#: point (their mass is added to the error bound).
LOG_TINY = -75.0
#: The most terms the exact (Fraction) sum takes when not asked for.
EXACT_AUTO = 20_000
#: The most terms the exact sum takes at all.
EXACT_LIMIT = 100_000
#: The most terms the floating-point sum takes for the runoffs of a
#: ballot of three or more choices.
FLOAT_LIMIT = 4_000_000

_EPS = 2.0**-52


class OddsModel(enum.Enum):
    """
    How likely each way of resolving the challenged ballots is taken to
    be, for `laborvote.odds_of_change`.

    Challenged ballots are not a random sample of the voters: they were
    challenged for a reason (the voter's eligibility, most often), so the
    odds under any of these models hold under its assumption only, and
    are never a forecast.

    >>> OddsModel("like-counted")
    <OddsModel.LIKE_COUNTED: 'like-counted'>
    >>> print(OddsModel.EVEN.assumption)
    A stress test: each challenged ballot that is counted is equally
    likely to fall to any choice, independently of the others.

    Attributes:
        LIKE_COUNTED: Each counted challenged ballot falls to a choice
            with the shares of the valid votes counted (multinomial).
        UNIFORM_PRIOR: The shares are unknown, with a uniform (Dirichlet)
            prior updated by the valid votes counted
            (Dirichlet-multinomial; beta-binomial for two choices).
        EVEN: Every choice equally likely: a stress test.

    .. versionadded:: 26.1.0
    """

    LIKE_COUNTED = "like-counted"
    UNIFORM_PRIOR = "uniform-prior"
    EVEN = "even"

    @property
    def assumption(self) -> str:
        """
        The model's assumption, in words.

        >>> print(OddsModel.LIKE_COUNTED.assumption)
        Each challenged ballot that is counted falls to a choice with the
        shares of the valid votes counted, independently of the others
        (a multinomial).

        .. versionadded:: 26.1.0
        """
        return _ASSUMPTIONS[self]


_ASSUMPTIONS = {
    OddsModel.LIKE_COUNTED: (
        "Each challenged ballot that is counted falls to a choice with the\n"
        "shares of the valid votes counted, independently of the others\n"
        "(a multinomial)."
    ),
    OddsModel.UNIFORM_PRIOR: (
        "The shares of the challenged ballots are unknown: a uniform\n"
        "(Dirichlet) prior over them, updated by the valid votes counted,\n"
        "weighs each way of counting them (a Dirichlet-multinomial; with\n"
        "two choices, a beta-binomial)."
    ),
    OddsModel.EVEN: (
        "A stress test: each challenged ballot that is counted is equally\n"
        "likely to fall to any choice, independently of the others."
    ),
}


@final
@attrs.frozen(kw_only=True)
class PossibleOutcome:
    """
    An outcome that resolving the challenged ballots could lead to.

    >>> from laborvote import Ballots, Tally, odds_of_change
    >>> odds = odds_of_change(
    ...     Tally(ballots=Ballots(unions={"A": 3}, against=2, challenged=1))
    ... )
    >>> [str(o) for o, _ in odds.outcomes]
    ['certified for A', 'no representative']

    Attributes:
        result: `Result.CERTIFIED`, `Result.NO_REPRESENTATIVE`,
            `Result.RUNOFF` or `Result.NEW_ELECTION`.
        winner: The certified union, if the result is certified.
        runoff_between: The two choices of the runoff, in ballot order
            (which of them leads depends on how the ballots fall).

    .. versionadded:: 26.1.0
    """

    result: Result
    winner: Choice | None = None
    runoff_between: tuple[Choice, Choice] | None = None

    def __str__(self) -> str:
        if self.winner is not None:
            return f"certified for {self.winner.name}"
        if self.runoff_between is not None:
            a, b = self.runoff_between
            return f"runoff between {a.name} and {b.name}"
        return self.result.value.replace("_", " ")

    def as_dict(self) -> dict[str, Any]:
        """
        Return this outcome as a JSON-ready `dict`.

        >>> from laborvote import Choice, Result
        >>> PossibleOutcome(
        ...     result=Result.CERTIFIED, winner=Choice("ALU")
        ... ).as_dict()["winner"]
        'ALU'

        .. versionadded:: 26.1.0
        """
        return {
            "result": self.result.value,
            "winner": None if self.winner is None else self.winner.name,
            "runoff_between": (
                None
                if self.runoff_between is None
                else [c.name for c in self.runoff_between]
            ),
        }


@final
@attrs.frozen(kw_only=True)
class ChallengeOdds:
    """
    The odds that resolving a tally's challenged ballots changes its
    outcome, under a stated model; from `laborvote.odds_of_change`.

    The probabilities are `fractions.Fraction` when `exact`, else `float`
    within `error` of the exact value.

    >>> from laborvote import Ballots, Tally, odds_of_change
    >>> odds = odds_of_change(
    ...     Tally(ballots=Ballots(unions={"A": 3}, against=3, challenged=2)),
    ...     model="even",
    ... )
    >>> odds.change, str(odds.now)
    (Fraction(1, 4), 'no representative')

    Attributes:
        model: The model.
        assumption: What the model assumes, in words, and that the odds
            are no forecast.
        void_share: The probability that a challenged ballot is void (or
            its challenge sustained).
        challenged: The challenged ballots.
        now: The outcome on the valid votes counted alone.
        change: The probability that the outcome differs from `now`.
        outcomes: Each outcome of positive probability with its
            probability, most likely first.
        exact: Whether the probabilities are exact fractions.
        error: A bound on the relative error of each probability (0 when
            exact), assuming ``math.lgamma`` and ``math.log`` within 8 units
            in the last place: each differs from the exact value by at
            most ``error * p + dropped``.
        dropped: A bound on the probability left out because its terms
            were below ``exp(-75)`` (0 when exact).

    .. versionadded:: 26.1.0
    """

    model: OddsModel
    assumption: str
    void_share: fractions.Fraction
    challenged: int
    now: PossibleOutcome
    change: fractions.Fraction | float
    outcomes: tuple[tuple[PossibleOutcome, fractions.Fraction | float], ...]
    exact: bool
    error: float
    dropped: float

    def probability(
        self, outcome: PossibleOutcome
    ) -> fractions.Fraction | float:
        """
        Return the probability of *outcome* (0 if it cannot happen).

        >>> from laborvote import Ballots, Tally, odds_of_change
        >>> odds = odds_of_change(
        ...     Tally(
        ...         ballots=Ballots(unions={"A": 3}, against=3, challenged=2)
        ...     ),
        ...     model="even",
        ... )
        >>> odds.probability(odds.now)
        Fraction(3, 4)

        .. versionadded:: 26.1.0
        """
        for o, p in self.outcomes:
            if o == outcome:
                return p
        return Fraction(0) if self.exact else 0.0

    def as_dict(self) -> dict[str, Any]:
        """
        Return these odds as a JSON-ready `dict`, probabilities as floats.

        >>> from laborvote import Ballots, Tally, odds_of_change
        >>> odds = odds_of_change(
        ...     Tally(
        ...         ballots=Ballots(unions={"A": 3}, against=3, challenged=2)
        ...     ),
        ...     model="even",
        ... )
        >>> odds.as_dict()["change"], odds.as_dict()["model"]
        (0.25, 'even')

        .. versionadded:: 26.1.0
        """
        return {
            "model": self.model.value,
            "assumption": " ".join(self.assumption.split()),
            "void_share": float(self.void_share),
            "challenged": self.challenged,
            "now": self.now.as_dict(),
            "change": float(self.change),
            "outcomes": [
                {**o.as_dict(), "probability": float(p)}
                for o, p in self.outcomes
            ],
            "exact": self.exact,
            "error": self.error,
            "dropped": self.dropped,
        }


# -- Weights ---------------------------------------------------------------


class _Exact:
    """
    The weights as fractions: values are probabilities or their factors.
    """

    exact = True

    def __init__(self, model: OddsModel, votes: Sequence[int], c: int) -> None:
        k = len(votes)
        self.zero = Fraction(0)
        self.one = Fraction(1)
        self.skipped = 0.0
        self.subtracted: set[_engine.Key] = set()
        fact = [1] * (c + 1)
        for n in range(1, c + 1):
            fact[n] = fact[n - 1] * n
        self.f: list[list[Fraction]] = []
        self.g: list[list[Fraction]] = []
        if model is OddsModel.UNIFORM_PRIOR:
            a = [1 + n for n in votes]
            total = sum(a)
            for i in range(k):
                self.f.append(
                    [
                        Fraction(math.comb(x + a[i] - 1, x))
                        for x in range(c + 1)
                    ]
                )
                rest = total - a[i]
                self.g.append(
                    [
                        Fraction(math.comb(y + rest - 1, y))
                        for y in range(c + 1)
                    ]
                )
            self.c = [
                Fraction(1, math.comb(s + total - 1, s)) for s in range(c + 1)
            ]
        else:
            for p in _shares(model, votes):
                self.f.append([p**x / fact[x] for x in range(c + 1)])
                self.g.append([(1 - p) ** y / fact[y] for y in range(c + 1)])
            self.c = [Fraction(fact[s]) for s in range(c + 1)]

    def factor(self, i: int, x: int) -> Fraction:
        return self.f[i][x]

    def term(self, s: int, i: int, x: int) -> Fraction:
        return self.c[s] * self.f[i][x] * self.g[i][s - x]

    @staticmethod
    def mul(a: Fraction, b: Fraction) -> Fraction:
        return a * b

    @staticmethod
    def total(values: list[Fraction]) -> Fraction:
        return sum(values, Fraction(0))

    @staticmethod
    def prob(value: Fraction) -> Fraction:
        return value

    def scale(self, s: int) -> Fraction:
        return self.c[s]

    @staticmethod
    def tail_terms(
        lo: int, hi: int, term: Callable[[int], Fraction]
    ) -> list[Fraction]:
        return [term(x) for x in range(lo, hi + 1)]


def _log(x: float | Fraction) -> float:
    return math.log(x) if x else -math.inf


class _Float:
    """
    The weights in log space: values are natural logarithms.
    """

    exact = False

    def __init__(self, model: OddsModel, votes: Sequence[int], c: int) -> None:
        self.zero = -math.inf
        self.one = 0.0
        self.skipped = 0.0
        # The classes found as what the others leave: their error is
        # absolute, not relative.
        self.subtracted: set[_engine.Key] = set()
        k = len(votes)
        self.model = model
        # A bound of the size of every logarithm added up in a term, for
        # the error bound: lgamma of the largest argument, and c times
        # the largest finite log of a share.
        self.largest = 2 * math.lgamma(c + sum(votes) + k + 2)
        if model is OddsModel.UNIFORM_PRIOR:
            self.a = [1.0 + n for n in votes]
            self.total_a = float(k + sum(votes))
        else:
            shares = _shares(model, votes)
            self.logp = [_log(p) for p in shares]
            self.logq = [_log(1 - p) for p in shares]
            logs = [abs(v) for v in (*self.logp, *self.logq) if v > -math.inf]
            self.largest += c * max(logs)

    def factor(self, i: int, x: int) -> float:
        if self.model is OddsModel.UNIFORM_PRIOR:
            a = self.a[i]
            return math.lgamma(x + a) - math.lgamma(x + 1) - math.lgamma(a)
        lg = math.lgamma(x + 1)
        return -lg if x == 0 else x * self.logp[i] - lg

    def _rest(self, i: int, y: int) -> float:
        if self.model is OddsModel.UNIFORM_PRIOR:
            b = self.total_a - self.a[i]
            return math.lgamma(y + b) - math.lgamma(y + 1) - math.lgamma(b)
        lg = math.lgamma(y + 1)
        return -lg if y == 0 else y * self.logq[i] - lg

    def scale(self, s: int) -> float:
        lg = math.lgamma(s + 1)
        if self.model is OddsModel.UNIFORM_PRIOR:
            t = self.total_a
            return lg + math.lgamma(t) - math.lgamma(s + t)
        return lg

    def term(self, s: int, i: int, x: int) -> float:
        return self.scale(s) + self.factor(i, x) + self._rest(i, s - x)

    @staticmethod
    def mul(a: float, b: float) -> float:
        return a + b

    @staticmethod
    def total(values: list[float]) -> float:
        top = max(values, default=-math.inf)
        if top == -math.inf:
            return top
        return top + math.log(math.fsum(math.exp(v - top) for v in values))

    @staticmethod
    def prob(value: float) -> float:
        return math.exp(value)

    def tail_terms(
        self, lo: int, hi: int, term: Callable[[int], float]
    ) -> list[float]:
        """
        Return the terms ``term(x)`` for ``lo <= x <= hi`` that are not
        negligible: the sequence is unimodal, so walk to its top and
        out on both sides until the terms are below exp(LOG_TINY).
        """
        x = lo
        while x < hi and term(x + 1) >= term(x):
            x += 1
        out = []
        right = x
        while right <= hi and (t := term(right)) >= LOG_TINY:
            out.append(t)
            right += 1
        left = x - 1
        while left >= lo and (t := term(left)) >= LOG_TINY:
            out.append(t)
            left -= 1
        if right <= hi or left >= lo:
            self.skipped += (hi - lo + 1) * math.exp(LOG_TINY)
        return out


def _shares(model: OddsModel, votes: Sequence[int]) -> list[Fraction]:
    k = len(votes)
    if model is OddsModel.EVEN:
        return [Fraction(1, k)] * k
    total = sum(votes)
    return [Fraction(n, total) for n in votes]


class _Ops(Protocol):
    """
    What the sums need of the weights, exact or in log space; the values
    are fractions or logarithms.
    """

    exact: bool
    zero: Any
    one: Any
    skipped: float
    subtracted: set[_engine.Key]

    def factor(self, i: int, x: int) -> Any: ...
    def term(self, s: int, i: int, x: int) -> Any: ...
    def scale(self, s: int) -> Any: ...
    def mul(self, a: Any, b: Any) -> Any: ...
    def total(self, values: list[Any]) -> Any: ...
    def prob(self, value: Any) -> Any: ...
    def tail_terms(
        self, lo: int, hi: int, term: Callable[[int], Any]
    ) -> list[Any]: ...


# -- The sums ----------------------------------------------------------------


def _tail(ops: _Ops, s: int, i: int, lo: int, hi: int | None = None) -> Any:
    """
    Return the probability that from *lo* to *hi* (by default all) of *s*
    counted ballots fall to choice *i*.
    """
    lo, hi = max(lo, 0), s if hi is None else min(hi, s)
    if lo > hi:
        return ops.prob(ops.zero)
    terms = ops.tail_terms(lo, hi, lambda x: ops.term(s, i, x))
    return ops.prob(ops.total(terms))


def _two_choices(
    ops: _Ops,
    votes: Sequence[int],
    s: int,
    context: _engine.Context,
    reach: set[_engine.Key],
) -> dict[_engine.Key, Any]:
    """
    Return the classes of a two-choice slice, each a range of the ballots
    that fall to the first choice: a majority for the second, no
    majority, a majority for the first.
    """
    total = sum(votes) + s
    half = total // 2
    first = (total - half - 1 - votes[0], half - votes[0])
    ranges = (
        (_engine.majority_key(1, context.against), None, first[0]),
        (_engine.NONE, first[0] + 1, first[1]),
        (_engine.majority_key(0, context.against), first[1] + 1, None),
    )
    out: defaultdict[_engine.Key, Any] = defaultdict(
        lambda: ops.prob(ops.zero)
    )
    for key, lo, hi in ranges:
        if key in reach:
            out[key] += _tail(ops, s, 0, 0 if lo is None else lo, hi)
    return dict(out)


def _coefficient(ops: _Ops, series: list[tuple[int, int, int]], t: int) -> Any:
    """
    Return the coefficient of ``z ** t`` in the product of the series
    ``sum(factor(i, x) * z ** x for lo <= x <= hi)`` for each
    ``(i, lo, hi)`` of *series*: a dynamic programme over the series
    whose state is the ballots allocated so far.
    """
    *first, (last, lo, hi) = series
    acc: dict[int, Any] = {0: ops.one}
    for i, a, b in first:
        new: defaultdict[int, list[Any]] = defaultdict(list)
        for so_far, value in acc.items():
            for x in range(a, min(b, t - so_far) + 1):
                new[so_far + x].append(ops.mul(value, ops.factor(i, x)))
        acc = {n: ops.total(vs) for n, vs in new.items()}
    return ops.total(
        [
            ops.mul(value, ops.factor(last, t - n))
            for n, value in acc.items()
            if lo <= t - n <= hi
        ]
    )


def _runoff(
    ops: _Ops, votes: Sequence[int], s: int, half: int, pair: tuple[int, int]
) -> Any:
    """
    Return the probability of a runoff between the choices of *pair*
    when *s* ballots are counted and no choice may pass *half*.

    Sum over the level *m* of the best of the others, split by the first
    of them (in ballot order) to reach it.
    """
    others = [j for j in range(len(votes)) if j not in pair]
    values = []
    start = max(votes[j] for j in others)
    for m in range(start, min(half, start + s + 1)):
        bounds = [
            (i, max(0, m + 1 - votes[i]), min(s, half - votes[i]))
            for i in pair
        ]
        if any(lo > hi for _, lo, hi in bounds):
            continue
        for place, j in enumerate(others):
            at = m - votes[j]
            below = [(o, 0, min(s, m - 1 - votes[o])) for o in others[:place]]
            if at > s or any(hi < 0 for _, _, hi in below):
                continue
            series = [
                *bounds,
                *below,
                *((o, 0, min(s, m - votes[o])) for o in others[place + 1 :]),
            ]
            values.append(
                ops.mul(ops.factor(j, at), _coefficient(ops, series, s - at))
            )
    return ops.prob(ops.mul(ops.scale(s), ops.total(values)))


def _allocations(caps: Sequence[int], total: int) -> Iterator[tuple[int, ...]]:
    """
    Yield every way of splitting *total* with part *i* at most caps[i].
    """
    if len(caps) == 1:
        if total <= caps[0]:
            yield (total,)
        return
    for x in range(min(caps[0], total) + 1):
        for rest in _allocations(caps[1:], total - x):
            yield (x, *rest)


def _no_majority_by_enumeration(
    ops: _Ops, votes: Sequence[int], s: int, context: _engine.Context
) -> dict[_engine.Key, Any]:
    """
    Return the classes without a majority and their probabilities, by
    enumerating the allocations where no choice passes half.
    """
    half = (sum(votes) + s) // 2
    caps = [min(s, half - n) for n in votes]
    out: defaultdict[_engine.Key, list[Any]] = defaultdict(list)
    for x in _allocations(caps, s):
        final = [n + y for n, y in zip(votes, x, strict=True)]
        weight = ops.scale(s)
        for i, y in enumerate(x):
            weight = ops.mul(weight, ops.factor(i, y))
        out[_engine.classify(final, context)].append(weight)
    return {key: ops.prob(ops.total(ws)) for key, ws in out.items()}


def _slice(
    ops: _Ops, votes: Sequence[int], s: int, context: _engine.Context
) -> dict[_engine.Key, Any]:
    """
    Return the outcome classes of counting *s* challenged ballots, with
    their probabilities.
    """
    total = sum(votes) + s
    reach = _engine.classes_at(votes, total, context)
    if len(reach) == 1:
        return {next(iter(reach)): ops.prob(ops.one)}
    if len(votes) == 2:  # noqa: PLR2004
        return _two_choices(ops, votes, s, context, reach)
    half = total // 2
    out: defaultdict[_engine.Key, Any] = defaultdict(
        lambda: ops.prob(ops.zero)
    )
    rest = ops.prob(ops.one)
    for i, n in enumerate(votes):
        key = _engine.majority_key(i, context.against)
        if key in reach:
            p = _tail(ops, s, i, half + 1 - n)
            out[key] += p
            rest -= p
    if not context.runoff_possible:
        # A runoff ballot of three or more choices.
        if _engine.NONE in reach:
            out[_engine.NONE] += rest
            ops.subtracted.add(_engine.NONE)
    else:
        extra = _without_majority(
            ops, votes, s, context=context, reach=reach, rest=rest
        )
        for key, p in extra.items():
            out[key] += p
    return dict(out)


def _without_majority(  # noqa: PLR0913
    ops: _Ops,
    votes: Sequence[int],
    s: int,
    *,
    context: _engine.Context,
    reach: set[_engine.Key],
    rest: Any,
) -> dict[_engine.Key, Any]:
    """
    Return the runoffs, the new election and the 102.70(d) exception of
    a slice where runoffs are possible, given the mass *rest* that no
    majority takes.
    """
    total = sum(votes) + s
    if total == context.eligible and 0 in votes:
        return _no_majority_by_enumeration(ops, votes, s, context)
    out = {}
    for key in reach:
        if key.kind == "runoff":
            p = _runoff(ops, votes, s, total // 2, (key.first, key.second))
            out[key] = p
            rest -= p
    if _engine.NULLITY in reach:
        out[_engine.NULLITY] = rest if ops.exact else max(rest, 0.0)
        ops.subtracted.add(_engine.NULLITY)
    return out


def _work(
    votes: Sequence[int], slices: Sequence[int], context: _engine.Context
) -> int:
    """
    Return an upper bound of the terms the sums take, for the limits.
    """
    k = len(votes)
    work = 0
    for s in slices:
        work += k * (s + 1)
        if not context.runoff_possible:
            continue
        if sum(votes) + s == context.eligible and 0 in votes:
            work += math.comb(s + k - 1, k - 1)
        else:
            pairs = k * (k - 1) // 2
            inner = (k - 3) * (s + 1) ** 2 + (s + 1)
            work += pairs * (s + 1) * (k - 2) * inner
    return work


# -- The public function -----------------------------------------------------


def _possible(tally: Tally, key: _engine.Key) -> PossibleOutcome:
    choices = tally.choices
    if key.kind == "maj":
        return PossibleOutcome(
            result=Result.CERTIFIED, winner=choices[key.first]
        )
    if key.kind == "runoff":
        return PossibleOutcome(
            result=Result.RUNOFF,
            runoff_between=(choices[key.first], choices[key.second]),
        )
    if key == _engine.NULLITY:
        return PossibleOutcome(result=Result.NEW_ELECTION)
    return PossibleOutcome(result=Result.NO_REPRESENTATIVE)


def _void_share(value: object) -> Fraction:
    if isinstance(value, bool) or not isinstance(
        value, int | float | Fraction
    ):
        msg = f"void_share must be a number from 0 to 1, got {value!r}"
        raise InvalidOddsError(msg, field="void_share", value=value)
    if isinstance(value, float) and not math.isfinite(value):
        q = Fraction(-1)
    else:
        q = Fraction(value)
    if not 0 <= q <= 1:
        msg = f"void_share must be a number from 0 to 1, got {value!r}"
        raise InvalidOddsError(msg, field="void_share", value=value)
    return q


def _model(value: object) -> OddsModel:
    try:
        return OddsModel(value)
    except ValueError:
        names = ", ".join(repr(m.value) for m in OddsModel)
        msg = f"model must be one of {names}, got {value!r}"
        raise InvalidOddsError(msg, field="model", value=value) from None


def _slices(
    c: int, q: Fraction, *, exact: bool
) -> tuple[list[int], list[Any], float]:
    """
    Return the numbers of counted ballots with a weight worth summing,
    their weights, and the mass left out.
    """
    if q in (0, 1):
        return [c if q == 0 else 0], [Fraction(1) if exact else 1.0], 0.0
    if exact:
        return (
            list(range(c, -1, -1)),
            [
                math.comb(c, c - s) * q ** (c - s) * (1 - q) ** s
                for s in range(c, -1, -1)
            ],
            0.0,
        )
    lq, lp = math.log(q), math.log1p(-q)
    keep, weights, left_out = [], [], 0.0
    lc = math.lgamma(c + 1)
    for s in range(c, -1, -1):
        d = c - s
        w = lc - math.lgamma(d + 1) - math.lgamma(s + 1) + d * lq + s * lp
        if w < LOG_TINY:
            left_out += math.exp(LOG_TINY)
        else:
            keep.append(s)
            weights.append(math.exp(w))
    return keep, weights, left_out


def odds_of_change(
    tally: Tally,
    *,
    model: OddsModel | str = OddsModel.LIKE_COUNTED,
    void_share: fractions.Fraction | float = 0,
    exact: bool | None = None,
) -> ChallengeOdds:
    """
    Return the odds that resolving *tally*'s challenged ballots changes
    its outcome, and the odds of each outcome, under *model*.

    The outcome is what the NLRB's rules decide on the final valid votes
    (`laborvote.decide`, with the challenged ballots resolved); it
    changes when it differs from the outcome on the valid votes counted
    alone. Each challenged ballot is void (or its challenge sustained)
    with probability *void_share*, independently of the others and of how
    it was marked; *model* (an `OddsModel` or its name) spreads the
    others over the choices. With every choice possible and a void share
    strictly between 0 and 1, the probability is 0 exactly when the
    challenges are not determinative (`laborvote.challenges_determinative`).

    Challenged ballots are not a random sample of the voters: they were
    challenged for a reason. The odds hold under the model's assumption,
    which the result states, and are never a forecast.

    Bessemer's 2022 rerun: 875 for the union, 993 against, 416 challenged.

    >>> from laborvote import Ballots, Tally
    >>> rerun = Tally(
    ...     ballots=Ballots(
    ...         unions={"RWDSU": 875}, against=993, void=59, challenged=416
    ...     ),
    ...     eligible=6153,
    ... )
    >>> odds = odds_of_change(rerun, model="uniform-prior")
    >>> odds.exact, f"{float(odds.change):.2g}"
    (True, '4.6e-11')
    >>> [(str(o), f"{float(p):.2g}") for o, p in odds.outcomes]
    [('no representative', '1'), ('certified for RWDSU', '4.6e-11')]

    "Determinative" means that a change is possible (119 of the 416
    could do it), not that it is likely.

    The sums are exact (`fractions.Fraction`) when they take at most
    20,000 terms and *void_share* is no `float`, or when *exact* is true
    (up to 100,000 terms); else
    they are in floating point (see `ChallengeOdds.error`). With two
    choices (or on a runoff ballot) the floating-point sums take O(C)
    terms in the worst case for C challenged ballots and any void share.
    On a ballot of three or more choices the runoffs cost
    O(C ** 2) terms for three choices and O(k ** 4 * C ** 3)
    beyond, times the number of void counts worth summing when the void
    share is not 0; past 4,000,000 terms the function refuses.

    Raises:
        InvalidTallyError: If *tally* is not a `Tally`.
        InvalidOddsError: If *model* is unknown, *void_share* is not a
            number from 0 to 1, the like-counted model has no valid votes
            to take shares from, or the sums would be too large.

    .. versionadded:: 26.1.0
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {tally!r}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    chosen = _model(model)
    q = _void_share(void_share)
    votes = tally.votes
    c = tally.challenged
    if chosen is OddsModel.LIKE_COUNTED and not sum(votes):
        msg = (
            "the like-counted model takes the shares of the valid votes "
            "counted, and none was counted: choose 'uniform-prior' or 'even'"
        )
        raise InvalidOddsError(msg, field="model", value=chosen.value)
    context = engine_context(tally)
    float_slices = _slices(c, q, exact=False)[0]
    work = _work(votes, float_slices, context)
    exact_work = _work(
        votes, range(c + 1) if 0 < q < 1 else float_slices, context
    )
    if exact is None:
        exact = exact_work <= EXACT_AUTO and not isinstance(void_share, float)
    if exact and exact_work > EXACT_LIMIT:
        msg = (
            f"the exact sum would take about {exact_work:,} terms, more "
            f"than {EXACT_LIMIT:,}: pass exact=False"
        )
        raise InvalidOddsError(msg, field="challenged", value=c)
    if not exact and work > FLOAT_LIMIT:
        msg = (
            f"the sum would take about {work:,} terms, more than "
            f"{FLOAT_LIMIT:,}, with {len(votes)} choices and {c:,} "
            "challenged ballots"
        )
        raise InvalidOddsError(msg, field="challenged", value=c)
    ops: _Ops = _Exact(chosen, votes, c) if exact else _Float(chosen, votes, c)
    slices, weights, left_out = _slices(c, q, exact=exact)
    now = _engine.classify(votes, context)
    dist: dict[_engine.Key, Any] = {}
    for s, w in zip(slices, weights, strict=True):
        for key, p in _slice(ops, votes, s, context).items():
            dist[key] = dist.get(key, 0) + w * p
    outcomes = sorted(
        ((key, p) for key, p in dist.items() if p),
        key=lambda kp: (-kp[1], kp[0]),
    )
    change = sum((p for key, p in outcomes if key != now), ops.prob(ops.zero))
    error, dropped = 0.0, 0.0
    if isinstance(ops, _Float):
        # Each term's logarithm adds up at most k + 3 logarithms, each
        # within 8 units in the last place of the largest: a relative
        # error per term; a sum of n terms adds n rounding errors. A
        # class found as what the others leave has their errors, as an
        # absolute error: divided by its probability, a relative one.
        k = len(votes)
        error = 9 * (k + 3) * ops.largest * _EPS + 2 * (work + c) * _EPS
        error = max(
            [error]
            + [error / dist[key] for key in ops.subtracted if dist.get(key)]
        )
        dropped = ops.skipped + left_out
    q_words = (
        "Every challenged ballot is opened and counted for a choice."
        if q == 0
        else f"Each challenged ballot is void (or its challenge sustained) "
        f"with probability {q}, independently of the others and of how it "
        "was marked."
    )
    assumption = textwrap.fill(
        f"{chosen.assumption} {q_words} Challenged ballots are not a "
        "random sample of the voters: these odds hold under this "
        "assumption only, and are not a forecast.",
        width=72,
        break_on_hyphens=False,
    )
    return ChallengeOdds(
        model=chosen,
        assumption=assumption,
        void_share=q,
        challenged=c,
        now=_possible(tally, now),
        change=change,
        outcomes=tuple((_possible(tally, key), p) for key, p in outcomes),
        exact=exact,
        error=error,
        dropped=dropped,
    )
