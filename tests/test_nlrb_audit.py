"""
Tests of the audit: each discrepancy on a hand-made row, with the
expected codes derived from the rules (RULES.md), and the audit's
decisions checked against `laborvote.decide`.
"""

from __future__ import annotations

import inspect
import io
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from laborvote import Ballots, Result, Tally, TallyKind, decide
from laborvote import strategies as lvst
from laborvote.nlrb import (
    Audit,
    Discrepancy,
    Layout,
    Record,
    Recorded,
    Source,
    _audit,
    audit,
    read_csv,
)
from nlrb_files import ANNUAL, WEB_EXPORT, csv_text

D = Discrepancy


def _audit_row(
    yes: int = 0,
    no: int = 0,
    *,
    header: list[str] = WEB_EXPORT,
    **cells: object,
) -> Audit:
    """
    Audit one web-export row of one union ("Local 1") against no union.

    Other cells are given by header name, with spaces for underscores.
    """
    row: dict[str, object] = {
        "Case Number": "01-RC-179057",
        "Labor Union1": "Local 1",
        "Votes for Labor Union1": yes,
        "Votes Against": no,
        "Valid Votes Against": no,
        "Labor Org 1 Name": "Local 1",
        "Votes for Labor Org 1": yes,
    }
    row.update({k.replace("_", " "): v for k, v in cells.items()})
    [record] = read_csv(io.StringIO(csv_text(header, [row]), newline=""))
    return audit(record)


def _codes(a: Audit) -> list[str]:
    return [d.value for d in a.discrepancies]


class TestDiscrepancy:
    """
    Codes are stable strings, each with a sentence.
    """

    def test_codes(self) -> None:
        """
        Every code is lower-case words joined by hyphens, and unique.
        """
        values = [d.value for d in Discrepancy]

        assert len(set(values)) == len(values)
        assert all(re.fullmatch(r"[a-z]+(-[a-z]+)+", v) for v in values)

    @pytest.mark.parametrize("code", list(Discrepancy))
    def test_sentence(self, code: Discrepancy) -> None:
        """
        Each code has its own sentence, which ends with a full stop.
        """
        assert code.sentence.endswith(".")
        assert 1 == sum(d.sentence == code.sentence for d in Discrepancy)

    def test_docstring_from_the_table(self) -> None:
        """
        The class docstring's Attributes section is written from the
        members: every member, in order, with its sentence.
        """
        doc = inspect.getdoc(Discrepancy) or ""
        section = doc.split("\nAttributes:\n", 1)[1]

        assert " ".join(
            f"{d.name}: {d.sentence}" for d in Discrepancy
        ) == " ".join(section.split())

    def test_docs_table_is_generated(self) -> None:
        """
        The audit how-to writes its table of codes from the class (the
        ``discrepancy-table`` directive of docs/conf.py) and lists no code
        in a hand-written table row.
        """
        docs = Path(__file__).resolve().parent.parent / "docs"
        page = (docs / "how-to" / "audit.md").read_text(encoding="utf-8")

        assert "```{discrepancy-table}" in page
        assert [] == [
            d.value for d in Discrepancy if f"| `{d.value}` |" in page
        ]


