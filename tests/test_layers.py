"""
The layers of the package, proved from its imports.

Each module belongs to a layer, and imports only from layers below its own
(or from inside its own package). The layers, bottom up:

1. ``laborvote.exceptions``;
2. ``laborvote._core``: values, the one engine, exact arithmetic;
3. ``laborvote.rules``: the rulebooks;
4. ``laborvote._decide``: `laborvote.decide`, which hands a tally to a
   rulebook;
5. ``laborvote._case``: objection deadlines and the `laborvote.Election`;
6. ``laborvote`` itself (``__init__.py``, the public facade);
7. ``laborvote.nlrb`` and ``laborvote.strategies``: readers and generators
   built on the public names;
8. ``laborvote.cli`` and ``laborvote.__main__``: the command line.

Every import statement counts, including those inside functions and
``if TYPE_CHECKING:`` blocks: the test reads the source (`ast`), it does not
import it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import laborvote

#: The folder that holds the installed package.
SITE = Path(laborvote.__file__).parent.parent

#: The layer of each top-level name of the package, bottom up.
LAYERS = {
    "exceptions": 1,
    "_core": 2,
    "rules": 3,
    "_decide": 4,
    "_case": 5,
    "": 6,  # laborvote/__init__.py
    "nlrb": 7,
    "strategies": 7,
    "cli": 8,
    "__main__": 9,
}


def _module(path: Path, site: Path) -> str:
    parts = list(path.relative_to(site).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str, site: Path) -> bool:
    path = site.joinpath(*name.split("."))
    return (
        path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
    )


def _imports(path: Path, site: Path) -> set[str]:
    """
    Return every laborvote module that *path* imports, anywhere in it.
    """
    module = _module(path, site)
    package = (
        module if path.name == "__init__.py" else module.rpartition(".")[0]
    )
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *filter(None, [node.module])])
            else:
                target = node.module or ""
            # "from laborvote import rules" imports the module rules, not
            # a name of laborvote/__init__.py.
            submodules = {
                f"{target}.{a.name}"
                for a in node.names
                if _is_module(f"{target}.{a.name}", site)
            }
            found.update(submodules or {target})
    return {m for m in found if m.split(".")[0] == "laborvote"} - {module}


def _graph(site: Path) -> dict[str, set[str]]:
    """
    Return, for each module of the package under *site*, what it imports.
    """
    return {
        _module(p, site): _imports(p, site)
        for p in sorted((site / "laborvote").rglob("*.py"))
    }


def _top(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def _layer(module: str) -> int | None:
    return LAYERS.get(_top(module))


def _upward(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """
    Return every import that does not point down, as (importer, imported).
    """
    return sorted(
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if _top(target) != _top(module)
        and (_layer(target) or 0) >= (_layer(module) or 0)
    )


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    done: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append([*path[path.index(module) :], module])
            return
        if module in done or module not in graph:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return cycles


GRAPH = _graph(SITE)


class TestLayers:
    """
    "Imports point down only: ``_core`` imports nothing of the package
    above it; ``rules/`` and ``_case/`` use ``_core``; nothing but ``cli/``
    and ``__main__.py`` imports ``cli/``; no cycles" (CONTRIBUTING).
    """

    def test_every_module_has_a_layer(self) -> None:
        """
        Each module of the package belongs to a layer listed above.
        """
        assert [] == sorted(m for m in GRAPH if _layer(m) is None)

    def test_imports_point_down(self) -> None:
        """
        A module imports from its own package or from a lower layer.
        """
        assert [] == _upward(GRAPH)

    def test_no_cycles(self) -> None:
        """
        No module imports, directly or not, a module that imports it.
        """
        assert [] == _cycles(GRAPH)

    def test_the_checks_see_what_they_read(self) -> None:
        """
        The graph holds the imports the layers depend on, so that the
        checks above are not vacuous.
        """
        assert {"laborvote._core.tally", "laborvote._core.ballots"} <= GRAPH[
            "laborvote"
        ]
        assert "laborvote._decide" in GRAPH["laborvote._case.election"]

    def test_a_planted_import_fails(self, tmp_path: Path) -> None:
        """
        A core module that imports the command line, even inside a
        function, is caught; so is a cycle it closes.
        """
        package = tmp_path / "laborvote"
        for folder in ("_core", "cli"):
            (package / folder).mkdir(parents=True)
            (package / folder / "__init__.py").write_text("")
        (package / "__init__.py").write_text("")
        (package / "_core" / "planted.py").write_text(
            "def f():\n    from laborvote.cli import main\n"
        )
        (package / "cli" / "__init__.py").write_text(
            "from laborvote._core import planted\n"
        )
        graph = _graph(tmp_path)

        assert [("laborvote._core.planted", "laborvote.cli")] == _upward(graph)
        assert [
            [
                "laborvote._core.planted",
                "laborvote.cli",
                "laborvote._core.planted",
            ]
        ] == _cycles(graph)
