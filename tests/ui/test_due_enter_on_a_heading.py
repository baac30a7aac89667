"""Enter in the Due list on a line that is no client's (a group's heading, where the list
opens, or an empty group's "Nothing here.") keeps the list open: it passed Enter on to
the Close button, and a keyboard user who pressed Enter before moving down lost the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid


def test_enter_on_a_heading_keeps_the_due_list(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.cases.due import DueDialog

    window = open_window
    window.show_due()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, DueDialog) and w.isVisible())
    try:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        tree = dialog.tree
        tree.setFocus(Qt.FocusReason.TabFocusReason)
        tree.setCurrentItem(tree.topLevelItem(0))  # the first group's heading
        opened = window.case
        assert not tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
        QTest.keyClick(tree, Qt.Key.Key_Return)
        qtbot.wait(50)
        assert isValid(dialog) and dialog.isVisible()
        assert window.case is opened  # nothing opened either
        QTest.keyClick(tree, Qt.Key.Key_Down)  # then the first client's line still opens
        client_id = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
        assert client_id
        QTest.keyClick(tree, Qt.Key.Key_Enter)
        qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
        assert dialog.isVisible()
    finally:
        if isValid(dialog):
            dialog.close()
