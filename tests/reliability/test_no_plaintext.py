"""After ``demo``, nothing in the vault folder or the temp folder reveals case content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kastdesk.store import KdfParams, Vault
from kastdesk.store.db import SQLITE_PLAIN_HEADER

from ..conftest import PASSPHRASE

# Words every demo note or goal is likely to carry, plus phrases from the demo's pools.
NOTE_WORDS = [b"escort", b"consequence", b"partner", b"Next session", b"shame", b"Stop buying"]


def test_demo_vault_and_temp_folder_hold_no_plaintext(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=KdfParams.for_tests())[0].close()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, KASTDESK_PASSPHRASE=PASSPHRASE, TMPDIR=str(temp), TEMP=str(temp),
               TMP=str(temp))
    result = subprocess.run(
        [sys.executable, "-m", "kastdesk", "demo", "--vault", str(folder), "--clients", "8",
         "--anchor", "2026-11-01"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with Vault.unlock(folder, PASSPHRASE) as vault:
        names = [c.name.encode() for c in vault.clients() if c.name]
        codes = [c.code.encode() for c in vault.clients()]
    assert names, "the demo should have named clients to look for"
    needles = names + [n.split(b" ")[-1] for n in names] + codes + NOTE_WORDS
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) >= 9
    for path in files:
        data = path.read_bytes()
        assert SQLITE_PLAIN_HEADER not in data, path
        for needle in needles:
            assert needle not in data and needle.decode().encode("utf-16-le") not in data, (
                f"{needle!r} in {path.name}"
            )
    assert list(temp.iterdir()) == [], "case content was written to the temp folder"
