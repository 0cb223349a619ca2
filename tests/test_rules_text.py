"""
Tests for how rulebook outcomes put shares into words.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from laborvote._core.text import plural, sentence_list
from laborvote.rules import majority_of_votes_cast, support_floor
from laborvote.rules._text import percent, requirement, share


class TestPercent:
    """
    Shares as percentages that never read as the threshold they miss.
    """

    @pytest.mark.parametrize(
        ("value", "threshold", "text"),
        [
            # The PCS 2018 turnout: 59,285 of 142,673.
            (Fraction(59285, 142673), None, "41.6%"),
            (Fraction(59285, 142673), Fraction(1, 2), "41.6%"),
            # Exactly the threshold reads as it.
            (Fraction(1, 2), Fraction(1, 2), "50.0%"),
            # One decimal would round to 50.0%, which it is not.
            (Fraction(4999, 10000), Fraction(1, 2), "49.99%"),
            (Fraction(500001, 1000000), Fraction(1, 2), "50.0001%"),
            # Too close for eight decimals: described instead.
            (
                Fraction(10**12 + 1, 2 * 10**12),
                Fraction(1, 2),
                "just above 50%",
            ),
            (
                Fraction(10**12 - 1, 2 * 10**12),
                Fraction(1, 2),
                "just below 50%",
            ),
            (
                Fraction(10**12 + 1, 3 * 10**12),
                Fraction(1, 3),
                "just above 33.3%",
            ),
        ],
    )
    def test_percent(
        self, value: Fraction, threshold: Fraction | None, text: str
    ) -> None:
        """
        One decimal, more where one would hide which side of the
        threshold the share is on.
        """
        assert text == percent(value, threshold)

    def test_share(self) -> None:
        """
        A share of nothing is unknown.
        """
        assert ("33.3%", "unknown") == (share(1, 3), share(0, 0))


class TestRequirement:
    """
    What a threshold needs, in words.
    """

    def test_strict_and_not(self) -> None:
        """
        A majority is "more than 50%"; a floor is its percentage.
        """
        assert ("more than 50%", "40%", "33.3%") == (
            requirement(majority_of_votes_cast("x")),
            requirement(support_floor(Fraction(2, 5), "x")),
            requirement(support_floor(Fraction(1, 3), "x")),
        )


class TestPlural:
    """
    Counted nouns.
    """

    def test_plural(self) -> None:
        """
        One ballot, two ballots, with thousands separated.
        """
        assert ("1 ballot", "1,000 ballots", "0 ballots") == (
            plural(1, "ballot"),
            plural(1000, "ballot"),
            plural(0, "ballot"),
        )


class TestSentenceList:
    """
    Lists in words, as the reasons write them.
    """

    def test_lists(self) -> None:
        """
        One word alone; two joined by "and"; more with commas, "and" last.
        """
        assert ("'A'", "'A' and 'B'", "'A', 'B' and 'C'") == (
            sentence_list(["'A'"]),
            sentence_list(["'A'", "'B'"]),
            sentence_list(["'A'", "'B'", "'C'"]),
        )
