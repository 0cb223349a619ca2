"""
Build values that the caller has already checked, at the cost of setting
their slots.

A reader of the Board's files types and checks every cell once; building
its records through the classes' own ``__init__`` would check them again
and pay for keyword arguments, which for 4,700 rows of 20 fields is a
good part of the reading. `constructor` writes, for one frozen, slotted
attrs class, a function that takes the fields positionally and only sets
them, as attrs itself writes its ``__init__``: anyone else builds the
class itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

T = TypeVar("T")


def constructor(cls: type[T]) -> Callable[..., T]:
    """
    Return ``build(*fields)``, which makes a *cls* of its attrs fields
    given positionally, in order, without validators, converters or
    ``__attrs_post_init__``.

    >>> import attrs
    >>> @attrs.frozen
    ... class Point:
    ...     x: int = attrs.field(validator=attrs.validators.gt(0))
    ...     y: int = 0
    >>> constructor(Point)(-1, 2)
    Point(x=-1, y=2)
    """
    names = [a.name for a in attrs.fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def build({', '.join(names)}):", "    self = _new(_cls)"]
    for i, name in enumerate(names):
        # The slot's own descriptor: what object.__setattr__ would find,
        # without finding it.
        namespace[f"_set{i}"] = cls.__dict__[name].__set__
        lines.append(f"    _set{i}(self, {name})")
    lines.append("    return self")
    exec("\n".join(lines), namespace)  # noqa: S102 - our own fields' names
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = f"{cls.__qualname__}._trusted"
    return build
