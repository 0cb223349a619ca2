"""
Pictures of tallies and outcomes, as SVG text, without a dependency.

The drawing reads what it needs through small protocols, so that
`laborvote.Tally` and `laborvote.Outcome` can draw themselves
(``_repr_svg_``, for notebooks) without this module importing theirs.

A tally is drawn as a bar per choice on one scale of votes, the
majority line of the valid votes counted, and the challenged ballots as
a hatched band at the end of the trailing choice's bar, beside a dashed
line at the majority of the valid votes plus the challenged ballots:
the band reaches that line exactly when every challenged ballot counted
for the trailing choice would give it a majority. Void ballots are drawn
apart, below a rule.
"""

from __future__ import annotations

import enum
import hashlib
import textwrap
from collections.abc import Sequence
from typing import Protocol
from xml.sax.saxutils import escape, quoteattr

from laborvote._core import engine as _engine
from laborvote._core.ballots import Choice

#: The picture's width in pixels; it scales (viewBox) and reads well from
#: 400 to 800 pixels wide.
WIDTH = 640
_LEFT = 150  # the labels' column
_RIGHT = 140  # room for the figures after the bars
_PLOT = WIDTH - _LEFT - _RIGHT
_ROW = 34
_BAR = 20
_TOP = 64
_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
_UNION = "#2f6db5"
_AGAINST = "#8a8f98"
_VOID = "#c9ccd1"
_BAND = "#e0a526"
_INK = "#1f2328"


class _Tally(Protocol):
    """
    What the drawing reads of a `laborvote.Tally`.
    """

    @property
    def choices(self) -> tuple[Choice, ...]: ...
    @property
    def votes(self) -> tuple[int, ...]: ...
    @property
    def challenged(self) -> int: ...
    @property
    def void(self) -> int: ...
    @property
    def eligible(self) -> int | None: ...
    @property
    def kind(self) -> enum.Enum: ...
    @property
    def case_number(self) -> object: ...


class _Outcome(Protocol):
    """
    What the drawing reads of a `laborvote.Outcome`.
    """

    @property
    def result(self) -> enum.Enum: ...
    @property
    def winner(self) -> Choice | None: ...
    @property
    def runoff_between(self) -> tuple[Choice, Choice] | None: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...
    @property
    def rules(self) -> str | None: ...


def outcome_words(outcome: _Outcome) -> str:
    """
    Return the outcome in a few words, as a picture's headline.
    """
    words = str(outcome.result.value).replace("_", " ")
    if outcome.winner is not None:
        words = f"{words}: {outcome.winner.name}"
    if outcome.runoff_between is not None:
        a, b = outcome.runoff_between
        words = f"{words} between {a.name} and {b.name}"
    if outcome.rules is not None:
        words = f"{words} (rules: {outcome.rules})"
    return words


def _context(tally: _Tally) -> _engine.Context:
    choices = tally.choices
    return _engine.Context(
        against=(
            choices.index(Choice.AGAINST)
            if Choice.AGAINST in choices
            else None
        ),
        eligible=tally.eligible,
        runoff_possible=len(choices) >= 3  # noqa: PLR2004
        and tally.kind.value != "runoff",
    )


def _uid(text: str) -> str:
    """
    Return an id suffix that differs between pictures on one page.
    """
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def _text(  # noqa: PLR0913
    x: float,
    y: float,
    words: str,
    *,
    anchor: str = "start",
    size: int = 13,
    weight: str = "normal",
    css: str = "",
) -> str:
    klass = f" class={quoteattr(css)}" if css else ""
    return (
        f'<text x="{x:.2f}" y="{y:.2f}" text-anchor="{anchor}" '
        f'font-size="{size}" font-weight="{weight}"{klass}>'
        f"{escape(words)}</text>"
    )


def _label(name: str, most: int = 18) -> str:
    return name if len(name) <= most else name[: most - 1] + "\u2026"


def _runner_up(votes: Sequence[int]) -> int:
    order = sorted(range(len(votes)), key=lambda i: (-votes[i], i))
    return order[1]


