"""
Shares in words, for the outcome's test results and reasons.

Shares are exact fractions; only the words round them, and then never so
far that a share on the wrong side of a threshold reads as the threshold.
"""

from __future__ import annotations

from fractions import Fraction

from laborvote._core.outcome import TestResult
from laborvote.rules._rulebook import Threshold

#: Beyond this many decimals a share is described, not printed.
_MOST_DIGITS = 8


def percent(value: Fraction, threshold: Fraction | None = None) -> str:
    """
    Return *value* as a percentage with one decimal, or more if one
    decimal would make it read as *threshold* although it differs.

    >>> percent(Fraction(59285, 142673))
    '41.6%'
    >>> percent(Fraction(4999, 10000), Fraction(1, 2))
    '49.99%'
    >>> percent(Fraction(10**12 + 1, 2 * 10**12), Fraction(1, 2))
    'just above 50%'
    """
    for digits in range(1, _MOST_DIGITS):
        text = f"{float(value) * 100:.{digits}f}%"
        if (
            threshold is None
            or value == threshold
            or text != f"{float(threshold) * 100:.{digits}f}%"
        ):
            return text
    assert threshold is not None  # noqa: S101 - one decimal does otherwise
    side = "above" if value > threshold else "below"
    return f"just {side} {_whole_percent(threshold)}"


def _whole_percent(share: Fraction) -> str:
    hundred = share * 100
    if hundred.denominator == 1:
        return f"{hundred.numerator}%"
    return percent(share)


def share(part: int, whole: int) -> str:
    """
    Return *part* of *whole* as a percentage, ``"unknown"`` if *whole*
    is zero.

    >>> share(1, 3), share(0, 0)
    ('33.3%', 'unknown')
    """
    return percent(Fraction(part, whole)) if whole else "unknown"


def requirement(threshold: Threshold) -> str:
    """
    Return what *threshold* needs, such as ``"more than 50%"``.

    >>> from laborvote.rules import support_floor
    >>> requirement(support_floor(Fraction(2, 5), "TULRCA"))
    '40%'
    """
    share = _whole_percent(threshold.share)
    return f"more than {share}" if threshold.strict else share


def result(
    threshold: Threshold, *, label: str, figures: tuple[int, int]
) -> TestResult:
    """
    Return how the share *figures* (a part and its whole) fares in
    *threshold*, in figures and words; *label* names the share, such as
    ``"turnout"``.
    """
    part, whole = figures
    value = Fraction(part, whole) if whole else None
    shown = "unknown" if value is None else percent(value, threshold.share)
    return TestResult(
        name=threshold.name,
        passed=threshold.passes(part, whole),
        value=value,
        required=threshold.share,
        strict=threshold.strict,
        citation=threshold.citation,
        text=f"{label} {shown}, needed {requirement(threshold)}",
    )
