"""The dialogs and windows reached from the main window and the case, with the keyboard
alone (QTest key clicks, nothing clicked): what a walk through each of them found.

- Recording a guidance meeting: Tab walked the table's cells round and round, so the
  decisions, Save and Cancel were never reached; Tab in the decisions typed a tab.
- The family map's notes (a person's, a relationship's) and the comments on a supervision
  packet typed a tab too: the keyboard never left them.
- Every dialog with a scrolling body (ending, attendance, returning client, packet,
  summary export, passphrase, recovery key, rescue offer) had a Tab stop on the whole body
  that showed nothing; now it is one only while something is out of sight, and a ring
  shows it.
- The audit log's Enter (after typing a date) started the export of an unencrypted file;
  now it applies the date and keeps the log open (tests/ui/test_audit_enter_filters.py).
- Due: Enter on a client's line opened the client and closed the list.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kastdesk.domain.models import Status
from kastdesk.supervision import flag_for_guidance
from kastdesk.ui.screen import ScrollingBody
from tests.ui.conftest import screenshot, when_modal
from tests.ui.test_app_main import select_code

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _tab_walk(start: QWidget, back: bool = False, most: int = 40) -> list[QWidget]:
    """The widgets Tab (Shift+Tab) gives the focus to from ``start``, until it comes back
    to one already passed or stays where it is (a trap)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(most):
        here = QApplication.focusWidget()
        if back:
            QTest.keyClick(here, Qt.Key.Key_Backtab, SHIFT)
        else:
            QTest.keyClick(here, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is None or after in seen:
            break
        seen.append(after)
    return seen


# -- recording a guidance meeting ------------------------------------------------------------
def test_the_meeting_is_recorded_with_the_keyboard_alone(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.supervision.meeting import MeetingDialog

    window = open_window
    select_code(qtbot, window, "K-2026-004")
    flag_for_guidance(window.case, "How do we follow up the relapse plan?")  # fictional
    seen: dict[str, Any] = {}

    def walk(dialog: MeetingDialog) -> None:
        try:
            _activate(qtbot, dialog)
            forward = _tab_walk(dialog.day)
            seen["forward"] = [type(w).__name__ for w in forward]
            seen["buttons"] = [w.text() for w in forward if isinstance(w, QPushButton)]
            seen["back"] = len(_tab_walk(dialog.day, back=True))
            # In the table: arrows to the advice, F2, typed, Enter; Tab then leaves for the
            # decisions.
            dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
            seen["cell"] = (dialog.table.currentRow(), dialog.table.currentColumn())
            QTest.keyClick(dialog.table, Qt.Key.Key_Space)  # "Discussed" unticked
            seen["ticked"] = dialog.table.item(0, 0).checkState() == Qt.CheckState.Checked
            for _ in range(3):
                QTest.keyClick(dialog.table, Qt.Key.Key_Right)
            QTest.keyClick(dialog.table, Qt.Key.Key_F2)  # the advice's editor opens
            QTest.keyClicks(QApplication.focusWidget(), "Ring the partner")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            qtbot.wait(50)  # the cell takes the editor's text once this event is done
            seen["advice"] = dialog.table.item(0, 3).text()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen["after table"] = type(QApplication.focusWidget()).__name__
            QTest.keyClicks(dialog.decisions, "Next meeting in March")
            QTest.keyClick(dialog.decisions, Qt.Key.Key_Tab)
            seen["decisions"] = dialog.decisions.toPlainText()
            seen["after decisions"] = type(QApplication.focusWidget()).__name__
            screenshot(dialog, "meeting_dialog_keyboard")
        finally:
            dialog.reject()

    typing = when_modal(MeetingDialog, walk)
    window.record_meeting()
    typing.stop()
    names = seen["forward"]
    assert "QTableWidget" in names and "QPlainTextEdit" in names, names
    assert "Cancel" in seen["buttons"], names
    assert seen["back"] == len(names)  # Shift+Tab goes round the same way
    assert seen["cell"] == (0, 0) and seen["ticked"] is False  # it opens ticked
    assert seen["advice"] == "Ring the partner"
    assert seen["after table"] == "QPlainTextEdit"
    assert seen["decisions"] == "Next meeting in March"  # no tab typed into it
    assert seen["after decisions"] == "QPushButton"


# -- notes that typed a tab ------------------------------------------------------------------
def test_the_family_maps_notes_let_tab_go_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.genogram.model import Person, Relationship
    from kastdesk.ui.genogram.properties import PropertiesPanel

    panel = PropertiesPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    panel.show()
    _activate(qtbot, panel)
    words = "Moved to Bergen in 1998"  # fictional
    panel.show_person(Person(id="p1", name="Arvid"))
    shown = [(panel.notes, lambda: panel.show_person(Person(id="p1", name="Arvid"))),
             (panel.rel_note, lambda: panel.show_relationship(
                 Relationship(id="r1", persons=("p1", "p2")), ("Arvid", "Berit")))]
    for box, show in shown:
        show()
        assert box.isVisible()
        box.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClicks(box, words)
        QTest.keyClick(box, Qt.Key.Key_Tab)
        assert box.toPlainText() == words  # no tab typed into it
        assert QApplication.focusWidget() is not box
        box.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(box, Qt.Key.Key_Backtab, SHIFT)
        assert QApplication.focusWidget() is not box


def test_a_supervisors_comment_lets_tab_go_on(qtbot, open_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.store import KdfParams
    from kastdesk.supervision import case_owners, export_packet, open_packet
    from kastdesk.ui.supervision.supervisor import SupervisorWindow

    vault = open_window.vault
    case = vault.add_client("K-KB-901", first_contact_date=date(2026, 9, 1))
    case.sessions.add(datetime(2026, 9, 10, 10), note="Talked about the weekend.")
    flag_for_guidance(case, "What about his brother?")
    vault.close_case(case.client_id)
    export_packet(vault, "packet passphrase kb", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    packet = open_packet(tmp_path / "p.kastsup", "packet passphrase kb")
    sup = SupervisorWindow(packet, "packet passphrase kb",
                           owners=case_owners(vault, packet["packet_id"]))
    qtbot.addWidget(sup)
    sup.show()
    _activate(qtbot, sup)
    try:
        first = next(b for b in sup.comment_boxes.values() if b.isVisible())
        first.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClicks(first, "Ask about the brother")
        QTest.keyClick(first, Qt.Key.Key_Tab)
        assert first.toPlainText() == "Ask about the brother"
        assert QApplication.focusWidget() is not first
    finally:
        for box in sup.comment_boxes.values():
            box.clear()
        sup.close()


# -- a scrolling body is a Tab stop only while it scrolls --------------------------------------
def test_a_dialog_body_is_a_tab_stop_only_while_it_scrolls(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.cases.status import EndingDialog

    window = open_window
    select_code(qtbot, window, "K-2026-004")
    seen: dict[str, Any] = {}

    def walk(dialog: EndingDialog) -> None:
        try:
            _activate(qtbot, dialog)
            first = next(iter(dialog.reason_buttons.values()))
            seen["fits"] = [type(w).__name__ for w in _tab_walk(first)]
            dialog.resize(dialog.width(), 220)  # a short screen: the fields scroll
            qtbot.waitUntil(lambda: dialog.body.verticalScrollBar().maximum() > 0)
            walked = _tab_walk(first)
            seen["scrolls"] = [type(w).__name__ for w in walked]
            body = next(w for w in walked if isinstance(w, ScrollingBody))
            body.setFocus(Qt.FocusReason.TabFocusReason)
            ring = body.findChild(QWidget, "scrollingBodyFocus")
            seen["ring"] = ring is not None and ring.isVisible()
            screenshot(dialog, "ending_dialog_body_focused")
            QTest.keyClick(body, Qt.Key.Key_PageDown)  # the keyboard scrolls it
            seen["scrolled"] = body.verticalScrollBar().value() > 0
            QTest.keyClick(body, Qt.Key.Key_Tab)
            seen["ring after"] = ring is not None and ring.isVisible()
        finally:
            dialog.reject()

    typing = when_modal(EndingDialog, walk)
    window.change_status(Status.ENDED)
    typing.stop()
    assert "ScrollingBody" not in seen["fits"], seen["fits"]
    assert "ScrollingBody" in seen["scrolls"], seen["scrolls"]
    assert seen["ring"] and seen["scrolled"] and not seen["ring after"]


# -- Enter -------------------------------------------------------------------------------------
def test_enter_in_the_audit_log_keeps_it_and_exports_nothing(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.audit import AuditLogDialog

    window = open_window
    window.show_audit_log()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AuditLogDialog) and w.isVisible())
    _activate(qtbot, dialog)
    assert not dialog.export_button.isDefault()
    dialog.start.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(dialog.start, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible()  # the date applied, the log open
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and type(w).__name__ == "QFileDialog"] == []
    QTest.keyClick(dialog.start, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_enter_on_a_due_line_opens_the_client_and_keeps_the_list(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.cases.due import DueDialog

    window = open_window
    window.show_due()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, DueDialog) and w.isVisible())
    try:
        _activate(qtbot, dialog)
        tree = dialog.tree
        tree.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(tree, Qt.Key.Key_Down)  # the first client's line
        client_id = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
        assert client_id
        QTest.keyClick(tree, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.case is not None and window.case.client_id == client_id)
        assert dialog.isVisible()  # as after a double-click: the next line is one key away
    finally:
        dialog.close()
