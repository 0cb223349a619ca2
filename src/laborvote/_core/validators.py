"""
Validators shared by the value objects: each raises a `laborvote.exceptions`
error that names the field and shows the value.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, TypeVar

from laborvote.exceptions import InvalidCountError, InvalidValueError

_E = TypeVar("_E", bound=enum.Enum)


def check_count(value: object, field: str) -> int:
    """
    Return *value* if it is a non-negative `int` (not a `bool`).

    Raises:
        InvalidCountError: Otherwise.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{field} must be a non-negative int, got {value!r}"
        raise InvalidCountError(msg, field=field, value=value)
    return value


def count(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count.
    """
    check_count(value, attribute.name)


def optional_count(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count or `None`.
    """
    if value is not None:
        check_count(value, attribute.name)


def positive(error: type[InvalidValueError]) -> Any:
    """
    Return an attrs validator for an `int` of at least 1 (not a `bool`).
    """

    def validate(_inst: object, attribute: Any, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            msg = (
                f"{attribute.name} must be an int of at least 1, got {value!r}"
            )
            raise error(msg, field=attribute.name, value=value)

    return validate


def sentences(error: type[InvalidValueError]) -> Any:
    """
    Return an attrs validator for a tuple of non-empty strings (reasons).
    """

    def validate(_inst: object, attribute: Any, value: Any) -> None:
        if not (
            isinstance(value, tuple)
            and all(isinstance(r, str) and r for r in value)
        ):
            msg = (
                f"{attribute.name} must be a tuple of sentences, got {value!r}"
            )
            raise error(msg, field=attribute.name, value=value)

    return validate


def check_text(value: Any, field: str, error: type[InvalidValueError]) -> None:
    """
    Check that *value* is a non-blank `str` without edge whitespace.

    Raises:
        InvalidValueError: *error*, naming *field*, if it is not.
    """
    if not isinstance(value, str) or not value.strip():
        msg = f"{field} must be a non-blank str, got {value!r}"
        raise error(msg, field=field, value=value)
    if value != value.strip():
        msg = f"{field} must not start or end with whitespace, got {value!r}"
        raise error(msg, field=field, value=value)


def text(error: type[InvalidValueError]) -> Any:
    """
    Return an attrs validator for a non-blank `str` without edge whitespace.
    """

    def validate(_inst: object, attribute: Any, value: Any) -> None:
        check_text(value, attribute.name, error)

    return validate


def optional_text(error: type[InvalidValueError]) -> Any:
    """
    Return an attrs validator like `text` that also accepts `None`.
    """
    check = text(error)

    def validate(inst: object, attribute: Any, value: Any) -> None:
        if value is not None:
            check(inst, attribute, value)

    return validate


def instance(
    kind: type | tuple[type, ...],
    error: type[InvalidValueError],
    *,
    optional: bool = False,
) -> Any:
    """
    Return an attrs validator checking ``isinstance(value, kind)``.
    """

    def validate(_inst: object, attribute: Any, value: Any) -> None:
        if optional and value is None:
            return
        if not isinstance(value, kind) or (
            kind is dt.date and isinstance(value, dt.datetime)
        ):
            names = (
                kind.__name__
                if isinstance(kind, type)
                else " or ".join(k.__name__ for k in kind)
            )
            if optional:
                names += " or None"
            msg = f"{attribute.name} must be a {names}, got {value!r}"
            raise error(msg, field=attribute.name, value=value)

    return validate


def parse_enum(
    kind: type[_E], value: object, field: str, error: type[InvalidValueError]
) -> _E:
    """
    Return the member of *kind* whose value is *value*.

    Raises:
        InvalidValueError: *error*, if there is none.
    """
    try:
        return kind(value)
    except ValueError:
        words = ", ".join(repr(m.value) for m in kind)
        msg = f"{field} must be one of {words}, got {value!r}"
        raise error(msg, field=field, value=value) from None


def parse_date(
    value: object, field: str, error: type[InvalidValueError]
) -> object:
    """
    Return *value* as a `datetime.date` if it is an ISO date string.

    Anything else passes through for the field's validator to judge.

    Raises:
        InvalidValueError: *error*, if *value* is a string but no ISO date.
    """
    if not isinstance(value, str):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{field} must be an ISO date (YYYY-MM-DD), got {value!r}"
        raise error(msg, field=field, value=value) from None
