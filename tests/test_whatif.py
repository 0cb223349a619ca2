"""
Tests of `laborvote.resolve_challenges`: what if the challenged ballots
were opened.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborvote import (
    Ballots,
    Choice,
    Result,
    Tally,
    TallyKind,
    challenges_determinative,
    decide,
    resolve_challenges,
)
from laborvote.exceptions import (
    InvalidChoiceError,
    InvalidCountError,
    InvalidResolutionError,
    InvalidTallyError,
)
from strategies import small_tallies

RERUN = Tally(
    ballots=Ballots(
        unions={"RWDSU": 875}, against=993, void=59, challenged=416
    ),
    eligible=6153,
    kind=TallyKind.RERUN,
    date=dt.date(2022, 3, 31),
    case_number="10-RC-269250",
)


@st.composite
def resolutions(draw: st.DrawFn) -> tuple[Tally, dict[Choice, int], int]:
    """
    Generate a small tally and a resolution of some of its challenged
    ballots that fits.
    """
    tally = draw(small_tallies())
    left = tally.challenged
    counted = {}
    for choice in tally.choices:
        n = draw(st.integers(min_value=0, max_value=left))
        counted[choice] = n
        left -= n
    void = draw(st.integers(min_value=0, max_value=left))
    return tally, counted, void


class TestResolve:
    """
    Resolving challenged ballots moves them to the choices and the void
    ballots, and changes nothing else.
    """

    def test_bessemer(self) -> None:
        """
        300 of the 416 split 160-140: the union trails by 98, with 116
        still sealed.
        """
        mixed: dict[str | Choice, int] = {"rwdsu": 160, Choice.AGAINST: 140}
        revised = resolve_challenges(RERUN, counted=mixed)

        assert (1035, 1133) == revised.votes
        assert (59, 116) == (revised.void, revised.challenged)
        assert TallyKind.REVISED is revised.kind
        assert revised.date is None
        assert RERUN.case_number == revised.case_number
        assert 6153 == revised.eligible
        assert Result.UNRESOLVED is decide(revised).result

    @given(resolutions())
    def test_conserves(
        self, case: tuple[Tally, dict[Choice, int], int]
    ) -> None:
        """
        Every ballot cast stays cast; each choice gains what it was given.
        """
        tally, counted, void = case
        on = dt.date(2024, 1, 1)
        revised = resolve_challenges(
            tally, counted=counted, void=void, date=on
        )

        assert tally.ballots_cast == revised.ballots_cast
        pairs = zip(tally.choices, tally.votes, strict=True)
        assert [n + counted[c] for c, n in pairs] == list(revised.votes)
        assert tally.void + void == revised.void
        assert tally.choices == revised.choices
        assert on == revised.date
        expected_kind = (
            TallyKind.RUNOFF
            if tally.kind is TallyKind.RUNOFF
            else TallyKind.REVISED
        )
        assert expected_kind is revised.kind

    @given(resolutions())
    def test_in_two_steps(
        self, case: tuple[Tally, dict[Choice, int], int]
    ) -> None:
        """
        Resolving part, then the rest, is resolving all at once.
        """
        tally, counted, void = case
        half = {c: n // 2 for c, n in counted.items()}
        first = resolve_challenges(tally, counted=half, void=void // 2)
        second = resolve_challenges(
            first,
            counted={c: n - half[c] for c, n in counted.items()},
            void=void - void // 2,
        )

        assert resolve_challenges(tally, counted=counted, void=void) == second

    @given(resolutions())
    def test_not_determinative_stays(
        self, case: tuple[Tally, dict[Choice, int], int]
    ) -> None:
        """
        When the challenges are not determinative, no resolution changes
        the outcome (29 CFR 102.69).
        """
        tally, counted, _ = case
        if challenges_determinative(tally):
            return
        all_void = resolve_challenges(tally, void=tally.challenged)
        rest = tally.challenged - sum(counted.values())
        revised = resolve_challenges(tally, counted=counted, void=rest)
        before, after = decide(all_void), decide(revised)

        assert (before.result, before.winner) == (after.result, after.winner)
        assert set(before.runoff_between or ()) == set(
            after.runoff_between or ()
        )

    def test_nothing(self) -> None:
        """
        Resolving nothing only makes the tally a revised one.
        """
        revised = resolve_challenges(RERUN)

        assert RERUN.ballots == revised.ballots


class TestRefusals:
    """
    A resolution that does not fit raises an error naming the field.
    """

    @pytest.mark.parametrize(
        ("kwargs", "error", "field"),
        [
            (
                {"counted": {"RWDSU": 400, "No union": 17}},
                InvalidResolutionError,
                "counted",
            ),
            (
                {"counted": {"RWDSU": 400}, "void": 17},
                InvalidResolutionError,
                "counted",
            ),
            ({"void": 417}, InvalidResolutionError, "void"),
            ({"counted": {"Teamsters": 1}}, InvalidChoiceError, "counted"),
            (
                {"counted": {"RWDSU": -1}},
                InvalidCountError,
                "counted['RWDSU']",
            ),
            (
                {"counted": {"RWDSU": 1.0}},
                InvalidCountError,
                "counted['RWDSU']",
            ),
            ({"void": -1}, InvalidCountError, "void"),
            ({"counted": [("RWDSU", 1)]}, InvalidResolutionError, "counted"),
            (
                {"counted": {"RWDSU": 1, "rwdsu": 1}},
                InvalidResolutionError,
                "counted",
            ),
        ],
    )
    def test_refused(
        self, kwargs: dict[str, object], error: type[Exception], field: str
    ) -> None:
        """
        Too many ballots, an unknown choice, a bad count or a bad mapping.
        """
        with pytest.raises(error) as info:
            resolve_challenges(RERUN, **kwargs)  # type: ignore[arg-type]

        assert field == info.value.field  # type: ignore[attr-defined]

    def test_not_a_tally(self) -> None:
        """
        Only a tally has challenged ballots to resolve.
        """
        with pytest.raises(InvalidTallyError):
            resolve_challenges(RERUN.ballots)  # type: ignore[arg-type]
