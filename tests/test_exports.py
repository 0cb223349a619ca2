"""
Tests of laborvote's public surface: what it exports, and what it costs
to import.
"""

from __future__ import annotations

import enum
import inspect
import pickle
import subprocess
import sys
import types

import pytest

import laborvote
from laborvote import Ballots, Tally, exceptions

EXPORTS = [getattr(laborvote, name) for name in laborvote.__all__]
CLASSES = [obj for obj in EXPORTS if isinstance(obj, type)]

#: Modules that `import laborvote` must not import (STYLE.md: optional
#: extras load lazily; the command line's modules only with the CLI).
HEAVY = [
    "openpyxl",
    "pandas",
    "polars",
    "holidays",
    "hypothesis",
    "argparse",
    "json",
]


class TestAll:
    """
    ``laborvote.__all__`` lists exactly the public names.
    """

    def test_complete(self) -> None:
        """
        Every public class or function of the package is in ``__all__``.
        """
        public = {
            name
            for name, obj in vars(laborvote).items()
            if not name.startswith("_")
            and (inspect.isclass(obj) or inspect.isfunction(obj))
        }

        assert set() == public - set(laborvote.__all__)

    def test_exists(self) -> None:
        """
        Every name in ``__all__`` exists, once.
        """
        assert sorted(set(laborvote.__all__)) == sorted(
            name for name in laborvote.__all__ if hasattr(laborvote, name)
        )

    def test_exceptions_module(self) -> None:
        """
        The exceptions module is exported, and its ``__all__`` lists every
        exception class in it.
        """
        classes = {
            name
            for name, obj in vars(exceptions).items()
            if isinstance(obj, type) and issubclass(obj, BaseException)
        }

        assert exceptions is laborvote.exceptions
        assert sorted(classes) == sorted(exceptions.__all__)

    @pytest.mark.parametrize(
        "name", [n for n in vars(exceptions) if n.endswith("Error")]
    )
    def test_errors_subclass_root(self, name: str) -> None:
        """
        Every error class of `laborvote.exceptions` is a `LaborVoteError`.
        """
        assert issubclass(getattr(exceptions, name), exceptions.LaborVoteError)


class TestExportedNames:
    """
    Exports present themselves as ``laborvote.X`` and cannot be extended.
    """

    @pytest.mark.parametrize(
        "obj",
        [o for o in EXPORTS if not isinstance(o, types.ModuleType)],
        ids=lambda o: o.__name__,
    )
    def test_module(self, obj: object) -> None:
        """
        ``__module__`` is "laborvote" for each exported class and function.
        """
        assert "laborvote" == obj.__module__

    @pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
    def test_final(self, cls: type) -> None:
        """
        Every exported class is `typing.final`, or an enum with members,
        which cannot be subclassed at all.
        """
        if issubclass(cls, enum.Enum):
            with pytest.raises(TypeError):
                types.new_class("Sub", (cls,))
        else:
            assert getattr(cls, "__final__", False) is True

    def test_pickle(self) -> None:
        """
        A value pickles by its public name and comes back equal.
        """
        tally = Tally(
            ballots=Ballots(unions={"ALU": 2654}, against=2131),
            case_number="29-RC-288020",
        )

        assert tally == pickle.loads(pickle.dumps(tally))  # noqa: S301


class TestImportCost:
    """
    ``import laborvote`` stays light.
    """

    def test_no_heavy_imports(self) -> None:
        """
        Importing laborvote imports none of the optional extras, nor the
        command line's argparse and json.
        """
        code = (
            "import sys, laborvote\nprint('\\n'.join(sorted(sys.modules)))\n"
        )
        result = subprocess.run(  # noqa: S603 - runs this Python
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        loaded = {name.split(".")[0] for name in result.stdout.split()}

        assert [] == sorted(loaded & set(HEAVY))
