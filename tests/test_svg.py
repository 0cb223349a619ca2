"""
Tests of the pictures: `laborvote.to_svg` and the ``_repr_svg_`` of
`laborvote.Tally` and `laborvote.Outcome`, read back as XML.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings

from laborvote import (
    Ballots,
    Tally,
    challenges_determinative,
    decide,
    majority_needed,
    to_svg,
)
from laborvote.exceptions import InvalidOutcomeError, InvalidTallyError
from strategies import small_tallies

SVG = "{http://www.w3.org/2000/svg}"
BESSEMER_2021 = Tally(
    ballots=Ballots(
        unions={"RWDSU": 738}, against=1798, void=76, challenged=505
    ),
    eligible=5867,
)
BESSEMER_2022 = Tally(
    ballots=Ballots(
        unions={"RWDSU": 875}, against=993, void=59, challenged=416
    ),
    eligible=6153,
)
JFK8 = Tally(
    ballots=Ballots(
        unions={"ALU": 2654}, against=2131, void=17, challenged=67
    ),
    eligible=8325,
    case_number="29-RC-288020",
)


def _parse(svg: str) -> ET.Element:
    """
    Parse the picture; it must be well-formed XML in the SVG namespace.
    """
    root = ET.fromstring(svg)  # noqa: S314 (our own output)
    assert f"{SVG}svg" == root.tag
    return root


def _find(root: ET.Element, tag: str, klass: str) -> list[ET.Element]:
    """
    Return the elements *tag* of class *klass*.
    """
    return [e for e in root.iter(f"{SVG}{tag}") if e.get("class") == klass]


def _x(e: ET.Element, name: str = "x") -> float:
    """
    Read a coordinate.
    """
    return float(e.get(name, "nan"))


class TestGeometry:
    """
    The picture's geometry says what the tally says: bars and the band in
    proportion to their counts, the majority line at the majority.
    """

    def test_bessemer_2021_band_short(self) -> None:
        """
        All 505 challenged ballots for the RWDSU end short of the
        majority line, and of the majority with them counted.
        """
        root = _parse(to_svg(BESSEMER_2021))
        [band] = _find(root, "rect", "band")
        [line] = _find(root, "line", "majority")
        [line_all] = _find(root, "line", "majority-all")
        band_end = _x(band) + _x(band, "width")

        assert band_end < _x(line, "x1")
        assert band_end < _x(line_all, "x1")
        assert "false" == band.get("data-crosses")
        assert "505" == band.get("data-ballots")

    def test_bessemer_2022_band_crosses(self) -> None:
        """
        The 416 challenged ballots could carry the RWDSU across.
        """
        root = _parse(to_svg(BESSEMER_2022))
        [band] = _find(root, "rect", "band")
        [line_all] = _find(root, "line", "majority-all")

        assert _x(band) + _x(band, "width") > _x(line_all, "x1")
        assert "true" == band.get("data-crosses")

    @settings(max_examples=60, deadline=None)
    @given(small_tallies(max_votes=30, max_challenged=30))
    def test_proportions(self, tally: Tally) -> None:
        """
        Every width is its count times one scale, and the majority line
        sits at the majority on that scale.
        """
        svg = to_svg(tally)
        root = _parse(svg)
        bars = _find(root, "rect", "bar")
        shapes = [
            (int(e.get("data-votes", "-1")), _x(e, "width")) for e in bars
        ] + [
            (int(e.get("data-ballots", "-1")), _x(e, "width"))
            for e in (
                *_find(root, "rect", "band"),
                *_find(root, "rect", "void"),
            )
        ]
        [line] = _find(root, "line", "majority")
        counted = [(n, w) for n, w in shapes if n]

        assert list(tally.votes) == [n for n, _ in shapes[: len(bars)]]
        assert [c.name for c in tally.choices] == [
            e.get("data-choice") for e in bars
        ]
        assert (1 if tally.challenged else 0) == len(
            _find(root, "rect", "band")
        )
        if counted:
            most, width = max(counted)
            scale = width / most  # the largest, for the least rounding
            for n, w in shapes:
                assert pytest.approx(n * scale, abs=0.02) == w
            assert pytest.approx(
                _x(bars[0]) + majority_needed(tally) * scale, abs=0.02
            ) == _x(line, "x1")
        if tally.challenged:
            assert challenges_determinative(tally) == ("could change" in svg)

    def test_size(self) -> None:
        """
        The picture is between 400 and 800 pixels wide, and scales.
        """
        root = _parse(to_svg(JFK8))

        assert 400 <= int(root.get("width", "0")) <= 800
        assert root.get("viewBox", "").startswith("0 0 ")


class TestWords:
    """
    The picture is accessible and its text is escaped.
    """

    def test_title_and_desc(self) -> None:
        """
        A ``<title>`` and a ``<desc>`` that the root names, with the
        figures in words.
        """
        root = _parse(to_svg(JFK8, decide(JFK8)))
        title = root.find(f"{SVG}title")
        desc = root.find(f"{SVG}desc")

        assert title is not None
        assert desc is not None
        assert "Tally of ballots, case 29-RC-288020" == title.text
        assert desc.text is not None
        assert "Outcome: certified: ALU." in desc.text
        assert "ALU: 2,654 valid votes" in desc.text
        assert "they cannot change the outcome" in desc.text
        assert f"{title.get('id')} {desc.get('id')}" == root.get(
            "aria-labelledby"
        )

    def test_ids_differ(self) -> None:
        """
        Two pictures on one page do not share ids.
        """
        ids = [
            _parse(to_svg(t)).find(f"{SVG}title").get("id")  # type: ignore[union-attr]
            for t in (BESSEMER_2021, BESSEMER_2022)
        ]

        assert len(set(ids)) == 2

    def test_escaped(self) -> None:
        """
        Names with markup characters survive as text; long ones are cut
        in the label but whole in the data and the tooltip.
        """
        name = 'Workers & <Allies> "United" of the Great Lakes Region'
        tally = Tally(
            ballots=Ballots(unions={name: 5, "B": 4}, against=3, challenged=2)
        )
        svg = tally._repr_svg_()
        root = _parse(svg)
        bars = _find(root, "rect", "bar")
        texts = [e.text for e in root.iter(f"{SVG}text")]

        assert svg == to_svg(tally)
        assert name == bars[0].get("data-choice")
        assert "Workers & <Allies\u2026" in texts
        assert f"{name}: 5 valid votes" in [
            e.text for e in root.iter(f"{SVG}title")
        ]

    def test_no_challenges(self) -> None:
        """
        Without challenged ballots there is no band and no second line.
        """
        tally = Tally(ballots=Ballots(unions={"A": 5}, against=3))
        root = _parse(to_svg(tally))

        assert [] == _find(root, "rect", "band")
        assert [] == _find(root, "line", "majority-all")
        assert "No ballot was challenged." in to_svg(tally)

    def test_outcome_card(self) -> None:
        """
        An outcome draws its result and reasons; a rulebook is named; a
        runoff names its pair.
        """
        root = _parse(decide(BESSEMER_2022, rules="nlrb")._repr_svg_())
        title = root.find(f"{SVG}title")
        reasons = _find(root, "text", "reason")
        runoff = Tally(ballots=Ballots(unions={"A": 5, "B": 4}, against=3))

        assert title is not None
        assert "Outcome: unresolved (rules: nlrb)" == title.text
        assert reasons[0].text is not None
        assert reasons[0].text.startswith("- Valid votes counted")
        assert "Outcome: runoff between A and B" in to_svg(
            runoff, decide(runoff)
        )


class TestRefusals:
    """
    Only tallies and outcomes are drawn.
    """

    def test_not_a_tally(self) -> None:
        """
        A tally is needed.
        """
        with pytest.raises(InvalidTallyError):
            to_svg(BESSEMER_2021.ballots)  # type: ignore[arg-type]

    def test_not_an_outcome(self) -> None:
        """
        An outcome, if given, must be one.
        """
        with pytest.raises(InvalidOutcomeError) as info:
            to_svg(BESSEMER_2021, "no union")  # type: ignore[arg-type]

        assert "outcome" == info.value.field


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(BROWSER is None, reason="no headless Chromium on PATH")
class TestBrowser:
    """
    A real browser renders the picture.
    """

    def test_renders(self, tmp_path: Path) -> None:
        """
        Headless Chromium turns the SVG into a screenshot without error.
        """
        page = tmp_path / "bessemer.svg"
        page.write_text(to_svg(BESSEMER_2021, decide(BESSEMER_2021)))
        shot = tmp_path / "shot.png"
        subprocess.run(  # noqa: S603 (a browser found on PATH)
            [
                str(BROWSER),
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                f"--screenshot={shot}",
                "--window-size=640,260",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )

        assert shot.read_bytes().startswith(b"\x89PNG")
