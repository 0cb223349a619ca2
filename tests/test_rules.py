"""
Tests for the rulebook abstraction: thresholds, versions, rulebooks, the
registry, and how `laborvote.rules.decide` picks a version.
"""

from __future__ import annotations

import datetime as dt
import importlib
from fractions import Fraction
from typing import Any

import attrs
import pytest

import laborvote
from laborvote import Ballots, Result, Tally, decide
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidRulebookError,
    InvalidTallyError,
    InvalidValueError,
    LaborVoteError,
    NoRulesInForceError,
    UnknownRulebookError,
)
from laborvote.rules import (
    RULEBOOKS,
    Measure,
    Question,
    Rulebook,
    Runoff,
    Threshold,
    Version,
    majority_of_eligible,
    majority_of_votes_cast,
    rulebook,
    support_floor,
    turnout_floor,
    uk_industrial_action,
)


def yes_no(**changes: Any) -> Version:
    """
    Return a valid yes/no version, with *changes*.
    """
    fields: dict[str, Any] = {
        "name": "v",
        "title": "a test version",
        "citation": "RULES.md",
        "question": Question.YES_NO,
        "tests": (majority_of_votes_cast("RULES.md"),),
        "passed": Result.MANDATE,
        "failed": Result.NO_MANDATE,
    }
    fields.update(changes)
    return Version(**fields)


@pytest.fixture(name="ud")
def _ud() -> Tally:
    """
    Return a deauthorization tally: 51 of 100 eligible vote to rescind.
    """
    return Tally(
        ballots=Ballots(unions={"Rescind": 51}, against=30), eligible=100
    )


class TestThreshold:
    """
    The small cited parts that versions are built from.
    """

    @pytest.mark.parametrize(
        ("threshold", "part", "whole", "passes"),
        [
            # "majority" is more than half (RULES.md section 6).
            (majority_of_votes_cast("x"), 5, 10, False),
            (majority_of_votes_cast("x"), 6, 11, True),
            (majority_of_eligible("x"), 50, 100, False),
            (majority_of_eligible("x"), 51, 100, True),
            # "at least 50%" turnout is >= (RULES.md section 6).
            (turnout_floor(Fraction(1, 2), "x"), 50, 100, True),
            (turnout_floor(Fraction(1, 2), "x"), 49, 100, False),
            # "at least 40%" is >= (RULES.md section 6).
            (support_floor(Fraction(2, 5), "x"), 40, 100, True),
            (support_floor(Fraction(2, 5), "x"), 39, 100, False),
            # A whole of zero: "at least" passes, "more than" fails.
            (turnout_floor(Fraction(1, 2), "x"), 0, 0, True),
            (majority_of_eligible("x"), 0, 0, False),
        ],
    )
    def test_boundaries(
        self, threshold: Threshold, part: int, whole: int, *, passes: bool
    ) -> None:
        """
        Thresholds compare exactly, with the statute's boundary.
        """
        assert passes == threshold.passes(part, whole)

    def test_builders(self) -> None:
        """
        The builders make the four kinds of test issue 5 names.
        """
        assert [
            (Measure.VOTES_CAST, Fraction(1, 2), True),
            (Measure.ELIGIBLE, Fraction(1, 2), True),
            (Measure.TURNOUT, Fraction(1, 2), False),
            (Measure.ELIGIBLE, Fraction(2, 5), False),
        ] == [
            (t.measure, t.share, t.strict)
            for t in (
                majority_of_votes_cast("x"),
                majority_of_eligible("x"),
                turnout_floor(Fraction(1, 2), "x"),
                support_floor(Fraction(2, 5), "x"),
            )
        ]

    @pytest.mark.parametrize(
        "share", [Fraction(0), Fraction(3, 2), 0.5, "1/2"]
    )
    def test_bad_share(self, share: object) -> None:
        """
        A share is a Fraction above 0 and at most 1.
        """
        with pytest.raises(InvalidRulebookError) as e:
            turnout_floor(share, "x")  # type: ignore[arg-type]

        assert ("share", share) == (e.value.field, e.value.value)

    def test_bad_citation(self) -> None:
        """
        Every test cites its law.
        """
        with pytest.raises(InvalidRulebookError) as e:
            majority_of_votes_cast("")

        assert "citation" == e.value.field


