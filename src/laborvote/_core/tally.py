"""
The Board's Tally of Ballots for one voting unit, and NLRB case numbers.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, final

import attrs

from laborvote._core import forms
from laborvote._core import validators as v
from laborvote._core.ballots import Ballots, Choice
from laborvote._core.trusted import constructor
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidCaseNumberError,
    InvalidTallyError,
)


class CaseType(enum.Enum):
    """
    The type of an NLRB case: the middle token of its case number.

    Representation cases are ``RC`` (a petition for certification),
    ``RD`` (decertification: votes "for" are for the incumbent union) and
    ``RM`` (an employer's petition); ``UD`` is a petition to rescind a
    union-security clause (NLRA section 9(e)).
    The other types name the Board's other proceedings, such as unfair
    labor practice charges (``CA``, ``CB``...); laborvote only parses
    them.

    >>> CaseNumber.parse("10-RD-123456").case_type
    <CaseType.RD: 'RD'>
    >>> CaseType("RC") is CaseType.RC
    True

    .. versionadded:: 26.1.0
    """

    RC = "RC"
    RD = "RD"
    RM = "RM"
    UD = "UD"
    UC = "UC"
    AC = "AC"
    CA = "CA"
    CB = "CB"
    CC = "CC"
    CD = "CD"
    CE = "CE"
    CG = "CG"
    CP = "CP"
    WH = "WH"


_CASE_TYPES = {t.value: t for t in CaseType}
_CASE_NUMBER = re.compile(r"(\d{1,2})-([A-Z]{2})-(\d{1,9})")


def _at_most(most: int) -> Any:
    """
    Return an attrs validator for a count of at most *most*: the digits
    that `CaseNumber.parse` reads, so that ``parse(str(n)) == n``.
    """

    def validate(inst: object, attribute: Any, value: Any) -> None:
        v.count(inst, attribute, value)
        if value > most:
            msg = (
                f"{attribute.name} must be at most {most:,}, "
                f"got {v.shown(value)}"
            )
            raise InvalidCaseNumberError(
                msg, field=attribute.name, value=value
            )

    return validate


@final
@attrs.frozen(kw_only=True)
class CaseNumber:
    """
    An NLRB case number such as ``10-RC-269250``: region, type, serial.

    >>> n = CaseNumber.parse("29-RC-288020")
    >>> n.region, n.case_type, n.serial
    (29, <CaseType.RC: 'RC'>, 288020)
    >>> str(n)
    '29-RC-288020'

    The text form pads the serial to six digits, as the Board writes it:

    >>> str(CaseNumber.parse("02-RC-23543"))
    '02-RC-023543'

    Attributes:
        region: The Board's regional office (``10`` is Atlanta), at
            most two digits.
        case_type: What the case is about.
        serial: The case's serial number, at most nine digits.

    Raises:
        InvalidCountError: If *region* or *serial* is not a count.
        InvalidCaseNumberError: If it has too many digits, or
            *case_type* is not a `CaseType`.

    .. versionadded:: 26.1.0
    """

    region: int = attrs.field(validator=_at_most(99))
    case_type: CaseType = attrs.field(
        validator=v.instance(CaseType, InvalidCaseNumberError)
    )
    serial: int = attrs.field(validator=_at_most(999_999_999))

    @classmethod
    def parse(cls, text: str) -> CaseNumber:
        """
        Parse a case number written the Board's way.

        Surrounding whitespace is ignored.

        >>> CaseNumber.parse(" 10-rd-123456 ")
        CaseNumber(region=10, case_type=<CaseType.RD: 'RD'>, serial=123456)

        Raises:
            InvalidCaseNumberError: If *text* is not a case number.

        .. versionadded:: 26.1.0
        """
        m = (
            _CASE_NUMBER.fullmatch(text.strip().upper())
            if isinstance(text, str)
            else None
        )
        if m is None or (case_type := _CASE_TYPES.get(m[2])) is None:
            msg = (
                "case_number must be an NLRB case number such as "
                f"'10-RC-269250', got {v.shown(text)}"
            )
            raise InvalidCaseNumberError(msg, field="case_number", value=text)
        # The pattern's digits are within the fields' bounds, and its type
        # is a CaseType: nothing is left for the validators to refuse.
        region, _, serial = m.groups()
        return cls._trusted(int(region), case_type, int(serial))

    #: A case number of values the caller has already checked (region,
    #: case type, serial); nothing is checked again.
    _trusted: ClassVar[Callable[[int, CaseType, int], CaseNumber]]

    def __str__(self) -> str:
        return f"{self.region:02d}-{self.case_type.value}-{self.serial:06d}"


CaseNumber._trusted = constructor(CaseNumber)  # noqa: SLF001 - its own class


class TallyKind(enum.Enum):
    """
    Which count of an election a tally records.

    Only `TallyKind.RUNOFF` changes the decision: there is no runoff after
    a runoff (29 CFR 102.70).

    >>> Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131)).kind
    <TallyKind.INITIAL: 'initial'>
    >>> TallyKind("rerun")
    <TallyKind.RERUN: 'rerun'>

    Attributes:
        INITIAL: The count on election day.
        REVISED: The count after challenged ballots were resolved and
            opened.
        RUNOFF: The count of a runoff election (29 CFR 102.70): no further
            runoff.
        RERUN: The count of a second (or third) election, after one was
            set aside or found a nullity.

    .. versionadded:: 26.1.0
    """

    INITIAL = "initial"
    REVISED = "revised"
    RUNOFF = "runoff"
    RERUN = "rerun"


def _optional_case_number(value: Any) -> Any:
    return CaseNumber.parse(value) if isinstance(value, str) else value


@final
@attrs.frozen(kw_only=True)
class Tally:
    """
    The Board's Tally of Ballots for one voting unit.

    Every line of the tally form is available from it, in the form's
    order: `eligible`, `void`, `votes` for each choice, `valid_votes`,
    `challenged` and `valid_plus_challenged` (see `lines`).

    >>> t = Tally(
    ...     ballots=Ballots(
    ...         unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    ...     ),
    ...     eligible=5867,
    ... )
    >>> t.valid_votes, t.valid_plus_challenged, t.ballots_cast
    (2536, 3041, 3117)

    Attributes:
        ballots: What the ballot box held.
        eligible: The approximate number of eligible voters, or `None`
            if unknown. It is approximate on the Board's form, so more
            ballots than eligible voters is not refused (an audit
            reports it).
        kind: Which count this is.
        date: The day the tally was prepared, if known.
        case_number: The NLRB case, if known. A string is parsed.
        unit_id: The voting unit (``"A"``, ``"B"``...) if known.

    .. versionadded:: 26.1.0
    """

    ballots: Ballots = attrs.field(
        validator=v.instance(Ballots, InvalidBallotsError)
    )
    eligible: int | None = attrs.field(
        default=None, validator=v.optional_votes
    )
    kind: TallyKind = attrs.field(
        default=TallyKind.INITIAL,
        validator=v.instance(TallyKind, InvalidTallyError),
    )
    date: dt.date | None = attrs.field(
        default=None,
        validator=v.instance(dt.date, InvalidTallyError, optional=True),
    )
    case_number: CaseNumber | None = attrs.field(
        default=None,
        converter=_optional_case_number,
        validator=v.instance(CaseNumber, InvalidTallyError, optional=True),
    )
    unit_id: str | None = attrs.field(
        default=None, validator=v.optional_text(InvalidTallyError)
    )

    #: A tally of values the caller has already checked, in the order of
    #: the fields: for a reader that has typed and checked every value (see
    #: `Ballots._trusted`): *eligible* a count or `None`, *date* a
    #: `datetime.date` (not a datetime) or `None`, *unit_id* a non-blank
    #: stripped `str` or `None`. Nothing is checked again: anyone else
    #: builds `Tally` itself.
    _trusted: ClassVar[
        Callable[
            [
                Ballots,
                int | None,
                TallyKind,
                dt.date | None,
                CaseNumber | None,
                str | None,
            ],
            Tally,
        ]
    ]

    @property
    def choices(self) -> tuple[Choice, ...]:
        """
        The choices in ballot order, as in `Ballots.choices`.

        >>> t = Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798))
        >>> [c.name for c in t.choices]
        ['RWDSU', 'No union']

        .. versionadded:: 26.1.0
        """
        return self.ballots.choices

    @property
    def votes(self) -> tuple[int, ...]:
        """
        The valid votes of each choice, in the order of `choices`.

        >>> Tally(ballots=Ballots(unions={"RWDSU": 738}, against=1798)).votes
        (738, 1798)

        .. versionadded:: 26.1.0
        """
        return self.ballots.votes

    @property
    def void(self) -> int:
        """
        The void ballots, which count for no choice.

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     )
        ... )
        >>> t.void
        17

        .. versionadded:: 26.1.0
        """
        return self.ballots.void

    @property
    def challenged(self) -> int:
        """
        The challenged ballots, set aside unopened.

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     )
        ... )
        >>> t.challenged
        67

        .. versionadded:: 26.1.0
        """
        return self.ballots.challenged

    @property
    def valid_votes(self) -> int:
        """
        The valid votes counted (void and challenged ballots excluded).

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     )
        ... )
        >>> t.valid_votes
        4785

        .. versionadded:: 26.1.0
        """
        return self.ballots.valid

    @property
    def valid_plus_challenged(self) -> int:
        """
        The valid votes counted plus the challenged ballots.

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     )
        ... )
        >>> t.valid_plus_challenged
        4852

        .. versionadded:: 26.1.0
        """
        return self.ballots.valid + self.ballots.challenged

    @property
    def ballots_cast(self) -> int:
        """
        Every ballot cast, whether valid, void or challenged.

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     )
        ... )
        >>> t.ballots_cast
        4869

        .. versionadded:: 26.1.0
        """
        return self.valid_plus_challenged + self.ballots.void

    def lines(self) -> tuple[tuple[str, int | None], ...]:
        """
        Return the lines of the Board's tally form as ``(label, number)``.

        >>> t = Tally(
        ...     ballots=Ballots(
        ...         unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ...     ),
        ...     eligible=8325,
        ... )
        >>> for label, n in t.lines():
        ...     print(f"{label}: {n}")
        Approximate number of eligible voters: 8325
        Number of void ballots: 17
        Number of votes cast for ALU: 2654
        Number of votes cast against participating labor organization(s): 2131
        Number of valid votes counted: 4785
        Number of challenged ballots: 67
        Number of valid votes counted plus challenged ballots: 4852

        The labels follow the Board's Tally of Ballots (Form NLRB-760) as
        far as the sources show it; the form's exact wording is not
        confirmed.

        .. versionadded:: 26.1.0
        """
        choice_lines = tuple(
            (
                f"Number of votes cast for {c.name}"
                if c.is_union
                else "Number of votes cast against participating "
                "labor organization(s)",
                n,
            )
            for c, n in zip(self.choices, self.votes, strict=True)
        )
        return (
            ("Approximate number of eligible voters", self.eligible),
            ("Number of void ballots", self.void),
            *choice_lines,
            ("Number of valid votes counted", self.valid_votes),
            ("Number of challenged ballots", self.challenged),
            (
                "Number of valid votes counted plus challenged ballots",
                self.valid_plus_challenged,
            ),
        )

    def _repr_svg_(self) -> str:
        # Drawn in notebooks; see laborvote.to_svg.
        from laborvote._core.svg import draw_tally  # noqa: PLC0415

        return draw_tally(self)

    def as_dict(self) -> dict[str, Any]:
        """
        Return this tally as a JSON-ready `dict`.

        >>> t = Tally(
        ...     ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...     case_number="29-RC-288020",
        ... )
        >>> t.as_dict()["case_number"]
        '29-RC-288020'

        The ``schema`` key names the JSON Schema the form follows (see
        :doc:`/json`).

        .. versionadded:: 26.1.0
        """
        return forms.stamp(
            "tally",
            {
                "ballots": self.ballots.as_dict(),
                "eligible": self.eligible,
                "kind": self.kind.value,
                "date": None if self.date is None else self.date.isoformat(),
                "case_number": (
                    None if self.case_number is None else str(self.case_number)
                ),
                "unit_id": self.unit_id,
            },
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tally:
        """
        Build a tally from the output of `as_dict`.

        >>> import datetime as dt
        >>> t = Tally(
        ...     ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...     date=dt.date(2022, 4, 1),
        ... )
        >>> Tally.from_dict(t.as_dict()) == t
        True

        Raises:
            InvalidTallyError: If *data* is not a mapping, or a field
                cannot be read.

        .. versionadded:: 26.1.0
        """
        v.check_mapping(data, InvalidTallyError)
        kind = v.parse_enum(
            TallyKind, data.get("kind", "initial"), "kind", InvalidTallyError
        )
        date = v.parse_date(data.get("date"), "date", InvalidTallyError)
        ballots: Any = data.get("ballots")
        return cls(
            ballots=(
                Ballots.from_dict(ballots)
                if isinstance(ballots, Mapping)
                else ballots
            ),
            eligible=data.get("eligible"),
            kind=kind,
            date=date,  # type: ignore[arg-type]
            case_number=data.get("case_number"),
            unit_id=data.get("unit_id"),
        )


Tally._trusted = constructor(Tally)  # noqa: SLF001 - its own class
