"""A date field is one Tab stop (QA 21: Tab sat on a session's date five times, once per
section, and a keyboard user could not tell why focus did not move)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

from kastdesk.ui.workspace.sessions import wall_clock_edit


def test_tab_and_shift_tab_pass_a_date_field_in_one_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, when, after = QLineEdit(), wall_clock_edit(QDateTimeEdit()), QLineEdit()
    for widget in (before, when, after):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    when.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is when)
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is when
    qtbot.keyClick(when, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before


def test_the_sections_are_still_reached_with_the_arrow_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    when = QDateTimeEdit()
    qtbot.addWidget(when)
    when.show()
    qtbot.waitExposed(when)
    when.setFocus()
    when.setCurrentSectionIndex(0)
    for _ in range(12):  # the cursor walks the day's digits, then into the next section
        qtbot.keyClick(when, Qt.Key.Key_Right)
        if when.currentSectionIndex() != 0:
            break
    assert when.currentSectionIndex() == 1