class TestRunoff:
    """
    The named runoff rules.
    """

    def test_citations(self) -> None:
        """
        Each runoff rule cites its regulation.
        """
        assert ["29 CFR 102.70", "29 CFR 1206.1"] == [
            r.citation for r in Runoff
        ]


class TestVersion:
    """
    One version of a rulebook.
    """

    def test_period_words(self) -> None:
        """
        The period says the first and the last day in force.
        """
        assert [
            "on any date",
            "before 2017-03-01",
            "from 2017-03-01",
            "from 2017-03-01 to 2026-02-17",
        ] == [
            yes_no(effective_from=start, effective_until=end).period
            for start, end in [
                (None, None),
                (None, dt.date(2017, 2, 28)),
                (dt.date(2017, 3, 1), None),
                (dt.date(2017, 3, 1), dt.date(2026, 2, 17)),
            ]
        ]

    def test_in_force_inclusive(self) -> None:
        """
        A version is in force from its first day to its last, both
        included.
        """
        version = yes_no(
            effective_from=dt.date(2017, 3, 1),
            effective_until=dt.date(2026, 2, 17),
        )

        assert [False, True, True, False] == [
            version.in_force(dt.date(*day))
            for day in [
                (2017, 2, 28),
                (2017, 3, 1),
                (2026, 2, 17),
                (2026, 2, 18),
            ]
        ]

    def test_starts_before_it_ends(self) -> None:
        """
        A version must not end before it starts; it may last one day.
        """
        with pytest.raises(InvalidRulebookError) as e:
            yes_no(
                effective_from=dt.date(2020, 1, 1),
                effective_until=dt.date(2019, 12, 31),
            )
        one_day = yes_no(
            effective_from=dt.date(2020, 1, 1),
            effective_until=dt.date(2020, 1, 1),
        )

        assert "effective_until" == e.value.field
        assert "from 2020-01-01 to 2020-01-01" == one_day.period

    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({"runoff": Runoff.NMB}, "runoff"),
            ({"passed": None}, "passed"),
            ({"passed": Result.RUNOFF}, "passed"),
            ({"failed": Result.MANDATE}, "failed"),
            ({"tests": ()}, "tests"),
            ({"tests": ["turnout"]}, "tests"),
            ({"effective_from": dt.datetime(2020, 1, 1)}, "effective_from"),  # noqa: DTZ001
            ({"question": "yes_no"}, "question"),
        ],
    )
    def test_bad_yes_no(self, changes: dict[str, Any], field: str) -> None:
        """
        A yes/no version names its results, has tests and no runoff.
        """
        with pytest.raises(InvalidRulebookError) as e:
            yes_no(**changes)

        assert field == e.value.field

    def test_tests_list_becomes_tuple(self) -> None:
        """
        A list of tests is kept as a tuple, so versions stay hashable.
        """
        version = yes_no(tests=[majority_of_votes_cast("x")])

        assert isinstance(hash(version), int)
        assert isinstance(version.tests, tuple)

    @pytest.mark.parametrize(
        ("tests", "runoff"),
        [
            ((majority_of_votes_cast("x"),), None),
            ((majority_of_eligible("x"),), Runoff.NMB),
            ((turnout_floor(Fraction(1, 2), "x"),), Runoff.NLRB),
            (
                (majority_of_votes_cast("x"), majority_of_eligible("x")),
                Runoff.NLRB,
            ),
        ],
    )
    def test_bad_representative(
        self, tests: tuple[Threshold, ...], runoff: Runoff | None
    ) -> None:
        """
        A representative is chosen only in the combinations laborvote
        decides exactly.
        """
        with pytest.raises(InvalidRulebookError) as e:
            yes_no(
                question=Question.REPRESENTATIVE,
                tests=tests,
                runoff=runoff,
                passed=None,
                failed=None,
            )

        assert "tests" == e.value.field

    def test_representative_names_no_results(self) -> None:
        """
        A representative question's results are the core's.
        """
        with pytest.raises(InvalidRulebookError) as e:
            yes_no(question=Question.REPRESENTATIVE, runoff=Runoff.NMB)

        assert "passed" == e.value.field


