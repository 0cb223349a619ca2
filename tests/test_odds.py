"""
Tests of `laborvote.odds_of_change`: the odds that resolving the
challenged ballots changes the outcome, against oracles written here.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    ChallengeOdds,
    OddsModel,
    PossibleOutcome,
    Result,
    Tally,
    TallyKind,
    challenges_determinative,
    decide,
    odds_of_change,
    resolve_challenges,
)
from laborvote.exceptions import InvalidOddsError, InvalidTallyError
from strategies import small_tallies

BESSEMER_2021 = Tally(
    ballots=Ballots(
        unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    ),
    eligible=5867,
)
BESSEMER_2022 = Tally(
    ballots=Ballots(
        unions={"RWDSU": 875}, against=993, void=59, challenged=416
    ),
    eligible=6153,
    kind=TallyKind.RERUN,
)
MODELS = list(OddsModel)


def _outcome_of(tally: Tally) -> PossibleOutcome:
    """
    Return what `laborvote.decide` says of a tally with no challenged
    ballots, as a `PossibleOutcome` (runoff pair in ballot order).
    """
    o = decide(tally)
    if o.runoff_between is not None:
        a, b = sorted(o.runoff_between, key=tally.choices.index)
        return PossibleOutcome(result=Result.RUNOFF, runoff_between=(a, b))
    return PossibleOutcome(result=o.result, winner=o.winner)


def _brute_force(
    tally: Tally, model: OddsModel, q: Fraction
) -> dict[PossibleOutcome, Fraction]:
    """
    Enumerate every sequence of fates of the challenged ballots (a choice,
    or void), weigh it under *model*, and decide the revised tally.

    The Dirichlet-multinomial is a Polya urn: each counted ballot falls to
    choice i with probability (1 + votes[i] + so far[i]) / (k + valid +
    so far), whatever fell before.
    """
    votes, k = tally.votes, len(tally.votes)
    valid = sum(votes)
    out: defaultdict[PossibleOutcome, Fraction] = defaultdict(Fraction)
    for fates in itertools.product(range(k + 1), repeat=tally.challenged):
        weight = Fraction(1)
        seen = [0] * k
        for fate in fates:
            if fate == k:
                weight *= q
                continue
            weight *= 1 - q
            if model is OddsModel.EVEN:
                weight *= Fraction(1, k)
            elif model is OddsModel.LIKE_COUNTED:
                weight *= Fraction(votes[fate], valid)
            else:
                weight *= Fraction(
                    1 + votes[fate] + seen[fate], k + valid + sum(seen)
                )
            seen[fate] += 1
        if not weight:
            continue
        revised = resolve_challenges(
            tally,
            counted=dict(zip(tally.choices, seen, strict=True)),
            void=fates.count(k),
        )
        out[_outcome_of(revised)] += weight
    return dict(out)


class TestBessemer:
    """
    The issue's anchors: Bessemer 2022 against closed forms written here,
    Bessemer 2021 at 0 under every model.
    """

    @staticmethod
    def _two_choice_exact(model: OddsModel) -> Fraction:
        """
        The union wins iff 875 + x > 993 + (416 - x), that is x >= 268 of
        the 416 challenged ballots; a tie leaves no representative.
        """
        n, y, a = 416, 875, 993
        total = Fraction(0)
        for x in range(268, n + 1):
            if model is OddsModel.UNIFORM_PRIOR:
                # Beta-binomial(n, 1 + y, 1 + a): C(n, x) B(x + 876,
                # n - x + 994) / B(876, 994), B(p, q) = (p-1)!(q-1)!/(p+q-1)!
                def beta(p: int, q: int) -> Fraction:
                    return Fraction(
                        math.factorial(p - 1) * math.factorial(q - 1),
                        math.factorial(p + q - 1),
                    )

                total += (
                    math.comb(n, x)
                    * beta(x + 1 + y, n - x + 1 + a)
                    / beta(1 + y, 1 + a)
                )
            else:
                p = (
                    Fraction(1, 2)
                    if model is OddsModel.EVEN
                    else Fraction(y, y + a)
                )
                total += math.comb(n, x) * p**x * (1 - p) ** (n - x)
        return total

    @pytest.mark.parametrize("model", MODELS)
    def test_2022_exact(self, model: OddsModel) -> None:
        """
        Without void ballots, the exact odds of each model equal the
        closed form.
        """
        odds = odds_of_change(BESSEMER_2022, model=model, exact=True)
        union = BESSEMER_2022.choices[0]

        assert self._two_choice_exact(model) == odds.change
        assert odds.exact
        assert odds.change == odds.probability(
            PossibleOutcome(result=Result.CERTIFIED, winner=union)
        )
        assert 1 == sum(p for _, p in odds.outcomes)

    @pytest.mark.parametrize("model", MODELS)
    def test_2022_float(self, model: OddsModel) -> None:
        """
        The floating-point odds are within the stated error of the exact
        ones.
        """
        odds = odds_of_change(BESSEMER_2022, model=model, exact=False)

        assert not odds.exact
        exact = float(self._two_choice_exact(model))

        assert 0 < odds.error < 1e-8
        assert abs(exact - odds.change) <= odds.error * exact + odds.dropped

    @pytest.mark.parametrize("model", MODELS)
    def test_2022_with_void(self, model: OddsModel) -> None:
        """
        With a tenth of the challenged ballots void, the odds equal a sum
        over the number void, written here in log space.
        """
        q, n = 0.1, 416
        expected = 0.0
        for d in range(n + 1):
            s = n - d
            slice_ = math.exp(
                math.lgamma(n + 1)
                - math.lgamma(d + 1)
                - math.lgamma(s + 1)
                + d * math.log(q)
                + s * math.log(1 - q)
            )
            # The union wins iff 875 + x > 993 + s - x.
            for x in range(s + 1):
                if 2 * x <= 118 + s:
                    continue
                if model is OddsModel.UNIFORM_PRIOR:
                    a, b = 876, 994
                    log_term = (
                        math.lgamma(s + 1)
                        - math.lgamma(x + 1)
                        - math.lgamma(s - x + 1)
                        + math.lgamma(x + a)
                        + math.lgamma(s - x + b)
                        - math.lgamma(s + a + b)
                        - math.lgamma(a)
                        - math.lgamma(b)
                        + math.lgamma(a + b)
                    )
                else:
                    p = 0.5 if model is OddsModel.EVEN else 875 / 1868
                    log_term = (
                        math.lgamma(s + 1)
                        - math.lgamma(x + 1)
                        - math.lgamma(s - x + 1)
                        + x * math.log(p)
                        + (s - x) * math.log(1 - p)
                    )
                expected += slice_ * math.exp(log_term)
        odds = odds_of_change(BESSEMER_2022, model=model, void_share=q)

        assert expected == pytest.approx(odds.change, rel=1e-9, abs=1e-300)
        assert abs(expected - odds.change) <= (
            odds.error * expected + odds.dropped
        )

    @pytest.mark.parametrize("q", [0, Fraction(1, 5), 0.5, 1])
    @pytest.mark.parametrize("model", MODELS)
    def test_2021_zero(self, model: OddsModel, q: float) -> None:
        """
        However the 505 ballots fall, the outcome stays: odds 0 under
        every model and void share.
        """
        odds = odds_of_change(BESSEMER_2021, model=model, void_share=q)

        assert 0 == odds.change
        assert [odds.now] == [o for o, _ in odds.outcomes]
        assert (
            pytest.approx(1, abs=odds.error + odds.dropped)
            == (odds.outcomes[0][1])
        )
        assert "no representative" == str(odds.now)

    def test_assumption(self) -> None:
        """
        The result states the model, the void share, and that it is no
        forecast.
        """
        odds = odds_of_change(
            BESSEMER_2022,
            model="uniform-prior",
            void_share=Fraction(1, 10),
        )
        words = " ".join(odds.assumption.split())

        assert OddsModel.UNIFORM_PRIOR is odds.model
        assert " ".join(OddsModel.UNIFORM_PRIOR.assumption.split()) in words
        assert "with probability 1/10" in words
        assert "not a forecast" in words
        assert "not a random sample" in words

    def test_as_dict(self) -> None:
        """
        `as_dict` is JSON-ready: floats, names and words.
        """
        data = odds_of_change(BESSEMER_2022).as_dict()

        assert "like-counted" == data["model"]
        assert {
            "result": "no_representative",
            "winner": None,
            "runoff_between": None,
        } == data["now"]
        assert ["no_representative", "certified"] == [
            o["result"] for o in data["outcomes"]
        ]
        assert isinstance(data["change"], float)
        assert "\n" not in data["assumption"]


class TestBruteForce:
    """
    Exact agreement with an enumeration of every way the challenged
    ballots can fall, on small tallies of two to four choices.
    """

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        tally=small_tallies(max_choices=4, max_votes=6, max_challenged=4),
        model=st.sampled_from(MODELS),
        q=st.sampled_from([Fraction(0), Fraction(1, 3), Fraction(1)]),
    )
    @example(  # the 102.70(d) slice: every eligible voter's ballot valid
        tally=Tally(
            ballots=Ballots(unions={"A": 2, "B": 1}, against=0, challenged=3),
            eligible=6,
        ),
        model=OddsModel.EVEN,
        q=Fraction(1, 3),
    )
    @example(  # three choices that can end in a runoff of any pair
        tally=Tally(
            ballots=Ballots(unions={"A": 2, "B": 2}, against=1, challenged=4)
        ),
        model=OddsModel.UNIFORM_PRIOR,
        q=Fraction(0),
    )
    def test_distribution(
        self, tally: Tally, model: OddsModel, q: Fraction
    ) -> None:
        """
        Every outcome's exact probability equals the enumeration's.
        """
        if model is OddsModel.LIKE_COUNTED and not tally.valid_votes:
            with pytest.raises(InvalidOddsError):
                odds_of_change(tally, model=model)
            return
        odds = odds_of_change(tally, model=model, void_share=q, exact=True)
        expected = _brute_force(tally, model, q)

        assert expected == dict(odds.outcomes)
        assert sum(p for o, p in expected.items() if o != odds.now) == (
            odds.change
        )
        set_aside = resolve_challenges(tally, void=tally.challenged)
        assert _outcome_of(set_aside) == odds.now

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(
        tally=small_tallies(max_choices=4, max_votes=12, max_challenged=9),
        model=st.sampled_from([OddsModel.EVEN, OddsModel.UNIFORM_PRIOR]),
        q=st.sampled_from([Fraction(0), Fraction(1, 4)]),
    )
    def test_float_within_error(
        self, tally: Tally, model: OddsModel, q: Fraction
    ) -> None:
        """
        The floating-point odds are within the stated error of the exact
        ones, outcome by outcome.
        """
        exact = odds_of_change(tally, model=model, void_share=q, exact=True)
        approx = odds_of_change(tally, model=model, void_share=q, exact=False)
        exact_p = dict(exact.outcomes)

        assert set(exact_p) >= {o for o, _ in approx.outcomes}
        bound = approx.error
        for o, p in exact_p.items():
            assert abs(float(p) - approx.probability(o)) <= (
                bound * float(p) + approx.dropped
            )
        assert abs(float(exact.change) - approx.change) <= (
            bound * float(exact.change) + approx.dropped
        )


class TestDeterminative:
    """
    The probability is 0 exactly when the challenges are not
    determinative, under every model with full support: every choice
    possible for a counted ballot, and a void share strictly between 0
    and 1 (so that any subset of the ballots may go uncounted).
    """

    @settings(max_examples=200, deadline=None)
    @given(
        tally=small_tallies(max_choices=4, max_votes=8, max_challenged=6),
        model=st.sampled_from(MODELS),
        exact=st.booleans(),
    )
    @example(
        tally=Tally(ballots=Ballots(unions={"A": 5}, against=3, challenged=2)),
        model=OddsModel.LIKE_COUNTED,
        exact=True,
    )
    def test_zero_iff_not_determinative(
        self, *, tally: Tally, model: OddsModel, exact: bool
    ) -> None:
        """
        Zero odds iff not determinative, exact or in floating point.
        """
        full = model is not OddsModel.LIKE_COUNTED or all(tally.votes)
        if not full:
            return
        odds = odds_of_change(
            tally, model=model, void_share=Fraction(1, 3), exact=exact
        )

        assert challenges_determinative(tally) == (odds.change > 0)

    @settings(max_examples=100, deadline=None)
    @given(
        tally=small_tallies(max_choices=4, max_votes=8, max_challenged=6),
        model=st.sampled_from([OddsModel.EVEN, OddsModel.UNIFORM_PRIOR]),
    )
    def test_not_determinative_means_zero(
        self, tally: Tally, model: OddsModel
    ) -> None:
        """
        Whatever the void share, challenges that are not determinative
        have odds 0.
        """
        if challenges_determinative(tally):
            return
        for q in (0, 1, Fraction(1, 2)):
            assert 0 == odds_of_change(tally, model=model, void_share=q).change


class TestMonteCarlo:
    """
    Agreement with a seeded simulation on tallies too large to enumerate.

    Each probability must lie within 5 standard errors (plus 1/N) of the
    frequency in N = 20,000 simulated resolutions: a correct
    implementation fails with probability below about 1e-6 per outcome.
    """

    N = 20_000

    def _simulate(
        self, tally: Tally, model: OddsModel, q: float, seed: int
    ) -> dict[PossibleOutcome, float]:
        """
        Simulate the resolutions with numpy's generator.
        """
        rng = np.random.default_rng(seed)
        votes = np.array(tally.votes, dtype=float)
        k = len(votes)
        counts: defaultdict[PossibleOutcome, int] = defaultdict(int)
        decided: dict[tuple[int, ...], PossibleOutcome] = {}
        void = rng.binomial(tally.challenged, q, size=self.N)
        for d in void:
            s = tally.challenged - int(d)
            if model is OddsModel.UNIFORM_PRIOR:
                shares = rng.dirichlet(votes + 1)
            elif model is OddsModel.EVEN:
                shares = np.full(k, 1 / k)
            else:
                shares = votes / votes.sum()
            x = tuple(int(n) for n in rng.multinomial(s, shares))
            if x not in decided:
                revised = resolve_challenges(
                    tally,
                    counted=dict(zip(tally.choices, x, strict=True)),
                    void=int(d),
                )
                decided[x] = _outcome_of(revised)
            counts[decided[x]] += 1
        return {o: n / self.N for o, n in counts.items()}

    @pytest.mark.parametrize(
        ("tally", "model", "q"),
        [
            (
                Tally(
                    ballots=Ballots(
                        unions={"A": 500}, against=520, challenged=100
                    )
                ),
                OddsModel.LIKE_COUNTED,
                0.2,
            ),
            (
                Tally(
                    ballots=Ballots(
                        unions={"A": 300, "B": 280},
                        against=250,
                        challenged=150,
                    )
                ),
                OddsModel.UNIFORM_PRIOR,
                0.0,
            ),
            (
                Tally(
                    ballots=Ballots(
                        unions={"A": 40, "B": 30, "C": 30},
                        against=35,
                        challenged=25,
                    )
                ),
                OddsModel.EVEN,
                0.0,
            ),
        ],
    )
    def test_agrees(self, tally: Tally, model: OddsModel, q: float) -> None:
        """
        Every outcome's probability is within the tolerance of its
        simulated frequency.
        """
        odds = odds_of_change(tally, model=model, void_share=q)
        seen = self._simulate(tally, model, q, seed=20220331)

        assert not odds.exact
        for o in {*seen, *(o for o, _ in odds.outcomes)}:
            p = float(odds.probability(o))
            tolerance = 5 * math.sqrt(p * (1 - p) / self.N) + 1 / self.N
            assert abs(seen.get(o, 0.0) - p) <= tolerance, o


class TestRefusals:
    """
    Bad arguments raise `laborvote.exceptions.InvalidOddsError` naming the
    argument.
    """

    @pytest.mark.parametrize(
        ("kwargs", "field"),
        [
            ({"model": "coin"}, "model"),
            ({"void_share": -0.1}, "void_share"),
            ({"void_share": Fraction(3, 2)}, "void_share"),
            ({"void_share": math.nan}, "void_share"),
            ({"void_share": "0.1"}, "void_share"),
            ({"void_share": True}, "void_share"),
        ],
    )
    def test_bad_argument(self, kwargs: dict[str, object], field: str) -> None:
        """
        An unknown model or a void share outside 0 to 1 is refused.
        """
        with pytest.raises(InvalidOddsError) as info:
            odds_of_change(BESSEMER_2022, **kwargs)  # type: ignore[arg-type]

        assert field == info.value.field

    def test_not_a_tally(self) -> None:
        """
        Only a tally has odds.
        """
        with pytest.raises(InvalidTallyError):
            odds_of_change("875-993")  # type: ignore[arg-type]

    def test_like_counted_without_votes(self) -> None:
        """
        No valid vote, no shares to take.
        """
        tally = Tally(
            ballots=Ballots(unions={"A": 0}, against=0, challenged=3)
        )

        with pytest.raises(InvalidOddsError) as info:
            odds_of_change(tally)

        assert "model" == info.value.field
        assert Fraction(1, 2) == odds_of_change(tally, model="even").change

    def test_too_large_exact(self) -> None:
        """
        The exact sum refuses past its limit.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"A": 30, "B": 30}, against=30, challenged=60
            )
        )

        with pytest.raises(InvalidOddsError) as info:
            odds_of_change(tally, void_share=Fraction(1, 2), exact=True)

        assert "challenged" == info.value.field

    def test_too_large(self) -> None:
        """
        A large ballot of four choices is refused in floating point too.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"A": 300, "B": 280, "C": 260},
                against=250,
                challenged=400,
            )
        )

        with pytest.raises(InvalidOddsError) as info:
            odds_of_change(tally)

        assert "challenged" == info.value.field


class TestValues:
    """
    The result's small helpers.
    """

    def test_probability_absent(self) -> None:
        """
        An outcome that cannot happen has probability 0, in the result's
        number type.
        """
        odds = odds_of_change(BESSEMER_2021)
        runoff = PossibleOutcome(result=Result.NEW_ELECTION)

        assert Fraction(0) == odds.probability(runoff)
        assert isinstance(odds.probability(runoff), Fraction)
        approx = odds_of_change(BESSEMER_2022, void_share=0.3)
        assert 0.0 == approx.probability(runoff)
        assert isinstance(approx.probability(runoff), float)

    def test_words(self) -> None:
        """
        Each possible outcome reads as a phrase.
        """
        a, b = BESSEMER_2022.choices

        assert [
            "certified for RWDSU",
            "runoff between RWDSU and No union",
            "new election",
            "no representative",
        ] == [
            str(PossibleOutcome(result=Result.CERTIFIED, winner=a)),
            str(PossibleOutcome(result=Result.RUNOFF, runoff_between=(a, b))),
            str(PossibleOutcome(result=Result.NEW_ELECTION)),
            str(PossibleOutcome(result=Result.NO_REPRESENTATIVE)),
        ]
        assert ["RWDSU", "No union"] == PossibleOutcome(
            result=Result.RUNOFF, runoff_between=(a, b)
        ).as_dict()["runoff_between"]

    def test_types(self) -> None:
        """
        The result is a `ChallengeOdds`.
        """
        assert isinstance(odds_of_change(BESSEMER_2021), ChallengeOdds)


class TestRunoffBallots:
    """
    A runoff ballot of three choices has no further runoff: only
    majorities, or no representative.
    """

    @pytest.mark.parametrize("model", ["even", "uniform-prior"])
    def test_with_against_box(self, model: str) -> None:
        """
        With no vote counted and one challenged ballot, that ballot gives
        its choice a majority: each union 1/3, no union 1/3, so a change
        (from no representative) has probability 2/3.
        """
        tally = Tally(
            ballots=Ballots(unions={"A": 0, "B": 0}, against=0, challenged=1),
            kind=TallyKind.RUNOFF,
        )

        odds = odds_of_change(tally, model=model)

        assert Fraction(2, 3) == odds.change
        assert {"A": Fraction(1, 3), "B": Fraction(1, 3)} == {
            o.winner.name: p for o, p in odds.outcomes if o.winner is not None
        }

    @pytest.mark.parametrize("model", ["even", "uniform-prior"])
    def test_only_majorities_reachable(self, model: str) -> None:
        """
        Three unions and no against box: the one challenged ballot
        certifies whichever union it is for, so the outcome surely
        changes.
        """
        tally = Tally(
            ballots=Ballots(
                unions={"A": 0, "B": 0, "C": 0}, against=None, challenged=1
            ),
            kind=TallyKind.RUNOFF,
        )

        odds = odds_of_change(tally, model=model)

        assert 1 == odds.change
        assert [Fraction(1, 3)] * 3 == [p for _, p in odds.outcomes]