class TestDeterminative:
    """
    Two choices, Y for and N against, C challenged: the challenges are
    determinative iff -C < Y - N <= C (RULES.md 1.5).
    """

    @pytest.mark.parametrize(
        ("yes", "no", "challenged", "expected"),
        [
            (10, 10, 1, True),  # McCormick Lumber: a tie, one challenged
            (65, 64, 2, True),  # Consolidated Industries
            (19, 19, 9, True),  # Sadler Bros
            (526, 533, 22, True),  # Cornell-Dubilier
            (13, 10, 1, False),  # Allied Acoustics: "insufficient"
            (12, 10, 2, True),  # ahead by exactly C: all C against ties
            (10, 12, 2, False),  # behind by exactly C: at best a tie
            (738, 1798, 505, False),  # Bessemer 2021
        ],
    )
    def test_rule(
        self,
        yes: int,
        no: int,
        challenged: int,
        expected: bool,  # noqa: FBT001
    ) -> None:
        """
        The audit's verdict follows the rule; determinative challenges
        leave the result unresolved.
        """
        a = _audit_row(yes, no, Challenged_Ballots=challenged)

        assert (expected, expected) == (
            a.challenges_determinative,
            a.result is Result.UNRESOLVED,
        )

    @pytest.mark.parametrize(
        ("flag", "challenged", "codes"),
        [
            ("Y", 1, []),
            ("N", 1, ["determinative-denied-but-is"]),
            ("", 1, ["determinative-not-flagged"]),
        ],
    )
    def test_determinative_tie(
        self, flag: str, challenged: int, codes: list[str]
    ) -> None:
        """
        10-10 with one challenged is determinative: a written N contradicts
        it, and a blank flag is reported apart.
        """
        a = _audit_row(
            10,
            10,
            Challenged_Ballots=challenged,
            Challenges_are_Determinative=flag,
        )

        assert codes == _codes(a)

    @pytest.mark.parametrize(
        ("flag", "codes"),
        [("Y", ["determinative-flagged-but-not"]), ("N", []), ("", [])],
    )
    def test_not_determinative(self, flag: str, codes: list[str]) -> None:
        """
        13-10 with one challenged is not determinative: only a written Y
        contradicts it.
        """
        a = _audit_row(
            13, 10, Challenged_Ballots=1, Challenges_are_Determinative=flag
        )

        assert codes == _codes(a)

    def test_zero_challenged(self) -> None:
        """
        A Y flag with no challenged ballot has its own code (and not also
        the general one).
        """
        a = _audit_row(
            13, 10, Challenged_Ballots=0, Challenges_are_Determinative="Y"
        )

        assert ["determinative-zero-challenged"] == _codes(a)


class TestRunoff:
    """
    A runoff follows when no choice of three or more has a majority
    (29 CFR 102.70); a runoff tally has none after it.
    """

    def test_great_a_and_p(self) -> None:
        """
        Great A&P (1944): 114, 113 and 2 against of 229 valid, no majority
        (115 needed): a runoff between the two unions (RULES.md 1.9).
        """
        a = _audit_row(
            114,
            2,
            Labor_Union2="Local 2",
            Votes_for_Labor_Union2=113,
            Runoff_Required="Y",
        )

        assert (Result.RUNOFF, ("Local 1", "Local 2"), []) == (
            a.result,
            tuple(c.name for c in a.runoff_between),  # type: ignore[union-attr]
            _codes(a),
        )

    @pytest.mark.parametrize(
        ("flag", "codes"),
        [("N", ["runoff-denied-but-required"]), ("", ["runoff-not-flagged"])],
    )
    def test_required(self, flag: str, codes: list[str]) -> None:
        """
        When the counts require a runoff, a written N contradicts them,
        and a blank flag is reported apart.
        """
        a = _audit_row(
            114,
            2,
            Labor_Union2="Local 2",
            Votes_for_Labor_Union2=113,
            Runoff_Required=flag,
        )

        assert codes == _codes(a)

    @pytest.mark.parametrize("flag", ["N", ""])
    def test_not_required(self, flag: str) -> None:
        """
        A two-choice ballot never needs a runoff: N or blank agree.
        """
        assert [] == _codes(_audit_row(8, 9, Runoff_Required=flag))

    def test_flagged_but_decided(self) -> None:
        """
        A Y flag where the counts decide (8 for, 9 against: a majority
        against) contradicts them.
        """
        assert ["runoff-flagged-but-not-required"] == _codes(
            _audit_row(8, 9, Runoff_Required="Y")
        )

    def test_unresolved_not_compared(self) -> None:
        """
        While the challenges are determinative, nothing can be said about
        a runoff.
        """
        a = _audit_row(
            9,
            8,
            Challenged_Ballots=1,
            Challenges_are_Determinative="Y",
            Runoff_Required="Y",
        )

        assert (Result.UNRESOLVED, []) == (a.result, _codes(a))


