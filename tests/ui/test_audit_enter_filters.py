"""Enter in the audit log's filters applies them and keeps the log open: a therapist who
typed a From date and pressed Enter had the log closed (Close is the default button; before
that, Enter started the unencrypted CSV export). Enter in the list keeps it open too; on
Close it closes, and Escape closes. The history is made up, written on days of its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kastdesk.store import Vault
from kastdesk.store import audit as store_audit
from kastdesk.ui.audit import AuditLogDialog

from .conftest import screenshot

DAYS = [date(2026, 10, 1), date(2026, 10, 15), date(2026, 11, 2)]


@pytest.fixture
def history(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """Three clients added on three days of the autumn (the log's clock set back)."""
    for n, day in enumerate(DAYS, start=1):
        at = datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)
        monkeypatch.setattr(store_audit, "now_iso",
                            lambda at=at: at.isoformat(timespec="milliseconds"))
        vault.now = lambda at=at: at  # type: ignore[method-assign]
        vault.today = lambda day=day: day  # type: ignore[method-assign]
        vault.add_client(f"K-2026-{n:03d}", first_contact_date=day).close()
    monkeypatch.undo()
    return vault


@pytest.fixture
def shown(qtbot, history: Vault) -> Iterator[tuple[AuditLogDialog, list[int]]]:  # type: ignore[no-untyped-def]
    """The vault's log, active, and the results it closed with (none while open). Closed,
    the dialog deletes itself, so it is not given to qtbot to close."""
    dialog = AuditLogDialog(history)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    yield dialog, closed
    if not closed and shiboken6.isValid(dialog):
        dialog.reject()


def _enter(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _clients(dialog: AuditLogDialog) -> set[str]:
    return {row.client for row in dialog.model.rows} - {""}


def test_enter_after_typing_a_date_filters_and_keeps_the_log(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog, closed = shown
    assert dialog.period()[0] == DAYS[0]
    assert _clients(dialog) == {"K-2026-001", "K-2026-002", "K-2026-003"}
    start = dialog.start
    start.setFocus(Qt.FocusReason.TabFocusReason)
    # The day of the month: typed over, as a therapist does, and Enter.
    start.setSelectedSection(start.Section.DaySection)
    QTest.keyClicks(start, "10")
    QTest.keyClick(start, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert closed == []
    assert dialog.isVisible() and dialog.period()[0] == date(2026, 10, 10)
    assert _clients(dialog) == {"K-2026-002", "K-2026-003"}
    assert [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and type(w).__name__ == "QFileDialog"] == []
    screenshot(dialog, "audit_enter_in_from_date")

    # The To date, a kind, every client's case file, the list: the log stays open.
    dialog.set_period(date(2026, 10, 10), date(2026, 10, 20))
    _enter(dialog.end)
    assert closed == [] and _clients(dialog) == {"K-2026-002"}
    box = next(iter(dialog.kinds.values()))
    checked = box.isChecked()
    _enter(box)
    assert closed == [] and box.isChecked() is checked
    assert dialog.include_cases is not None
    _enter(dialog.include_cases)
    assert closed == []
    _enter(dialog.table)
    assert closed == [] and dialog.isVisible()

    # Escape still closes.
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(start, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed != [], timeout=2000)


def test_enter_on_close_closes_the_log(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    dialog, closed = shown
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    _enter(close)
    qtbot.waitUntil(lambda: closed != [], timeout=2000)
