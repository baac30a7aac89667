"""A session note is stored exactly as typed: no-break spaces, tabs, emoji and line breaks."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from kastdesk.store import Vault
from kastdesk.ui.workspace.sessions import AmendmentDialog, SessionEditor

TYPED = "Åsa, Ærlig: blåbærsyltetøy — 😀👨\u200d👩\u200d👧 \u00a0nbsp 10\u00a0kr tab\tend"


def test_no_break_spaces_in_the_note_are_kept(qtbot, vault: Vault) -> None:
    case = vault.add_client("K-2026-034", first_contact_date=date(2026, 11, 2))
    session = case.sessions.add(datetime(2026, 11, 3, 10, 0))
    editor = SessionEditor(case)
    qtbot.addWidget(editor)
    editor.load(case.sessions.get(session.id))
    qtbot.keyClicks(editor.note, "x")
    editor.note.insertPlainText(TYPED)
    qtbot.keyClick(editor.note, Qt.Key.Key_Return)
    editor.note.insertPlainText("second line")
    editor.save()
    assert case.sessions.get(session.id).note == "x" + TYPED + "\nsecond line"
    # Loading it again and saving changes nothing.
    editor.load(case.sessions.get(session.id))
    assert editor.note_text() == case.sessions.get(session.id).note


def test_no_break_spaces_in_an_amendment_are_kept(qtbot) -> None:
    dialog = AmendmentDialog()
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("10\u00a0kr\nline two")
    dialog.reason.setText("typo")
    assert dialog.values() == ("10\u00a0kr\nline two", "typo")
