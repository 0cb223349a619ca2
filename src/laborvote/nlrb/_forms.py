"""
The JSON form of an audited record (``laborvote audit --format jsonl``),
and its CSV row (``--format csv``): the same record, flattened by
`laborvote._core.forms.flatten`.

Election-level audit records register their own form beside this one
(see `laborvote._core.forms`).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

from laborvote._core import forms

if TYPE_CHECKING:
    from laborvote.nlrb._audit import Audit
    from laborvote.nlrb._records import Recorded


def _plain(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _recorded(recorded: Recorded) -> dict[str, Any]:
    """
    Return what the file recorded, every field of `Recorded` in its
    order, the first five in the order the first releases wrote them.
    """
    first = (
        "challenges_determinative",
        "runoff_required",
        "union_to_certify",
        "reason_closed",
        "total",
    )
    data = {name: getattr(recorded, name) for name in first}
    for field in attrs.fields(type(recorded)):
        data.setdefault(field.name, _plain(getattr(recorded, field.name)))
    return data


def audit_record(item: Audit) -> dict[str, Any]:
    """
    Return the JSON form of one audited record.

    Every key holds a value of one shape whatever the row (``null`` when
    unknown), so that the flattened rows share their CSV columns.
    """
    record = item.record
    recorded, tally = record.recorded, record.tally
    runoff = item.runoff_between
    return forms.stamp(
        "audit-record",
        {
            "row": record.source.row,
            "case_number": recorded.case_number,
            "unit_id": recorded.unit_id,
            "tally_type": recorded.tally_type,
            "result": None if item.result is None else item.result.value,
            "winner": None if item.winner is None else item.winner.name,
            "runoff_between": (
                None if runoff is None else [c.name for c in runoff]
            ),
            "challenges_determinative": item.challenges_determinative,
            "recorded": _recorded(recorded),
            "discrepancies": [d.value for d in item.discrepancies],
            "error": None if record.error is None else str(record.error),
            "line": record.source.line,
            "sheet": record.source.sheet,
            "case_type": _plain(recorded.case_type),
            "ballot_type": recorded.ballot_type,
            "votes": (
                None
                if tally is None
                else {
                    c.name: n
                    for c, n in zip(tally.choices, tally.votes, strict=True)
                }
            ),
            "file": record.source.file,
            "layout": record.layout.value,
            "kind": None if tally is None else tally.kind.value,
            "void": None if tally is None else tally.void,
            "challenged": None if tally is None else tally.challenged,
            "valid_votes": None if tally is None else tally.valid_votes,
        },
    )
