"""
Elections, not rows: the tallies of one case and unit, grouped in order,
the one that controls, and the outcome compared with what the Board
recorded.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from typing import Any, final

import attrs

from laborvote._case.election import Election
from laborvote._core import forms
from laborvote._core.ballots import Choice
from laborvote._core.objection import Objection, ObjectionStatus
from laborvote._core.outcome import Result
from laborvote._core.tally import CaseType, Tally, TallyKind
from laborvote.exceptions import InvalidElectionError
from laborvote.nlrb._audit import Audit, audit, closing
from laborvote.nlrb._codes import Coded, document
from laborvote.nlrb._layouts import normalize
from laborvote.nlrb._records import Record
from laborvote.nlrb._unions import union_key

#: Who the objection that a rerun implies is attributed to.
INFERRED_PARTY = "the Board's record (inferred from the rerun)"

forms.register("election-audit")


class ElectionDiscrepancy(Coded):
    """
    A way in which an election's record disagrees with the law, or cannot
    be read as one history.

    The values are stable codes; `sentence` says what each means. As for
    `Discrepancy`, each member is defined with its code and its sentence,
    and that is the only table of them.

    >>> from laborvote.nlrb import ElectionDiscrepancy
    >>> ElectionDiscrepancy("runoff-not-called-for").name
    'RUNOFF_NOT_CALLED_FOR'

    .. versionadded:: 26.1.0
    """

    ROWS_NOT_CONTIGUOUS = (
        "rows-not-contiguous",
        (
            "Rows of this case come after rows of another case: the "
            "election's earlier rows were reported as an election of their "
            "own (sort the file by case number, or pass contiguous=False)."
        ),
    )
    UNREADABLE_ROW = (
        "unreadable-row",
        (
            "A row of the election could not be read, so the election is "
            "not decided."
        ),
    )
    TALLY_WITHOUT_DATE = (
        "tally-without-date",
        (
            "A tally of an election of several tallies has no date: its "
            "place in the history is not known, and the history is not "
            "checked against the law."
        ),
    )
    TALLIES_OUT_OF_ORDER = (
        "tallies-out-of-order",
        (
            "The file does not list the tallies in the order they were "
            "prepared; they are read in the order of their dates."
        ),
    )
    REVISION_WITHOUT_EARLIER_TALLY = (
        "revision-without-earlier-tally",
        "A revised tally has no earlier tally in the file to revise.",
    )
    RERUN_WITHOUT_EARLIER_TALLY = (
        "rerun-without-earlier-tally",
        "A rerun has no earlier tally in the file.",
    )
    RUNOFF_WITHOUT_EARLIER_TALLY = (
        "runoff-without-earlier-tally",
        "A runoff has no earlier tally in the file.",
    )
    RUNOFF_NOT_CALLED_FOR = (
        "runoff-not-called-for",
        (
            "A runoff follows a tally that decides the election without one "
            "(29 CFR 102.70(a))."
        ),
    )
    REVISION_RECORDED_AS_INITIAL = (
        "revision-recorded-as-initial",
        (
            "A later tally recorded as initial follows an initial tally "
            "whose challenged ballots were determinative: it is read as the "
            "revised tally (29 CFR 102.69(c))."
        ),
    )
    SEVERAL_INITIAL_TALLIES = (
        "several-initial-tallies",
        (
            "The election has more than one initial tally, and the later "
            "ones revise nothing (separate voting groups that the file does "
            "not tell apart, or a repeated row): which one controls is not "
            "decided."
        ),
    )
    HISTORY_REFUSED = (
        "history-refused",
        (
            "laborvote.Election refuses the tallies as one history (see the "
            "election's election_error)."
        ),
    )
    CERTIFIED_WITHOUT_MAJORITY = (
        "certified-without-majority",
        (
            "The case closed with a certification of representative, but the "
            "controlling tally certifies no labor organization."
        ),
    )
    RESULTS_DESPITE_MAJORITY = (
        "results-despite-majority",
        (
            "The case closed with a certification of results, but the "
            "controlling tally certifies a labor organization."
        ),
    )
    CLOSED_WHILE_UNRESOLVED = (
        "closed-while-unresolved",
        (
            "The case closed with a certification, but the challenged ballots "
            "of the controlling tally are determinative and the file has no "
            "revised tally (29 CFR 102.69(c))."
        ),
    )
    CLOSED_WHILE_RUNOFF_DUE = (
        "closed-while-runoff-due",
        (
            "The case closed with a certification, but the controlling tally "
            "calls for a runoff that the file does not have (29 CFR "
            "102.70(a))."
        ),
    )
    CLOSED_WHILE_RERUN_DUE = (
        "closed-while-rerun-due",
        (
            "The case closed with a certification, but the controlling tally "
            "was a nullity and the file has no rerun (29 CFR 102.70(d))."
        ),
    )
    CERTIFIED_IN_DEAUTHORIZATION = (
        "certified-in-deauthorization",
        (
            "A deauthorization (UD) case closed with a certification of "
            "representative: a deauthorization election certifies only its "
            "results (NLRA section 9(e))."
        ),
    )
    INCLUDED_BUT_RESULTS = (
        "included-but-results",
        (
            "Only a self-determination question was voted and the voting "
            "group voted to be included in the unit, but the case closed "
            "with a certification of results."
        ),
    )
    NOT_INCLUDED_BUT_CERTIFIED = (
        "not-included-but-certified",
        (
            "Only a self-determination question was voted and the voting "
            "group did not vote to be included in the unit, but the case "
            "closed with a certification of representative."
        ),
    )
    UNION_TO_CERTIFY_NOT_WINNER = (
        "union-to-certify-not-winner",
        (
            "The controlling tally certifies a labor organization, but the "
            "record names another one to certify (compared by union_key)."
        ),
    )
    RECORDED_WIN_BUT_LOST = (
        "recorded-win-but-lost",
        (
            "The record says the labor organization won, but the controlling "
            "tally certifies none."
        ),
    )
    RECORDED_LOSS_BUT_WON = (
        "recorded-loss-but-won",
        (
            "The record says the labor organization lost, but the controlling "
            "tally certifies one."
        ),
    )

    @property
    def sentence(self) -> str:
        """
        What the discrepancy means, in one sentence.

        >>> from laborvote.nlrb import ElectionDiscrepancy
        >>> print(ElectionDiscrepancy.RERUN_WITHOUT_EARLIER_TALLY.sentence)
        A rerun has no earlier tally in the file.

        .. versionadded:: 26.1.0
        """
        return self._sentence


document(ElectionDiscrepancy)

_ORDER = {d: i for i, d in enumerate(ElectionDiscrepancy)}


class Inclusion(enum.Enum):
    """
    What a self-determination vote decided: whether the voting group joins
    the unit.

    In a self-determination election a voting group decides for itself
    whether it is represented with an existing unit (Globe Machine &
    Stamping Co., 3 NLRB 294 (1937); Armour & Co., 40 NLRB 1333 (1942)).
    The count is that of a one-union ballot: the group is included iff a
    majority of its valid votes is for the union (a tie is no majority).
    The ballot of professional employees asked whether they wish to be
    included with non-professionals (NLRA section 9(b)(1); Sonotone Corp.,
    90 NLRB 1236 (1950)) is counted the same way; how their votes are then
    pooled with the other group's is unconfirmed, and not modelled.

    >>> from laborvote.nlrb import Inclusion
    >>> Inclusion("included")
    <Inclusion.INCLUDED: 'included'>

    Attributes:
        INCLUDED: A majority of the group voted to be included.
        NOT_INCLUDED: No majority voted to be included.
        UNRESOLVED: The challenged ballots are determinative.

    .. versionadded:: 26.1.0
    """

    INCLUDED = "included"
    NOT_INCLUDED = "not_included"
    UNRESOLVED = "unresolved"


_INCLUSION = {
    Result.CERTIFIED: Inclusion.INCLUDED,
    Result.NO_REPRESENTATIVE: Inclusion.NOT_INCLUDED,
    Result.UNRESOLVED: Inclusion.UNRESOLVED,
}


def self_determination(record: Record) -> bool:
    """
    Return whether *record* is the tally of a self-determination vote.
    """
    return normalize(record.recorded.ballot_type).startswith(
        "selfdetermination"
    )


@final
@attrs.frozen(kw_only=True)
class ElectionAudit:
    """
    One election (a case number and a unit): its tallies, the one that
    controls, and how the record compares with the law.

    You get these from `elections`.

    Attributes:
        case_number: The case number, as the first row writes it.
        unit_id: The unit, or `None` if the file gives none.
        audits: The election's rows, each audited (`audit`), in the order
            of the file.
        election: The tallies of the representation (or deauthorization)
            question as a `laborvote.Election`, or `None` if the history
            is not one it accepts (`discrepancies` says why; a single
            tally without a date needs no history, and has none). The files
            record no objections: a rerun is the Board's record that the
            vote before it was set aside, so the `laborvote.Election`
            carries one sustained objection for it, whose party is
            "the Board's record (inferred from the rerun)" (none when the
            vote before was a nullity).
        election_error: Why `laborvote.Election` refused the history, if
            it did.
        controlling: The audit of the tally that controls the outcome:
            the last tally of the last vote, where a revised tally
            supersedes the tally it revises and a runoff or a rerun every
            tally before it. `None` if no tally controls.
        result: The final outcome: the controlling tally's, decided by the
            rules of its case (`audit`: UD cases by the deauthorization
            rules). `None` if not decided.
        winner: The certified labor organization, if any.
        inclusion: What the self-determination question decided, if the
            election has one.
        inclusion_tally: The audit of the self-determination tally that
            controls.
        reason_closed: The Board's closing reason.
        union_to_certify: The labor organization the record names to
            certify (from the controlling row, else the latest row that
            names one).
        recorded_win: The annual reports' win (`True`) or loss (`False`);
            `None` where the layout has no such column, or neither is
            marked.
        discrepancies: How the election's record disagrees with the law,
            in the order of `ElectionDiscrepancy`.

    .. versionadded:: 26.1.0
    """

    case_number: str | None
    unit_id: str | None
    audits: tuple[Audit, ...]
    election: Election | None = None
    election_error: InvalidElectionError | None = attrs.field(
        default=None, repr=False
    )
    controlling: Audit | None = None
    result: Result | None = None
    winner: Choice | None = None
    inclusion: Inclusion | None = None
    inclusion_tally: Audit | None = None
    reason_closed: str | None = None
    union_to_certify: str | None = None
    recorded_win: bool | None = None
    discrepancies: tuple[ElectionDiscrepancy, ...] = ()

    @property
    def rows(self) -> tuple[int, ...]:
        """
        The data rows of the election, in the order of the file.

        .. versionadded:: 26.1.0
        """
        return tuple(a.record.source.row for a in self.audits)

    def as_dict(self) -> dict[str, Any]:
        """
        Return this election as a JSON-ready `dict`, as ``laborvote audit
        --by election --format jsonl`` writes it (see :doc:`/json`).

        The election's rows are given by reference: ``rows``,
        ``controlling_row`` and ``inclusion_row`` are the ``row`` numbers
        of their audit records (`Audit.as_dict`) in ``file``.

        >>> import io
        >>> from laborvote import nlrb
        >>> data = io.StringIO(
        ...     "Case Number,Tally Type,Tally Date,Labor Union1,"
        ...     "Votes for Labor Union1,Votes Against\\n"
        ...     "29-RC-288020,Initial,2022-04-01,ALU,2654,2131\\n"
        ... )
        >>> [e] = nlrb.elections(nlrb.read_csv(data))
        >>> form = e.as_dict()
        >>> form["schema"]
        'urn:laborvote:schema:election-audit:1'
        >>> form["rows"], form["result"], form["winner"]
        ([1], 'certified', 'ALU')

        Every key holds a value of one shape whatever the election
        (``null`` when unknown), so that the flattened rows share their
        CSV columns.

        .. versionadded:: 26.1.0
        """
        controlling = self.controlling
        record = None if controlling is None else controlling.record
        winner = None if self.winner is None else self.winner.name
        grouped = self.inclusion_tally
        error = self.election_error
        return forms.stamp(
            "election-audit",
            {
                "case_number": self.case_number,
                "unit_id": self.unit_id,
                "rows": list(self.rows),
                "tallies": len(self.audits),
                "controlling_row": (
                    None if record is None else record.source.row
                ),
                "controlling_tally_type": (
                    None if record is None else record.recorded.tally_type
                ),
                "result": None if self.result is None else self.result.value,
                "winner": winner,
                "winner_key": None if winner is None else union_key(winner),
                "inclusion": (
                    None if self.inclusion is None else self.inclusion.value
                ),
                "reason_closed": self.reason_closed,
                "union_to_certify": self.union_to_certify,
                "recorded_win": self.recorded_win,
                "history_accepted": self.election is not None,
                "discrepancies": [d.value for d in self.discrepancies],
                "file": (
                    self.audits[0].record.source.file if self.audits else None
                ),
                "controlling_kind": (
                    None
                    if record is None or record.tally is None
                    else record.tally.kind.value
                ),
                "inclusion_row": (
                    None if grouped is None else grouped.record.source.row
                ),
                "election_error": None if error is None else str(error),
            },
        )


def _case_key(record: Record) -> str | None:
    tally = record.tally
    if tally is not None and tally.case_number is not None:
        return str(tally.case_number)
    return record.recorded.case_number


_RANK = {
    TallyKind.INITIAL: 0,
    TallyKind.RERUN: 1,
    TallyKind.RUNOFF: 1,
    TallyKind.REVISED: 2,
}


def _sort_key(item: tuple[int, Audit]) -> tuple[dt.date, int, int]:
    i, a = item
    tally = a.record.tally
    assert tally is not None  # noqa: S101 - only readable rows are sorted
    assert tally.date is not None  # noqa: S101 - only dated tallies
    return (tally.date, _RANK[tally.kind], i)


class _Question:
    """
    The tallies of one question, split into votes.
    """

    def __init__(
        self, audits: list[Audit], found: set[ElectionDiscrepancy]
    ) -> None:
        # Tallies without a date keep the order of the file.
        ordered = list(enumerate(audits))
        if all(a.record.tally.date is not None for a in audits):  # type: ignore[union-attr]
            ordered.sort(key=_sort_key)
        if [i for i, _ in ordered] != list(range(len(audits))):
            found.add(ElectionDiscrepancy.TALLIES_OUT_OF_ORDER)
        self.votes: list[list[Audit]] = []
        self.revisions: set[int] = set()  # ids of audits read as revised
        self.ambiguous = False
        self.accepted = True  # whether laborvote.Election may accept it
        for _, a in ordered:
            self._add(a, found)

    def _add(self, a: Audit, found: set[ElectionDiscrepancy]) -> None:
        tally = a.record.tally
        assert tally is not None  # noqa: S101 - only readable rows
        kind, votes = tally.kind, self.votes
        if not votes:
            if kind is not TallyKind.INITIAL:
                found.add(_WITHOUT_EARLIER[kind])
                self.accepted = False
            votes.append([a])
            return
        last = votes[-1][-1]
        if kind is TallyKind.REVISED:
            votes[-1].append(a)
        elif kind is TallyKind.INITIAL:
            last_date = last.record.tally.date  # type: ignore[union-attr]
            if (
                last.result is Result.UNRESOLVED
                and tally.date is not None
                and last_date is not None
                and tally.date > last_date
            ):
                found.add(ElectionDiscrepancy.REVISION_RECORDED_AS_INITIAL)
                self.revisions.add(id(a))
                votes[-1].append(a)
            else:
                found.add(ElectionDiscrepancy.SEVERAL_INITIAL_TALLIES)
                self.ambiguous = True
                votes.append([a])
        else:
            if kind is TallyKind.RUNOFF and last.result is not Result.RUNOFF:
                found.add(ElectionDiscrepancy.RUNOFF_NOT_CALLED_FOR)
                self.accepted = False
            votes.append([a])

    @property
    def controlling(self) -> Audit | None:
        if not self.votes or self.ambiguous:
            return None
        return self.votes[-1][-1]


_WITHOUT_EARLIER = {
    TallyKind.REVISED: ElectionDiscrepancy.REVISION_WITHOUT_EARLIER_TALLY,
    TallyKind.RERUN: ElectionDiscrepancy.RERUN_WITHOUT_EARLIER_TALLY,
    TallyKind.RUNOFF: ElectionDiscrepancy.RUNOFF_WITHOUT_EARLIER_TALLY,
}


def _history(
    question: _Question,
) -> tuple[Election | None, InvalidElectionError | None]:
    """
    Return the question's tallies as a `laborvote.Election`, or why not.
    """
    tallies: list[Tally] = []
    objections: list[Objection] = []
    previous: list[Audit] | None = None
    for vote in question.votes:
        first = vote[0].record.tally
        assert first is not None  # noqa: S101 - only readable rows
        if (
            previous is not None
            and first.kind is TallyKind.RERUN
            and previous[-1].result is not Result.NEW_ELECTION
        ):
            before = previous[0].record.tally
            assert before is not None  # noqa: S101 - only readable rows
            objections.append(
                Objection(
                    party=INFERRED_PARTY,
                    number=len(objections) + 1,
                    text=f"The file records a rerun on {first.date}.",
                    filed=before.date,  # type: ignore[arg-type]
                    status=ObjectionStatus.SUSTAINED,
                    decided=first.date,
                )
            )
        for a in vote:
            tally = a.record.tally
            assert tally is not None  # noqa: S101 - only readable rows
            if id(a) in question.revisions:
                tally = attrs.evolve(tally, kind=TallyKind.REVISED)
            tallies.append(tally)
        previous = vote
    try:
        return Election(tallies=tallies, objections=objections), None
    except InvalidElectionError as e:
        return None, e


def _compare(  # noqa: C901, PLR0912 - one check per code, in order
    item: ElectionAudit,
    found: set[ElectionDiscrepancy],
    *,
    has_question: bool,
) -> None:
    """
    Add the discrepancies between the outcome and what the Board recorded.
    """
    stated = closing(item.reason_closed)
    result, inclusion = item.result, item.inclusion
    ud = (
        item.controlling is not None
        and item.controlling.record.recorded.case_type is CaseType.UD
    )
    if has_question and result is not None:
        if ud:
            if stated is Result.CERTIFIED:
                found.add(ElectionDiscrepancy.CERTIFIED_IN_DEAUTHORIZATION)
        elif stated is not None:
            code = {
                (Result.CERTIFIED, Result.NO_REPRESENTATIVE): (
                    ElectionDiscrepancy.RESULTS_DESPITE_MAJORITY
                ),
                (Result.NO_REPRESENTATIVE, Result.CERTIFIED): (
                    ElectionDiscrepancy.CERTIFIED_WITHOUT_MAJORITY
                ),
            }.get((result, stated), _DUE.get(result))
            if code is not None:
                found.add(code)
        win = item.recorded_win
        if win is True and result is Result.NO_REPRESENTATIVE:
            found.add(ElectionDiscrepancy.RECORDED_WIN_BUT_LOST)
        elif win is False and result is Result.CERTIFIED:
            found.add(ElectionDiscrepancy.RECORDED_LOSS_BUT_WON)
    elif not has_question and inclusion is not None and stated is not None:
        if inclusion is Inclusion.UNRESOLVED:
            found.add(ElectionDiscrepancy.CLOSED_WHILE_UNRESOLVED)
        elif inclusion is Inclusion.INCLUDED:
            if stated is Result.NO_REPRESENTATIVE:
                found.add(ElectionDiscrepancy.INCLUDED_BUT_RESULTS)
        elif stated is Result.CERTIFIED:
            found.add(ElectionDiscrepancy.NOT_INCLUDED_BUT_CERTIFIED)
    named, winner = item.union_to_certify, item.winner
    if (
        winner is not None
        and named is not None
        and union_key(named) != union_key(winner.name)
    ):
        found.add(ElectionDiscrepancy.UNION_TO_CERTIFY_NOT_WINNER)


_DUE = {
    Result.UNRESOLVED: ElectionDiscrepancy.CLOSED_WHILE_UNRESOLVED,
    Result.RUNOFF: ElectionDiscrepancy.CLOSED_WHILE_RUNOFF_DUE,
    Result.NEW_ELECTION: ElectionDiscrepancy.CLOSED_WHILE_RERUN_DUE,
}


def _recorded_win(audits: list[Audit]) -> bool | None:
    for a in reversed(audits):
        recorded = a.record.recorded
        win, loss = recorded.win is not None, recorded.loss is not None
        if win != loss:
            return win
    return None


def decide_election(
    audits: list[Audit], *, split: bool = False
) -> ElectionAudit:
    """
    Return the `ElectionAudit` of the rows *audits* of one election.

    *split* says that rows of this election were reported before.
    """
    found: set[ElectionDiscrepancy] = set()
    if split:
        found.add(ElectionDiscrepancy.ROWS_NOT_CONTIGUOUS)
    first = audits[0].record.recorded
    readable = [a for a in audits if a.record.tally is not None]
    if len(readable) < len(audits):
        found.add(ElectionDiscrepancy.UNREADABLE_ROW)
    main = [a for a in readable if not self_determination(a.record)]
    groups = [a for a in readable if self_determination(a.record)]
    dated = all(a.record.tally.date is not None for a in readable)  # type: ignore[union-attr]
    if not dated and len(readable) > 1:
        found.add(ElectionDiscrepancy.TALLY_WITHOUT_DATE)
    question = _Question(main, found)
    election = error = None
    if main and question.accepted and not question.ambiguous and dated:
        election, error = _history(question)
        if error is not None:
            found.add(ElectionDiscrepancy.HISTORY_REFUSED)
    decided = ElectionDiscrepancy.UNREADABLE_ROW not in found
    controlling = question.controlling if decided else None
    inclusion_tally = _Question(groups, found).controlling if decided else None
    inclusion = (
        None
        if inclusion_tally is None or inclusion_tally.result is None
        else _INCLUSION.get(inclusion_tally.result)
    )
    rows = audits if controlling is None else [*audits, controlling]
    named = next(
        (
            a.record.recorded.union_to_certify
            for a in reversed(rows)
            if a.record.recorded.union_to_certify is not None
        ),
        None,
    )
    item = ElectionAudit(
        case_number=first.case_number,
        unit_id=first.unit_id,
        audits=tuple(audits),
        election=election,
        election_error=error,
        controlling=controlling,
        result=None if controlling is None else controlling.result,
        winner=None if controlling is None else controlling.winner,
        inclusion=inclusion,
        inclusion_tally=inclusion_tally,
        reason_closed=next(
            (
                a.record.recorded.reason_closed
                for a in reversed(audits)
                if a.record.recorded.reason_closed is not None
            ),
            None,
        ),
        union_to_certify=named,
        recorded_win=_recorded_win(audits),
    )
    if decided:
        _compare(item, found, has_question=bool(main))
    return attrs.evolve(
        item, discrepancies=tuple(sorted(found, key=_ORDER.__getitem__))
    )


def elections(
    items: Iterable[Record | Audit], *, contiguous: bool = True
) -> Iterator[ElectionAudit]:
    """
    Group records into elections, and audit each election.

    An election is a case number and a unit: its rows are audited
    (`audit`; audits are taken as they are), its tallies put in the order
    they were prepared, the controlling tally found and its outcome
    compared with what the Board recorded (`ElectionAudit`). Every record
    belongs to exactly one election.

    The Board's files list the rows of a case together (they are sorted by
    case number), and *contiguous* (the default) relies on it: the rows of
    the current case are kept until a row of another case comes, then its
    elections are yielded, one per unit in the order the units first
    appear. Memory holds one case at a time, and tallies of different
    units of one case may interleave in any way. If a case's rows come
    back after another case, they make a second election for the same
    case and unit, with the code `ElectionDiscrepancy.ROWS_NOT_CONTIGUOUS`.

    With ``contiguous=False``, every record is kept until the end, and the
    elections are yielded then, in the order they first appear: the
    grouping is the same however the tallies of different elections
    interleave, at the cost of holding the whole file.

    >>> import io
    >>> from laborvote import nlrb
    >>> data = io.StringIO(
    ...     "Case Number,Unit ID,Tally Type,Tally Date,Labor Union1,"
    ...     "Votes for Labor Union1,Votes Against,Challenged Ballots,"
    ...     "Closed Reason\\n"
    ...     "01-RC-000001,A,Initial,2019-01-10,Local 1,10,9,3,"
    ...     "Certific. of Representative\\n"
    ...     "01-RC-000001,A,Initial,2019-03-01,Local 1,12,9,0,"
    ...     "Certific. of Representative\\n"
    ... )
    >>> [e] = nlrb.elections(nlrb.read_csv(data))
    >>> e.result.value, e.controlling.record.source.row
    ('certified', 2)
    >>> [d.value for d in e.discrepancies]
    ['revision-recorded-as-initial']

    .. versionadded:: 26.1.0
    """
    units: dict[tuple[str | None, str | None], list[Audit]] = {}
    done: set[tuple[str | None, str | None]] = set()
    case: object = _NONE
    for item in items:
        a = item if isinstance(item, Audit) else audit(item)
        number = _case_key(a.record)
        if contiguous and number != case and units:
            yield from _flush(units, done)
        case = number
        units.setdefault((number, a.record.recorded.unit_id), []).append(a)
    yield from _flush(units, done)


_NONE = object()


def _flush(
    units: dict[tuple[str | None, str | None], list[Audit]],
    done: set[tuple[str | None, str | None]],
) -> Iterator[ElectionAudit]:
    for key, audits in units.items():
        yield decide_election(audits, split=key in done)
        done.add(key)
    units.clear()
