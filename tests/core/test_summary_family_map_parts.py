"""A family map too big for one page (a GEDCOM import of 150 persons) in the case summary:
an overview page of the whole map, then parts at a scale where every name reads.

It printed in horizontal strips as high as the page, so a map five generations deep set its
names at about 3 pt, and there was no page that showed the whole family.
"""

from __future__ import annotations

import math
import re
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.platypus import Table

from kastdesk.genogram import Genogram
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.storage import save_genogram
from kastdesk.report import document as d
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import GenogramFlowable
from kastdesk.report.pdf import (
    _PART_BAND,
    MIN_GENOGRAM_SCALE,
    MIN_NAME_SIZE,
    _Renderer,
    _Template,
    map_parts,
)
from kastdesk.store import Vault

PART = re.compile(r"Family map, part (\d+) of (\d+)")


def _summary(vault: Vault, g: Genogram, out: Path, pseudonymize: bool = False) -> PdfReader:
    """The case summary's cover and family map, written the way the app writes it."""
    vault.today = lambda: date(2026, 6, 1)  # type: ignore[method-assign]
    case = vault.add_client("K-7", name="Tova Testdotter", first_contact_date=date(2026, 5, 1))
    save_genogram(case, g, "Import")
    options = ExportOptions(sections=("cover", "genogram"), pseudonymize=pseudonymize)
    export_case_summary(vault, case.profile.get().id, out, options)
    return PdfReader(out)


def _story(g: Genogram) -> list[object]:
    register_fonts()
    figure = d.GenogramFigure(g.to_dict(), 2026, caption="c", title="Family map")
    doc = d.Document("t", "K-1", blocks=[figure], contents=False)
    return _Renderer(doc, _Template(BytesIO(), doc, None, 1, False)).genogram(figure)


def _runs(page: PageObject) -> list[tuple[str, float]]:
    """Each piece of text on the page with its printed size in points."""
    out: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        if text.strip():
            out.append((text.strip(), size * math.hypot(a, b)))

    page.extract_text(visitor_text=visit)
    return out


@pytest.fixture(scope="module")
def family() -> Genogram:
    return generate_family(seed=150, size=150)


def test_a_big_map_prints_an_overview_then_numbered_parts(
    vault: Vault, family: Genogram, tmp_path: Path
) -> None:
    pdf = _summary(vault, family, tmp_path / "summary.pdf")
    texts = [page.extract_text() for page in pdf.pages]
    overview = next(i for i, t in enumerate(texts) if "The whole family at a glance" in t)
    assert "Family map (genogram)" in texts[overview]
    box = pdf.pages[overview].mediabox
    assert box.width > box.height  # landscape
    parts = [(i, PART.search(t)) for i, t in enumerate(texts) if PART.search(t)]
    total = int(parts[0][1].group(2))
    assert total >= 2
    # One page each, numbered in order, right after the overview, then the legend.
    assert [int(m.group(1)) for _, m in parts] == list(range(1, total + 1))
    assert [i for i, _ in parts] == list(range(overview + 1, overview + 1 + total))
    assert all(int(m.group(2)) == total for _, m in parts)
    assert "Legend" in texts[overview + total + 1]


def test_every_person_is_whole_on_some_part_and_no_part_is_larger_than_its_page(
    family: Genogram,
) -> None:
    story = _story(family)
    maps = [f for f in story if isinstance(f, GenogramFlowable)]
    overview, parts = maps[0], [m for m in maps if m.tile is not None]
    assert not overview.names and overview.tile is None and len(overview.parts) == len(parts)
    assert len(parts) >= 2
    # Each part at a scale of its own (as large as its page allows): compared at one scale.
    for lo_x, top, width, height in (
        [v / parts[0].scale for v in box] for box in parts[0].person_boxes()
    ):
        assert any(x <= lo_x + 1e-6 and lo_x + width <= x + w + 1e-6
                   and y <= top + 1e-6 and top + height <= y + h + 1e-6
                   for x, y, w, h in ([v / p.scale for v in (*p.tile[:2], p.width, p.height)]
                                      for p in parts if p.tile)), (lo_x, top)
    # The locator beside each part's name marks that part among all of them.
    bands = [f for f in story if isinstance(f, Table)]
    locators = [cell for band in bands for row in band._cellvalues for cell in row
                if isinstance(cell, GenogramFlowable)]
    assert [loc.current for loc in locators] == list(range(len(parts)))
    assert all(len(loc.parts) == len(parts) and not loc.names for loc in locators)
    # Every part's map starts at the same height below its line, as the pages are laid out.
    assert {band.wrap(800, 800)[1] for band in bands} == {_PART_BAND}


