"""Whether a session took place: held, cancelled (by the client or the clinic) or missed.

QA (F2, F3): a booked session the client never came to counted as held. It became the
last contact, so the 60-day silence never fired and the follow-up was dated from it, and
there was no way to say a session was cancelled or missed but to delete it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import Attendance, Status
from kastdesk.store import CaseDamaged, CaseFile, NoteSigned, Vault, db
from kastdesk.store.schema import CASE_MIGRATIONS
from tests.conftest import PASSPHRASE


@pytest.fixture
def case(vault: Vault) -> CaseFile:
    """Two sessions held (03-15, 03-29), one booked for 04-12; today is 2027-03-29."""
    vault.today = lambda: date(2027, 3, 29)
    # Evening on whatever day ``today`` says: the 13:00 session that day has been held
    # (by the real clock's time of day it was still ahead before 13:00).
    vault.now = lambda: datetime.combine(vault.today(), time(18))
    case = vault.add_client("K-2027-002", first_contact_date=date(2027, 3, 8))
    case.sessions.add(datetime(2027, 3, 15, 13))
    case.sessions.add(datetime(2027, 3, 29, 13))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 3, 15))
    return case


def _move_to(vault: Vault, day: date) -> None:
    vault.today = lambda: day
    vault.refresh_register()


def test_a_session_is_held_unless_marked_otherwise(case: CaseFile) -> None:
    session = case.sessions.add(datetime(2027, 4, 12, 13))
    assert session.attendance is Attendance.HELD and session.held
    missed = case.sessions.update(session.id, attendance=Attendance.NO_SHOW)
    assert missed.attendance is Attendance.NO_SHOW and not missed.held
    assert case.sessions.get(session.id).attendance is Attendance.NO_SHOW
    assert [s.attendance for s in case.sessions.list()][-1] is Attendance.NO_SHOW
    with pytest.raises(ValueError):
        case.sessions.update(session.id, attendance="forgot")


def test_a_no_show_is_no_contact_nor_the_start_of_the_follow_up(
    vault: Vault, case: CaseFile
) -> None:
    """Client B of the QA story: last contact 04-12 (the no-show), no silence warning 63
    days after the last session held, the follow-up set from the no-show."""
    booked = case.sessions.add(datetime(2027, 4, 12, 13), note="Did not come.")
    _move_to(vault, date(2027, 4, 12))
    case.sessions.update(booked.id, attendance=Attendance.NO_SHOW)
    _move_to(vault, date(2027, 5, 31))
    assert case.sessions.last_contact() == date(2027, 3, 29)
    entry = vault.client(case.client_id)
    assert entry.last_contact_date == date(2027, 3, 29)
    silent = due_lists(vault.clients(), date(2027, 5, 31)).silent
    assert [(i.entry.code, i.days) for i in silent] == [("K-2027-002", 63)]
    vault.today = lambda: date(2027, 6, 7)
    case.profile.set_status(Status.ENDED)
    assert case.profile.get().followup_due == date(2027, 9, 29)


def test_a_cancelled_booking_is_not_the_next_session(vault: Vault, case: CaseFile) -> None:
    booked = case.sessions.add(datetime(2027, 4, 12, 13))
    later = case.sessions.add(datetime(2027, 4, 26, 13))
    assert vault.client(case.client_id).next_session == booked.starts_at
    case.sessions.update(booked.id, attendance=Attendance.CANCELLED_BY_CLIENT)
    assert vault.client(case.client_id).next_session == later.starts_at
    case.sessions.update(later.id, attendance=Attendance.CANCELLED_BY_CLINIC)
    assert vault.client(case.client_id).next_session is None


def test_the_waiting_time_runs_on_when_the_first_session_was_missed(vault: Vault) -> None:
    """A client who did not come to the first appointment is still waiting for a session."""
    vault.today = lambda: date(2027, 1, 25)
    case = vault.add_client("K-2027-003", first_contact_date=date(2027, 1, 11))
    first = case.sessions.add(datetime(2027, 1, 18, 10))
    assert vault.client(case.client_id).first_session_date == date(2027, 1, 18)
    case.sessions.update(first.id, attendance=Attendance.NO_SHOW)
    entry = vault.client(case.client_id)
    assert entry.first_session_date is None
    assert [i.entry.code for i in due_lists(vault.clients(), date(2027, 1, 25)).waiting] == [
        "K-2027-003"]
    case.sessions.add(datetime(2027, 2, 1, 10))  # rebooked
    assert vault.client(case.client_id).first_session_date == date(2027, 2, 1)


def test_attendance_counts_only_what_has_begun(vault: Vault, case: CaseFile) -> None:
    missed = case.sessions.add(datetime(2027, 3, 22, 13))
    case.sessions.update(missed.id, attendance=Attendance.NO_SHOW)
    case.sessions.add(datetime(2027, 3, 25, 13), attendance=Attendance.CANCELLED_BY_CLIENT)
    case.sessions.add(datetime(2027, 4, 12, 13))  # ahead
    counts = case.sessions.attendance_counts(datetime(2027, 3, 29, 18))
    assert counts == {Attendance.HELD: 2, Attendance.NO_SHOW: 1,
                      Attendance.CANCELLED_BY_CLIENT: 1, Attendance.CANCELLED_BY_CLINIC: 0}
    assert case.sessions.count() == 5  # every session in the file


def test_attendance_changes_are_audited_and_frozen_by_signing(case: CaseFile) -> None:
    session = case.sessions.add(datetime(2027, 3, 22, 13), note="Phoned him afterwards.")
    case.sessions.update(session.id, attendance=Attendance.NO_SHOW)
    entry = case.audit_entries(limit=1)[0]  # newest first
    assert entry.action == "Edit session"
    assert entry.detail["attendance"] == "no_show"
    assert entry.detail["fields"] == ["attendance"]
    case.sessions.sign(session.id)  # a missed session's note (the phone call) is signed too
    with pytest.raises(NoteSigned):
        case.sessions.update(session.id, attendance=Attendance.HELD)


def test_a_restored_session_keeps_its_attendance(case: CaseFile) -> None:
    session = case.sessions.add(datetime(2027, 3, 22, 13),
                                attendance=Attendance.CANCELLED_BY_CLINIC)
    case.sessions.delete(session.id)
    back = case.sessions.restore(session)
    assert back.attendance is Attendance.CANCELLED_BY_CLINIC


def _to_first_schema(path: Path, key: bytes) -> None:
    """Rewrite a case file as KastDesk wrote it before attendance: schema version 1."""
    conn = db.connect(path, key, CaseDamaged)
    try:
        conn.execute("ALTER TABLE sessions DROP COLUMN attendance")
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()


def test_a_case_file_of_the_first_schema_is_brought_forward(vault_dir: Path,
                                                            vault: Vault) -> None:
    """A file written before attendance existed opens, every session in it held."""
    vault.today = lambda: date(2027, 3, 29)
    case = vault.add_client("K-2027-004", first_contact_date=date(2027, 3, 1))
    case.sessions.add(datetime(2027, 3, 8, 10), note="Held, from the old days.")
    case.sessions.add(datetime(2027, 3, 15, 10))
    client_id, key, path = case.client_id, vault._case_key(case.client_id), case.path
    vault.close()
    _to_first_schema(path, key)
    old = db.connect(path, key, CaseDamaged)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "attendance" not in {r[1] for r in old.execute("PRAGMA table_info(sessions)")}
    old.close()

    again = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        again.today = lambda: date(2027, 3, 29)
        reopened = again.open_case(client_id)
        sessions = reopened.sessions.list()
        assert [s.attendance for s in sessions] == [Attendance.HELD, Attendance.HELD]
        assert sessions[0].note == "Held, from the old days."
        assert reopened.sessions.last_contact() == date(2027, 3, 15)
        assert reopened.verify() == []
        reopened.sessions.update(sessions[1].id, attendance=Attendance.NO_SHOW)
        assert reopened.sessions.last_contact() == date(2027, 3, 8)
    finally:
        again.close()
    conn = db.connect(path, key, CaseDamaged)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(CASE_MIGRATIONS) == 2
    conn.close()
