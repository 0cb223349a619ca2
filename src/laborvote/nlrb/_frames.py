"""
Data frames for analysts (the ``pandas`` and ``polars`` extras): one row
per tally, or one per election, computed and recorded columns side by
side, with nullable types.

The frames are built column by column: the records stream past, and
every few thousand rows (`_CHUNK`) their values are moved a column at a
time into the columns, integers into typed arrays with a mask, so that
the memory held while building is about the size of the frame itself.
"""

from __future__ import annotations

import array
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from laborvote._core.arithmetic import challenges_to_change, margin
from laborvote._core.tally import CaseType
from laborvote.nlrb._audit import Audit, audit
from laborvote.nlrb._elections import ElectionAudit, elections
from laborvote.nlrb._optional import require
from laborvote.nlrb._records import Record
from laborvote.nlrb._unions import affiliation, union_key

_REPRESENTATION = frozenset({CaseType.RC, CaseType.RD, CaseType.RM})
_EPOCH = dt.date(1970, 1, 1)


def as_row(item: Audit) -> dict[str, Any]:
    """
    Return the flat row of one audit, as text and numbers (for CSV).
    """
    record = item.record
    source, recorded, tally = record.source, record.recorded, record.tally
    unions: list[Any] = [None] * 6
    against = void = challenged = valid = None
    kind = None
    if tally is not None:
        for i, (name, votes) in enumerate(tally.ballots.unions):
            unions[2 * i : 2 * i + 2] = name, votes
        against = tally.ballots.against
        void, challenged = tally.void, tally.challenged
        valid = tally.valid_votes
        kind = tally.kind.value
    runoff = item.runoff_between
    error = record.error
    return {
        "file": source.file,
        "row": source.row,
        "line": source.line,
        "sheet": source.sheet,
        "layout": record.layout.value,
        "case_number": recorded.case_number,
        "case_type": (
            None if recorded.case_type is None else recorded.case_type.value
        ),
        "case_name": recorded.case_name,
        "unit_id": recorded.unit_id,
        "tally_type": recorded.tally_type,
        "ballot_type": recorded.ballot_type,
        "kind": kind,
        "tally_date": recorded.tally_date,
        "date_filed": recorded.date_filed,
        "date_closed": recorded.date_closed,
        "status": recorded.status,
        "reason_closed": recorded.reason_closed,
        "eligible": recorded.eligible,
        "union_1": unions[0],
        "votes_1": unions[1],
        "union_2": unions[2],
        "votes_2": unions[3],
        "union_3": unions[4],
        "votes_3": unions[5],
        "against": against,
        "void": void,
        "challenged": challenged,
        "valid_votes": valid,
        "recorded_total": recorded.total,
        "result": None if item.result is None else item.result.value,
        "winner": None if item.winner is None else item.winner.name,
        "runoff_first": None if runoff is None else runoff[0].name,
        "runoff_second": None if runoff is None else runoff[1].name,
        "challenges_determinative": item.challenges_determinative,
        "recorded_challenges_determinative": (
            recorded.challenges_determinative
        ),
        "runoff_required": (
            None if item.result is None else runoff is not None
        ),
        "recorded_runoff_required": recorded.runoff_required,
        "recorded_union_to_certify": recorded.union_to_certify,
        "recorded_win": recorded.win,
        "recorded_loss": recorded.loss,
        "discrepancies": " ".join(d.value for d in item.discrepancies),
        "error": None if error is None else str(error),
    }


# -- Columns ----------------------------------------------------------------

#: How many rows are held as Python values before they go into the typed
#: columns: enough to move them a column at a time, few enough that what
#: they hold is small beside the frame.
_CHUNK = 4096

#: How many rows `to_polars` builds before it makes them a frame: the
#: Python values of that many rows (their text, mostly) are all that is
#: held beside the frame.
_POLARS_PART = 1 << 15


def _none_to_zero(values: tuple[Any, ...]) -> list[Any]:
    return [0 if v is None else v for v in values]


