"""
Build, test and check laborvote: run ``nox`` (``nox -l`` lists the sessions).

Sessions for a Python that is not installed are skipped, unless ``CI`` is
set or ``--error-on-missing-interpreters`` is given (as ``.ci/run`` does).
"""

from __future__ import annotations

import functools

import nox

nox.needs_version = ">=2025.02.09"  # first with nox.project.dependency_groups
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "coverage", "typecheck", "docs", "lint"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = nox.project.python_versions(PYPROJECT)
group = functools.partial(nox.project.dependency_groups, PYPROJECT)

# The extras whose modules the type checkers and the docs import.
EXTRAS = ".[hypothesis,xlsx,holidays]"


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """
    Run the test suite under coverage against the installed package.
    """
    session.install(".", *group("tests"))
    session.run("coverage", "run", "-m", "pytest", *session.posargs)
    session.notify("coverage")  # combine once, after every Python has run


@nox.session
def coverage(session: nox.Session) -> None:
    """
    Combine the coverage data of every Python and require 100 %.
    """
    session.install("coverage[toml]>=7.6")
    session.run("coverage", "combine")
    session.run("coverage", "report")


@nox.session
def typecheck(session: nox.Session) -> None:
    """
    Check the types with mypy, and that the public API is fully typed.
    """
    session.install(EXTRAS, *group("typing"))
    session.run("mypy", "src", "tests", "noxfile.py", *session.posargs)
    session.run("pyright", "--verifytypes", "laborvote", "--ignoreexternal")


@nox.session
def docs(session: nox.Session) -> None:
    """
    Build the HTML docs, then run every example in them as a doctest.
    """
    session.install(EXTRAS, *group("docs"))
    for builder in ("html", "doctest"):
        session.run(
            "sphinx-build",
            # -E: read every page again, so that no warning hides in the
            # cache of an earlier build.
            *("-n", "-W", "--keep-going", "-E"),
            *("-b", builder),
            *("docs", f"docs/_build/{builder}"),
            *session.posargs,
        )


@nox.session
def lint(session: nox.Session) -> None:
    """
    Run the linters, the formatter's check and the spell checker.
    """
    session.install(*group("lint"))
    session.run("ruff", "check", *session.posargs)
    session.run("ruff", "format", "--check")
    session.run(
        "codespell", "src", "tests", "docs", "README.md", "CHANGELOG.md"
    )
    session.run("interrogate", "tests")
    session.run("validate-pyproject", "pyproject.toml")


@nox.session
def fuzz(session: nox.Session) -> None:
    """
    Run the hostile-input tests with many more examples (not part of the
    default run, which runs them with a few).
    """
    session.install(".[xlsx]", *group("tests"))
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/test_bad_input_core.py",
        "tests/test_bad_input_readers.py",
        *session.posargs,
        env={"LABORVOTE_FUZZ": session.env.get("LABORVOTE_FUZZ", "1000")},
    )


@nox.session
def bench(session: nox.Session) -> None:
    """
    Run the benchmarks (not part of the default run).
    """
    session.install(".", *group("bench"))
    session.run("python", "benchmarks/run.py", *session.posargs)
