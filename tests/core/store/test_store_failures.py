"""Bad input and failing disks: one plain sentence, nothing saved lost, nothing half-written.

Each test here stands for a bug found by a QA pass; the OS is made to fail at its
boundary (a removed file, ``os.pwrite`` raising ENOSPC), never the store itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault, VaultDamaged

from ...conftest import PASSPHRASE


def _vault_with_a_client(folder: Path) -> str:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        return vault.add_client("K-1", name="Nils Testsson").client_id
    finally:
        vault.close()


# -- 1. the index ------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_missing_or_empty_index_is_refused_and_never_replaced(vault_dir: Path, how: str) -> None:
    _vault_with_a_client(vault_dir)
    index = vault_dir / "index.kdb"
    if how == "missing":
        index.unlink()
    else:
        index.write_bytes(b"")
    for _ in range(2):  # the lock is let go: the second try says the same, not "in use"
        with pytest.raises(VaultDamaged) as info:
            Vault.unlock(vault_dir, PASSPHRASE)
        assert "index.kdb" in info.value.message and "backup" in info.value.message
    assert index.exists() == (how == "empty")
    assert not index.exists() or index.stat().st_size == 0


def test_verify_names_a_case_file_the_register_does_not_list(vault_dir: Path) -> None:
    client_id = _vault_with_a_client(vault_dir)
    cases = vault_dir / "cases"
    stray = cases / ("0" * 32 + ".kcase")
    shutil.copy(cases / f"{client_id}.kcase", stray)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        problems = vault.verify()
    assert len(problems) == 1 and stray.name in problems[0] and "register" in problems[0]
