"""
UK industrial action ballots: TULRCA 1992 section 226, as amended by the
Trade Union Act 2016 and the Employment Rights Act 2025.

*on* is the day the ballot opened. The versions:

- **before 1 March 2017** (``uk-industrial-action-1992``): more yes than
  no among those voting (section 226(2); the simple majority that the
  2016 Act kept);
- **ballots opened from 1 March 2017** (``uk-industrial-action-2017``):
  also at least 50% of those entitled to vote must vote (section
  226(2)(a)(iia), inserted by the Trade Union Act 2016); in important
  public services (health, education of those under 17, fire, transport,
  border security, nuclear decommissioning) also at least 40% of those
  entitled must vote yes (section 226(2A)-(2F)); that version is named
  ``uk-industrial-action-2017-important-public-services``;
- **from 18 February 2026** (``uk-industrial-action-2026``): the 40%
  important-public-services threshold is repealed (Employment Rights Act
  2025), the 50% turnout floor stays until its repeal commences;
- **after the turnout repeal commences**
  (``uk-industrial-action-no-turnout-floor``): a simple majority of those
  voting.

**The turnout repeal's commencement is unconfirmed**: the published
commentaries disagree. Several law firms expect it in August 2026, tied
to electronic and workplace balloting; others report that it took
effect on 18 February 2026. laborvote does not pick a date:
give it as *turnout_repeal* to `rulebook` if you know it. Without it the
turnout test of the 2026 version is marked disputed, and a ballot whose
verdict depends on it (a yes majority on a turnout under 50%) is
``unresolved``, with a reason saying why.

Whether spoilt voting papers count toward the turnout is also
unconfirmed (not settled in the sources laborvote cites). The test
results count them, as the scrutineers' reports do; when counting them
or not changes the verdict, the outcome is ``unresolved``.

Transitional rules for ballots that opened before a change and closed
after it are not settled in the sources laborvote cites; the version in
force on the opening day decides.

The PCS national pay ballot of 2018 (the scrutineer's report, as
published by PCS): 142,673 entitled to vote, 59,285 papers returned, 31
of them spoilt, yes 50,726, no 8,528. Turnout 41.6%: no mandate, despite
85.6% voting yes.

>>> import datetime as dt
>>> from laborvote import Ballots, Tally
>>> from laborvote import decide
>>> pcs = Tally(
...     ballots=Ballots(unions={"PCS": 50726}, against=8528, void=31),
...     eligible=142673,
...     date=dt.date(2018, 7, 23),
... )
>>> o = decide(pcs, rules="uk-industrial-action")
>>> o.result, o.rules
(<Result.NO_MANDATE: 'no_mandate'>, 'uk-industrial-action-2017')
>>> for test in o.tests:
...     print(f"{test} ({'passed' if test.passed else 'failed'})")
turnout 41.6%, needed 50% (failed)
yes share of votes cast 85.6%, needed more than 50% (passed)

.. versionadded:: 26.1.0
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from laborvote._core.outcome import Result
from laborvote.exceptions import InvalidRulebookError
from laborvote.rules._rulebook import (
    Question,
    Rulebook,
    Threshold,
    Version,
    majority_of_votes_cast,
    support_floor,
    turnout_floor,
)

__all__ = ["RULEBOOK", "rulebook"]

#: The first day of ballots under the Trade Union Act 2016.
TRADE_UNION_ACT = dt.date(2017, 3, 1)
#: The day the 40% important-public-services threshold was repealed.
IPS_REPEAL = dt.date(2026, 2, 18)

_S226 = "TULRCA 1992 s.226"
_MAJORITY = f"{_S226}(2)"
_TURNOUT = f"{_S226}(2)(a)(iia)"
_IPS = f"{_S226}(2A)-(2F)"
_ERA_2025 = "Employment Rights Act 2025"
DISPUTED = (
    "The sources disagree on when the repeal of the 50% turnout threshold "
    f"({_ERA_2025}) commenced: some report 2026-02-18, others expect "
    "August 2026; pass turnout_repeal to settle it."
)


def _version(
    name: str,
    title: str,
    citation: str,
    tests: tuple[Threshold, ...],
    period: tuple[dt.date | None, dt.date | None],
) -> Version:
    """
    Return a yes/no version in force from the first day of *period* until
    the day before its second (the first day of the next version).
    """
    return Version(
        name=name,
        title=title,
        citation=citation,
        effective_from=period[0],
        # The period ends the day before the next one starts.
        effective_until=(
            None if period[1] is None else period[1] - dt.timedelta(days=1)
        ),
        question=Question.YES_NO,
        tests=tests,
        passed=Result.MANDATE,
        failed=Result.NO_MANDATE,
    )


def rulebook(
    *,
    important_public_service: bool = False,
    turnout_repeal: dt.date | None = None,
) -> Rulebook:
    """
    Return the industrial action rulebook for a ballot of this kind.

    Args:
        important_public_service: Whether those balloted normally work
            in an important public service (TULRCA 1992 s.226(2A)-(2F)):
            then ballots opened from 1 March 2017 until 17 February 2026
            also need 40% of those entitled to vote yes.
        turnout_repeal: The day the repeal of the 50% turnout threshold
            commenced, if you know it (on or after 18 February 2026, the
            earliest date any source gives). Ballots opened from that day
            need only a simple majority. Without it, the turnout test of
            ballots opened from 18 February 2026 is disputed.

    >>> import datetime as dt
    >>> from laborvote.rules.uk_industrial_action import rulebook
    >>> book = rulebook(
    ...     important_public_service=True, turnout_repeal=dt.date(2026, 8, 1)
    ... )
    >>> [v.period for v in book.versions]  # doctest: +NORMALIZE_WHITESPACE
    ['before 2017-03-01', 'from 2017-03-01 to 2026-02-17',
     'from 2026-02-18 to 2026-07-31', 'from 2026-08-01']
    >>> book.versions[1].name
    'uk-industrial-action-2017-important-public-services'

    Raises:
        InvalidRulebookError: If *turnout_repeal* is not a date on or
            after 18 February 2026, or *important_public_service* is not
            a `bool`.

    .. versionadded:: 26.1.0
    """
    if not isinstance(important_public_service, bool):
        msg = (
            "important_public_service must be a bool, got "
            f"{important_public_service!r}"
        )
        raise InvalidRulebookError(
            msg,
            field="important_public_service",
            value=important_public_service,
        )
    if turnout_repeal is not None and (
        not isinstance(turnout_repeal, dt.date)
        or isinstance(turnout_repeal, dt.datetime)
        or turnout_repeal < IPS_REPEAL
    ):
        msg = (
            "turnout_repeal must be a datetime.date on or after 2026-02-18 "
            f"(the earliest date the sources give), got {turnout_repeal!r}"
        )
        raise InvalidRulebookError(
            msg, field="turnout_repeal", value=turnout_repeal
        )
    majority = majority_of_votes_cast(_MAJORITY)
    turnout = turnout_floor(Fraction(1, 2), _TURNOUT)
    ips = "-important-public-services" if important_public_service else ""
    support = (
        (support_floor(Fraction(2, 5), _IPS),)
        if important_public_service
        else ()
    )
    versions = [
        _version(
            "uk-industrial-action-1992",
            "more yes than no among those voting",
            _MAJORITY,
            (majority,),
            (None, TRADE_UNION_ACT),
        ),
        _version(
            f"uk-industrial-action-2017{ips}",
            "a turnout of at least 50% and more yes than no, for ballots "
            "opened from 2017-03-01"
            + (
                "; at least 40% of those entitled voting yes"
                if important_public_service
                else ""
            ),
            f"{_S226} as amended by the Trade Union Act 2016",
            (turnout, majority, *support),
            (TRADE_UNION_ACT, IPS_REPEAL),
        ),
    ]
    if turnout_repeal != IPS_REPEAL:
        versions.append(
            _version(
                "uk-industrial-action-2026",
                "a turnout of at least 50% and more yes than no; no 40% "
                "threshold in any sector",
                f"{_S226} as amended by the {_ERA_2025}",
                (
                    turnout_floor(
                        Fraction(1, 2),
                        _TURNOUT,
                        disputed=None if turnout_repeal else DISPUTED,
                    ),
                    majority,
                ),
                (IPS_REPEAL, turnout_repeal),
            )
        )
    if turnout_repeal is not None:
        versions.append(
            _version(
                "uk-industrial-action-no-turnout-floor",
                "more yes than no among those voting, in any sector; the "
                "turnout floor repealed from "
                f"{turnout_repeal.isoformat()} (as given)",
                f"{_S226} as amended by the {_ERA_2025}",
                (majority,),
                (turnout_repeal, None),
            )
        )
    return Rulebook(
        name="uk-industrial-action",
        title="UK industrial action ballots"
        + (" (important public services)" if important_public_service else ""),
        citation=f"{_S226}",
        versions=tuple(versions),
    )


#: The industrial action rulebook outside important public services, with
#: the turnout repeal's commencement left open.
RULEBOOK = rulebook()
