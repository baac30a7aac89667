"""Undo and Redo in the family map of the real main window, where every save is reported back.

In the main window, the case file tells the workspace about each save while it is being made,
and the family map tab asks the editor to take over a map changed "elsewhere". The editor took
its own save for such a change: it cleared the undo stack in the middle of every edit, so only
the last step could ever be undone, and from inside Undo it deleted the very command Qt was
running, which crashed the app (a segfault) as soon as anything was selected. The editor alone
and the editor's own tests had no such listener and never saw it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from kastdesk.genogram.model import Sex
from kastdesk.store import KdfParams, Vault
from kastdesk.ui.genogram.editor import GenogramEditor
from tests.conftest import ANCHOR, PASSPHRASE
from tests.ui.conftest import unlock

CODE = "K-2026-001"


@pytest.fixture
def new_client_vault(tmp_path: Path) -> Path:
    """A vault with one client whose family map is still empty."""
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests(), therapist="T")
    try:
        vault.add_client(CODE, first_contact_date=ANCHOR)
    finally:
        vault.close()
    return folder


@pytest.fixture
def window(qtbot, new_client_vault: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The unlocked main window at laptop size, the client's empty family map shown."""
    from kastdesk.ui.main_window import MainWindow

    w = MainWindow(new_client_vault, today=lambda: ANCHOR)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    unlock(qtbot, w)
    entry = w.vault.client_by_code(CODE)
    assert w.register.select(entry.id)
    qtbot.waitUntil(lambda: w.case is not None and w.case.client_id == entry.id)
    w.workspace.set_current_tab("genogram")
    yield w
    w.close()


def editor_of(window) -> GenogramEditor:  # type: ignore[no-untyped-def]
    editor = window.workspace.tab("genogram").findChild(GenogramEditor)
    assert editor is not None
    return editor


def select(qtbot, editor: GenogramEditor, person_id: str) -> None:  # type: ignore[no-untyped-def]
    """Select one person, as a click does: the properties panel shows them."""
    editor.scene.clearSelection()
    editor.scene.persons[person_id].setSelected(True)
    qtbot.wait(20)
    assert editor.panel.stack.currentWidget() is editor.panel.person_page


def stored(window) -> int:  # type: ignore[no-untyped-def]
    """How many persons the case file holds now."""
    from kastdesk.genogram.storage import load_genogram

    return len(load_genogram(window.case).persons)


RELATIVES: dict[str, tuple[Callable[[GenogramEditor, str], object], int]] = {
    "parents": (lambda ed, pid: ed.add_parents(pid), 2),
    "partner": (lambda ed, pid: ed.add_partner(pid), 1),
    "child": (lambda ed, pid: ed.add_child(pid), 1),
    "sibling": (lambda ed, pid: ed.add_sibling(pid), 3),  # with the parents they share
}


@pytest.mark.parametrize("selected", [False, True], ids=["nothing_selected", "client_selected"])
@pytest.mark.parametrize("relative", list(RELATIVES))
def test_undo_redo_undo_after_adding_a_relative(qtbot, window, relative: str,
                                                selected: bool) -> None:  # type: ignore[no-untyped-def]
    """The QA steps: a new map, the client, one relative, Undo (it crashed), Redo, Undo."""
    editor = editor_of(window)
    add, count = RELATIVES[relative]
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    assert add(editor, pid)
    assert editor.undo_stack.count() == 2  # was 1: each save cleared the history
    if selected:
        select(qtbot, editor, pid)
    for _ in range(2):
        editor.undo_action.trigger()
        qtbot.wait(10)
        assert list(editor.model.persons) == [pid]
        assert stored(window) == 1
        if selected:
            select(qtbot, editor, pid)
        editor.redo_action.trigger()
        qtbot.wait(10)
        assert len(editor.model.persons) == 1 + count
        assert stored(window) == 1 + count
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert list(editor.model.persons) == [pid]
    editor.undo_action.trigger()  # down to the empty map, and back
    qtbot.wait(10)
    assert not editor.model.persons and stored(window) == 0
    assert editor.empty_hint.isVisible()
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    qtbot.wait(10)
    assert len(editor.model.persons) == 1 + count


