"""
``laborvote rules``: the rulebooks, their versions and citations; and the
options of the rulebooks that take some, for ``laborvote decide``.

A rulebook module that offers variants has a ``rulebook(*, ...)`` factory
(`laborvote.rules.uk_industrial_action.rulebook`); each of its keyword
arguments becomes an option of ``laborvote decide``, named after it, typed
by its annotation and explained by its ``Args:`` entry. Nothing here names
a rulebook.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import re
import textwrap
from collections.abc import Callable
from typing import Any, NamedTuple, get_type_hints

from laborvote import rules
from laborvote.cli import _args
from laborvote.cli._errors import flag
from laborvote.cli._output import write


class Option(NamedTuple):
    """
    One keyword argument of a rulebook factory, as a command-line option.
    """

    rulebook: str
    name: str
    kind: type
    help: str

    @property
    def flag(self) -> str:
        """
        The option, as ``--turnout-repeal``.
        """
        return flag(self.name)


def factory(name: str) -> Callable[..., rules.Rulebook] | None:
    """
    Return the ``rulebook`` factory of the rulebook *name*, if it has one.
    """
    module_name = f"laborvote.rules.{name.replace('-', '_')}"
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = getattr(module, "rulebook", None)
    return found if callable(found) else None


def _arguments_help(function: Callable[..., Any]) -> dict[str, str]:
    """
    Return the text of each entry of *function*'s ``Args:`` section.
    """
    doc = inspect.getdoc(function) or ""
    section = re.search(r"^Args:\n((?:[ ]+.*\n?|\n)*)", doc, re.MULTILINE)
    entries: dict[str, str] = {}
    current = None
    for line in (section[1] if section else "").splitlines():
        entry = re.match(r"    (\w+): (.*)", line)
        if entry:
            current = entry[1]
            entries[current] = entry[2]
        elif current is not None and line.strip():
            entries[current] += " " + line.strip()
    return entries


def options() -> list[Option]:
    """
    Return the options of every rulebook that has a factory.
    """
    found = []
    for name in rules.RULEBOOKS:
        make = factory(name)
        if make is None:
            continue
        hints = get_type_hints(make)
        texts = _arguments_help(make)
        for parameter in inspect.signature(make).parameters.values():
            kind = bool if hints[parameter.name] is bool else dt.date
            found.append(
                Option(name, parameter.name, kind, texts[parameter.name])
            )
    return found


def add_options(cmd: argparse.ArgumentParser) -> None:
    """
    Add every rulebook's options to the subcommand *cmd*.
    """
    for option in options():
        text = f"{option.rulebook}: {option.help}".replace("%", "%%")
        if option.kind is bool:
            cmd.add_argument(option.flag, action="store_true", help=text)
        else:
            cmd.add_argument(
                option.flag,
                type=_args.date,
                action=_args.Once,
                metavar="YYYY-MM-DD",
                help=text,
            )


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``rules`` subcommand to *subparsers*, with its *help* line.
    """
    cmd = subparsers.add_parser(
        "rules",
        help=summary,
    )
    cmd.set_defaults(func=run)


def run(_args: argparse.Namespace) -> int:
    """
    List the rulebooks.
    """
    lines = []
    for book in rules.RULEBOOKS.values():
        lines.extend(
            textwrap.wrap(
                f"{book.name}: {book.title}; {book.citation}",
                width=78,
                subsequent_indent="    ",
            )
        )
        for version in book.versions:
            lines.extend(
                textwrap.wrap(
                    f"{version.name}, {version.period}: {version.title} "
                    f"({version.citation})",
                    width=78,
                    initial_indent="  - ",
                    subsequent_indent="    ",
                )
            )
        lines.append("")
    lines.extend(
        textwrap.wrap(
            "Not included: Canada (federal) and Ontario. How their votes are "
            "scored (a majority of the ballots cast? any minimum "
            "participation?) is not confirmed in the sources.",
            width=78,
        )
    )
    write("\n".join(lines) + "\n")
    return 0
