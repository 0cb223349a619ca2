"""
The JSON forms of laborvote's objects, and the schemas they follow.

Each object laborvote prints as JSON has one form, built in one place:
its ``as_dict()`` (`laborvote.Tally`, `laborvote.Outcome`,
`laborvote.Deadline`, `laborvote.Election`, `laborvote.ElectionStatus`,
`laborvote.nlrb.Audit`), or a function of this module for the forms that
are not one object (`decision`: a tally and its outcome, as
``laborvote decide --json`` prints them; `error`). The command line
prints those dicts and builds none of its own.

Each of those forms starts with a ``"schema"`` key naming the JSON Schema
it follows, ``urn:laborvote:schema:NAME:VERSION`` (`schema_id`). The
schemas are shipped in the package, ``laborvote/schemas/NAME.json``, each
with that URN as its ``$id``. Within a version, keys are only ever added;
a key that is removed, or whose meaning changes, takes a new version.

Adding a form (the extension point): a module calls `register` with the
form's name once, at import, builds its dict with `stamp`, and ships
``laborvote/schemas/NAME.json`` whose ``$id`` is `schema_id` of it. The
tests check that every registered form has its schema, and validate the
form against it. A form printed as CSV rows is flattened by `flatten`,
which needs nothing more.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from laborvote._core.outcome import Outcome
    from laborvote._core.tally import Tally

#: The URN scheme of the schemas: name, then version.
URN = "urn:laborvote:schema:{name}:{version}"

#: The current schema version of each form, by name.
VERSIONS: dict[str, int] = {}


def register(name: str, version: int = 1) -> str:
    """
    Register the form *name* at *version*; return its schema's `$id`.

    Registering the same name twice with the same version is harmless.

    Raises:
        ValueError: If *name* is registered with another version.
    """
    known = VERSIONS.setdefault(name, version)
    if known != version:
        msg = f"form {name!r} is at version {known}, not {version}"
        raise ValueError(msg)
    return schema_id(name)


def schema_id(name: str) -> str:
    """
    Return the `$id` of the schema of the form *name*.

    >>> schema_id("outcome")
    'urn:laborvote:schema:outcome:1'
    """
    return URN.format(name=name, version=VERSIONS[name])


def stamp(name: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """
    Return *data* with the ``"schema"`` key of the form *name* first.
    """
    return {"schema": schema_id(name), **data}


for _name in (
    "tally",
    "outcome",
    "decision",
    "deadline",
    "election",
    "election-status",
    "audit-record",
    "error",
):
    register(_name)
del _name


def decision(tally: Tally, outcome: Outcome) -> dict[str, Any]:
    """
    Return the form of *outcome*, decided on *tally*, as ``laborvote
    decide --json`` prints it.

    Its first keys summarise the two (names for choices, floats for
    shares); ``tally`` and ``outcome`` hold their own forms, exactly.
    """
    # laborvote.turnout, which this module cannot import: arithmetic
    # imports the tally, whose as_dict imports this module.
    share = (
        Fraction(tally.ballots_cast, tally.eligible)
        if tally.eligible
        else None
    )
    return stamp(
        "decision",
        {
            "result": outcome.result.value,
            "winner": None if outcome.winner is None else outcome.winner.name,
            "runoff_between": (
                None
                if outcome.runoff_between is None
                else [c.name for c in outcome.runoff_between]
            ),
            "challenges_determinative": outcome.challenges_determinative,
            "valid_votes": tally.valid_votes,
            "majority": outcome.majority,
            "void": tally.void,
            "challenged": tally.challenged,
            "eligible": tally.eligible,
            "turnout": None if share is None else float(share),
            "votes": {
                c.name: n
                for c, n in zip(tally.choices, tally.votes, strict=True)
            },
            "reasons": list(outcome.reasons),
            "rules": outcome.rules,
            "tests": [
                {
                    "name": t.name,
                    "passed": t.passed,
                    "value": None if t.value is None else float(t.value),
                    "required": float(t.required),
                }
                for t in outcome.tests
            ],
            "challenges_to_change": outcome.challenges_to_change,
            "margin": outcome.margin,
            "tally": tally.as_dict(),
            "outcome": outcome.as_dict(),
        },
    )


def _json_value(value: object) -> Any:
    """
    Return *value* if JSON can hold it as it is, else its text.
    """
    if value is None or isinstance(value, str | bool | int | float):
        return value
    return str(value)


def error(
    kind: str, message: str, *, field: str | None, value: object = None
) -> dict[str, Any]:
    """
    Return the form of an error: its *kind* (the exception's class name,
    or ``UsageError`` for a bad argument), the *field* or option at fault,
    the *value* refused (as text, unless JSON can hold it) and the
    *message*.
    """
    return stamp(
        "error",
        {
            "type": kind,
            "field": field,
            "value": _json_value(value),
            "message": message,
        },
    )


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
