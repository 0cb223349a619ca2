"""
Pieces of the JSON form of an audited record (``laborvote audit --format
jsonl``, `laborvote.nlrb.Audit.as_dict`), and `flatten`, which makes the
CSV row of a form (``--format csv``): the same record, flattened.

Election-level audit records have their own form, ``election-audit``
(`laborvote.nlrb.ElectionAudit.as_dict`), flattened by the same rule.
"""

from __future__ import annotations

import enum
import json
import operator
from collections.abc import Mapping
from typing import Any

import attrs

from laborvote.nlrb._records import Recorded

#: The first keys of the form of `Recorded`, in the order the first
#: releases wrote them; its other fields follow in their own order.
_FIRST = (
    "challenges_determinative",
    "runoff_required",
    "union_to_certify",
    "reason_closed",
    "total",
)

#: The fields of `Recorded` that JSON does not hold as they are: the case
#: type (an enum) and the dates. The others are text, counts and flags.
CONVERTED = ("case_type", "tally_date", "date_filed", "date_closed")


_KEYS = (
    *_FIRST,
    *(f.name for f in attrs.fields(Recorded) if f.name not in _FIRST),
)
_VALUES = operator.attrgetter(*_KEYS)


def recorded_form(recorded: Recorded) -> dict[str, Any]:
    """
    Return what the file recorded, every field of `Recorded` in its
    order, the first five in the order the first releases wrote them.
    """
    data = dict(zip(_KEYS, _VALUES(recorded), strict=True))
    for name in CONVERTED:
        value = data[name]
        if value is not None:
            data[name] = (
                value.value
                if isinstance(value, enum.Enum)
                else value.isoformat()
            )
    return data


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def flatten(data: Mapping[str, Any]) -> dict[str, str]:
    """
    Return the CSV row of the form *data*.

    The rule: each key is a column; the keys of a nested object with
    fixed keys become columns of their own, ``parent.key``; an array, or
    an object whose keys are data (``votes``), is one cell holding its
    JSON text; a string is itself, ``null`` an empty cell, and any other
    value its JSON text (``true``, ``12``).

    >>> flatten({"a": {"b": None, "c": True}, "d": [1, 2], "e": "x"})
    {'a.b': '', 'a.c': 'true', 'd': '[1, 2]', 'e': 'x'}
    """
    row: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, Mapping) and key not in _DATA_KEYS:
            row.update({f"{key}.{k}": v for k, v in flatten(value).items()})
        else:
            row[key] = _cell(value)
    return row


#: The keys whose objects are keyed by data, not by field names.
_DATA_KEYS = frozenset({"votes", "unions"})