class TestTotal:
    """
    "Total Ballots Counted usually equals union votes plus Votes Against,
    but in a few percent of rows it also includes the challenged or the
    void ballots, or matches nothing" (NLRB-DATA.md 1).
    """

    @pytest.mark.parametrize(
        ("total", "codes"),
        [
            ("21", []),
            ("", []),
            ("27", ["total-includes-challenged"]),
            ("22", ["total-includes-void"]),
            ("28", ["total-includes-void-and-challenged"]),
            ("25", ["total-mismatch"]),
            ("0", ["total-mismatch"]),
        ],
    )
    def test_total(self, total: str, codes: list[str]) -> None:
        """
        7 for and 14 against are 21 valid votes; with 6 challenged (too few
        to matter) and 1 void, 27 includes the challenged, 22 the void, 28
        both.
        """
        a = _audit_row(
            7,
            14,
            Void_Ballots=1,
            Challenged_Ballots=6,
            Total_Ballots_Counted=total,
            No_of_Eligible_Voters=40,
        )

        assert codes == _codes(a)

    def test_ambiguous(self) -> None:
        """
        With as many void as challenged ballots, a total that includes
        either is reported as including the challenged ballots.
        """
        a = _audit_row(
            7,
            14,
            Void_Ballots=2,
            Challenged_Ballots=2,
            Total_Ballots_Counted=23,
        )

        assert ["total-includes-challenged"] == _codes(a)


class TestEligible:
    """
    The eligible voters are approximate on the Board's form, so more
    ballots than voters is reported, never refused.
    """

    @pytest.mark.parametrize(
        ("eligible", "codes"),
        [
            (40, []),
            (30, []),
            (29, ["challenged-exceed-eligible"]),
            (26, ["challenged-exceed-eligible"]),
            (25, ["challenged-exceed-eligible"]),
            (24, ["ballots-exceed-eligible"]),
            (0, ["ballots-exceed-eligible"]),
            ("", []),
        ],
    )
    def test_eligible(self, eligible: object, codes: list[str]) -> None:
        """
        21 valid and 4 void ballots are 25 opened; with 5 challenged, 30
        cast.
        """
        a = _audit_row(
            7,
            14,
            Void_Ballots=4,
            Challenged_Ballots=5,
            No_of_Eligible_Voters=eligible,
        )

        assert codes == _codes(a)


class TestRecordedOutcome:
    """
    The union to certify, the case's closing and the annual reports' win
    or loss, against the decided result.
    """

    @pytest.mark.parametrize(
        ("named", "codes"),
        [
            ("Local 1", []),
            ("LOCAL  1.", []),
            ("", []),
            ("Acme Widgets, Inc.", ["union-to-certify-not-winner"]),
        ],
    )
    def test_union_to_certify(self, named: str, codes: list[str]) -> None:
        """
        A union that wins must be the one the record names, compared
        without regard to case, spacing and punctuation; real rows name
        the employer there.
        """
        assert codes == _codes(_audit_row(9, 3, Union_to_Certify=named))

    def test_union_named_after_loss(self) -> None:
        """
        After a loss the record still names the union on the ballot (most
        FOIA rows do): not a discrepancy.
        """
        assert [] == _codes(_audit_row(3, 9, Union_to_Certify="Acme"))

    @pytest.mark.parametrize(
        ("yes", "no", "reason", "codes"),
        [
            (9, 3, "Certific. of Representative", []),
            (
                3,
                9,
                "Certific. of Representative",
                ["closed-certified-but-lost"],
            ),
            (3, 9, "Certification of Results", []),
            (9, 3, "Certification of Results", ["closed-results-but-won"]),
            (9, 3, "Withdrawal Non-adjusted", []),
            (9, 3, "Amended Certification", []),
            (9, 3, "Certification", []),
            (
                5,
                5,
                "Certific. of Representative",
                ["closed-certified-but-lost"],
            ),
        ],
    )
    def test_closing(
        self, yes: int, no: int, reason: str, codes: list[str]
    ) -> None:
        """
        A certification of representative needs a union's majority; a
        certification of results its absence (a 5-5 tie is no majority,
        Kirsch Drapery). Other closings say nothing of the result.
        """
        assert codes == _codes(_audit_row(yes, no, Reason_Closed=reason))

    def test_closing_unresolved(self) -> None:
        """
        While the challenges are determinative, the closing is not
        compared.
        """
        a = _audit_row(
            3,
            3,
            Challenged_Ballots=2,
            Challenges_are_Determinative="Y",
            Reason_Closed="Certification of Results",
        )

        assert [] == _codes(a)

    @pytest.mark.parametrize(
        ("yes", "no", "win", "loss", "codes"),
        [
            (9, 3, "WON", "", []),
            (3, 9, "", "LOSS", []),
            (3, 9, "WON", "", ["recorded-win-but-lost"]),
            (9, 3, "", "LOSS", ["recorded-loss-but-won"]),
            (9, 3, "WON", "LOSS", ["recorded-win-and-loss"]),
            (9, 3, "", "", []),
        ],
    )
    def test_win_loss(
        self, yes: int, no: int, win: str, loss: str, codes: list[str]
    ) -> None:
        """
        The annual reports' "Cert of Rep (Win)" and "Cert of Results
        (Loss)" columns must agree with the counts, and with each other.
        """
        a = _audit_row(
            yes,
            no,
            header=ANNUAL,
            **{"Cert of Rep (Win)": win, "Cert of Results (Loss)": loss},
        )

        assert codes == _codes(a)


