"""Held, cancelled or not attended: the session editor's choice, the list's mark, and the
overview that counts only sessions held (QA F2, F3, F5, F7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from kastdesk.domain.models import Attendance, Status
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.overview import OverviewTab
from kastdesk.ui.workspace.sessions import SessionsTab
from tests.ui.conftest import screenshot, shown_workspace

TODAY = date(2027, 2, 15)
PRESENT = 3  # the list's column: date, time, modality, present, signed


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """Held 02-01 and 02-08 (signed); 02-15 at 10:00 held today; 02-22 booked."""
    vault.today = lambda: TODAY
    vault.now = lambda: datetime(2027, 2, 15, 18)
    case = vault.add_client("K-2027-001", first_contact_date=date(2027, 1, 11))
    for day in (1, 8):
        session = case.sessions.add(datetime(2027, 2, day, 10), note=f"Session of the {day}th.")
        case.sessions.sign(session.id)
    case.sessions.add(datetime(2027, 2, 15, 10), note="Today.")
    case.sessions.add(datetime(2027, 2, 22, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    return case


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:
    ws = shown_workspace(qtbot, vault, case)
    yield ws
    ws.clear()


def _sessions_tab(ws: CaseWorkspace) -> SessionsTab:
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    QApplication.processEvents()
    return tab


def _overview_text(ws: CaseWorkspace) -> str:
    ws.set_current_tab("overview")
    tab = ws.tab("overview")
    assert isinstance(tab, OverviewTab)
    tab.refresh()
    return tab.sessions_label.text()


def test_the_editor_marks_a_session_not_attended(qtbot, workspace: CaseWorkspace,
                                                 case: CaseFile) -> None:
    tab = _sessions_tab(workspace)
    today = next(s for s in case.sessions.list() if s.starts_at.day == 15)
    tab.set_current_session(today.id)
    editor = tab.editor
    assert editor.attendance.currentData() == "held"
    assert editor.attendance_hint.isHidden()
    editor.attendance.setCurrentIndex(editor.attendance.findData("no_show"))
    assert not editor.attendance_hint.isHidden()
    assert "phone call" in editor.note.placeholderText()
    editor.note.setPlainText("Did not come. Phoned him at 11: he had forgotten.")
    editor.save()
    stored = case.sessions.get(today.id)
    assert stored.attendance is Attendance.NO_SHOW
    assert stored.note == "Did not come. Phoned him at 11: he had forgotten."
    entry = case.audit_entries(limit=2)
    assert any(e.action == "Edit session" and e.detail.get("attendance") == "no_show"
               for e in entry)
    item = next(tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())
                if tab.list.topLevelItem(i).text(0) == "2027-02-15")
    assert item.text(PRESENT) == "Did not attend" and item.font(0).italic()
    assert item.toolTip(PRESENT) == "Did not attend"
    screenshot(workspace, "session_attendance_no_show")
    # The last contact and the register follow.
    assert case.sessions.last_contact() == date(2027, 2, 8)


def test_a_signed_sessions_attendance_is_frozen(workspace: CaseWorkspace,
                                                case: CaseFile) -> None:
    tab = _sessions_tab(workspace)
    signed = case.sessions.list()[0]
    tab.set_current_session(signed.id)
    assert not tab.editor.attendance.isEnabled()


def test_a_cancelled_session_is_marked_in_the_list(workspace: CaseWorkspace,
                                                   case: CaseFile) -> None:
    booked = case.sessions.list()[-1]
    case.sessions.update(booked.id, attendance=Attendance.CANCELLED_BY_CLIENT)
    tab = _sessions_tab(workspace)
    top = tab.list.topLevelItem(0)
    assert top.text(0) == "2027-02-22" and top.text(PRESENT) == "Cancelled"
    assert top.toolTip(PRESENT) == "Cancelled by the client"


def test_the_overview_lists_no_booking_ahead_among_the_last_sessions(
    workspace: CaseWorkspace,
) -> None:
    """QA F7: "2027-02-22 10:00 · In person · Client" first under "Last sessions", and
    "4 sessions in all" for three held."""
    text = _overview_text(workspace)
    assert "2027-02-22" not in text
    assert text.splitlines()[0].startswith("2027-02-15 10:00")
    assert "in all" not in text  # three held, all of them shown


def test_the_overview_counts_sessions_not_held_apart(workspace: CaseWorkspace,
                                                     case: CaseFile) -> None:
    today = next(s for s in case.sessions.list() if s.starts_at.day == 15)
    case.sessions.update(today.id, attendance=Attendance.NO_SHOW)
    text = _overview_text(workspace)
    assert "2027-02-15 10:00 · In person · ✗ Did not attend" in text
    assert "2 sessions held in all; 1 cancelled or not attended." in text
    overview = workspace.tab("overview")
    assert isinstance(overview, OverviewTab)
    assert overview.date_values["last_contact"].text() == "2027-02-08"
    assert overview.date_values["next_session"].text().startswith("2027-02-22")
    screenshot(workspace, "overview_attendance")


def test_a_closed_case_has_no_follow_up_planned(workspace: CaseWorkspace,
                                                case: CaseFile) -> None:
    """QA F5: a closed case still said "Follow-up planned 2029-12-28"."""
    case.profile.set_status(Status.ENDED, at=TODAY)
    overview = workspace.tab("overview")
    assert isinstance(overview, OverviewTab)
    overview.refresh()
    assert overview.date_values["followup_due"].text() == "2027-08-15"
    case.profile.set_status(Status.CLOSED, at=TODAY)
    overview.refresh()
    assert overview.date_values["followup_due"].text() == "none (the case is closed)"


@pytest.mark.parametrize("points", [14], indirect=True)
def test_a_long_follow_up_value_wraps_at_1024(qtbot, points, every_language,  # type: ignore[no-untyped-def]
                                             workspace: CaseWorkspace, case: CaseFile) -> None:
    """A follow-up missed before closing reads "<date> (passed; the case is closed)": at 14 pt
    beside the register it ran off the overview's side (a horizontal scroll bar, Norwegian)."""
    case.profile.set_status(Status.ENDED, at=TODAY)
    case.profile.set_followup_due(date(2027, 2, 20))
    case.profile.set_status(Status.CLOSED, at=date(2027, 3, 1))
    workspace.resize(700, 600)  # the case's share of a 1024 px window
    overview = workspace.tab("overview")
    assert isinstance(overview, OverviewTab)
    workspace.set_current_tab("overview")
    overview.refresh()
    qtbot.wait(50)
    assert "2027-02-20 (" in overview.date_values["followup_due"].text()
    area = overview.findChild(QScrollArea)
    assert area is not None and not area.horizontalScrollBar().isVisible()