def _mask(values: tuple[Any, ...]) -> list[bool]:
    return [v is None for v in values]


class _Ints:
    """
    A column of integers or NA: 8 bytes and a mask byte per row.
    """

    kind = "int"

    def __init__(self) -> None:
        self.values = array.array("q")
        self.mask = bytearray()

    def extend(self, values: tuple[int | None, ...]) -> None:
        self.values.extend(_none_to_zero(values))
        self.mask.extend(_mask(values))


class _Bools:
    """
    A column of booleans or NA.
    """

    kind = "bool"

    def __init__(self) -> None:
        self.values = bytearray()
        self.mask = bytearray()

    def extend(self, values: tuple[bool | None, ...]) -> None:
        self.values.extend(map(bool, values))
        self.mask.extend(_mask(values))


_EPOCH_DAY = _EPOCH.toordinal()


class _Dates:
    """
    A column of days or NA, as days since 1970-01-01.
    """

    kind = "date"

    def __init__(self) -> None:
        self.values = array.array("q")
        self.mask = bytearray()

    def extend(self, values: tuple[dt.date | None, ...]) -> None:
        epoch = _EPOCH_DAY
        self.values.extend(
            [0 if v is None else v.toordinal() - epoch for v in values]
        )
        self.mask.extend(_mask(values))


class _Chunks:
    """
    A column of Python values, kept as the tuples they came in and joined
    once, when the frame is built.

    A tuple of text and numbers is one the garbage collector stops
    tracking, and walking a list of a few hundred of them is nothing; a
    list of every value so far would be walked whole by every full
    collection, which an audit of 470,000 rows makes dozens of times.
    """

    def __init__(self, rows: int = 0) -> None:
        self.chunks: list[tuple[Any, ...]] = [(None,) * rows] if rows else []
        self.rows = rows

    def extend(self, values: tuple[Any, ...]) -> None:
        self.chunks.append(values)
        self.rows += len(values)

    def pad(self, rows: int) -> None:
        """
        Fill the column with NA up to *rows* rows.
        """
        if self.rows < rows:
            self.extend((None,) * (rows - self.rows))

    @property
    def values(self) -> list[Any]:
        """
        Every value, in order.
        """
        return list(itertools.chain.from_iterable(self.chunks))


class _Objects(_Chunks):
    """
    A column of Python values (text, lists held as tuples), `None` for NA;
    *kind* is ``"str"``, ``"category"``, ``"list"`` (of text) or
    ``"intlist"``.
    """

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind


_Column = _Ints | _Bools | _Dates | _Objects


def _pandas_column(pandas: Any, column: _Column) -> Any:
    numpy = require("numpy", extra="pandas", purpose="to_pandas()")
    if isinstance(column, _Ints):
        values = numpy.frombuffer(column.values, dtype="int64")
        mask = numpy.frombuffer(column.mask, dtype="bool")
        return pandas.arrays.IntegerArray(values, mask.copy())
    if isinstance(column, _Bools):
        values = numpy.frombuffer(column.values, dtype="bool")
        mask = numpy.frombuffer(column.mask, dtype="bool")
        return pandas.arrays.BooleanArray(values.copy(), mask.copy())
    if isinstance(column, _Dates):
        days = numpy.frombuffer(column.values, dtype="int64").astype(
            "datetime64[D]"
        )
        days[numpy.frombuffer(column.mask, dtype="bool")] = numpy.datetime64(
            "NaT", "D"
        )
        return pandas.array(days.astype("datetime64[s]"))
    if column.kind == "category":
        return pandas.Categorical(column.values)
    if column.kind == "str":
        return pandas.array(column.values, dtype="string")
    # The lists were held as tuples, which the garbage collector lets go
    # of (an empty one is shared): a list a row would make every full
    # collection walk every column built so far.
    series = pandas.Series(
        [None if v is None else list(v) for v in column.values], dtype=object
    )
    return series.array


