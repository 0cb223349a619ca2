"""
Tests of the Board's layouts: header names, aliases and detection.
"""

from __future__ import annotations

import pytest

from laborvote.nlrb import Layout
from laborvote.nlrb._layouts import FIELDS, REQUIRED, detect, normalize
from nlrb_files import ANNUAL, ANNUAL_2, ANNUAL_3, ANNUAL_UD, FOIA, WEB_EXPORT


class TestNormalize:
    """
    Headers compare without regard to case, spacing and punctuation.
    """

    @pytest.mark.parametrize(
        ("header", "expected"),
        [
            ("Votes For Labor Org1", "votesforlabororg1"),
            ("Votes for Labor Org 1", "votesforlabororg1"),
            ("States & Territories", "statesterritories"),
            ("Cert of Rep (Win)", "certofrepwin"),
            ("  case_number ", "casenumber"),
        ],
    )
    def test_text(self, header: str, expected: str) -> None:
        """
        Only the lower-case letters and digits are kept.
        """
        assert expected == normalize(header)

    @pytest.mark.parametrize("header", [None, 4, 2.5])
    def test_not_text(self, header: object) -> None:
        """
        A cell that is not text is no header at all.
        """
        assert "" == normalize(header)


class TestDetect:
    """
    A header row is recognised by its names, whatever their order, and
    tells the layout (NLRB-DATA.md 1-3).
    """

    @pytest.mark.parametrize(
        ("header", "layout"),
        [
            (WEB_EXPORT, Layout.WEB_EXPORT),
            (FOIA, Layout.FOIA),
            (ANNUAL, Layout.ANNUAL_REPORT),
            (ANNUAL_2, Layout.ANNUAL_REPORT),
            (ANNUAL_3, Layout.ANNUAL_REPORT),
            (ANNUAL_UD, Layout.ANNUAL_REPORT),
        ],
    )
    def test_layouts(self, header: list[str], layout: Layout) -> None:
        """
        Each of the Board's headers is recognised as its layout.
        """
        table = detect(header)

        assert table is not None
        assert (layout, len(header)) == (table.layout, table.width)

    def test_any_order(self) -> None:
        """
        Columns are found by name: reversing the web export's columns
        (the Board reordered them in 2021) moves every field with them.
        """
        table = detect(WEB_EXPORT)
        reversed_table = detect(WEB_EXPORT[::-1])

        assert table is not None
        assert reversed_table is not None
        assert {
            f: len(WEB_EXPORT) - 1 - i for f, i in table.columns.items()
        } == reversed_table.columns

    def test_foia_spelling(self) -> None:
        """
        The FOIA release's misspelled "Challenges R Determinitive" is the
        determinative flag, and its "Tally Category" the ballot type.
        """
        table = detect(FOIA)

        assert table is not None
        assert (
            FOIA.index("Challenges R Determinitive"),
            FOIA.index("Tally Category"),
        ) == (
            table.columns["challenges_determinative"],
            table.columns["ballot_type"],
        )

    def test_annual_deauthorization(self) -> None:
        """
        In the annual reports' UD table, the votes "For Proposition" fill
        the first union's votes, and "Against Proposition" the against.
        """
        table = detect(ANNUAL_UD)

        assert table is not None
        assert (
            ANNUAL_UD.index("For Proposition"),
            ANNUAL_UD.index("Against Proposition"),
        ) == (table.columns["votes1"], table.columns["against"])

    @pytest.mark.parametrize("missing", REQUIRED)
    def test_required(self, missing: str) -> None:
        """
        A row that lacks the case number, the first union, its votes or
        the votes against is no header.
        """
        header = [
            h
            for h in FOIA
            if normalize(h)
            not in {
                normalize(a)
                for a in {
                    "case_number": ["Case Number"],
                    "union1": ["Labor Organization 1 Name"],
                    "votes1": ["Votes For Labor Org1"],
                    "against": ["Votes Cast Against Labor Org"],
                }[missing]
            }
        ]

        assert detect(header) is None

    def test_first_column_wins(self) -> None:
        """
        A field named twice is read from its first column.
        """
        table = detect([*FOIA, "Case Number"])

        assert table is not None
        assert 0 == table.columns["case_number"]

    def test_not_a_header(self) -> None:
        """
        A data row, a title or a blank row is no header.
        """
        assert [None, None, None] == [
            detect(["01-RC-179057", "Freshbev", "7"]),
            detect(["", "NLRB Elections with 2 Labor Organizations"]),
            detect([]),
        ]

    def test_index_follows_fields(self) -> None:
        """
        `Table.index` lists the column of every field in `FIELDS` order,
        -1 for the fields the table lacks; the row reader unpacks it by
        position in this order.
        """
        table = detect(ANNUAL)

        assert table is not None
        assert [table.columns.get(f, -1) for f in FIELDS] == list(table.index)
        assert (
            "case_number",
            "case_name",
            "case_type",
            "status",
            "date_filed",
            "date_closed",
            "reason_closed",
            "unit_id",
            "ballot_type",
            "tally_type",
            "tally_date",
            "eligible",
            "void",
            "union1",
            "votes1",
            "union2",
            "votes2",
            "union3",
            "votes3",
            "against",
            "total",
            "challenged",
            "challenges_determinative",
            "runoff_required",
            "union_to_certify",
            "win",
            "loss",
        ) == FIELDS
