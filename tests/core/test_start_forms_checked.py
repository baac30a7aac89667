"""Register lines from before the start-form state are checked without opening each case.

QA 19 #12: after an upgrade every register line had no start-form state (index schema step 3
fills it when a case is opened), so the Due list's group "Start self-rating not filled in at
the first session" said "Nothing here." about a case 210 days overdue. The states are now
read after unlock in a worker thread (``kastdesk.store.startforms``): the vault's thread
gathers what the worker needs and writes the states, the worker opens each case file
read-only with a connection of its own. A line still unknown is named by the Due list.
"""

from __future__ import annotations

import shutil
import threading
from datetime import date, datetime
from pathlib import Path

from kastdesk.domain.due import due_lists
from kastdesk.domain.models import ClientId, RegisterEntry, Status
from kastdesk.forms import EnteredBy, FormResponse
from kastdesk.forms.storage import save_response
from kastdesk.store import CaseFile, Vault
from kastdesk.store.startforms import read_start_forms
from tests.conftest import PASSPHRASE

TODAY = date(2026, 5, 4)


def _in_treatment(vault: Vault, code: str, first_session: datetime) -> CaseFile:
    case = vault.add_client(code, first_contact_date=date(2026, 3, 2))
    case.sessions.add(first_session)
    case.profile.set_status(Status.INTAKE, at=first_session.date())
    case.profile.set_status(Status.IN_TREATMENT, at=first_session.date())
    return case


def _finished_start_form(case: CaseFile, day: date) -> None:
    save_response(case, FormResponse("self_rating", 2, "start", day, EnteredBy.CLIENT, {
        "reason_in_words": "Min partner hittade kvittona.", "has_bought_sex": True,
        "wellbeing": "bad", "control_unwanted_impulses": "rarely"}, point="start"))


def _as_before_the_upgrade(vault: Vault, vault_dir: Path) -> Vault:
    """The register as index schema step 3 leaves a line written before it: no state."""
    vault.index.execute("UPDATE clients SET start_form = NULL")
    vault.close()
    again = Vault.unlock(vault_dir, PASSPHRASE)
    again.today = lambda: TODAY  # type: ignore[method-assign]
    return again


def _codes(vault: Vault) -> dict[str, str]:
    return {e.id: e.code for e in vault.clients()}


def test_the_states_are_read_in_a_worker_and_kept(vault_dir: Path, vault: Vault) -> None:
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    _in_treatment(vault, "K-2026-101", datetime(2026, 4, 6, 10))
    done = _in_treatment(vault, "K-2026-102", datetime(2026, 4, 13, 10))
    _finished_start_form(done, date(2026, 4, 13))
    vault = _as_before_the_upgrade(vault, vault_dir)
    try:
        before = {p.name: p.read_bytes() for p in (vault_dir / "cases").iterdir()}
        assert due_lists(vault.clients(), TODAY).start_forms == []
        lists = due_lists(vault.clients(), TODAY)
        assert [i.entry.code for i in lists.unchecked_start_forms] == ["K-2026-101",
                                                                       "K-2026-102"]
        assert len(lists) == 0  # not known: nothing is counted as due

        checks = vault.start_form_checks()
        assert sorted(_codes(vault)[c.client_id] for c in checks) == ["K-2026-101",
                                                                       "K-2026-102"]
        found: dict[str, str] = {}
        worker = threading.Thread(target=lambda: found.update(read_start_forms(checks)))
        worker.start()
        worker.join(30)
        assert {_codes(vault)[k]: v for k, v in found.items()} == {
            "K-2026-101": "none", "K-2026-102": "done"}
        # The worker wrote nothing to the case files (no "Open case", no upgrade).
        assert {p.name: p.read_bytes() for p in (vault_dir / "cases").iterdir()} == before

        assert sorted(vault.keep_start_forms(found)) == sorted(found)
        lists = due_lists(vault.clients(), TODAY)
        assert [(i.entry.code, i.days) for i in lists.start_forms] == [("K-2026-101", 28)]
        assert lists.unchecked_start_forms == []
        assert vault.start_form_checks() == []
    finally:
        vault.close()


