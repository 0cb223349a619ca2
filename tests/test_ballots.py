"""
Tests of `laborvote.Choice` and `laborvote.Ballots`.
"""

from __future__ import annotations

from typing import Any

import pytest

from checks import assert_refused
from laborvote import Ballots, Choice, ChoiceKind
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidChoiceError,
    InvalidCountError,
)


@pytest.fixture(name="bessemer")
def _bessemer() -> Ballots:
    """
    Return Bessemer 2021's ballot box (RULES.md section 2).
    """
    return Ballots(
        unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    )


class TestChoice:
    """
    A choice is a union by name, or the against box.
    """

    def test_union_by_default(self) -> None:
        """
        A choice named without a kind is a labor organization.
        """
        choice = Choice("ALU")

        assert (ChoiceKind.UNION, True, "ALU") == (
            choice.kind,
            choice.is_union,
            str(choice),
        )

    def test_against(self) -> None:
        """
        The against choice is called "No union" and is no union.
        """
        assert ("No union", ChoiceKind.AGAINST, False) == (
            str(Choice.AGAINST),
            Choice.AGAINST.kind,
            Choice.AGAINST.is_union,
        )

    def test_as_dict(self) -> None:
        """
        ``as_dict`` gives the name and the kind's word.
        """
        assert {"name": "No union", "kind": "against"} == (
            Choice.AGAINST.as_dict()
        )

    def test_from_dict_defaults_to_union(self) -> None:
        """
        A dict without a kind describes a union.
        """
        assert Choice("ALU") == Choice.from_dict({"name": "ALU"})

    @pytest.mark.parametrize("name", ["", "   ", None, 5, b"ALU"])
    def test_blank_or_not_text_name(self, name: object) -> None:
        """
        A name must be a non-blank str.
        """
        assert_refused(
            InvalidChoiceError,
            "name",
            name,
            lambda: Choice(name),
        )

    @pytest.mark.parametrize("name", [" ALU", "ALU ", "ALU\n"])
    def test_padded_name(self, name: str) -> None:
        """
        A name must not start or end with whitespace.
        """
        assert_refused(InvalidChoiceError, "name", name, lambda: Choice(name))

    def test_kind_must_be_enum(self) -> None:
        """
        The kind is a `ChoiceKind`, not its word.
        """
        assert_refused(
            InvalidChoiceError,
            "kind",
            "union",
            lambda: Choice("ALU", "union"),  # type: ignore[arg-type]
        )

    def test_from_dict_unknown_kind(self) -> None:
        """
        ``from_dict`` refuses a kind that is not a `ChoiceKind` value.
        """
        assert_refused(
            InvalidChoiceError,
            "kind",
            "neither",
            lambda: Choice.from_dict({"name": "X", "kind": "neither"}),
        )


class TestBallots:
    """
    What a ballot box held: votes per choice in ballot order, void and
    challenged ballots.
    """

    def test_choices_against_last(self, bessemer: Ballots) -> None:
        """
        The choices are the unions in ballot order, the against box last.
        """
        assert (Choice("RWDSU"), Choice.AGAINST) == bessemer.choices

    def test_votes_and_valid(self, bessemer: Ballots) -> None:
        """
        The valid votes are the choices' votes, without void or
        challenged ballots: 738 + 1,798 = 2,536 (RULES.md section 2).
        """
        assert ((738, 1798), 2536) == (bessemer.votes, bessemer.valid)

    def test_runoff_between_two_unions(self) -> None:
        """
        A ballot without an against box has only the unions, in order.
        """
        box = Ballots(unions=[("B", 3), ("A", 5)], against=None)

        assert ((Choice("B"), Choice("A")), (3, 5), 8) == (
            box.choices,
            box.votes,
            box.valid,
        )

    def test_mapping_and_pairs_are_equal(self) -> None:
        """
        A mapping and a list of [name, votes] lists make the same ballots.
        """
        by_mapping = Ballots(unions={"A": 1, "B": 2}, against=0)
        by_lists = Ballots(unions=[["A", 1], ["B", 2]], against=0)

        assert by_mapping == by_lists

    def test_choice_ignores_case(self, bessemer: Ballots) -> None:
        """
        ``choice`` finds a choice by name whatever the case.
        """
        assert (Choice("RWDSU"), Choice.AGAINST) == (
            bessemer.choice("rwdsu"),
            bessemer.choice("NO UNION"),
        )

    def test_choice_of_a_choice(self, bessemer: Ballots) -> None:
        """
        ``choice`` also accepts a `Choice`.
        """
        assert Choice.AGAINST == bessemer.choice(Choice.AGAINST)

    @pytest.mark.parametrize("name", ["ALU", 7])
    def test_choice_not_on_ballot(self, bessemer: Ballots, name: Any) -> None:
        """
        Asking for a choice that is not on the ballot raises
        `InvalidChoiceError` naming the choices.
        """
        e = assert_refused(
            InvalidChoiceError, "choice", name, lambda: bessemer.choice(name)
        )

        assert "'RWDSU', 'No union'" in str(e)

    def test_against_not_on_a_two_union_ballot(self) -> None:
        """
        A runoff ballot between two unions has no against choice.
        """
        box = Ballots(unions={"A": 1, "B": 2}, against=None)

        with pytest.raises(InvalidChoiceError):
            box.votes_for(Choice.AGAINST)

    def test_votes_for(self, bessemer: Ballots) -> None:
        """
        ``votes_for`` gives a choice's valid votes, by name or choice.
        """
        assert (738, 1798) == (
            bessemer.votes_for("RWDSU"),
            bessemer.votes_for(Choice.AGAINST),
        )

    def test_as_dict(self, bessemer: Ballots) -> None:
        """
        ``as_dict`` gives the unions as a mapping in ballot order.
        """
        expected = {
            "unions": {"RWDSU": 738},
            "against": 1798,
            "void": 76,
            "challenged": 505,
        }

        assert expected == bessemer.as_dict()

    def test_from_dict_defaults(self) -> None:
        """
        ``from_dict`` takes no void and no challenged ballots by default.
        """
        box = Ballots.from_dict({"unions": {"A": 2}, "against": 1})

        assert (0, 0) == (box.void, box.challenged)


