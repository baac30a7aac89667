"""An autosave that fails says so once: "Not saved" and one message box, not a stack."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from kastdesk.store import DiskFull, Vault
from kastdesk.ui.workspace.sessions import SessionEditor


def _visible_boxes(editor: SessionEditor) -> list[QMessageBox]:
    return [b for b in editor.findChildren(QMessageBox, "errorBox") if b.isVisible()]


def test_a_failing_autosave_shows_one_box_while_it_is_open(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = vault.add_client("K-2026-001", first_contact_date=date(2026, 11, 2))
    session = case.sessions.add(datetime(2026, 11, 3, 10, 0))
    editor = SessionEditor(case)
    qtbot.addWidget(editor)
    editor.show()
    editor.load(case.sessions.get(session.id))

    def full(*args: object) -> bool:
        raise DiskFull()

    monkeypatch.setattr(case.sessions, "save_note", full)
    editor.note.setPlainText("typed while the disk is full")
    editor.autosave()
    editor.autosave()  # focus moving to the box saves again
    assert editor.saved_label.text() == "Not saved"
    boxes = _visible_boxes(editor)
    assert len(boxes) == 1 and "disk is full" in boxes[0].text()
    assert editor.has_unsaved_changes()  # the text is kept for the next try
    boxes[0].done(0)
    qtbot.waitUntil(lambda: not _visible_boxes(editor))
    editor.autosave()  # a later failure is told again
    assert len(_visible_boxes(editor)) == 1
    for box in _visible_boxes(editor):
        box.done(0)


def test_the_intake_on_a_full_disk_shows_one_box(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The intake's timer showed the box, focus moved to it, the focus-out saved again, and
    a second identical box stood on the first."""
    from kastdesk.ui.workspace import intake
    from kastdesk.ui.workspace.base import WorkspaceContext

    case = vault.add_client("K-2026-002", first_contact_date=date(2026, 11, 2))
    tab = intake.IntakeTab(WorkspaceContext(vault, case, None))  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.show()

    def full(*args: object, **kwargs: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(intake, "save_response", full)
    tab.form.set_answer("has_children", True)
    tab.autosave()
    tab.autosave()
    boxes = [b for b in tab.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert len(boxes) == 1 and "disk is full" in boxes[0].text()
    assert tab.saved_label.text() == "Not saved"
    for box in boxes:
        box.done(0)
