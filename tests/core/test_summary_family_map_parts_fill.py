"""A family map printed in parts draws each part as large as its page allows.

The parts were cut, and printed, at the one scale that sets the smallest name at 6 pt: a
part of a single branch, or of a couple far out on a row of their own, filled a third of
its page with 6-point names beside half a page of white. Each part is now enlarged to fill
its page's width or height (up to the editor's size), never below the 6-point floor, and
its outline on the overview and the locators still shows where it lies.
"""

from __future__ import annotations

import math
import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table
from reportlab.platypus.doctemplate import NextPageTemplate

from kastdesk.genogram import Genogram
from kastdesk.genogram.demo import generate_family
from kastdesk.report import document as d
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import GenogramFlowable
from kastdesk.report.pdf import (
    _PART_BAND,
    BODY_HEIGHT,
    MARGIN,
    MAX_PART_SCALE,
    MIN_NAME_SIZE,
    _Renderer,
    _Template,
    render_pdf,
)
from tests.core.pdf_look import look

PART = re.compile(r"Family map, part (\d+) of (\d+)")


def _figure(g: Genogram) -> d.Document:
    figure = d.GenogramFigure(g.to_dict(), 2026, caption="c", title="Family map")
    return d.Document("t", "K-1", blocks=[figure], contents=False)


def _story(g: Genogram) -> tuple[list[object], _Renderer]:
    register_fonts()
    doc = _figure(g)
    renderer = _Renderer(doc, _Template(BytesIO(), doc, None, 1, False))
    return renderer.genogram(doc.blocks[0]), renderer  # type: ignore[arg-type]


def _room(story: list[object], renderer: _Renderer) -> tuple[float, float]:
    """The room a part's map has on its page: the frame under the line that names it."""
    templates = [f.action[1] for f in story if isinstance(f, NextPageTemplate)]
    assert templates[0] == "wide" and templates[-1] == "body"  # the overview, after the map
    page = templates[1]  # the parts' pages, after the overview
    wide = renderer.template.wide_frame_size
    frame = (wide[0] - 0.5 * MARGIN, wide[1]) if page == "wide" else (renderer.width,
                                                                       BODY_HEIGHT)
    return frame[0], frame[1] - _PART_BAND - 2


@pytest.fixture(scope="module", params=[(260, 11), (450, 3)], ids=["260", "450"])
def family(request: pytest.FixtureRequest) -> Genogram:
    size, seed = request.param
    return generate_family(seed=seed, size=size)


def test_every_part_fills_its_page_across_or_down(family: Genogram) -> None:
    story, renderer = _story(family)
    parts = [f for f in story if isinstance(f, GenogramFlowable) and f.tile is not None]
    assert len(parts) >= 10
    width, height = _room(story, renderer)
    for n, part in enumerate(parts, 1):
        # What the part draws: its rectangle of the map, cut round the persons it holds
        # (a few points round them) and the lines it keeps whole.
        drawn_w, drawn_h = part.wrap(width, height)
        assert drawn_w <= width + 0.01 and drawn_h <= height + 0.01, n
        at_most = part.scale >= MAX_PART_SCALE - 1e-9
        # Most of the page's width or height, unless already at the editor's size (a lone
        # couple on a part of their own).
        assert at_most or max(drawn_w / width, drawn_h / height) > 0.97, (n, drawn_w, drawn_h)
        # Never below the floor, and no larger than the editor's size.
        assert (part.smallest_name() or 0.0) * part.scale >= MIN_NAME_SIZE - 0.01
        assert part.scale <= MAX_PART_SCALE + 1e-9


def test_each_part_is_where_its_outline_on_the_overview_and_locator_says(
    family: Genogram,
) -> None:
    story, _renderer = _story(family)
    maps = [f for f in story if isinstance(f, GenogramFlowable)]
    overview, parts = maps[0], [m for m in maps if m.tile is not None]
    locators = [cell for band in story if isinstance(band, Table)
                for row in band._cellvalues for cell in row if isinstance(cell, GenogramFlowable)]
    assert len(overview.parts) == len(locators) == len(parts)
    enlarged = 0
    for i, part in enumerate(parts):
        assert part.tile is not None
        # The part's rectangle at the editor's size, as printed and as outlined.
        shown = [v / part.scale for v in (*part.tile[:2], part.width, part.height)]
        for outlined in (overview.parts[i], locators[i].parts[i]):
            scale = overview.scale if outlined is overview.parts[i] else locators[i].scale
            assert [v / scale for v in outlined] == pytest.approx(shown, rel=1e-6, abs=1e-6)
        # The same persons whole on it as inside its outline: none lost at an edge.
        outline = part.view(scale=overview.scale, tile=overview.parts[i])
        assert part.whole_persons() == outline.whole_persons()
        assert part.whole_persons()
        enlarged += part.scale > min(p.scale for p in parts) * 1.05
    assert enlarged >= 3  # some parts really were printed larger


def test_the_printed_parts_read_at_six_points_or_more_one_page_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The PDF as written: every part on a page of its own, numbered in order, and every
    name on it at least 6 pt as printed (read back from the page)."""
    family = generate_family(seed=7, size=300)
    data = BytesIO()
    render_pdf(_figure(family), data)
    look(data.getvalue(), "family-map-parts-filled", dpi=40)
    pdf = PdfReader(BytesIO(data.getvalue()))
    texts = [page.extract_text() for page in pdf.pages]
    numbered = [(i, m) for i, t in enumerate(texts) for m in [PART.search(t)] if m]
    total = int(numbered[0][1].group(2))
    assert [int(m.group(1)) for _i, m in numbered] == list(range(1, total + 1))
    assert [i for i, _m in numbered] == list(range(numbered[0][0], numbered[0][0] + total))
    names = [p.name for p in family.persons.values() if p.name]
    sizes: list[float] = []
    for i, _m in numbered:
        runs: list[tuple[str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float,
                  runs: list[tuple[str, float]] = runs) -> None:
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            if text.strip():
                runs.append((text.strip(), size * math.hypot(a, b)))

        pdf.pages[i].extract_text(visitor_text=visit)
        sizes += [size for text, size in runs
                  if len(text) > 2 and not any(ch.isdigit() for ch in text)
                  and any(text.rstrip("…") in name for name in names)]
    assert len(sizes) > len(names) / 2
    assert min(sizes) >= MIN_NAME_SIZE - 0.01
    assert max(sizes) > MIN_NAME_SIZE + 1  # the enlarged parts' names are larger
