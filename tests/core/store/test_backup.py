"""Backups and restores: one consistent file, checked before use, and nothing destroyed.

Each test is one behaviour a therapist relies on: a backup taken while notes are being
saved restores into a vault that opens every case; a truncated or tampered backup is
refused in one sentence and changes nothing; a restore keeps the vault it replaces; a full
disk leaves no half file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from kastdesk.store import KdfParams, StoreError, Vault, WrongPassphrase
from kastdesk.store import backup as backup_module
from kastdesk.store.backup import (
    BackupDamaged,
    BackupDiskFull,
    BackupError,
    BackupIntoVault,
    BackupResult,
    BackupWrongPassphrase,
    BackupWrongRecoveryKey,
    RestoreRefused,
    VaultWouldBeReplaced,
    aside_folder,
    backup_due,
    check_backup,
    default_backup_name,
    holds_vault,
    last_backup,
    make_backup,
    read_backup,
    reminder_days,
    restore_backup,
    set_reminder_days,
)
from kastdesk.store.errors import VaultInUse

from ...conftest import PASSPHRASE

NOW = datetime(2026, 12, 3, 9, 15, tzinfo=UTC)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (but the lock, which holds only who has it open)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "vault.lock"}


@pytest.fixture
def demo(demo_vault: Path) -> Path:
    return demo_vault


@pytest.fixture
def backup_file(demo: Path, tmp_path: Path) -> Path:
    out = tmp_path / "usb" / "KastDesk-backup-2026-12-03.kastbak"
    out.parent.mkdir()
    with Vault.unlock(demo, PASSPHRASE) as vault:
        make_backup(vault, out, now=NOW)
    return out


def _rewrite(source: Path, target: Path, change: dict[str, bytes],
             fix_manifest: bool = False) -> None:
    """Copy a backup with some members' bytes replaced (a tampered copy); with
    ``fix_manifest`` the checksums are rewritten to match, as a careful forger would."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        manifest = json.loads(zin.read("manifest.json"))
        for info in zin.infolist():
            data = change.get(info.filename, zin.read(info.filename))
            if info.filename == "manifest.json" and fix_manifest:
                for f in manifest["files"]:
                    if f["name"] in change:
                        f["size"] = len(change[f["name"]])
                        f["sha256"] = hashlib.sha256(change[f["name"]]).hexdigest()
                data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            zout.writestr(info, data)


# -- backing up ------------------------------------------------------------------------------
def test_a_backup_is_one_file_that_restores_the_whole_vault(
    demo: Path, backup_file: Path, tmp_path: Path,
) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault:
        codes = [c.code for c in vault.clients()]
        notes = {c.code: [s.note for s in vault.open_case(c.id).sessions.list()]
                 for c in vault.clients()}
    assert backup_file.name == default_backup_name(NOW)
    assert [p.name for p in backup_file.parent.iterdir()] == [backup_file.name]
    info = check_backup(backup_file, passphrase=PASSPHRASE)
    assert info.clients == len(codes) and info.case_files == len(codes)
    assert info.created == NOW and not info.missing

    restored = restore_backup(backup_file, tmp_path / "new", passphrase=PASSPHRASE)
    with restored.vault as vault:
        assert restored.aside is None
        assert vault.verify() == []
        assert [c.code for c in vault.clients()] == codes
        assert {c.code: [s.note for s in vault.open_case(c.id).sessions.list()]
                for c in vault.clients()} == notes
        assert last_backup(vault) == NOW  # the restored vault is exactly that backup
        entry = vault.audit_entries(1)[0]
        assert entry.action == "Restore from backup" and entry.detail["moved_aside"] is None


def test_the_backup_holds_no_plaintext(demo: Path, backup_file: Path) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault:
        words = {c.code.encode() for c in vault.clients()}
        words |= {s.note[:30].encode() for c in vault.clients()
                  for s in vault.open_case(c.id, audit_open=False).sessions.list() if s.note}
    data = backup_file.read_bytes()
    assert words and not [w for w in words if w in data]
    assert b"SQLite format 3" not in data


def test_the_backup_is_in_the_audit_log_with_path_and_size_only(
    demo: Path, tmp_path: Path,
) -> None:
    out = tmp_path / "b.kastbak"
    with Vault.unlock(demo, PASSPHRASE) as vault:
        result = make_backup(vault, out, now=NOW)
        entry = vault.audit_entries(1)[0]
        assert last_backup(vault) == NOW
    assert entry.action == "Back up vault"
    assert entry.detail == {"path": str(out), "size": out.stat().st_size,
                            "clients": result.clients}


