"""After a lock in the middle of a session note, the unlock puts the cursor back in the note
where it stood (QA walk).

The unlock returned to the client, the tab and the session, but put the focus in the
register's search field: the therapist who locked mid-sentence (the client stepped out)
and typed on after unlocking wrote the next words into the search field, in plain sight
on the register, and filtered the register by them, instead of into the note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import unlock


def _note_of(window):  # type: ignore[no-untyped-def]
    return window.workspace.findChildren(SessionsTab)[0].editor.note


def _open_sessions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    entry = next(e for e in window.vault.clients() if e.code == "K-2026-005")
    assert window.register.select(entry.id)
    window.workspace.set_current_tab("sessions")
    qtbot.waitUntil(lambda: window.workspace.findChildren(SessionsTab)[0].editor.session
                    is not None)


def test_typing_after_the_unlock_goes_on_in_the_note(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    window.activateWindow()
    _open_sessions(qtbot, window)
    note = _note_of(window)
    if note.isReadOnly():  # the newest session is signed: start one to write in
        window.workspace.findChildren(SessionsTab)[0].new_button.click()
        qtbot.waitUntil(lambda: not _note_of(window).isReadOnly())
        note = _note_of(window)
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    note.moveCursor(note.textCursor().MoveOperation.End)
    QTest.keyClicks(note, "He said the trip was")
    before = note.toPlainText()
    window.lock()
    assert window.vault is None
    unlock(qtbot, window)
    QApplication.processEvents()
    note = _note_of(window)
    assert note.toPlainText() == before
    focused = QApplication.focusWidget()
    assert focused is note, type(focused).__name__
    QTest.keyClicks(focused, " hard.")
    assert note.toPlainText() == before + " hard."
    assert window.register.search.text() == ""


def test_without_the_note_in_focus_the_unlock_goes_to_the_search(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    """Locked from the register or another field: the search, as before."""
    window = open_window
    window.activateWindow()
    _open_sessions(qtbot, window)
    window.register.search.setFocus()
    qtbot.waitUntil(window.register.search.hasFocus)
    window.lock()
    unlock(qtbot, window)
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.register.search
    QTest.keyClick(window.register.search, Qt.Key.Key_A)
    assert window.register.search.text() == "a"