def _polars_column(polars: Any, name: str, column: _Column) -> Any:
    if isinstance(column, _Ints | _Dates | _Bools):
        if isinstance(column, _Bools):
            series = polars.Series(
                name, column.values, dtype=polars.UInt8
            ).cast(polars.Boolean)
        else:
            series = polars.Series(name, column.values, dtype=polars.Int64)
        if any(column.mask):
            mask = polars.Series(column.mask, dtype=polars.UInt8).cast(
                polars.Boolean
            )
            series = polars.select(
                polars.when(mask).then(None).otherwise(series).alias(name)
            ).to_series()
        if isinstance(column, _Dates):
            series = series.cast(polars.Int32).cast(polars.Date)
        return series
    if column.kind == "category":
        return polars.Series(name, column.values, dtype=polars.Categorical)
    if column.kind == "str":
        return polars.Series(name, column.values, dtype=polars.String)
    return _polars_lists(polars, name, column)


#: Joins the items of a list in one text cell; no code or number holds it.
_SEPARATOR = "\x1f"


def _polars_lists(polars: Any, name: str, column: _Objects) -> Any:
    """
    Return a column of lists as a polars ``List`` series, built as one
    text series split in one pass (not one series per row).
    """
    sep = _SEPARATOR
    joined = polars.Series(
        name,
        [None if v is None else sep.join(map(str, v)) for v in column.values],
        dtype=polars.String,
    )
    inner = polars.Int64 if column.kind == "intlist" else polars.String
    empty = polars.lit([], dtype=polars.List(inner))
    split = joined.str.split(sep)
    if inner is polars.Int64:
        split = split.cast(polars.List(polars.Int64))
    return (
        polars.select(
            polars.when(joined == "").then(empty).otherwise(split).alias(name)
        )
        .to_series()
        .cast(polars.List(inner))
    )


class _Builder:
    """
    Columns filled a chunk of rows at a time; raw columns may start late
    (a later table of a workbook), and are padded with NA.
    """

    def __init__(self, spec: tuple[tuple[str, Callable[[], _Column]], ...]):
        self.columns: dict[str, _Column] = {n: make() for n, make in spec}
        self.raw: dict[str, _Chunks] = {}
        self.rows = 0
        self._pending: list[tuple[Any, ...] | list[Any]] = []
        # The raw cells of the rows not yet moved, all under _header, and
        # where each raw column's cells are in them.
        self._cells: list[tuple[object, ...]] = []
        self._header: tuple[str, ...] | None = None
        self._plan: list[tuple[int, str]] = []
        self._raw_rows = 0

    def add(self, values: tuple[Any, ...] | list[Any]) -> None:
        self._pending.append(values)
        self.rows += 1
        if len(self._pending) >= _CHUNK:
            self._flush_values()

    def add_raw(
        self, header: tuple[str, ...], cells: tuple[object, ...]
    ) -> None:
        if header is not self._header and header != self._header:
            self._flush_raw()
            self._header = header
            self._plan = _plan(header)
        self._cells.append(cells)
        if len(self._cells) >= _CHUNK:
            self._flush_raw()

    def finish(self) -> _Builder:
        """
        Move the rows still held into the columns; return the builder.
        """
        self._flush_values()
        self._flush_raw()
        return self

    def _flush_values(self) -> None:
        pending = self._pending
        if not pending:
            return
        for column, values in zip(
            self.columns.values(), zip(*pending, strict=True), strict=True
        ):
            column.extend(values)
        pending.clear()

    def _flush_raw(self) -> None:
        held = self._cells
        if not held:
            return
        width = len(self._header or ())
        padded = [
            c if len(c) == width else (*c, *(None,) * width)[:width]
            for c in held
        ]
        by_column = list(zip(*padded, strict=True)) if width else []
        start = self._raw_rows
        for i, key in self._plan:
            column = self.raw.get(key)
            if column is None:
                column = self.raw[key] = _Chunks(start)
            column.extend(
                tuple(
                    [
                        c if type(c) is str else None if c is None else str(c)
                        for c in by_column[i]
                    ]
                )
            )
        self._raw_rows = start + len(held)
        for column in self.raw.values():
            column.pad(self._raw_rows)
        held.clear()


