"""
The life of a representation case after the count: its tallies in order,
the objections to them, and what comes next on a given day.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Mapping
from typing import Any, final

import attrs

from laborvote._case.deadlines import Deadline, DeadlineRule, objections_due
from laborvote._core import forms
from laborvote._core import validators as v
from laborvote._core.ballots import Choice
from laborvote._core.citations import (
    BAR_RULE,
    DEAUTHORIZATION_BAR_RULE,
    DEAUTHORIZATION_MAJORITY_RULE,
    DEAUTHORIZATION_RULE,
    NULLITY_RULE,
    OBJECTIONS_RULE,
    RUNOFF_RULE,
    SET_ASIDE_RULE,
)
from laborvote._core.objection import Objection, ObjectionStatus
from laborvote._core.outcome import Outcome, Result
from laborvote._core.tally import CaseType, Tally, TallyKind
from laborvote._core.text import plural, sentence_list
from laborvote._decide import decide
from laborvote.exceptions import InvalidElectionError, InvalidValueError


class Step(enum.Enum):
    """
    What comes next in a representation case.

    >>> Step.HEAR_OBJECTIONS.value
    'hear_objections'

    Attributes:
        RESOLVE_CHALLENGES: The challenged ballots are determinative:
            resolve them, and prepare a revised tally.
        WAIT_FOR_OBJECTIONS: The period to file objections is still
            open: nothing is certified, and no runoff held, before it
            ends.
        HEAR_OBJECTIONS: Objections are pending: the Regional Director
            decides them, after a hearing if need be.
        HOLD_RUNOFF: No choice won a majority: hold the runoff between
            the two leading choices.
        HOLD_RERUN: The election was set aside (an objection was
            sustained) or was a nullity (a tie): hold a new election.
        CERTIFY: The result stands: issue the certification.

    .. versionadded:: 26.1.0
    """

    RESOLVE_CHALLENGES = "resolve_challenges"
    WAIT_FOR_OBJECTIONS = "wait_for_objections"
    HEAR_OBJECTIONS = "hear_objections"
    HOLD_RUNOFF = "hold_runoff"
    HOLD_RERUN = "hold_rerun"
    CERTIFY = "certify"


class Certification(enum.Enum):
    """
    What the Regional Director certifies when a result stands.

    >>> Certification.RESULTS.value
    'results'

    Attributes:
        REPRESENTATIVE: A Certification of Representative: a labor
            organization won a majority.
        RESULTS: A Certification of Results of Election: no labor
            organization won (a majority against, or a tie). In a
            deauthorization (UD) case, the Board's certification of the
            results of the vote, whichever way it went (NLRA section
            9(e)(1): the Board "shall take a secret ballot of the
            employees in such unit and certify the results thereof").

    .. versionadded:: 26.1.0
    """

    REPRESENTATIVE = "representative"
    RESULTS = "results"


def _tuple(value: Any) -> Any:
    """
    Return *value* as a tuple if it is an iterable of values.

    Strings and mappings are left alone for the validator to refuse.
    """
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(
        value, Iterable
    ):
        return value
    return tuple(value)


def _check_tallies(_inst: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, tuple) or not value:
        msg = f"tallies must be a non-empty sequence of Tally, got {value!r}"
        raise InvalidElectionError(msg, field="tallies", value=value)
    for i, tally in enumerate(value):
        field = f"tallies[{i}]"
        if not isinstance(tally, Tally):
            msg = f"{field} must be a Tally, got {tally!r}"
            raise InvalidElectionError(msg, field=field, value=tally)
        if tally.date is None:
            msg = f"{field} must have a date, got None"
            raise InvalidElectionError(msg, field=field, value=tally)
        if _deauthorization(tally):
            try:
                decide(tally)
            except InvalidValueError as e:
                msg = f"{field} is a deauthorization (UD) vote, but {e}"
                raise InvalidElectionError(
                    msg, field=field, value=tally
                ) from e


def _deauthorization(tally: Tally) -> bool:
    """
    Whether *tally* is of a deauthorization (UD) case.
    """
    number = tally.case_number
    return number is not None and number.case_type is CaseType.UD


def _check_objections(_inst: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, tuple):
        msg = f"objections must be a sequence of Objection, got {value!r}"
        raise InvalidElectionError(msg, field="objections", value=value)
    for i, objection in enumerate(value):
        if not isinstance(objection, Objection):
            field = f"objections[{i}]"
            msg = f"{field} must be an Objection, got {objection!r}"
            raise InvalidElectionError(msg, field=field, value=objection)


def _records(data: Mapping[str, Any], key: str, read: Any) -> Any:
    """
    Return the list *data* holds under *key*, each mapping read by
    *read*; anything else passes through for the validator to refuse.
    """
    if not isinstance(data, Mapping):
        msg = f"a case must be a mapping, got {data!r}"
        raise InvalidElectionError(msg, field="case", value=data)
    value = data.get(key, [] if key == "objections" else None)
    if not isinstance(value, list | tuple):
        return value
    return [
        read(item) if isinstance(item, Mapping) else item for item in value
    ]


def _date(tally: Tally) -> dt.date:
    # Election's validator guarantees that every tally has a date.
    assert tally.date is not None  # noqa: S101
    return tally.date


def _check_revision(before: Tally, after: Tally, field: str) -> None:
    """
    Check that *after* can revise *before*: the same choices, no vote
    counted before taken away, and nothing added but challenged ballots
    resolved (29 CFR 102.69(a)(6) and (c): resolved challenges are opened
    and counted, or stay out).

    Raises:
        InvalidElectionError: Naming the field of *after* that cannot
            follow *before*.
    """
    old, new = before.ballots, after.ballots
    if new.choices != old.choices:
        names = [c.name for c in old.choices]
        msg = (
            f"a revised tally ({field}) counts the same ballot as the tally "
            f"it revises, with the choices {names!r}, got "
            f"{[c.name for c in new.choices]!r}"
        )
        raise InvalidElectionError(
            msg, field=f"{field}.ballots.unions", value=new.unions
        )
    resolved = old.challenged - new.challenged
    if resolved < 0:
        msg = (
            f"a revised tally ({field}) only resolves challenged ballots, "
            f"so it has at most the {old.challenged:,} of the tally it "
            f"revises, got {new.challenged:,}"
        )
        raise InvalidElectionError(
            msg, field=f"{field}.ballots.challenged", value=new.challenged
        )
    counted: list[tuple[str, Choice | None, int, int]] = [
        (f"votes for {c.name!r}", c, o, n)
        for c, o, n in zip(old.choices, old.votes, new.votes, strict=True)
    ]
    counted.append(("void ballots", None, old.void, new.void))
    for words, choice, was, now in counted:
        if now < was:
            where = (
                "void"
                if choice is None
                else "against"
                if not choice.is_union
                else "unions"
            )
            msg = (
                f"a revised tally ({field}) keeps every ballot counted "
                f"before: {words} may only grow from {was:,}, got {now:,}"
            )
            raise InvalidElectionError(
                msg, field=f"{field}.ballots.{where}", value=now
            )
    added = sum(now - was for _, _, was, now in counted)
    if added > resolved:
        msg = (
            f"a revised tally ({field}) adds only the challenged ballots "
            f"it resolves: {resolved:,} resolved, but {added:,} ballots "
            "were added to the votes and the void ballots"
        )
        raise InvalidElectionError(
            msg, field=f"{field}.ballots.challenged", value=new.challenged
        )


@attrs.frozen
class _Vote:
    """
    One balloting: its first tally, the revised tallies that recount it,
    and the objections to it.
    """

    first: int  # the index of its first tally in the case's tallies
    tallies: tuple[Tally, ...]
    objections: tuple[Objection, ...] = ()

    @property
    def date(self) -> dt.date:
        return _date(self.tallies[0])

    @property
    def last(self) -> Tally:
        return self.tallies[-1]

    @property
    def sustained(self) -> tuple[Objection, ...]:
        return tuple(
            o for o in self.objections if o.status is ObjectionStatus.SUSTAINED
        )

    @property
    def pending(self) -> tuple[Objection, ...]:
        return tuple(o for o in self.objections if o.pending)


def _one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: its anniversary is 28 February.
        return day.replace(year=day.year + 1, day=28)


def _as_of(objection: Objection, day: dt.date) -> Objection:
    if objection.decided is not None and objection.decided > day:
        return attrs.evolve(
            objection, status=ObjectionStatus.FILED, decided=None
        )
    return objection


@final
@attrs.frozen(kw_only=True)
class Election:
    """
    A representation case: its tallies in order, and the objections.

    A case is a series of votes.
    The first starts with the `TallyKind.INITIAL` tally; a
    `TallyKind.RUNOFF` or `TallyKind.RERUN` tally starts a new vote; a
    `TallyKind.REVISED` tally recounts the current vote after its
    challenged ballots were resolved, and supersedes the tally before it.
    Each objection concerns the latest vote counted on or before the day
    it was filed.

    >>> import datetime as dt
    >>> jfk8 = Election(
    ...     tallies=[
    ...         Tally(
    ...             ballots=Ballots(
    ...                 unions={"ALU": 2654}, against=2131, challenged=67
    ...             ),
    ...             date=dt.date(2022, 4, 1),
    ...         )
    ...     ]
    ... )
    >>> jfk8.status(on=dt.date(2022, 4, 4)).step
    <Step.WAIT_FOR_OBJECTIONS: 'wait_for_objections'>
    >>> jfk8.status(on=dt.date(2022, 4, 11)).certification
    <Certification.REPRESENTATIVE: 'representative'>

    Every tally needs its date. The votes must follow from each other:

    - a runoff only after a vote whose outcome was a runoff
      (`laborvote.decide`), once its objections were decided, none
      sustained (29 CFR 102.70(a));
    - a rerun only after a vote that was set aside (an objection
      sustained, on or before the rerun's date) or was a nullity
      (29 CFR 102.70(d));
    - a revised tally only as a recount of the tally it revises: the
      same choices, every vote and void ballot counted before still
      counted, the challenged ballots fewer or as many, and no more
      ballots added than challenged ballots resolved.

    Each tally is decided as `laborvote.decide` decides it. A tally whose
    case number is a deauthorization (UD) case is therefore decided by the
    ``deauthorization`` rulebook (a majority of the eligible employees
    must vote to rescind, NLRA section 8(a)(3)(ii)), never by the
    representation rules, and must be one it can decide: one union (the
    votes to rescind) against "no", with the number of eligible voters.
    Its result, rescinded or retained, stands as a
    `Certification.RESULTS`: the Board "shall take a secret ballot ...
    and certify the results thereof to such labor organization and to
    the employer" (NLRA section 9(e)(1)); no deauthorization vote may
    follow in the unit for 12 months after a valid one (section
    9(e)(2)). The objection deadlines and steps of a representation case
    (29 CFR 102.69) are applied to it as they are; that they govern a
    deauthorization vote is unconfirmed.

    >>> ud = Election(
    ...     tallies=[
    ...         Tally(
    ...             ballots=Ballots(unions={"Rescind": 60}, against=20),
    ...             eligible=100,
    ...             case_number="10-UD-123456",
    ...             date=dt.date(2024, 1, 10),
    ...         )
    ...     ]
    ... )
    >>> s = ud.status(on=dt.date(2024, 3, 1))
    >>> s.outcome.result, s.certification
    (<Result.RESCINDED: 'rescinded'>, <Certification.RESULTS: 'results'>)

    Attributes:
        tallies: The tallies, in the order they were prepared.
        objections: Every party's objections, in any order.

    Raises:
        InvalidElectionError: If the tallies and objections do not make a
            case.

    .. versionadded:: 26.1.0
    """

    tallies: tuple[Tally, ...] = attrs.field(
        converter=_tuple, validator=_check_tallies
    )
    objections: tuple[Objection, ...] = attrs.field(
        default=(), converter=_tuple, validator=_check_objections
    )

    def __attrs_post_init__(self) -> None:
        votes = self._votes()
        for previous, vote in itertools.pairwise(votes):
            self._check_follows(previous, vote)

    def as_dict(self) -> dict[str, Any]:
        """
        Return this case as a JSON-ready `dict`: its tallies and its
        objections, in their own forms, and the ``schema`` key (see
        :doc:`/json`).

        ``laborvote status --case FILE`` reads this form.

        >>> import datetime as dt
        >>> case = Election(
        ...     tallies=[
        ...         Tally(
        ...             ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...             date=dt.date(2022, 4, 1),
        ...         )
        ...     ]
        ... )
        >>> case.as_dict()["schema"]
        'urn:laborvote:schema:election:1'
        >>> Election.from_dict(case.as_dict()) == case
        True

        .. versionadded:: 26.1.0
        """
        return forms.stamp(
            "election",
            {
                "tallies": [t.as_dict() for t in self.tallies],
                "objections": [o.as_dict() for o in self.objections],
            },
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Election:
        """
        Build a case from the output of `as_dict`.

        ``objections`` defaults to none.

        >>> Election.from_dict(
        ...     {
        ...         "tallies": [
        ...             {
        ...                 "ballots": {
        ...                     "unions": {"ALU": 2654},
        ...                     "against": 2131,
        ...                 },
        ...                 "date": "2022-04-01",
        ...             }
        ...         ]
        ...     }
        ... ).operative_tally.date
        datetime.date(2022, 4, 1)

        Raises:
            InvalidElectionError: If the tallies or objections are not
                lists, or do not make a case.
            InvalidValueError: The error of `laborvote.Tally.from_dict` or
                `laborvote.Objection.from_dict`, if one cannot be read.

        .. versionadded:: 26.1.0
        """
        tallies = _records(data, "tallies", Tally.from_dict)
        objections = _records(data, "objections", Objection.from_dict)
        return cls(tallies=tallies, objections=objections)

    def _votes(self) -> tuple[_Vote, ...]:
        """
        Split the tallies into votes and give each its objections.

        Raises:
            InvalidElectionError: If the tallies are out of order, or an
                objection comes before the first tally or twice.
        """
        groups: list[list[Tally]] = []
        firsts: list[int] = []
        for i, tally in enumerate(self.tallies):
            field = f"tallies[{i}]"
            if (i == 0) != (tally.kind is TallyKind.INITIAL):
                msg = (
                    "the first tally, and only the first, must be the "
                    f"initial one, got {tally.kind.value!r} for {field}"
                )
                raise InvalidElectionError(msg, field=field, value=tally)
            if i and _date(tally) < _date(self.tallies[i - 1]):
                msg = (
                    "tallies must be in the order they were prepared, got "
                    f"{field} on {tally.date}, before the tally before it "
                    f"({self.tallies[i - 1].date})"
                )
                raise InvalidElectionError(msg, field=field, value=tally)
            if tally.kind is TallyKind.REVISED:
                _check_revision(groups[-1][-1], tally, field)
                groups[-1].append(tally)
            else:
                groups.append([tally])
                firsts.append(i)
        starts = [_date(g[0]) for g in groups]
        assigned: list[list[Objection]] = [[] for _ in groups]
        seen: set[tuple[int, str, int]] = set()
        for i, objection in enumerate(self.objections):
            field = f"objections[{i}]"
            if objection.filed < starts[0]:
                msg = (
                    f"{field} must not be filed before the first tally "
                    f"({starts[0]}), got one filed on {objection.filed}"
                )
                raise InvalidElectionError(msg, field=field, value=objection)
            k = max(
                j for j, start in enumerate(starts) if start <= objection.filed
            )
            key = (k, objection.party, objection.number)
            if key in seen:
                msg = (
                    f"{field} repeats objection {objection.number} of "
                    f"{objection.party!r} to the vote of {starts[k]}"
                )
                raise InvalidElectionError(msg, field=field, value=objection)
            seen.add(key)
            assigned[k].append(objection)
        return tuple(
            _Vote(first, tuple(g), tuple(o))
            for first, g, o in zip(firsts, groups, assigned, strict=True)
        )

    def _check_follows(self, previous: _Vote, vote: _Vote) -> None:
        """
        Check that *vote* may follow *previous*.
        """
        field = f"tallies[{vote.first}]"
        result = decide(previous.last).result
        if vote.tallies[0].kind is TallyKind.RUNOFF:
            if result is not Result.RUNOFF:
                msg = (
                    f"a runoff ({field}) follows only a vote that calls for "
                    f"one ({RUNOFF_RULE}), but the vote of {previous.date} "
                    f"decided {result.value!r}"
                )
                raise InvalidElectionError(msg, field=field, value=vote.last)
            open_or_late = [
                o
                for o in previous.objections
                if o.pending
                or o.status is ObjectionStatus.SUSTAINED
                or (o.decided is not None and o.decided > vote.date)
            ]
            if open_or_late:
                msg = (
                    f"a runoff ({field}) is held only once the objections "
                    f"to the vote before are overruled or withdrawn "
                    f"({RUNOFF_RULE}), got {open_or_late[0]!r}"
                )
                raise InvalidElectionError(msg, field=field, value=vote.last)
            return
        set_aside = any(
            o.decided is None or o.decided <= vote.date
            for o in previous.sustained
        )
        if not set_aside and result is not Result.NEW_ELECTION:
            msg = (
                f"a rerun ({field}) follows only a vote that was set aside "
                f"by a sustained objection or was a nullity ({NULLITY_RULE})"
                f", but no objection to the vote of {previous.date} was "
                f"sustained by {vote.date} and it decided {result.value!r}"
            )
            raise InvalidElectionError(msg, field=field, value=vote.last)

    @property
    def operative_tally(self) -> Tally | None:
        """
        The tally that counts now, the latest of the latest vote.

        A revised tally supersedes the tally it revises; a runoff or a
        rerun supersedes everything before it.
        `None` if the latest vote was set aside and its rerun is not yet
        counted.

        >>> import datetime as dt
        >>> first = Tally(
        ...     ballots=Ballots(unions={"A": 10}, against=9, challenged=3),
        ...     date=dt.date(2023, 3, 1),
        ... )
        >>> revised = Tally(
        ...     ballots=Ballots(unions={"A": 11}, against=11),
        ...     kind=TallyKind.REVISED,
        ...     date=dt.date(2023, 5, 2),
        ... )
        >>> Election(tallies=[first, revised]).operative_tally is revised
        True

        .. versionadded:: 26.1.0
        """
        vote = self._votes()[-1]
        return None if vote.sustained else vote.last

    def as_of(self, day: dt.date) -> Election:
        """
        Return the case as it stood at the end of *day*.

        Tallies prepared and objections filed after *day* are left out;
        objections decided after *day* are pending again. A decision
        without a date counts as known on every day.

        >>> import datetime as dt
        >>> objection = Objection(
        ...     party="Amazon",
        ...     number=1,
        ...     text="Conduct of the election",
        ...     filed=dt.date(2022, 4, 8),
        ... ).overrule(on=dt.date(2023, 1, 11))
        >>> case = Election(
        ...     tallies=[
        ...         Tally(
        ...             ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...             date=dt.date(2022, 4, 1),
        ...         )
        ...     ],
        ...     objections=[objection],
        ... )
        >>> case.as_of(dt.date(2022, 9, 1)).objections[0].status
        <ObjectionStatus.FILED: 'filed'>

        Raises:
            InvalidElectionError: If *day* is before the first tally.

        .. versionadded:: 26.1.0
        """
        first = _date(self.tallies[0])
        if (
            not isinstance(day, dt.date)
            or isinstance(day, dt.datetime)
            or day < first
        ):
            msg = f"on must be a date on or after the first tally ({first})"
            msg += f", got {day!r}"
            raise InvalidElectionError(msg, field="on", value=day)
        return Election(
            tallies=[t for t in self.tallies if _date(t) <= day],
            objections=[
                _as_of(o, day) for o in self.objections if o.filed <= day
            ],
        )

    def status(
        self, *, on: dt.date, rules: str | DeadlineRule | None = None
    ) -> ElectionStatus:
        """
        Say where the case stands at the end of the day *on*.

        Only what happened by *on* counts (see `as_of`). Then, for the
        latest vote, in this order:

        1. an objection was sustained: the vote is set aside,
           `Step.HOLD_RERUN`;
        2. the challenged ballots of its operative tally are
           determinative: `Step.RESOLVE_CHALLENGES`;
        3. objections are pending: `Step.HEAR_OBJECTIONS`;
        4. the period to file objections has not ended: it counts from
           the vote's first tally (a revised tally opens no new period),
           `Step.WAIT_FOR_OBJECTIONS`;
        5. otherwise the operative tally's outcome decides:
           `Step.HOLD_RUNOFF`, `Step.HOLD_RERUN` for a nullity, or
           `Step.CERTIFY` with a certification of representative or of
           results.

        >>> import datetime as dt
        >>> bessemer = Election(
        ...     tallies=[
        ...         Tally(
        ...             ballots=Ballots(
        ...                 unions={"RWDSU": 738},
        ...                 against=1798,
        ...                 void=76,
        ...                 challenged=505,
        ...             ),
        ...             date=dt.date(2021, 4, 9),
        ...         )
        ...     ]
        ... )
        >>> s = bessemer.status(on=dt.date(2021, 4, 12))
        >>> s.step
        <Step.WAIT_FOR_OBJECTIONS: 'wait_for_objections'>
        >>> s.objections_due.date
        datetime.date(2021, 4, 16)
        >>> bessemer.status(on=dt.date(2021, 4, 19)).certification
        <Certification.RESULTS: 'results'>

        Args:
            on: The day to ask about.
            rules: Passed to `laborvote.objections_due` to pin the
                version of the objection deadline.

        Raises:
            InvalidElectionError: If *on* is before the first tally.
            NoDeadlineRuleError: If no rule version covers the latest
                vote's date and *rules* is `None`.
            MissingDependencyError: If the ``holidays`` package is
                missing.

        .. versionadded:: 26.1.0
        """
        vote = self.as_of(on)._votes()[-1]  # noqa: SLF001 (same class)
        due = objections_due(vote.date, rules=rules)
        reasons = [_deadline_reason(vote, due, on)]
        if vote.sustained:
            # Once one objection is sustained the vote is set aside, and
            # the objections still pending no longer matter.
            reasons.append(_set_aside_reason(vote))
            return ElectionStatus(
                on=on,
                step=Step.HOLD_RERUN,
                objections_due=due,
                reasons=tuple(reasons),
            )
        pending = vote.pending
        if pending:
            reasons.append(_pending_reason(pending, due))
        tally = vote.last
        outcome = decide(tally)
        certification = None
        bar_ends = None
        if outcome.result is Result.UNRESOLVED:
            step = Step.RESOLVE_CHALLENGES
            reasons.append(
                f"The {tally.challenged:,} challenged ballots of the tally "
                f"of {tally.date} are determinative: they are resolved, "
                "and a revised tally prepared, before anything is "
                f"certified ({OBJECTIONS_RULE})."
            )
        elif pending:
            step = Step.HEAR_OBJECTIONS
            reasons.append(
                "Nothing is certified, and no runoff or rerun is held, "
                f"while objections are pending ({OBJECTIONS_RULE})."
            )
        elif on <= due.date:
            step = Step.WAIT_FOR_OBJECTIONS
            reasons.append(
                "Nothing is certified, and no runoff is held, before the "
                "period to file objections has ended "
                f"({OBJECTIONS_RULE}; {RUNOFF_RULE})."
            )
        elif outcome.result is Result.RUNOFF:
            step = Step.HOLD_RUNOFF
            reasons.append(
                "No objections are pending and the period to file them has "
                "ended: the runoff is held "
                f"({RUNOFF_RULE}; see the tally's outcome)."
            )
        elif outcome.result is Result.NEW_ELECTION:
            step = Step.HOLD_RERUN
            reasons.append(
                "The election was a nullity because of a tie: a new "
                "election is held with all the original choices "
                f"({NULLITY_RULE})."
            )
        else:
            step = Step.CERTIFY
            bar_ends = _one_year_after(vote.date)
            certification = (
                Certification.REPRESENTATIVE
                if outcome.result is Result.CERTIFIED
                else Certification.RESULTS
            )
            reasons.extend(_certify_reasons(vote, outcome, bar_ends))
        return ElectionStatus(
            on=on,
            step=step,
            tally=tally,
            outcome=outcome,
            certification=certification,
            objections_due=due,
            bar_ends=bar_ends,
            reasons=tuple(reasons),
        )


def _certify_reasons(
    vote: _Vote, outcome: Outcome, bar_ends: dt.date
) -> list[str]:
    """
    Return why the result of *vote* stands, what is certified, and until
    when its election bars another.
    """
    ready = (
        "No objections are pending, the period to file them has ended, and "
        "the challenged ballots are not determinative"
    )
    since = (
        "the runoff, the last balloting"
        if vote.tallies[0].kind is TallyKind.RUNOFF
        else "the balloting"
    )
    counted = f"laborvote counts from the tally date of {since}"
    if _deauthorization(vote.last):
        issued = (
            f"{ready}: the Board certifies the results of the "
            "deauthorization vote to the union and the employer: "
            f"{outcome.result.meaning} ({DEAUTHORIZATION_RULE}; "
            f"{DEAUTHORIZATION_MAJORITY_RULE})."
        )
        barred = (
            f"The election of {vote.date} is valid: no deauthorization "
            "election may be held in the unit in the 12 months after it, "
            f"until {bar_ends} ({DEAUTHORIZATION_BAR_RULE}; {counted})."
        )
        return [issued, barred]
    words = (
        f"a certification of representative for {outcome.winner}"
        if outcome.result is Result.CERTIFIED
        else "a certification of results"
    )
    issued = (
        f"{ready}: the Regional Director issues {words} ({OBJECTIONS_RULE})."
    )
    barred = (
        f"The election of {vote.date} is valid: no election may be held in "
        f"the unit in the 12 months after it, until {bar_ends} ({BAR_RULE}; "
        f"{counted})."
    )
    return [issued, barred]


def _deadline_reason(vote: _Vote, due: Deadline, on: dt.date) -> str:
    rule = due.rule
    tense = "are" if on <= due.date else "were"
    pinned = (
        ""
        if due.in_force
        else f"; pinned, although it was not in force on {vote.date}"
    )
    return (
        f"Objections to the vote counted on {vote.date} {tense} due by "
        f"{due.date}: {rule.days} {rule.counting.value} days after the "
        f"tally ({rule.citation}; rule version {rule.name!r}{pinned})."
    )


def _pending_reason(pending: tuple[Objection, ...], due: Deadline) -> str:
    parties = sorted({o.party for o in pending})
    verb = "is" if len(pending) == 1 else "are"
    sentence = (
        f"{plural(len(pending), 'objection')} of "
        f"{sentence_list([repr(p) for p in parties])} {verb} pending"
    )
    late = [o for o in pending if o.filed > due.date]
    if late:
        was, be = ("was", "is") if len(late) == 1 else ("were", "are")
        sentence += (
            f"; {plural(len(late), 'objection')} {was} filed after the "
            f"last day, {due.date}, and {be} untimely unless the Regional "
            "Director finds otherwise (29 CFR 102.2(b))"
        )
    return sentence + "."


def _set_aside_reason(vote: _Vote) -> str:
    first = vote.sustained[0]
    when = "" if first.decided is None else f" on {first.decided}"
    return (
        f"Objection {first.number} of {first.party!r} was sustained{when}: "
        f"the election of {vote.date} is set aside and a second election "
        f"is held ({SET_ASIDE_RULE})."
    )


def _check_status(inst: ElectionStatus) -> None:
    certify = inst.step is Step.CERTIFY
    if certify != (inst.certification is not None) or certify != (
        inst.bar_ends is not None
    ):
        msg = (
            "a status has a certification and an election-bar date exactly "
            f"when its step is 'certify', got step {inst.step.value!r} with "
            f"certification={inst.certification!r}, "
            f"bar_ends={inst.bar_ends!r}"
        )
        raise InvalidElectionError(
            msg, field="certification", value=inst.certification
        )
    if (inst.tally is None) != (inst.outcome is None):
        msg = (
            "a status has an operative tally exactly when it has an "
            f"outcome, got tally={inst.tally!r}, outcome={inst.outcome!r}"
        )
        raise InvalidElectionError(msg, field="outcome", value=inst.outcome)


def _optional(kind: type) -> Any:
    return v.instance(kind, InvalidElectionError, optional=True)


@final
@attrs.frozen(kw_only=True)
class ElectionStatus:
    """
    Where a representation case stands on a day, and why.

    You get one from `Election.status`:

    >>> import datetime as dt
    >>> case = Election(
    ...     tallies=[
    ...         Tally(
    ...             ballots=Ballots(unions={"ALU": 2654}, against=2131),
    ...             date=dt.date(2022, 4, 1),
    ...         )
    ...     ]
    ... )
    >>> s = case.status(on=dt.date(2022, 4, 11))
    >>> s.step
    <Step.CERTIFY: 'certify'>
    >>> s.certification
    <Certification.REPRESENTATIVE: 'representative'>
    >>> s.bar_ends
    datetime.date(2023, 4, 1)
    >>> s.outcome.winner.name
    'ALU'

    Attributes:
        on: The day asked about.
        step: What comes next.
        tally: The operative tally, or `None` if the latest vote was set
            aside.
        outcome: The outcome of `tally`, from `laborvote.decide`.
        certification: What can be certified, if `step` is
            `Step.CERTIFY`; otherwise `None`.
        objections_due: The last day to file objections to the latest
            vote, and the rule that says so.
        bar_ends: If `step` is `Step.CERTIFY`, the valid election's first
            anniversary: the 12-month election bar (NLRA section 9(c)(3);
            for a deauthorization vote, section 9(e)(2)) runs until then.
            Otherwise `None`.
        reasons: Sentences that explain the step, each citing its rule.

    .. versionadded:: 26.1.0
    """

    on: dt.date = attrs.field(
        validator=v.instance(dt.date, InvalidElectionError)
    )
    step: Step = attrs.field(validator=v.instance(Step, InvalidElectionError))
    tally: Tally | None = attrs.field(default=None, validator=_optional(Tally))
    outcome: Outcome | None = attrs.field(
        default=None, validator=_optional(Outcome)
    )
    certification: Certification | None = attrs.field(
        default=None, validator=_optional(Certification)
    )
    objections_due: Deadline = attrs.field(
        validator=v.instance(Deadline, InvalidElectionError)
    )
    bar_ends: dt.date | None = attrs.field(
        default=None, validator=_optional(dt.date)
    )
    reasons: tuple[str, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=v.sentences(InvalidElectionError),
    )

    def __attrs_post_init__(self) -> None:
        _check_status(self)

    def as_dict(self) -> dict[str, Any]:
        """
        Return this status as a JSON-ready `dict`, as ``laborvote status
        --json`` prints it.

        Dates are ISO strings, the step and the certification their
        words; the tally, the outcome and the deadline are in their own
        forms; ``schema`` names the JSON Schema (see :doc:`/json`).

        >>> import datetime as dt
        >>> case = Election(
        ...     tallies=[
        ...         Tally(
        ...             ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...             date=dt.date(2022, 4, 1),
        ...         )
        ...     ]
        ... )
        >>> data = case.status(on=dt.date(2022, 4, 11)).as_dict()
        >>> data["step"], data["certification"], data["bar_ends"]
        ('certify', 'representative', '2023-04-01')

        .. versionadded:: 26.1.0
        """
        return forms.stamp(
            "election-status",
            {
                "on": self.on.isoformat(),
                "step": self.step.value,
                "tally": None if self.tally is None else self.tally.as_dict(),
                "outcome": (
                    None if self.outcome is None else self.outcome.as_dict()
                ),
                "certification": (
                    None
                    if self.certification is None
                    else self.certification.value
                ),
                "objections_due": self.objections_due.as_dict(),
                "bar_ends": (
                    None
                    if self.bar_ends is None
                    else self.bar_ends.isoformat()
                ),
                "reasons": list(self.reasons),
            },
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElectionStatus:
        """
        Build a status from the output of `as_dict`.

        >>> import datetime as dt
        >>> case = Election(
        ...     tallies=[
        ...         Tally(
        ...             ballots=Ballots(unions={"ALU": 2654}, against=2131),
        ...             date=dt.date(2022, 4, 1),
        ...         )
        ...     ]
        ... )
        >>> s = case.status(on=dt.date(2022, 4, 4))
        >>> ElectionStatus.from_dict(s.as_dict()) == s
        True

        Raises:
            InvalidElectionError: If a field cannot be read.
            InvalidValueError: The error of the tally's, the outcome's or
                the deadline's ``from_dict``, if one cannot be read.

        .. versionadded:: 26.1.0
        """
        e = InvalidElectionError
        tally: Any = data.get("tally")
        outcome: Any = data.get("outcome")
        due: Any = data.get("objections_due")
        certification = data.get("certification")
        return cls(
            on=v.parse_date(data.get("on"), "on", e),  # type: ignore[arg-type]
            step=v.parse_enum(Step, data.get("step"), "step", e),
            tally=Tally.from_dict(tally)
            if isinstance(tally, Mapping)
            else tally,
            outcome=(
                Outcome.from_dict(outcome)
                if isinstance(outcome, Mapping)
                else outcome
            ),
            certification=(
                None
                if certification is None
                else v.parse_enum(
                    Certification, certification, "certification", e
                )
            ),
            objections_due=(
                Deadline.from_dict(due) if isinstance(due, Mapping) else due
            ),
            bar_ends=v.parse_date(  # type: ignore[arg-type]
                data.get("bar_ends"), "bar_ends", e
            ),
            reasons=data.get("reasons", ()),
        )