class TestRulebook:
    """
    A rulebook: its versions over time.
    """

    def test_gap_refused(self) -> None:
        """
        Versions must leave no gap between them.
        """
        with pytest.raises(InvalidRulebookError) as e:
            Rulebook(
                name="gappy",
                title="t",
                citation="c",
                versions=[
                    yes_no(name="a", effective_until=dt.date(2020, 1, 1)),
                    yes_no(name="b", effective_from=dt.date(2020, 1, 3)),
                ],
            )

        assert ("versions", "b") == (e.value.field, e.value.value)

    def test_day_after(self) -> None:
        """
        A version starts the day after the one before it ends.
        """
        book = Rulebook(
            name="contiguous",
            title="t",
            citation="c",
            versions=[
                yes_no(name="a", effective_until=dt.date(2020, 1, 1)),
                yes_no(name="b", effective_from=dt.date(2020, 1, 2)),
            ],
        )

        assert ["a", "b"] == [
            book.version_on(dt.date(2020, 1, d)).name for d in (1, 2)
        ]

    def test_same_day_overlap_refused(self) -> None:
        """
        A version cannot start on the last day of the one before it.
        """
        with pytest.raises(InvalidRulebookError) as e:
            Rulebook(
                name="overlapping",
                title="t",
                citation="c",
                versions=[
                    yes_no(name="a", effective_until=dt.date(2020, 1, 1)),
                    yes_no(name="b", effective_from=dt.date(2020, 1, 1)),
                ],
            )

        assert ("versions", "b") == (e.value.field, e.value.value)

    def test_overlap_refused(self) -> None:
        """
        Versions must not overlap: an open end cannot be followed.
        """
        with pytest.raises(InvalidRulebookError):
            Rulebook(
                name="overlapping",
                title="t",
                citation="c",
                versions=(yes_no(name="a"), yes_no(name="b")),
            )

    def test_names_unique(self) -> None:
        """
        Two versions of one rulebook cannot share a name.
        """
        with pytest.raises(InvalidRulebookError) as e:
            Rulebook(
                name="twice",
                title="t",
                citation="c",
                versions=(
                    yes_no(name="a", effective_until=dt.date(2020, 1, 1)),
                    yes_no(name="a", effective_from=dt.date(2020, 1, 2)),
                ),
            )

        assert "a" == e.value.value

    @pytest.mark.parametrize("versions", [(), "v", [None]])
    def test_bad_versions(self, versions: object) -> None:
        """
        A rulebook has at least one version.
        """
        with pytest.raises(InvalidRulebookError) as e:
            Rulebook(name="n", title="t", citation="c", versions=versions)

        assert "versions" == e.value.field

    def test_no_date_with_several_versions(self) -> None:
        """
        Without a date, a rulebook with several versions refuses to pick.
        """
        with pytest.raises(NoRulesInForceError) as e:
            RULEBOOKS["nmb"].version_on(None)

        assert ("on", None) == (e.value.field, e.value.value)
        assert "nmb-2010 from 2010-06-10" in str(e.value)

    def test_date_not_covered(self) -> None:
        """
        A date no version covers is an error naming the date.
        """
        book = Rulebook(
            name="short",
            title="t",
            citation="c",
            versions=(yes_no(effective_from=dt.date(2020, 1, 1)),),
        )

        with pytest.raises(NoRulesInForceError) as e:
            book.version_on(dt.date(2019, 12, 31))

        assert dt.date(2019, 12, 31) == e.value.value
        assert "no version of the rulebook 'short'" in str(e.value)

    @pytest.mark.parametrize("on", ["2020-01-01", dt.datetime(2020, 1, 1)])  # noqa: DTZ001
    def test_bad_date(self, on: object) -> None:
        """
        The date is a `datetime.date`.
        """
        with pytest.raises(InvalidValueError) as e:
            RULEBOOKS["nmb"].version_on(on)  # type: ignore[arg-type]

        assert "on" == e.value.field


