"""The family map's details panel during a session, from a QA pass by a sexologist drawing
families with the client in the room.

- In privacy mode the name box was grey and empty with no way to type a name but turning
  privacy mode off, which showed every name in the app (the register, the case header).
  "Show name" now shows the one person's name, to type or correct, and hides it again when
  the box is left; nothing shows a name unasked.
- Escape in a field went nowhere (only Shift+Tab led back to the map); it now goes back to
  the map with what was typed saved.
- A relationship's page did not say whom the line is between; the couple's did.
- The couple's and the relationship's few rows had a scroll bar over empty space: the pages
  asked for the person page's height.
- Beside the register on a 1024 pixel screen the panel took 304 pixels of 610 (431 at
  14 pt): a column of labels beside the fields. The fields now stand under their labels.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kastdesk.genogram.model import RelationshipKind, Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code
from tests.ui.test_genogram_keyboard import map_window

#: Fictional names, typed in the panel.
CLIENT_NAME = "Tove Lindqvist"
FATHER_NAME = "Arvid Lindqvist"


@pytest.fixture
def window(qtbot, vault: Vault) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """A client with parents, the father named, a conflict between client and father; in
    privacy mode, as the app opens."""

    def draw(editor: GenogramEditor, client: str) -> None:
        editor.privacy_mode = True
        editor.add_parents(client)
        father = next(
            p for p in editor.model.parents_of(client)
            if editor.model.persons[p].sex is Sex.MALE
        )
        editor._person_fields(father, {"name": FATHER_NAME})
        editor.add_relationship(father, client, RelationshipKind.CONFLICTUAL)

    yield map_window(qtbot, vault, draw, (900, 640))


def _client(editor: GenogramEditor) -> str:
    index = editor.model.index_person
    assert index is not None
    return index.id


def _father(editor: GenogramEditor) -> str:
    return next(p.id for p in editor.model.persons.values() if p.name == FATHER_NAME)


def _select(editor: GenogramEditor, person_id: str) -> None:
    editor.scene.clearSelection()
    editor.scene.persons[person_id].setSelected(True)


def _names_on_screen(window: QWidget) -> list[str]:
    """Every text the panel and the map show, as the therapist (or the client) sees them."""
    editor: GenogramEditor = window.editor  # type: ignore[attr-defined]
    texts = [line for item in editor.scene.persons.values() for line in item.lines]
    texts += [editor.panel.title.text()]
    texts += [w.text() for w in editor.panel.findChildren(QWidget)
              if w.isVisible() and hasattr(w, "text") and callable(w.text)]
    return texts


def test_a_name_is_shown_when_asked_typed_and_hidden_again_in_privacy_mode(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    editor: GenogramEditor = window.editor
    panel = editor.panel
    father = _father(editor)
    _select(editor, father)
    # Unasked, nowhere: the box is grey and empty; the button says how to see it.
    assert not panel.name.isEnabled() and panel.name.text() == ""
    assert panel.show_name.isVisible() and panel.show_name.text() == "Show name"
    assert not any(FATHER_NAME in text for text in _names_on_screen(window))

    qtbot.mouseClick(panel.show_name, Qt.MouseButton.LeftButton)
    assert panel.name.isEnabled() and panel.name.hasFocus()
    assert panel.name.text() == FATHER_NAME
    assert not panel.show_name.isVisible()
    screenshot(window, "genogram_privacy_name_shown")
    panel.name.selectAll()
    QTest.keyClicks(panel.name, "Arvid Berg")
    QTest.keyClick(panel.name, Qt.Key.Key_Return)
    assert editor.model.persons[father].name == "Arvid Berg"
    assert panel.name.text() == "Arvid Berg"  # still being edited: still shown
    # The map keeps the role in privacy mode, even for the name just typed.
    assert not any("Arvid" in line for line in editor.scene.persons[father].lines)

    QTest.keyClick(panel.name, Qt.Key.Key_Escape)  # back to the map: hidden again
    assert editor.view.hasFocus()
    assert not panel.name.isEnabled() and panel.name.text() == ""
    assert panel.show_name.isVisible()
    assert not any("Arvid" in text for text in _names_on_screen(window))
    assert editor.model.persons[father].name == "Arvid Berg"


def test_a_person_without_a_name_gets_one_typed_and_a_click_on_the_map_hides_it(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    editor: GenogramEditor = window.editor
    panel = editor.panel
    client = _client(editor)
    _select(editor, client)
    assert panel.show_name.text() == "Type name"  # nothing to show yet
    qtbot.mouseClick(panel.show_name, Qt.MouseButton.LeftButton)
    assert panel.name.text() == "" and panel.name.hasFocus()
    QTest.keyClicks(panel.name, CLIENT_NAME)  # no Enter: leaving the box saves it
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton)
    assert editor.model.persons[client].name == CLIENT_NAME
    assert not any(CLIENT_NAME in text for text in _names_on_screen(window))

    # Selected again: hidden, until asked again.
    _select(editor, _father(editor))
    _select(editor, client)
    assert panel.name.text() == "" and panel.show_name.text() == "Show name"


def test_turning_privacy_mode_on_hides_a_name_being_edited(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    panel = editor.panel
    _select(editor, _father(editor))
    qtbot.mouseClick(panel.show_name, Qt.MouseButton.LeftButton)
    editor.privacy_mode = False
    assert panel.name.text() == FATHER_NAME and not panel.show_name.isVisible()
    editor.privacy_mode = True
    assert panel.name.text() == "" and not panel.name.isEnabled()
    assert panel.show_name.isVisible()


@pytest.mark.parametrize("field", ["name", "occupation", "notes"])
def test_escape_in_a_field_goes_back_to_the_map_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    window, field: str
) -> None:
    editor: GenogramEditor = window.editor
    editor.privacy_mode = False
    client = _client(editor)
    _select(editor, client)
    editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(editor.view, Qt.Key.Key_Return)  # into the details, as by keyboard
    assert editor.panel.name.hasFocus()
    box = getattr(editor.panel, field)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(box, "Gardener")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert editor.view.hasFocus()
    assert editor.scene.selected_person_ids() == [client]  # the same person, by the keys
    assert getattr(editor.model.persons[client], field) == "Gardener"
    assert QApplication.focusWidget() is editor.view


@pytest.mark.parametrize("privacy", [True, False], ids=["privacy", "names"])
def test_the_relationship_page_says_whom_the_line_is_between(window, privacy: bool) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    editor.privacy_mode = privacy
    (rel,) = editor.model.relationships.values()
    editor.scene.clearSelection()
    editor.scene.relationships[rel.id].setSelected(True)
    panel = editor.panel
    assert panel.stack.currentWidget() is panel.relationship_page
    assert panel.title.isVisible()
    first, second = (editor.scene.persons[pid].lines[0] for pid in rel.persons)
    assert panel.title.text() == f"{first} and {second}"
    if privacy:
        assert FATHER_NAME not in panel.title.text()
        assert "father" in panel.title.text()
    else:
        assert FATHER_NAME in panel.title.text()


def test_the_couple_and_relationship_pages_have_no_scroll_bar_over_empty_space(window) -> None:  # type: ignore[no-untyped-def]
    editor: GenogramEditor = window.editor
    panel = editor.panel
    bar = panel._scroll.verticalScrollBar()
    (union,) = editor.model.unions.values()
    (rel,) = editor.model.relationships.values()
    editor.scene.clearSelection()
    editor.scene.unions[union.id].setSelected(True)
    QApplication.processEvents()
    assert panel.isVisible() and panel.title.text()
    assert not bar.isVisible()
    editor.scene.clearSelection()
    editor.scene.relationships[rel.id].setSelected(True)
    QApplication.processEvents()
    assert not bar.isVisible()
    screenshot(window, "genogram_relationship_page")
    # The person's page is taller than 640 pixels leave it: it scrolls, as it must.
    _select(editor, _client(editor))
    QApplication.processEvents()
    assert bar.isVisible()


@pytest.mark.parametrize("points", [None, 14], ids=["normal", "14pt"], indirect=True)
def test_beside_the_register_at_1024_the_map_keeps_most_of_the_room(  # type: ignore[no-untyped-def]
    qtbot, points, main_window
) -> None:
    """At 1024×700 with a person selected the map was 306 pixels wide (377 at 14 pt) beside
    a panel of 304 (431): the panel's fields now stand under their labels."""
    window = main_window
    unlock(qtbot, window)
    window.resize(1024, 700)
    select_code(qtbot, window, "K-2025-003")
    window.workspace.set_current_tab("genogram")
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.view.width() > 300)
    index = editor.model.index_person
    assert index is not None
    _select(editor, index.id)
    qtbot.waitUntil(editor.panel.isVisible)
    qtbot.wait(30)
    screenshot(window, f"genogram_1024_panel_{points or 'normal'}pt")
    # It was as wide as the map, or wider; now as wide as its widest marker's name.
    assert editor.view.width() >= 1.25 * editor.panel.width()
    # Narrower, and nothing cut: every field the page shows lies inside the panel.
    viewport = editor.panel._scroll.viewport()
    for field in (editor.panel.name, editor.panel.role, editor.panel.sex, editor.panel.notes):
        right = field.mapTo(viewport, field.rect().topRight()).x()
        assert field.isVisible() and right < viewport.width()
