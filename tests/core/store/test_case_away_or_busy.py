"""A case file out of reach for a while, or busy: the save waits, never gives up the text.

QA 19 F1 and F3. The vault folder renamed away and back (a memory stick pulled out and
plugged in again), an older copy put back in its place, and a second connection holding
a read transaction on the case file (as a backup's copy does) are all made for real here:
real files, real SQLCipher connections, nothing in the store replaced.
"""

from __future__ import annotations

import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk.store import CaseGone, KdfParams, Vault, db
from kastdesk.store.errors import CaseBusy, CaseDamaged, CaseOlderCopy, VaultBusy, VaultDamaged

from ...conftest import PASSPHRASE


def _open(folder: Path) -> tuple[Vault, object, str]:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    case = vault.add_client("K-1", name="Nils Testsson")
    session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
    case.sessions.save_note(session.id, "saved before")
    return vault, case, session.id


def test_the_vault_folder_renamed_away_and_back_saves_what_was_typed_meanwhile(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    vault, case, session_id = _open(folder)
    folder.rename(tmp_path / "stick pulled")
    for _ in range(2):  # every try while it is away says the same, and waits
        with pytest.raises(CaseGone) as info:
            case.sessions.save_note(session_id, "PART-B")
        assert info.value.retry_may_save
    (tmp_path / "stick pulled").rename(folder)
    case.sessions.save_note(session_id, "PART-B PART-C")
    assert case.sessions.get(session_id).note == "PART-B PART-C"
    # The register followed (the index was reached again too).
    assert vault._seen_head(case.client_id) == case.audit_head()
    vault.close()
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert again.open_case(case.client_id).sessions.get(session_id).note == "PART-B PART-C"
        assert again.verify() == []


def test_an_older_copy_put_back_is_not_written_and_the_text_still_waits(tmp_path: Path) -> None:
    """The file found again must be the same file: a copy from before the last save (a
    backup put back in its place) is refused, and the save waits for the newest."""
    folder = tmp_path / "vault"
    vault, case, session_id = _open(folder)
    older = tmp_path / "older.kcase"
    shutil.copyfile(case.path, older)
    case.sessions.save_note(session_id, "saved after the copy")
    newest = tmp_path / "newest.kcase"
    shutil.copyfile(case.path, newest)
    case.path.unlink()
    with pytest.raises(CaseGone):
        case.sessions.save_note(session_id, "typed while away")
    shutil.copyfile(older, case.path)
    with pytest.raises(CaseOlderCopy) as info:
        case.sessions.save_note(session_id, "typed while away")
    assert info.value.retry_may_save and not case.closed
    # Said as what it is (QA 19 R2: it went on saying "plug the stick back in").
    assert "older copy" in info.value.message and "plug" not in info.value.message
    assert older.read_bytes() == case.path.read_bytes()  # nothing was written to it
    shutil.copyfile(newest, case.path)
    case.sessions.save_note(session_id, "typed while away")
    assert case.sessions.get(session_id).note == "typed while away"
    vault.close()


def _hold_read(path: Path, key: bytes, damaged: type, holding: threading.Event,
               release: threading.Event) -> None:
    """A second, read-only connection in a read transaction: what a backup's copy holds."""
    conn = db.connect(path, key, damaged, read_only=True)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        holding.set()
        release.wait(20)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _holding(path: Path, key: bytes, damaged: type) -> tuple[threading.Thread, threading.Event]:
    holding, release = threading.Event(), threading.Event()
    thread = threading.Thread(target=_hold_read, args=(path, key, damaged, holding, release))
    thread.start()
    assert holding.wait(10)
    return thread, release


def test_a_case_file_busy_with_a_backup_is_busy_not_damaged(tmp_path: Path) -> None:
    """QA 19 F3: "database is locked" read as "damaged or tampered with; restore the vault
    from the newest backup". It is busy: the save says so and succeeds once let go."""
    folder = tmp_path / "vault"
    vault, case, session_id = _open(folder)
    thread, release = _holding(case.path, vault._case_key(case.client_id), CaseDamaged)
    try:
        with pytest.raises(CaseBusy) as info:
            case.sessions.save_note(session_id, "typed while the backup copies")
    finally:
        release.set()
        thread.join()
    assert info.value.retry_may_save
    assert "busy" in info.value.message and "backup" in info.value.message
    assert "Restore" not in info.value.message and "damaged" not in info.value.message
    assert not case.closed
    case.sessions.save_note(session_id, "typed while the backup copies")
    assert case.sessions.get(session_id).note == "typed while the backup copies"
    vault.close()


def test_the_index_busy_is_busy_not_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _case, _ = _open(folder)
    thread, release = _holding(folder / "index.kdb", vault._vault_key, VaultDamaged)
    try:
        with pytest.raises(VaultBusy) as info:
            vault.set_setting("therapist_name", "Kim Testare")
    finally:
        release.set()
        thread.join()
    assert info.value.retry_may_save and "Restore" not in info.value.message
    vault.set_setting("therapist_name", "Kim Testare")
    assert vault.get_setting("therapist_name") == "Kim Testare"
    vault.close()


def test_a_busy_wait_is_short() -> None:
    """A save waits this long for the other connection before it says "busy" (and is
    tried again): Python's default 5 s froze the typing."""
    assert db.BUSY_TIMEOUT_S <= 2.0


def test_the_index_out_of_reach_waits_and_is_opened_again_once_back(tmp_path: Path) -> None:
    """The index's connection is closed when a write finds it gone (a stick pulled out
    leaves it pointing at a disk no longer there), and opened again once it is back."""
    from kastdesk.store import VaultGone

    folder = tmp_path / "vault"
    vault, _case, _ = _open(folder)
    folder.rename(tmp_path / "stick pulled")
    with pytest.raises(VaultGone) as info:
        vault.set_setting("therapist_name", "Kim Testare")
    assert info.value.retry_may_save and "plug the stick back in" in info.value.message
    assert vault.is_open and vault._index is None  # closed, to be opened again
    with pytest.raises(VaultGone):
        vault.get_setting("therapist_name")
    (tmp_path / "stick pulled").rename(folder)
    vault.set_setting("therapist_name", "Kim Testare")
    assert vault.get_setting("therapist_name") == "Kim Testare"
    vault.close()
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert again.get_setting("therapist_name") == "Kim Testare"
        assert again.verify() == []


def test_the_passphrase_is_checked_against_the_open_vault_even_with_its_folder_away(
    tmp_path: Path,
) -> None:
    """The lock screen over unsaved text checks the passphrase against the open vault (the
    folder may be out of reach, so vault.json cannot be read); the unlock is logged where
    it can be."""
    from kastdesk.store import WrongPassphrase

    folder = tmp_path / "vault"
    vault, _case, _ = _open(folder)
    folder.rename(tmp_path / "stick pulled")
    with pytest.raises(WrongPassphrase):
        vault.confirm_passphrase("not the passphrase at all")
    vault.confirm_passphrase(PASSPHRASE)  # no error, though the folder is away
    (tmp_path / "stick pulled").rename(folder)
    vault.confirm_passphrase(PASSPHRASE)
    actions = [e.action for e in vault.audit_entries()]
    assert actions[0] == "Unlock"  # newest first
    vault.close()
