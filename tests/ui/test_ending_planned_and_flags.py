"""Ending treatment with sessions still booked, and a returning client's risk flags
(QA 21-2 findings 1 and 2).

Ending K-2026-004 left its sessions booked after the end on the case; once it was closed
the register's Next column showed one as the client's next appointment. And the returning
client's new case said "No risk flags" while the earlier case had an active suicidal-
thoughts flag; the dialog said nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from kastdesk.domain.models import Attendance, RiskKind, Status
from kastdesk.domain.status import EndReason
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.cases.register import Column, RegisterPanel
from kastdesk.ui.cases.returning_client import ReturningClientDialog
from kastdesk.ui.cases.status import EndingDialog, change_status
from tests.ui.conftest import screenshot, when_modal

TODAY = date(2026, 11, 1)


def _in_treatment(vault: Vault) -> CaseFile:
    """Seen 2026-10-18, with sessions booked for 2026-11-08 and 2026-11-29."""
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    case = vault.add_client("K-2026-104", first_contact_date=date(2026, 9, 1))
    case.sessions.add(datetime(2026, 10, 4, 10))
    case.sessions.add(datetime(2026, 10, 18, 10))
    case.sessions.add(datetime(2026, 11, 8, 10))
    case.sessions.add(datetime(2026, 11, 29, 10))
    case.profile.set_status(Status.INTAKE, at=date(2026, 10, 4))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2026, 10, 4))
    return case


def _end(qtbot, case: CaseFile, act: Callable[[EndingDialog], Any]) -> list[str]:  # type: ignore[no-untyped-def]
    """End treatment through the app's dialog; what it said of the booked sessions."""
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []

    def answer(dialog: EndingDialog) -> None:
        box = dialog.findChild(QWidget, "plannedSessions")
        note = dialog.findChild(QWidget, "plannedSessionsNote")
        said.append(note.text() if note is not None else "")
        if box is not None:
            screenshot(dialog, "ending_dialog_planned_sessions")
        act(dialog)

    timer = when_modal(EndingDialog, answer)
    try:
        assert change_status(parent, case, Status.ENDED)
    finally:
        timer.stop()
    for box in parent.findChildren(QWidget, "followUpInfo"):
        box.close()
    return said


def _next_cell(qtbot, vault: Vault, code: str) -> str:  # type: ignore[no-untyped-def]
    panel = RegisterPanel(lambda: TODAY)
    qtbot.addWidget(panel)
    panel.load(vault.clients())
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, Column.CODE).data() == code)
    return str(panel.proxy.index(row, Column.NEXT).data() or "")


def test_ending_names_the_booked_sessions_and_cancels_them(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _in_treatment(vault)

    def act(dialog: EndingDialog) -> None:
        assert dialog.cancel_planned is not None and dialog.cancel_planned.isChecked()
        dialog.reason_buttons[EndReason.COMPLETED].click()
        dialog.ok.click()

    said = _end(qtbot, case, act)
    assert said == ["2 sessions still booked ahead:\n• 2026-11-08 10:00\n• 2026-11-29 10:00"]
    booked = [s for s in case.sessions.list() if s.starts_at.date() > TODAY]
    assert [s.attendance for s in booked] == [Attendance.CANCELLED_BY_CLINIC] * 2
    assert all(s.note == "Cancelled: treatment ended." for s in booked)
    # The follow-up counts from the last session held, not from one called off.
    assert case.profile.get().followup_due == date(2027, 4, 18)
    assert vault.client(case.client_id).next_session is None


def test_unticked_the_sessions_stay_booked_but_are_no_next_for_an_ended_case(
        qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _in_treatment(vault)

    def act(dialog: EndingDialog) -> None:
        assert dialog.cancel_planned is not None
        dialog.cancel_planned.setChecked(False)
        dialog.ok.click()

    _end(qtbot, case, act)
    booked = [s for s in case.sessions.list() if s.starts_at.date() > TODAY]
    assert [s.attendance for s in booked] == [Attendance.HELD] * 2
    # Ended without a follow-up date (the date cleared by hand), closed: no "Next".
    case.profile.set_followup_due(None)
    assert _next_cell(qtbot, vault, "K-2026-104") == ""
    case.profile.set_status(Status.CLOSED)
    assert _next_cell(qtbot, vault, "K-2026-104") == ""


def test_no_booked_sessions_no_box(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    dialog = EndingDialog(Status.IN_TREATMENT, Status.ENDED)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, "plannedSessions") is None
    assert dialog.ending().cancel_sessions == ()


def test_the_returning_dialog_says_the_active_flags_come_along(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case = _in_treatment(vault)
    case.flags.raise_flag(RiskKind.SUICIDAL, "Said he had thought of ending it",
                          at=datetime(2026, 10, 18, 12, tzinfo=UTC))
    case.profile.set_status(Status.ENDED)
    dialog = ReturningClientDialog(vault, case, privacy=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "returning_client_dialog_carried_flags")
    assert dialog.flags_note is not None
    assert dialog.flags_note.text() == (
        "1 active risk flag of K-2026-104 will be raised on the new case too, noted as "
        "carried over: Suicidal thoughts.")
    created: list[str] = []
    dialog.created.connect(created.append)
    dialog.ok.click()
    assert created, dialog.message.text()
    new = vault.open_case(created[0])
    assert [f.kind for f in new.flags.list(active_only=True)] == [RiskKind.SUICIDAL]
    assert vault.client(created[0]).flags == ("suicidal_thoughts",)
