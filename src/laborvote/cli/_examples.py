"""
``laborvote examples``: the real elections shipped with laborvote, from the
public record.

The figures are the Board's tallies as the press reported them; the
documentation's sources page lists each report. Where a figure is not
confirmed, the example's note says so. `CASES` are whole cases, tallies
and objections, for ``laborvote status``; each is named after its first
tally's example.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, final

if TYPE_CHECKING:
    import argparse

import attrs

from laborvote._case.election import Election
from laborvote._core.ballots import Ballots
from laborvote._core.objection import Objection, ObjectionStatus
from laborvote._core.tally import Tally, TallyKind
from laborvote.cli._output import write


@final
@attrs.frozen(kw_only=True)
class Example:
    """
    A named real election: its tally and where the figures come from.

    .. versionadded:: 26.1.0
    """

    name: str
    title: str
    tally: Tally
    note: str


EXAMPLES: dict[str, Example] = {
    e.name: e
    for e in (
        Example(
            name="bessemer-2021",
            title="Amazon BHM1, Bessemer, Alabama: RWDSU, first election",
            tally=Tally(
                ballots=Ballots(
                    unions={"RWDSU": 738},
                    against=1798,
                    void=76,
                    challenged=505,
                ),
                eligible=5867,
                kind=TallyKind.INITIAL,
                date=dt.date(2021, 4, 9),
                unit_id="A",
            ),
            note=(
                "Mail ballot election counted on 2021-04-08/09. The union "
                "filed 23 objections on 2021-04-16; the Regional Director "
                "set the election aside on 2021-11-29 and ordered a rerun. "
                "The case number is not confirmed by the sources."
            ),
        ),
        Example(
            name="bessemer-2022",
            title="Amazon BHM1, Bessemer, Alabama: RWDSU, rerun election",
            tally=Tally(
                ballots=Ballots(
                    unions={"RWDSU": 875}, against=993, void=59, challenged=416
                ),
                eligible=6153,
                kind=TallyKind.RERUN,
                date=dt.date(2022, 3, 31),
                unit_id="A",
            ),
            note=(
                "The rerun ordered after the 2021 election was set aside. "
                "The challenged ballots were determinative; an ALJ set this "
                "election aside too on 2024-11-05 and ordered a third one."
            ),
        ),
        Example(
            name="staten-island-2022",
            title="Amazon JFK8, Staten Island, New York: ALU",
            tally=Tally(
                ballots=Ballots(
                    unions={"ALU": 2654}, against=2131, void=17, challenged=67
                ),
                eligible=8325,
                kind=TallyKind.INITIAL,
                date=dt.date(2022, 4, 1),
                case_number="29-RC-288020",
                unit_id="A",
            ),
            note=(
                "Amazon's 25 objections were overruled and the ALU was "
                "certified on 2023-01-11. Eligible voters are approximate "
                "(about 8,325); that the 17 ballots were void is not "
                "confirmed by the sources."
            ),
        ),
        Example(
            name="albany-2022",
            title="Amazon ALB1, Castleton, New York: ALU",
            tally=Tally(
                ballots=Ballots(
                    unions={"ALU": 206}, against=406, void=4, challenged=31
                ),
                eligible=950,
                kind=TallyKind.INITIAL,
                date=dt.date(2022, 10, 18),
                unit_id="A",
            ),
            note=(
                "A manual election held in a tent. Eligible voters are "
                "approximate (about 950)."
            ),
        ),
    )
}


@final
@attrs.frozen(kw_only=True)
class Case:
    """
    A named real case: its tallies and objections, for ``laborvote
    status``, and where the figures come from.
    """

    name: str
    title: str
    election: Election
    note: str


CASES: dict[str, Case] = {
    c.name: c
    for c in (
        Case(
            name="bessemer-2021",
            title=(
                "Amazon BHM1, Bessemer, Alabama: RWDSU, the 2021 election "
                "set aside and the 2022 rerun"
            ),
            election=Election(
                tallies=[
                    EXAMPLES["bessemer-2021"].tally,
                    EXAMPLES["bessemer-2022"].tally,
                ],
                objections=[
                    Objection(
                        party="RWDSU",
                        number=1,
                        text=(
                            "The employer's conduct of the election, the "
                            "mailbox it had installed on site among it"
                        ),
                        filed=dt.date(2021, 4, 16),
                        status=ObjectionStatus.SUSTAINED,
                        decided=dt.date(2021, 11, 29),
                    )
                ],
            ),
            note=(
                "The union's 23 objections, filed on 2021-04-16, are one "
                "objection here, sustained when the Regional Director set "
                "the election aside on 2021-11-29. The rerun's challenged "
                "ballots were determinative."
            ),
        ),
        Case(
            name="staten-island-2022",
            title="Amazon JFK8, Staten Island, New York: ALU, certified",
            election=Election(
                tallies=[EXAMPLES["staten-island-2022"].tally],
                objections=[
                    Objection(
                        party="Amazon",
                        number=1,
                        text="The conduct of the election and of the Region",
                        filed=dt.date(2022, 4, 8),
                        status=ObjectionStatus.OVERRULED,
                        decided=dt.date(2023, 1, 11),
                    )
                ],
            ),
            note=(
                "Amazon's 25 objections, filed on 2022-04-08, are one "
                "objection here, overruled on 2023-01-11, the day the ALU "
                "was certified; the earlier hearing officer's report is "
                "left out."
            ),
        ),
    )
}


def add_parser(subparsers: Any, summary: str) -> None:
    """
    Add the ``examples`` subcommand to *subparsers*, with its *help* line.
    """
    cmd = subparsers.add_parser(
        "examples",
        help=summary,
        description=(
            "List the shipped examples, for `laborvote decide --example "
            "NAME`; those marked [case] are also whole cases, for "
            "`laborvote status --example NAME`."
        ),
    )
    cmd.set_defaults(func=run)


def run(_args: argparse.Namespace) -> int:
    """
    List the shipped examples, marking those that are also cases.
    """
    for example in EXAMPLES.values():
        mark = " [case]" if example.name in CASES else ""
        write(f"{example.name:<20} {example.title}{mark}\n")
    return 0
