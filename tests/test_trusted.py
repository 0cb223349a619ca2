"""
Tests of the trusted constructors that the readers build values with.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from laborvote import Ballots, CaseNumber, CaseType, Choice, Tally, TallyKind
from laborvote._core.trusted import constructor
from laborvote.exceptions import InvalidCaseNumberError
from laborvote.nlrb import Layout, Record, Recorded, Source
from laborvote.nlrb._records import (
    trusted_record,
    trusted_recorded,
    trusted_source,
)


class TestConstructor:
    """
    A trusted constructor sets the fields it is given, in order, and
    nothing else: the value equals the one the class builds itself.
    """

    def test_equal_to_the_validated_value(self) -> None:
        """
        Each class's trusted value equals its validated one, field for
        field, for every class a reader builds.
        """
        number = CaseNumber.parse("10-RC-269250")
        ballots = Ballots(
            unions={"RWDSU": 738}, against=1798, void=76, challenged=505
        )
        tally = Tally(
            ballots=ballots,
            eligible=5867,
            date=dt.date(2021, 4, 9),
            case_number=number,
            unit_id="A",
        )
        source = Source(file="f.csv", row=1, line=2)
        recorded = Recorded(
            case_number="10-RC-269250", case_type=CaseType.RC, total=2536
        )
        record = Record(
            source=source, layout=Layout.FOIA, recorded=recorded, tally=tally
        )
        built = {
            number: CaseNumber._trusted(10, CaseType.RC, 269250),  # noqa: SLF001
            ballots: Ballots._trusted((("RWDSU", 738),), 1798, 76, 505),  # noqa: SLF001
            tally: Tally._trusted(  # noqa: SLF001
                ballots,
                5867,
                TallyKind.INITIAL,
                dt.date(2021, 4, 9),
                number,
                "A",
            ),
            Choice("RWDSU"): Choice._trusted("RWDSU", Choice("RWDSU").kind),  # noqa: SLF001
            source: trusted_source("f.csv", 1, 2, None),
            recorded: trusted_recorded(
                *(getattr(recorded, f.name) for f in attrs.fields(Recorded))
            ),
            record: trusted_record(
                *(getattr(record, f.name) for f in attrs.fields(Record))
            ),
        }

        assert list(built) == list(built.values())
        assert [type(k) for k in built] == [type(v) for v in built.values()]

    def test_validates_nothing(self) -> None:
        """
        The validators do not run: the caller has checked the values.
        """
        with pytest.raises(InvalidCaseNumberError):
            CaseNumber(region=100, case_type=CaseType.RC, serial=1)

        number = CaseNumber._trusted(100, CaseType.RC, 1)  # noqa: SLF001

        assert 100 == number.region

    def test_stays_frozen(self) -> None:
        """
        A trusted value is as immutable as any other.
        """
        source = trusted_source("f.csv", 1, 2, None)

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            source.row = 3  # type: ignore[misc]

    def test_positional_arity(self) -> None:
        """
        The constructor takes exactly the fields, positionally.
        """
        build = constructor(Source)

        with pytest.raises(TypeError):
            build("f.csv", 1, 2)
