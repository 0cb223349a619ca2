"""
Every Hypothesis strategy of the test suite, beyond the public
`laborvote.strategies` that users get too.

As in `laborvote.strategies`: names are plural, bounds keyword-only,
values valid by construction (no ``.filter``), and each function returns
a ``SearchStrategy``. The sections:

- small values for the brute-force oracles (`small_ballots`,
  `small_tallies`, `any_case_numbers`);
- the rulebooks (`days`, `rulebooks`, `industrial_action_rulebooks`,
  `yes_no_tallies`);
- the life of a case (`tally_dates`, `lifecycles`);
- the rows of the Board's files (`nlrb_rows`, with `NLRB_HEADERS`).

Tests import them by name (``from strategies import small_tallies``):
pytest puts ``tests/`` on ``sys.path`` for ``tests/conftest.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from hypothesis import strategies as st

from laborvote import (
    Ballots,
    CaseNumber,
    CaseType,
    Choice,
    Election,
    Objection,
    ObjectionStatus,
    Result,
    Tally,
    TallyKind,
    decide,
)
from laborvote import strategies as lvst
from laborvote._core.validators import name_key
from laborvote.nlrb import Layout, Recorded
from laborvote.rules import RULEBOOKS, Rulebook, uk_industrial_action
from nlrb_files import ANNUAL_3, FOIA, WEB_EXPORT

# --- Small values for the brute-force oracles -------------------------------


def small_ballots(
    *,
    max_choices: int = 4,
    max_votes: int = 8,
    max_void: int = 2,
    max_challenged: int = 6,
) -> st.SearchStrategy[Ballots]:
    """
    Generate ballot boxes of two to *max_choices* choices with few votes.

    Half of them have an against box (then one to ``max_choices - 1``
    unions), the others only unions (two to *max_choices*).
    """
    return st.booleans().flatmap(
        lambda against: lvst.ballots(
            min_unions=1 if against else 2,
            max_unions=max_choices - 1 if against else max_choices,
            max_votes=max_votes,
            max_void=max_void,
            max_challenged=max_challenged,
            against=against,
        )
    )


def _enough_eligible(box: Ballots) -> st.SearchStrategy[int | None]:
    """
    Generate unknown eligible counts, or counts of at least the valid
    votes plus the challenged ballots, often exactly that.
    """
    most = box.valid + box.challenged
    return st.one_of(
        st.none(),
        st.just(most),
        st.just(most + box.void),
        st.integers(min_value=most, max_value=most + 10),
    )


def _eligible_near_thresholds(box: Ballots) -> st.SearchStrategy[int | None]:
    """
    Generate known eligible counts at a majority's boundary (all the
    valid votes and challenged ballots, twice the valid votes), or
    anywhere from zero to twice the votes, even below the ballots cast.
    """
    most = box.valid + box.challenged
    return st.one_of(
        st.sampled_from([most, 2 * box.valid, 2 * box.valid + 1]),
        st.integers(min_value=0, max_value=2 * most + 2),
    )


def small_tallies(
    *,
    max_choices: int = 4,
    max_votes: int = 8,
    max_challenged: int = 6,
    kinds: st.SearchStrategy[TallyKind] | None = None,
    near_thresholds: bool = False,
) -> st.SearchStrategy[Tally]:
    """
    Generate tallies of two to *max_choices* choices with few votes.

    By default the number of eligible voters is unknown or never below
    the valid votes plus the challenged ballots, and often exactly that,
    so that resolving every challenge can make everybody's ballot valid
    (the shape of the 29 CFR 102.70(d) exception), and no way of
    resolving the challenges counts more valid ballots than there are
    eligible voters.

    With *near_thresholds*, the rulebooks' shape: the number of eligible
    voters is always known, and often at a boundary of a majority of the
    eligible (twice the valid votes, or one more), or below the ballots
    cast.

    Args:
        max_choices: The most choices on the ballot.
        max_votes: The most valid votes any one choice gets.
        max_challenged: The most challenged ballots.
        kinds: Where the tally kinds come from; default any kind.
        near_thresholds: Draw the eligible counts as described above.
    """
    eligible = (
        _eligible_near_thresholds if near_thresholds else _enough_eligible
    )
    kind = st.sampled_from(TallyKind) if kinds is None else kinds
    return small_ballots(
        max_choices=max_choices,
        max_votes=max_votes,
        max_challenged=max_challenged,
    ).flatmap(
        lambda box: st.builds(
            Tally, ballots=st.just(box), eligible=eligible(box), kind=kind
        )
    )


def any_case_numbers() -> st.SearchStrategy[CaseNumber]:
    """
    Generate every case number the constructor accepts: any region of at
    most two digits and any serial of at most nine, not only realistic
    ones (`laborvote.strategies.case_numbers`).
    """
    return st.builds(
        CaseNumber,
        region=st.integers(min_value=0, max_value=99),
        case_type=st.sampled_from(CaseType),
        serial=st.integers(min_value=0, max_value=999_999_999),
    )


# --- The rulebooks ----------------------------------------------------------

#: Dates around every version change of the shipped rulebooks.
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2030, 12, 31)


def days() -> st.SearchStrategy[dt.date]:
    """
    Generate days from `EARLIEST` to `LATEST`, often the first or last
    day of a version of a shipped rulebook.
    """
    edges = sorted(
        {
            day + dt.timedelta(days=shift)
            for book in RULEBOOKS.values()
            for version in book.versions
            for day in (version.effective_from, version.effective_until)
            if day is not None
            for shift in (-1, 0)
        }
    )
    return st.one_of(
        st.sampled_from(edges), st.dates(min_value=EARLIEST, max_value=LATEST)
    )


def industrial_action_rulebooks() -> st.SearchStrategy[Rulebook]:
    """
    Generate industrial action rulebooks, in and out of important public
    services, with and without a turnout repeal date.
    """
    repeals = st.one_of(
        st.none(),
        st.just(uk_industrial_action.IPS_REPEAL),
        st.dates(min_value=uk_industrial_action.IPS_REPEAL, max_value=LATEST),
    )
    return st.builds(
        uk_industrial_action.rulebook,
        important_public_service=st.booleans(),
        turnout_repeal=repeals,
    )


def rulebooks() -> st.SearchStrategy[Rulebook]:
    """
    Generate the shipped rulebooks and the industrial action variants.
    """
    return st.one_of(
        st.sampled_from(list(RULEBOOKS.values())),
        industrial_action_rulebooks(),
    )


def _yes_no_tally(
    counts: tuple[int, int, int, int], max_votes: int
) -> st.SearchStrategy[Tally]:
    """
    Generate the tallies of *counts* (yes, no, void, challenged) with an
    eligible count near a threshold, or anywhere.
    """
    yes, no, void, challenged = counts
    cast = yes + no + void + challenged
    near = st.sampled_from(
        [cast, 2 * cast, 2 * yes, 2 * yes + 1, 5 * yes // 2]
    )
    return st.builds(
        Tally,
        ballots=st.just(
            Ballots(
                unions={"Yes": yes},
                against=no,
                void=void,
                challenged=challenged,
            )
        ),
        eligible=st.one_of(
            near, st.integers(min_value=0, max_value=3 * max_votes + 20)
        ),
    )


def yes_no_tallies(
    *, max_votes: int = 30, max_void: int = 4, max_challenged: int = 6
) -> st.SearchStrategy[Tally]:
    """
    Generate yes/no tallies (one union against "no") with eligible
    voters, often exactly at a threshold's boundary.

    The eligible voters are drawn near the ballots cast, and sometimes
    near twice or two and a half times the yes votes, where a majority of
    the eligible or a 40% floor is decided.
    """
    votes = st.integers(min_value=0, max_value=max_votes)
    return st.tuples(
        votes,
        votes,
        st.integers(min_value=0, max_value=max_void),
        st.integers(min_value=0, max_value=max_challenged),
    ).flatmap(lambda counts: _yes_no_tally(counts, max_votes))


# --- The life of a case -----------------------------------------------------

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
    Generate tally dates that some objection deadline rule covers.
    """
    return st.dates(min_value=min_value, max_value=max_value)