class TestRegistry:
    """
    The rulebooks laborvote ships.
    """

    def test_names(self) -> None:
        """
        The five rulebooks of issue 5 are registered by name; Canada is
        not (RULES.md section 8, items 11 and 12).
        """
        assert [
            "nlrb",
            "deauthorization",
            "nmb",
            "uk-recognition",
            "uk-industrial-action",
        ] == list(RULEBOOKS)

    def test_read_only(self) -> None:
        """
        The registry cannot be changed by accident.
        """
        with pytest.raises(TypeError):
            RULEBOOKS["mine"] = RULEBOOKS["nlrb"]  # type: ignore[index]

    def test_lookup(self) -> None:
        """
        `rulebook` returns a registered rulebook.
        """
        assert RULEBOOKS["nmb"] is rulebook("nmb")

    @pytest.mark.parametrize("name", ["canada", "NMB", ["nmb"]])
    def test_unknown(self, name: object) -> None:
        """
        An unknown name is a lookup error naming it and the choices.
        """
        with pytest.raises(UnknownRulebookError) as e:
            rulebook(name)  # type: ignore[arg-type]

        assert name == e.value.name
        assert isinstance(e.value, LookupError)
        assert isinstance(e.value, LaborVoteError)
        assert "choose from nlrb, deauthorization" in str(e.value)

    def test_versions_cite_their_law(self) -> None:
        """
        Every shipped version and every test cites a source.
        """
        for book in RULEBOOKS.values():
            for version in book.versions:
                assert version.citation
                assert all(t.citation for t in version.tests)


