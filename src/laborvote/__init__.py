"""
Decide union elections under the NLRB's rules, exactly, and explain why.

>>> import laborvote
>>> tally = laborvote.Tally(
...     ballots=laborvote.Ballots(
...         unions={"RWDSU": 738}, against=1798, void=76, challenged=505
...     ),
...     eligible=5867,
... )
>>> laborvote.decide(tally).result
<Result.NO_REPRESENTATIVE: 'no_representative'>
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from . import exceptions as exceptions
from ._arithmetic import challenges_determinative as challenges_determinative
from ._arithmetic import challenges_to_change as challenges_to_change
from ._arithmetic import majority_needed as majority_needed
from ._arithmetic import margin as margin
from ._arithmetic import support as support
from ._arithmetic import support_of_eligible as support_of_eligible
from ._arithmetic import turnout as turnout
from ._ballots import Ballots as Ballots
from ._ballots import Choice as Choice
from ._ballots import ChoiceKind as ChoiceKind
from ._dispatch import decide as decide
from ._objection import Objection as Objection
from ._objection import ObjectionStatus as ObjectionStatus
from ._outcome import Outcome as Outcome
from ._outcome import Result as Result
from ._outcome import TestResult as TestResult
from ._tally import CaseNumber as CaseNumber
from ._tally import CaseType as CaseType
from ._tally import Tally as Tally
from ._tally import TallyKind as TallyKind

if TYPE_CHECKING:
    from typing import Any

    from . import rules as rules
    from ._deadlines import DayCount as DayCount
    from ._deadlines import Deadline as Deadline
    from ._deadlines import DeadlineRule as DeadlineRule
    from ._deadlines import deadline_rule_in_force as deadline_rule_in_force
    from ._deadlines import deadline_rules as deadline_rules
    from ._deadlines import is_business_day as is_business_day
    from ._deadlines import objections_due as objections_due
    from ._election import Certification as Certification
    from ._election import Election as Election
    from ._election import ElectionStatus as ElectionStatus
    from ._election import Step as Step

__all__ = [
    "Ballots",
    "CaseNumber",
    "CaseType",
    "Certification",
    "Choice",
    "ChoiceKind",
    "DayCount",
    "Deadline",
    "DeadlineRule",
    "Election",
    "ElectionStatus",
    "Objection",
    "ObjectionStatus",
    "Outcome",
    "Result",
    "Step",
    "Tally",
    "TallyKind",
    "TestResult",
    "challenges_determinative",
    "challenges_to_change",
    "deadline_rule_in_force",
    "deadline_rules",
    "decide",
    "exceptions",
    "is_business_day",
    "majority_needed",
    "margin",
    "objections_due",
    "rules",
    "support",
    "support_of_eligible",
    "turnout",
]

# Names imported on first use, to keep `import laborvote` fast: the case
# model, the objection deadlines and the rulebooks (PEP 562).
_LAZY = {
    "rules": ".rules",
    **dict.fromkeys(
        (
            "DayCount",
            "Deadline",
            "DeadlineRule",
            "deadline_rule_in_force",
            "deadline_rules",
            "is_business_day",
            "objections_due",
        ),
        "._deadlines",
    ),
    **dict.fromkeys(
        ("Certification", "Election", "ElectionStatus", "Step"), "._election"
    ),
}


def _public(obj: Any) -> Any:
    """
    Say "laborvote.Tally" in reprs, pickles and the docs, not the private
    module that defines it (as trio does).
    """
    if getattr(obj, "__module__", "").startswith("laborvote._"):
        obj.__module__ = __name__
    return obj


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    module = importlib.import_module(_LAZY[name], __name__)
    if name == "rules":
        globals()[name] = module
        return module
    # Publish every name of that module at once, so that each says
    # "laborvote.X" from the start, in annotations too.
    for other, where in _LAZY.items():
        if where == _LAZY[name]:
            globals()[other] = _public(getattr(module, other))
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name