def _plan(header: tuple[str, ...]) -> list[tuple[int, str]]:
    """
    Return where each raw column of *header* is, and its name: the first
    of two columns of one name wins.
    """
    plan: dict[str, int] = {}
    for i, name in enumerate(header):
        plan.setdefault(f"raw: {name}" if name else f"raw: column {i + 1}", i)
    return [(i, key) for key, i in plan.items()]


def _ints() -> _Column:
    return _Ints()


def _bools() -> _Column:
    return _Bools()


def _dates() -> _Column:
    return _Dates()


def _strs() -> _Column:
    return _Objects("str")


def _cats() -> _Column:
    return _Objects("category")


def _lists() -> _Column:
    return _Objects("list")


def _intlists() -> _Column:
    return _Objects("intlist")


_TALLY_COLUMNS: tuple[tuple[str, Callable[[], _Column]], ...] = (
    ("file", _cats),
    ("row", _ints),
    ("line", _ints),
    ("sheet", _cats),
    ("layout", _cats),
    ("case_number", _strs),
    ("case_type", _cats),
    ("case_name", _strs),
    ("unit_id", _cats),
    ("tally_type", _cats),
    ("ballot_type", _cats),
    ("kind", _cats),
    ("tally_date", _dates),
    ("date_filed", _dates),
    ("date_closed", _dates),
    ("status", _cats),
    ("reason_closed", _cats),
    ("eligible", _ints),
    ("union_1", _strs),
    ("union_1_key", _strs),
    ("union_1_affiliation", _cats),
    ("votes_1", _ints),
    ("union_2", _strs),
    ("union_2_key", _strs),
    ("union_2_affiliation", _cats),
    ("votes_2", _ints),
    ("union_3", _strs),
    ("union_3_key", _strs),
    ("union_3_affiliation", _cats),
    ("votes_3", _ints),
    ("against", _ints),
    ("void", _ints),
    ("challenged", _ints),
    ("valid_votes", _ints),
    ("recorded_total", _ints),
    ("margin", _ints),
    ("challenges_to_change", _ints),
    ("result", _cats),
    ("winner", _strs),
    ("winner_key", _strs),
    ("winner_affiliation", _cats),
    ("runoff_first", _strs),
    ("runoff_second", _strs),
    ("challenges_determinative", _bools),
    ("recorded_challenges_determinative", _bools),
    ("runoff_required", _bools),
    ("recorded_runoff_required", _bools),
    ("recorded_union_to_certify", _strs),
    ("recorded_union_to_certify_key", _strs),
    ("recorded_win", _bools),
    ("discrepancies", _lists),
    ("error", _strs),
)


def _key(name: str | None) -> str | None:
    return None if name is None else union_key(name)


def _affiliation(name: str | None) -> str | None:
    return None if name is None else affiliation(name)


def _recorded_win(win: str | None, loss: str | None) -> bool | None:
    if (win is None) == (loss is None):
        return None
    return win is not None