def _describe(tally: _Tally, runner: int, fewest: int) -> str:
    valid = sum(tally.votes)
    need = valid // 2 + 1
    parts = [
        f"{c.name}: {n:,} valid votes"
        for c, n in zip(tally.choices, tally.votes, strict=True)
    ]
    parts.append(
        f"a majority is {need:,} of the {valid:,} valid votes counted"
    )
    c = tally.challenged
    if c:
        name = tally.choices[runner].name
        total = valid + c
        can = "can" if fewest <= c else "cannot"
        parts.append(
            f"{c:,} challenged ballots, drawn after {name}: all of them for "
            f"{name} give {tally.votes[runner] + c:,}, against a majority "
            f"of {total // 2 + 1:,} of {total:,} if every one is valid; "
            f"they {can} change the outcome (it takes at least {fewest:,})"
        )
    parts.append(f"{tally.void:,} void ballots, which count for no choice")
    return "; ".join(parts) + "."


def _open(uid: str, title: str, desc: str, height: int) -> list[str]:
    """
    Return the opening of a picture: the root, its title and description
    (which screen readers say), and a white ground.
    """
    return [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" '
            f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-labelledby="lv-title-{uid} lv-desc-{uid}" '
            f'font-family="{_FONT}" fill="{_INK}">'
        ),
        f'<title id="lv-title-{uid}">{escape(title)}</title>',
        f'<desc id="lv-desc-{uid}">{escape(desc)}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]


def _hatch(uid: str) -> str:
    return (
        f'<defs><pattern id="lv-hatch-{uid}" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{_BAND}" fill-opacity="0.35"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{_BAND}" '
        'stroke-width="3"/></pattern></defs>'
    )


def _majority_lines(
    xs: tuple[float, float],
    needs: tuple[int, int],
    challenged: int,
    span: tuple[int, int],
) -> list[str]:
    """
    Return the majority line, and the dashed one of the valid votes plus
    the challenged ballots if any were challenged.
    """
    (x, x_all), (need, need_all) = xs, needs
    top, bottom = span
    out = [
        (
            f'<line class="majority" data-votes="{need}" x1="{x:.2f}" '
            f'y1="{top}" x2="{x:.2f}" y2="{bottom}" stroke="{_INK}" '
            'stroke-width="2"/>'
        ),
        _text(
            x,
            top - 4,
            f"majority {need:,}",
            anchor="middle",
            size=11,
            css="majority-label",
        ),
    ]
    if challenged:
        out.extend(
            (
                (
                    f'<line class="majority-all" data-votes="{need_all}" '
                    f'x1="{x_all:.2f}" y1="{top}" x2="{x_all:.2f}" '
                    f'y2="{bottom}" stroke="{_BAND}" stroke-width="2" '
                    'stroke-dasharray="4 3"/>'
                ),
                _text(
                    x_all,
                    bottom + 12,
                    f"majority if all {challenged:,} challenged are valid: "
                    f"{need_all:,}",
                    anchor="end" if x_all > WIDTH / 2 else "start",
                    size=11,
                    css="majority-all-label",
                ),
            )
        )
    return out


def _caption(challenged: int, fewest: int) -> str:
    if not challenged:
        return "No ballot was challenged."
    if fewest <= challenged:
        return (
            f"The {challenged:,} challenged ballots could change the "
            f"outcome: as few as {fewest:,} could."
        )
    return (
        f"The {challenged:,} challenged ballots cannot change the outcome: "
        f"it would take {fewest:,}."
    )


