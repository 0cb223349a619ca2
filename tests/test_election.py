"""
Unit tests for `laborvote.Election`: the order of a case's tallies, the
objections to each vote, and what comes next on a day.

Real cases come from RULES.md section 2; small made-up tallies are
decided by hand in each test's docstring.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from laborvote import (
    Ballots,
    Certification,
    Election,
    ElectionStatus,
    Objection,
    ObjectionStatus,
    Result,
    Step,
    Tally,
    TallyKind,
    decide,
    objections_due,
)
from laborvote.exceptions import InvalidElectionError

D = dt.date


def _tally(
    day: dt.date,
    ballots: dict[str, Any],
    kind: TallyKind = TallyKind.INITIAL,
) -> Tally:
    """
    Return a tally on *day* of *ballots*, the arguments of `Ballots`.
    """
    return Tally(ballots=Ballots(**ballots), kind=kind, date=day)


def _objection(
    filed: dt.date, number: int = 1, party: str = "Union"
) -> Objection:
    """
    Return an objection of *party* filed on *filed*.
    """
    return Objection(party=party, number=number, text="Conduct", filed=filed)


#: Three choices, no majority (4 of 9 is not more than 4.5), no tie: a
#: runoff between A (4) and B (3), the two with the most votes.
NO_MAJORITY: dict[str, Any] = {"unions": {"A": 4, "B": 3}, "against": 2}
#: A wins outright: 6 of 10.
A_WINS: dict[str, Any] = {"unions": {"A": 6}, "against": 4}
#: No union wins: 7 of 10.
UNION_LOSES: dict[str, Any] = {"unions": {"A": 3}, "against": 7}
#: A leads by 1 with 3 challenged: determinative.
TOO_CLOSE: dict[str, Any] = {"unions": {"A": 5}, "against": 4, "challenged": 3}
#: All three choices tie at 3: a nullity (29 CFR 102.70(d)).
THREE_WAY_TIE: dict[str, Any] = {"unions": {"A": 3, "B": 3}, "against": 3}


@pytest.fixture(name="jfk8")
def _jfk8() -> Election:
    """
    Return Amazon JFK8 (29-RC-288020): ALU 2,654, no union 2,131, 67
    challenged, tally 2022-04-01; Amazon's 25 objections filed by the
    deadline (2022-04-08) and overruled when the ALU was certified on
    2023-01-11 (RULES.md section 2).
    """
    tally = Tally(
        ballots=Ballots(
            unions={"ALU": 2654}, against=2131, void=17, challenged=67
        ),
        eligible=8325,
        date=D(2022, 4, 1),
        case_number="29-RC-288020",
    )
    objections = [
        _objection(D(2022, 4, 8), n, "Amazon").overrule(on=D(2023, 1, 11))
        for n in range(1, 26)
    ]
    return Election(tallies=[tally], objections=objections)


@pytest.fixture(name="bessemer")
def _bessemer() -> Election:
    """
    Return Amazon BHM1, Bessemer: the 2021 tally (RWDSU 738, no union
    1,798, 505 challenged, 76 void) with the union's 23 objections of
    2021-04-16, one sustained when the election was set aside on
    2021-11-29, and the 2022 rerun (875 to 993, 416 challenged).
    """
    first = Tally(
        ballots=Ballots(
            unions={"RWDSU": 738}, against=1798, void=76, challenged=505
        ),
        eligible=5867,
        date=D(2021, 4, 9),
    )
    rerun = Tally(
        ballots=Ballots(
            unions={"RWDSU": 875}, against=993, void=59, challenged=416
        ),
        eligible=6153,
        kind=TallyKind.RERUN,
        date=D(2022, 3, 31),
    )
    objections = [_objection(D(2021, 4, 16), n, "RWDSU") for n in range(1, 24)]
    objections[0] = objections[0].sustain(on=D(2021, 11, 29))
    return Election(tallies=[first, rerun], objections=objections)


class TestJFK8:
    """
    The JFK8 case, day by day.
    """

    def test_before_the_deadline(self, jfk8: Election) -> None:
        """
        On the deadline itself objections may still be filed.
        """
        status = jfk8.status(on=D(2022, 4, 8))

        assert Step.HEAR_OBJECTIONS is status.step
        assert D(2022, 4, 8) == status.objections_due.date

    def test_objections_pending(self, jfk8: Election) -> None:
        """
        While Amazon's objections are pending (the hearing officer's
        recommendation of September 2022 decides nothing), nothing is
        certified.
        """
        status = jfk8.status(on=D(2022, 9, 30))

        assert Step.HEAR_OBJECTIONS is status.step
        assert status.certification is None
        assert "25 objections of 'Amazon' are pending." in status.reasons

    def test_certified(self, jfk8: Election) -> None:
        """
        Once they are overruled, the ALU is certified; the 12-month bar
        runs from the tally date, 2022-04-01, to 2023-04-01.
        """
        status = jfk8.status(on=D(2023, 1, 11))

        assert Step.CERTIFY is status.step
        assert Certification.REPRESENTATIVE is status.certification
        assert status.outcome is not None
        assert status.outcome.winner is not None
        assert "ALU" == status.outcome.winner.name
        assert D(2023, 4, 1) == status.bar_ends
        assert jfk8.tallies[0] is status.tally


class TestBessemer:
    """
    Bessemer: objections, set-aside, and a rerun whose challenges are
    determinative.
    """

    @pytest.mark.parametrize(
        ("on", "step"),
        [
            (D(2021, 4, 9), Step.WAIT_FOR_OBJECTIONS),
            (D(2021, 4, 15), Step.WAIT_FOR_OBJECTIONS),
            (D(2021, 4, 16), Step.HEAR_OBJECTIONS),
            (D(2021, 8, 2), Step.HEAR_OBJECTIONS),
            (D(2021, 11, 29), Step.HOLD_RERUN),
            (D(2022, 3, 30), Step.HOLD_RERUN),
            (D(2022, 3, 31), Step.RESOLVE_CHALLENGES),
            (D(2024, 11, 5), Step.RESOLVE_CHALLENGES),
        ],
    )
    def test_steps(self, bessemer: Election, on: dt.date, step: Step) -> None:
        """
        Before the objections the period is open; then they are heard;
        the sustained one sets the election aside; the rerun's 416
        challenged ballots (margin 118) are determinative.
        """
        assert step is bessemer.status(on=on).step

    def test_set_aside(self, bessemer: Election) -> None:
        """
        A set-aside vote has no operative tally, no certification, and
        the reason names the sustained objection and the day.
        """
        status = bessemer.status(on=D(2021, 12, 1))

        assert status.tally is None
        assert status.outcome is None
        assert status.certification is None
        assert any(
            "Objection 1 of 'RWDSU' was sustained on 2021-11-29" in r
            for r in status.reasons
        )
        assert bessemer.as_of(D(2021, 12, 1)).operative_tally is None

    def test_rerun_deadline(self, bessemer: Election) -> None:
        """
        The rerun opens its own period: Thu 2022-03-31 -> Thu 2022-04-07.
        """
        status = bessemer.status(on=D(2022, 4, 1))

        assert D(2022, 4, 7) == status.objections_due.date
        assert bessemer.tallies[1] is bessemer.operative_tally

    def test_without_the_union_objection(self) -> None:
        """
        Had the union not objected, the 2021 vote (1,798 of 2,536 valid
        votes against) would get a certification of results once the
        period ended on 2021-04-16.
        """
        first = Tally(
            ballots=Ballots(
                unions={"RWDSU": 738}, against=1798, void=76, challenged=505
            ),
            date=D(2021, 4, 9),
        )

        status = Election(tallies=[first]).status(on=D(2021, 4, 19))

        assert Certification.RESULTS is status.certification
        assert D(2022, 4, 9) == status.bar_ends


class TestSteps:
    """
    Each step, from small tallies decided by hand.
    """

    def test_runoff(self) -> None:
        """
        A 4 / 3 / 2 ballot has no majority: after the period (Mon
        2023-03-06 -> Mon 2023-03-13) the runoff is held.
        """
        case = Election(tallies=[_tally(D(2023, 3, 6), NO_MAJORITY)])

        assert Step.WAIT_FOR_OBJECTIONS is case.status(on=D(2023, 3, 13)).step
        assert Step.HOLD_RUNOFF is case.status(on=D(2023, 3, 14)).step

    def test_after_runoff(self) -> None:
        """
        The runoff (A 6, no union 4) is a new vote with its own period
        (Mon 2023-04-03 -> Mon 2023-04-10); then A is certified, and the
        bar counts from the runoff, laborvote's reading.
        """
        case = Election(
            tallies=[
                _tally(D(2023, 3, 6), NO_MAJORITY),
                _tally(D(2023, 4, 3), A_WINS, TallyKind.RUNOFF),
            ]
        )

        status = case.status(on=D(2023, 4, 11))

        assert Certification.REPRESENTATIVE is status.certification
        assert D(2024, 4, 3) == status.bar_ends
        assert "runoff" in status.reasons[-1]

    def test_nullity(self) -> None:
        """
        A three-way tie makes the election a nullity: a new election.
        """
        case = Election(tallies=[_tally(D(2023, 3, 6), THREE_WAY_TIE)])

        status = case.status(on=D(2023, 4, 1))

        assert Step.HOLD_RERUN is status.step
        assert status.tally is not None

    def test_revised_tally(self) -> None:
        """
        5 to 4 with 3 challenged is unresolved; the revised tally (6 to
        6: a tie, no majority) gets a certification of results. The
        revised tally opens no new period.
        """
        case = Election(
            tallies=[
                _tally(D(2023, 3, 6), TOO_CLOSE),
                _tally(
                    D(2023, 6, 1),
                    {"unions": {"A": 6}, "against": 6},
                    TallyKind.REVISED,
                ),
            ]
        )

        early = case.status(on=D(2023, 3, 7))
        late = case.status(on=D(2023, 6, 1))

        assert Step.RESOLVE_CHALLENGES is early.step
        assert Certification.RESULTS is late.certification
        assert D(2023, 3, 13) == late.objections_due.date
        assert D(2024, 3, 6) == late.bar_ends

    def test_late_objection(self) -> None:
        """
        An objection filed after the deadline is still pending until the
        Regional Director rules, and the reason says it is late.
        """
        case = Election(
            tallies=[_tally(D(2023, 3, 6), A_WINS)],
            objections=[_objection(D(2023, 3, 20))],
        )

        status = case.status(on=D(2023, 3, 20))

        assert Step.HEAR_OBJECTIONS is status.step
        assert any(
            "1 objection was filed after the last day, 2023-03-13" in r
            for r in status.reasons
        )

    def test_late_objections_plural(self) -> None:
        """
        Two late objections are counted in the plural.
        """
        case = Election(
            tallies=[_tally(D(2023, 3, 6), A_WINS)],
            objections=[
                _objection(D(2023, 3, 20), 1, "Employer"),
                _objection(D(2023, 3, 21), 2, "Employer"),
                _objection(D(2023, 3, 8), 1, "Union"),
            ],
        )

        reasons = case.status(on=D(2023, 3, 22)).reasons

        assert (
            "3 objections of 'Employer' and 'Union' are pending; 2 "
            "objections were filed after the last day, 2023-03-13, and are "
            "untimely unless the Regional Director finds otherwise "
            "(29 CFR 102.2(b))."
        ) in reasons

    def test_sustained_without_date(self) -> None:
        """
        A sustained objection without a date sets the vote aside at once.
        """
        sustained = attrs.evolve(
            _objection(D(2023, 3, 8)), status=ObjectionStatus.SUSTAINED
        )
        case = Election(
            tallies=[_tally(D(2023, 3, 6), UNION_LOSES)],
            objections=[sustained],
        )

        status = case.status(on=D(2023, 3, 8))

        assert Step.HOLD_RERUN is status.step
        assert any(
            "Objection 1 of 'Union' was sustained: the election" in r
            for r in status.reasons
        )

    def test_pinned_rules(self) -> None:
        """
        A pinned version reaches the deadline, and the reason says it was
        not in force: 7 calendar days from Mon 2023-03-06 is Mon 3/13.
        """
        case = Election(tallies=[_tally(D(2023, 3, 6), A_WINS)])

        status = case.status(on=D(2023, 3, 7), rules="2015")

        assert objections_due(D(2023, 3, 6), rules="2015") == (
            status.objections_due
        )
        assert "pinned, although it was not in force" in status.reasons[0]

    def test_withdrawn_objection(self) -> None:
        """
        A withdrawn objection no longer blocks the certification.
        """
        case = Election(
            tallies=[_tally(D(2023, 3, 6), A_WINS)],
            objections=[_objection(D(2023, 3, 8)).withdraw(on=D(2023, 3, 9))],
        )

        assert Step.CERTIFY is case.status(on=D(2023, 3, 14)).step

    def test_leap_day_bar(self) -> None:
        """
        The bar after an election of 29 February ends on 28 February.
        """
        case = Election(tallies=[_tally(D(2024, 2, 29), A_WINS)])

        assert D(2025, 2, 28) == case.status(on=D(2024, 4, 1)).bar_ends


class TestOrder:
    """
    The tallies must follow from each other; the objections must fit.
    """

    def test_first_is_initial(self) -> None:
        """
        A case starts with its initial tally.
        """
        with pytest.raises(InvalidElectionError, match="only the first") as e:
            Election(tallies=[_tally(D(2023, 1, 2), A_WINS, TallyKind.RERUN)])

        assert "tallies[0]" == e.value.field

    def test_one_initial(self) -> None:
        """
        Only the first tally is initial.
        """
        with pytest.raises(InvalidElectionError, match="tallies\\[1\\]"):
            Election(
                tallies=[
                    _tally(D(2023, 1, 2), A_WINS),
                    _tally(D(2023, 1, 3), A_WINS),
                ]
            )

    def test_dates_in_order(self) -> None:
        """
        A tally cannot come before the one it follows.
        """
        with pytest.raises(InvalidElectionError, match="in the order"):
            Election(
                tallies=[
                    _tally(D(2023, 1, 2), TOO_CLOSE),
                    _tally(D(2023, 1, 1), A_WINS, TallyKind.REVISED),
                ]
            )

    def test_runoff_needs_runoff_outcome(self) -> None:
        """
        No runoff after an outright win.
        """
        with pytest.raises(InvalidElectionError, match="calls for one"):
            Election(
                tallies=[
                    _tally(D(2023, 1, 2), A_WINS),
                    _tally(D(2023, 2, 1), A_WINS, TallyKind.RUNOFF),
                ]
            )

    @pytest.mark.parametrize(
        "objection",
        [
            _objection(D(2023, 1, 5)),
            _objection(D(2023, 1, 5)).sustain(on=D(2023, 1, 20)),
            _objection(D(2023, 1, 5)).overrule(on=D(2023, 2, 2)),
        ],
    )
    def test_runoff_after_objections(self, objection: Objection) -> None:
        """
        A runoff is held only once the objections were overruled or
        withdrawn, by its date (29 CFR 102.70(a)).
        """
        with pytest.raises(InvalidElectionError, match="only once"):
            Election(
                tallies=[
                    _tally(D(2023, 1, 2), NO_MAJORITY),
                    _tally(D(2023, 2, 1), A_WINS, TallyKind.RUNOFF),
                ],
                objections=[objection],
            )

    def test_runoff_after_overruled(self) -> None:
        """
        An objection overruled before the runoff lets it be held.
        """
        case = Election(
            tallies=[
                _tally(D(2023, 1, 2), NO_MAJORITY),
                _tally(D(2023, 2, 1), A_WINS, TallyKind.RUNOFF),
            ],
            objections=[_objection(D(2023, 1, 5)).overrule(on=D(2023, 1, 20))],
        )

        assert case.tallies[1] is case.operative_tally

    @pytest.mark.parametrize(
        "objections",
        [
            [],
            [_objection(D(2023, 1, 5)).overrule(on=D(2023, 1, 20))],
            [_objection(D(2023, 1, 5)).sustain(on=D(2023, 3, 2))],
        ],
    )
    def test_rerun_needs_set_aside(self, objections: list[Objection]) -> None:
        """
        A rerun follows a sustained objection decided by its date.
        """
        with pytest.raises(InvalidElectionError, match="set aside"):
            Election(
                tallies=[
                    _tally(D(2023, 1, 2), UNION_LOSES),
                    _tally(D(2023, 3, 1), A_WINS, TallyKind.RERUN),
                ],
                objections=objections,
            )

    def test_error_names_the_tally(self) -> None:
        """
        The error names the offending tally by its place, even when an
        equal tally comes before it: the second of two equal reruns on
        the same day follows no set-aside vote.
        """
        rerun = _tally(D(2023, 3, 1), UNION_LOSES, TallyKind.RERUN)

        with pytest.raises(InvalidElectionError, match="set aside") as e:
            Election(
                tallies=[_tally(D(2023, 1, 2), UNION_LOSES), rerun, rerun],
                objections=[
                    _objection(D(2023, 1, 3)).sustain(on=D(2023, 2, 1))
                ],
            )

        assert "tallies[2]" == e.value.field

    def test_rerun_after_nullity(self) -> None:
        """
        A rerun follows a nullity without any objection.
        """
        case = Election(
            tallies=[
                _tally(D(2023, 1, 2), THREE_WAY_TIE),
                _tally(D(2023, 3, 1), NO_MAJORITY, TallyKind.RERUN),
            ]
        )

        assert Step.HOLD_RUNOFF is case.status(on=D(2023, 3, 20)).step

    def test_objection_before_first_tally(self) -> None:
        """
        No objection before anything was counted.
        """
        with pytest.raises(
            InvalidElectionError, match="before the first"
        ) as e:
            Election(
                tallies=[_tally(D(2023, 1, 2), A_WINS)],
                objections=[_objection(D(2023, 1, 1))],
            )

        assert "objections[0]" == e.value.field

    def test_objection_twice(self) -> None:
        """
        A party's objection number appears once per vote.
        """
        with pytest.raises(InvalidElectionError, match="repeats objection 1"):
            Election(
                tallies=[_tally(D(2023, 1, 2), A_WINS)],
                objections=[
                    _objection(D(2023, 1, 3)),
                    _objection(D(2023, 1, 4)),
                ],
            )

    def test_same_number_other_vote(self) -> None:
        """
        The same number may come back in objections to a later vote.
        """
        case = Election(
            tallies=[
                _tally(D(2023, 1, 2), UNION_LOSES),
                _tally(D(2023, 3, 1), UNION_LOSES, TallyKind.RERUN),
            ],
            objections=[
                _objection(D(2023, 1, 3)).sustain(on=D(2023, 2, 1)),
                _objection(D(2023, 3, 3)),
            ],
        )

        assert Step.HEAR_OBJECTIONS is case.status(on=D(2023, 3, 3)).step


class TestBadValues:
    """
    The fields' types, and the day asked about.
    """

    @pytest.mark.parametrize(
        ("tallies", "match"),
        [
            ([], "non-empty"),
            ("tallies", "non-empty"),
            (None, "non-empty"),
            ({"a": 1}, "non-empty"),
            (["tally"], "tallies\\[0\\] must be a Tally"),
            (
                [Tally(ballots=Ballots(unions={"A": 1}, against=0))],
                "must have a date",
            ),
        ],
    )
    def test_tallies(self, tallies: object, match: str) -> None:
        """
        Tallies are a non-empty sequence of dated `Tally` values.
        """
        with pytest.raises(InvalidElectionError, match=match):
            Election(tallies=tallies)

    @pytest.mark.parametrize(
        ("objections", "match"),
        [
            (None, "sequence of Objection"),
            (["x"], "objections\\[0\\] must be an Objection"),
        ],
    )
    def test_objections(self, objections: object, match: str) -> None:
        """
        Objections are a sequence of `Objection` values.
        """
        with pytest.raises(InvalidElectionError, match=match):
            Election(
                tallies=[_tally(D(2023, 1, 2), A_WINS)],
                objections=objections,
            )

    @pytest.mark.parametrize(
        "on",
        [
            D(2023, 1, 1),
            "2023-01-03",
            dt.datetime(2023, 1, 3, tzinfo=dt.UTC),
        ],
    )
    def test_on(self, on: object) -> None:
        """
        The day asked about is a date, not before the first tally.
        """
        case = Election(tallies=[_tally(D(2023, 1, 2), A_WINS)])

        with pytest.raises(
            InvalidElectionError, match="on must be a date"
        ) as e:
            case.status(on=on)  # type: ignore[arg-type]

        assert "on" == e.value.field


class TestElectionStatus:
    """
    An `ElectionStatus` refuses contradictions.
    """

    @pytest.fixture(name="status")
    def _status(self) -> ElectionStatus:
        """
        Return the status of a won election after its period.
        """
        case = Election(tallies=[_tally(D(2023, 3, 6), A_WINS)])
        return case.status(on=D(2023, 3, 14))

    @pytest.mark.parametrize(
        "changes",
        [
            {"certification": None},
            {"bar_ends": None},
            {"step": Step.HEAR_OBJECTIONS},
            {"tally": None},
            {"outcome": None},
        ],
    )
    def test_contradictions(
        self, status: ElectionStatus, changes: dict[str, Any]
    ) -> None:
        """
        A certification and a bar date come exactly with the certify
        step; a tally exactly with an outcome.
        """
        with pytest.raises(InvalidElectionError):
            attrs.evolve(status, **changes)

    @pytest.mark.parametrize("reasons", [("",), (1,), "why"])
    def test_reasons(self, status: ElectionStatus, reasons: object) -> None:
        """
        Reasons are sentences.
        """
        with pytest.raises(InvalidElectionError, match="reasons"):
            attrs.evolve(status, reasons=reasons)

    def test_reasons_list(self, status: ElectionStatus) -> None:
        """
        A list of reasons becomes a tuple, so the status stays hashable.
        """
        changed = attrs.evolve(status, reasons=["One.", "Two."])

        assert ("One.", "Two.") == changed.reasons
        assert hash(changed) == hash(attrs.evolve(changed))


def _ud(
    yes: int, no: int, *, eligible: int | None = 100, challenged: int = 0
) -> Tally:
    """
    Return a deauthorization (UD) tally of 2024-01-10: *yes* votes to
    rescind, *no* to keep the authority.
    """
    return Tally(
        ballots=Ballots(unions={"U": yes}, against=no, challenged=challenged),
        eligible=eligible,
        case_number="10-UD-123456",
        date=D(2024, 1, 10),
    )


class TestDeauthorization:
    """
    A deauthorization (UD) case is decided as `laborvote.decide` decides
    it: a majority of the eligible must vote to rescind (NLRA section
    8(a)(3)(ii)); the Board certifies the results of the vote (section
    9(e)(1)).
    """

    def test_rescinded_is_not_a_representative(self) -> None:
        """
        Regression (issue 8): 60 of 100 eligible voting to rescind, 20
        not. The status said "a certification of representative issues
        for U"; it must say what `laborvote.decide` says: rescinded, and
        the Board certifies the results of the vote.
        """
        tally = _ud(60, 20)

        s = Election(tallies=[tally]).status(on=D(2024, 3, 1))
        assert s.outcome is not None

        assert (decide(tally), Step.CERTIFY, Certification.RESULTS) == (
            s.outcome,
            s.step,
            s.certification,
        )
        assert Result.RESCINDED is s.outcome.result
        text = " ".join(s.reasons)
        assert "representative" not in text
        assert (
            "the Board certifies the results of the deauthorization vote "
            "to the union and the employer: the union's authority to make "
            "a union-security agreement is rescinded (NLRA section 9(e)(1);"
            " NLRA section 8(a)(3)(ii))."
        ) in text

    def test_retained_bar(self) -> None:
        """
        50 of 100 eligible is exactly half, not a majority: retained. The
        bar is that of section 9(e)(2), until 2025-01-10.
        """
        s = Election(tallies=[_ud(50, 40)]).status(on=D(2024, 3, 1))
        assert s.outcome is not None

        assert (Result.RETAINED, Certification.RESULTS, D(2025, 1, 10)) == (
            s.outcome.result,
            s.certification,
            s.bar_ends,
        )
        assert "is retained" in s.reasons[1]
        assert "(NLRA section 9(e)(2);" in s.reasons[2]

    def test_determinative_challenges(self) -> None:
        """
        50 yes of 100 eligible with 2 challenged: counted yes they
        rescind, so they must be resolved first.
        """
        s = Election(tallies=[_ud(50, 40, challenged=2)]).status(
            on=D(2024, 3, 1)
        )
        assert s.outcome is not None

        assert (Step.RESOLVE_CHALLENGES, Result.UNRESOLVED) == (
            s.step,
            s.outcome.result,
        )

    @pytest.mark.parametrize(
        "tally",
        [
            _ud(60, 20, eligible=None),
            Tally(
                ballots=Ballots(unions={"U": 6, "V": 1}, against=2),
                eligible=100,
                case_number="10-UD-123456",
                date=D(2024, 1, 10),
            ),
        ],
        ids=["no eligible", "two unions"],
    )
    def test_undecidable_refused(self, tally: Tally) -> None:
        """
        A UD tally the deauthorization rulebook cannot decide (no number
        of eligible voters, or more than one union) is refused, naming
        the tally.
        """
        with pytest.raises(InvalidElectionError, match="deauthorization") as e:
            Election(tallies=[tally])

        assert ("tallies[0]", tally) == (e.value.field, e.value.value)
