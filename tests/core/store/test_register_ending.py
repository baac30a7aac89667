"""The register knows since when a case has its status and why it ended or closed.

The register is drawn from the index alone; the reason for an ending was only in the case
file (its history's words and its audit log), so the list could not say "dropped out"
without opening every case. The index keeps the day and the reason's code (schema step 2),
filled on every change of the case and, for a vault from before, when a case is opened.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.models import Status
from kastdesk.domain.status import EndReason, status_note
from kastdesk.store import CaseFile, Vault
from kastdesk.store.schema import INDEX_MIGRATIONS
from tests.conftest import PASSPHRASE


def _move(case: CaseFile, status: Status, at: date, reason: EndReason | None = None) -> None:
    """A status change as the app's status menu writes it: the reason's code with the
    change in the audit log, its words in the history's note."""
    with case.transaction("Change status") as changes:
        if reason is not None:
            changes.detail["reason"] = reason.value
        case.profile.set_status(status, at=at, note=status_note(reason))


def _course(vault: Vault, code: str = "K-2027-031") -> CaseFile:
    vault.today = lambda: date(2027, 6, 30)
    case = vault.add_client(code, first_contact_date=date(2027, 1, 4))
    case.sessions.add(datetime(2027, 1, 11, 10))
    case.sessions.add(datetime(2027, 2, 8, 10))
    _move(case, Status.IN_TREATMENT, date(2027, 1, 11))
    return case


def test_the_register_says_since_when_and_why_a_case_ended(vault: Vault) -> None:
    case = _course(vault)
    entry = vault.client(case.client_id)
    assert entry.status_since == date(2027, 1, 11) and entry.end_reason is None

    _move(case, Status.ENDED, date(2027, 3, 15), EndReason.DROPPED_OUT)
    entry = vault.client(case.client_id)
    assert (entry.status, entry.status_since) == (Status.ENDED, date(2027, 3, 15))
    assert entry.end_reason == "dropped_out"

    # "Close the case as well": the closing carries the ending's reason.
    _move(case, Status.CLOSED, date(2027, 3, 15), EndReason.DROPPED_OUT)
    entry = vault.clients()[0]
    assert (entry.status, entry.end_reason) == (Status.CLOSED, "dropped_out")

    # Any later change keeps it (every commit writes the line again).
    case.sessions.add(datetime(2027, 4, 2, 9), note="Letter returned unopened.")
    assert vault.client(case.client_id).end_reason == "dropped_out"


def test_a_case_reopened_and_closed_without_a_reason_has_none(vault: Vault) -> None:
    case = _course(vault, "K-2027-032")
    _move(case, Status.CLOSED, date(2027, 3, 1), EndReason.REFERRED)
    _move(case, Status.IN_TREATMENT, date(2027, 4, 5))
    entry = vault.client(case.client_id)
    assert (entry.status_since, entry.end_reason) == (date(2027, 4, 5), None)
    _move(case, Status.CLOSED, date(2027, 6, 1))
    entry = vault.client(case.client_id)
    assert (entry.status_since, entry.end_reason) == (date(2027, 6, 1), None)


def _to_first_index_schema(vault: Vault) -> None:
    """The index as KastDesk wrote it before it kept the status day and reason."""
    conn = vault.index
    conn.execute("ALTER TABLE clients DROP COLUMN status_since")
    conn.execute("ALTER TABLE clients DROP COLUMN end_reason")
    conn.execute("ALTER TABLE clients DROP COLUMN start_form")  # step 3, after these
    conn.execute("PRAGMA user_version = 1")


def test_an_index_from_before_is_filled_when_a_case_is_opened(
    vault_dir: Path, vault: Vault
) -> None:
    opened = _course(vault, "K-2027-033")
    _move(opened, Status.ENDED, date(2027, 3, 15), EndReason.COMPLETED)
    untouched = _course(vault, "K-2027-034")
    _move(untouched, Status.CLOSED, date(2027, 3, 20), EndReason.NOT_REACHED)
    ids = opened.client_id, untouched.client_id
    _to_first_index_schema(vault)
    vault.close()

    again = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert again.index.execute("PRAGMA user_version").fetchone()[0] == len(
            INDEX_MIGRATIONS) == 3
        # Unlocking opens no case: both lines show the status alone for now.
        lines = {e.id: e for e in again.clients()}
        assert all(lines[i].status_since is None and lines[i].end_reason is None for i in ids)
        assert again._open_cases == {}

        again.open_case(ids[0])
        entry = again.client(ids[0])
        assert (entry.status, entry.status_since) == (Status.ENDED, date(2027, 3, 15))
        assert entry.end_reason == "completed"
        assert again.client(ids[1]).end_reason is None  # not opened, not read
        again.close_case(ids[0])
    finally:
        again.close()