class TestDecide:
    """
    `laborvote.rules.decide`, also `laborvote.decide`.
    """

    def test_same_function(self) -> None:
        """
        `laborvote.decide` is the rulebooks' `decide`.
        """
        assert decide is laborvote.decide

    def test_without_rules_is_the_core(self, ud: Tally) -> None:
        """
        Without a rulebook, the NLRB rules decide and no version is named.
        """
        outcome = decide(ud)

        assert (Result.CERTIFIED, None, ()) == (
            outcome.result,
            outcome.rules,
            outcome.tests,
        )

    def test_without_rules_on_unused(self, ud: Tally) -> None:
        """
        Without a rulebook, *on* changes nothing.
        """
        assert decide(ud) == decide(ud, on=dt.date(1900, 1, 1))

    def test_by_name_or_value(self, ud: Tally) -> None:
        """
        A rulebook may be named or given as a value.
        """
        assert decide(ud, rules="deauthorization") == decide(
            ud, rules=RULEBOOKS["deauthorization"]
        )

    def test_bad_rules(self, ud: Tally) -> None:
        """
        *rules* is a name or a `Rulebook`.
        """
        with pytest.raises(InvalidValueError) as e:
            decide(ud, rules=3)  # type: ignore[arg-type]

        assert ("rules", 3) == (e.value.field, e.value.value)

    def test_unknown_rules(self, ud: Tally) -> None:
        """
        An unknown rulebook name is refused.
        """
        with pytest.raises(UnknownRulebookError):
            decide(ud, rules="ontario")

    def test_on_defaults_to_the_tally_date(self, ud: Tally) -> None:
        """
        The tally's date picks the version when *on* is not given.
        """
        dated = attrs.evolve(ud, date=dt.date(2026, 4, 6))

        assert "uk-recognition-2026" == (
            decide(dated, rules="uk-recognition").rules
        )

    def test_on_overrides_the_tally_date(self, ud: Tally) -> None:
        """
        An explicit *on* wins over the tally's date.
        """
        dated = attrs.evolve(ud, date=dt.date(2026, 4, 6))

        outcome = decide(dated, rules="uk-recognition", on=dt.date(2020, 1, 1))

        assert "uk-recognition-40-percent" == outcome.rules

    def test_no_date(self, ud: Tally) -> None:
        """
        No date where the versions differ is an error, never a default.
        """
        with pytest.raises(NoRulesInForceError):
            decide(ud, rules="uk-recognition")

    def test_single_version_needs_no_date(self, ud: Tally) -> None:
        """
        A rulebook of one version needs no date.
        """
        outcome = decide(ud, rules="deauthorization")

        assert "deauthorization" == outcome.rules
        assert outcome.reasons[-1].startswith(
            "Decided under deauthorization, in force on any date: "
        )

    def test_reasons_name_the_version(self, ud: Tally) -> None:
        """
        The last reason says which version decided, and for which day.
        """
        outcome = decide(ud, rules="uk-recognition", on=dt.date(2020, 1, 1))

        assert outcome.reasons[-1] == (
            "Decided under uk-recognition-40-percent, in force before "
            "2026-04-06, the version in force on 2020-01-01: a majority of "
            "those voting and at least 40% of the bargaining unit (TULRCA "
            "1992 Schedule A1 paragraph 29)."
        )

    @pytest.mark.parametrize(
        "ballots",
        [
            Ballots(unions={"A": 1, "B": 2}, against=3),
            Ballots(unions={"A": 1, "B": 2}, against=None),
        ],
    )
    def test_yes_no_needs_one_union_and_no(self, ballots: Ballots) -> None:
        """
        A yes/no question reads one union as "yes" and the against votes
        as "no"; other ballots are refused.
        """
        with pytest.raises(InvalidBallotsError) as e:
            decide(
                Tally(ballots=ballots, eligible=10), rules="deauthorization"
            )

        assert "unions" == e.value.field

    @pytest.mark.parametrize(
        ("rules", "on"),
        [
            ("deauthorization", None),
            ("uk-recognition", dt.date(2020, 1, 1)),
            ("uk-industrial-action", dt.date(2020, 1, 1)),
            ("nmb", dt.date(2000, 1, 1)),
        ],
    )
    def test_eligible_required(self, rules: str, on: dt.date | None) -> None:
        """
        Tests of the eligible need the number eligible.
        """
        tally = Tally(ballots=Ballots(unions={"Yes": 5}, against=4))

        with pytest.raises(InvalidTallyError) as e:
            decide(tally, rules=rules, on=on)

        assert ("eligible", None) == (e.value.field, e.value.value)

    @pytest.mark.parametrize(
        ("rules", "on"),
        [
            ("uk-recognition", dt.date(2026, 4, 6)),
            ("uk-industrial-action", dt.date(2016, 1, 1)),
            ("nmb", dt.date(2020, 1, 1)),
            ("nlrb", None),
        ],
    )
    def test_eligible_not_required(
        self, rules: str, on: dt.date | None
    ) -> None:
        """
        A majority of the votes cast needs no eligible count.
        """
        tally = Tally(ballots=Ballots(unions={"Yes": 5}, against=4))

        assert decide(tally, rules=rules, on=on).rules is not None


