"""
Turn the cells of one data row into a `Record`.

Cells are strings (CSV) or the values openpyxl reads from a workbook
(`int`, `float`, `datetime.datetime`, `str`, `None`). Every cell is read
on its own: a bad cell makes the row an error record, but never stops the
file, and never changes another row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs

from laborvote._core import validators as v
from laborvote._core.ballots import NO_UNION, Ballots
from laborvote._core.tally import CaseNumber, CaseType, Tally, TallyKind
from laborvote.exceptions import (
    InvalidCaseNumberError,
    InvalidCountError,
    InvalidRecordError,
    LaborVoteError,
)
from laborvote.nlrb._audit import Discrepancy, decide_case
from laborvote.nlrb._layouts import FIELDS, Table, normalize
from laborvote.nlrb._records import (
    Record,
    Recorded,
    Source,
    trusted_record,
    trusted_recorded,
    trusted_source,
)

_T = TypeVar("_T")

_FLAGS: dict[str, bool | None] = {
    "": None,
    "y": True,
    "yes": True,
    "true": True,
    "n": False,
    "no": False,
    "false": False,
}

#: The most characters a cell may hold: Excel's own limit.
MAX_CELL = 32_767

# The digits of the largest count.
_COUNT_DIGITS = len(str(v.MAX_COUNT))


@attrs.frozen
class Formula:
    """
    A workbook cell that holds a formula, and the value saved with it.

    Workbooks are never calculated: *value* is what the program that
    saved the workbook computed, or `None` if it saved none.
    """

    formula: str
    value: object


@attrs.frozen
class Unreadable:
    """
    A workbook cell that cannot be read, and why.
    """

    reason: str


# A time of day after a date ("2019-09-26 00:00:00", "9/26/2019 12:00 AM").
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[AaPp][Mm])?")


def text(cell: object) -> str | None:
    """
    Return *cell* as stripped text, or `None` if it is blank.
    """
    if cell is None:
        return None
    value = (cell if isinstance(cell, str) else str(cell)).strip()
    return value or None


def count(cell: object, header: str) -> int:
    """
    Return the ballots in *cell*: a blank cell means zero.

    Raises:
        InvalidCountError: If *cell* is not a whole number of ballots.
    """
    if cell is None:
        return 0
    n: int | None = None
    over = False
    if isinstance(cell, str):
        n = _digits(cell)
        if n == -1:
            over, n = True, None
    elif isinstance(cell, int) and not isinstance(cell, bool):
        n = cell
    elif isinstance(cell, float) and cell.is_integer():
        n = int(cell)
    if n is not None:
        if 0 <= n <= v.MAX_COUNT:
            return n
        over = n > v.MAX_COUNT
    if over:
        msg = (
            f"{header!r} must be at most {v.MAX_COUNT:,} ballots (no "
            f"election has more voters), got {v.shown(cell)}"
        )
    else:
        msg = (
            f"{header!r} must be a whole number of ballots, "
            f"got {v.shown(cell)}"
        )
    raise InvalidCountError(msg, field=header, value=cell)


def _digits(cell: str) -> int | None:
    """
    Return the number the digits of *cell* write, if they do.

    0 for a blank cell, -1 for more digits than a count can have (never
    given to `int`, which refuses more than 4,300 digits), and `None` for
    anything else.
    """
    value = cell.strip()
    if not value:
        return 0
    if not (value.isdigit() and value.isascii()):
        return None
    digits = value.lstrip("0")
    return int(digits or "0") if len(digits) <= _COUNT_DIGITS else -1


def optional_count(cell: object, header: str) -> int | None:
    """
    Return the number in *cell*, or `None` if it is blank.

    Raises:
        InvalidCountError: If *cell* is not blank and not a whole number.
    """
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    return count(cell, header)


def flag(cell: object, header: str) -> bool | None:
    """
    Return a Y/N flag: `True`, `False`, or `None` if blank.

    Raises:
        InvalidRecordError: If *cell* is not a flag.
    """
    if cell is None or isinstance(cell, bool):
        return cell
    if isinstance(cell, str):
        value = _FLAGS.get(cell.strip().casefold(), cell)
        if not isinstance(value, str):
            return value
    msg = f"{header!r} must be Y, N or blank, got {v.shown(cell)}"
    raise InvalidRecordError(msg, field=header, value=cell)


def _date_text(value: str) -> dt.date:
    """
    Parse ``YYYY-MM-DD`` or ``MM/DD/YYYY``, maybe followed by a time.

    Raises:
        ValueError: If *value* is neither.
    """
    if len(value) > 10 and _TIME.fullmatch(value, 10):  # noqa: PLR2004
        value = value[:10]
    if len(value) == 10 and value[4] == "-":  # noqa: PLR2004
        return dt.date.fromisoformat(value)
    month, day, year = value.split("/")
    if len(year) == 4 and all(  # noqa: PLR2004
        p.isdigit() and p.isascii() and len(p) <= 2  # noqa: PLR2004
        for p in (month, day)
    ):
        return dt.date(int(year), int(month), int(day))
    raise ValueError(value)


def _strip_time(value: str) -> str:
    """
    Return *value* without a time of day after a ``MM/DD/YYYY`` date.
    """
    space = value.find(" ")
    if space != -1 and _TIME.fullmatch(value, space):
        return value[:space]
    return value


def date(cell: object, header: str) -> dt.date | None:
    """
    Return the date in *cell*, or `None` if it is blank.

    Raises:
        InvalidRecordError: If *cell* is not a date.
    """
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, str):
        value = _strip_time(cell.strip())
        if not value:
            return None
        try:
            return _date_text(value)
        except ValueError:
            pass
    msg = (
        f"{header!r} must be a date (YYYY-MM-DD or MM/DD/YYYY), "
        f"got {v.shown(cell)}"
    )
    raise InvalidRecordError(msg, field=header, value=cell)


# The Board's tally types, normalized; blank (annual reports) is initial.
_TALLY_TYPES = {
    "": TallyKind.INITIAL,
    "initial": TallyKind.INITIAL,
    "rerun": TallyKind.RERUN,
    "runoff": TallyKind.RUNOFF,
    "revised": TallyKind.REVISED,
}


@functools.lru_cache(maxsize=256)
def tally_kind(tally_type: str | None, ballot_type: str | None) -> TallyKind:
    """
    Return the kind of tally the Board's words describe.

    A ``"Revised ..."`` ballot type makes a revised tally, except that a
    runoff stays a runoff (no runoff follows it).

    Raises:
        KeyError: If the tally type is not one the Board uses.
    """
    kind = _TALLY_TYPES[normalize(tally_type)]
    if kind is not TallyKind.RUNOFF and normalize(ballot_type).startswith(
        "revised"
    ):
        return TallyKind.REVISED
    return kind


def _case_number(cell: object, header: str) -> CaseNumber:
    """
    Parse the case number in *cell*.

    Raises:
        InvalidCaseNumberError: If it is blank or not a case number.
    """
    value = text(cell)
    if value is None:
        msg = f"{header!r} is blank: every tally needs its case number"
        raise InvalidCaseNumberError(msg, field=header, value=cell)
    try:
        return CaseNumber.parse(value)
    except InvalidCaseNumberError:
        msg = f"{header!r} must be an NLRB case number, got {v.shown(cell)}"
        raise InvalidCaseNumberError(msg, field=header, value=cell) from None


def _number(
    text: str | None,
    cell: object,
    headers: dict[str, str],
    errors: list[LaborVoteError],
) -> CaseNumber | None:
    """
    Return the case number whose cell *cell* reads as *text* (stripped,
    as `_case_number` reads it); a blank or bad one is read again by
    `_case_number`, which records the reader's message.
    """
    if text is not None:
        with contextlib.suppress(InvalidCaseNumberError):
            return CaseNumber.parse(text)
    return _read(_case_number, cell, "case_number", headers, errors)


# The names of the Recorded fields.
_RECORDED = frozenset(a.name for a in attrs.fields(Recorded))


_MISS: Any = object()

# The cells seen most, already parsed: a dictionary lookup instead of a
# parse per cell keeps reading within a small factor of the csv module.
_COUNTS: dict[object, Any] = {
    None: 0,
    "": 0,
    **{str(i): i for i in range(2048)},
}
_OPTIONAL_COUNTS: dict[object, Any] = {**_COUNTS, None: None, "": None}
_FLAG_CELLS: dict[object, Any] = {
    None: None,
    "": None,
    "Y": True,
    "N": False,
    "y": True,
    "n": False,
}
_DATES: dict[object, Any] = {None: None, "": None}
_DATES_KEPT = 8192


def _cached_date(cell: object, header: str) -> dt.date | None:
    """
    Return `date` of *cell*, and remember it.
    """
    value = date(cell, header)
    if len(_DATES) > _DATES_KEPT:
        _DATES.clear()
        _DATES.update({None: None, "": None})
    _DATES[cell] = value
    return value


def _read(
    parse: Callable[[object, str], _T],
    cell: object,
    field: str,
    headers: dict[str, str],
    errors: list[LaborVoteError],
) -> _T | None:
    """
    Return ``parse(cell, header)``, or `None` after recording its error.
    """
    try:
        return parse(cell, headers.get(field, field))
    except LaborVoteError as e:
        errors.append(e)
        return None


# The text fields, in the order `RowReader.read` unpacks them.
_TEXT_FIELDS = (
    "case_number",
    "case_name",
    "case_type",
    "status",
    "unit_id",
    "tally_type",
    "ballot_type",
    "reason_closed",
    "union_to_certify",
    "win",
    "loss",
    "union1",
    "union2",
    "union3",
)
_TEXT_CELLS = operator.itemgetter(*map(FIELDS.index, _TEXT_FIELDS))

# The typed fields, in the order `RowReader.read` unpacks them: each with
# the cells already parsed that it knows (a dictionary lookup instead of a
# parse per cell), and its parser for any other cell.
_TYPED: tuple[tuple[str, dict[object, Any], Callable[[object, str], Any]], ...]
_TYPED = (
    ("tally_date", _DATES, _cached_date),
    ("date_filed", _DATES, _cached_date),
    ("date_closed", _DATES, _cached_date),
    ("eligible", _OPTIONAL_COUNTS, optional_count),
    ("total", _OPTIONAL_COUNTS, optional_count),
    ("void", _COUNTS, count),
    ("challenged", _COUNTS, count),
    ("votes1", _COUNTS, count),
    ("votes2", _COUNTS, count),
    ("votes3", _COUNTS, count),
    ("against", _COUNTS, count),
    ("challenges_determinative", _FLAG_CELLS, flag),
    ("runoff_required", _FLAG_CELLS, flag),
)
_TYPED_CELLS = operator.itemgetter(*(FIELDS.index(f) for f, _, _ in _TYPED))
_KNOWN = tuple(known.get for _, known, _ in _TYPED)

# The fields where a blank cell is not "not recorded" but means something:
# zero votes, no labor organization, an initial tally (and a case number
# is never blank). A formula saved without a value cannot stand for them.
_BLANK_MEANS = frozenset(
    FIELDS.index(f)
    for f in (
        "case_number",
        "tally_type",
        "ballot_type",
        "union1",
        "union2",
        "union3",
        "void",
        "challenged",
        "votes1",
        "votes2",
        "votes3",
        "against",
    )
)


def _typed(
    values: list[object],
    headers: dict[str, str],
    errors: list[LaborVoteError],
) -> list[Any]:
    """
    Return the values of the typed fields of a row (`_TYPED`).

    A cell that cannot be parsed is `None`, and its error is recorded.
    """
    cells = _TYPED_CELLS(values)
    out = [get(cell, _MISS) for get, cell in zip(_KNOWN, cells, strict=True)]
    if _MISS in out:
        for k, (field, _, parse) in enumerate(_TYPED):
            if out[k] is _MISS:
                out[k] = _read(parse, cells[k], field, headers, errors)
    return out


def _case_type(value: str | None) -> CaseType | None:
    """
    Return the case type written in a "Case Type" column, if it is one.
    """
    try:
        return None if value is None else CaseType(value.upper())
    except ValueError:
        return None


_PAIRS = (
    ("union1", "votes1"),
    ("union2", "votes2"),
    ("union3", "votes3"),
)


def _plain(name: str) -> bool:
    """
    Whether the stripped, non-blank *name* is printable ASCII without a
    double space.

    Such a name is its own normalised form (`Choice.name`), holds no
    character a name may not, and its key (`validators.name_key`) is its
    lower case.
    """
    return name.isascii() and name.isprintable() and "  " not in name


_NO_UNION_KEY = v.name_key(NO_UNION)
_VOTES = operator.itemgetter(1)
_NO_FORMULAS: frozenset[str] = frozenset()


def _trusted_ballots(
    unions: list[tuple[str, int]],
    against: int | None,
    void: int,
    challenged: int,
) -> Ballots | None:
    """
    Return the ballots of a reading of `_plain` names, if `Ballots` would
    take them as they are; else `None`, and `Ballots` itself says why not.

    The reader has checked the counts (whole numbers, at most
    `validators.MAX_COUNT`); what is left to check here is what it cannot
    know cell by cell: a union named "No union", two names alike once
    normalised, votes added past the ceiling, a ballot of one choice.
    """
    keys = {name.lower() for name, _ in unions}
    if (
        len(keys) < len(unions)
        or _NO_UNION_KEY in keys
        or max(map(_VOTES, unions), default=0) > v.MAX_COUNT
        or (against is None and len(unions) < 2)  # noqa: PLR2004
    ):
        return None
    return Ballots._trusted(tuple(unions), against, void, challenged)  # noqa: SLF001


class RowReader:
    """
    Read the data rows of one table into records.
    """

    __slots__ = (
        "_challenged",
        "_take",
        "_void",
        "columns",
        "file",
        "headers",
        "sheet",
        "table",
    )

    def __init__(self, table: Table, *, file: str, sheet: str | None) -> None:
        self.table = table
        self.headers = table.headers
        self.file = file
        self.sheet = sheet
        fields = table.fields
        columns = set(_RECORDED & fields)
        columns.add("case_type")  # from the case number, always there
        self.columns = frozenset(columns)
        self._void = "void" in fields
        self._challenged = "challenged" in fields
        # The cell of each of FIELDS from a full row with a None after it,
        # which stands for the fields the table has no column for.
        self._take = operator.itemgetter(
            *(table.width if i == -1 else i for i in table.index)
        )

    def read(
        self,
        cells: Sequence[object],
        row: int,
        line: int,
        problem: LaborVoteError | None = None,
    ) -> Record:
        """
        Return the record of the data row *cells*.

        *problem*, if given, is what is wrong with the row as a whole (its
        bytes, say): the record is an error record, whatever its cells.
        """
        table, headers = self.table, self.headers
        n = len(cells)
        values = (
            list(self._take([*cells, None]))
            if n == table.width
            else [cells[i] if -1 < i < n else None for i in table.index]
        )
        errors: list[LaborVoteError] = [] if problem is None else [problem]
        formulas = self._cells(values, errors)
        (
            case_number,
            case_name,
            case_type,
            status,
            unit_id,
            tally_type,
            ballot_type,
            reason_closed,
            union_to_certify,
            win,
            loss,
            *names,
        ) = [
            (c.strip() or None)
            if c.__class__ is str
            else (None if c is None else text(c))
            for c in _TEXT_CELLS(values)
        ]
        (
            tally_date,
            date_filed,
            date_closed,
            eligible,
            total,
            void,
            challenged,
            *votes,
            against,
            determinative,
            runoff_required,
        ) = _typed(values, headers, errors)
        number = _number(case_number, values[0], headers, errors)
        recorded = trusted_recorded(
            case_number,
            case_name,
            _case_type(case_type) if number is None else number.case_type,
            status,
            unit_id,
            tally_type,
            ballot_type,
            tally_date,
            date_filed,
            date_closed,
            reason_closed,
            eligible,
            void if self._void else None,
            challenged if self._challenged else None,
            total,
            determinative,
            runoff_required,
            union_to_certify,
            win,
            loss,
        )
        first = names[0]
        if (
            first is not None
            and names[1] is None
            and names[2] is None
            and not votes[1]
            and not votes[2]
            and first.isascii()
            and first.isprintable()
        ):
            # One union named, and no votes beside it: the usual row. Its
            # name, printable ASCII, is normal but for runs of spaces.
            if "  " in first:
                first = v.normalize_name(first)
            readings = [[(first, votes[0] or 0)]]
            odd: tuple[Discrepancy, ...] = ()
            plain = True
        else:
            readings, odd, plain = self._unions(names, votes)
        kind = self._kind(recorded, errors)
        # A workbook stores no empty cells after a row's last one: only a
        # cell beyond the header's last is wrong there.
        if n > table.width or (n < table.width and self.sheet is None):
            msg = f"the row has {n} cells, but the header has {table.width}"
            errors.append(InvalidRecordError(msg, field="row", value=n))
        source = trusted_source(self.file, row, line, self.sheet)
        tally = None
        if not errors:
            try:
                tallies = [
                    self._tally(
                        unions,
                        # A runoff between two unions has no against box:
                        # the Board leaves the against count blank or
                        # writes zero.
                        (
                            None
                            if kind is TallyKind.RUNOFF
                            and len(unions) > 1
                            and not against
                            else against
                        ),
                        void,
                        challenged,
                        plain=plain,
                        eligible=eligible,
                        kind=kind,
                        date=tally_date,
                        case_number=number,
                        unit_id=unit_id,
                    )
                    for unions in readings
                ]
                why = (
                    None
                    if len(tallies) == 1
                    else self._alike(recorded.case_type, tallies)
                )
                if why is None:
                    tally = tallies[0]
                else:
                    msg = (
                        "the law cannot decide this row: "
                        + " and ".join(d.sentence.split(";")[0] for d in odd)
                        + f", and {why}"
                    )
                    errors.append(
                        InvalidRecordError(msg, field="unions", value=names)
                    )
            except LaborVoteError as e:
                errors.append(e)
        error = None
        if errors:
            error = errors[0]
            for other in errors[1:]:
                error.add_note(f"also: {other}")
            error.add_note(f"in {source}")
        return trusted_record(
            source,
            table.layout,
            recorded,
            tally,
            error,
            self.columns,
            tuple(cells),
            table.names,
            tuple(d.value for d in odd) if tally is not None and odd else (),
            formulas,
        )

    @staticmethod
    def _tally(  # noqa: PLR0913 - the tally's fields
        unions: list[tuple[str, int]],
        against: int | None,
        void: int,
        challenged: int,
        *,
        plain: bool,
        eligible: int | None,
        kind: TallyKind,
        date: dt.date | None,
        case_number: CaseNumber | None,
        unit_id: str | None,
    ) -> Tally:
        """
        Return the tally of one reading of a row whose cells are read.

        Every value is already typed and checked by the reader, so a
        reading of `_plain` names is built without checking again; any
        other goes through `Tally` and `Ballots`, which say what is wrong.
        """
        ballots = (
            _trusted_ballots(unions, against, void, challenged)
            if plain
            else None
        )
        if ballots is None:
            ballots = Ballots(
                unions=unions,
                against=against,
                void=void,
                challenged=challenged,
            )
        return Tally._trusted(  # noqa: SLF001
            ballots, eligible, kind, date, case_number, unit_id
        )

    def failed(self, error: LaborVoteError, row: int, line: int) -> Record:
        """
        Return the error record of a data row whose cells cannot be read.
        """
        source = Source(file=self.file, row=row, line=line, sheet=self.sheet)
        error.add_note(f"in {source}")
        return Record(
            source=source,
            layout=self.table.layout,
            recorded=Recorded(),
            error=error,
            columns=self.columns,
        )

    def _cells(
        self, values: list[object], errors: list[LaborVoteError]
    ) -> frozenset[str]:
        """
        Replace the workbook's formulas in *values* by their saved values.

        A formula without a saved value reads as a blank cell, unknown;
        but where a blank cell means something (`_BLANK_MEANS`), it
        becomes `None` with its error, as do a cell that cannot be read
        and a cell longer than `MAX_CELL`.
        Returns the headers of the cells that hold formulas.
        """
        try:
            # Text cells (a CSV file's) that are short together are short
            # one by one; a formula, an unreadable cell or a number has no
            # len, and is looked at below.
            if sum(map(len, filter(None, values))) <= MAX_CELL:  # type: ignore[arg-type]
                return _NO_FORMULAS
        except TypeError:
            pass
        formulas: list[str] = []
        headers = self.headers
        for i, cell in enumerate(values):
            value, kind = cell, cell.__class__
            if kind is Formula:
                header = headers.get(FIELDS[i], FIELDS[i])
                formulas.append(header)
                value = values[i] = cell.value  # type: ignore[attr-defined]
                kind = value.__class__
                if value is None and i in _BLANK_MEANS:
                    msg = (
                        f"{header!r} holds the formula "
                        f"{v.shown(cell.formula)} without a saved value, "  # type: ignore[attr-defined]
                        "so its value is unknown (laborvote never "
                        "calculates formulas)"
                    )
                    errors.append(
                        InvalidRecordError(msg, field=header, value=cell)
                    )
            if kind is Unreadable:
                header = headers.get(FIELDS[i], FIELDS[i])
                msg = f"{header!r} cannot be read: {value.reason}"  # type: ignore[attr-defined]
            elif kind is str and len(value) > MAX_CELL:  # type: ignore[arg-type]
                header = headers.get(FIELDS[i], FIELDS[i])
                msg = (
                    f"{header!r} holds more than {MAX_CELL:,} characters, "
                    "more than a cell can"
                )
            else:
                continue
            errors.append(InvalidRecordError(msg, field=header, value=value))
            values[i] = None
        return frozenset(formulas)

    def _unions(  # noqa: C901 - one branch per odd case, in order
        self, names: list[str | None], votes: list[int | None]
    ) -> tuple[list[list[tuple[str, int]]], tuple[Discrepancy, ...], bool]:
        """
        Return the readings of the row's unions, in ballot order, what
        was odd about them, and whether every name is `_plain`.

        A row that names each union once, with no votes in a column that
        names none, has one reading. Otherwise each way the odd columns
        can be read is a reading, the first of which becomes the row's
        tally: a union named twice has its votes added, or its second
        column left out; votes in a column that names no union count for
        an unnamed union, or for none; a row that names no union is the
        ballot of one unnamed union (its first column) against no union.
        """
        named: list[tuple[int, str, int]] = []
        unnamed: list[tuple[int, str, int]] = []
        for k, (name, n, (name_field, _)) in enumerate(
            zip(names, votes, _PAIRS, strict=True)
        ):
            if name is not None:
                named.append((k, name, n or 0))
            elif n or (k == 0 and not any(names)):
                header = self.headers.get(name_field, name_field)
                unnamed.append((k, f"unnamed ({header})", n or 0))
        odd: list[Discrepancy] = []
        if not named:
            # The first column is then always in unnamed (see above).
            odd.append(Discrepancy.NO_UNION_NAMED)
            named.append(unnamed.pop(0))
        plain = all(_plain(name) for _, name, _ in (*named, *unnamed))
        keys = [
            name.lower() if plain else v.name_key(v.normalize_name(name))
            for _, name, _ in named
        ]
        twice = len(set(keys)) < len(keys)
        if twice:
            odd.append(Discrepancy.UNION_NAMED_TWICE)
        if unnamed:
            odd.append(Discrepancy.VOTES_FOR_UNNAMED_UNION)
        if not twice and not unnamed:
            return [[(name, n) for _, name, n in named]], tuple(odd), plain
        readings = []
        for add in (True, False) if twice else (True,):
            once: dict[str, list[Any]] = {}
            for key, (k, name, n) in zip(keys, named, strict=True):
                if key not in once:
                    once[key] = [k, name, n]
                elif add:
                    once[key][2] += n
            for extra in (unnamed, []) if unnamed else ([],):
                columns = sorted([*map(tuple, once.values()), *extra])
                readings.append([(name, n) for _, name, n in columns])
        return readings, tuple(odd), plain

    @staticmethod
    def _alike(case_type: CaseType | None, tallies: list[Tally]) -> str | None:
        """
        Return `None` if every reading decides the same outcome, else why
        the law cannot decide the row.
        """
        verdicts = []
        for tally in tallies:
            verdict = decide_case(case_type, tally)
            if verdict is None:
                return (
                    "its case type is not decided, so its readings cannot be"
                )
            verdicts.append(
                (
                    verdict.result.value,
                    None if verdict.winner is None else verdict.winner.name,
                )
            )
        if len(set(verdicts)) == 1:
            return None
        ways = "; ".join(
            f"{result}" + ("" if winner is None else f" ({winner})")
            for result, winner in dict.fromkeys(verdicts)
        )
        return f"its readings decide different outcomes: {ways}"

    def _kind(
        self, recorded: Recorded, errors: list[LaborVoteError]
    ) -> TallyKind:
        """
        Return the tally's kind from the Board's words.
        """
        try:
            return tally_kind(recorded.tally_type, recorded.ballot_type)
        except KeyError:
            header = self.headers["tally_type"]
            msg = (
                f"{header!r} must be Initial, Rerun or Run-off, "
                f"got {v.shown(recorded.tally_type)}"
            )
            errors.append(
                InvalidRecordError(
                    msg, field=header, value=recorded.tally_type
                )
            )
            return TallyKind.INITIAL