def draw_tally(tally: _Tally, outcome: _Outcome | None = None) -> str:
    """
    Return the SVG picture of *tally*, headed by *outcome* if given.
    """
    choices, votes = tally.choices, tally.votes
    valid, c = sum(votes), tally.challenged
    needs = (valid // 2 + 1, (valid + c) // 2 + 1)
    runner = _runner_up(votes)
    fewest = _engine.fewest_to_change(votes, _context(tally))
    scale = _PLOT / max(*votes, votes[runner] + c, needs[1], tally.void, 1)

    def at(n: int) -> float:
        return _LEFT + n * scale

    title = "Tally of ballots"
    if tally.case_number is not None:
        title = f"{title}, case {tally.case_number}"
    desc = _describe(tally, runner, fewest)
    if outcome is not None:
        desc = f"Outcome: {outcome_words(outcome)}. {desc}"
    uid = _uid(title + desc)
    rows_bottom = _TOP + len(choices) * _ROW
    void_y = rows_bottom + 32
    parts = [
        *_open(uid, title, desc, void_y + _ROW + 26),
        _hatch(uid),
        _text(12, 22, title, size=15, weight="bold", css="title"),
    ]
    if outcome is not None:
        words = f"Outcome: {outcome_words(outcome)}"
        parts.append(_text(12, 42, words, css="headline"))
    figures = []
    for i, (choice, n) in enumerate(zip(choices, votes, strict=True)):
        y = _TOP + i * _ROW
        parts.extend(
            (
                (
                    f'<g class="row"><title>{escape(choice.name)}: {n:,} '
                    "valid votes</title>"
                ),
                _text(_LEFT - 8, y + 15, _label(choice.name), anchor="end"),
                (
                    f'<rect class="bar" data-choice={quoteattr(choice.name)}'
                    f' data-votes="{n}" x="{_LEFT}" y="{y}" '
                    f'width="{n * scale:.2f}" height="{_BAR}" '
                    f'fill="{_UNION if choice.is_union else _AGAINST}"/>'
                ),
            )
        )
        figure = f"{n:,}"
        end = n
        if i == runner and c:
            crosses = str(n + c >= needs[1]).lower()
            parts.append(
                f'<rect class="band" data-ballots="{c}" '
                f'data-crosses="{crosses}" x="{at(n):.2f}" y="{y}" '
                f'width="{c * scale:.2f}" height="{_BAR}" '
                f'fill="url(#lv-hatch-{uid})" stroke="{_BAND}"/>'
            )
            figure, end = f"{n:,} + {c:,} challenged", n + c
        parts.append("</g>")
        figures.append(
            _text(at(end) + 6, y + 15, figure, size=12, css="figure")
        )
    parts.extend(
        _majority_lines(
            (at(needs[0]), at(needs[1])),
            needs,
            c,
            (_TOP - 10, rows_bottom - _ROW + _BAR + 8),
        )
    )
    # The figures go last, with a white halo, so that no line hides them.
    parts.extend(
        (
            '<g stroke="#ffffff" stroke-width="4" paint-order="stroke">',
            *figures,
            "</g>",
            (
                f'<line x1="12" y1="{rows_bottom + 20}" x2="{WIDTH - 12}" '
                f'y2="{rows_bottom + 20}" stroke="{_VOID}"/>'
            ),
            _text(_LEFT - 8, void_y + 15, "Void", anchor="end"),
            (
                f'<rect class="void" data-ballots="{tally.void}" '
                f'x="{_LEFT}" y="{void_y}" width="{tally.void * scale:.2f}" '
                f'height="{_BAR}" fill="{_VOID}"/>'
            ),
            _text(
                at(tally.void) + 6,
                void_y + 15,
                f"{tally.void:,}, count for no choice",
                size=12,
            ),
            _text(
                12,
                void_y + _ROW + 10,
                _caption(c, fewest),
                size=12,
                css="caption",
            ),
            "</svg>",
        )
    )
    return "\n".join(parts) + "\n"


def draw_outcome(outcome: _Outcome) -> str:
    """
    Return the SVG card of *outcome*: its result and its reasons.
    """
    title = f"Outcome: {outcome_words(outcome)}"
    lines: list[str] = []
    for reason in outcome.reasons:
        wrapped = textwrap.wrap(reason, 84)
        lines.extend(
            f"{'- ' if j == 0 else '  '}{line}"
            for j, line in enumerate(wrapped)
        )
    desc = " ".join(outcome.reasons) or title
    uid = _uid(title + desc)
    height = 44 + 17 * len(lines) + 12
    parts = [
        *_open(uid, title, desc, height),
        _text(12, 24, title, size=15, weight="bold", css="title"),
    ]
    parts.extend(
        _text(12, 48 + 17 * j, line, size=12, css="reason")
        for j, line in enumerate(lines)
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
