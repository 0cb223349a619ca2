"""
Tests of `laborvote.nlrb.elections`: tallies grouped into elections, the
controlling tally, and the election-level discrepancy codes (issue 11).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, ClassVar

import pytest

from laborvote import Result, TallyKind
from laborvote.nlrb import (
    ElectionAudit,
    ElectionDiscrepancy,
    Inclusion,
    audit,
    elections,
    read,
    read_csv,
)
from laborvote.nlrb._audit import closing
from laborvote.nlrb._elections import INFERRED_PARTY
from nlrb_files import ANNUAL_3, FOIA, csv_text

E = ElectionDiscrepancy
CERTIFIED = "Certific. of Representative"
RESULTS = "Certification of Results"


def _row(**cells: str) -> dict[str, str]:
    row = {
        "Case Number": "01-RC-000001",
        "Unit ID": "A",
        "Tally Type": "Initial",
        "Tally Category": "Single Labor Organization",
        "Tally Date": "2019-01-10",
        "Labor Organization 1 Name": "Teamsters Local 1",
        "Votes For Labor Org1": "10",
        "Votes Cast Against Labor Org": "5",
        "Num Challenged Ballots": "0",
        "Closed Reason": CERTIFIED,
    }
    row.update(cells)
    return row


def _elections(*rows: dict[str, str], **options: Any) -> list[ElectionAudit]:
    text = csv_text(FOIA, list(rows))
    return list(elections(read_csv(io.StringIO(text, newline="")), **options))


def _one(*rows: dict[str, str]) -> ElectionAudit:
    [e] = _elections(*rows)
    return e


class TestGrouping:
    """
    One election per case number and unit, in the order they appear.
    """

    def test_units(self) -> None:
        """
        Two units of one case are two elections; their rows may
        interleave.
        """
        found = _elections(
            _row(),
            _row(**{"Unit ID": "B"}),
            _row(**{"Tally Type": "Rerun", "Tally Date": "2019-05-01"}),
        )

        assert [("A", (1, 3)), ("B", (2,))] == [
            (e.unit_id, e.rows) for e in found
        ]

    def test_not_contiguous(self) -> None:
        """
        A case whose rows come back after another case makes a second
        election, which says so; ``contiguous=False`` groups them.
        """
        rows = (
            _row(),
            _row(**{"Case Number": "01-RC-000002"}),
            _row(**{"Tally Type": "Rerun", "Tally Date": "2019-05-01"}),
        )

        split = _elections(*rows)
        whole = _elections(*rows, contiguous=False)

        assert [
            (),
            (),
            (E.ROWS_NOT_CONTIGUOUS, E.RERUN_WITHOUT_EARLIER_TALLY),
        ] == [e.discrepancies for e in split]
        assert [(1, 3), (2,)] == [e.rows for e in whole]

    def test_audits_taken(self) -> None:
        """
        Audits are taken as they are.
        """
        text = csv_text(FOIA, [_row()])
        audits = [audit(r) for r in read_csv(io.StringIO(text, newline=""))]

        [e] = elections(audits)

        assert audits[0] is e.audits[0]

    def test_empty(self) -> None:
        """
        No records, no elections.
        """
        assert [] == list(elections([]))


class TestControlling:
    """
    The controlling tally: a revised tally supersedes the one it revises,
    a runoff or a rerun every tally before it.
    """

    def test_rerun(self) -> None:
        """
        A rerun controls; the `laborvote.Election` carries one sustained
        objection for it, attributed to the record.
        """
        e = _one(
            _row(**{"Votes For Labor Org1": "3"}),
            _row(**{"Tally Type": "Rerun", "Tally Date": "2019-06-01"}),
        )

        assert e.controlling is not None
        assert (2, Result.CERTIFIED, "Teamsters Local 1") == (
            e.controlling.record.source.row,
            e.result,
            None if e.winner is None else e.winner.name,
        )
        assert e.election is not None
        assert [INFERRED_PARTY] == [o.party for o in e.election.objections]
        assert () == e.discrepancies

    def test_revised(self) -> None:
        """
        A revised tally controls; out of order in the file, it is read in
        date order, and the file's order is reported.
        """
        e = _one(
            _row(
                **{
                    "Tally Category": "Revised Single Labor Org",
                    "Tally Date": "2019-03-01",
                    # The 9 challenged ballots, opened: all against.
                    "Votes Cast Against Labor Org": "14",
                    "Closed Reason": RESULTS,
                }
            ),
            _row(**{"Num Challenged Ballots": "9", "Closed Reason": RESULTS}),
        )

        assert e.controlling is not None
        assert (1, Result.NO_REPRESENTATIVE) == (
            e.controlling.record.source.row,
            e.result,
        )
        assert (E.TALLIES_OUT_OF_ORDER,) == e.discrepancies

    def test_revision_recorded_as_initial(self) -> None:
        """
        A later "initial" tally after one whose challenges were
        determinative is read as its revision.
        """
        e = _one(
            _row(**{"Num Challenged Ballots": "9"}),
            _row(**{"Tally Date": "2019-03-01"}),
        )

        assert e.election is not None
        assert TallyKind.REVISED is e.election.tallies[1].kind
        assert (E.REVISION_RECORDED_AS_INITIAL,) == e.discrepancies

    def test_several_initial(self) -> None:
        """
        Two initial tallies that revise nothing: no tally controls.
        """
        e = _one(_row(), _row(**{"Votes For Labor Org1": "1"}))

        assert (None, None, None) == (e.controlling, e.result, e.election)
        assert (E.SEVERAL_INITIAL_TALLIES,) == e.discrepancies

    @pytest.mark.parametrize(
        ("tally_type", "category", "code"),
        [
            (
                "Rerun",
                "Single Labor Organization",
                E.RERUN_WITHOUT_EARLIER_TALLY,
            ),
            (
                "Run-off",
                "Single Labor Organization",
                E.RUNOFF_WITHOUT_EARLIER_TALLY,
            ),
            (
                "Initial",
                "Revised Single Labor Org",
                E.REVISION_WITHOUT_EARLIER_TALLY,
            ),
        ],
    )
    def test_without_earlier(
        self, tally_type: str, category: str, code: ElectionDiscrepancy
    ) -> None:
        """
        A history that starts after its first tally is decided from what
        is there, but is no `laborvote.Election`.
        """
        e = _one(
            _row(**{"Tally Type": tally_type, "Tally Category": category})
        )

        assert (Result.CERTIFIED, None, (code,)) == (
            e.result,
            e.election,
            e.discrepancies,
        )

    def test_runoff_not_called_for(self) -> None:
        """
        A runoff after a tally that decided the election.
        """
        e = _one(
            _row(),
            _row(**{"Tally Type": "Run-off", "Tally Date": "2019-02-01"}),
        )

        assert (E.RUNOFF_NOT_CALLED_FOR,) == e.discrepancies
        assert e.election is None

    def test_history_refused(self) -> None:
        """
        A rerun on the day of the first tally: `laborvote.Election`
        refuses it, and says why.
        """
        e = _one(_row(), _row(**{"Tally Type": "Rerun"}))

        assert (E.HISTORY_REFUSED,) == e.discrepancies
        assert e.election_error is not None

    def test_unreadable_row(self) -> None:
        """
        An election with a row that cannot be read is not decided.
        """
        e = _one(_row(), _row(**{"Votes For Labor Org1": "-1"}))

        assert (None, (E.UNREADABLE_ROW,)) == (e.result, e.discrepancies)

    def test_without_date(self) -> None:
        """
        A tally without a date has no place in a history; alone, it needs
        none.
        """
        alone = _one(_row(**{"Tally Date": ""}))
        e = _one(
            _row(**{"Tally Date": ""}),
            _row(**{"Tally Type": "Rerun", "Tally Date": "2019-05-01"}),
        )

        assert (Result.CERTIFIED, None, ()) == (
            alone.result,
            alone.election,
            alone.discrepancies,
        )
        assert (Result.CERTIFIED, None, (E.TALLY_WITHOUT_DATE,)) == (
            e.result,
            e.election,
            e.discrepancies,
        )


class TestClosing:
    """
    The final outcome against the Board's closing reason.
    """

    @pytest.mark.parametrize(
        ("votes", "challenged", "reason", "code"),
        [
            ("3", "0", CERTIFIED, E.CERTIFIED_WITHOUT_MAJORITY),
            ("10", "0", RESULTS, E.RESULTS_DESPITE_MAJORITY),
            ("6", "2", CERTIFIED, E.CLOSED_WHILE_UNRESOLVED),
        ],
    )
    def test_disagreements(
        self,
        votes: str,
        challenged: str,
        reason: str,
        code: ElectionDiscrepancy,
    ) -> None:
        """
        Each disagreement has its code.
        """
        e = _one(
            _row(
                **{
                    "Votes For Labor Org1": votes,
                    "Num Challenged Ballots": challenged,
                    "Closed Reason": reason,
                }
            )
        )

        assert (code,) == e.discrepancies

    def test_withdrawn(self) -> None:
        """
        A closing that states no result contradicts nothing.
        """
        e = _one(_row(**{"Closed Reason": "Withdrawal Non-adjusted"}))

        assert () == e.discrepancies

    def test_runoff_due(self) -> None:
        """
        Closed although the controlling tally calls for a runoff.
        """
        e = _one(
            _row(
                **{
                    "Tally Category": "Two Labor Organizations",
                    "Labor Organization 2 Name": "SEIU Local 2",
                    "Votes For Labor Org2": "10",
                    "Votes Cast Against Labor Org": "1",
                }
            )
        )

        assert (Result.RUNOFF, (E.CLOSED_WHILE_RUNOFF_DUE,)) == (
            e.result,
            e.discrepancies,
        )

    def test_rerun_due(self) -> None:
        """
        Closed although the controlling tally was a nullity.
        """
        e = _one(
            _row(
                **{
                    "Tally Category": "Two Labor Organizations",
                    "Labor Organization 2 Name": "SEIU Local 2",
                    "Votes For Labor Org1": "5",
                    "Votes For Labor Org2": "5",
                    "Votes Cast Against Labor Org": "5",
                }
            )
        )

        assert (Result.NEW_ELECTION, (E.CLOSED_WHILE_RERUN_DUE,)) == (
            e.result,
            e.discrepancies,
        )

    def test_deauthorization(self) -> None:
        """
        A UD case is decided by the deauthorization rules, and closes with
        a certification of results whatever its outcome.
        """
        ud = {
            "Case Number": "01-UD-000001",
            "Num Eligible Voters": "20",
            "Votes For Labor Org1": "11",
        }
        rescinded = _one(_row(**ud, **{"Closed Reason": RESULTS}))
        certified = _one(_row(**ud))

        assert (Result.RESCINDED, ()) == (
            rescinded.result,
            rescinded.discrepancies,
        )
        assert (E.CERTIFIED_IN_DEAUTHORIZATION,) == certified.discrepancies

    def test_union_to_certify(self) -> None:
        """
        The named union is compared by `laborvote.nlrb.union_key`: another
        spelling of the winner is no discrepancy, another union is.
        """
        same = _one(
            _row(**{"Union To Certify": "TEAMSTERS LOCAL UNION NO. 1"})
        )
        other = _one(_row(**{"Union To Certify": "Teamsters Local 10"}))

        assert () == same.discrepancies
        assert (E.UNION_TO_CERTIFY_NOT_WINNER,) == other.discrepancies
        assert "Teamsters Local 10" == other.union_to_certify


class TestSelfDetermination:
    """
    A self-determination tally decides whether a voting group joins the
    unit (Globe Machine & Stamping Co., 3 NLRB 294 (1937); Armour & Co.,
    40 NLRB 1333 (1942)).
    """

    SD: ClassVar[dict[str, str]] = {"Tally Category": "Self Determination"}

    def test_only(self) -> None:
        """
        Only the group's question: its inclusion is compared with the
        closing reason.
        """
        included = _one(_row(**self.SD))
        lost = _one(_row(**self.SD, **{"Closed Reason": RESULTS}))
        not_included = _one(_row(**self.SD, **{"Votes For Labor Org1": "1"}))
        unresolved = _one(
            _row(
                **self.SD,
                **{"Votes For Labor Org1": "5", "Num Challenged Ballots": "1"},
            )
        )
        agreed = _one(
            _row(
                **self.SD,
                **{"Votes For Labor Org1": "1", "Closed Reason": RESULTS},
            )
        )

        assert (Inclusion.INCLUDED, None, ()) == (
            included.inclusion,
            included.result,
            included.discrepancies,
        )
        assert (E.INCLUDED_BUT_RESULTS,) == lost.discrepancies
        assert (E.NOT_INCLUDED_BUT_CERTIFIED,) == not_included.discrepancies
        assert (Inclusion.UNRESOLVED, (E.CLOSED_WHILE_UNRESOLVED,)) == (
            unresolved.inclusion,
            unresolved.discrepancies,
        )
        assert () == agreed.discrepancies

    def test_with_representation(self) -> None:
        """
        Beside a representation tally, the group's vote is reported and
        the closing reason compared with the representation question
        (as in 02-RC-197063: the group voted 7 to 13, the unit 20 to 0).
        """
        e = _one(
            _row(
                **self.SD,
                **{
                    "Votes For Labor Org1": "7",
                    "Votes Cast Against Labor Org": "13",
                },
            ),
            _row(
                **{
                    "Votes For Labor Org1": "20",
                    "Votes Cast Against Labor Org": "0",
                }
            ),
        )

        assert (Result.CERTIFIED, Inclusion.NOT_INCLUDED, ()) == (
            e.result,
            e.inclusion,
            e.discrepancies,
        )

    def test_row_audit(self) -> None:
        """
        The row audit leaves a self-determination row's closing reason to
        the election.
        """
        [e] = _elections(_row(**self.SD, **{"Votes For Labor Org1": "1"}))

        assert () == e.audits[0].discrepancies


class TestRecordedWin:
    """
    The annual reports' win and loss, against the final outcome.
    """

    def _annual(self, **cells: str) -> ElectionAudit:
        row = {
            "Case Number": "01-RC-000001",
            "Election Held Date": "2016-01-05",
            "Votes for Labor Org 1": "10",
            "Labor Org 1 Name": "IBEW Local 1",
            "Valid Votes Against": "5",
            "Closed Reason": "",
            **cells,
        }
        [e] = elections(
            read_csv(io.StringIO(csv_text(ANNUAL_3, [row]), newline=""))
        )
        return e

    def test_codes(self) -> None:
        """
        A loss recorded for a win, a win recorded for a loss; both marked
        means neither.
        """
        assert (E.RECORDED_LOSS_BUT_WON,) == self._annual(
            **{"Cert of Results (Loss)": "LOSS"}
        ).discrepancies
        lost = self._annual(
            **{"Cert of Rep (Win)": "WON", "Votes for Labor Org 1": "1"}
        )
        assert (True, (E.RECORDED_WIN_BUT_LOST,)) == (
            lost.recorded_win,
            lost.discrepancies,
        )
        both = self._annual(
            **{"Cert of Rep (Win)": "WON", "Cert of Results (Loss)": "LOSS"}
        )
        assert None is both.recorded_win


class TestCodes:
    """
    One table of election-level codes, with sentences.
    """

    def test_sentences(self) -> None:
        """
        Every code has a sentence that ends with a full stop, and the
        docstring lists them all.
        """
        for code in ElectionDiscrepancy:
            assert code.sentence.endswith(".")
            assert code.name in (ElectionDiscrepancy.__doc__ or "")


@pytest.fixture(name="sample", scope="module")
def _sample(nlrb_data_dir: Path) -> list[ElectionAudit]:
    return list(
        elections(read(nlrb_data_dir / "nlrb-elections-2017-2019.csv"))
    )


class TestSample:
    """
    The FOIA sample: one election per case and unit, and every
    disagreement with the closing reason carries a code.
    """

    def test_one_per_unit(self, sample: list[ElectionAudit]) -> None:
        """
        4,727 tallies, 4,411 (case, unit) pairs, each once.
        """
        keys = [(e.case_number, e.unit_id) for e in sample]

        assert (4727, 4411, 4411) == (
            sum(len(e.audits) for e in sample),
            len(keys),
            len(set(keys)),
        )

    def test_agreement(self, sample: list[ElectionAudit]) -> None:
        """
        Where the closing reason states a result, the final outcome
        agrees with it, or the election carries a code.
        """
        for e in sample:
            stated = closing(e.reason_closed)
            if stated is None or e.discrepancies:
                continue
            if e.result is not None and "-UD-" not in (e.case_number or ""):
                assert stated is e.result, e.case_number
            elif e.result is None:
                assert e.inclusion is not None
                assert (stated is Result.CERTIFIED) == (
                    e.inclusion is Inclusion.INCLUDED
                )
