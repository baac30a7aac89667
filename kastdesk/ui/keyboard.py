"""Keyboard rules that hold for every window of the app.

A date or date-and-time field takes one Tab stop. Qt's own date fields move Tab through
their sections (day, month, year, hour, minute), so a keyboard user pressed Tab five times
to get past a session's date without seeing why focus stayed; the README promises that Tab
goes through the window in the order it is drawn. The sections stay reachable with Left
and Right, as Qt's date fields already allow, and Up/Down still change the one the cursor
is in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class OneTabStopPerDate(QObject):
    """Application-wide filter: Tab and Shift+Tab on a date field leave the field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QDateTimeEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            # QWidget's own focus step, not QDateTimeEdit's (which steps through sections).
            QWidget.focusNextPrevChild(watched, forward)
            return True
        return False


def install_keyboard_rules(app: QCoreApplication) -> OneTabStopPerDate:
    """Install the rules once per application (a second call returns the first filter)."""
    rules = app.findChild(OneTabStopPerDate, "kastdeskKeyboardRules")
    if rules is None:
        rules = OneTabStopPerDate(app)
        rules.setObjectName("kastdeskKeyboardRules")
        app.installEventFilter(rules)
    return rules


__all__ = ["OneTabStopPerDate", "install_keyboard_rules"]
