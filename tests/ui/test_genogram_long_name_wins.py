"""A long name under a symbol wins over what follows it (regression QA, session 17: the
client's name was cut to one line, "Karl-Johan Bernad…", while the typed markers under it
wrapped onto two). Where the label is too deep for the room above the couple line, the
markers are cut to a line, then left out, before the name loses its second line; the
markers cut or left out are on hovering. Real scene items."""

from __future__ import annotations

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, Person, Sex
from kastdesk.genogram.symbols import LabelMode
from kastdesk.ui.genogram.scene import EDITOR_LAYOUT, GenogramScene, fit_label, row_tops
from tests.ui.conftest import screenshot

#: Fictional: a name too long for two lines at any size, and one that fits two.
TOO_LONG = "Maximilian Alexander von Hohenzollern-Sigmaringen"
TWO_LINES = "Maximilian von Hohenzollern"
MARKERS = ("spelberoende", "ångest", "långvarig sjukskrivning")


def _client_with_family(name: str) -> GenogramScene:
    """The client (bold name, birth year, three typed markers) with parents, a partner
    to the right and a child: the couple line passes under the client's label."""
    g = Genogram.build([Person("c", Sex.MALE, name=name, birth_year=2003, is_index=True,
                               labels=MARKERS)])
    g = E.add_parents(g, "c", ids=("fa", "mo", "u1", "l1")).apply(g)
    g = E.add_partner(g, "c", partner_id="w", union_id="u2").apply(g)
    g = E.add_child(g, "u2", child_id="k").apply(g)
    g = E.update_person(g, "w", name="Britt Sundberg", birth_year=2006).apply(g)
    scene = GenogramScene()
    scene.year = 2026
    scene.set_label_mode(LabelMode.NAMES)
    scene.show_genogram(g, layout_genogram(g, EDITOR_LAYOUT))
    return scene


def test_a_name_too_long_for_two_lines_keeps_two_and_the_markers_give_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _client_with_family(TOO_LONG)
    item = scene.persons["c"]
    name_lines = item.shown_lines(name_only=True)
    assert len(name_lines) == 2, item.shown_lines()
    # As much of the name as two lines hold, from its start.
    assert TOO_LONG.startswith(" ".join(name_lines).rstrip("…").rstrip())
    rest = item.shown_lines()[2:]
    assert rest[0] == "b. 2003"
    assert len(rest) <= 2  # the markers on one line at most
    # Still above the couple line.
    line = scene.layout.unions["u2"]
    assert item.text_rect().translated(item.pos()).bottom() < line.y
    # What was cut is on hovering: the whole name, the years and the markers.
    assert item.toolTip().split("\n") == [TOO_LONG, "b. 2003", ", ".join(MARKERS)]
    from kastdesk.ui.genogram.editor import GenogramView

    view = GenogramView(scene)
    qtbot.addWidget(view)
    view.resize(700, 520)
    view.show()
    view.zoom(2.0)
    view.centerOn(item)
    qtbot.wait(20)
    screenshot(view, "genogram_long_client_name_with_markers")


def test_a_name_that_fits_two_lines_is_whole_with_its_markers_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene = _client_with_family(TWO_LINES)
    item = scene.persons["c"]
    assert item.shown_lines(name_only=True) == ["Maximilian von", "Hohenzollern"]
    assert "…" in item.shown_lines()[-1]
    assert item.toolTip().split("\n")[-1] == ", ".join(MARKERS)


def test_the_markers_are_left_out_before_the_name_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Room for a name in two lines and its years only: the markers go, the name stays."""
    lines = [TWO_LINES, "b. 2003", ", ".join(MARKERS)]
    two = fit_label(lines[:2], True, 104.0, 200.0)
    depth = row_tops(two)[1] + 1
    rows = fit_label(lines, True, 104.0, depth)
    assert [t for t, *_ in rows] == [t for t, *_ in two]
    assert " ".join(t for t, _s, _b, name in rows if name) == TWO_LINES
