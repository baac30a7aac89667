"""The main window's shortcuts reach only the therapist's own windows, never the client view.

Exercises → "Show to client" turns the laptop to the client; a key pressed there (Ctrl+Shift+P
turned privacy mode off and showed the register's names) must do nothing to the case file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kastdesk.ui.cases.due import DueDialog
from kastdesk.ui.exercises.client_view import ClientView
from kastdesk.ui.main_window import MainWindow
from tests.ui.test_app_main import select_code


@pytest.fixture
def modal_catcher() -> Iterator[list[str]]:
    """Close every modal dialog that opens (an exec() would block the test), naming it."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog | QMessageBox) and dialog.isVisible():
            seen.append(type(dialog).__name__)
            dialog.reject()

    timer.timeout.connect(close)
    timer.start()
    yield seen
    timer.stop()


def show_client_view(qtbot, window: MainWindow) -> ClientView:  # type: ignore[no-untyped-def]
    """Exercises → Show to client on a case with an exercise, the view active."""
    select_code(qtbot, window, "K-2026-004")
    window.workspace.set_current_tab("exercises")
    tab = window.workspace.tab("exercises")
    if tab.editor is None:
        tab.open_exercise("behaviour_in_words")
        tab.start_button.click()
    view = tab.open_client_view()
    assert view is not None
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def press(qtbot, target: QWidget, keys: str) -> None:  # type: ignore[no-untyped-def]
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())
    qtbot.wait(30)


def test_shortcuts_do_nothing_from_the_client_view(qtbot, open_window, modal_catcher) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    view = show_client_view(qtbot, window)
    client_id = window.case.client_id
    target = QApplication.focusWidget() or view
    assert target.window() is view
    hidden = window.register.table.isColumnHidden(1)
    for keys in ("Ctrl+Shift+P", "Ctrl+D", "Ctrl+N", "Ctrl+E", "Ctrl+F", "F9", "Ctrl+L",
                 "Ctrl+Q"):
        press(qtbot, QApplication.focusWidget() or view, keys)
        assert window.privacy_action.isChecked(), keys  # names stay hidden in the register
        assert window.register.table.isColumnHidden(1) == hidden, keys
        assert window.register_action.isChecked(), keys
        assert not any(isinstance(w, DueDialog) and w.isVisible()
                       for w in QApplication.topLevelWidgets()), keys
        assert modal_catcher == [], keys  # no New client, no Export dialog
        assert not window.locked and window.case.client_id == client_id, keys
        assert view.isVisible() and QApplication.activeWindow() is view, keys


def test_shortcuts_still_work_in_the_main_window_and_its_dialogs(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    select_code(qtbot, window, "K-2026-004")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window.register.table, "Ctrl+Shift+P")
    assert not window.privacy_action.isChecked()
    press(qtbot, window.register.table, "Ctrl+Shift+P")
    assert window.privacy_action.isChecked()
    press(qtbot, window.register.table, "Ctrl+D")
    due = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DueDialog))
    qtbot.waitExposed(due)
    due.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is due)
    # The Due list is the therapist's own window (made by the main window): Ctrl+L locks
    # from it, as it always did.
    press(qtbot, QApplication.focusWidget() or due, "Ctrl+L")
    assert window.locked
