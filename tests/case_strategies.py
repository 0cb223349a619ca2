"""
Test-only Hypothesis strategies for deadlines and the life of a case.

Kept beside ``strategies.py`` (the core's) so that the two can be merged
without conflict; both are imported by name from the tests folder.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from laborvote import Objection, ObjectionStatus
from laborvote import strategies as lvst

#: The first tally date a rule version known to laborvote covers.
FIRST_COVERED = dt.date(2015, 4, 14)
#: The day the current (5 business days) version took effect.
CURRENT_FROM = dt.date(2020, 5, 31)


def tally_dates(
    *,
    min_value: dt.date = FIRST_COVERED,
    max_value: dt.date = dt.date(2040, 12, 31),
) -> st.SearchStrategy[dt.date]:
    """
    Generate tally dates that some rule version covers.
    """
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def decided_objections(
    draw: st.DrawFn,
    *,
    statuses: st.SearchStrategy[ObjectionStatus] | None = None,
) -> Objection:
    """
    Generate objections in any status, with a decision date (or none)
    that is never before the filing date.
    """
    status = draw(
        st.sampled_from(ObjectionStatus) if statuses is None else statuses
    )
    filed = draw(st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)))
    decided = None
    if status is not ObjectionStatus.FILED:
        decided = draw(
            st.none()
            | st.integers(0, 3000).map(lambda n: filed + dt.timedelta(days=n))
        )
    return Objection(
        party=draw(lvst.union_names()),
        number=draw(st.integers(min_value=1, max_value=99)),
        text=draw(lvst.union_names(max_size=40)),
        filed=filed,
        status=status,
        decided=decided,
    )
