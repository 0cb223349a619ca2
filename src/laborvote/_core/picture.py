"""
`to_svg`: the public way to draw a tally, and its outcome, as SVG text.
"""

from __future__ import annotations

from laborvote._core.outcome import Outcome
from laborvote._core.svg import draw_tally
from laborvote._core.tally import Tally
from laborvote.exceptions import InvalidOutcomeError, InvalidTallyError


def to_svg(tally: Tally, outcome: Outcome | None = None) -> str:
    """
    Return a picture of *tally* as SVG text, headed by *outcome* if given.

    A bar per choice on one scale of votes; a solid line at the majority
    of the valid votes counted; the challenged ballots as a hatched band
    at the end of the trailing choice's bar, beside a dashed line at the
    majority of the valid votes plus the challenged ballots, so that the
    band reaches the dashed line exactly when every challenged ballot
    counted for the trailing choice would give it a majority; the void
    ballots apart, below a rule. The picture is 640 pixels wide and
    scales; its ``<title>`` and ``<desc>`` say in words what it shows.

    An `Outcome` does not hold its tally, so it is passed beside it
    (``outcome._repr_svg_()`` draws its result and reasons alone).
    `Tally` and `Outcome` draw themselves in notebooks.

    >>> from laborvote import Ballots, Tally, decide
    >>> bessemer = Tally(
    ...     ballots=Ballots(
    ...         unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    ...     ),
    ...     eligible=5867,
    ... )
    >>> svg = to_svg(bessemer, decide(bessemer))
    >>> svg.startswith("<svg"), "cannot change the outcome" in svg
    (True, True)

    Write it to a file, ``Path("bessemer.svg").write_text(svg)``, and any
    browser shows it.

    Raises:
        InvalidTallyError: If *tally* is not a `Tally`.
        InvalidOutcomeError: If *outcome* is neither an `Outcome` nor
            `None`.

    .. versionadded:: 26.1.0
    """
    if not isinstance(tally, Tally):
        msg = f"tally must be a Tally, got {tally!r}"
        raise InvalidTallyError(msg, field="tally", value=tally)
    if outcome is not None and not isinstance(outcome, Outcome):
        msg = f"outcome must be an Outcome or None, got {outcome!r}"
        raise InvalidOutcomeError(msg, field="outcome", value=outcome)
    return draw_tally(tally, outcome)
