"""
A shared check for the tests of bad input.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from laborvote.exceptions import InvalidValueError


def assert_refused(
    error: type[InvalidValueError],
    field: str,
    value: object,
    build: Callable[[], object],
) -> InvalidValueError:
    """
    Assert that ``build()`` raises *error* for *value* in *field*.

    The error must carry the field and the value, and its message must
    name the field and show the value's repr.
    """
    with pytest.raises(error) as info:
        build()
    e = info.value

    assert (field, value, type(value)) == (e.field, e.value, type(e.value))
    assert field in str(e)
    assert repr(value) in str(e)
    return e