def test_no_name_on_a_part_is_printed_below_the_floor(
    vault: Vault, family: Genogram, tmp_path: Path
) -> None:
    """The names' sizes as printed, read back from the PDF (they were 3.05 pt)."""
    pdf = _summary(vault, family, tmp_path / "summary.pdf")
    names = [p.name for p in family.persons.values() if p.name]
    sizes = []
    for page in pdf.pages:
        runs = _runs(page)
        if not any(PART.search(text) for text, _ in runs):
            continue
        sizes += [size for text, size in runs
                  if len(text) > 2 and not any(ch.isdigit() for ch in text)
                  and any(text.rstrip("…") in name for name in names)]
    assert len(sizes) > len(names) / 2  # the names are there to measure
    assert min(sizes) >= MIN_NAME_SIZE - 0.01


def test_a_small_map_prints_on_one_page_as_before(vault: Vault, tmp_path: Path) -> None:
    """A demo-sized family (about 25 persons) keeps its one landscape page at the scale
    that fits it, with no overview and no parts."""
    g = generate_family(seed=24, size=24)
    maps = [f for f in _story(g) if isinstance(f, GenogramFlowable)]
    assert len(maps) == 1 and maps[0].tile is None and maps[0].names
    assert maps[0].scale == pytest.approx(0.51654, abs=1e-5)  # as it printed before
    assert maps[0].scale >= MIN_GENOGRAM_SCALE
    pdf = _summary(vault, g, tmp_path / "summary.pdf")
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert len(pdf.pages) == 4  # cover, contents, the map, the legend
    assert "part 1" not in text and "at a glance" not in text


def test_the_pseudonymized_parts_print_roles_and_no_name(
    vault: Vault, family: Genogram, tmp_path: Path
) -> None:
    pdf = _summary(vault, family, tmp_path / "summary.pdf", pseudonymize=True)
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert PART.search(text) and "relative" in text  # the parts carry roles
    words = {w for p in family.persons.values() for w in re.split(r"[\s-]+", p.name)
             if len(w) > 2}
    leaked = sorted(w for w in words if re.search(rf"\b{re.escape(w)}\b", text))
    assert not leaked


def test_parts_end_between_persons_and_skip_the_empty_stretches() -> None:
    # Nobody between 40 and 150: the second part starts at the next person, not in the gap.
    first, second = map_parts([(10.0, 0.0, 30.0, 20.0), (150.0, 0.0, 20.0, 20.0)],
                              (400.0, 20.0), (100.0, 100.0))
    assert first[0] + first[2] < 150.0 and 140.0 < second[0] <= 150.0
    boxes = [(10.0, 10.0, 30.0, 20.0), (200.0, 12.0, 30.0, 20.0), (60.0, 300.0, 30.0, 20.0)]
    parts = map_parts(boxes, (400.0, 400.0), (100.0, 100.0))
    for x, y, w, h in boxes:
        assert any(px <= x and x + w <= px + pw and py <= y and y + h <= py + ph
                   for px, py, pw, ph in parts)
    assert len(parts) == 3  # one per person: the empty pages between them are left out
    assert all(w <= 100.0 and h <= 100.0 for _x, _y, w, h in parts)
