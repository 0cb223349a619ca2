"""
Tests of `laborvote.rules`' public surface.
"""

from __future__ import annotations

import enum
import inspect
import pickle
import types

import pytest

from laborvote import rules

EXPORTS = [getattr(rules, name) for name in rules.__all__]
#: The exports that can say where they live: classes and functions.
NAMED = [o for o in EXPORTS if inspect.isclass(o) or inspect.isfunction(o)]


class TestAll:
    """
    ``laborvote.rules.__all__`` lists exactly the public names.
    """

    def test_importable(self) -> None:
        """
        Every name in ``__all__`` exists, once.
        """
        assert sorted(set(rules.__all__)) == sorted(
            name for name in rules.__all__ if hasattr(rules, name)
        )

    def test_complete(self) -> None:
        """
        Every public class or function that laborvote.rules defines is in
        ``__all__``.
        """
        public = {
            name
            for name, obj in vars(rules).items()
            if not name.startswith("_")
            and (inspect.isclass(obj) or inspect.isfunction(obj))
            and obj.__module__.startswith("laborvote.rules")
        }

        assert set() == public - set(rules.__all__)


class TestExportedNames:
    """
    Exports present themselves as ``laborvote.rules.X`` and cannot be
    extended.
    """

    @pytest.mark.parametrize("obj", NAMED, ids=lambda o: o.__name__)
    def test_module(self, obj: object) -> None:
        """
        Each exported class and function says it is ``laborvote.rules.X``.
        """
        assert "laborvote.rules" == getattr(obj, "__module__", None)

    @pytest.mark.parametrize(
        "cls",
        [o for o in EXPORTS if isinstance(o, type)],
        ids=lambda c: c.__name__,
    )
    def test_final(self, cls: type) -> None:
        """
        Every exported class is final, or an enum with members.
        """
        if issubclass(cls, enum.Enum):
            with pytest.raises(TypeError):
                types.new_class("Sub", (cls,))
        else:
            assert getattr(cls, "__final__", False) is True

    def test_pickle(self) -> None:
        """
        A rulebook pickles by its public names and comes back equal.
        """
        book = rules.rulebook("nmb")

        assert book == pickle.loads(pickle.dumps(book))  # noqa: S301
