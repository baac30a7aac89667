"""The register says why a case ended or closed, and since when it has its status.

The register showed "Closed" for a completed course and a drop-out alike; the reason given
when ending or closing was only in the case file. The status cell's tooltip and accessible
description now say it, read from the index (no case file opened to draw the list).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from kastdesk.domain.models import Changes, RegisterEntry, Status
from kastdesk.domain.status import EndReason
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.register import Column, RegisterPanel
from kastdesk.ui.cases.status import EndingDialog, change_status
from tests.ui.conftest import screenshot, when_modal

TODAY = date(2026, 6, 1)


def _client(vault: Vault, code: str, name: str) -> CaseFile:
    """A client in treatment since 2026-05-04, last seen 2026-05-18."""
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    case = vault.add_client(code, name=name, first_contact_date=date(2026, 4, 27))
    case.sessions.add(datetime(2026, 5, 4, 10))
    case.sessions.add(datetime(2026, 5, 18, 10))
    case.profile.set_status(Status.INTAKE, at=date(2026, 5, 4))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 5, 4))
    return case


def _panel(qtbot, vault: Vault) -> RegisterPanel:  # type: ignore[no-untyped-def]
    panel = RegisterPanel(lambda: TODAY)
    qtbot.addWidget(panel)
    panel.load(vault.clients())
    panel.resize(560, 260)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _follow(panel: RegisterPanel, vault: Vault, case: CaseFile) -> None:
    """Redraw the case's line after each change, as the main window does."""
    def redraw(changes: Changes) -> None:
        panel.model.update_entry(vault.client(str(changes.client_id)))
    case.add_listener(redraw)


def _end(qtbot, parent: QWidget, case: CaseFile, new: Status,  # type: ignore[no-untyped-def]
         reason: EndReason | None) -> None:
    """Change the status through the app's own dialog, choosing ``reason``."""
    def act(dialog: EndingDialog) -> None:
        if reason is not None:
            dialog.reason_buttons[reason].click()
        dialog.ok.click()

    timer = when_modal(EndingDialog, act)
    try:
        assert change_status(parent, case, new)
    finally:
        timer.stop()
    for box in parent.findChildren(QWidget, "followUpInfo"):
        box.close()


def _status_cell(panel: RegisterPanel, code: str) -> QModelIndex:
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, Column.CODE).data() == code)
    return panel.proxy.index(row, Column.STATUS)


def _hover(qtbot, panel: RegisterPanel, code: str) -> str:  # type: ignore[no-untyped-def]
    """What the tooltip says with the pointer on ``code``'s status cell."""
    QToolTip.hideText()
    cell = panel.table.visualRect(_status_cell(panel, code)).center()
    viewport = panel.table.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, cell, viewport.mapToGlobal(cell))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() or not QToolTip.text(), timeout=2000)
    return QToolTip.text()


def test_the_status_cell_says_since_when_and_why(qtbot, vault: Vault) -> None:
    gone = _client(vault, "K-2026-041", "Petter Lind")
    done = _client(vault, "K-2026-042", "Jon Ek")
    staying = _client(vault, "K-2026-043", "Ola Sund")
    panel = _panel(qtbot, vault)
    for case in (gone, done, staying):
        _follow(panel, vault, case)

    # Ended as a drop-out, the case closed as well (the dialog's default then).
    _end(qtbot, panel, gone, Status.ENDED, EndReason.DROPPED_OUT)
    # Ended with no reason chosen.
    _end(qtbot, panel, done, Status.ENDED, None)

    assert _hover(qtbot, panel, "K-2026-041") == (
        "Closed on 2026-06-01: Dropped out (stopped coming)")
    assert _hover(qtbot, panel, "K-2026-042") == "Ended on 2026-06-01"
    assert _hover(qtbot, panel, "K-2026-043") == "In treatment since 2026-05-04"
    # The cell itself stays the status alone: the column keeps its width.
    cell = _status_cell(panel, "K-2026-041")
    assert cell.data() == "Closed"
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Closed on 2026-06-01: Dropped out (stopped coming)")

    _hover(qtbot, panel, "K-2026-041")
    screenshot(panel, "register_ending_reason")
    tip = next((w for w in QApplication.topLevelWidgets()
                if w.inherits("QTipLabel") and w.isVisible()), None)
    if tip is not None:
        screenshot(tip, "register_ending_reason_tooltip")

    # What the lines were drawn from: the index alone.
    assert {e.code: e.end_reason for e in vault.clients()} == {
        "K-2026-041": "dropped_out", "K-2026-042": None, "K-2026-043": None}


def test_a_line_not_filled_in_yet_shows_the_status_alone(qtbot) -> None:
    """A vault from before the register kept the day: nothing made up in its place; a
    reason this version does not know is left out rather than shown as a code."""
    panel = RegisterPanel(lambda: TODAY)
    qtbot.addWidget(panel)
    old = RegisterEntry(id="a", code="K-2025-001", name=None, status=Status.CLOSED,  # type: ignore[arg-type]
                        first_contact_date=date(2025, 1, 2), first_session_date=None,
                        last_contact_date=None, next_session=None, followup_due=None,
                        flags=(), created_at="2025-01-02T10:00:00+00:00")
    newer = RegisterEntry(id="b", code="K-2025-002", name=None, status=Status.CLOSED,  # type: ignore[arg-type]
                          first_contact_date=date(2025, 1, 2), first_session_date=None,
                          last_contact_date=None, next_session=None, followup_due=None,
                          flags=(), created_at="2025-01-02T10:00:00+00:00",
                          status_since=date(2025, 9, 1), end_reason="moved_abroad")
    panel.load([old, newer])
    assert _status_cell(panel, "K-2025-001").data(Qt.ItemDataRole.ToolTipRole) is None
    assert _status_cell(panel, "K-2025-002").data(
        Qt.ItemDataRole.ToolTipRole) == "Closed on 2025-09-01"
    assert panel.model.status_story(old) is None
