"""Changing the passphrase on a full disk tells the truth: either it changed, or nothing did.

vault.json is replaced first; from then on the new passphrase opens the vault. The audit line
written after it could meet the full disk, and the change was reported as not saved while
the old passphrase no longer worked.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from kastdesk import cli
from kastdesk.store import DiskFull, KdfParams, Vault, WrongPassphrase
from kastdesk.store import vault as vault_module

from ...conftest import PASSPHRASE

NEW = "a brand new passphrase"


def _audit_full_for(monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    """The audit line for ``action`` meets a full disk (everything else is written)."""
    real = vault_module.audit.append

    def append(conn: Any, actor: str, what: str, *args: Any, **kwargs: Any) -> Any:
        if what == action:
            raise DiskFull()
        return real(conn, actor, what, *args, **kwargs)

    monkeypatch.setattr(vault_module.audit, "append", append)


def _make(folder: Path) -> None:
    Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()


def test_a_change_whose_audit_line_meets_a_full_disk_is_done(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        with monkeypatch.context() as patch:
            _audit_full_for(patch, "Change passphrase")
            vault.change_passphrase(PASSPHRASE, NEW)  # no error: the change happened
        assert vault.disk_full
    Vault.unlock(vault_dir, NEW).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_passwd_says_changed_when_it_changed(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(vault_dir)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, NEW)
    _audit_full_for(monkeypatch, "Change passphrase")
    assert cli.main(["passwd", "--vault", str(vault_dir)]) == 0
    assert "Passphrase changed" in capsys.readouterr().out
    monkeypatch.undo()
    Vault.unlock(vault_dir, NEW).close()


def test_passwd_that_cannot_save_vault_json_changes_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _make(vault_dir)
    meta = (vault_dir / "vault.json").read_bytes()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, NEW)
    real = os.replace

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if str(dst).endswith("vault.json"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(src, dst, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace)
        assert cli.main(["passwd", "--vault", str(vault_dir)]) == 4
    assert "disk is full" in capsys.readouterr().err
    assert (vault_dir / "vault.json").read_bytes() == meta
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert not any(e.action == "Change passphrase" for e in vault.audit_entries())


def test_recovery_whose_audit_line_meets_a_full_disk_is_done_too(
    new_vault: tuple[Vault, str], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, recovery = new_vault
    vault.close()
    _audit_full_for(monkeypatch, "Recover with recovery key")
    recovered = Vault.recover(vault_dir, recovery, NEW)
    assert recovered.disk_full
    recovered.close()
    monkeypatch.undo()
    Vault.unlock(vault_dir, NEW).close()
