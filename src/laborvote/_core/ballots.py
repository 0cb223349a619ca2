"""
The choices on a ballot and what one voting unit's ballot box held.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, final

import attrs

from laborvote._core import validators as v
from laborvote._core.trusted import constructor
from laborvote.exceptions import InvalidBallotsError, InvalidChoiceError

NO_UNION = "No union"


def _choice_name(value: Any) -> str:
    """
    Return a choice's name, checked and normalised (see `Choice.name`).
    """
    return v.to_name(value, "name", InvalidChoiceError)


class ChoiceKind(enum.Enum):
    """
    What a choice on the ballot stands for.

    >>> Choice("RWDSU").kind, Choice.AGAINST.kind
    (<ChoiceKind.UNION: 'union'>, <ChoiceKind.AGAINST: 'against'>)
    >>> ChoiceKind("against")
    <ChoiceKind.AGAINST: 'against'>

    Attributes:
        UNION: A labor organization, named on the ballot.
        AGAINST: The "against participating labor organizations" (or
            "neither") box.

    .. versionadded:: 26.1.0
    """

    UNION = "union"
    AGAINST = "against"


@final
@attrs.frozen
class Choice:
    """
    One choice on the ballot: a labor organization, or the "against" box.

    >>> Choice("RWDSU")
    Choice(name='RWDSU', kind=<ChoiceKind.UNION: 'union'>)
    >>> str(Choice.AGAINST)
    'No union'

    Attributes:
        name: The labor organization's name as printed on the ballot;
            ``"No union"`` for the against choice. It is kept in Unicode's
            NFC form, with each run of whitespace (a no-break space too)
            made one space; control characters are refused.
        kind: Whether the choice is a union or the against box.
        AGAINST: The one "against participating labor organizations"
            choice, named ``"No union"``.

    .. versionadded:: 26.1.0
    """

    AGAINST: ClassVar[Choice]

    #: A choice of a name already normal (one of `Ballots.unions`, say)
    #: and its kind; nothing is checked again.
    _trusted: ClassVar[Callable[[str, ChoiceKind], Choice]]

    name: str = attrs.field(converter=_choice_name)
    kind: ChoiceKind = attrs.field(
        default=ChoiceKind.UNION,
        validator=v.instance(ChoiceKind, InvalidChoiceError),
    )

    @property
    def is_union(self) -> bool:
        """
        Whether this choice is a labor organization.

        >>> Choice("ALU").is_union, Choice.AGAINST.is_union
        (True, False)

        .. versionadded:: 26.1.0
        """
        return self.kind is ChoiceKind.UNION

    def __str__(self) -> str:
        return self.name

    def as_dict(self) -> dict[str, str]:
        """
        Return this choice as a JSON-ready `dict`.

        >>> Choice("ALU").as_dict()
        {'name': 'ALU', 'kind': 'union'}

        .. versionadded:: 26.1.0
        """
        return {"name": self.name, "kind": self.kind.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Choice:
        """
        Build a choice from the output of `as_dict`.

        >>> Choice.from_dict({"name": "No union", "kind": "against"})
        Choice(name='No union', kind=<ChoiceKind.AGAINST: 'against'>)

        Raises:
            InvalidChoiceError: If *data* does not describe a choice.

        .. versionadded:: 26.1.0
        """
        v.check_mapping(data, InvalidChoiceError)
        kind = v.parse_enum(
            ChoiceKind, data.get("kind", "union"), "kind", InvalidChoiceError
        )
        return cls(data.get("name"), kind)


Choice.AGAINST = Choice(NO_UNION, ChoiceKind.AGAINST)
Choice._trusted = constructor(Choice)  # noqa: SLF001 - its own class
_NO_UNION_KEY = v.name_key(NO_UNION)


def _pairs(value: Any) -> Any:
    """
    Turn a mapping or an iterable of pairs into a tuple of pairs.

    Anything else passes through for the validator to refuse.
    """
    if isinstance(value, Mapping):
        pairs = tuple(value.items())
    elif isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        pairs = tuple(
            tuple(p) if isinstance(p, (list, tuple)) else p for p in value
        )
    else:
        return value
    return tuple(
        (_union_name(p[0]), *p[1:]) if isinstance(p, tuple) and p else p
        for p in pairs
    )


def _union_name(name: object) -> str:
    """
    Return a union's *name*, checked and normalised.

    Raises:
        InvalidChoiceError: If it is not a name, naming the field unions.
    """
    try:
        return v.to_name(name, "name", InvalidChoiceError)
    except InvalidChoiceError as e:  # say which field: "unions"
        msg = f"unions: a union's {e}"
        raise InvalidChoiceError(msg, field="unions", value=name) from None


def _check_unions(_inst: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, tuple) or not value:
        msg = (
            "unions must name at least one labor organization, "
            f"got {v.shown(value)}"
        )
        raise InvalidBallotsError(msg, field="unions", value=value)
    seen: dict[str, str] = {}
    for pair in value:
        if not (isinstance(pair, tuple) and len(pair) == 2):  # noqa: PLR2004
            msg = f"unions must hold (name, votes) pairs, got {v.shown(pair)}"
            raise InvalidBallotsError(msg, field="unions", value=pair)
        name, votes = pair
        key = v.name_key(name)
        if key == _NO_UNION_KEY:
            msg = f"unions cannot name a labor organization {v.shown(name)}"
            raise InvalidBallotsError(msg, field="unions", value=name)
        if key in seen:
            msg = (
                f"unions name a union twice: {v.shown(seen[key])} and "
                f"{v.shown(name)}"
            )
            raise InvalidBallotsError(msg, field="unions", value=name)
        seen[key] = name
        v.check_count(votes, f"votes for {v.shown(name)}")


@final
@attrs.frozen(kw_only=True)
class Ballots:
    """
    What one voting unit's ballot box held, as the count found it.

    >>> b = Ballots(
    ...     unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    ... )
    >>> b.valid
    2536
    >>> [str(c) for c in b.choices]
    ['RWDSU', 'No union']

    A runoff between two unions has no against box: pass
    ``against=None``.

    Attributes:
        unions: ``(name, valid votes)`` for each labor organization, in
            ballot order. A mapping is accepted and kept in its order.
            Names are normalised as `Choice.name` is.
        against: Valid votes against participating labor organizations,
            or `None` if the ballot had no such box.
        void: Ballots opened but not countable; they count for nobody.
        challenged: Ballots set aside unopened (impounded).

    Raises:
        InvalidBallotsError: If no union is named, a union is named twice
            (names are compared normalised, without regard to case), or a
            ballot would offer only one choice.
        InvalidChoiceError: If a union's name is blank, padded, or holds a
            control character.
        InvalidCountError: If a count is not an `int` from 0 to
            1,000,000,000.

    .. versionadded:: 26.1.0
    """

    unions: tuple[tuple[str, int], ...] = attrs.field(
        converter=_pairs, validator=_check_unions
    )
    against: int | None = attrs.field(validator=v.optional_votes)
    void: int = attrs.field(default=0, validator=v.votes)
    challenged: int = attrs.field(default=0, validator=v.votes)

    #: Ballots from values the caller has already checked, given in the
    #: order of the fields: for a reader that has typed and checked every
    #: value (names normalised, as `Choice.name` is, none named twice nor
    #: ``"No union"``, every count an `int` from 0 to `MAX_COUNT
    #: <laborvote._core.validators.MAX_COUNT>`, and two choices at least).
    #: Nothing is checked again: anyone else builds `Ballots` itself.
    _trusted: ClassVar[
        Callable[[tuple[tuple[str, int], ...], int | None, int, int], Ballots]
    ]

    def __attrs_post_init__(self) -> None:
        if self.against is None and len(self.unions) < 2:  # noqa: PLR2004
            msg = (
                "a ballot needs two choices: add against votes or a second "
                f"union, got unions={v.shown(self.unions)} and against=None"
            )
            raise InvalidBallotsError(msg, field="against", value=None)

    @property
    def choices(self) -> tuple[Choice, ...]:
        """
        The choices in ballot order, the against choice last.

        >>> Ballots(unions={"ALU": 2654}, against=2131).choices
        (Choice(name='ALU', kind=<ChoiceKind.UNION: 'union'>), \
Choice(name='No union', kind=<ChoiceKind.AGAINST: 'against'>))

        .. versionadded:: 26.1.0
        """
        # The names are normal already: Ballots has checked them.
        union = ChoiceKind.UNION
        unions = tuple(Choice._trusted(name, union) for name, _ in self.unions)  # noqa: SLF001
        return unions if self.against is None else (*unions, Choice.AGAINST)

    @property
    def votes(self) -> tuple[int, ...]:
        """
        The valid votes of each choice, in the order of `choices`.

        >>> Ballots(unions={"ALU": 2654}, against=2131).votes
        (2654, 2131)

        .. versionadded:: 26.1.0
        """
        unions = tuple(n for _, n in self.unions)
        return unions if self.against is None else (*unions, self.against)

    @property
    def valid(self) -> int:
        """
        The valid votes counted, which are every choice's votes together.

        Void and challenged ballots are not valid votes.

        >>> Ballots(
        ...     unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ... ).valid
        4785

        .. versionadded:: 26.1.0
        """
        return sum(self.votes)

    def choice(self, name: str | Choice) -> Choice:
        """
        Return the choice called *name*, compared without regard to case.

        Names are compared as `Choice` keeps them (normalised), and then
        without regard to case.

        >>> Ballots(unions={"ALU": 2654}, against=2131).choice("alu")
        Choice(name='ALU', kind=<ChoiceKind.UNION: 'union'>)

        Raises:
            InvalidChoiceError: If no choice on this ballot has that name.

        .. versionadded:: 26.1.0
        """
        wanted = name.name if isinstance(name, Choice) else name
        if isinstance(wanted, str):
            key = v.name_key(v.normalize_name(wanted))
            for c in self.choices:
                if v.name_key(c.name) == key:
                    return c
        names = ", ".join(v.shown(c.name) for c in self.choices)
        msg = f"no choice {v.shown(wanted)} on this ballot (choices: {names})"
        raise InvalidChoiceError(msg, field="choice", value=name)

    def votes_for(self, choice: str | Choice) -> int:
        """
        Return the valid votes cast for *choice* (a `Choice` or a name).

        >>> Ballots(unions={"ALU": 2654}, against=2131).votes_for("ALU")
        2654

        Raises:
            InvalidChoiceError: If the choice is not on this ballot.

        .. versionadded:: 26.1.0
        """
        return self.votes[self.choices.index(self.choice(choice))]

    def as_dict(self) -> dict[str, Any]:
        """
        Return these ballots as a JSON-ready `dict`.

        >>> Ballots(unions={"ALU": 2654}, against=2131).as_dict()
        {'unions': {'ALU': 2654}, 'against': 2131, 'void': 0, 'challenged': 0}

        .. versionadded:: 26.1.0
        """
        return {
            "unions": dict(self.unions),
            "against": self.against,
            "void": self.void,
            "challenged": self.challenged,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ballots:
        """
        Build ballots from the output of `as_dict`.

        >>> Ballots.from_dict({"unions": {"ALU": 2654}, "against": 2131})
        Ballots(unions=(('ALU', 2654),), against=2131, void=0, challenged=0)

        Raises:
            InvalidBallotsError: If *data* is not a mapping, or its fields
                do not make ballots.

        .. versionadded:: 26.1.0
        """
        v.check_mapping(data, InvalidBallotsError)
        return cls(
            unions=data.get("unions"),
            against=data.get("against"),
            void=data.get("void", 0),
            challenged=data.get("challenged", 0),
        )


Ballots._trusted = constructor(Ballots)  # noqa: SLF001 - its own class