def _tally_values(item: Audit) -> tuple[Any, ...]:
    record = item.record
    source, recorded, tally = record.source, record.recorded, record.tally
    unions: list[tuple[str | None, int | None]] = [(None, None)] * 3
    against = void = challenged = valid = lead = fewest = None
    kind = None
    if tally is not None:
        ballots = tally.ballots
        for i, pair in enumerate(ballots.unions):
            unions[i] = pair
        against = ballots.against
        if "void" in record.columns:
            void = tally.void
        if "challenged" in record.columns:
            challenged = tally.challenged
        valid = tally.valid_votes
        kind = tally.kind.value
        lead = margin(tally)
        if recorded.case_type in _REPRESENTATION:
            fewest = challenges_to_change(tally)
    runoff = item.runoff_between
    winner = None if item.winner is None else item.winner.name
    error = record.error
    union_columns: list[Any] = []
    for name, votes in unions:
        union_columns += [name, _key(name), _affiliation(name), votes]
    return (
        source.file,
        source.row,
        source.line,
        source.sheet,
        record.layout.value,
        recorded.case_number,
        None if recorded.case_type is None else recorded.case_type.value,
        recorded.case_name,
        recorded.unit_id,
        recorded.tally_type,
        recorded.ballot_type,
        kind,
        recorded.tally_date,
        recorded.date_filed,
        recorded.date_closed,
        recorded.status,
        recorded.reason_closed,
        recorded.eligible,
        *union_columns,
        against,
        void,
        challenged,
        valid,
        recorded.total,
        lead,
        fewest,
        None if item.result is None else item.result.value,
        winner,
        _key(winner),
        _affiliation(winner),
        None if runoff is None else runoff[0].name,
        None if runoff is None else runoff[1].name,
        item.challenges_determinative,
        recorded.challenges_determinative,
        None if item.result is None else runoff is not None,
        recorded.runoff_required,
        recorded.union_to_certify,
        _key(recorded.union_to_certify),
        _recorded_win(recorded.win, recorded.loss),
        tuple([d.value for d in item.discrepancies]),
        None if error is None else str(error),
    )


_ELECTION_COLUMNS: tuple[tuple[str, Callable[[], _Column]], ...] = (
    ("case_number", _strs),
    ("case_type", _cats),
    ("unit_id", _cats),
    ("rows", _intlists),
    ("tallies", _ints),
    ("reruns", _ints),
    ("runoffs", _ints),
    ("revised", _ints),
    ("controlling_row", _ints),
    ("controlling_kind", _cats),
    ("first_tally_date", _dates),
    ("tally_date", _dates),
    ("date_closed", _dates),
    ("eligible", _ints),
    ("union_1", _strs),
    ("union_1_key", _strs),
    ("union_1_affiliation", _cats),
    ("result", _cats),
    ("winner", _strs),
    ("winner_key", _strs),
    ("winner_affiliation", _cats),
    ("inclusion", _cats),
    ("reason_closed", _cats),
    ("union_to_certify", _strs),
    ("union_to_certify_key", _strs),
    ("recorded_win", _bools),
    ("history_accepted", _bools),
    ("discrepancies", _lists),
)


def _election_values(item: ElectionAudit) -> tuple[Any, ...]:
    kinds = [
        a.record.tally.kind.value
        for a in item.audits
        if a.record.tally is not None
    ]
    controlling = item.controlling
    record = None if controlling is None else controlling.record
    tally = None if record is None else record.tally
    dates = [
        a.record.tally.date
        for a in item.audits
        if a.record.tally is not None and a.record.tally.date is not None
    ]
    case_type = item.audits[0].record.recorded.case_type
    winner = None if item.winner is None else item.winner.name
    union = None if tally is None else tally.ballots.unions[0][0]
    return (
        item.case_number,
        None if case_type is None else case_type.value,
        item.unit_id,
        tuple(item.rows),
        len(item.audits),
        kinds.count("rerun"),
        kinds.count("runoff"),
        kinds.count("revised"),
        None if record is None else record.source.row,
        None if tally is None else tally.kind.value,
        min(dates, default=None),
        None if tally is None else tally.date,
        next(
            (
                a.record.recorded.date_closed
                for a in reversed(item.audits)
                if a.record.recorded.date_closed is not None
            ),
            None,
        ),
        None if tally is None else tally.eligible,
        union,
        _key(union),
        _affiliation(union),
        None if item.result is None else item.result.value,
        winner,
        _key(winner),
        _affiliation(winner),
        None if item.inclusion is None else item.inclusion.value,
        item.reason_closed,
        item.union_to_certify,
        _key(item.union_to_certify),
        item.recorded_win,
        item.election is not None,
        tuple([d.value for d in item.discrepancies]),
    )


