"""A client's case file that cannot be written is named as the file, not as a read-only
folder (the folder was fine, and the user was sent to fix it).

Nothing is mocked: the file really refuses writes. Root ignores permission bits, so the
file is made immutable (``chattr +i``) where the file system allows it, and the
permission bits are tried in a child process that runs as an ordinary account.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.store.errors import CaseReadOnly, VaultReadOnly

from ...conftest import PASSPHRASE, immutable, immutable_supported

FOLDER_SENTENCE = "folder is read-only"


@pytest.fixture
def immutable_ok(tmp_path: Path) -> None:
    if not immutable_supported(tmp_path / "probe"):
        pytest.skip("chattr +i is not available here (needs root and ext4, xfs, btrfs…)")


def test_an_immutable_case_file_is_named_as_the_file_and_saves_once_freed(
    immutable_ok: None, vault_dir: Path
) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        case = vault.add_client("K-1")
        session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
        path = case.path
        with immutable(path):
            assert not os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            # Made unwritable while open (a write then fails as "disk I/O error").
            with pytest.raises(CaseReadOnly) as info:
                case.sessions.save_note(session.id, "typed while locked")
            assert "case file cannot be written" in info.value.message
            assert FOLDER_SENTENCE not in info.value.message
            assert info.value.retry_may_save
        # Once the file may be written again, the same save goes through.
        case.sessions.save_note(session.id, "typed while locked")
        client_id = case.client_id
        case.close()
        # Unwritable before it is opened: SQLite opens it read-only, and the
        # "Open case" line is the first write.
        with immutable(path), pytest.raises(CaseReadOnly):
            vault.open_case(client_id)
        assert vault.open_case(client_id).sessions.get(session.id).note == "typed while locked"
        assert vault.verify() == []
    finally:
        vault.close()


def test_an_immutable_cases_folder_is_still_a_read_only_folder(
    immutable_ok: None, vault_dir: Path
) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        client_id = vault.add_client("K-1").client_id
        vault.open_case(client_id).close()
        with immutable(vault_dir / "cases"), pytest.raises(VaultReadOnly) as info:
            vault.open_case(client_id)  # the file may be written; no journal can be made
        assert FOLDER_SENTENCE in info.value.message
    finally:
        vault.close()


# Run as an ordinary account, where the permission bits are what refuse the write.
AS_A_USER = r"""
import json, os, sys
from pathlib import Path
from kastdesk.store import KdfParams, StoreError, Vault
import kastdesk.store.casefile, kastdesk.store.vault  # before giving up root's reads
PW = sys.argv[2]
folder = Path(sys.argv[1]) / "vault"
if os.getuid() == 0:
    os.setgid(65534)
    os.setuid(65534)

def open_case():
    try:
        with Vault.unlock(folder, PW) as vault:
            vault.open_case(client_id)
        return ["ok", ""]
    except StoreError as exc:
        return [type(exc).__name__, exc.message]

vault, _ = Vault.create(folder, PW, kdf=KdfParams.for_tests())
client_id = vault.add_client("K-1").client_id
path = vault.open_case(client_id).path
vault.close()
out = {}
os.chmod(path, 0o400)
out["file"] = open_case()
os.chmod(path, 0o600)
os.chmod(folder / "cases", 0o500)
out["folder"] = open_case()
os.chmod(folder / "cases", 0o700)
out["after"] = open_case()
print(json.dumps(out))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_case_file_without_write_permission_is_named_as_the_file(tmp_path: Path) -> None:
    script = tmp_path / "as_a_user.py"
    script.write_text(AS_A_USER)
    # The pytest folder is root's own (0700): the ordinary account works in one of its own.
    base = Path(tempfile.mkdtemp(prefix="kastdesk-ro-"))
    try:
        if os.getuid() == 0:  # the child turns into "nobody" once it has imported KastDesk
            os.chown(base, 65534, 65534)
        result = subprocess.run(
            [sys.executable, str(script), str(base), PASSPHRASE],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        out = json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(base, ignore_errors=True)
    kind, message = out["file"]
    assert kind == "CaseReadOnly" and "case file" in message and FOLDER_SENTENCE not in message
    kind, message = out["folder"]
    assert kind == "VaultReadOnly" and FOLDER_SENTENCE in message
    assert out["after"] == ["ok", ""]
