"""
Validators shared by the value objects: each raises a `laborvote.exceptions`
error that names the field and shows the value.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import reprlib
import unicodedata
from collections.abc import Mapping, Sized
from typing import Any, TypeVar

from laborvote.exceptions import InvalidCountError, InvalidValueError

_E = TypeVar("_E", bound=enum.Enum)

#: The largest count laborvote accepts: ballots, votes or voters.
#: No election has more voters (the largest, India's general election of
#: 2024, had about 970 million), and a ceiling keeps every total a small
#: number that prints in full.
MAX_COUNT = 10**9

#: The largest number that a total of counts may be (a majority of the
#: valid votes, say): a ballot's counts, each at most `MAX_COUNT`, add up
#: to less.
MAX_TOTAL = 10**10

#: The most characters of a string that an error message shows (an
#: other value's repr may take up to `SHOWN_OTHER`, enough for a date and
#: time with its time zone).
SHOWN = 60
SHOWN_OTHER = 80


class _Shown(reprlib.Repr):
    """
    `reprlib.Repr` that also cuts ints too long to print.
    """

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() <= 3 * self.maxother:  # at most ~maxother digits
            return super().repr_int(x, level)
        digits = int(x.bit_length() * math.log10(2))  # len(str(abs(x))) - 1
        digits += abs(x) >= 10**digits
        sign = "-" if x < 0 else ""
        return f"<{sign}int of {digits:,} digits>"


_SHOW = _Shown()
_SHOW.maxstring = SHOWN
_SHOW.maxother = _SHOW.maxlong = SHOWN_OTHER


def shown(value: object) -> str:
    """
    Return the repr of *value*, cut to a part of a line.

    An error message shows the value it refuses, but never more than a
    line of it: a long string or container is cut with ``...``, and an
    int too long to print says how many digits it has.
    """
    if isinstance(value, (str, bytes)) or (
        isinstance(value, Sized) and len(value) > _SHOW.maxlist
    ):
        return _SHOW.repr(value)
    try:
        text = repr(value)
    except ValueError:  # an int too long to print, somewhere inside
        return _SHOW.repr(value)
    return text if len(text) <= SHOWN_OTHER else _SHOW.repr(value)


def check_count(value: object, field: str, *, most: int = MAX_COUNT) -> int:
    """
    Return *value* if it is an `int` (not a `bool`) from 0 to *most*.

    Raises:
        InvalidCountError: Otherwise.
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{field} must be a non-negative int, got {shown(value)}"
        raise InvalidCountError(msg, field=field, value=value)
    if value > most:
        why = "no election has more voters" if most == MAX_COUNT else "a total"
        msg = f"{field} must be at most {most:,} ({why}), got {shown(value)}"
        raise InvalidCountError(msg, field=field, value=value)
    return value


def count(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count or a total of counts.
    """
    check_count(value, attribute.name, most=MAX_TOTAL)


def optional_count(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count, a total of counts, or `None`.
    """
    if value is not None:
        check_count(value, attribute.name, most=MAX_TOTAL)


def votes(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count of ballots, votes or voters.
    """
    check_count(value, attribute.name)


def optional_votes(_inst: object, attribute: Any, value: Any) -> None:
    """
    Validate an attrs field holding a count of ballots or voters, or `None`.
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
                f"{attribute.name} must be an int of at least 1, "
                f"got {shown(value)}"
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
                f"{attribute.name} must be a tuple of sentences, "
                f"got {shown(value)}"
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
        msg = f"{field} must be a non-blank str, got {shown(value)}"
        raise error(msg, field=field, value=value)
    if value != value.strip():
        msg = (
            f"{field} must not start or end with whitespace, "
            f"got {shown(value)}"
        )
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
            msg = f"{attribute.name} must be a {names}, got {shown(value)}"
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
        msg = f"{field} must be one of {words}, got {shown(value)}"
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
        msg = f"{field} must be an ISO date (YYYY-MM-DD), got {shown(value)}"
        raise error(msg, field=field, value=value) from None


# The categories of characters a name may not hold: controls (tab, newline,
# NUL...), format characters (such as bidirectional overrides), lone
# surrogates, and line and paragraph separators.
_NOT_IN_NAMES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

# Format characters that do not change how a name reads, and are dropped:
# the soft hyphen (the Board's own files have one), the zero-width space,
# non-joiner and joiner, the word joiner, and the zero-width no-break
# space (a byte-order mark).
_DROPPED = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalize_name(value: str) -> str:
    """
    Return the name *value* in NFC, each run of whitespace one space.

    Whitespace is every character that `str.isspace` calls so (a
    no-break space too), but not a control character such as a tab or a
    newline, which `to_name` refuses. Invisible format characters such as
    the soft hyphen are dropped.
    """
    value = unicodedata.normalize("NFC", value.translate(_DROPPED))
    if value.isascii() and "  " not in value and value.isprintable():
        return value  # the common case, already normal
    out = []
    space = False
    for c in value:
        if c.isspace() and unicodedata.category(c) not in _NOT_IN_NAMES:
            space = True
            continue
        if space:
            out.append(" ")
            space = False
        out.append(c)
    if space:
        out.append(" ")
    return "".join(out)


def name_key(name: str) -> str:
    """
    Return what two names must share to be the same name.

    That is Unicode's canonical caseless match (NFD, case folded, NFD
    again) of the normalised name, so ``"ALU"`` and ``"alu"`` are the same
    name, and so are ``"Café"`` with a precomposed or a combining accent.
    """
    nfd = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFD", nfd.casefold())


def to_name(value: Any, field: str, error: type[InvalidValueError]) -> str:
    """
    Return the name *value*, normalised by `normalize_name`.

    Raises:
        InvalidValueError: *error*, naming *field* and showing *value* as
            given, if it is not a `str`, is blank or padded once
            normalised, or holds a control or format character.
    """
    if not isinstance(value, str):
        msg = f"{field} must be a non-blank str, got {shown(value)}"
        raise error(msg, field=field, value=value)
    bad = (
        None
        if value.isascii() and value.isprintable()  # no control, surely
        else next(
            (
                c
                for c in value
                if unicodedata.category(c) in _NOT_IN_NAMES
                and ord(c) not in _DROPPED
            ),
            None,
        )
    )
    if bad is not None:
        label = unicodedata.name(bad, "")
        what = f"U+{ord(bad):04X}" + (f" {label}" if label else "")
        msg = (
            f"{field} must not hold control characters, got {shown(value)} "
            f"(with {what})"
        )
        raise error(msg, field=field, value=value)
    name = normalize_name(value)
    if not name.strip():
        msg = f"{field} must be a non-blank str, got {shown(value)}"
        raise error(msg, field=field, value=value)
    if name != name.strip():
        msg = (
            f"{field} must not start or end with whitespace, "
            f"got {shown(value)}"
        )
        raise error(msg, field=field, value=value)
    return name


def check_mapping(data: object, error: type[InvalidValueError]) -> None:
    """
    Check that *data*, given to a ``from_dict``, is a mapping.

    Raises:
        InvalidValueError: *error*, naming the field ``data``, if not.
    """
    if not isinstance(data, Mapping):
        msg = f"data must be a mapping (as as_dict() gives), got {shown(data)}"
        raise error(msg, field="data", value=data)