class TestDeauthorization:
    """
    UD rows are decided by the deauthorization rule: "at least a majority
    of the employees eligible to vote" must vote to rescind (NLRA section
    8(a)(3)(ii); RULES.md 1.11), so ``rescind iff 2 * yes > eligible``,
    and the challenges are determinative iff ``yes <= E/2 < yes + C``.
    """

    @pytest.mark.parametrize(
        ("yes", "result"),
        [(51, Result.RESCINDED), (50, Result.RETAINED)],
    )
    def test_majority_of_eligible(self, yes: int, result: Result) -> None:
        """
        RULES.md 7, item 11: 51 of 100 eligible voting to rescind
        rescinds; 50, exactly half, does not (even against 3 "no").
        """
        a = _audit_row(
            yes, 3, Case_Number="01-UD-192490", No_of_Eligible_Voters=100
        )

        assert (result, None, False, []) == (
            a.result,
            a.winner,
            a.challenges_determinative,
            _codes(a),
        )

    def test_determinative(self) -> None:
        """
        A real UD row (12-UD-203010): 24 to rescind of 48 eligible, one
        challenged: 24 <= 24 < 25, so the challenge is determinative, as
        the record's Y says; the total of 30 is the votes plus the
        challenged ballot.
        """
        a = _audit_row(
            24,
            5,
            Case_Number="12-UD-203010",
            No_of_Eligible_Voters=48,
            Challenged_Ballots=1,
            Challenges_are_Determinative="Y",
            Total_Ballots_Counted=30,
            Reason_Closed="Certification of Results",
        )

        assert (Result.UNRESOLVED, True, ["total-includes-challenged"]) == (
            a.result,
            a.challenges_determinative,
            _codes(a),
        )

    def test_no_eligible(self) -> None:
        """
        Without the number of eligible voters a UD row cannot be decided
        (it is not guessed), but its counts are still audited.
        """
        a = _audit_row(
            24,
            5,
            Case_Number="12-UD-203010",
            Challenged_Ballots=0,
            Challenges_are_Determinative="Y",
            Total_Ballots_Counted=30,
        )

        assert (None, None, None, False) == (
            a.result,
            a.winner,
            a.challenges_determinative,
            a.decided,
        )
        assert ["determinative-zero-challenged", "total-mismatch"] == _codes(a)

    def test_two_unions(self) -> None:
        """
        A UD row naming two unions is no yes/no question: not decided.
        """
        a = _audit_row(
            24,
            5,
            Case_Number="12-UD-203010",
            No_of_Eligible_Voters=48,
            Labor_Union2="Local 2",
            Votes_for_Labor_Union2=1,
        )

        assert a.result is None

    def test_runoff_flag(self) -> None:
        """
        A deauthorization vote has no runoff: a Y flag contradicts it.
        """
        a = _audit_row(
            30,
            5,
            Case_Number="12-UD-203010",
            No_of_Eligible_Voters=48,
            Runoff_Required="Y",
        )

        assert (Result.RESCINDED, ["runoff-flagged-but-not-required"]) == (
            a.result,
            _codes(a),
        )


