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

# The layout, bottom up; each layer imports only from the ones below it
# (tests/test_layers.py proves it from the source):
#
# - exceptions.py: every error laborvote raises, public.
# - _core/: the value objects (ballots, tallies, outcomes, objections),
#   the one engine of the NLRB's outcome classes and determinative
#   challenges, and exact arithmetic. Pure: no I/O, no rulebooks.
# - rules/: the rulebooks, public; one module per law, built on _core.
# - _decide.py: `decide`, the one entry point: the NLRB's rules of _core,
#   or a rulebook of rules/ (imported only when needed).
# - _case/: the life of a case after the count: objection deadlines and
#   `Election`, which decides through `decide`.
# - this module: the public names, re-exported with __module__ set to
#   "laborvote" (as trio does); rules/ and _case/ load on first use.
# - nlrb/ (readers of the Board's files, the audit) and strategies.py
#   (Hypothesis strategies): built on the public names.
# - cli/: the `laborvote` command, one module per subcommand.

from __future__ import annotations

from typing import TYPE_CHECKING

from laborvote import exceptions as exceptions
from laborvote._core.arithmetic import (
    challenges_determinative as challenges_determinative,
)
from laborvote._core.arithmetic import (
    challenges_to_change as challenges_to_change,
)
from laborvote._core.arithmetic import majority_needed as majority_needed
from laborvote._core.arithmetic import margin as margin
from laborvote._core.arithmetic import support as support
from laborvote._core.arithmetic import (
    support_of_eligible as support_of_eligible,
)
from laborvote._core.arithmetic import turnout as turnout
from laborvote._core.ballots import Ballots as Ballots
from laborvote._core.ballots import Choice as Choice
from laborvote._core.ballots import ChoiceKind as ChoiceKind
from laborvote._core.objection import Objection as Objection
from laborvote._core.objection import ObjectionStatus as ObjectionStatus
from laborvote._core.outcome import Outcome as Outcome
from laborvote._core.outcome import Result as Result
from laborvote._core.outcome import TestResult as TestResult
from laborvote._core.public import lazy as _lazy
from laborvote._core.public import publish_all as _publish_all
from laborvote._core.tally import CaseNumber as CaseNumber
from laborvote._core.tally import CaseType as CaseType
from laborvote._core.tally import Tally as Tally
from laborvote._core.tally import TallyKind as TallyKind
from laborvote._decide import decide as decide

if TYPE_CHECKING:
    from typing import Any

    from laborvote import rules as rules
    from laborvote._case.deadlines import DayCount as DayCount
    from laborvote._case.deadlines import Deadline as Deadline
    from laborvote._case.deadlines import DeadlineRule as DeadlineRule
    from laborvote._case.deadlines import (
        deadline_rule_in_force as deadline_rule_in_force,
    )
    from laborvote._case.deadlines import deadline_rules as deadline_rules
    from laborvote._case.deadlines import is_business_day as is_business_day
    from laborvote._case.deadlines import objections_due as objections_due
    from laborvote._case.election import Certification as Certification
    from laborvote._case.election import Election as Election
    from laborvote._case.election import ElectionStatus as ElectionStatus
    from laborvote._case.election import Step as Step
    from laborvote._core.odds import ChallengeOdds as ChallengeOdds
    from laborvote._core.odds import OddsModel as OddsModel
    from laborvote._core.odds import PossibleOutcome as PossibleOutcome
    from laborvote._core.odds import odds_of_change as odds_of_change
    from laborvote._core.picture import to_svg as to_svg
    from laborvote._core.swing import switches_to_change as switches_to_change
    from laborvote._core.whatif import (
        resolve_challenges as resolve_challenges,
    )

#: The version of laborvote (CalVer ``YY.N.MICRO``, see the changelog).
__version__ = "26.1.0"

__all__ = [
    "Ballots",
    "CaseNumber",
    "CaseType",
    "Certification",
    "ChallengeOdds",
    "Choice",
    "ChoiceKind",
    "DayCount",
    "Deadline",
    "DeadlineRule",
    "Election",
    "ElectionStatus",
    "Objection",
    "ObjectionStatus",
    "OddsModel",
    "Outcome",
    "PossibleOutcome",
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
    "nlrb",
    "objections_due",
    "odds_of_change",
    "resolve_challenges",
    "rules",
    "support",
    "support_of_eligible",
    "switches_to_change",
    "to_svg",
    "turnout",
]

# Names imported on first use, to keep `import laborvote` fast: the case
# model, the objection deadlines, the rulebooks, what the challenged
# ballots could do, and the NLRB's files (PEP 562). `nlrb` sits above this
# module (it is built on the public names), so it is imported here only by
# name, through importlib, never with an import statement
# (tests/test_layers.py).
_LAZY = {
    "rules": ".rules",
    "nlrb": ".nlrb",
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
        "._case.deadlines",
    ),
    **dict.fromkeys(
        ("Certification", "Election", "ElectionStatus", "Step"),
        "._case.election",
    ),
    **dict.fromkeys(
        ("ChallengeOdds", "OddsModel", "PossibleOutcome", "odds_of_change"),
        "._core.odds",
    ),
    "resolve_challenges": "._core.whatif",
    "switches_to_change": "._core.swing",
    "to_svg": "._core.picture",
}


_load, _names = _lazy(globals(), _LAZY)


def __getattr__(name: str) -> Any:
    return _load(name)


def __dir__() -> list[str]:
    return _names()


# Say "laborvote.Tally" in reprs, pickles and the docs, not the private
# module that defines it (as trio does); the lazy names get the same when
# they load.
_publish_all(globals(), [name for name in __all__ if name not in _LAZY])
