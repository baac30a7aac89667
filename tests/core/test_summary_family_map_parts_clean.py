"""The parts of a big family map in the case summary cut between persons, fill their
pages alike, keep within the page's margins, and draw only their own persons' lines
(regression QA, session 17: one part filled half a page, one ran past the margins with a
stray piece of line, and persons at the parts' edges were sliced)."""

from __future__ import annotations

import random
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from kastdesk.genogram import Genogram, layout_genogram
from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.model import RelationshipKind
from kastdesk.report import document as d
from kastdesk.report.fonts import BOLD, REGULAR, register_fonts
from kastdesk.report.genogram_drawing import REL_COLOURS, GenogramFlowable
from kastdesk.report.pdf import MARGIN, _Renderer, _Template, map_parts, render_pdf


@pytest.fixture(scope="module")
def family() -> Genogram:
    return generate_family(seed=150, size=150)


def _figure(g: Genogram) -> d.Document:
    figure = d.GenogramFigure(g.to_dict(), 2026, caption="c", title="Family map")
    return d.Document("t", "K-1", blocks=[figure], contents=False)


def _parts(g: Genogram) -> list[GenogramFlowable]:
    register_fonts()
    doc = _figure(g)
    story = _Renderer(doc, _Template(BytesIO(), doc, None, 1, False)).genogram(
        doc.blocks[0])  # type: ignore[arg-type]
    return [f for f in story if isinstance(f, GenogramFlowable) and f.tile is not None]


def _boxes(part: GenogramFlowable) -> dict[str, tuple[float, float, float, float]]:
    """Each person's symbol, name and years on the whole map, in points."""
    return dict(zip(part.layout.persons, part.person_boxes(), strict=True))


def _held(part: GenogramFlowable) -> set[str]:
    """The persons wholly inside the part."""
    return {pid for pid, box in _boxes(part).items() if _inside(box, part)}


def _inside(box: tuple[float, float, float, float], part: GenogramFlowable) -> bool:
    x, y, w, h = box
    left, top = part.tile[:2]  # type: ignore[index]
    return (left - 0.01 <= x and x + w <= left + part.width + 0.01
            and top - 0.01 <= y and y + h <= top + part.height + 0.01)


def test_no_part_edge_passes_through_a_person_and_everyone_is_whole_on_one(
    family: Genogram,
) -> None:
    parts = _parts(family)
    assert len(parts) >= 2
    boxes = _boxes(parts[0])
    for part in parts:
        left, top = part.tile[:2]  # type: ignore[index]
        # Each part is printed at a scale of its own (as large as its page allows).
        within = _boxes(part)
        right, bottom = left + part.width, top + part.height
        for pid, (x, y, w, h) in within.items():
            touches = x < right and left < x + w and y < bottom and top < y + h
            assert not touches or _inside((x, y, w, h), part), (pid, part.tile)
    assert set().union(*map(_held, parts)) == set(boxes)
    # And each part draws exactly those it holds whole.
    assert all(part.whole_persons() == _held(part) for part in parts)


def test_the_parts_of_a_row_share_its_width_alike() -> None:
    """Eleven persons in a row a little wider than a page: two parts of about half a page
    each, not a full page and a sliver of one person."""
    boxes = [(20.0 * i, 10.0, 12.0, 20.0) for i in range(11)]  # 212 wide, pages 200
    parts = map_parts(boxes, (240.0, 40.0), (200.0, 100.0))
    assert len(parts) == 2
    widths = [w for _x, _y, w, _h in parts]
    assert min(widths) >= 0.6 * max(widths), parts
    for x, y, w, h in boxes:
        assert sum(px <= x and x + w <= px + pw and py <= y and y + h <= py + ph
                   for px, py, pw, ph in parts) == 1


