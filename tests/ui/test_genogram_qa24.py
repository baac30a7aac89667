"""QA pass 24 on the family map and its surroundings: what a walk through the editor as a
therapist found. Driven through the real editor, its panel, its menus and its dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGraphicsItem, QMenu

from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.gedcom import export_gedcom
from kastdesk.genogram.model import RelationshipKind, Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.genogram import editor as editor_module
from kastdesk.ui.genogram.editor import GedcomImportDialog, death_year_typed

TODAY = date(2026, 11, 1)


@pytest.fixture
def case(vault: Vault):  # type: ignore[no-untyped-def]
    return vault.add_client("K-2026-024", name="Jonas Lind")


def _client_with_parents(editor: GenogramEditor) -> tuple[str, str]:
    """The client "Jonas Lind" with parents drawn; (client, father)."""
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.do(lambda: E.update_person(editor.model, pid, name="Jonas Lind"))
    editor.add_parents(pid)
    father = next(
        p for p in editor.model.parents_of(pid) if editor.model.persons[p].sex is Sex.MALE
    )
    return pid, father


def _select(editor: GenogramEditor, *pids: str) -> None:
    editor.scene.clearSelection()
    for pid in pids:
        editor.scene.persons[pid].setSelected(True)


# ----- Undo after arrow-key nudges says whom ---------------------------------------------------
def test_undo_of_a_nudge_names_the_person_nudged(editor) -> None:  # type: ignore[no-untyped-def]
    """Arrow keys on one selected person: Undo says whom it moves back, as after a drag
    ("Undo Move father"); it said "Undo Nudge", not which symbol would jump."""
    client, father = _client_with_parents(editor)
    _select(editor, father)
    editor.view.setFocus()
    for _ in range(3):
        QTest.keyClick(editor.view, Qt.Key.Key_Right)
    assert editor.undo_stack.undoText() == "Move father"
    assert "Move father" in editor.undo_button_action.toolTip()
    # Several at once stay one step, named as a nudge.
    _select(editor, father, client)
    QTest.keyClick(editor.view, Qt.Key.Key_Left)
    assert editor.undo_stack.undoText() == "Nudge"
    # In privacy mode the client is named by role, never by name.
    _select(editor, client)
    QTest.keyClick(editor.view, Qt.Key.Key_Down)
    assert editor.undo_stack.undoText() == "Move Jonas Lind"
    editor.privacy_mode = True
    assert editor.undo_stack.undoText() == "Move client"
    editor.undo_action.trigger()
    assert editor.model.persons[client].position is not None  # the nudge of two is left


# ----- The import dialog: the generations do not apply to Everyone --------------------------
def test_gedcom_dialog_generations_only_for_a_centre_person(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With Everyone chosen the whole file comes in whatever the generations say: the box
    was there to turn down and changed nothing. It is greyed until a person is chosen."""
    g = generate_family(seed=3, size=40)
    path = tmp_path / "family.ged"
    path.write_text(export_gedcom(g), encoding="utf-8")
    dialog = GedcomImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.centre.currentData() is None  # Everyone
    assert not dialog.generations.isEnabled()
    dialog.centre.setCurrentIndex(1)
    assert dialog.generations.isEnabled()
    dialog.generations.setValue(0)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.result_genogram is not None
    assert len(dialog.result_genogram.persons) < len(g.persons)
    dialog.centre.setCurrentIndex(0)
    assert not dialog.generations.isEnabled()
    assert len(dialog.result_genogram.persons) == len(g.persons)


# ----- A couple line and a relationship line have a menu of their own ------------------------
def _menu_opened_by(open_menu: Callable[[], None]) -> QMenu:
    """The menu ``open_menu`` opens (it runs its own loop): closed as it shows, kept to
    trigger its entries."""
    seen: list[QMenu] = []
    done = False

    def look() -> None:
        if done:  # no menu came: the poll must not act on a later test's menu
            return
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, look)
            return
        seen.append(menu)
        menu.close()

    QTimer.singleShot(0, look)
    open_menu()
    done = True
    assert len(seen) == 1, "no menu opened"
    return seen[0]


def _right_click(editor: GenogramEditor, item: QGraphicsItem) -> None:
    """A right-click on a line, where the mouse finds it on top, as the mouse sends it."""
    drawn = item._path  # type: ignore[attr-defined]
    transform = editor.view.transform()
    point = next(
        item.mapToScene(drawn.pointAtPercent(t / 100))
        for t in range(20, 81)
        if editor.scene.itemAt(item.mapToScene(drawn.pointAtPercent(t / 100)), transform) is item
    )
    at = editor.view.mapFromScene(point)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, editor.view.viewport().mapToGlobal(at)
    )
    QApplication.sendEvent(editor.view.viewport(), event)


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, [a.objectName() for a in menu.findChildren(QAction)]
    return action


