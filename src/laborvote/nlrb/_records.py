"""
The typed values a reader yields: one `Record` per data row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import final

import attrs

from laborvote._core.tally import CaseType, Tally
from laborvote._core.trusted import constructor
from laborvote.exceptions import LaborVoteError
from laborvote.nlrb._layouts import Layout


@final
@attrs.frozen(kw_only=True)
class Source:
    """
    Where a record comes from.

    >>> from laborvote.nlrb import Source
    >>> s = Source(file="elections.csv", row=1, line=2)
    >>> str(s)
    'elections.csv, row 1 (line 2)'

    Attributes:
        file: The file, as it was given to the reader.
        row: The 1-based number of the data row: header, title and blank
            rows are not counted, so the first tally is row 1 (and the
            last of a 4,727-tally file is row 4,727).
        line: The 1-based line of the CSV file where the row starts (a
            quoted cell can span lines), or the row of the worksheet.
        sheet: The worksheet's name, or `None` for a CSV file.

    .. versionadded:: 26.1.0
    """

    file: str
    row: int
    line: int
    sheet: str | None = None

    def __str__(self) -> str:
        where = f"sheet {self.sheet!r} " if self.sheet is not None else ""
        return f"{self.file}, row {self.row} ({where}line {self.line})"


@final
@attrs.frozen(kw_only=True)
class Recorded:
    """
    What the Board recorded for one tally, as its file says it.

    Blank cells are `None`: "not recorded", never "No" or zero (except
    that blank *vote* counts mean zero, and are part of the
    `Record.tally`). A field is also `None` when the file's layout has no
    column for it; `Record.columns` says which fields it has.

    >>> from laborvote.nlrb import Recorded
    >>> Recorded(case_number="01-RC-179057", runoff_required=None)
    ... # doctest: +ELLIPSIS
    Recorded(case_number='01-RC-179057', case_name=None, ...)

    Attributes:
        case_number: The case number as written.
        case_name: The case's name (usually the employer's).
        case_type: The type of case, from the case number (or the "Case
            Type" column if the case number cannot be read).
        status: The case's status, such as ``"Closed"``.
        unit_id: The voting unit (``"A"``, ``"B"``...).
        tally_type: The Board's word for the tally: ``"Initial"``,
            ``"Rerun"`` or ``"Run-off"``.
        ballot_type: The ballot type (web export) or tally category (FOIA):
            ``"Single Labor Organization"``, ``"Revised Single Labor
            Org"``, ``"UD"``...
        tally_date: The day of the tally (annual reports: of the
            election).
        date_filed: The day the petition was filed.
        date_closed: The day the case closed.
        reason_closed: Why the case closed, such as ``"Certific. of
            Representative"`` or ``"Certification of Results"``.
        eligible: The number of eligible voters.
        void: The void ballots.
        challenged: The challenged ballots.
        total: The total the file gives for the ballots counted ("Total
            Ballots Counted" in the web export, "Num Valid Votes Counted"
            in the FOIA release).
        challenges_determinative: The Board's flag "challenges are
            determinative".
        runoff_required: The Board's flag "runoff required".
        union_to_certify: The labor organization the record names to
            certify.
        win: The annual reports' "Cert of Rep (Win)" cell (``"WON"``
            or blank).
        loss: The annual reports' "Cert of Results (Loss)" cell
            (``"LOSS"`` or blank).

    .. versionadded:: 26.1.0
    """

    case_number: str | None = None
    case_name: str | None = None
    case_type: CaseType | None = None
    status: str | None = None
    unit_id: str | None = None
    tally_type: str | None = None
    ballot_type: str | None = None
    tally_date: dt.date | None = None
    date_filed: dt.date | None = None
    date_closed: dt.date | None = None
    reason_closed: str | None = None
    eligible: int | None = None
    void: int | None = None
    challenged: int | None = None
    total: int | None = None
    challenges_determinative: bool | None = None
    runoff_required: bool | None = None
    union_to_certify: str | None = None
    win: str | None = None
    loss: str | None = None


@final
@attrs.frozen(kw_only=True)
class Record:
    """
    One data row of an NLRB file: its tally, or why it has none.

    Readers yield exactly one record per data row, in file order, whether
    or not the row can be read: a row that cannot become a
    `laborvote.Tally` has `tally` `None` and says why in `error`.

    Records are values that the readers build; their fields are not
    validated again.

    >>> from laborvote import Ballots, Tally
    >>> from laborvote.nlrb import Layout, Record, Recorded, Source
    >>> r = Record(
    ...     source=Source(file="example.csv", row=1, line=2),
    ...     layout=Layout.FOIA,
    ...     recorded=Recorded(case_number="29-RC-288020"),
    ...     tally=Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131)),
    ... )
    >>> r.ok
    True

    Attributes:
        source: Where the row is.
        layout: The layout of the row's table.
        recorded: What the Board recorded, as written.
        tally: The count as a `laborvote.Tally`: choices in ballot order,
            the against box last (none on a runoff between two unions),
            blank counts as zero, and the tally's kind from the tally type
            (a ``"Revised ..."`` ballot type makes it
            `laborvote.TallyKind.REVISED`). `None` if the row cannot be
            read.
        error: Why the row cannot be read: a
            `laborvote.exceptions.LaborVoteError`, whose notes say where.
            When several cells are bad, it is the first and its notes
            name the others.
        columns: The names of the `Recorded` fields the row's table has a
            column for.
        cells: The row's cells as the file holds them (strings for CSV,
            the values openpyxl reads for a workbook), one per column of
            `header`.
        header: The names of the table's columns, as the header row
            writes them.
        irregularities: What was odd about a row that the law decides
            anyway (a union named twice, votes in a column that names no
            union, no union named): `Discrepancy` codes, which `audit`
            reports.
        formulas: The headers of the row's cells that hold a formula (in
            a workbook). laborvote never calculates one: a formula's value
            is the value the workbook saved with it, and a formula saved
            without a value makes the row an error record.

    .. versionadded:: 26.1.0
    """

    source: Source
    layout: Layout
    recorded: Recorded
    tally: Tally | None = None
    error: LaborVoteError | None = None
    columns: frozenset[str] = attrs.field(default=frozenset(), repr=False)
    cells: tuple[object, ...] = attrs.field(default=(), repr=False)
    header: tuple[str, ...] = attrs.field(default=(), repr=False)
    irregularities: tuple[str, ...] = ()
    formulas: frozenset[str] = attrs.field(default=frozenset(), repr=False)

    @property
    def ok(self) -> bool:
        """
        Whether the row became a `tally` (then it has no `error`).

        >>> from laborvote.nlrb import Layout, Record, Recorded, Source
        >>> r = Record(
        ...     source=Source(file="f.csv", row=1, line=2),
        ...     layout=Layout.FOIA,
        ...     recorded=Recorded(),
        ... )
        >>> r.ok
        False

        .. versionadded:: 26.1.0
        """
        return self.tally is not None


# The readers' constructors: they have typed and checked every value, and
# pass the fields positionally, in order (see laborvote._core.trusted).
trusted_source: Callable[..., Source] = constructor(Source)
trusted_recorded: Callable[..., Recorded] = constructor(Recorded)
trusted_record: Callable[..., Record] = constructor(Record)
