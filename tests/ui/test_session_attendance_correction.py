"""Correct attendance… on a signed session: the dialog, its required pick and reason, and
the session as it shows once corrected (the list, the editor, the amendment, the overview).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kastdesk.domain.models import Attendance, Status
from kastdesk.store import CaseFile, Vault
from kastdesk.ui.workspace import CaseWorkspace
from kastdesk.ui.workspace.overview import OverviewTab
from kastdesk.ui.workspace.sessions import AttendanceDialog, SessionsTab
from tests.ui.conftest import screenshot, shown_workspace, when_modal

TODAY = date(2027, 4, 6)
NOTE = "Did not come. Phoned at 11: he had mixed up the weeks."
PRESENT = 3  # the list's column: date, time, modality, present, signed


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """Held and signed 01-18 and 02-01; 02-15 signed as held though the client never came;
    04-13 booked ahead."""
    vault.today = lambda: TODAY
    vault.now = lambda: datetime(2027, 4, 6, 12)
    case = vault.add_client("K-2027-014", first_contact_date=date(2027, 1, 11))
    for day, note in ((1, "Mapped the last incident."), (2, "Consequence listing.")):
        session = case.sessions.add(datetime(2027, day, 18 if day == 1 else 1, 10), note=note)
        case.sessions.sign(session.id)
    mistake = case.sessions.add(datetime(2027, 2, 15, 10), note=NOTE)
    case.sessions.sign(mistake.id)
    case.sessions.add(datetime(2027, 4, 13, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 1, 18))
    return case


@pytest.fixture
def workspace(qtbot, vault: Vault, case: CaseFile) -> Iterator[CaseWorkspace]:
    ws = shown_workspace(qtbot, vault, case)
    yield ws
    ws.clear()


def _sessions_tab(ws: CaseWorkspace, session_id: str) -> SessionsTab:
    ws.set_current_tab("sessions")
    tab = ws.tab("sessions")
    assert isinstance(tab, SessionsTab)
    tab.set_current_session(session_id)
    QApplication.processEvents()
    return tab


def _mistake(case: CaseFile) -> str:
    return next(s.id for s in case.sessions.list() if s.note == NOTE)


def test_correcting_a_signed_session_to_did_not_attend(qtbot, workspace: CaseWorkspace,
                                                       case: CaseFile) -> None:
    sid = _mistake(case)
    tab = _sessions_tab(workspace, sid)
    editor = tab.editor
    assert not editor.attendance.isEnabled()  # signed: the field itself stays frozen
    assert editor.correct_button.isVisible() and editor.amend_button.isVisible()
    seen: list[str] = []

    def correct(dialog: AttendanceDialog) -> None:
        # The three other kinds, none picked; OK waits for a pick and a reason.
        assert sorted(dialog.buttons_by_value) == ["cancelled_by_client",
                                                   "cancelled_by_clinic", "no_show"]
        assert dialog.chosen() is None and not dialog.ok.isEnabled()
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Recorded now: Held" in texts
        dialog.buttons_by_value["no_show"].click()
        assert not dialog.ok.isEnabled()  # a reason is required too
        assert "no longer" not in dialog.effect.text()
        assert "not counted as a session held" in dialog.effect.text()
        assert dialog.effect.isVisible()
        qtbot.keyClicks(dialog.reason, "The client did not come; signed the booking by mistake")
        assert dialog.ok.isEnabled()
        screenshot(dialog, "attendance_correct_dialog")
        seen.append(dialog.windowTitle())
        dialog.ok.click()

    timer = when_modal(AttendanceDialog, correct)
    qtbot.mouseClick(editor.correct_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert seen == ["Correct attendance"]

    stored = case.sessions.get(sid)
    assert stored.attendance is Attendance.NO_SHOW
    assert stored.note == NOTE
    assert [(a.text, a.reason) for a in stored.amendments] == [
        ("Attendance corrected: held → did not attend.",
         "The client did not come; signed the booking by mistake")]
    assert case.audit_entries(limit=1)[0].action == "Correct attendance"
    # The editor shows it corrected: the field, its hint, the amendment beneath the note.
    QApplication.processEvents()
    assert editor.attendance.currentData() == "no_show"
    assert editor.attendance_hint.isVisible()
    assert editor.note.toPlainText() == NOTE and editor.note.isReadOnly()
    blocks = [label.text() for label in editor.amendments.findChildren(QLabel)]
    assert "Attendance corrected: held → did not attend." in blocks
    assert any("reason: The client did not come" in text for text in blocks)
    # The list marks it as not held, greyed and slanted.
    item = next(tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())
                if tab.list.topLevelItem(i).text(0) == "2027-02-15")
    assert item.text(PRESENT) == "Did not attend" and item.font(0).italic()
    screenshot(workspace, "attendance_corrected_session")
    # The overview's last contact follows.
    workspace.set_current_tab("overview")
    overview = workspace.tab("overview")
    assert isinstance(overview, OverviewTab)
    overview.refresh()
    assert overview.date_values["last_contact"].text() == "2027-02-01"


def test_a_session_ahead_cannot_be_picked_as_held(qtbot, workspace: CaseWorkspace,
                                                  case: CaseFile) -> None:
    ahead = case.sessions.list()[-1]
    case.sessions.sign(ahead.id)
    case.sessions.correct_attendance(ahead.id, Attendance.CANCELLED_BY_CLIENT, "Cancelled")
    tab = _sessions_tab(workspace, ahead.id)
    offered: dict[str, bool] = {}

    def look(dialog: AttendanceDialog) -> None:
        offered.update({v: b.isEnabled() for v, b in dialog.buttons_by_value.items()})
        screenshot(dialog, "attendance_correct_dialog_ahead")
        dialog.reject()

    timer = when_modal(AttendanceDialog, look)
    qtbot.mouseClick(tab.editor.correct_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert offered == {"held": False, "cancelled_by_clinic": True, "no_show": True}


def test_an_unsigned_session_has_no_correction(workspace: CaseWorkspace,
                                               case: CaseFile) -> None:
    booked = case.sessions.list()[-1]
    tab = _sessions_tab(workspace, booked.id)
    assert not tab.editor.correct_button.isVisible()
    assert tab.editor.attendance.isEnabled()  # a draft's attendance is simply chosen


def test_a_correction_kept_at_lock_opens_again_as_it_was(qtbot, workspace: CaseWorkspace,
                                                         case: CaseFile) -> None:
    """The correction's draft rides on the amendment's key: the workspace reopens it
    through the same door (``amend_current``)."""
    sid = _mistake(case)
    tab = _sessions_tab(workspace, sid)
    shown: list[tuple[str | None, str]] = []

    def look(dialog: AttendanceDialog) -> None:
        assert dialog.draft_key == f"amendment:{sid}"
        chosen = dialog.chosen()
        shown.append((chosen.value if chosen else None, dialog.reason.text()))
        dialog.reject()

    timer = when_modal(AttendanceDialog, look)
    tab.amend_current(draft={"attendance": "cancelled_by_client", "reason": "Rang at 9"})
    timer.stop()
    assert shown == [("cancelled_by_client", "Rang at 9")]
