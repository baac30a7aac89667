"""The family map writes whole names, keeps its legend off the drawing, names a large
family fitted in the window, and writes each couple's years under their own line (QA of the
genogram editor by a sexologist: "Ann-Charlotte Gustaf…", a relationship line under the
legend, bare symbols at the first view of a 60-person import, "lt. 2015" beside
"m. 2008 d. 2010" under one line). Real scene items, drawn as the screen and the PNG, SVG
and PDF exports draw them."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, RelationshipKind, Sex, UnionKind
from kastdesk.genogram.symbols import LabelMode
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT, GenogramScene, PersonItem
from tests.ui.conftest import screenshot

#: Fictional names, as long as real ones are: double first names, double surnames, three
#: given names.
LONG = {
    "c": "Ann-Charlotte Gustafsson",
    "fa": "Mohammed Abdullahi Yusuf",
    "mo": "Fatima Al-Zahra Hassan",
    "sis": "Maria Johansson-Lindqvist",
    "bro": "Kristoffer Wallenberg",
}


def _scene(g: Genogram, mode: LabelMode = LabelMode.NAMES) -> GenogramScene:
    scene = GenogramScene()
    scene.year = 2026
    scene.set_label_mode(mode)
    scene.show_genogram(g, layout_genogram(g, EDITOR_LAYOUT))
    return scene


def _long_named_family() -> Genogram:
    """The client (bold name) with her parents, a sister and a brother, everyone with a
    birth year; the father and the client with a typed marker."""
    g = Genogram.build([Person("c", Sex.FEMALE, name=LONG["c"], birth_year=1981, is_index=True,
                               labels=("alkohol enl. Birgitta Ekström",))])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_sibling(g, "c", sibling_id="sis").apply(g)
    g = E.add_sibling(g, "c", sibling_id="bro").apply(g)
    for pid, year in (("fa", 1950), ("mo", 1955), ("sis", 1983), ("bro", 1986)):
        g = E.update_person(g, pid, name=LONG[pid], birth_year=year).apply(g)
    g = E.update_person(g, "fa", labels=("alkohol enl. Birgitta",)).apply(g)
    return g


def _scene_rect(item: PersonItem) -> QRectF:
    return item.text_rect().translated(item.pos())


def _image(scene: GenogramScene, zoom: float, area: QRectF | None = None) -> QImage:
    """The scene drawn at ``zoom`` as a view shows it (level of detail and all)."""
    area = area or scene.itemsBoundingRect()
    image = QImage(int(area.width() * zoom) + 1, int(area.height() * zoom) + 1,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def _inked(image: QImage, rect: QRectF) -> int:
    r = rect.toRect().intersected(image.rect())
    return sum(QColor(image.pixel(x, y)).lightness() < 160
               for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom()))


# ----- whole names ----------------------------------------------------------------------------
def test_a_long_name_with_a_birth_year_wraps_instead_of_being_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _scene(_long_named_family())
    for pid, name in LONG.items():
        shown = scene.persons[pid].shown_lines()
        assert not any("…" in line for line in shown), shown
        name_lines = scene.persons[pid].shown_lines(name_only=True)
        assert 1 <= len(name_lines) <= 2
        assert " ".join(name_lines).replace("- ", "-") == name
    # The typed markers are whole too ("alkohol enl. Birgi…").
    assert "…" not in " ".join(scene.persons["c"].shown_lines())
    assert " ".join(scene.persons["c"].shown_lines()).endswith("alkohol enl. Birgitta Ekström")
    # A double name breaks at its hyphen only where no space does.
    assert scene.persons["sis"].shown_lines()[:2] == ["Maria Johansson-", "Lindqvist"]
    assert scene.persons["mo"].shown_lines()[:2] == ["Fatima Al-Zahra", "Hassan"]


def test_names_in_two_lines_end_above_the_couple_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The father, left of his wife, writes his two-line name, his years and a marker
    between his symbol and the couple line, as on paper: none of it under the line."""
    scene = _scene(_long_named_family())
    line = scene.layout.unions["u1"]
    for pid in ("fa", "mo"):
        rect = _scene_rect(scene.persons[pid])
        across = min(line.x1, line.x2) < rect.right() and rect.left() < max(line.x1, line.x2)
        assert not across or rect.bottom() < line.y
    assert len(scene.persons["fa"].shown_lines()) == 4  # two name lines, years, marker