def _stroke_colours(part: GenogramFlowable) -> set[tuple[float, ...]]:
    """The stroke colours the part's drawing sets, read back from the PDF it writes."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(part.width + 20, part.height + 20))
    part.drawOn(canvas, 10, 10)
    canvas.save()
    page = PdfReader(BytesIO(buffer.getvalue())).pages[0]
    out: set[tuple[float, ...]] = set()

    def visit(op: bytes, args: list, _cm: object, _tm: object) -> None:  # type: ignore[type-arg]
        if op == b"RG":
            out.add(tuple(round(float(a), 2) for a in args))

    page.extract_text(visitor_operand_before=visit)
    return out


def test_a_part_draws_only_its_own_persons_relationship_lines(family: Genogram) -> None:
    """A line between two persons on other parts that only passes across a part was a
    stray piece of line there."""
    colour = {kind: tuple(round(v, 2) for v in c.rgb()) for kind, c in REL_COLOURS.items()}
    for part in _parts(family):
        whole = _held(part)
        own = {colour[r.kind] for r in family.relationships.values()
               if whole.intersection(r.persons)}
        others = set(colour.values()) - own
        assert not _stroke_colours(part) & others, part.tile


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler)")
def test_nothing_on_a_parts_page_is_drawn_outside_the_margins(
    family: Genogram, tmp_path: Path
) -> None:
    """The pages as printed: every mark of a part's page between the left and right
    margins of its header's and footer's rules (the map ran 5 mm past them)."""
    from PIL import Image

    register_fonts()
    out = tmp_path / "map.pdf"
    with out.open("wb") as f:
        render_pdf(_figure(family), f)
    reader = PdfReader(out)
    pages = [i + 1 for i, page in enumerate(reader.pages)
             if "Family map, part" in page.extract_text()]
    assert len(pages) >= 2
    dpi = 50
    for number in pages:
        stem = tmp_path / f"p{number}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number),
                        "-l", str(number), str(out), str(stem)], check=True)
        image = Image.open(stem.with_suffix(".png")).convert("L")
        width = float(reader.pages[number - 1].mediabox.width)
        assert min(abs(width - w) for w in (A4[0], landscape(A4)[0])) < 0.01
        k = image.width / width
        left, right = int(MARGIN * k) - 1, int((width - MARGIN) * k) + 1
        pixels = image.load()
        for y in range(image.height):
            for x in [*range(0, max(left, 0)), *range(min(right, image.width), image.width)]:
                assert pixels[x, y] > 200, (number, x, y)  # type: ignore[index]


def _with_relationships() -> Genogram:
    """A family of 150 with sixty fictional relationship lines between persons near each
    other."""
    g = generate_family(seed=7, size=150)
    where = layout_genogram(g).persons
    pick = random.Random(7)
    ids = sorted(g.persons)
    for k in range(60):  # fictional relationships between persons near each other
        a = pick.choice(ids)
        near = [b for b in ids if b != a and abs(where[b].x - where[a].x) < 400
                and abs(where[b].y - where[a].y) < 400]
        if near:
            b = pick.choice(near)
            g = E.add_relationship(g, a, b, pick.choice(list(RelationshipKind)),
                                   relationship_id=f"x{k}").apply(g)
    return g


def test_a_line_between_two_persons_of_a_part_bows_out_within_it() -> None:
    """A relationship line routed round the names above a row left the part and came
    back: cut at the edge, it showed a gap. The part grows to hold it."""
    g = _with_relationships()
    inside_both = 0
    for part in _parts(g):
        held, s = _held(part), part.scale
        left, top = part.tile[:2]  # type: ignore[index]
        routes = part.routes()
        for rid, rel in g.relationships.items():
            if rid not in routes or not held.issuperset(rel.persons):
                continue
            inside_both += 1
            for x, y in routes[rid].points():
                px, py = (x + part._dx) * s, (y + part._dy) * s
                assert left - 0.5 <= px <= left + part.width + 0.5, (rid, part.tile)
                assert top - 0.5 <= py <= top + part.height + 0.5, (rid, part.tile)
    assert inside_both > 20


def test_no_text_on_a_part_is_cut_at_its_edge() -> None:
    """Names, years and couples' years whole on a part or not on it (a couple's "lt. 1998"
    showed as "lt" at a part's edge)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for part in _parts(_with_relationships()):
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=(part.width + 20, part.height + 20))
        part.drawOn(canvas, 10, 10)
        canvas.save()
        page = PdfReader(BytesIO(buffer.getvalue())).pages[0]
        runs: list[tuple[str, float, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  runs: list[tuple[str, float, float, float]] = runs) -> None:
            if text.strip():
                scale = tm[0] * cm[0]
                runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5],
                             size * scale))

        page.extract_text(visitor_text=visit)
        assert runs
        for text, x, y, size in runs:
            width = min(stringWidth(text, font, size) for font in (REGULAR, BOLD))
            assert x >= 9.5 and x + width <= part.width + 10.5, (text, part.tile)
            assert 9.5 <= y <= part.height + 10.5, (text, part.tile)