def test_right_click_on_a_couple_line_adds_their_child(editor) -> None:  # type: ignore[no-untyped-def]
    """Right-clicking the parents' couple line offers a child of the two (son, daughter, the
    unborn) and deleting the line; it offered "Add man here", which had nothing to do with
    the line clicked."""
    client, father = _client_with_parents(editor)
    (union_id,) = editor.model.unions
    menu = _menu_opened_by(lambda: _right_click(editor, editor.scene.unions[union_id]))
    assert editor.scene.unions[union_id].isSelected()  # the panel shows the couple
    assert menu.findChild(QAction, "add_man") is None
    _action(menu, "add_child:female").trigger()
    (daughter,) = set(editor.model.persons) - {client, *editor.model.parents_of(client)}
    assert set(editor.model.parents_of(daughter)) == {father, *editor.model.parents_of(client)}
    assert editor.undo_stack.undoText() == "Add daughter of father and mother"
    assert _action(menu, "add_child:miscarriage") is not None
    assert _action(menu, "delete") is not None


def test_right_click_on_a_relationship_line_deletes_it(editor) -> None:  # type: ignore[no-untyped-def]
    client, father = _client_with_parents(editor)
    editor.add_relationship(father, client, RelationshipKind.CONFLICTUAL)
    (rel_id,) = editor.model.relationships
    menu = _menu_opened_by(lambda: _right_click(editor, editor.scene.relationships[rel_id]))
    assert menu.findChild(QAction, "add_child_menu") is None  # a couple's, not a line's
    _action(menu, "delete").trigger()
    assert not editor.model.relationships
    assert editor.undo_stack.undoText().startswith("Delete relationship")
    editor.undo_action.trigger()
    assert rel_id in editor.model.relationships


def test_the_menu_key_opens_the_menu_of_a_line_selected_alone(editor) -> None:  # type: ignore[no-untyped-def]
    _client, _father = _client_with_parents(editor)
    (union_id,) = editor.model.unions
    editor.scene.clearSelection()
    editor.scene.unions[union_id].setSelected(True)
    editor.view.setFocus()
    menu = _menu_opened_by(lambda: QTest.keyClick(editor.view, Qt.Key.Key_Menu))
    assert menu.findChild(QMenu, "add_child_menu") is not None
    # A couple with children cannot lose its line: deleting it says why in one sentence.
    _action(menu, "delete").trigger()
    assert union_id in editor.model.unions
    assert editor.message.isVisible() and "children together" in editor.message.text()


# ----- Mark deceased…: a whole date, and an age past the oldest -------------------------------
@pytest.mark.parametrize(
    ("typed", "year"),
    [
        ("2015-03-02", 2015),
        ("2.3.2015", 2015),
        ("02/03/2015", 2015),
        ("3/2015", 2015),
        ("d. 2015-03-02", 2015),
    ],
)
def test_a_whole_date_of_death_gives_its_year(typed: str, year: int) -> None:
    """A date copied from a record ("2015-03-02") was "not a year": the year is what the map
    keeps of a death, and the date has one."""
    assert death_year_typed(typed) == year


@pytest.mark.parametrize("typed", ["1950-2015", "born 1950, died 2.3.2015", "1.2.3.2015"])
def test_a_range_or_two_years_are_still_no_year(typed: str) -> None:
    assert death_year_typed(typed) is None


def test_an_age_past_the_oldest_says_which_ages_the_map_takes(editor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "131" in Mark deceased… was told it was not a year (type four digits, or an age such as
    61), which it was not meant to be: it is an age, and the map takes 0 to 130."""
    _client, father = _client_with_parents(editor)
    monkeypatch.setattr(editor_module.QInputDialog, "getText", lambda *a, **k: ("131", True))
    editor._ask_deceased(father)
    assert not editor.model.persons[father].is_deceased
    assert editor.message.isVisible()
    assert editor.message.text() == "The age must be between 0 and 130."
    monkeypatch.setattr(editor_module.QInputDialog, "getText", lambda *a, **k: ("2.3.2015", True))
    editor._ask_deceased(father)
    assert editor.model.persons[father].death_year == 2015


# ----- Undo while notes are being typed --------------------------------------------------------
def test_undo_takes_back_notes_typed_and_not_yet_saved_and_keeps_redo(editor) -> None:  # type: ignore[no-untyped-def]
    """Notes typed in the panel, the toolbar's Undo clicked before the pause that saves them:
    Undo undid the step before them (a daughter just added), and the notes saved a moment
    later took Redo away, so the daughter could not come back. Now the notes are the step
    undone, and the daughter stays."""
    client, _father = _client_with_parents(editor)
    before = set(editor.model.persons)
    editor.person_menu(client).findChild(QAction, "add_child:female").trigger()
    (daughter,) = set(editor.model.persons) - before
    _select(editor, client)
    notes = editor.panel.notes
    notes.setFocus()
    QTest.keyClicks(notes, "Talked about his father")
    assert editor.model.persons[client].notes == ""  # not saved yet: the pause has not come
    editor.undo_button_action.trigger()
    assert daughter in editor.model.persons
    assert editor.model.persons[client].notes == ""
    assert notes.toPlainText() == ""
    assert editor.undo_stack.redoText().startswith("Notes on")
    editor.redo_action.trigger()
    assert editor.model.persons[client].notes == "Talked about his father"
