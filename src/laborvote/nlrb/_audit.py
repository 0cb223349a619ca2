"""
The audit: decide each record's tally, and compare with what the Board
recorded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, final

import attrs

from laborvote._core import decide as _nlrb_rules
from laborvote._core import forms
from laborvote._core.ballots import Choice
from laborvote._core.decide import Verdict
from laborvote._core.outcome import Outcome, Result
from laborvote._core.tally import CaseType, Tally
from laborvote._core.trusted import constructor
from laborvote._decide import decide
from laborvote.exceptions import InvalidValueError
from laborvote.nlrb._codes import Coded, document
from laborvote.nlrb._forms import recorded_form
from laborvote.nlrb._layouts import normalize
from laborvote.nlrb._records import Record
from laborvote.nlrb._unions import union_key


class Discrepancy(Coded):
    """
    A way in which a record disagrees with its own counts.

    The values are stable codes, for filtering and counting; `sentence`
    says what each means. Each member is defined with its code and its
    sentence, and that is the only table of them: the list of attributes
    below and the table in the documentation are generated from it.

    >>> from laborvote.nlrb import Discrepancy
    >>> Discrepancy("total-includes-challenged").sentence
    'The recorded total is the valid votes plus the challenged ballots.'

    .. versionadded:: 26.1.0
    """

    DETERMINATIVE_FLAGGED_BUT_NOT = (
        "determinative-flagged-but-not",
        (
            "The record flags the challenges as determinative, but however "
            "the challenged ballots are resolved the outcome stays the same."
        ),
    )
    DETERMINATIVE_DENIED_BUT_IS = (
        "determinative-denied-but-is",
        (
            "The record says the challenges are not determinative, but some "
            "way of resolving the challenged ballots changes the outcome."
        ),
    )
    DETERMINATIVE_NOT_FLAGGED = (
        "determinative-not-flagged",
        (
            "The determinative flag is blank, but some way of resolving the "
            "challenged ballots changes the outcome."
        ),
    )
    DETERMINATIVE_ZERO_CHALLENGED = (
        "determinative-zero-challenged",
        (
            "The record flags the challenges as determinative, but no ballot "
            "was challenged."
        ),
    )
    TOTAL_INCLUDES_CHALLENGED = (
        "total-includes-challenged",
        "The recorded total is the valid votes plus the challenged ballots.",
    )
    TOTAL_INCLUDES_VOID = (
        "total-includes-void",
        "The recorded total is the valid votes plus the void ballots.",
    )
    TOTAL_INCLUDES_VOID_AND_CHALLENGED = (
        "total-includes-void-and-challenged",
        (
            "The recorded total is the valid votes plus the void and the "
            "challenged ballots."
        ),
    )
    TOTAL_MISMATCH = (
        "total-mismatch",
        (
            "The recorded total is neither the valid votes nor the valid "
            "votes plus the challenged or the void ballots."
        ),
    )
    BALLOTS_EXCEED_ELIGIBLE = (
        "ballots-exceed-eligible",
        (
            "More ballots were opened (valid and void) than there are "
            "eligible voters."
        ),
    )
    CHALLENGED_EXCEED_ELIGIBLE = (
        "challenged-exceed-eligible",
        (
            "With the challenged ballots, more ballots were cast than there "
            "are eligible voters (voters challenged for not being on the list "
            "can explain this)."
        ),
    )
    RUNOFF_FLAGGED_BUT_NOT_REQUIRED = (
        "runoff-flagged-but-not-required",
        (
            "The record says a runoff is required, but the counts decide the "
            "election without one."
        ),
    )
    RUNOFF_DENIED_BUT_REQUIRED = (
        "runoff-denied-but-required",
        (
            "The record says no runoff is required, but no choice has a "
            "majority of a ballot of three or more choices."
        ),
    )
    RUNOFF_NOT_FLAGGED = (
        "runoff-not-flagged",
        (
            "The runoff flag is blank, but no choice has a majority of a "
            "ballot of three or more choices."
        ),
    )
    UNION_TO_CERTIFY_NOT_WINNER = (
        "union-to-certify-not-winner",
        (
            "The counts certify a labor organization, but the record names "
            "another one to certify."
        ),
    )
    CLOSED_CERTIFIED_BUT_LOST = (
        "closed-certified-but-lost",
        (
            "The case closed with a certification of representative, but the "
            "counts decide that no labor organization is certified."
        ),
    )
    CLOSED_RESULTS_BUT_WON = (
        "closed-results-but-won",
        (
            "The case closed with a certification of results, but the counts "
            "certify a labor organization."
        ),
    )
    UNION_NAMED_TWICE = (
        "union-named-twice",
        (
            "The row names one labor organization in two columns; the outcome "
            "is the same whether their votes are added or the second column "
            "is left out."
        ),
    )
    VOTES_FOR_UNNAMED_UNION = (
        "votes-for-unnamed-union",
        (
            "A column counts votes but names no labor organization; the "
            "outcome is the same whether they count for an unnamed labor "
            "organization or for none."
        ),
    )
    NO_UNION_NAMED = (
        "no-union-named",
        (
            "The row names no labor organization: it is read as the ballot of "
            "an unnamed labor organization against no union."
        ),
    )
    RECORDED_WIN_AND_LOSS = (
        "recorded-win-and-loss",
        "The record marks the election both won and lost.",
    )
    RECORDED_WIN_BUT_LOST = (
        "recorded-win-but-lost",
        (
            "The record says the labor organization won, but the counts "
            "decide that no labor organization is certified."
        ),
    )
    RECORDED_LOSS_BUT_WON = (
        "recorded-loss-but-won",
        (
            "The record says the labor organization lost, but the counts "
            "certify a labor organization."
        ),
    )

    @property
    def sentence(self) -> str:
        """
        What the discrepancy means, in one sentence.

        >>> from laborvote.nlrb import Discrepancy
        >>> print(Discrepancy.TOTAL_INCLUDES_VOID.sentence)
        The recorded total is the valid votes plus the void ballots.

        .. versionadded:: 26.1.0
        """
        return self._sentence


document(Discrepancy)


@final
@attrs.frozen(kw_only=True)
class Audit:
    """
    One record, decided, and compared with what the Board recorded.

    Its ``result``, ``winner``, ``runoff_between`` and
    ``challenges_determinative`` are what `laborvote.decide` decides for
    the record's tally; for the reasons, call it on ``audit.record.tally``.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against,"
    ...     "Challenged Ballots,Challenges are Determinative\\n"
    ...     "14-RD-210506,United Steelworkers,10,10,1,N\\n"
    ... )
    >>> [audit] = map(nlrb.audit, nlrb.read_csv(data))
    >>> audit.result, audit.challenges_determinative
    (<Result.UNRESOLVED: 'unresolved'>, True)
    >>> [d.value for d in audit.discrepancies]
    ['determinative-denied-but-is']

    Attributes:
        record: The record audited.
        result: What the tally decides, or `None` if it is not decided:
            the row could not be read, or its case type is not decided
            (see `audit`).
        winner: The certified labor organization, if any.
        runoff_between: The two choices of the runoff, if one is
            required.
        challenges_determinative: Whether the challenged ballots could
            change the outcome; `None` if not decided, or if the layout
            does not record challenged ballots (annual reports).
        discrepancies: How the record disagrees with its counts, in the
            order of `Discrepancy`.

    .. versionadded:: 26.1.0
    """

    record: Record
    result: Result | None = None
    winner: Choice | None = None
    runoff_between: tuple[Choice, Choice] | None = None
    challenges_determinative: bool | None = None
    discrepancies: tuple[Discrepancy, ...] = ()

    @property
    def decided(self) -> bool:
        """
        Whether the record's tally was decided.

        >>> from laborvote.nlrb import Audit, Layout, Record, Recorded, Source
        >>> record = Record(
        ...     source=Source(file="f.csv", row=1, line=2),
        ...     layout=Layout.FOIA,
        ...     recorded=Recorded(),
        ... )
        >>> Audit(record=record).decided
        False

        .. versionadded:: 26.1.0
        """
        return self.result is not None

    def as_dict(self) -> dict[str, Any]:
        """
        Return this audit as a JSON-ready `dict`, as ``laborvote audit
        --format jsonl`` writes it (see :doc:`/json`).

        >>> from laborvote.nlrb import Audit, Layout, Record, Recorded, Source
        >>> record = Record(
        ...     source=Source(file="f.csv", row=1, line=2),
        ...     layout=Layout.FOIA,
        ...     recorded=Recorded(),
        ... )
        >>> Audit(record=record).as_dict()["schema"]
        'urn:laborvote:schema:audit-record:1'

        Every key holds a value of one shape whatever the row (``null``
        when unknown), so that the flattened rows share their CSV columns.

        .. versionadded:: 26.1.0
        """
        # An audit of a file writes this once a row: enum values are read
        # as `_value_`, which skips the descriptor behind `.value`.
        record = self.record
        recorded, tally, source = record.recorded, record.tally, record.source
        result, winner, runoff = self.result, self.winner, self.runoff_between
        form = recorded_form(recorded)
        votes = kind = void = challenged = valid = None
        if tally is not None:
            ballots = tally.ballots
            votes = _votes(tally)
            kind = tally.kind._value_
            void, challenged = ballots.void, ballots.challenged
            valid = ballots.valid
        return {
            "schema": _AUDIT_RECORD,
            "row": source.row,
            "case_number": recorded.case_number,
            "unit_id": recorded.unit_id,
            "tally_type": recorded.tally_type,
            "result": None if result is None else result._value_,
            "winner": None if winner is None else winner.name,
            "runoff_between": (
                None if runoff is None else [c.name for c in runoff]
            ),
            "challenges_determinative": self.challenges_determinative,
            "recorded": form,
            "discrepancies": [d._value_ for d in self.discrepancies],
            "error": None if record.error is None else str(record.error),
            "line": source.line,
            "sheet": source.sheet,
            "case_type": form["case_type"],
            "ballot_type": recorded.ballot_type,
            "votes": votes,
            "file": source.file,
            "layout": record.layout._value_,
            "kind": kind,
            "void": void,
            "challenged": challenged,
            "valid_votes": valid,
        }


def _votes(tally: Tally) -> dict[str, int]:
    """
    Return each choice's name with its votes, in ballot order.

    The names of `Ballots.unions <laborvote.Ballots>` are already the
    choices' names (normalised): no `Choice` is built for them.
    """
    ballots = tally.ballots
    votes = dict(ballots.unions)
    if ballots.against is not None:
        votes[Choice.AGAINST.name] = ballots.against
    return votes


_AUDIT_RECORD = forms.schema_id("audit-record")

# The audit's own constructor: its values are the verdict's, checked.
_trusted_audit: Callable[..., Audit] = constructor(Audit)

_ORDER = {d: i for i, d in enumerate(Discrepancy)}
_BY_CODE = {d.value: d for d in Discrepancy}
_REPRESENTATION = frozenset({CaseType.RC, CaseType.RD, CaseType.RM})


def _nlrb_verdict(tally: Tally) -> Verdict:
    """
    Return what `laborvote.decide` decides for *tally*, without reasons.

    The core's judgement, the one place the NLRB's rules are applied,
    without the sentences of the reasons or an `Outcome`, which an audit
    of 100,000 rows does not use.
    """
    return _nlrb_rules.verdict(tally, *_nlrb_rules.judge(tally))


def _from_outcome(outcome: Outcome) -> Verdict:
    """
    Return the verdict of an `Outcome` from a rulebook's ``decide``.
    """
    return Verdict(
        result=outcome.result,
        winner=outcome.winner,
        runoff_between=outcome.runoff_between,
        challenges_determinative=outcome.challenges_determinative,
    )


def decide_case(case_type: CaseType | None, tally: Tally) -> Verdict | None:
    """
    Decide *tally* by the rules of a case of *case_type*, or return `None`.

    RC, RD and RM tallies follow the NLRB's representation rules (in an
    RD case the votes "for" are for the incumbent, decided the same way);
    UD tallies the deauthorization rulebook (`_deauthorization`).
    Other case types hold no election.
    """
    if case_type in _REPRESENTATION:
        return _nlrb_verdict(tally)
    if case_type is CaseType.UD:
        return _deauthorization(tally)
    return None


def _deauthorization(tally: Tally) -> Verdict | None:
    """
    Decide a UD tally with `laborvote.rules`' deauthorization rulebook.

    The union's column holds the votes to rescind, the against column the
    votes to keep the union-security authority; rescinding needs a majority
    of the *eligible* employees (NLRA section 8(a)(3)(ii)). A tally that
    rulebook cannot decide (no number of eligible voters, or more than one
    union) is not decided: `None`, not a guess.
    """
    try:
        outcome = decide(tally, rules="deauthorization")
    except InvalidValueError:
        return None
    return _from_outcome(outcome)


@functools.lru_cache(maxsize=128)
def closing(reason: str | None) -> Result | None:
    """
    Return the result a closing reason states, if it states one.
    """
    words = normalize(reason)
    if not words.startswith("certific"):
        return None
    if "representative" in words:
        return Result.CERTIFIED
    if "result" in words:
        return Result.NO_REPRESENTATIVE
    return None


@functools.lru_cache(maxsize=128)
def _self_determination(ballot_type: str | None) -> bool:
    """
    Whether *ballot_type* is a self-determination ballot's.
    """
    return normalize(ballot_type).startswith("selfdetermination")


def _counts(record: Record, tally: Tally, found: list[Discrepancy]) -> None:
    """
    Add the discrepancies between the counts and the recorded numbers.
    """
    recorded, ballots = record.recorded, tally.ballots
    challenged, void, valid = ballots.challenged, ballots.void, ballots.valid
    if (
        recorded.challenges_determinative
        and not challenged
        and "challenged" in record.columns
    ):
        found.append(Discrepancy.DETERMINATIVE_ZERO_CHALLENGED)
    total = recorded.total
    if total is not None and total != valid:
        if challenged and total == valid + challenged:
            found.append(Discrepancy.TOTAL_INCLUDES_CHALLENGED)
        elif void and total == valid + void:
            found.append(Discrepancy.TOTAL_INCLUDES_VOID)
        elif void and challenged and total == valid + void + challenged:
            found.append(Discrepancy.TOTAL_INCLUDES_VOID_AND_CHALLENGED)
        else:
            found.append(Discrepancy.TOTAL_MISMATCH)
    if recorded.win is not None and recorded.loss is not None:
        found.append(Discrepancy.RECORDED_WIN_AND_LOSS)
    eligible = tally.eligible
    if eligible is not None:
        if valid + void > eligible:
            found.append(Discrepancy.BALLOTS_EXCEED_ELIGIBLE)
        elif valid + void + challenged > eligible:
            found.append(Discrepancy.CHALLENGED_EXCEED_ELIGIBLE)


def _determinative(
    record: Record,
    tally: Tally,
    verdict: Verdict,
    found: list[Discrepancy],
) -> None:
    """
    Add the discrepancies between the determinative flag and the counts.
    """
    flagged = record.recorded.challenges_determinative
    determinative = verdict.challenges_determinative
    if flagged is None:
        if determinative and "challenges_determinative" in record.columns:
            found.append(Discrepancy.DETERMINATIVE_NOT_FLAGGED)
    elif flagged != determinative and (
        # Flagged with none challenged has its own code.
        determinative or tally.challenged
    ):
        found.append(
            Discrepancy.DETERMINATIVE_FLAGGED_BUT_NOT
            if flagged
            else Discrepancy.DETERMINATIVE_DENIED_BUT_IS
        )


def _outcome(
    record: Record, verdict: Verdict, found: list[Discrepancy]
) -> None:
    """
    Add the discrepancies between the recorded outcome and the counts.
    """
    recorded, result = record.recorded, verdict.result
    runoff = result is Result.RUNOFF
    flagged = recorded.runoff_required
    if flagged is None:
        if runoff and "runoff_required" in record.columns:
            found.append(Discrepancy.RUNOFF_NOT_FLAGGED)
    elif flagged != runoff:
        found.append(
            Discrepancy.RUNOFF_FLAGGED_BUT_NOT_REQUIRED
            if flagged
            else Discrepancy.RUNOFF_DENIED_BUT_REQUIRED
        )
    named, winner = recorded.union_to_certify, verdict.winner
    if (
        winner is not None
        and named is not None
        and named != winner.name
        and union_key(named) != union_key(winner.name)
    ):
        found.append(Discrepancy.UNION_TO_CERTIFY_NOT_WINNER)
    if result is Result.CERTIFIED or result is Result.NO_REPRESENTATIVE:
        # A self-determination tally decides whether a voting group joins
        # the unit, not the case: its closing reason is compared with the
        # election (laborvote.nlrb.elections), not with this tally.
        stated = (
            None
            if _self_determination(recorded.ballot_type)
            else closing(recorded.reason_closed)
        )
        if stated is not None and stated is not result:
            found.append(
                Discrepancy.CLOSED_CERTIFIED_BUT_LOST
                if stated is Result.CERTIFIED
                else Discrepancy.CLOSED_RESULTS_BUT_WON
            )
        win, loss = recorded.win is not None, recorded.loss is not None
        if win and not loss and result is Result.NO_REPRESENTATIVE:
            found.append(Discrepancy.RECORDED_WIN_BUT_LOST)
        elif loss and not win and result is Result.CERTIFIED:
            found.append(Discrepancy.RECORDED_LOSS_BUT_WON)


def audit(record: Record) -> Audit:
    """
    Decide *record*'s tally, and compare it with what the Board recorded.

    - RC, RD and RM tallies are decided with the NLRB's representation
      rules (`laborvote.decide`), UD (deauthorization) tallies with the
      deauthorization rulebook of `laborvote.rules` (a majority of the
      eligible employees must vote to rescind: ``rescinded`` or
      ``retained``). Rows that could not be read are not decided, nor are
      UD rows without the number of eligible voters, nor other case types.
    - Every `Discrepancy` between the counts and the record is reported.
      A blank flag is "not recorded": it contradicts nothing, except that
      a blank determinative or runoff flag where the counts say "yes" has
      its own code. Checks that need a column the layout lacks (annual
      reports have no challenged ballots and no flags) are not made.
    - Checks that need the decision are made only on decided tallies;
      the outcome checks (runoff, closing, win or loss) only when the
      challenges are not determinative.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Labor Union1,Votes for Labor Union1,Votes Against,"
    ...     "Total Ballots Counted,Challenged Ballots\\n"
    ...     "01-RC-179057,UFCW Local 371,7,14,27,6\\n"
    ... )
    >>> [record] = nlrb.read_csv(data)
    >>> a = nlrb.audit(record)
    >>> a.result.value, [d.value for d in a.discrepancies]
    ('no_representative', ['total-includes-challenged'])

    .. versionadded:: 26.1.0
    """
    tally = record.tally
    if tally is None:
        return Audit(record=record)
    found = [_BY_CODE[code] for code in record.irregularities]
    verdict = decide_case(record.recorded.case_type, tally)
    if verdict is None:
        _counts(record, tally, found)
        found.sort(key=_ORDER.__getitem__)
        return Audit(record=record, discrepancies=tuple(found))
    if "challenged" in record.columns:
        _determinative(record, tally, verdict, found)
        determinative: bool | None = verdict.challenges_determinative
    else:
        determinative = None
    _counts(record, tally, found)
    if verdict.result is not Result.UNRESOLVED:
        _outcome(record, verdict, found)
    if len(found) > 1:
        found.sort(key=_ORDER.__getitem__)
    return _trusted_audit(
        record,
        verdict.result,
        verdict.winner,
        verdict.runoff_between,
        determinative,
        tuple(found),
    )
