"""A restore that fails once the backup's files are in the folder puts the old vault back
exactly, under the lock: the docstring's "any failure changes nothing" held only up to the
swap. When the restored vault then would not open (here a backup of a newer KastDesk,
whose index this version refuses to read: the backup's check does not read its schema),
the lock was let go with the backup's files in the folder and the vault that was there
moved aside, so the therapist's next unlock met a vault it could not open.

Real vaults and a real backup; the newer index is made as a newer KastDesk would leave
it (its schema version above what this one knows). The data is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from kastdesk.store import KdfParams, StoreError, Vault
from kastdesk.store.backup import make_backup, restore_backup
from tests.conftest import PASSPHRASE


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (but the lock, which holds only who has it open)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "vault.lock"}


@pytest.fixture
def newer_backup(tmp_path: Path) -> Path:
    """A backup whose index a newer KastDesk wrote (this one refuses to open it)."""
    vault, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        vault.add_client("K-NEWER")
        vault.index.execute("PRAGMA user_version = 999")
        out = tmp_path / "stick" / "newer.kastbak"
        out.parent.mkdir()
        make_backup(vault, out)
    return out


def test_a_restored_vault_that_will_not_open_puts_the_old_one_back(
    tmp_path: Path, newer_backup: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    folder = home / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        vault.add_client("K-OLD")
    before = _files(folder)
    with pytest.raises(StoreError) as failed:
        restore_backup(newer_backup, folder, passphrase=PASSPHRASE, replace=True)
    assert "newer KastDesk" in failed.value.message
    assert _files(folder) == before  # the old vault, byte for byte, in its place
    assert sorted(p.name for p in home.iterdir()) == ["vault"]  # nothing aside or staged
    with Vault.unlock(folder, PASSPHRASE) as again:  # the lock is free, the vault opens
        assert [c.code for c in again.clients()] == ["K-OLD"]


def test_a_restore_into_a_new_folder_that_fails_leaves_no_folder(
    tmp_path: Path, newer_backup: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with pytest.raises(StoreError):
        restore_backup(newer_backup, home / "new" / "vault", passphrase=PASSPHRASE)
    assert list(home.iterdir()) == []