def test_a_line_written_meanwhile_and_an_open_case_are_left_alone(vault_dir: Path,
                                                                  vault: Vault) -> None:
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    first = _in_treatment(vault, "K-2026-103", datetime(2026, 4, 6, 10)).client_id
    second = _in_treatment(vault, "K-2026-104", datetime(2026, 4, 6, 10)).client_id
    vault = _as_before_the_upgrade(vault, vault_dir)
    try:
        checks = vault.start_form_checks()
        found = read_start_forms(checks)
        assert found == {first: "none", second: "none"}
        # Meanwhile the client filled the start form in (the case's save keeps "done").
        case = vault.open_case(first)
        _finished_start_form(case, date(2026, 4, 6))
        assert vault.client(first).start_form == "done"
        assert vault.keep_start_forms(found) == [second]  # "none" read before stays out
        assert vault.client(first).start_form == "done"
        # A case open in the app is not read again: opening it filled its line.
        vault.index.execute("UPDATE clients SET start_form = NULL WHERE id = ?", (first,))
        assert [c.client_id for c in vault.start_form_checks()] == []
    finally:
        vault.close()


def test_an_older_copy_or_an_unreadable_file_stays_unchecked(vault_dir: Path, vault: Vault,
                                                             tmp_path: Path) -> None:
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    old = _in_treatment(vault, "K-2026-105", datetime(2026, 4, 6, 10))
    kept = tmp_path / "older.kcase"
    shutil.copyfile(old.path, kept)
    _finished_start_form(old, date(2026, 4, 6))  # the register saw this entry
    broken = _in_treatment(vault, "K-2026-106", datetime(2026, 4, 6, 10))
    old_id, broken_id, old_path, broken_path = old.client_id, broken.client_id, old.path, \
        broken.path
    vault = _as_before_the_upgrade(vault, vault_dir)
    try:
        shutil.copyfile(kept, old_path)  # a backup copy put back: "none" is out of date
        broken_path.write_bytes(b"\0" * 4096)
        found = read_start_forms(vault.start_form_checks())
        assert found == {}
        lists = due_lists(vault.clients(), TODAY)
        assert sorted(i.entry.id for i in lists.unchecked_start_forms) == sorted(
            [old_id, broken_id])
    finally:
        vault.close()


def test_stopping_ends_the_reading(vault_dir: Path, vault: Vault) -> None:
    vault.today = lambda: TODAY  # type: ignore[method-assign]
    _in_treatment(vault, "K-2026-107", datetime(2026, 4, 6, 10))
    vault = _as_before_the_upgrade(vault, vault_dir)
    try:
        stop = threading.Event()
        stop.set()
        assert read_start_forms(vault.start_form_checks(), stop) == {}
    finally:
        vault.close()


def test_only_lines_before_the_end_are_named_unchecked() -> None:
    def line(code: str, status: Status, first_session: date | None) -> RegisterEntry:
        return RegisterEntry(
            id=ClientId(code), code=code, name=None, status=status,
            first_contact_date=date(2026, 1, 5), first_session_date=first_session,
            last_contact_date=None, next_session=None, followup_due=None,
            flags=(), created_at="", start_form=None)

    lists = due_lists([
        line("A", Status.IN_TREATMENT, date(2026, 1, 12)),
        line("B", Status.INTAKE, date(2026, 5, 4)),
        line("C", Status.ENDED, date(2026, 1, 12)),
        line("D", Status.INTAKE, date(2026, 5, 11)),  # booked, ahead
        line("E", Status.FIRST_CONTACT, None),
    ], TODAY)
    assert [(i.entry.code, i.days) for i in lists.unchecked_start_forms] == [("A", 112),
                                                                            ("B", 0)]
    assert lists.start_forms == []
