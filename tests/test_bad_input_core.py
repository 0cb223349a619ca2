"""
Bad input to the library's values and functions (issue 10, classes 5, 6,
9 and 10): huge counts, dates at the end of the calendar, arguments of the
wrong type, and names that differ only in how they are written.

"Bad input gets a clear laborvote error that names the field" and "never
print a value longer than a line".
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import laborvote
from fuzz import FUZZ
from laborvote import Ballots, Choice, Tally, decide, objections_due
from laborvote._core import validators as v
from laborvote.exceptions import (
    InvalidBallotsError,
    InvalidChoiceError,
    InvalidCountError,
    InvalidDeadlineRuleError,
    InvalidTallyError,
    InvalidValueError,
    LaborVoteError,
)

#: The longest message the issue allows on one line.
LINE = 200

TALLY = Tally(ballots=Ballots(unions={"ALU": 2654}, against=2131))

# Every way a count reaches a value object.
COUNTS: dict[str, Callable[[int], object]] = {
    "votes for 'A'": lambda n: Ballots(unions={"A": n}, against=1),
    "against": lambda n: Ballots(unions={"A": 1}, against=n),
    "void": lambda n: Ballots(unions={"A": 1}, against=1, void=n),
    "challenged": lambda n: Ballots(unions={"A": 1}, against=1, challenged=n),
    "eligible": lambda n: Tally(
        ballots=Ballots(unions={"A": 1}, against=1), eligible=n
    ),
}

huge = st.one_of(
    st.integers(min_value=v.MAX_COUNT + 1),
    st.integers(min_value=10, max_value=20_000).map(lambda k: 10**k),
    st.integers(max_value=-1),
    st.integers(min_value=10, max_value=20_000).map(lambda k: -(10**k)),
)


class TestCountCeiling:
    """
    "Decide a sane, documented ceiling for a count (no election has 10^18
    voters) and refuse anything above it with a clear error naming the
    field; never print a value longer than a line."
    """

    @pytest.mark.parametrize("field", COUNTS)
    @FUZZ
    @given(n=huge)
    @example(n=-(10**5000))  # ValueError from repr in the message; issue 10
    @example(n=10**4300 - 1)  # the longest int Python prints by default
    @example(n=v.MAX_COUNT + 1)
    def test_refused(self, field: str, n: int) -> None:
        """
        A count above the ceiling, or below zero, is refused with an
        error that names the field, on one short line.
        """
        with pytest.raises(InvalidCountError) as info:
            COUNTS[field](n)

        message = str(info.value)
        assert (field, n) == (info.value.field, info.value.value)
        assert message.startswith(field)
        assert len(message) <= LINE
        assert "\n" not in message

    @pytest.mark.parametrize("field", COUNTS)
    def test_ceiling_accepted(self, field: str) -> None:
        """
        The ceiling itself is a count.
        """
        COUNTS[field](v.MAX_COUNT)

    @given(st.lists(st.integers(0, v.MAX_COUNT), min_size=2, max_size=4))
    def test_totals_print(self, votes: list[int]) -> None:
        """
        Any ballots within the ceiling decide, and their totals print.
        """
        ballots = Ballots(
            unions={f"U{i}": n for i, n in enumerate(votes[1:])},
            against=votes[0],
        )

        outcome = decide(Tally(ballots=ballots))

        assert str(sum(votes)) == str(ballots.valid)
        assert all(outcome.reasons)


class TestShown:
    """
    Error messages show at most a line of the value they refuse.
    """

    @given(k=st.integers(min_value=80, max_value=6000), rest=st.integers(0, 8))
    def test_digits_of_huge_ints(self, k: int, rest: int) -> None:
        """
        An int too long to show says how many digits it has, exactly.
        """
        n = (rest + 1) * 10**k  # k + 1 digits

        assert f"<int of {k + 1:,} digits>" == v.shown(n)
        assert f"<-int of {k + 1:,} digits>" == v.shown(-n)

    @given(st.text(min_size=81))
    def test_long_text_is_cut(self, text: str) -> None:
        """
        A long string is cut, and says so with an ellipsis.
        """
        shown = v.shown(text)

        assert len(shown) <= v.SHOWN + 2
        assert "..." in shown

    @given(
        st.one_of(
            st.integers(-(10**50), 10**50),
            st.text(
                st.characters(codec="ascii", categories=["L", "N", "P", "Zs"]),
                max_size=50,
            ),
        )
    )
    def test_short_values_in_full(self, value: object) -> None:
        """
        A short value is shown as its repr.
        """
        assert repr(value) == v.shown(value)

    def test_containers(self) -> None:
        """
        A container too long, or holding an int too long to print, is cut.
        """
        assert len(v.shown(list(range(10_000)))) <= LINE
        assert len(v.shown([10**5000])) <= LINE
        assert len(v.shown({"unions": "x" * 5000})) <= LINE


# Names equal to "Teamsters Local 1" once normalised.
SAME_NAMES = [
    "Teamsters Local 1",
    "teamsters local 1",
    "Teamsters\u00a0Local 1",  # a no-break space
    "Teamsters  Local\u2003 1",  # two spaces, an em space
    "TEAMSTERS LOCAL\u00ad 1",  # a soft hyphen, dropped
]
CONTROLS = [
    "\n",
    "\r",
    "\t",
    "\x00",
    "\x1b",
    "\x7f",
    "\u202e",
    "\u2066",
    "\u2028",
    "\u2029",
    "\ud800",
]


class TestNames:
    """
    "Union names that are equal after Unicode normalisation (NFC vs NFD) or
    that differ only by a no-break space or case/whitespace are not caught
    as duplicates; names containing a newline or NUL are accepted.
    Normalise names (say how, in the docs) and refuse control characters."
    """

    @pytest.mark.parametrize("first", SAME_NAMES)
    @pytest.mark.parametrize("second", SAME_NAMES)
    def test_duplicates(self, first: str, second: str) -> None:
        """
        Names written differently but the same once normalised are one
        union named twice.
        """
        with pytest.raises(InvalidBallotsError, match="twice"):
            Ballots(unions=[(first, 1), (second, 2)], against=3)

    def test_nfc_and_nfd(self) -> None:
        """
        A precomposed and a combining accent are the same name, kept NFC.
        """
        nfd = unicodedata.normalize("NFD", "Sindicato Café")

        with pytest.raises(InvalidBallotsError, match="twice"):
            Ballots(unions=[("Sindicato Café", 1), (nfd, 2)], against=3)
        assert "Sindicato Café" == Choice(nfd).name

    @pytest.mark.parametrize("name", SAME_NAMES)
    def test_kept_normal(self, name: str) -> None:
        """
        A name is kept with single spaces and without soft hyphens, and
        is found whichever way it is written.
        """
        ballots = Ballots(unions=[(name, 5)], against=3)

        [(kept, _)] = ballots.unions
        assert "teamsters local 1" == kept.casefold()
        assert [5] == [ballots.votes_for(n) for n in SAME_NAMES[:1]]

    @given(st.text(min_size=1, max_size=30))
    def test_normalising_is_idempotent(self, text: str) -> None:
        """
        A normalised name normalises to itself, and has the same key.
        """
        once = v.normalize_name(text)

        assert once == v.normalize_name(once)
        assert v.name_key(once) == v.name_key(v.normalize_name(once.upper()))

    @pytest.mark.parametrize("control", CONTROLS)
    @pytest.mark.parametrize("where", ["Ballots", "Choice"])
    def test_controls_refused(self, control: str, where: str) -> None:
        """
        A name with a control, format or separator character is refused
        with InvalidChoiceError, whose message names the character.
        """
        name = f"Local{control}1"
        build: Callable[[], object] = (
            (lambda: Ballots(unions={name: 1}, against=1))
            if where == "Ballots"
            else (lambda: Choice(name))
        )

        with pytest.raises(InvalidChoiceError) as info:
            build()

        assert (name, "unions" if where == "Ballots" else "name") == (
            info.value.value,
            info.value.field,
        )
        assert f"U+{ord(control):04X}" in str(info.value)

    @given(
        st.text(
            st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1
        ).filter(lambda t: t.translate(v._DROPPED))  # noqa: SLF001
    )
    def test_any_control_refused(self, controls: str) -> None:
        """
        Any character of those categories is refused, wherever it is
        (but the invisible ones dropped).
        """
        with pytest.raises(InvalidChoiceError):
            Choice(f"A{controls}B")

    @pytest.mark.parametrize(
        "name", ["\u00ad", "\u200b\u00a0", " A", "A\u00a0"]
    )
    def test_blank_or_padded_once_normalised(self, name: str) -> None:
        """
        A name that is blank or padded once normalised is refused, and the
        error shows it as given.
        """
        with pytest.raises(InvalidChoiceError) as info:
            Choice(name)

        assert name == info.value.value


def _message(build: Callable[[], object]) -> str:
    """
    Return the message of the laborvote error ``build()`` raises, or "".
    """
    try:
        build()
    except LaborVoteError as e:
        return str(e)
    return ""


# Values of any type, some huge.
ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    huge,
    st.floats(),
    st.text(),
    st.text(min_size=5000, max_size=6000),
    st.binary(),
    st.lists(st.integers(), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.tuples(st.text(max_size=5), st.integers()),
    st.dates(),
)

# Values of the wrong type for any argument.
WRONG = [None, [], {}, "x", 1.5, object(), b"", ("A", 1)]


class TestWrongTypes:
    """
    "Every public function and constructor answers bad input with a
    laborvote.exceptions error that names the field."
    """

    @pytest.mark.parametrize(
        "function",
        [
            laborvote.decide,
            laborvote.challenges_determinative,
            laborvote.challenges_to_change,
            laborvote.majority_needed,
            laborvote.margin,
            laborvote.support,
            laborvote.support_of_eligible,
            laborvote.turnout,
        ],
    )
    @pytest.mark.parametrize("value", WRONG)
    def test_tally_functions(
        self, function: Callable[[Any], object], value: object
    ) -> None:
        """
        A tally function given no Tally raises InvalidTallyError naming
        the argument tally.
        """
        with pytest.raises(InvalidTallyError) as info:
            function(value)

        assert ("tally", value) == (info.value.field, info.value.value)

    @pytest.mark.parametrize(
        ("kind", "error"),
        [
            (Ballots, InvalidBallotsError),
            (Tally, InvalidTallyError),
            (Choice, InvalidChoiceError),
        ],
    )
    @pytest.mark.parametrize("value", [None, [], "x", 1, ("A", 1)])
    def test_from_dict(
        self, kind: Any, error: type[InvalidValueError], value: object
    ) -> None:
        """
        from_dict() given no mapping raises the value's error, naming data.
        """
        with pytest.raises(error) as info:
            kind.from_dict(value)

        assert ("data", value) == (info.value.field, info.value.value)

    @FUZZ
    @given(value=ANY, field=st.sampled_from(["unions", "against", "void"]))
    def test_ballots_fields_of_any_type(
        self, value: object, field: str
    ) -> None:
        """
        Any value in any field of Ballots.from_dict() makes ballots or
        raises a laborvote error whose message fits on a line.
        """
        data: dict[str, object] = {"unions": {"A": 1}, "against": 2}
        data[field] = value

        message = _message(lambda: Ballots.from_dict(data))

        assert len(message) <= LINE

    @FUZZ
    @given(
        value=ANY,
        field=st.sampled_from(
            ["ballots", "eligible", "kind", "date", "case_number", "unit_id"]
        ),
    )
    def test_tally_fields_of_any_type(self, value: object, field: str) -> None:
        """
        Any value in any field of Tally.from_dict() makes a tally or raises
        a laborvote error whose message fits on a line.
        """
        data = TALLY.as_dict()
        data[field] = value

        message = _message(lambda: Tally.from_dict(data))

        assert len(message) <= LINE

    @pytest.mark.parametrize("rules", [["2015"], {"2015"}, 2015, b"2015"])
    def test_deadline_rules(self, rules: object) -> None:
        """
        objections_due() given *rules* neither a name nor a DeadlineRule
        raises InvalidDeadlineRuleError naming rules.
        """
        with pytest.raises(InvalidDeadlineRuleError) as info:
            objections_due(dt.date(2021, 4, 9), rules=rules)  # type: ignore[arg-type]

        assert ("rules", rules) == (info.value.field, info.value.value)

    @pytest.mark.parametrize("value", WRONG)
    def test_deadline_dates(self, value: object) -> None:
        """
        objections_due() and is_business_day() given no date raise
        InvalidValueError.
        """
        with pytest.raises(InvalidValueError):
            objections_due(value)  # type: ignore[arg-type]
        with pytest.raises(InvalidValueError):
            laborvote.is_business_day(value)  # type: ignore[arg-type]


class TestCalendarEnd:
    """
    "Dates near the end of the calendar: objections_due(date(9999, 12,
    27)) raises OverflowError. Refuse with a laborvote error."
    """

    @FUZZ
    @given(
        day=st.dates(dt.date(9999, 11, 1), dt.date.max),
        rules=st.sampled_from([None, "2015", "2020"]),
    )
    @example(day=dt.date(9999, 12, 27), rules=None)  # issue 10
    @example(day=dt.date.max, rules="2015")
    def test_deadline_or_error(self, day: dt.date, rules: str | None) -> None:
        """
        A tally day near 9999-12-31 gives a deadline, or an error naming
        tally_date, never OverflowError.
        """
        try:
            deadline = objections_due(day, rules=rules)
        except InvalidValueError as e:
            error = e
        else:
            assert day < deadline.date
            return

        assert ("tally_date", day) == (error.field, error.value)
        assert len(str(error)) <= LINE