def test_a_backup_taken_while_a_case_is_being_written_restores_consistently(
    demo: Path, tmp_path: Path,
) -> None:
    """As in the app: the backup runs (and is recorded) in a worker thread while the UI
    thread autosaves a note again and again. Every case of the restored vault opens (none
    is older than its register says) and holds one of the states that were saved, whole."""
    out = tmp_path / "during.kastbak"
    written: list[str] = []
    results: list[object] = []
    with Vault.unlock(demo, PASSPHRASE) as vault:
        client = vault.clients()[0]
        case = vault.open_case(client.id)
        session = case.sessions.add(datetime(2026, 11, 2, 10, 0))

        def worker() -> None:
            try:
                for _ in range(3):
                    results.append(make_backup(vault, out))
            except BaseException as exc:  # handed to the test thread
                results.append(exc)

        thread = threading.Thread(target=worker)
        thread.start()
        n = 0
        while thread.is_alive() or n < 5:
            n += 1
            text = f"draft {n} " + "words " * 300
            case.sessions.save_note(session.id, text)
            written.append(text)
        thread.join()
        assert all(isinstance(r, BackupResult) for r in results), results
        assert [e.action for e in vault.audit_entries()].count("Back up vault") == 3
        assert vault.verify() == []  # the vault's audit chain, written from two threads
    restored = restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    with restored.vault as again:
        assert again.verify() == []
        for entry in again.clients():
            again.open_case(entry.id)  # CaseOutdated here would mean an inconsistent copy
        note = again.open_case(client.id).sessions.get(session.id).note
        assert note in written or note == ""


def test_a_backup_is_never_written_into_the_vault_folder(demo: Path) -> None:
    before = _snapshot(demo)
    with Vault.unlock(demo, PASSPHRASE) as vault:
        for place in (demo / "b.kastbak", demo / "cases" / "b.kastbak"):
            with pytest.raises(BackupIntoVault) as info:
                make_backup(vault, place)
            assert "vault's own folder" in info.value.message
    assert _snapshot(demo).keys() == before.keys()


def test_a_missing_folder_is_one_sentence(demo: Path, tmp_path: Path) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault, pytest.raises(StoreError) as info:
        make_backup(vault, tmp_path / "no stick" / "b.kastbak")
    assert "does not exist" in info.value.message and info.value.exit_code == 2


class _FillsUp:
    """A file that takes ``room`` bytes, then says the disk is full."""

    def __init__(self, real: IO[bytes], room: int) -> None:
        self._real, self._room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._real.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.mark.parametrize("room", [0, 50_000, 600_000])