class TestDecideCaseType:
    """
    Without a rulebook, `laborvote.decide` picks the law by the case type:
    a UD case is a deauthorization vote (NLRA section 8(a)(3)(ii)).
    """

    @pytest.mark.parametrize(
        ("yes", "expected"),
        [(51, Result.RESCINDED), (50, Result.RETAINED)],
    )
    def test_ud_case_is_deauthorization(
        self, yes: int, expected: Result
    ) -> None:
        """
        51 of 100 eligible voting to rescind is a majority of the eligible
        (rescinded); 50 is not (retained), whatever the votes against.
        """
        tally = Tally(
            ballots=Ballots(unions={"Rescind": yes}, against=10),
            eligible=100,
            case_number="07-UD-123456",
        )

        outcome = laborvote.decide(tally)

        assert (expected, "deauthorization") == (
            outcome.result,
            outcome.rules,
        )

    def test_rc_case_is_representation(self) -> None:
        """
        An RC case with the same counts is decided by the representation
        rules: 50 of 60 valid votes is a majority, and no rulebook is named.
        """
        tally = Tally(
            ballots=Ballots(unions={"Union": 50}, against=10),
            eligible=100,
            case_number="07-RC-123456",
        )

        outcome = laborvote.decide(tally)

        assert (Result.CERTIFIED, None) == (outcome.result, outcome.rules)


class TestLazyExports:
    """
    The case model, deadlines and rulebooks load on first use.
    """

    def test_unknown_name(self) -> None:
        """
        An unknown attribute is an AttributeError naming it.
        """
        with pytest.raises(AttributeError, match="'no_such_name'"):
            laborvote.no_such_name  # noqa: B018

    def test_dir_lists_lazy_names(self) -> None:
        """
        ``dir(laborvote)`` lists the names that load on first use.
        """
        assert {"Election", "objections_due", "rules"} <= set(dir(laborvote))

    def test_rules_subpackage_as_attribute(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """
        ``laborvote.rules`` is reachable as an attribute without an import
        statement: the package loads it on first use.
        """
        rules = importlib.import_module("laborvote.rules")
        monkeypatch.delattr(laborvote, "rules")

        assert rules is laborvote.rules

    def test_lazy_name_is_public(self) -> None:
        """
        A lazily loaded class presents itself as ``laborvote.X``.
        """
        assert "laborvote" == laborvote.Election.__module__


class TestIndustrialActionRulebook:
    """
    `laborvote.rules.uk_industrial_action.rulebook`: the caller's facts.
    """

    def test_default_leaves_the_repeal_open(self) -> None:
        """
        Without a repeal date, the 2026 version runs on, its turnout test
        marked disputed.
        """
        last = uk_industrial_action.RULEBOOK.versions[-1]

        assert ("uk-industrial-action-2026", None) == (
            last.name,
            last.effective_until,
        )
        assert last.tests[0].disputed is not None

    def test_repeal_on_the_earliest_day(self) -> None:
        """
        A repeal on 18 February 2026 leaves no 2026 version with a
        turnout floor.
        """
        book = uk_industrial_action.rulebook(
            turnout_repeal=dt.date(2026, 2, 18)
        )

        assert [
            "uk-industrial-action-1992",
            "uk-industrial-action-2017",
            "uk-industrial-action-no-turnout-floor",
        ] == [v.name for v in book.versions]

    def test_important_public_services(self) -> None:
        """
        In important public services the 2017 version adds the 40% test.
        """
        book = uk_industrial_action.rulebook(important_public_service=True)

        assert [
            "turnout",
            "majority of votes cast",
            "support of eligible",
        ] == [t.name for t in book.versions[1].tests]
        assert book.versions[1].name.endswith("-important-public-services")

    @pytest.mark.parametrize(
        "repeal",
        [
            dt.date(2026, 2, 17),
            "2026-08-01",
            dt.datetime(2026, 8, 1),  # noqa: DTZ001
        ],
    )
    def test_bad_repeal(self, repeal: object) -> None:
        """
        The repeal date is a date no earlier than any source gives.
        """
        with pytest.raises(InvalidRulebookError) as e:
            uk_industrial_action.rulebook(turnout_repeal=repeal)  # type: ignore[arg-type]

        assert ("turnout_repeal", repeal) == (e.value.field, e.value.value)

    def test_bad_important_public_service(self) -> None:
        """
        Whether the ballot is in important public services is a bool.
        """
        with pytest.raises(InvalidRulebookError) as e:
            uk_industrial_action.rulebook(important_public_service="yes")  # type: ignore[arg-type]

        assert "important_public_service" == e.value.field
