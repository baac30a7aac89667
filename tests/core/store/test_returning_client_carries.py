"""What a returning client's new case carries from the earlier one (QA 21-2 findings 1-3).

Ending K-2026-004 (an active suicidal-thoughts flag) and starting the new case gave a new
case with "No risk flags"; closing the earlier case through the new-case step erased why
treatment ended; and a closed case kept a session booked after the end as its "Next".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kastdesk.domain.models import Attendance, RiskKind, Status
from kastdesk.store import CaseFile, Vault


def _ended(vault: Vault) -> CaseFile:
    """In treatment from 2027-02-01 with a session booked for 2027-09-06; ended 2027-08-02
    as completed (the reason's code in the audit, as the ending dialog writes it)."""
    vault.today = lambda: date(2027, 8, 2)  # type: ignore[method-assign]
    case = vault.add_client("K-2027-004", first_contact_date=date(2027, 1, 11))
    case.sessions.add(datetime(2027, 2, 1, 10))
    case.sessions.add(datetime(2027, 9, 6, 10))
    case.profile.set_status(Status.IN_TREATMENT, at=date(2027, 2, 1))
    with case.transaction("Change status") as changes:
        changes.detail["reason"] = "completed"
        case.profile.set_status(Status.ENDED, note="Treatment completed")
    return case


def test_active_flags_are_raised_on_the_new_case_cleared_ones_are_not(vault: Vault) -> None:
    old = _ended(vault)
    old.flags.raise_flag(RiskKind.SUICIDAL, "Said he had thought of ending it",
                         at=datetime(2027, 3, 8, 12, tzinfo=UTC))
    old.flags.raise_flag(RiskKind.VIOLENCE, at=datetime(2027, 4, 5, 12, tzinfo=UTC))
    gone = old.flags.raise_flag(RiskKind.CHILD_AT_RISK, "Worry about the son, settled")
    old.flags.clear(gone.id)

    new = vault.add_returning_client(old.client_id, "K-2027-009", close_previous=True)

    flags = new.flags.list(active_only=True)
    assert [f.kind for f in flags] == [RiskKind.SUICIDAL, RiskKind.VIOLENCE]
    assert flags[0].note == ("Said he had thought of ending it · Carried over from "
                             "K-2027-004, where it was raised on 2027-03-08.")
    assert flags[1].note == "Carried over from K-2027-004, where it was raised on 2027-04-05."
    assert new.flags.list() == flags  # the cleared one stays with the earlier case
    # The register marks the new case, and each flag is audited as raised.
    assert set(vault.client(new.client_id).flags) == {"suicidal_thoughts", "violence"}
    raised = [e for e in new.audit_entries() if e.action == "Raise risk flag"]
    assert len(raised) == 2 and all(e.detail["carried_from"] == "K-2027-004" for e in raised)
    assert "ending it" not in str([e.detail for e in new.audit_entries()])
    logged = [e for e in vault.audit_entries() if e.action == "Register returning client"]
    assert logged[0].detail["flags"] == 2


def test_closing_through_the_new_case_keeps_why_treatment_ended(vault: Vault) -> None:
    old = _ended(vault)
    assert vault.client(old.client_id).end_reason == "completed"
    vault.add_returning_client(old.client_id, "K-2027-009", close_previous=True,
                               close_note="Client came back: new case K-2027-009")
    entry = vault.client(old.client_id)
    assert entry.status is Status.CLOSED
    assert entry.end_reason == "completed"


def test_a_closed_case_has_no_next_session(vault: Vault) -> None:
    old = _ended(vault)
    assert vault.client(old.client_id).next_session == datetime(2027, 9, 6, 10)
    old.profile.set_status(Status.CLOSED)
    assert vault.client(old.client_id).next_session is None
    assert old.summary().next_session is None


def test_cancel_planned_cancels_the_sessions_booked_ahead_with_the_reason(
        vault: Vault) -> None:
    vault.today = lambda: date(2027, 8, 2)  # type: ignore[method-assign]
    case = vault.add_client("K-2027-005", first_contact_date=date(2027, 1, 11))
    case.sessions.add(datetime(2027, 2, 1, 10))
    ahead = case.sessions.add(datetime(2027, 9, 6, 10), note="Bring the diary")
    later = case.sessions.add(datetime(2027, 9, 20, 10))
    called_off = case.sessions.add(datetime(2027, 9, 27, 10),
                                   attendance=Attendance.CANCELLED_BY_CLIENT)
    planned = case.sessions.planned_after()
    assert [s.id for s in planned] == [ahead.id, later.id]
    assert called_off.id not in [s.id for s in planned]

    case.sessions.cancel_planned([s.id for s in planned], "Cancelled: treatment ended.")

    assert case.sessions.planned_after() == []
    assert case.sessions.next_session() is None
    first, second = case.sessions.get(ahead.id), case.sessions.get(later.id)
    assert first.attendance is second.attendance is Attendance.CANCELLED_BY_CLINIC
    assert first.note == "Bring the diary\n\nCancelled: treatment ended."
    assert second.note == "Cancelled: treatment ended."
    assert case.sessions.get(called_off.id).attendance is Attendance.CANCELLED_BY_CLIENT