class TestNotDecided:
    """
    Only the Board's elections are decided, and only readable rows.
    """

    def test_other_case_type(self) -> None:
        """
        An unfair labor practice case number holds no election to decide.
        """
        assert _audit_row(9, 3, Case_Number="10-CA-123456").result is None

    def test_decertification(self) -> None:
        """
        RD rows are decided like RC rows: the votes "for" are for the
        incumbent, who keeps the unit with a majority.
        """
        a = _audit_row(17, 8, Case_Number="06-RD-193788")

        assert (Result.CERTIFIED, "Local 1") == (a.result, a.winner.name)  # type: ignore[union-attr]

    def test_error_record(self) -> None:
        """
        A row that could not be read is not decided, and has no
        discrepancy: its error says what is wrong.
        """
        a = _audit_row(-1, 3)

        assert (None, (), False) == (a.result, a.discrepancies, a.record.ok)


class TestOrder:
    """
    Discrepancies come in the order of `Discrepancy`.
    """

    def test_order(self) -> None:
        """
        Several discrepancies are listed in the codes' order, whatever
        order they are found in.
        """
        a = _audit_row(
            7,
            14,
            Challenged_Ballots=6,
            Challenges_are_Determinative="Y",
            Total_Ballots_Counted=27,
            No_of_Eligible_Voters=22,
            Runoff_Required="Y",
            Reason_Closed="Certific. of Representative",
        )

        assert [
            "determinative-flagged-but-not",
            "total-includes-challenged",
            "challenged-exceed-eligible",
            "runoff-flagged-but-not-required",
            "closed-certified-but-lost",
        ] == _codes(a)


def _record(tally: Tally) -> Record:
    return Record(
        source=Source(file="t.csv", row=1, line=2),
        layout=Layout.FOIA,
        recorded=Recorded(
            case_type=None
            if tally.case_number is None
            else tally.case_number.case_type
        ),
        tally=tally,
    )


class TestAgreesWithDecide:
    """
    The audit decides a tally as `laborvote.decide` does, without
    building its reasons.
    """

    @given(
        lvst.tallies(
            ballots=st.one_of(
                lvst.ballots(
                    max_votes=6,
                    max_challenged=4,
                    max_void=1,
                    against=None,
                    max_unions=3,
                ),
                lvst.ballots(),
            )
        )
    )
    @example(
        Tally(ballots=Ballots(unions={"A": 10}, against=10, challenged=1))
    )
    @example(
        Tally(ballots=Ballots(unions={"A": 12}, against=10, challenged=2))
    )
    @example(
        Tally(ballots=Ballots(unions={"A": 10}, against=12, challenged=2))
    )
    @example(
        Tally(
            ballots=Ballots(unions={"A": 36, "B": 0}, against=36), eligible=72
        )
    )  # the 102.70(d) exception
    @example(
        Tally(
            ballots=Ballots(unions={"A": 36, "B": 0}, against=36), eligible=77
        )
    )  # Shanhouse: a runoff
    @example(
        Tally(ballots=Ballots(unions={"A": 4, "B": 4}, against=4))
    )  # a nullity
    @example(
        Tally(
            ballots=Ballots(unions={"A": 4, "B": 5}, against=None),
            kind=TallyKind.RUNOFF,
        )
    )
    def test_oracle(self, tally: Tally) -> None:
        """
        Result, winner, runoff pair and determinative challenges are
        those of `laborvote.decide`.
        """
        expected = _audit._from_outcome(decide(tally))  # noqa: SLF001

        assert expected == _audit._nlrb_verdict(tally)  # noqa: SLF001

    @given(lvst.tallies())
    def test_audit_uses_it(self, tally: Tally) -> None:
        """
        An RC record's audit carries decide()'s result.
        """
        record = _record(
            Tally(
                ballots=tally.ballots,
                eligible=tally.eligible,
                kind=tally.kind,
                case_number="01-RC-1",
            )
        )
        outcome = decide(record.tally)  # type: ignore[arg-type]

        a = audit(record)

        assert (outcome.result, outcome.winner, outcome.runoff_between) == (
            a.result,
            a.winner,
            a.runoff_between,
        )
