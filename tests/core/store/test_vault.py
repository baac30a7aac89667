"""The vault: creating, unlocking, key slots, recovery, passphrase change, the lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kastdesk.store import (
    KdfParams,
    NotAVault,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from kastdesk.store.crypto import RecoveryKeyFormatError, parse_recovery_key

from ...conftest import PASSPHRASE


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def test_create_then_unlock_sees_the_same_clients(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1", name="Nils Testsson")
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert [(c.code, c.name) for c in again.clients()] == [("K-1", "Nils Testsson")]


def test_vault_json_holds_no_secret(new_vault: tuple[Vault, str], vault_dir: Path) -> None:
    _vault, recovery = new_vault
    text = (vault_dir / "vault.json").read_text()
    meta = json.loads(text)
    assert meta["kdf"]["name"] == "argon2id"
    assert set(meta["slots"]) == {"passphrase", "recovery"}
    assert PASSPHRASE not in text
    assert recovery.replace("-", "") not in text.replace("-", "")


def test_wrong_passphrase_is_refused_and_changes_nothing(vault_dir: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.add_client("K-1")
    vault.close()
    before = _snapshot(vault_dir)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(vault_dir, PASSPHRASE + "x")
    assert "passphrase" in info.value.message
    # Only the count of failures beside vault.json (kastdesk.store.attempts), for the audit
    # log at the next unlock; the vault's own files are untouched.
    after = _snapshot(vault_dir)
    assert json.loads(after.pop("unlock-attempts.json"))["count"] == 1
    assert after == before
    Vault.unlock(vault_dir, PASSPHRASE).close()  # the lock was released


def test_short_passphrase_is_refused_in_words(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase) as info:
        Vault.create(vault_dir, "short", kdf=KdfParams.for_tests())
    assert "10 characters" in info.value.message
    assert not (vault_dir / "vault.json").exists()


def test_creating_over_an_existing_vault_is_refused(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())


def test_a_plain_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.unlock(tmp_path, PASSPHRASE)


def test_garbled_vault_json_is_reported_as_damage(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    (vault_dir / "vault.json").write_text("{not json")
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "vault.json" in info.value.message


def test_recovery_key_groups_carry_a_check(new_vault: tuple[Vault, str]) -> None:
    _, recovery = new_vault
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    parse_recovery_key(recovery.lower().replace("-", " "))  # forgiving about case and spaces
    bad = list(recovery)
    bad[7] = "Z" if bad[7] != "Z" else "Y"
    with pytest.raises(RecoveryKeyFormatError) as info:
        parse_recovery_key("".join(bad))
    assert info.value.group == 2


def test_recovery_sets_a_new_passphrase(new_vault: tuple[Vault, str], vault_dir: Path) -> None:
    vault, recovery = new_vault
    vault.add_client("K-7")
    vault.close()
    Vault.recover(vault_dir, recovery, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    with Vault.unlock(vault_dir, "a brand new passphrase") as again:
        assert [c.code for c in again.clients()] == ["K-7"]


def test_wrong_recovery_key_is_refused_and_changes_nothing(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, _ = new_vault
    vault.close()
    before = _snapshot(vault_dir)
    from kastdesk.store.crypto import new_recovery_key

    other, _ = new_recovery_key()
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(vault_dir, other, "another passphrase")
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(vault_dir, "not a key", "another passphrase")
    # One real try counted (a key of the wrong shape is a typo, never tried), nothing else.
    after = _snapshot(vault_dir)
    counted = json.loads(after.pop("unlock-attempts.json"))
    assert (counted["count"], counted["recovery_key"]) == (1, 1)
    assert after == before


def test_passphrase_change_rewraps_one_slot_only(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault, recovery = new_vault
    vault.add_client("K-1")
    vault.close_case(vault.clients()[0].id)
    meta_before = json.loads((vault_dir / "vault.json").read_text())
    cases_before = {p.name: p.read_bytes() for p in vault.case_files()}
    vault.change_passphrase(PASSPHRASE, "the new passphrase")
    meta_after = json.loads((vault_dir / "vault.json").read_text())
    assert meta_after["slots"]["recovery"] == meta_before["slots"]["recovery"]
    assert meta_after["slots"]["passphrase"] != meta_before["slots"]["passphrase"]
    assert {p.name: p.read_bytes() for p in vault.case_files()} == cases_before
    vault.close()
    Vault.unlock(vault_dir, "the new passphrase").close()
    Vault.recover(vault_dir, recovery, "third passphrase!").close()


def test_passphrase_change_needs_the_old_passphrase(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the passphrase", "the new passphrase")


def test_a_second_opener_is_refused_while_the_vault_is_open(
    vault: Vault, vault_dir: Path
) -> None:
    with pytest.raises(VaultInUse) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "already open" in info.value.message


def test_calibration_meets_the_floor() -> None:
    params = KdfParams.calibrated(target_seconds=0.05)
    assert params.memory_kib >= 256 * 1024
    assert params.time_cost >= 1 and len(params.salt) == 16


def test_unknown_future_format_is_refused(vault_dir: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    meta = json.loads((vault_dir / "vault.json").read_text())
    meta["version"] = 99
    (vault_dir / "vault.json").write_text(json.dumps(meta))
    with pytest.raises(Exception) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "newer KastDesk" in str(info.value)


HOLDER = """
import sys, time
from kastdesk.store import Vault
vault = Vault.unlock(sys.argv[1], sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def test_another_process_holds_the_lock_until_it_dies(vault_dir: Path) -> None:
    import json as _json
    import os
    import signal
    import subprocess
    import sys

    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        info = _json.loads((vault_dir / "vault.lock").read_text())
        assert info["pid"] == holder.pid and info["host"]
        with pytest.raises(VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    # The dead holder left its lock file behind; it is recognised as stale.
    assert (vault_dir / "vault.lock").read_text()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    assert vault._lock.took_over_stale
    vault.close()


def test_an_export_is_never_written_into_the_vaults_folder(vault: Vault, tmp_path: Path) -> None:
    """Any export (PDF, PNG, GEDCOM, from the app or the command line) goes through
    write_export: aimed at the vault's folder or below it, it writes nothing there."""
    from kastdesk.store.errors import ExportIntoVault
    from kastdesk.store.fsutil import write_export

    folder = vault.folder
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    for target in (folder / "vault.json", folder / "summary.pdf", folder / "cases" / "x.png"):
        with pytest.raises(ExportIntoVault):
            write_export(target, b"plain text with names")
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    write_export(tmp_path / "summary.pdf", b"%PDF")  # anywhere else is fine
    assert (tmp_path / "summary.pdf").read_bytes() == b"%PDF"