def _with(ballots: Ballots, extra: list[int], challenged: int) -> Ballots:
    """
    Return *ballots* with *extra* valid votes per choice, in ballot order.
    """
    votes = [n + e for n, e in zip(ballots.votes, extra, strict=True)]
    unions = [
        (c.name, n)
        for c, n in zip(ballots.choices, votes, strict=True)
        if c.is_union
    ]
    against = (
        votes[ballots.choices.index(Choice.AGAINST)]
        if ballots.against is not None
        else None
    )
    return Ballots(
        unions=unions,
        against=against,
        void=ballots.void,
        challenged=challenged,
    )


def _revision(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Resolve every challenged ballot of *tally*: some are counted for a
    choice, the others stay sealed (the challenge was sustained).
    """
    left = tally.challenged
    extra = []
    for _ in tally.choices:
        n = draw(st.integers(min_value=0, max_value=left))
        extra.append(n)
        left -= n
    return Tally(
        ballots=_with(tally.ballots, extra, 0),
        kind=TallyKind.REVISED,
        date=day,
    )


def _runoff(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Hold the runoff that *tally* calls for.
    """
    pair = decide(tally).runoff_between
    assert pair is not None
    votes = st.integers(min_value=0, max_value=8)
    unions = [(c.name, draw(votes)) for c in pair if c.is_union]
    against = draw(votes) if Choice.AGAINST in pair else None
    return Tally(
        ballots=Ballots(
            unions=unions,
            against=against,
            challenged=draw(st.integers(min_value=0, max_value=3)),
        ),
        kind=TallyKind.RUNOFF,
        date=day,
    )


def _rerun(draw: st.DrawFn, tally: Tally, day: dt.date) -> Tally:
    """
    Hold a new election with the choices of *tally*.
    """
    votes = st.integers(min_value=0, max_value=8)
    return Tally(
        ballots=Ballots(
            unions=[
                (c.name, draw(votes)) for c in tally.choices if c.is_union
            ],
            against=None if tally.ballots.against is None else draw(votes),
            challenged=draw(st.integers(min_value=0, max_value=3)),
        ),
        kind=TallyKind.RERUN,
        date=day,
    )


_FIRST_BALLOTS = small_ballots(max_choices=3, max_void=1, max_challenged=4)
_LATER = st.integers(min_value=0, max_value=9).map(
    lambda n: dt.timedelta(days=n)
)


@st.composite
def _lifecycle(draw: st.DrawFn, *, max_events: int) -> Election:
    """
    Draw the history of a case; see `lifecycles`.
    """
    clock = draw(tally_dates(max_value=dt.date(2035, 1, 1)))
    tallies = [Tally(ballots=draw(_FIRST_BALLOTS), date=clock)]
    objections: list[Objection] = []
    vote_start = 0  # index in `objections` of the current vote's first
    for _ in range(draw(st.integers(min_value=0, max_value=max_events))):
        clock += draw(_LATER)
        current = objections[vote_start:]
        result = decide(tallies[-1]).result
        sustained = any(o.status is ObjectionStatus.SUSTAINED for o in current)
        pending = [i for i, o in enumerate(current) if o.pending]
        moves = ["object"] if len(current) < 3 else []
        if pending:
            moves.append("decide")
        if result is Result.UNRESOLVED:
            moves.append("revise")
        if result is Result.RUNOFF and not pending and not sustained:
            moves.append("runoff")
        if sustained or result is Result.NEW_ELECTION:
            moves.append("rerun")
        if not moves:
            break  # three objections, all decided, and a result that stands
        move = draw(st.sampled_from(moves))
        if move == "object":
            objections.append(
                Objection(
                    party=draw(st.sampled_from(["Union", "Employer"])),
                    number=len(current) + 1,
                    text="Objectionable conduct",
                    filed=clock,
                )
            )
        elif move == "decide":
            i = vote_start + draw(st.sampled_from(pending))
            how = draw(st.sampled_from(["overrule", "sustain", "withdraw"]))
            objections[i] = getattr(objections[i], how)(on=clock)
        elif move == "revise":
            tallies.append(_revision(draw, tallies[-1], clock))
        else:
            clock += dt.timedelta(days=1)  # a new vote, on a later day
            make = _runoff if move == "runoff" else _rerun
            tallies.append(make(draw, tallies[-1], clock))
            vote_start = len(objections)
    return Election(tallies=tallies, objections=objections)


def lifecycles(*, max_events: int = 12) -> st.SearchStrategy[Election]:
    """
    Generate the history of a case, one event at a time, each event one
    that the rules allow at that point.

    Events happen in date order: a party files an objection, an
    objection is decided or withdrawn, the challenges are resolved (a
    revised tally), a runoff is held after a runoff outcome once every
    objection was overruled or withdrawn, a rerun after a sustained
    objection or a nullity. Which events are allowed is worked out here
    from `laborvote.decide` and the objections' statuses, not from
    `laborvote.Election.status`, which the tests check.
    """
    return _lifecycle(max_events=max_events)


# --- The rows of the Board's files ------------------------------------------
#
# The expected record is built from the generated values by the rules of
# NLRB-DATA.md and issue 3, not by the reader: choices in ballot order;
# blank counts are zero; blank flags are "not recorded"; a runoff between
# two unions has no against box when its against count is blank or zero;
# the tally type gives the kind, a "Revised ..." ballot type a revised
# tally (a runoff stays a runoff).

#: The header of each layout's files.
NLRB_HEADERS = {
    Layout.WEB_EXPORT: WEB_EXPORT,
    Layout.FOIA: FOIA,
    Layout.ANNUAL_REPORT: ANNUAL_3,
}

#: Where each value goes, per layout: (web export, FOIA, annual report).
_COLUMNS: dict[str, tuple[str | None, str | None, str | None]] = {
    "case_number": ("Case Number", "Case Number", "Case Number"),
    "case_name": ("Case Name", "Case Name", "Case Name"),
    "status": ("Status", "Case Status", None),
    "date_filed": ("Date Filed", "Case Filed Date", None),
    "date_closed": ("Date Closed", "Case Closed Date", "Closed Date"),
    "reason_closed": ("Reason Closed", "Closed Reason", "Closed Reason"),
    "unit_id": ("Unit ID", "Unit ID", None),
    "ballot_type": ("Ballot Type", "Tally Category", None),
    "tally_type": ("Tally Type", "Tally Type", None),
    "tally_date": ("Tally Date", "Tally Date", "Election Held Date"),
    "eligible": (
        "No of Eligible Voters",
        "Num Eligible Voters",
        "Num Eligible Voters",
    ),
    "void": ("Void Ballots", "Num Void Ballots", None),
    "against": (
        "Votes Against",
        "Votes Cast Against Labor Org",
        "Valid Votes Against",
    ),
    "total": ("Total Ballots Counted", "Num Valid Votes Counted", None),
    "challenged": ("Challenged Ballots", "Num Challenged Ballots", None),
    "challenges_determinative": (
        "Challenges are Determinative",
        "Challenges R Determinitive",
        None,
    ),
    "runoff_required": ("Runoff Required", "Runoff Required", None),
    "union_to_certify": (
        "Union to Certify",
        "Union To Certify",
        "Union To Certify",
    ),
    "win": (None, None, "Cert of Rep (Win)"),
    "loss": (None, None, "Cert of Results (Loss)"),
}
_UNIONS = {
    Layout.WEB_EXPORT: [
        (f"Labor Union{i}", f"Votes for Labor Union{i}") for i in (1, 2, 3)
    ],
    Layout.FOIA: [
        (f"Labor Organization {i} Name", f"Votes For Labor Org{i}")
        for i in (1, 2, 3)
    ],
    Layout.ANNUAL_REPORT: [
        ("Labor Org 1 Name", "Votes for Labor Org 1"),
        ("Labor Org 2 Name", "Votes for Labor Org 2"),
        ("Labor Org3", "Votes For Labor Org3"),
    ],
}
_AT = {Layout.WEB_EXPORT: 0, Layout.FOIA: 1, Layout.ANNUAL_REPORT: 2}

_KINDS = {"Initial": TallyKind.INITIAL, "Rerun": TallyKind.RERUN}
_BALLOT_TYPES = [
    "Single Labor Organization",
    "Two Labor Organizations",
    "Three Labor Organizations",
    "Revised Single Labor Org",
    "Revised Two Labor Orgs",
    "Self Determination",
]
_REASONS = [
    "Certific. of Representative",
    "Certification of Results",
    "Withdrawal Non-adjusted",
    "Dismissal Non-adjusted",
]

# Built once: a row draws from each of them many times.
_COUNTS = st.integers(min_value=0, max_value=400)
_CASE_NUMBERS = lvst.case_numbers()
_NAMES = st.lists(
    lvst.union_names(max_size=20),
    min_size=1,
    max_size=3,
    unique_by=name_key,
)
_CASE_NAMES = st.none() | lvst.union_names()
_TALLY_TYPES = st.sampled_from(["Initial", "Rerun", "Run-off"])
_DATES = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
_FLAGS = st.sampled_from([True, False, None])
_WON = st.sampled_from([(None, None), ("WON", None), (None, "LOSS")])
_STATUSES = st.sampled_from([None, "Closed", "Open"])
_UNIT_IDS = st.sampled_from([None, "A", "B"])
_ZEROS = {True: st.sampled_from([None, 0]), False: st.sampled_from(["", "0"])}


class GeneratedRow(NamedTuple):
    """
    A row's cells by header, and the record's tally and recorded values.
    """

    cells: dict[str, Any]
    tally: Tally
    recorded: Recorded


def _date_cell(value: dt.date | None, layout: Layout, *, typed: bool) -> Any:
    if value is None:
        return None if typed else ""
    if typed:
        return dt.datetime(value.year, value.month, value.day)  # noqa: DTZ001 - as openpyxl reads it
    if layout is Layout.WEB_EXPORT:
        return f"{value.month:02d}/{value.day:02d}/{value.year}"
    return value.isoformat()


def _cell(
    draw: st.DrawFn, field: str, value: Any, layout: Layout, *, typed: bool
) -> Any:
    """
    Return the cell that writes *value* of *field*.

    A zero count is written blank or ``0`` (both mean zero); other blank
    values are an empty string, or an empty cell in a workbook.
    """
    if field in {"tally_date", "date_filed", "date_closed"}:
        return _date_cell(value, layout, typed=typed)
    if field in {"void", "challenged", "against", "votes"} and value == 0:
        return draw(_ZEROS[typed])
    if value is None:
        return None if typed else ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, int) and not typed:
        return str(value)
    return value


