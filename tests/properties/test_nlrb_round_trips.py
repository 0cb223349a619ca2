"""
Property tests of the NLRB readers: what is written is read back, row for
row, and one bad cell spoils one row and nothing else.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from laborvote.exceptions import LaborVoteError
from laborvote.nlrb import Layout, Record, read_csv, read_xlsx
from nlrb_files import csv_text, table, write_workbook
from strategies import NLRB_HEADERS, GeneratedRow, nlrb_rows

CSV_LAYOUTS = st.sampled_from([Layout.WEB_EXPORT, Layout.FOIA])


def _rows(
    layout: Layout, *, most: int, typed: bool = False
) -> st.SearchStrategy[list[GeneratedRow]]:
    """
    Generate one to *most* rows of *layout*.
    """
    return st.lists(
        nlrb_rows(layout=layout, typed=typed), min_size=1, max_size=most
    )


def _read_csv(layout: Layout, rows: list[GeneratedRow]) -> list[Record]:
    text = csv_text(NLRB_HEADERS[layout], [r.cells for r in rows])
    return list(read_csv(io.StringIO(text, newline="")))


def _read_xlsx(layout: Layout, rows: list[GeneratedRow]) -> list[Record]:
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(
            Path(folder) / "tallies.xlsx",
            [
                (
                    "Tallies",
                    table(NLRB_HEADERS[layout], [r.cells for r in rows]),
                )
            ],
        )
        return list(read_xlsx(path))


class TestWriteThenRead:
    """
    "Each row becomes a typed record holding a Tally built from the counts
    (choices in ballot order, against/neither last), what the Board
    recorded, and where it came from"; "blank counts mean zero; blank
    flags mean 'not recorded', not 'No'" (issue 3).
    """

    @given(st.data(), CSV_LAYOUTS)
    def test_csv(self, data: st.DataObject, layout: Layout) -> None:
        """
        Rows written as CSV come back, one record each, in order, with
        the tally and the recorded values they were made of.
        """
        rows = data.draw(_rows(layout, most=4))

        records = _read_csv(layout, rows)

        assert [(r.tally, r.recorded, None) for r in rows] == [
            (r.tally, r.recorded, r.error) for r in records
        ]
        assert list(range(1, len(rows) + 1)) == [r.source.row for r in records]
        assert {layout} == {r.layout for r in records}

    @settings(max_examples=25, deadline=None)  # writes a workbook each time
    @given(st.data(), st.sampled_from([Layout.FOIA, Layout.ANNUAL_REPORT]))
    def test_xlsx(self, data: st.DataObject, layout: Layout) -> None:
        """
        Rows written in a workbook, with numbers and dates as typed
        cells, come back the same way.
        """
        rows = data.draw(_rows(layout, most=3, typed=True))

        records = _read_xlsx(layout, rows)

        assert [(r.tally, r.recorded, None) for r in rows] == [
            (r.tally, r.recorded, r.error) for r in records
        ]
        assert list(range(2, len(rows) + 2)) == [
            r.source.line for r in records
        ]


#: Cells that no column of its kind accepts.
BAD = {
    "Case Number": ["", "RC-12", "10-XX-1"],
    "Tally Date": ["2019-13-45", "yesterday"],
    "Challenged Ballots": ["-1", "two", "1.5"],
    "Num Challenged Ballots": ["-1", "two", "1.5"],
    "Votes Against": ["-3", "x"],
    "Votes Cast Against Labor Org": ["-3", "x"],
    "Runoff Required": ["maybe", "2"],
    "Challenges R Determinitive": ["maybe"],
    "Tally Type": ["Second"],
}


class TestCorruptedCell:
    """
    "Bad rows never stop a file and are never dropped": a row that cannot
    become a Tally yields a record carrying the error, so rows out == rows
    in (issue 3).
    """

    @given(st.data(), CSV_LAYOUTS)
    def test_one_row_spoiled(
        self, data: st.DataObject, layout: Layout
    ) -> None:
        """
        Corrupting one cell turns that row's record into an error record,
        at the same place, and leaves every other record as it was.
        """
        rows = data.draw(_rows(layout, most=4))
        n = len(rows)
        at = data.draw(st.integers(min_value=0, max_value=n - 1))
        header = data.draw(
            st.sampled_from([h for h in BAD if h in NLRB_HEADERS[layout]])
        )
        bad = data.draw(st.sampled_from(BAD[header]))
        spoiled = [
            r._replace(cells={**r.cells, header: bad}) if i == at else r
            for i, r in enumerate(rows)
        ]

        before, after = _read_csv(layout, rows), _read_csv(layout, spoiled)

        assert len(before) == len(after) == n
        assert [r for i, r in enumerate(before) if i != at] == [
            r for i, r in enumerate(after) if i != at
        ]
        record = after[at]
        assert (None, before[at].source) == (record.tally, record.source)
        assert isinstance(record.error, LaborVoteError)
        assert str(record.source) in record.error.__notes__[-1]


def _reference_form(recorded: object) -> dict[str, object]:
    """
    The form of a `Recorded` built the slow, general way: the first five
    keys as the first releases wrote them, then every other field in its
    order, each enum as its value and each date as its ISO text.
    """
    import datetime as dt  # noqa: PLC0415
    import enum  # noqa: PLC0415

    import attrs  # noqa: PLC0415

    def plain(value: object) -> object:
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    first = (
        "challenges_determinative",
        "runoff_required",
        "union_to_certify",
        "reason_closed",
        "total",
    )
    names = [f.name for f in attrs.fields(type(recorded))]  # type: ignore[arg-type]
    return {
        name: plain(getattr(recorded, name))
        for name in (*first, *(n for n in names if n not in first))
    }


class TestRecordedForm:
    """
    "Write JSON without building intermediate dicts twice" (issue 9): the
    form of what the Board recorded is the same, key for key and in
    order, as the general walk over the fields it replaced.
    """

    @given(
        row=st.sampled_from(list(Layout)).flatmap(
            lambda layout: nlrb_rows(layout=layout)
        )
    )
    def test_same_as_the_general_walk(self, row: GeneratedRow) -> None:
        """
        Every field is there, in order, converted only where JSON cannot
        hold it as it is.
        """
        from laborvote.nlrb._forms import recorded_form  # noqa: PLC0415

        form = recorded_form(row.recorded)

        assert list(_reference_form(row.recorded).items()) == list(
            form.items()
        )

    def test_only_enums_and_dates_are_converted(self) -> None:
        """
        A field that the form passes on as it is holds text, a count or a
        flag: a new field of another type must be added to CONVERTED.
        """
        import attrs  # noqa: PLC0415

        from laborvote.nlrb import Recorded  # noqa: PLC0415
        from laborvote.nlrb._forms import CONVERTED  # noqa: PLC0415

        kept = {
            f.name: f.type
            for f in attrs.fields(Recorded)
            if f.name not in CONVERTED
        }

        assert {"str | None", "int | None", "bool | None"} >= set(
            kept.values()
        )