def _tallies(items: Iterable[Record | Audit]) -> _Builder:
    [builder] = _tally_parts(items, rows=None)
    return builder


def _tally_parts(
    items: Iterable[Record | Audit], *, rows: int | None
) -> Iterator[_Builder]:
    """
    Yield the columns of *items*: in parts of *rows* rows each, or in one
    part if *rows* is `None`. There is always at least one part.
    """
    builder = _Builder(_TALLY_COLUMNS)
    parts = 0
    for item in items:
        a = item if isinstance(item, Audit) else audit(item)
        builder.add(_tally_values(a))
        builder.add_raw(a.record.header, a.record.cells)
        if builder.rows == rows:
            yield builder.finish()
            parts += 1
            builder = _Builder(_TALLY_COLUMNS)
    if builder.rows or not parts:
        yield builder.finish()


def _elections(
    items: Iterable[Record | Audit | ElectionAudit],
) -> _Builder:
    builder = _Builder(_ELECTION_COLUMNS)
    for e in _as_elections(items):
        builder.add(_election_values(e))
    return builder.finish()


def _as_elections(
    items: Iterable[Record | Audit | ElectionAudit],
) -> Iterable[ElectionAudit]:
    items = iter(items)
    first = next(items, None)
    if first is None:
        return
    if isinstance(first, ElectionAudit):
        yield first
        yield from items  # type: ignore[misc]
        return
    yield from elections(_chain(first, items))


def _chain(first: Any, rest: Iterable[Any]) -> Iterable[Any]:
    yield first
    yield from rest


def _to_pandas(builder: _Builder) -> Any:
    pandas = require("pandas", extra="pandas", purpose="to_pandas()")
    data = {
        name: _pandas_column(pandas, column)
        for name, column in builder.columns.items()
    }
    for name, column in builder.raw.items():
        data[name] = pandas.array(column.values, dtype="string")
    return pandas.DataFrame(data, copy=False)


def _to_polars(parts: Iterable[_Builder]) -> Any:
    """
    Return the polars frame of the columns *parts*, one after another.

    Each part becomes a frame of its own as soon as it is built, so that
    the Python values of only one part are held at a time; the frames are
    then joined without copying (a raw column that a part lacks is null
    there, as a late raw column is padded in one part).
    """
    polars = require("polars", extra="polars", purpose="to_polars()")
    frames = [_polars_frame(polars, builder) for builder in parts]
    if len(frames) == 1:
        return frames[0]
    return polars.concat(frames, how="diagonal", rechunk=False)


def _polars_frame(polars: Any, builder: _Builder) -> Any:
    columns = [
        _polars_column(polars, name, column)
        for name, column in builder.columns.items()
    ]
    columns += [
        polars.Series(name, column.values, dtype=polars.String)
        for name, column in builder.raw.items()
    ]
    return polars.DataFrame(columns)


def to_pandas(items: Iterable[Record | Audit]) -> Any:
    """
    Return a ``pandas.DataFrame`` with one row per record, audited.

    Records are audited with `audit` (audits are taken as they are). The
    columns put the computed and the recorded values side by side
    (``valid_votes`` and ``recorded_total``, ``challenges_determinative``
    and ``recorded_challenges_determinative``, ``winner`` and
    ``recorded_union_to_certify``...), with nullable types: counts are
    ``Int64``, flags ``boolean``, dates ``datetime64``, codes and
    vocabularies ``category``. ``void`` and ``challenged`` are NA where
    the file has no such column; ``margin`` is the first choice's lead
    (`laborvote.margin`) and ``challenges_to_change`` the fewest
    challenged ballots that could change the outcome
    (`laborvote.challenges_to_change`, representation cases only);
    ``recorded_win`` is the annual reports' win (``True``) or loss
    (``False``). Each union has its `union_key` and `affiliation`;
    ``discrepancies`` is a list of codes and ``error`` why a row could not
    be read. Every column of the source file follows, as text, named
    ``"raw: <header>"``.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
    ...     "29-RC-288020,Amazon Labor Union,2654,2131\\n"
    ... )
    >>> frame = nlrb.to_pandas(nlrb.read_csv(data))
    >>> (
    ...     frame.loc[0, ["result", "winner"]].tolist(),
    ...     int(frame.loc[0, "margin"]),
    ... )
    (['certified', 'Amazon Labor Union'], 523)

    Raises:
        laborvote.exceptions.MissingDependencyError: If pandas is not
            installed (``pip install 'laborvote[pandas]'``).

    .. versionadded:: 26.1.0
    """
    require("pandas", extra="pandas", purpose="to_pandas()")
    return _to_pandas(_tallies(items))


