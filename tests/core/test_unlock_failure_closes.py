"""An unlock that fails after the vault is made (writing the unlock into its audit log
fails: the index's log pages are damaged) closes what it opened: the lock was let go, but the
index stayed open with the vault key in memory behind the error, which a caller that keeps
the error (a dialog, a log) kept alive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault, audit, db
from kastdesk.store.errors import VaultDamaged
from tests.conftest import PASSPHRASE


def _open_on(path: Path) -> int:
    """How many of this process's file descriptors are open on ``path``."""
    fds = Path("/proc/self/fd")
    count = 0
    for fd in fds.iterdir():
        try:
            if Path(os.readlink(fd)) == path:
                count += 1
        except OSError:
            continue
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_an_unlock_whose_log_cannot_be_written_leaves_nothing_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    vault.close()
    index = (folder / "index.kdb").resolve()

    def failing_append(*_args: object, **_kwargs: object) -> None:
        raise db.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(audit, "append", failing_append)
    with pytest.raises(VaultDamaged) as failed:  # kept, as an error dialog keeps it
        Vault.unlock(folder, PASSPHRASE)
    monkeypatch.undo()

    assert _open_on(index) == 0
    again = Vault.unlock(folder, PASSPHRASE)  # the lock was let go too
    again.close()
    assert isinstance(failed.value.__cause__, db.DatabaseError)