@st.composite
def _nlrb_row(draw: st.DrawFn, *, layout: Layout, typed: bool) -> GeneratedRow:
    """
    Draw one data row of *layout*; see `nlrb_rows`.
    """
    at = _AT[layout]
    annual = layout is Layout.ANNUAL_REPORT

    case = draw(_CASE_NUMBERS)
    names = draw(_NAMES)
    votes = [draw(_COUNTS) for _ in names]
    tally_type = None if annual else draw(_TALLY_TYPES)
    ballot_type = None if annual else draw(st.sampled_from(_BALLOT_TYPES))
    against = draw(_COUNTS)
    runoff = tally_type == "Run-off"
    if runoff and len(names) > 1:
        against = draw(st.sampled_from([0, against]))
    void = 0 if annual else draw(_COUNTS)
    challenged = 0 if annual else draw(_COUNTS)
    eligible = draw(st.none() | _COUNTS)
    won = draw(_WON)
    recorded = Recorded(
        case_number=str(case),
        case_name=draw(_CASE_NAMES),
        case_type=case.case_type,
        status=None if annual else draw(_STATUSES),
        unit_id=None if annual else draw(_UNIT_IDS),
        tally_type=tally_type,
        ballot_type=ballot_type,
        tally_date=draw(_DATES),
        date_filed=None if annual else draw(_DATES),
        date_closed=draw(_DATES),
        reason_closed=draw(st.sampled_from([None, *_REASONS])),
        eligible=eligible,
        void=None if annual else void,
        challenged=None if annual else challenged,
        total=None if annual else draw(st.none() | _COUNTS),
        challenges_determinative=None if annual else draw(_FLAGS),
        runoff_required=None if annual else draw(_FLAGS),
        union_to_certify=draw(st.none() | st.sampled_from(names)),
        win=won[0] if annual else None,
        loss=won[1] if annual else None,
    )
    cells: dict[str, Any] = {}
    for field, places in _COLUMNS.items():
        header = places[at]
        if header is not None:
            value = against if field == "against" else getattr(recorded, field)
            cells[header] = _cell(draw, field, value, layout, typed=typed)
    for (name_header, votes_header), name, n in zip(
        _UNIONS[layout], names, votes, strict=False
    ):
        cells[name_header] = name
        cells[votes_header] = _cell(draw, "votes", n, layout, typed=typed)
    if annual:
        cells["Case Type"] = case.case_type.value
    if runoff:
        kind = TallyKind.RUNOFF
    elif ballot_type is not None and ballot_type.startswith("Revised"):
        kind = TallyKind.REVISED
    else:
        kind = _KINDS.get(tally_type or "Initial", TallyKind.INITIAL)
    tally = Tally(
        ballots=Ballots(
            unions=list(zip(names, votes, strict=True)),
            against=None
            if runoff and len(names) > 1 and not against
            else against,
            void=void,
            challenged=challenged,
        ),
        eligible=eligible,
        kind=kind,
        date=recorded.tally_date,
        case_number=case,
        unit_id=recorded.unit_id,
    )
    return GeneratedRow(cells, tally, recorded)