def to_polars(items: Iterable[Record | Audit]) -> Any:
    """
    Return a ``polars.DataFrame`` with one row per record, audited.

    The columns are those of `to_pandas`, as polars types (``Int64``,
    ``Boolean``, ``Date``, ``Categorical``, ``List(String)``).

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
    ...     "29-RC-288020,Amazon Labor Union,2654,2131\\n"
    ... )
    >>> frame = nlrb.to_polars(nlrb.read_csv(data))
    >>> frame["result"].to_list()
    ['certified']

    Raises:
        laborvote.exceptions.MissingDependencyError: If polars is not
            installed (``pip install 'laborvote[polars]'``).

    .. versionadded:: 26.1.0
    """
    require("polars", extra="polars", purpose="to_polars()")
    return _to_polars(_tally_parts(items, rows=_POLARS_PART))


def elections_to_pandas(
    items: Iterable[Record | Audit | ElectionAudit],
) -> Any:
    """
    Return a ``pandas.DataFrame`` with one row per election.

    Records and audits are grouped with `elections` (its default order:
    the rows of a case together); `ElectionAudit` values are taken as they
    are. The columns: the case and unit, the election's ``rows``, how many
    ``tallies``, ``reruns``, ``runoffs`` and ``revised`` tallies it has,
    the ``controlling_row`` and its kind and date, the first union on its
    ballot (``union_1``, with its key and affiliation), the final ``result``
    and ``winner`` (with its `union_key` and `affiliation`), the
    self-determination ``inclusion``, what the Board recorded
    (``reason_closed``, ``union_to_certify``, ``recorded_win``), whether
    `laborvote.Election` accepts the history, and the election-level
    ``discrepancies``.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Tally Type,Labor Union1,Votes for Labor Union1,"
    ...     "Votes Against\\n"
    ...     "29-RC-288020,Initial,Amazon Labor Union,2654,2131\\n"
    ... )
    >>> frame = nlrb.elections_to_pandas(nlrb.read_csv(data))
    >>> frame.loc[0, "result"], int(frame.loc[0, "tallies"])
    ('certified', 1)

    Raises:
        laborvote.exceptions.MissingDependencyError: If pandas is not
            installed (``pip install 'laborvote[pandas]'``).

    .. versionadded:: 26.1.0
    """
    require("pandas", extra="pandas", purpose="elections_to_pandas()")
    return _to_pandas(_elections(items))


def elections_to_polars(
    items: Iterable[Record | Audit | ElectionAudit],
) -> Any:
    """
    Return a ``polars.DataFrame`` with one row per election.

    The columns are those of `elections_to_pandas`.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Tally Type,Labor Union1,Votes for Labor Union1,"
    ...     "Votes Against\\n"
    ...     "29-RC-288020,Initial,Amazon Labor Union,2654,2131\\n"
    ... )
    >>> frame = nlrb.elections_to_polars(nlrb.read_csv(data))
    >>> frame["result"].to_list()
    ['certified']

    Raises:
        laborvote.exceptions.MissingDependencyError: If polars is not
            installed (``pip install 'laborvote[polars]'``).

    .. versionadded:: 26.1.0
    """
    require("polars", extra="polars", purpose="elections_to_polars()")
    return _to_polars([_elections(items)])