def test_a_full_disk_leaves_no_file_and_says_so(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real_open = backup_module._open_temp
    monkeypatch.setattr(backup_module, "_open_temp", lambda p: _FillsUp(real_open(p), room))
    with Vault.unlock(demo, PASSPHRASE) as vault:
        audit_before = vault.audit_entries(1)
        with pytest.raises(BackupDiskFull) as info:
            make_backup(vault, stick / "b.kastbak")
        assert vault.audit_entries(1) == audit_before  # no backup recorded
        assert last_backup(vault) is None
    assert "disk is full" in info.value.message and "nothing was written" in info.value.message
    assert list(stick.iterdir()) == []  # no half file, no temp file, no scratch copies


def test_too_little_room_is_said_before_anything_is_written(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(1, 1, 1024))
    with Vault.unlock(demo, PASSPHRASE) as vault, pytest.raises(BackupDiskFull) as info:
        make_backup(vault, tmp_path / "b.kastbak")
    assert "MB free" in info.value.message
    assert list(tmp_path.glob("*kastbak*")) == []


def test_a_case_file_that_cannot_be_read_is_named_not_hidden(
    demo: Path, tmp_path: Path,
) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault:
        lost = vault.clients()[1]
    (demo / "cases" / f"{lost.id}.kcase").unlink()
    with Vault.unlock(demo, PASSPHRASE) as vault:
        result = make_backup(vault, tmp_path / "b.kastbak")
        assert result.missing == (lost.id,)
        assert vault.audit_entries(1)[0].detail["missing"] == [lost.id]
    info = check_backup(tmp_path / "b.kastbak", passphrase=PASSPHRASE)
    assert info.missing == (lost.id,) and info.case_files == info.clients - 1


def test_a_client_deleted_during_the_backup_does_not_leave_it_incomplete(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The register was copied with the client; their file is gone by the time it is
    copied: the backup starts over, and holds a register without them."""
    with Vault.unlock(demo, PASSPHRASE) as vault:
        gone = vault.clients()[0]
        real_copy = backup_module._copy_db
        deleted: list[str] = []

        def copy(source: Path, target: Path, key: bytes, damaged: type) -> None:
            if source.name == f"{gone.id}.kcase" and not deleted:
                vault.delete_client(gone.id)
                deleted.append(gone.id)
            real_copy(source, target, key, damaged)

        monkeypatch.setattr(backup_module, "_copy_db", copy)
        result = make_backup(vault, tmp_path / "b.kastbak")
    assert deleted and result.missing == ()
    info = check_backup(tmp_path / "b.kastbak", passphrase=PASSPHRASE)
    assert info.clients == result.clients == info.case_files


# -- checking ------------------------------------------------------------------------------------
def test_a_truncated_backup_is_refused_in_one_sentence_and_changes_nothing(
    demo: Path, backup_file: Path, tmp_path: Path,
) -> None:
    data = backup_file.read_bytes()
    before = _snapshot(demo)
    for cut in (len(data) // 2, len(data) - 200, 2000):
        short = tmp_path / f"short-{cut}.kastbak"
        short.write_bytes(data[:cut])
        for attempt in (lambda p=short: read_backup(p),
                        lambda p=short: check_backup(p, passphrase=PASSPHRASE),
                        lambda p=short: restore_backup(p, demo, passphrase=PASSPHRASE,
                                                       replace=True)):
            with pytest.raises(BackupDamaged) as info:
                attempt()
            assert info.value.message.count(". ") <= 1 and "Nothing was changed" in \
                info.value.message
    assert _snapshot(demo) == before
    assert [p.name for p in demo.parent.iterdir() if "before-restore" in p.name] == []
    assert [p.name for p in demo.parent.iterdir() if "restoring" in p.name] == []


def test_a_changed_byte_is_found_without_the_passphrase(
    backup_file: Path, tmp_path: Path,
) -> None:
    with zipfile.ZipFile(backup_file) as zf:
        name = next(n for n in zf.namelist() if n.startswith("cases/"))
        data = bytearray(zf.read(name))
    data[5000] ^= 0x01
    tampered = tmp_path / "tampered.kastbak"
    _rewrite(backup_file, tampered, {name: bytes(data)})
    with pytest.raises(BackupDamaged):
        read_backup(tampered)


def test_a_swapped_case_file_is_found_even_with_matching_checksums(
    demo: Path, backup_file: Path, tmp_path: Path,
) -> None:
    """An older copy of a case file put into the backup, its checksum rewritten to match:
    the checksums pass, the MAC under the vault key does not."""
    with Vault.unlock(demo, PASSPHRASE) as vault:
        client = vault.clients()[0]
        vault.open_case(client.id).sessions.add(datetime(2026, 11, 20, 9, 0), note="newer")
        make_backup(vault, tmp_path / "newer.kastbak")
    name = f"cases/{client.id}.kcase"
    with zipfile.ZipFile(backup_file) as zf:
        older = zf.read(name)
    swapped = tmp_path / "swapped.kastbak"
    _rewrite(tmp_path / "newer.kastbak", swapped, {name: older}, fix_manifest=True)
    read_backup(swapped)  # whole and matching its manifest
    with pytest.raises(BackupDamaged):
        check_backup(swapped, passphrase=PASSPHRASE)


def test_other_files_are_not_backups(tmp_path: Path, backup_file: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("a.jpg", b"x")
    for path in (text, other_zip):
        with pytest.raises(BackupError) as info:
            read_backup(path)
        assert type(info.value) is BackupError and info.value.exit_code == 2
    with pytest.raises(BackupError) as info:
        read_backup(tmp_path / "nothing.kastbak")
    assert "There is no file" in info.value.message
    with pytest.raises(BackupError):
        read_backup(tmp_path)


def test_the_passphrase_of_the_backup_time_or_the_recovery_key_opens_it(
    vault_dir: Path, tmp_path: Path,
) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    make_backup(vault, tmp_path / "b.kastbak")
    vault.change_passphrase(PASSPHRASE, "a new passphrase today")
    vault.close()
    backup = tmp_path / "b.kastbak"
    with pytest.raises(BackupWrongPassphrase) as info:
        check_backup(backup, passphrase="a new passphrase today")
    assert "when the backup was made" in info.value.message and info.value.exit_code == 3
    assert check_backup(backup, passphrase=PASSPHRASE).clients == 1
    assert check_backup(backup, recovery_key=recovery).clients == 1
    with pytest.raises(BackupWrongRecoveryKey):
        check_backup(backup, recovery_key="0000-" * 8)


def test_restoring_with_the_recovery_key_sets_a_new_passphrase(
    vault_dir: Path, tmp_path: Path,
) -> None:
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    make_backup(vault, tmp_path / "b.kastbak")
    vault.close()
    target = tmp_path / "elsewhere"
    restored = restore_backup(tmp_path / "b.kastbak", target, recovery_key=recovery,
                              new_passphrase="chosen after the restore")
    restored.vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(target, PASSPHRASE)
    with Vault.unlock(target, "chosen after the restore") as again:
        assert [c.code for c in again.clients()] == ["K-1"]


# -- restoring -----------------------------------------------------------------------------------
def test_restore_over_a_vault_needs_confirming_and_keeps_the_old_one_aside(
    demo: Path, backup_file: Path,
) -> None:
    with Vault.unlock(demo, PASSPHRASE) as vault:
        vault.add_client("K-AFTER-BACKUP")
        codes_now = [c.code for c in vault.clients()]
    before = _snapshot(demo)
    with pytest.raises(VaultWouldBeReplaced) as info:
        restore_backup(backup_file, demo, passphrase=PASSPHRASE)
    assert str(info.value.aside.name).startswith("demo-before-restore-")
    assert _snapshot(demo) == before

    at = datetime(2026, 12, 3, 10, 15)
    restored = restore_backup(backup_file, demo, passphrase=PASSPHRASE, replace=True, now=at)
    with restored.vault as vault:
        assert "K-AFTER-BACKUP" not in [c.code for c in vault.clients()]
        assert vault.audit_entries(1)[0].detail["moved_aside"] == str(restored.aside)
    assert restored.aside == demo.parent / "demo-before-restore-2026-12-03T10-15"
    assert _snapshot(restored.aside) == before  # the old vault, byte for byte
    with Vault.unlock(restored.aside, PASSPHRASE) as old:
        assert [c.code for c in old.clients()] == codes_now
    # A second restore in the same minute gets a folder of its own.
    assert aside_folder(demo, at).name == "demo-before-restore-2026-12-03T10-15-2"


def test_restore_is_refused_while_the_vault_is_open(demo: Path, backup_file: Path) -> None:
    with Vault.unlock(demo, PASSPHRASE):
        before = _snapshot(demo)
        with pytest.raises(VaultInUse) as info:
            restore_backup(backup_file, demo, passphrase=PASSPHRASE, replace=True)
        assert info.value.exit_code == 5
        assert _snapshot(demo) == before
    assert [p.name for p in demo.parent.iterdir() if "restor" in p.name] == []


def test_restore_never_moves_files_that_are_not_a_vault(
    backup_file: Path, tmp_path: Path,
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.odt").write_text("private")
    with pytest.raises(RestoreRefused) as info:
        restore_backup(backup_file, documents, passphrase=PASSPHRASE, replace=True)
    assert "not a KastDesk vault" in info.value.message
    assert [p.name for p in documents.iterdir()] == ["letter.odt"]


def test_a_damaged_vault_is_moved_aside_too(demo: Path, backup_file: Path) -> None:
    """The vault will not open (its index is gone): restore is how the therapist gets
    back, and what was left of it is kept."""
    (demo / "index.kdb").unlink()
    assert holds_vault(demo)
    restored = restore_backup(backup_file, demo, passphrase=PASSPHRASE, replace=True)
    with restored.vault as vault:
        assert vault.verify() == []
    assert restored.aside is not None and (restored.aside / "vault.json").exists()


def test_a_failed_unpack_puts_everything_back(
    demo: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _snapshot(demo)
    real_replace = os.replace
    moved_in: list[str] = []

    def replace(src: object, dst: object) -> None:
        if "-restoring-" in str(src):
            moved_in.append(str(dst))
            if len(moved_in) == 2:  # the old vault is aside, the backup half moved in
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_module.os, "replace", replace)
    with pytest.raises(StoreError) as info:
        restore_backup(backup_file, demo, passphrase=PASSPHRASE, replace=True)
    monkeypatch.undo()
    assert len(moved_in) == 2
    assert "Nothing was changed" in info.value.message
    assert _snapshot(demo) == before
    assert [p.name for p in demo.parent.iterdir() if "restor" in p.name] == []
    with Vault.unlock(demo, PASSPHRASE) as vault:
        assert vault.verify() == []


# -- the reminder ----------------------------------------------------------------------------------
def test_the_reminder_waits_for_its_days(vault: Vault) -> None:
    made = datetime.fromisoformat(vault.meta["created"])
    assert reminder_days(vault) == 30
    assert not backup_due(vault, made + timedelta(days=29))  # a new vault is not nagged
    assert backup_due(vault, made + timedelta(days=31))
    set_reminder_days(vault, 0)
    assert not backup_due(vault, made + timedelta(days=400))
    set_reminder_days(vault, 7)
    vault.set_setting("last_backup_at", (made + timedelta(days=30)).isoformat())
    assert not backup_due(vault, made + timedelta(days=36))
    assert backup_due(vault, made + timedelta(days=38))
