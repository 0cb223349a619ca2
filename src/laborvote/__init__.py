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

from . import exceptions as exceptions

# After the core: the rulebooks build on it. Without a rulebook,
# `decide` applies the NLRB's representation rules of `._decide`.
from . import rules as rules
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
from ._objection import Objection as Objection
from ._objection import ObjectionStatus as ObjectionStatus
from ._outcome import Outcome as Outcome
from ._outcome import Result as Result
from ._outcome import TestResult as TestResult
from ._tally import CaseNumber as CaseNumber
from ._tally import CaseType as CaseType
from ._tally import Tally as Tally
from ._tally import TallyKind as TallyKind
from .rules import decide as decide

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

# Say "laborvote.Tally" in reprs, pickles and the docs, not the private
# module that defines it (as trio does); likewise "laborvote.decide",
# which laborvote.rules defines.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith(
        ("laborvote._", "laborvote.rules")
    ):
        _obj.__module__ = __name__
del _name, _obj
