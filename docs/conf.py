"""
Sphinx configuration for the laborvote documentation.

Build it with ``nox -s docs``, which also runs every example as a doctest.
"""

from __future__ import annotations

import builtins
import importlib
from importlib.metadata import version as _version
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# -- Project ---------------------------------------------------------------

project = "laborvote"
author = "laborvote developers"
copyright = f"2026, {author}"
# The installed package's version, which is laborvote.__version__.
release = _version("laborvote")
version = ".".join(release.split(".")[:2])

# -- General ---------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# `laborvote.Tally` in prose links to whatever it names.
default_role = "any"

# -n makes every unresolved reference an error.  Without intersphinx
# inventories (see below) names from Python and from the libraries we build
# on cannot link, so let them stay plain text; a typo in one of our own
# names still fails the build.  `dt` and `st` are the modules' aliases of
# datetime and hypothesis.strategies: autodoc cannot evaluate the string
# annotations of attrs-made __init__ methods and Hypothesis-wrapped
# strategies, so it shows them as written.
_ELSEWHERE = (
    r"(attrs|collections\.abc|datetime|decimal|enum|fractions|hypothesis"
    r"|openpyxl|os|pathlib|typing|dt|st)\..*"
)
nitpick_ignore = [("any", name) for name in dir(builtins)]  # `ValueError`
nitpick_ignore_regex = [(r"py:.*", _ELSEWHERE), ("any", _ELSEWHERE)]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# -- autodoc and napoleon --------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest ---------------------------------------------------------------

# Examples in docstrings use the public names unqualified, as in
# `margin(Tally(...))`.
doctest_global_setup = """
import laborvote
from laborvote import *
"""

# -- intersphinx -----------------------------------------------------------

# Deliberately empty: the build machines reach no network but PyPI, so
# Sphinx cannot fetch the Python and attrs inventories, and the warning it
# gives for that becomes an error under -W.  The extension stays enabled so
# that adding {"python": ("https://docs.python.org/3", None), "attrs":
# ("https://www.attrs.org/en/stable/", None)} is all it takes where the
# network allows.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

# -- HTML ------------------------------------------------------------------

html_theme = "furo"
html_title = f"laborvote {release}"

# -- Tables generated from the code ----------------------------------------


class DiscrepancyTable(SphinxDirective):
    """
    Write the table of `laborvote.nlrb.Discrepancy`: each code and its
    sentence, in the order of the class, from the class itself, so that the
    documentation cannot drift from the code.
    """

    module = "laborvote.nlrb._audit"
    enum = "Discrepancy"

    def run(self) -> list[nodes.Node]:
        """
        Return the table.
        """
        module = importlib.import_module(self.module)
        if module.__file__:  # rebuild the page when the table changes
            self.env.note_dependency(module.__file__)
        group = nodes.tgroup(cols=2)
        group += [nodes.colspec(colwidth=1), nodes.colspec(colwidth=3)]
        head = nodes.thead()
        head += _row(nodes.Text("Code"), nodes.Text("Meaning"))
        body = nodes.tbody()
        body += [
            _row(nodes.literal(text=d.value), nodes.Text(d.sentence))
            for d in getattr(module, self.enum)
        ]
        group += [head, body]
        table = nodes.table()
        table += group
        return [table]


class ElectionDiscrepancyTable(DiscrepancyTable):
    """
    Write the table of `laborvote.nlrb.ElectionDiscrepancy` the same way.
    """

    module = "laborvote.nlrb._elections"
    enum = "ElectionDiscrepancy"


class UnionTable(SphinxDirective):
    """
    Write the table of the unions `laborvote.nlrb.union_key` recognizes,
    from `laborvote.nlrb.nationals`, with each entry's source.
    """

    def run(self) -> list[nodes.Node]:
        """
        Return the table.
        """
        unions = importlib.import_module("laborvote.nlrb._unions")
        if unions.__file__:
            self.env.note_dependency(unions.__file__)
        group = nodes.tgroup(cols=4)
        group += [nodes.colspec(colwidth=w) for w in (1, 3, 1, 2)]
        head = nodes.thead()
        head += _row(
            nodes.Text("Code"),
            nodes.Text("Name and other names"),
            nodes.Text("Part of"),
            nodes.Text("Source"),
        )
        body = nodes.tbody()
        body += [
            _row(
                nodes.literal(text=n.code),
                nodes.Text("; ".join((n.name, *n.aliases))),
                nodes.Text(n.parent or ""),
                nodes.reference(text=n.source, refuri=n.source),
            )
            for n in unions.nationals()
        ]
        group += [head, body]
        table = nodes.table()
        table += group
        return [table]


def _row(*cells: nodes.Node) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", cell)
        row += entry
    return row


# -- Pictures ----------------------------------------------------------------

# ```{laborvote-picture} bessemer-2021``` draws a shipped example's tally and
# outcome with laborvote.to_svg when the docs are built, inline in the HTML
# page: the pictures are made from the code, never committed as images.
# Other builders (doctest) skip them.


class _Picture(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        import laborvote  # noqa: PLC0415
        from laborvote.cli._examples import EXAMPLES  # noqa: PLC0415

        tally = EXAMPLES[self.arguments[0]].tally
        svg = laborvote.to_svg(tally, laborvote.decide(tally))
        html = f'<figure class="laborvote-picture">{svg}</figure>'
        return [nodes.raw("", html, format="html")]


def setup(app: Sphinx) -> dict[str, bool]:
    """
    Register the directives that write tables and pictures from the code.
    """
    app.add_directive("discrepancy-table", DiscrepancyTable)
    app.add_directive("election-discrepancy-table", ElectionDiscrepancyTable)
    app.add_directive("union-table", UnionTable)
    app.add_directive("laborvote-picture", _Picture)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