def test_neighbours_names_stay_apart_where_they_stand_close(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Three persons dragged 90 apart (a symbol 40 wide): each name as wide as the room to
    the next symbol's line, wrapped, none running into the next."""
    names = ["Ann-Charlotte Gustafsson", "Fatima Al-Zahra Hassan", "Eva-Lena Svensson Berg"]
    persons = [Person(f"p{i}", Sex.FEMALE, name=n, birth_year=1970 + i, position=(90.0 * i, 0.0))
               for i, n in enumerate(names)]
    scene = _scene(Genogram.build(persons))
    rects = [_scene_rect(scene.persons[p.id]) for p in persons]
    for (a, ra), (b, rb) in itertools.pairwise(zip(persons, rects, strict=True)):
        assert not ra.intersects(rb)
        assert ra.right() < scene.persons[b.id].x() - 4  # short of the next one's line down
        assert "…" not in " ".join(scene.persons[a.id].shown_lines())


def test_only_a_name_too_long_for_two_lines_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    name = "Karl-Johan Alexander Maximilian von Wachenfeldt-Gyllenstierna"
    scene = _scene(Genogram.build([Person("p", Sex.MALE, name=name, birth_year=1978)]))
    shown = scene.persons["p"].shown_lines()
    assert shown[0] == "Karl-Johan Alexander" or shown[0].startswith("Karl-Johan")
    assert shown[1].endswith("…") and shown[2] == "b. 1978"
    assert scene.persons["p"].toolTip() == name  # the whole name on hovering


def test_long_names_on_screen_at_normal_size_and_14_points(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """A look at the names as drawn (artifacts/screenshots/genogram_long_names_*.png): the
    labels' own sizes do not follow the system font, so 14 pt changes nothing here."""
    from PySide6.QtGui import QFont

    from kastdesk.ui.genogram.editor import GenogramView

    before = qapp.font()
    try:
        for points in (None, 14):
            if points:
                font = QFont(before)
                font.setPointSize(points)
                qapp.setFont(font)
            scene = _scene(_long_named_family())
            view = GenogramView(scene)
            qtbot.addWidget(view)
            view.resize(1100, 620)
            view.show()
            view.fit()
            qtbot.wait(20)
            assert "…" not in " ".join(scene.persons["c"].shown_lines())
            screenshot(view, f"genogram_long_names_{points or 'normal'}")
    finally:
        qapp.setFont(before)


# ----- the legend -----------------------------------------------------------------------------
def _relationships_family() -> Genogram:
    """Three generations with an emotional line of every kind, as in the QA's survey: the
    neglect line from the father to the grandson curves out left of the whole family."""
    g = Genogram.build([Person("c", Sex.MALE, name="Johan", birth_year=1978, is_index=True)])
    g = E.add_parents(g, "c", ids=("f", "m", "u1", "l1")).apply(g)
    g = E.add_parents(g, "f", ids=("gf", "gm", "u2", "l2")).apply(g)
    g = E.add_parents(g, "m", ids=("mf", "mm", "u3", "l3")).apply(g)
    g = E.add_sibling(g, "c", sibling_id="s1").apply(g)
    g = E.add_sibling(g, "c", sibling_id="s2").apply(g)
    g = E.add_partner(g, "c", partner_id="w", union_id="u4").apply(g)
    g = E.add_child(g, "u4", child_id="k1").apply(g)
    g = E.add_child(g, "u4", child_id="k2").apply(g)
    c, f, m_, gf, gm, mf, mm, s1, s2, w, k1, k2 = (
        "c", "f", "m", "gf", "gm", "mf", "mm", "s1", "s2", "w", "k1", "k2")
    pairs = [(c, f), (c, m_), (c, w), (c, s1), (c, s2), (f, gf), (m_, mm), (f, m_), (w, k1),
             (c, k2), (gf, gm), (mf, mm), (s1, s2), (f, k1), (m_, w)]
    for i, ((a, b), kind) in enumerate(zip(pairs, RelationshipKind, strict=False)):
        g = E.add_relationship(g, a, b, kind, relationship_id=f"r{i}").apply(g)
    return g


def test_the_legend_covers_no_symbol_name_or_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _scene(_relationships_family())
    legend = scene.legend.sceneBoundingRect()
    assert scene.legend.isVisible() and not legend.isEmpty()
    for item in scene.persons.values():
        assert not _scene_rect(item).intersects(legend)
        assert not item.symbol_rect().translated(item.pos()).intersects(legend)
    for table in (scene.unions, scene.relationships):
        for line in table.values():
            assert not line.mapToScene(line.shape()).intersects(legend), line.item_id
    assert not scene.sibship_lines.sceneBoundingRect().intersects(legend)


def test_the_legend_stands_beside_the_first_person(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _scene(Genogram.build([Person("c", Sex.MALE, role="client", is_index=True)]))
    legend = scene.legend.sceneBoundingRect()
    person = scene.persons["c"].sceneBoundingRect()
    assert legend.right() < person.left()
    assert abs(legend.top() - person.top()) < 1
    assert person.left() - legend.right() <= 2 * GenogramScene.LEGEND_GAP


def test_a_hidden_legend_takes_no_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Hidden (the toolbar's Legend off), it still counted in the scene's bounds, and Fit
    and the exports kept its empty box beside the map."""
    g = _long_named_family()
    scene = _scene(g)
    scene.show_legend = False
    scene.show_genogram(g, scene.layout)
    assert scene.itemsBoundingRect() == scene.drawing_rect()


# ----- a large family fitted in the window ---------------------------------------------------
def test_a_fitted_large_family_still_says_who_is_who(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sixty persons fitted in a window come out at a third of their size, where the names
    at their own size would be 3 pixels high: the name alone is written larger there, and
    at the scale of the exports everything is written as usual."""
    g = generate_family(seed=3, size=60)
    scene = _scene(g)
    index = scene.persons[g.index_person.id]
    zoom = 0.3
    label = index.overview_label(zoom)
    assert label is not None
    _at, static, font = label
    assert font.pixelSize() * zoom >= 7
    name = g.index_person.name
    assert static.text() == name or name.startswith(static.text().rstrip("…"))
    # Drawn: ink where the name goes under the symbol, in the scene drawn at that zoom.
    area = scene.itemsBoundingRect()
    image = _image(scene, zoom, area)
    where = QRectF(index.pos() + QPointF(6, index.text_rect().top() + 2), index.pos()
                   + QPointF(60, index.text_rect().top() + 20))
    shown = QRectF((where.topLeft() - area.topLeft()) * zoom,
                   (where.bottomRight() - area.topLeft()) * zoom)
    assert _inked(image, shown) > 10
    # Too small a place for a readable name: none at all rather than a grey smear.
    assert index.overview_label(0.12) is None


# ----- the couples' years -----------------------------------------------------------------------
def _two_partners_on_one_side() -> tuple[GenogramScene, dict[str, str]]:
    """A man with three partners, two of them on his left (the later one's line drawn
    lower, under the earlier one's): married 2008 and divorced 2010, living together since
    2015, married 2017; a child of the first couple."""
    g = Genogram.build([Person("c", Sex.MALE, name="Per Strand", birth_year=1986, is_index=True)])
    kinds = {"ida": (UnionKind.DIVORCED, 2008, 2010),
             "liv": (UnionKind.LIVING_TOGETHER, 2015, None),
             "nora": (UnionKind.MARRIED, 2017, None)}
    unions = {}
    for i, (pid, (kind, start, end)) in enumerate(kinds.items()):
        g = E.add_partner(g, "c", partner_id=pid, union_id=f"u{i}", kind=kind).apply(g)
        g = E.update_union(g, f"u{i}", start_year=start, end_year=end).apply(g)
        g = E.update_person(g, pid, name=pid.title() + " Lind", birth_year=1983 + i).apply(g)
        unions[pid] = f"u{i}"
    g = E.add_child(g, unions["ida"], child_id="kid").apply(g)
    return _scene(g), unions


def _line_next_to(scene: GenogramScene, box: QRectF) -> str:
    """The couple line a caption box reads as belonging to: of the lines over its whole
    width, the nearest above or below it."""
    best: tuple[float, str] | None = None
    for uid, line in scene.layout.unions.items():
        if min(line.x1, line.x2) <= box.left() and box.right() <= max(line.x1, line.x2):
            gap = box.top() - line.y if line.y <= box.top() else line.y - box.bottom()
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, uid)
    assert best is not None
    return best[1]


def test_each_couples_years_stand_by_their_own_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene, unions = _two_partners_on_one_side()
    lines = scene.layout.unions
    client = scene.persons["c"].x()
    left_side = [u for u in unions.values() if min(lines[u].x1, lines[u].x2) < client]
    assert len(left_side) == 2  # the case in question: two couple lines on one side
    for uid in unions.values():
        item = scene.unions[uid]
        tops = [at.y() for at, _static in item._caption]
        left = item._caption[0][0].x()
        width, height = item.caption_size(item.union)
        box = QRectF(left, tops[0], width, height)
        assert _line_next_to(scene, box) == uid, (uid, item.caption)
        # Not struck through by any line, not on a child's line.
        for other in lines.values():
            if min(other.x1, other.x2) < box.right() and box.left() < max(other.x1, other.x2):
                assert not box.top() - 1 < other.y < box.bottom() + 1
        for sib in scene.layout.sibships.values():
            assert not (box.left() < sib.anchor[0] < box.right()
                        and min(sib.anchor[1], sib.bar_y) < box.bottom()
                        and max(sib.anchor[1], sib.bar_y) > box.top())
