"""
One row per tally, computed and recorded columns side by side, as a
pandas or polars data frame (the ``pandas`` and ``polars`` extras).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from laborvote.nlrb._audit import Audit, audit
from laborvote.nlrb._optional import require
from laborvote.nlrb._records import Record


def as_row(item: Audit) -> dict[str, Any]:
    """
    Return the flat row of one audit: every column of a data frame.
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


def _rows(items: Iterable[Record | Audit]) -> list[dict[str, Any]]:
    return [
        as_row(item if isinstance(item, Audit) else audit(item))
        for item in items
    ]


def to_pandas(items: Iterable[Record | Audit]) -> Any:
    """
    Return a ``pandas.DataFrame`` with one row per record, audited.

    Records are audited with `audit` (audits are taken as they are).
    The columns put the computed and the recorded values side by side:
    ``valid_votes`` and ``recorded_total``, ``challenges_determinative``
    and ``recorded_challenges_determinative``, ``runoff_required`` and
    ``recorded_runoff_required``, ``winner`` and
    ``recorded_union_to_certify``; ``discrepancies`` holds the codes,
    separated by spaces, and ``error`` why a row could not be read.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
    ...     "29-RC-288020,Amazon Labor Union,2654,2131\\n"
    ... )
    >>> frame = nlrb.to_pandas(nlrb.read_csv(data))
    >>> frame.loc[0, ["result", "winner"]].tolist()
    ['certified', 'Amazon Labor Union']

    Raises:
        laborvote.exceptions.MissingDependencyError: If pandas is not
            installed (``pip install 'laborvote[pandas]'``).

    .. versionadded:: 26.1.0
    """
    pandas = require("pandas", extra="pandas", purpose="to_pandas()")
    return pandas.DataFrame(_rows(items))


def to_polars(items: Iterable[Record | Audit]) -> Any:
    """
    Return a ``polars.DataFrame`` with one row per record, audited.

    The columns are those of `to_pandas`.

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
    polars = require("polars", extra="polars", purpose="to_polars()")
    return polars.DataFrame(_rows(items), infer_schema_length=None)
