"""
A party's objection to conduct affecting the results of an election.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, final

import attrs

from . import _validators as v
from .exceptions import InvalidObjectionError


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


def _positive(_inst: object, attribute: Any, value: Any) -> None:
    v.check_count(value, attribute.name)
    if value == 0:
        msg = f"{attribute.name} must be at least 1, got {value!r}"
        raise InvalidObjectionError(msg, field=attribute.name, value=value)


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

    .. versionadded:: 26.1.0
    """

    party: str = attrs.field(validator=v.text(InvalidObjectionError))
    number: int = attrs.field(validator=_positive)
    text: str = attrs.field(validator=v.text(InvalidObjectionError))
    filed: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidObjectionError)
    )
    status: ObjectionStatus = attrs.field(
        default=ObjectionStatus.FILED,
        validator=v.instance(ObjectionStatus, InvalidObjectionError),
    )

    def as_dict(self) -> dict[str, Any]:
        """
        Return this objection as a JSON-ready `dict`.

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
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Objection:
        """
        Build an objection from the output of `as_dict`.

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
        )
