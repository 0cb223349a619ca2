"""
The JSON forms of laborvote's objects, and the schemas they follow.

Each object laborvote prints as JSON has one form, built in one place:
its ``as_dict()`` (`laborvote.Tally`, `laborvote.Outcome`,
`laborvote.Deadline`, `laborvote.Election`, `laborvote.ElectionStatus`,
`laborvote.nlrb.Audit`), or a function for the forms that are not one
object: ``laborvote._decide.decision`` (a tally and its outcome, as
``laborvote decide --json`` prints them) and `error` here. The command
line prints those dicts and builds none of its own.

Each of those forms starts with a ``"schema"`` key naming the JSON Schema
it follows, ``urn:laborvote:schema:NAME:VERSION`` (`schema_id`). The
schemas are shipped in the package, ``laborvote/schemas/NAME.json``, each
with that URN as its ``$id``. Within a version, keys are only ever added;
a key that is removed, or whose meaning changes, takes a new version.

Adding a form (the extension point): a module calls `register` with the
form's name once, at import, builds its dict with `stamp`, and ships
``laborvote/schemas/NAME.json`` whose ``$id`` is `schema_id` of it. The
tests check that every registered form has its schema, and validate the
form against it. A form printed as CSV rows is flattened by
``laborvote.nlrb._forms.flatten``, which needs nothing more.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
