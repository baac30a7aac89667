"""QA pass 24 on the family map and its surroundings: what a walk through the editor as a
therapist found. Driven through the real editor, its panel, its menus and its dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kastdesk.genogram import edits as E
from kastdesk.genogram.demo import generate_family
from kastdesk.genogram.gedcom import export_gedcom
from kastdesk.genogram.model import Sex
from kastdesk.store import Vault
from kastdesk.ui.genogram import GenogramEditor
from kastdesk.ui.genogram.editor import GedcomImportDialog

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
