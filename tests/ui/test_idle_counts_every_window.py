"""Typing in a dialog the unlock opened again counts as use, whether or not it got focus.

A report: after unlocking with Correct attendance… open (the lock had kept its draft, the
unlock opens it again), the vault locked again soon after, twice, under load. The idle
watcher counted input only in windows that had once been the focus window; the reopened
dialog is opened by the unlock, not by a click, and a window the system does not make the
focus window (a window manager's choice, and always so on a headless display) had every
key and click in it go uncounted: the idle lock then came the idle time after the unlock,
with the therapist typing. Windows are now also watched once seen shown at a tick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from kastdesk.ui.workspace.sessions import AttendanceDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import when_modal
from tests.ui.test_lock_keeps_dialogs import _select_case_with_signed_session

REASON = "ticked held by mistake"  # fictional


def _key(dialog: AttendanceDialog, text: str) -> None:
    """A key as the system delivers it: to the dialog's window, before its widgets."""
    press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier,
                      text)
    QApplication.sendEvent(dialog.windowHandle(), press)


def test_typing_in_the_dialog_the_unlock_reopened_keeps_the_vault_open(  # type: ignore[no-untyped-def]
    qtbot, open_window
) -> None:
    window = open_window
    _client_id, session_id = _select_case_with_signed_session(qtbot, window)
    window.workspace.set_current_session(session_id)
    sessions = window.workspace.tab("sessions")

    def type_then_lock(dialog: AttendanceDialog) -> None:
        dialog.reason.setText(REASON)
        window.idle.last_input -= window.idle.minutes * 60 + 1
        window.idle.check()  # the idle lock, with the dialog open: its draft is kept

    locking = when_modal(AttendanceDialog, type_then_lock)
    sessions.correct_current()
    locking.stop()
    assert window.locked

    seen: dict[str, object] = {}

    def work_in_it(dialog: AttendanceDialog) -> None:
        seen["reason"] = dialog.reason.text()
        # The case this is about: the dialog is not the focus window.
        seen["focused"] = QGuiApplication.focusWindow() is dialog.windowHandle()
        window.idle.check()  # a tick of the idle timer with the dialog shown
        # The therapist types in it all through the idle time; the last key just now.
        window.idle.last_input -= window.idle.minutes * 60 + 1
        _key(dialog, "x")
        window.idle.check()
        seen["open while typing"] = not window.locked
        if not window.locked:
            dialog.reject()

    reopened = when_modal(AttendanceDialog, work_in_it)
    # Unlocked by hand: the unlock helper waits for an open vault, which an idle lock
    # inside the dialog would not leave.
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: "open while typing" in seen, timeout=10_000)
    reopened.stop()
    assert seen["reason"] == REASON  # the dialog the unlock opened again
    assert seen["focused"] is False
    assert seen["open while typing"] is True
    # Nobody there any more: the idle lock still comes.
    window.idle.last_input -= window.idle.minutes * 60 + 1
    window.idle.check()
    assert window.locked
