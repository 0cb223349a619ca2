"""
Read the NLRB's election files, and audit them against the law.

Every data row becomes one `Record`, in file order, whether or not it can
be read; `audit` decides each record's tally and reports every
`Discrepancy` between the counts and what the Board recorded.

>>> import io
>>> from laborvote import nlrb
>>> data = io.StringIO(
...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against\\n"
...     "29-RC-288020,Amazon Labor Union,2654,2131\\n"
...     "10-RC-269250,RWDSU,738,-1798\\n"
... )
>>> for record in nlrb.read_csv(data):
...     print(record.source.row, record.ok, nlrb.audit(record).result)
1 True Result.CERTIFIED
2 False None

.. versionadded:: 26.1.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from laborvote._core.public import lazy as _lazy
from laborvote._core.public import publish_all as _publish_all
from laborvote.nlrb._audit import Audit as Audit
from laborvote.nlrb._audit import Discrepancy as Discrepancy
from laborvote.nlrb._audit import audit as audit
from laborvote.nlrb._csv import read_csv as read_csv
from laborvote.nlrb._layouts import Layout as Layout
from laborvote.nlrb._read import read as read
from laborvote.nlrb._records import Record as Record
from laborvote.nlrb._records import Recorded as Recorded
from laborvote.nlrb._records import Source as Source
from laborvote.nlrb._unions import National as National
from laborvote.nlrb._unions import affiliation as affiliation
from laborvote.nlrb._unions import nationals as nationals
from laborvote.nlrb._unions import union_key as union_key

if TYPE_CHECKING:
    from typing import Any

    from laborvote.nlrb._elections import (
        ElectionAudit as ElectionAudit,
    )
    from laborvote.nlrb._elections import (
        ElectionDiscrepancy as ElectionDiscrepancy,
    )
    from laborvote.nlrb._elections import Inclusion as Inclusion
    from laborvote.nlrb._elections import elections as elections
    from laborvote.nlrb._frames import (
        elections_to_pandas as elections_to_pandas,
    )
    from laborvote.nlrb._frames import (
        elections_to_polars as elections_to_polars,
    )
    from laborvote.nlrb._frames import to_pandas as to_pandas
    from laborvote.nlrb._frames import to_polars as to_polars
    from laborvote.nlrb._xlsx import read_xlsx as read_xlsx

__all__ = [
    "Audit",
    "Discrepancy",
    "ElectionAudit",
    "ElectionDiscrepancy",
    "Inclusion",
    "Layout",
    "National",
    "Record",
    "Recorded",
    "Source",
    "affiliation",
    "audit",
    "elections",
    "elections_to_pandas",
    "elections_to_polars",
    "nationals",
    "read",
    "read_csv",
    "read_xlsx",
    "to_pandas",
    "to_polars",
    "union_key",
]

# Names imported on first use, to keep `import laborvote.nlrb` (and the
# command's audit of a CSV file) fast: elections, frames and workbooks.
_LAZY = {
    **dict.fromkeys(
        ("ElectionAudit", "ElectionDiscrepancy", "Inclusion", "elections"),
        "._elections",
    ),
    **dict.fromkeys(
        (
            "elections_to_pandas",
            "elections_to_polars",
            "to_pandas",
            "to_polars",
        ),
        "._frames",
    ),
    "read_xlsx": "._xlsx",
}

_load, _names = _lazy(globals(), _LAZY)


def __getattr__(name: str) -> Any:
    return _load(name)


def __dir__() -> list[str]:
    return _names()


# Say "laborvote.nlrb.Record" in reprs, pickles and the docs, not the
# private module that defines it (as trio does); the lazy names get the
# same when they load.
_publish_all(globals(), [name for name in __all__ if name not in _LAZY])