class TestBallotsRefuse:
    """
    Bad ballots raise a `laborvote.exceptions` error that names the field
    and shows the value.
    """

    @pytest.mark.parametrize(
        ("unions", "value"),
        [({}, ()), ([], ()), (None, None), ("ALU", "ALU"), (3, 3)],
    )
    def test_no_union(self, unions: Any, value: object) -> None:
        """
        A ballot names at least one labor organization.
        """
        assert_refused(
            InvalidBallotsError,
            "unions",
            value,
            lambda: Ballots(unions=unions, against=1),
        )

    @pytest.mark.parametrize(
        ("pair", "value"),
        [
            (("ALU",), ("ALU",)),
            (["ALU", 1, 2], ("ALU", 1, 2)),
            ("ALU", "ALU"),
            (None, None),
        ],
    )
    def test_not_a_pair(self, pair: Any, value: object) -> None:
        """
        Each union is a (name, votes) pair.
        """
        assert_refused(
            InvalidBallotsError,
            "unions",
            value,
            lambda: Ballots(unions=[pair], against=1),
        )

    # Bug found here: the error said field "name", which Ballots has not;
    # it now names the field "unions".
    @pytest.mark.parametrize("name", ["", " ALU", None, 3])
    def test_bad_union_name(self, name: Any) -> None:
        """
        A union's name is a non-blank, unpadded str; the error says the
        field is ``unions``.
        """
        assert_refused(
            InvalidChoiceError,
            "unions",
            name,
            lambda: Ballots(unions=[(name, 1)], against=1),
        )

    # Bug found here: the message did not name the field "unions".
    @pytest.mark.parametrize("name", ["No union", "no UNION"])
    def test_no_union_is_not_a_union(self, name: str) -> None:
        """
        "No union" is the against choice, not a labor organization's name.
        """
        assert_refused(
            InvalidBallotsError,
            "unions",
            name,
            lambda: Ballots(unions={name: 3}, against=1),
        )

    # Bug found here: the message did not name the field "unions".
    @pytest.mark.parametrize("twin", ["ALU", "alu", "Alu"])
    def test_union_named_twice(self, twin: str) -> None:
        """
        A union is named once, compared without regard to case.
        """
        e = assert_refused(
            InvalidBallotsError,
            "unions",
            twin,
            lambda: Ballots(unions=[("ALU", 1), (twin, 2)], against=0),
        )

        assert "'ALU'" in str(e)

    @pytest.mark.parametrize("votes", [-1, True, False, 2.0, "3", None])
    def test_union_votes(self, votes: Any) -> None:
        """
        A union's votes are a non-negative int, not a bool or a float.
        """
        assert_refused(
            InvalidCountError,
            "votes for 'ALU'",
            votes,
            lambda: Ballots(unions={"ALU": votes}, against=1),
        )

    @pytest.mark.parametrize("field", ["against", "void", "challenged"])
    @pytest.mark.parametrize("count", [-1, True, 1.0, "1"])
    def test_counts(self, field: str, count: object) -> None:
        """
        The against, void and challenged counts are non-negative ints,
        not bools or floats.
        """
        fields: dict[str, Any] = {"unions": {"A": 1}, "against": 1}
        fields[field] = count

        assert_refused(
            InvalidCountError, field, count, lambda: Ballots(**fields)
        )

    def test_single_choice(self) -> None:
        """
        One union and no against box is no ballot: there is nothing to
        choose between.
        """
        assert_refused(
            InvalidBallotsError,
            "against",
            None,
            lambda: Ballots(unions={"ALU": 5}, against=None),
        )
