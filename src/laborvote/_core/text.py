"""
Counted nouns and lists, in words, for reasons.
"""

from __future__ import annotations


def plural(n: int, word: str) -> str:
    """
    Return *n* with *word*, adding an "s" unless *n* is one.

    >>> plural(1, "ballot"), plural(1000, "ballot")
    ('1 ballot', '1,000 ballots')
    """
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def sentence_list(words: list[str]) -> str:
    """
    Return *words* joined as in a sentence: commas, and "and" last.

    >>> sentence_list(["A"]), sentence_list(["A", "B", "C"])
    ('A', 'A, B and C')
    """
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
