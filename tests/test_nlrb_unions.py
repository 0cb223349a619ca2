"""
Tests of union identity: `laborvote.nlrb.union_key` and
`laborvote.nlrb.affiliation` (issue 11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from laborvote.nlrb import (
    Discrepancy,
    affiliation,
    audit,
    nationals,
    read,
    union_key,
)


class TestKey:
    """
    The rules of the module docstring, one by one.
    """

    @pytest.mark.parametrize(
        "names",
        [
            # Case, punctuation, spacing, "AFL-CIO" / "CLC" (the issue's
            # NATCA pair, from the annual workbooks).
            (
                (
                    "National Air Traffic Controllers Association (NATCA), "
                    "AFL-CIO"
                ),
                "NATIONAL AIR TRAFFIC CONTROLLERS ASSOCIATION (NATCA)",
            ),
            # "Local No." / "Local Union" / "LU" / "#", and "a/w ...".
            (
                (
                    "General Teamsters, Chauffeurs and Helpers, Local Union "
                    "No. 249 a/w International Brotherhood of Teamsters"
                ),
                "Teamsters Local 249",
                "IBT L.U. 249",
                "International Brotherhood of Teamsters, Local #249",
            ),
            # "1199SEIU" and "1199 SEIU" (the example).
            (
                "1199SEIU UNITED HEALTHCARE WORKERS EAST",
                "1199 SEIU United Healthcare Workers East",
                "SEIU Local 1199",
            ),
            # A part and its parent: the part.
            ("Workers United, SEIU", "Workers United"),
            ("Local 338, RWDSU/UFCW", "RWDSU Local 338"),
        ],
    )
    def test_merged(self, names: tuple[str, ...]) -> None:
        """
        Spellings of one union share a key.
        """
        assert 1 == len({union_key(n) for n in names})

    @pytest.mark.parametrize(
        "names",
        [
            ("Teamsters Local 249", "Teamsters Local 24"),
            ("IAM District Lodge 65", "IAM Local Lodge 65", "IAM Local 65"),
            ("SEIU Local 32BJ", "SEIU Local 32"),
            ("GCC/IBT Local 1-M", "GCC/IBT Local 1 L"),
            ("Local 249 a/w IBT", "Local 249 a/w UFCW"),
            ("Foo Union a/w SEIU", "Foo Union a/w IBT"),
            ("Workers United", "SEIU"),
            # Two unrelated unions: neither is the union.
            ("IBEW Local 1 and UAW Local 1", "IBEW Local 1"),
        ],
    )
    def test_apart(self, names: tuple[str, ...]) -> None:
        """
        Different locals, kinds of body and unions never share a key.
        """
        assert len(names) == len({union_key(n) for n in names})

    def test_nothing_left(self) -> None:
        """
        A name of nothing but punctuation or federations keys to itself.
        """
        assert ("-", "afl-cio") == (union_key("-"), union_key("AFL-CIO"))

    def test_only_affiliation(self) -> None:
        """
        A name that is only an affiliation keeps it.
        """
        assert "ibt" == union_key("a/w International Brotherhood of Teamsters")


class TestAffiliation:
    """
    The national or international union at the top.
    """

    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("RWDSU Local 338", "UFCW"),
            ("Teamsters Local 1149", "IBT"),
            ("NAGE/SEIU Local 5000", "SEIU"),
            ("Amazon Labor Union", None),
            ("IBEW Local 1 and UAW Local 1", None),
        ],
    )
    def test_affiliation(self, name: str, expected: str | None) -> None:
        """
        Parents are followed to the top; unknown or mixed names have none.
        """
        assert expected == affiliation(name)

    def test_table(self) -> None:
        """
        Every entry cites its source, and every parent is in the table.
        """
        codes = {n.code for n in nationals()}
        for national in nationals():
            assert national.source.startswith("https://")
            assert national.parent is None or national.parent in codes


class TestAnnualAlarms:
    """
    On the annual workbooks, `union-to-certify-not-winner` fires only
    where the named union really differs from the winner.
    """

    @pytest.mark.parametrize(
        "name",
        [
            "nlrb-election-report-fy2016.xlsx",
            "nlrb-election-report-fy2022.xlsx",
        ],
    )
    def test_no_false_alarms(self, nlrb_data_dir: Path, name: str) -> None:
        """
        Both shared workbooks name the winner (in some spelling) wherever
        they name a union to certify: no alarm.
        """
        pytest.importorskip("openpyxl")
        alarms = [
            a
            for a in map(audit, read(nlrb_data_dir / "annual" / name))
            if Discrepancy.UNION_TO_CERTIFY_NOT_WINNER in a.discrepancies
        ]

        assert [] == alarms
