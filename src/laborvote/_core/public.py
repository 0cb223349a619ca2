"""
The ``__module__`` fix-up of every public namespace, and the loader of
the names a namespace imports on first use, each written once.

A public name says where users import it from (``laborvote.Tally``,
``laborvote.rules.Rulebook``, ``laborvote.nlrb.Record``) in its repr, its
pickle and the docs, not the private module that defines it (as trio
does). `laborvote`, `laborvote.rules` and `laborvote.nlrb` call
`publish` on their names; `laborvote` and `laborvote.nlrb` load some of
them with `lazy` (PEP 562), which publishes them as they load.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any, TypeVar

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


def lazy(
    namespace: MutableMapping[str, Any], names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """
    Return the ``__getattr__`` and ``__dir__`` (PEP 562) of a module whose
    *names* load on first use.

    *names* maps each name to the module that defines it, relative to the
    module of *namespace* (its ``globals()``). A name whose module is
    ``.name`` is that module itself; any other loads with every name of
    its module, each published (`publish`) under the module's name, so
    that all say where users import them from from the start.
    """
    where = namespace["__name__"]

    def __getattr__(name: str) -> Any:  # noqa: N807 - PEP 562
        if name not in names:
            msg = f"module {where!r} has no attribute {name!r}"
            raise AttributeError(msg)
        module = importlib.import_module(names[name], where)
        if names[name] == f".{name}":
            namespace[name] = module
            return module
        for other, home in names.items():
            if home == names[name]:
                namespace[other] = publish(getattr(module, other), where)
        return namespace[name]

    def __dir__() -> list[str]:  # noqa: N807 - PEP 562
        return sorted({*namespace, *names})

    return __getattr__, __dir__