def test_every_step_of_a_new_map_can_be_undone_to_the_empty_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Parents, partner, child, sibling: each one Undo, in order, the client selected."""
    editor = editor_of(window)
    pid = editor.add_person(Sex.FEMALE)
    assert pid is not None
    for add, _ in RELATIVES.values():
        assert add(editor, pid)
    sizes = [len(editor.model.persons)]
    assert editor.undo_stack.count() == 5
    for _ in range(5):
        if pid in editor.scene.persons:
            select(qtbot, editor, pid)
        editor.undo_action.trigger()
        qtbot.wait(10)
        sizes.append(len(editor.model.persons))
    assert sizes == [6, 5, 4, 3, 1, 0]
    assert stored(window) == 0
    for _ in range(5):
        editor.redo_action.trigger()
        qtbot.wait(10)
    assert len(editor.model.persons) == 6 and stored(window) == 6


def test_undo_after_delete_brings_the_selected_person_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor = editor_of(window)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.add_partner(pid)
    partner = next(iter(editor.model.partners_of(pid)))
    select(qtbot, editor, partner)
    editor.delete_selected()
    qtbot.wait(10)
    assert partner not in editor.model.persons
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert partner in editor.model.persons and stored(window) == 2
    select(qtbot, editor, partner)
    editor.redo_action.trigger()
    qtbot.wait(10)
    assert partner not in editor.model.persons
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert partner in editor.model.persons
    assert editor.undo_stack.count() == 3


def test_undo_after_a_drag_and_after_nudges(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A drag (one move command) and arrow-key nudges (saved later, merged), then Undo."""
    editor = editor_of(window)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.add_parents(pid)
    select(qtbot, editor, pid)
    item = editor.scene.persons[pid]
    before = QPointF(item.pos())
    editor.scene.persons_moved.emit({pid: (before.x() + 300.0, before.y() + 40.0)})
    qtbot.wait(10)
    assert editor.model.persons[pid].position == (before.x() + 300.0, before.y() + 40.0)
    editor.nudge(10.0, 0.0)
    editor.nudge(10.0, 0.0)
    assert editor.undo_stack.count() == 4
    editor.undo_action.trigger()  # the nudges, saved first, then taken back
    qtbot.wait(10)
    assert editor.model.persons[pid].position == (before.x() + 300.0, before.y() + 40.0)
    editor.undo_action.trigger()  # the drag
    qtbot.wait(10)
    assert editor.model.persons[pid].position is None
    editor.redo_action.trigger()
    qtbot.wait(10)
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert editor.model.persons[pid].position is None
    assert len(editor.model.persons) == 3


def test_undo_of_notes_typed_in_the_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Notes typed in the properties panel, saved after a pause, then Undo with the person
    still shown in the panel."""
    editor = editor_of(window)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    editor.add_sibling(pid)
    select(qtbot, editor, pid)
    editor.panel.notes.setPlainText("First session: talked about his father.")
    editor.panel.commit_pending()
    qtbot.wait(10)
    assert editor.model.persons[pid].notes.startswith("First session")
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert editor.model.persons[pid].notes == ""
    editor.undo_action.trigger()
    qtbot.wait(10)
    assert len(editor.model.persons) == 1
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    qtbot.wait(10)
    assert editor.model.persons[pid].notes.startswith("First session")


def test_a_change_made_elsewhere_is_still_taken_over(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Only the editor's own saves are ignored: a map written by another part of the app
    (here, straight through the storage) still replaces what is shown, and undo starts anew."""
    from kastdesk.genogram import edits
    from kastdesk.genogram.storage import load_genogram, save_genogram

    editor = editor_of(window)
    pid = editor.add_person(Sex.MALE)
    assert pid is not None
    g = load_genogram(window.case)
    save_genogram(window.case, edits.add_parents(g, pid).apply(g), "Import from GEDCOM")
    qtbot.wait(10)
    assert len(editor.model.persons) == 3
    assert editor.undo_stack.count() == 0
