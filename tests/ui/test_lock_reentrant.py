"""A lock asked for while a lock (or quitting) is closing the vault does nothing.

Closing the open windows runs events, and the idle check that runs when the app becomes
active again could start a second lock inside the first: it ran whole, and the first then
found no vault to close and wrote an error to the log.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from kastdesk.ui.main_window import MainWindow


class LocksWhenClosed(QWidget):
    """An open window of the app; as it closes, the idle check runs (here: past the limit,
    as the first lock being the idle lock leaves it) and asks for a lock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.asked = 0

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.asked += 1
        self.window_.idle.minutes = 0  # the check finds the limit passed: the idle lock
        self.window_.idle.check()
        super().closeEvent(event)


def _count_closes(window: MainWindow) -> list[int]:
    """How many times the open vault is closed (its close still runs)."""
    vault: Any = window.vault
    closes: list[int] = []
    close = vault.close

    def counted() -> None:
        closes.append(1)
        close()

    vault.close = counted
    return closes


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_lock_asked_for_while_locking_does_nothing(qtbot, open_window, caplog) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    other = LocksWhenClosed(window)
    qtbot.addWidget(other)
    other.show()
    closes = _count_closes(window)
    caplog.set_level(logging.ERROR)
    window.lock_action.trigger()
    assert other.asked == 1  # the second lock was asked for, during the first
    assert window.locked
    assert closes == [1]
    assert _errors(caplog) == []
    assert window.stack.currentWidget() is not window.workbench  # the unlock screen


def test_a_lock_asked_for_while_quitting_does_nothing(qtbot, open_window, caplog) -> None:  # type: ignore[no-untyped-def]
    window = open_window
    other = LocksWhenClosed(window)
    qtbot.addWidget(other)
    other.show()
    closes = _count_closes(window)
    caplog.set_level(logging.ERROR)
    window.close()
    assert other.asked == 1
    assert window.vault is None and closes == [1]
    assert _errors(caplog) == []
