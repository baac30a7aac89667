"""The family map's view follows the family: a relative added at the edge comes into view
beside the panel, Tidy up, Undo and Redo show the family where it now stands, and Tab starts
at the client and meets everyone.

QA found a brother added at the right edge half under the properties panel (the scroll bars
reached no further than the drawing), the view after Tidy up, Undo or Redo showing mostly
empty paper (the scene's rectangle only ever grows: every layout the map ever had stayed in
reach), and the first Tab leaving the map (the client stands on the bottom row).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from kastdesk.genogram import edits as E
from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-033", name="Ivar Holm")


def _shown(editor: GenogramEditor) -> QRectF:
    view = editor.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _trigger(editor: GenogramEditor, pid: str, name: str) -> list[str]:
    before = set(editor.model.persons)
    action = editor.person_menu(pid).findChild(QAction, name)
    assert action is not None, name
    action.trigger()
    return [p for p in editor.model.persons if p not in before]


def _editor(qtbot, vault: Vault, size: tuple[int, int]) -> GenogramEditor:  # type: ignore[no-untyped-def]
    case = vault.add_client("K-2026-032", name="Maj Sundin")
    from tests.conftest import ANCHOR

    editor = GenogramEditor(vault, case, today=lambda: ANCHOR)
    editor.privacy_mode = True
    editor.resize(*size)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_relatives_added_at_the_edge_come_into_view_beside_the_panel(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, vault, (820, 600))  # the map's share of a 1366 × 768 window
    client = editor.add_person(Sex.MALE)
    assert client is not None
    for action in ("add_parents", "add_partner", "add_sibling:female", "add_sibling:male",
                   "add_sibling:male", "add_sibling:female"):
        for pid in _trigger(editor, client, action):
            item = editor.scene.persons[pid]
            assert _shown(editor).contains(item.sceneBoundingRect()), (action, pid)
    assert editor.panel.isVisible()  # the last one is selected, ready for a name
    screenshot(editor, "genogram_added_at_the_edge")


def _dragged_family(editor: GenogramEditor) -> tuple[str, list[str]]:
    """A client with parents, a partner and siblings, two of them dragged far right and the
    view there: (client, the dragged)."""
    client = editor.add_person(Sex.MALE)
    assert client is not None
    editor.add_parents(client)
    editor.add_partner(client)
    for sex in (Sex.FEMALE, Sex.MALE, Sex.FEMALE):
        editor.add_sibling(client, sex)
    siblings = [p for p in editor.model.persons if editor.model.persons[p].role in
                ("sister", "brother")]
    dragged = siblings[:2]
    editor.move_persons({dragged[0]: (1800.0, 900.0), dragged[1]: (1920.0, 900.0)})
    editor.scene.select_only(editor.scene.persons[dragged[0]])
    editor.view.ensureVisible(editor.scene.persons[dragged[1]].sceneBoundingRect(), 60, 60)
    return client, dragged


def _family_in_view(editor: GenogramEditor) -> int:
    """How many persons the view shows."""
    shown = _shown(editor)
    return sum(shown.intersects(i.sceneBoundingRect()) for i in editor.scene.persons.values())


def test_tidy_up_undo_and_redo_show_the_family(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, vault, (900, 600))
    client, dragged = _dragged_family(editor)
    total = len(editor.model.persons)
    assert _family_in_view(editor) <= 2  # the two dragged, far from the others
    assert editor.tidy_up()
    # The family laid out again is in view, the client among them (not the empty paper
    # where the two had been dragged).
    assert _shown(editor).contains(editor.scene.persons[client].sceneBoundingRect())
    assert _family_in_view(editor) == total
    screenshot(editor, "genogram_after_tidy_up")
    editor.undo_stack.undo()  # the two back where they were dragged: shown there
    assert editor.model.persons[dragged[0]].position == (1800.0, 900.0)
    assert any(_shown(editor).intersects(editor.scene.persons[p].sceneBoundingRect())
               for p in dragged)
    editor.undo_stack.redo()
    assert _shown(editor).contains(editor.scene.persons[client].sceneBoundingRect())
    assert _family_in_view(editor) == total
    # What the scroll bars reach is the drawing now, not every layout it ever had.
    reach = editor.view.sceneRect()
    drawing = editor.scene.itemsBoundingRect()
    assert reach.right() < drawing.right() + 200 and reach.bottom() < drawing.bottom() + 200


def test_the_first_tab_stays_in_the_map_when_the_client_is_on_the_bottom_row(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, vault, (900, 600))
    client = editor.add_person(Sex.FEMALE)
    assert client is not None
    editor.add_parents(client)
    father = next(p for p in editor.model.parents_of(client)
                  if editor.model.persons[p].sex is Sex.MALE)
    editor.add_parents(father)
    editor.scene.clearSelection()
    order = [i.person_id for i in editor.scene.reading_order()]
    assert order[-1] == client  # the bottom row, alone
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.view.setFocus(Qt.FocusReason.TabFocusReason)
    assert editor.scene.selected_person_ids() == [client]
    walked = [client]
    for _ in order[:-1]:
        QTest.keyClick(editor.view, Qt.Key.Key_Tab)
        assert editor.view.hasFocus(), walked
        walked += editor.scene.selected_person_ids()
    assert walked == [client, *order[:-1]]  # round from the top: everyone once
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert not editor.view.hasFocus()
    assert QApplication.focusWidget() is not None


def test_the_maps_menu_names_the_step_undo_and_redo_take(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """The toolbar's Undo keeps a short label (its tooltip names the step: a growing label
    pushed buttons off a laptop's toolbar); the map's own right-click menu has the stack's
    actions, which name it."""
    client = editor.add_person(Sex.MALE)
    assert client is not None
    editor.do(lambda: E.update_person(editor.model, client, name="Per"))
    editor.add_partner(client)
    assert editor.undo_button_action.text() == "Undo"
    assert editor.undo_button_action.toolTip().startswith("Undo Add partner of Per")
    editor.scene.clearSelection()
    seen: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, look)
            return
        seen.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(0, look)
    editor.view.open_keyboard_menu()  # nothing selected: the map's own menu
    assert "Undo Add partner of Per" in seen
