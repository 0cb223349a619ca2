"""
A party's objection to conduct affecting the results of an election.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, final

import attrs

from laborvote._core import validators as v
from laborvote.exceptions import InvalidObjectionError, InvalidTransitionError


class ObjectionStatus(enum.Enum):
    """
    Where an objection stands.

    >>> import attrs
    >>> import datetime as dt
    >>> mailbox = Objection(
    ...     party="RWDSU",
    ...     number=1,
    ...     text="Employer-requested mailbox on site",
    ...     filed=dt.date(2021, 4, 16),
    ... )
    >>> mailbox.status
    <ObjectionStatus.FILED: 'filed'>
    >>> attrs.evolve(mailbox, status=ObjectionStatus.SUSTAINED).status
    <ObjectionStatus.SUSTAINED: 'sustained'>

    Attributes:
        FILED: Filed and not yet decided.
        OVERRULED: Decided against the objecting party.
        SUSTAINED: Upheld: one sustained objection can set an election
            aside.
        WITHDRAWN: Withdrawn by the party that filed it.

    .. versionadded:: 26.1.0
    """

    FILED = "filed"
    OVERRULED = "overruled"
    SUSTAINED = "sustained"
    WITHDRAWN = "withdrawn"


@final
@attrs.frozen(kw_only=True)
class Objection:
    """
    A party's objection to conduct affecting the results (29 CFR 102.69).

    >>> import datetime as dt
    >>> Objection(
    ...     party="RWDSU",
    ...     number=1,
    ...     text="Employer-requested mailbox on site",
    ...     filed=dt.date(2021, 4, 16),
    ... ).status
    <ObjectionStatus.FILED: 'filed'>

    Attributes:
        party: Who filed it: the petitioner, the employer or an intervenor.
        number: Its number in the party's filing, from 1.
        text: A short statement of the objection.
        filed: The day it was filed.
        status: Where it stands.
        decided: The day it was overruled, sustained or withdrawn, if
            known; `None` while it is filed. Never before `filed`.

    .. versionadded:: 26.1.0
    """

    party: str = attrs.field(validator=v.text(InvalidObjectionError))
    number: int = attrs.field(validator=v.positive(InvalidObjectionError))
    text: str = attrs.field(validator=v.text(InvalidObjectionError))
    filed: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidObjectionError)
    )
    status: ObjectionStatus = attrs.field(
        default=ObjectionStatus.FILED,
        validator=v.instance(ObjectionStatus, InvalidObjectionError),
    )
    decided: dt.date | None = attrs.field(
        default=None,
        validator=v.instance(dt.date, InvalidObjectionError, optional=True),
    )

    def __attrs_post_init__(self) -> None:
        if self.decided is None:
            return
        if self.status is ObjectionStatus.FILED:
            msg = (
                "a filed objection is not decided yet, so it has no "
                f"decided date, got {self.decided!r}"
            )
            raise InvalidObjectionError(
                msg, field="decided", value=self.decided
            )
        if self.decided < self.filed:
            msg = (
                f"decided must not be before filed ({self.filed}), "
                f"got {self.decided!r}"
            )
            raise InvalidObjectionError(
                msg, field="decided", value=self.decided
            )

    def as_dict(self) -> dict[str, Any]:
        """
        Return this objection as a JSON-ready `dict`.

        Dates are ISO strings; `decided` is `None` while undecided.

        >>> import datetime as dt
        >>> Objection(
        ...     party="ALU",
        ...     number=2,
        ...     text="Surveillance",
        ...     filed=dt.date(2022, 4, 8),
        ... ).as_dict()["filed"]
        '2022-04-08'

        .. versionadded:: 26.1.0
        """
        return {
            "party": self.party,
            "number": self.number,
            "text": self.text,
            "filed": self.filed.isoformat(),
            "status": self.status.value,
            "decided": (
                None if self.decided is None else self.decided.isoformat()
            ),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Objection:
        """
        Build an objection from the output of `as_dict`.

        ``status`` defaults to ``"filed"`` and ``decided`` to `None`, so
        dictionaries written before `decided` existed still load.

        >>> Objection.from_dict(
        ...     {
        ...         "party": "ALU",
        ...         "number": 2,
        ...         "text": "Surveillance",
        ...         "filed": "2022-04-08",
        ...     }
        ... ).filed
        datetime.date(2022, 4, 8)

        Raises:
            InvalidObjectionError: If a field cannot be read.

        .. versionadded:: 26.1.0
        """
        filed = v.parse_date(data.get("filed"), "filed", InvalidObjectionError)
        decided = v.parse_date(
            data.get("decided"), "decided", InvalidObjectionError
        )
        status = v.parse_enum(
            ObjectionStatus,
            data.get("status", "filed"),
            "status",
            InvalidObjectionError,
        )
        return cls(
            party=data.get("party"),  # type: ignore[arg-type]
            number=data.get("number"),  # type: ignore[arg-type]
            text=data.get("text"),  # type: ignore[arg-type]
            filed=filed,  # type: ignore[arg-type]
            status=status,
            decided=decided,  # type: ignore[arg-type]
        )

    @property
    def pending(self) -> bool:
        """
        Whether the objection is filed and not yet decided or withdrawn.

        >>> import datetime as dt
        >>> o = Objection(
        ...     party="RWDSU",
        ...     number=1,
        ...     text="Mailbox",
        ...     filed=dt.date(2021, 4, 16),
        ... )
        >>> o.pending, o.withdraw(on=dt.date(2021, 5, 3)).pending
        (True, False)

        .. versionadded:: 26.1.0
        """
        return self.status is ObjectionStatus.FILED

    def overrule(self, *, on: dt.date) -> Objection:
        """
        Return this objection overruled on the day *on*.

        An objection is overruled when the Regional Director (or the
        Board) decides against the objecting party (29 CFR 102.69(c)).

        >>> import datetime as dt
        >>> o = Objection(
        ...     party="Amazon",
        ...     number=1,
        ...     text="Delay",
        ...     filed=dt.date(2022, 4, 8),
        ... )
        >>> done = o.overrule(on=dt.date(2023, 1, 11))
        >>> done.status, done.decided
        (<ObjectionStatus.OVERRULED: 'overruled'>, datetime.date(2023, 1, 11))

        Raises:
            InvalidTransitionError: If the objection is not `pending`.
            InvalidObjectionError: If *on* is not a date, or is before
                `filed`.

        .. versionadded:: 26.1.0
        """
        return self._decide(ObjectionStatus.OVERRULED, on)

    def sustain(self, *, on: dt.date) -> Objection:
        """
        Return this objection sustained on the day *on*.

        One sustained objection is enough to set the election aside and
        direct a second election (29 CFR 102.69; Fresenius USA Mfg., 352
        NLRB 679 (2008)).

        >>> import datetime as dt
        >>> o = Objection(
        ...     party="RWDSU",
        ...     number=1,
        ...     text="Mailbox",
        ...     filed=dt.date(2021, 4, 16),
        ... )
        >>> o.sustain(on=dt.date(2021, 11, 29)).status
        <ObjectionStatus.SUSTAINED: 'sustained'>

        Raises:
            InvalidTransitionError: If the objection is not `pending`.
            InvalidObjectionError: If *on* is not a date, or is before
                `filed`.

        .. versionadded:: 26.1.0
        """
        return self._decide(ObjectionStatus.SUSTAINED, on)

    def withdraw(self, *, on: dt.date) -> Objection:
        """
        Return this objection withdrawn by its party on the day *on*.

        >>> import datetime as dt
        >>> o = Objection(
        ...     party="UAW",
        ...     number=3,
        ...     text="Captive meetings",
        ...     filed=dt.date(2024, 5, 24),
        ... )
        >>> o.withdraw(on=dt.date(2024, 6, 3)).status
        <ObjectionStatus.WITHDRAWN: 'withdrawn'>

        Raises:
            InvalidTransitionError: If the objection is not `pending`.
            InvalidObjectionError: If *on* is not a date, or is before
                `filed`.

        .. versionadded:: 26.1.0
        """
        return self._decide(ObjectionStatus.WITHDRAWN, on)

    def _decide(self, status: ObjectionStatus, on: dt.date) -> Objection:
        if not self.pending:
            msg = (
                f"objection {self.number} of {self.party!r} is already "
                f"{self.status.value}, so it cannot be {status.value}: only "
                "a filed objection can be overruled, sustained or withdrawn"
            )
            raise InvalidTransitionError(
                msg, current=self.status, attempted=status
            )
        return attrs.evolve(self, status=status, decided=on)
