"""
Tests of `laborvote.nlrb`'s public surface.
"""

from __future__ import annotations

import enum
import inspect
import pickle
import subprocess
import sys
import types

import pytest

from laborvote import Ballots, Tally, exceptions, nlrb

EXPORTS = [getattr(nlrb, name) for name in nlrb.__all__]


class TestAll:
    """
    ``laborvote.nlrb.__all__`` lists exactly the public names.
    """

    def test_complete(self) -> None:
        """
        Every public class or function of the module is in ``__all__``.
        """
        public = {
            name
            for name, obj in vars(nlrb).items()
            if not name.startswith("_")
            and (inspect.isclass(obj) or inspect.isfunction(obj))
        }

        assert set() == public ^ set(nlrb.__all__)

    @pytest.mark.parametrize("obj", EXPORTS, ids=lambda o: o.__name__)
    def test_module(self, obj: object) -> None:
        """
        Each export says it is ``laborvote.nlrb.X``.
        """
        assert "laborvote.nlrb" == getattr(obj, "__module__", None)

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
        Records pickle by their public names and come back equal.
        """
        record = nlrb.Record(
            source=nlrb.Source(file="f.csv", row=1, line=2),
            layout=nlrb.Layout.FOIA,
            recorded=nlrb.Recorded(case_number="29-RC-288020"),
            tally=Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131)),
        )

        assert record == pickle.loads(pickle.dumps(record))  # noqa: S301


class TestErrors:
    """
    The errors the readers add refine the builtins they concern.
    """

    @pytest.mark.parametrize(
        ("error", "builtin"),
        [
            (exceptions.InvalidRecordError, ValueError),
            (exceptions.InvalidFileError, ValueError),
            (exceptions.MissingDependencyError, ImportError),
        ],
    )
    def test_hierarchy(self, error: type, builtin: type) -> None:
        """
        Each is a LaborVoteError and its builtin.
        """
        assert issubclass(error, exceptions.LaborVoteError)
        assert issubclass(error, builtin)

    def test_file_error(self) -> None:
        """
        InvalidFileError carries the path.
        """
        e = exceptions.InvalidFileError("x.csv: no header", path="x.csv")

        assert ("x.csv", "x.csv: no header") == (e.path, str(e))


class TestImportCost:
    """
    Importing the readers imports none of the optional extras.
    """

    def test_no_extras(self) -> None:
        """
        ``import laborvote.nlrb`` loads neither openpyxl, pandas nor
        polars; ``import laborvote`` does not load laborvote.nlrb.
        """
        code = (
            "import sys, laborvote\n"
            "before = 'laborvote.nlrb' in sys.modules\n"
            "import laborvote.nlrb\n"
            "print(before, *sorted(m for m in ('openpyxl', 'pandas', 'polars')"
            " if m in sys.modules))\n"
        )
        result = subprocess.run(  # noqa: S603 - runs this Python
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert "False" == result.stdout.strip()

    def test_lazy_modules(self) -> None:
        """
        ``import laborvote.nlrb`` and reading a CSV file load neither the
        workbook reader, the frames nor the election grouping; the first
        use of one of their names does, and publishes it.
        """
        code = (
            "import io, sys\n"
            "from laborvote import nlrb\n"
            "data = 'Case Number,Labor Union1,Votes for Labor Union1,"
            "Votes Against\\n10-RC-269250,RWDSU,738,1798\\n'\n"
            "[r] = nlrb.read(io.BytesIO(data.encode()))\n"
            "nlrb.audit(r)\n"
            "lazy = ('_xlsx', '_frames', '_elections')\n"
            "here = set(sys.modules)\n"
            "print(*[m for m in lazy if f'laborvote.nlrb.{m}' in here])\n"
            "print(nlrb.read_xlsx.__module__, nlrb.Inclusion.__module__)\n"
        )
        result = subprocess.run(  # noqa: S603 - runs this Python
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )

        assert ["", "laborvote.nlrb laborvote.nlrb"] == (
            result.stdout.split("\n")[:2]
        )


class TestLazyNames:
    """
    The names loaded on first use are there for ``dir()`` and attribute
    access alike, and an unknown name is an AttributeError.
    """

    def test_dir(self) -> None:
        """
        ``dir(laborvote.nlrb)`` lists every public name, loaded or not.
        """
        assert set(nlrb.__all__) <= set(dir(nlrb))

    def test_unknown_name(self) -> None:
        """
        A name that is not there says so, as a module does.
        """
        with pytest.raises(AttributeError, match=r"'laborvote\.nlrb' has no"):
            nlrb.no_such_name  # noqa: B018 - the access is the test
