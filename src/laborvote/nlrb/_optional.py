"""
Import an optional dependency, or say which extra brings it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from laborvote.exceptions import MissingDependencyError


def require(module: str, *, extra: str, purpose: str) -> ModuleType:
    """
    Return the imported *module*.

    Raises:
        MissingDependencyError: If it is not installed; the message says
            to install ``laborvote[extra]``.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = (
            f"{purpose} needs {module}, which is not installed: "
            f"pip install 'laborvote[{extra}]'"
        )
        error = MissingDependencyError(msg, extra=extra)
        error.name = module  # as ImportError names the missing module
        raise error from None