def nlrb_rows(
    *, layout: Layout, typed: bool = False
) -> st.SearchStrategy[GeneratedRow]:
    """
    Generate one data row of *layout* (headed by `NLRB_HEADERS`), with
    the record it stands for.

    Cells are text (as in a CSV file), or with *typed* the values a
    workbook holds (numbers, datetimes, empty cells).
    """
    return _nlrb_row(layout=layout, typed=typed)


#: The FOIA header's columns an election's rows use.
ELECTION_FIELDS = (
    "Case Number",
    "Unit ID",
    "Tally Type",
    "Tally Category",
    "Tally Date",
    "Labor Organization 1 Name",
    "Votes For Labor Org1",
    "Votes Cast Against Labor Org",
    "Num Challenged Ballots",
    "Closed Reason",
)


@st.composite
def election_rows(
    draw: st.DrawFn, *, max_elections: int = 6
) -> list[list[dict[str, str]]]:
    """
    Generate the FOIA rows of a few elections: each a list of rows of one
    case number and unit, in the order they were prepared (an initial
    tally, then maybe a revised one, a rerun...). Two elections may share
    a case number (different units).
    """
    cases = draw(
        st.lists(
            st.integers(min_value=1, max_value=999_999),
            min_size=1,
            max_size=max_elections,
        )
    )
    seen: set[tuple[int, str]] = set()
    out = []
    for number in cases:
        unit = draw(st.sampled_from("ABC"))
        if (number, unit) in seen:
            continue
        seen.add((number, unit))
        case = f"{number % 33 or 1:02d}-RC-{number:06d}"
        types = draw(
            st.lists(
                st.sampled_from(
                    [
                        ("Rerun", "Single Labor Organization"),
                        ("Initial", "Revised Single Labor Org"),
                        ("Initial", "Self Determination"),
                        ("Initial", "Single Labor Organization"),
                    ]
                ),
                max_size=3,
            )
        )
        day = draw(st.dates(dt.date(2017, 1, 1), dt.date(2019, 1, 1)))
        reason = draw(st.sampled_from(_REASONS))
        rows = []
        for k, (tally_type, category) in enumerate(
            [("Initial", "Single Labor Organization"), *types]
        ):
            votes = st.integers(min_value=0, max_value=30)
            rows.append(
                {
                    "Case Number": case,
                    "Unit ID": unit,
                    "Tally Type": tally_type,
                    "Tally Category": category,
                    "Tally Date": (
                        day + dt.timedelta(days=30 * k)
                    ).isoformat(),
                    "Labor Organization 1 Name": draw(
                        st.sampled_from(
                            ["Teamsters Local 1", "SEIU Local 2", "ALU"]
                        )
                    ),
                    "Votes For Labor Org1": str(draw(votes)),
                    "Votes Cast Against Labor Org": str(draw(votes)),
                    "Num Challenged Ballots": str(draw(votes)),
                    "Closed Reason": reason,
                }
            )
        out.append(rows)
    return out


@st.composite
def interleavings(
    draw: st.DrawFn, groups: list[list[dict[str, str]]]
) -> list[dict[str, str]]:
    """
    Generate one interleaving of *groups*: every row once, each group's
    rows in their order.
    """
    queues = [list(g) for g in groups]
    out = []
    while any(queues):
        i = draw(st.sampled_from([i for i, q in enumerate(queues) if q]))
        out.append(queues[i].pop(0))
    return out
