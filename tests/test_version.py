"""
One version: the package's metadata, ``laborvote.__version__``,
``laborvote --version``, the docs and the changelog agree.
"""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest

import laborvote
from laborvote.cli import main

CHECKOUT = Path(__file__).resolve().parents[1]


class TestVersion:
    """
    The version is written once, in ``laborvote.__version__``.
    """

    def test_calver(self) -> None:
        """
        It is CalVer ``YY.N.MICRO``, as the changelog says.
        """
        assert re.fullmatch(r"\d\d\.\d+\.\d+", laborvote.__version__)

    def test_installed_metadata(self) -> None:
        """
        The installed distribution has the same version, whatever the
        tags of the clone it was built from.
        """
        assert laborvote.__version__ == version("laborvote")

    def test_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``laborvote --version`` prints it.
        """
        with pytest.raises(SystemExit) as info:
            main(["--version"])

        assert 0 == info.value.code
        assert f"laborvote {laborvote.__version__}\n" == (
            capsys.readouterr().out
        )

    def test_changelog_heading(self) -> None:
        """
        The changelog's newest release heading is this version, with the
        day it was released.
        """
        changelog = (CHECKOUT / "CHANGELOG.md").read_text(encoding="utf-8")
        releases = re.findall(
            r"^## \[(\d[^\]]*)\] - (\d{4}-\d{2}-\d{2})$",
            changelog,
            re.MULTILINE,
        )

        assert releases
        assert laborvote.__version__ == releases[0][0]

    def test_docs_title(self) -> None:
        """
        The documentation's title names the installed version.
        """
        conf = (CHECKOUT / "docs" / "conf.py").read_text(encoding="utf-8")

        assert 'release = _version("laborvote")' in conf
        assert 'html_title = f"laborvote {release}"' in conf

    def test_docstrings_name_it(self) -> None:
        """
        Every ``versionadded`` in the package names a released version,
        none later than this one.
        """
        found = set()
        for path in Path(laborvote.__file__).parent.rglob("*.py"):
            found.update(
                re.findall(
                    r"versionadded:: (\S+)", path.read_text(encoding="utf-8")
                )
            )

        assert found
        assert all(
            tuple(map(int, v.split("."))) <= _key(laborvote.__version__)
            for v in found
        )


def _key(text: str) -> tuple[int, ...]:
    return tuple(map(int, text.split(".")))
