"""The editor's map (and so its PNG, SVG and PDF, drawn from the same scene): two lines
between the same persons apart, a line off its own persons' names, and an age inside a
crossed-out, half-filled symbol on a plate of paper (QA pass 15, findings 2, 4 and 8)."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Marker, Person, RelationshipKind, Sex
from kastdesk.genogram.routing import BAND_GAP
from kastdesk.genogram.symbols import LabelMode, person_symbol
from kastdesk.ui.genogram import notation, prepared
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT, GenogramScene


def _family() -> Genogram:
    """Client and his parents, the father's brother; the parent drawn left (whose name,
    written right of the symbol, is on the client's side, as the QA's father's was) is
    "Per" (deceased at 61, substance abuse): conflictual client→Per, physical abuse
    Per→client. Per's id is "per"."""
    g = Genogram.build([Person("c", Sex.MALE, name="Jonas Lind", birth_year=1982,
                               is_index=True)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "fa", sibling_id="uncle").apply(g)
    boxes = layout_genogram(g, EDITOR_LAYOUT).persons
    left, right = sorted(("fa", "mo"), key=lambda p: boxes[p].x)
    g = E.update_person(g, left, name="Per Lind", birth_year=1950, death_year=2011,
                        markers=(Marker.SUBSTANCE_ABUSE,)).apply(g)
    g = E.update_person(g, right, name="Anna Lind", birth_year=1953).apply(g)
    g = E.add_relationship(g, "c", left, RelationshipKind.CONFLICTUAL,
                           relationship_id="con").apply(g)
    g = E.add_relationship(g, left, "c", RelationshipKind.PHYSICAL_ABUSE,
                           relationship_id="abuse").apply(g)
    return g


def _per(g: Genogram) -> str:
    return next(pid for pid, p in g.persons.items() if p.name == "Per Lind")


def _scene(qtbot) -> GenogramScene:  # type: ignore[no-untyped-def]
    scene = GenogramScene()
    scene.year = 2026
    scene.set_label_mode(LabelMode.NAMES)
    g = _family()
    scene.show_genogram(g, layout_genogram(g, EDITOR_LAYOUT))
    return scene


def _along(path: QPainterPath, n: int = 60) -> list[QPointF]:
    return [path.pointAtPercent(path.percentAtLength(path.length() * i / n))
            for i in range(n + 1)]


def test_two_lines_between_father_and_son_are_drawn_apart(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _scene(qtbot)
    a = _along(scene.relationships["con"]._path)
    b = _along(scene.relationships["abuse"]._path)
    nearest = min(math.dist((p.x(), p.y()), (q.x(), q.y())) for p in a for q in b)
    assert nearest >= 0.75 * BAND_GAP
    # Each line still ends where it goes: the abuse arrow at the client.
    client = scene.persons["c"].pos()
    assert math.dist((b[-1].x(), b[-1].y()), (client.x(), client.y())) < 40


def test_no_line_runs_through_its_persons_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _scene(qtbot)
    per = _per(scene.genogram)
    line = scene.layout.relationships["con"] if scene.layout else None
    assert line is not None
    name = scene.persons[per].text_rect().translated(scene.persons[per].pos())
    straight = QPainterPath(QPointF(*line.start))
    straight.lineTo(QPointF(*line.end))
    assert any(name.contains(p) for p in _along(straight, 120))  # as the QA saw it
    for rid in ("con", "abuse"):
        points = _along(scene.relationships[rid]._path, 120)
        for pid in (per, "c"):
            item = scene.persons[pid]
            name = item.text_rect().translated(item.pos())
            assert not name.isEmpty()
            assert not any(name.contains(p) for p in points), (rid, pid)


def test_the_lines_go_round_names_as_they_are_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Privacy mode writes roles, not names: the lines follow the labels as drawn."""
    scene = _scene(qtbot)
    scene.set_label_mode(LabelMode.PRIVATE)
    for rid in ("con", "abuse"):
        points = _along(scene.relationships[rid]._path, 120)
        for pid in (_per(scene.genogram), "c"):
            item = scene.persons[pid]
            name = item.text_rect().translated(item.pos())
            assert not any(name.contains(p) for p in points), (rid, pid)


def _render_symbol(person: Person, age: int | None, scale: float = 6.0) -> QImage:
    size = EDITOR_LAYOUT.symbol_size
    drawing = prepared.PreparedPerson(person_symbol(person), size, prepared.Shape.SQUARE, age)
    side = int((size + 20) * scale)
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(side / 2, side / 2)
    painter.scale(scale, scale)
    drawing.paint(painter, False, True)
    painter.end()
    return image


def _colour(image: QImage, x: float, y: float, scale: float = 6.0) -> QColor:
    side = image.width()
    return image.pixelColor(int(side / 2 + x * scale), int(side / 2 + y * scale))


def test_the_age_in_a_crossed_out_half_filled_symbol_stands_on_paper() -> None:
    """Per, 61 at his death, substance abuse: the X's arms crossed the digits and the
    lower half was dark under them; a 1-unit halo did not hold (unreadable)."""
    per = Person("fa", Sex.MALE, birth_year=1950, death_year=2011,
                 markers=(Marker.SUBSTANCE_ABUSE,))
    image = _render_symbol(per, 61)
    plate = prepared.age_plate("61").boundingRect()
    paper = QColor(notation.PAPER)
    # Round the digits, inside the plate: paper, where the X's arms and the fill were.
    fm = prepared.metrics(prepared.AGE_SIZE, True)
    above = -fm.capHeight() / 2 - 1  # over the digits
    assert plate.top() < above - 0.5
    inside = [(plate.left() + 1.2, plate.bottom() - 1.2), (plate.right() - 1.2,
              plate.bottom() - 1.2), (plate.left() + 1.2, 0.5), (above + 0.3, above),
              (-above, plate.bottom() - 1.0)]
    for x, y in inside:
        assert _colour(image, x, y) == paper, (x, y)
    # The digits are ink, and the X and the filled half are still drawn round the plate.
    ink = [_colour(image, x / 4, y / 4) for x, y in itertools.product(range(-16, 17),
                                                                        range(-12, 13))]
    assert any(c.lightness() < 80 for c in ink)
    assert _colour(image, -14.0, -14.0).lightness() < 120  # an arm of the X
    assert _colour(image, -12.0, 15.0) == QColor(notation.FILL)  # the lower half
    assert plate.width() < EDITOR_LAYOUT.symbol_size * 0.7  # the symbol still shows


def test_the_plate_fits_the_age() -> None:
    for text in ("7", "61", "102"):
        plate = prepared.age_plate(text).boundingRect()
        fm = prepared.metrics(prepared.AGE_SIZE, True)
        assert plate.width() >= fm.horizontalAdvance(text) + 2
        assert plate.height() >= fm.capHeight() + 4
        assert QRectF(plate).center() == QPointF(0, 0)


def test_no_plate_without_an_age() -> None:
    person = Person("p", Sex.MALE, death_year=2011, markers=(Marker.SUBSTANCE_ABUSE,))
    image = _render_symbol(person, None)
    assert _colour(image, 0.0, 0.0).lightness() < 120  # where the X's arms cross
