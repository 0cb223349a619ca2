"""
The ``__module__`` fix-up of every public namespace, written once.

A public name says where users import it from (``laborvote.Tally``,
``laborvote.rules.Rulebook``, ``laborvote.nlrb.Record``) in its repr, its
pickle and the docs, not the private module that defines it (as trio
does). `laborvote`, `laborvote.rules` and `laborvote.nlrb` call
`publish` on their names.
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from typing import TypeVar

T = TypeVar("T")


def _private(module: str) -> bool:
    return any(part.startswith("_") for part in module.split("."))


def publish(obj: T, namespace: str) -> T:
    """
    Say that *obj* lives in *namespace*, if a private module defines it.

    A name already public (defined in a public module, or published by
    another namespace first) keeps its ``__module__``; objects without
    one (modules, mappings) are left alone.

    >>> class Tally:
    ...     pass
    >>> Tally.__module__ = "laborvote._core.tally"
    >>> publish(Tally, "laborvote").__module__
    'laborvote'
    """
    module = getattr(obj, "__module__", None)
    if isinstance(module, str) and _private(module):
        obj.__module__ = namespace
    return obj


def publish_all(
    namespace: MutableMapping[str, object], names: Iterable[str]
) -> None:
    """
    `publish` the *names* of a module's *namespace* (its ``globals()``)
    under the module's name.
    """
    where = namespace["__name__"]
    assert isinstance(where, str)  # noqa: S101 - a module's globals
    for name in names:
        publish(namespace[name], where)
