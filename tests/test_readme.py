"""
The README's tour runs as written.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples() -> None:
    """
    Every ``>>>`` example in README.md gives the output it shows.
    """
    if not README.is_file():
        pytest.skip("README.md is not beside the tests")
    failures, tried = doctest.testfile(
        str(README), module_relative=False, optionflags=doctest.ELLIPSIS
    )

    assert (0, True) == (failures, tried > 0)
