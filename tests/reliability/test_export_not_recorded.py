"""An export the vault cannot record leaves no file (a real full disk: a small tmpfs).

The case summary PDF (``kastdesk export-pdf``), the supervision packet and the audit log
(``kastdesk audit --out``) were written
first and recorded in the vault after; with the vault's disk full the recording failed
and the files stayed where they were written, in plain text, with no line in the audit
log, so deleting the client did not name them. Now the file is written whole without its
name, the export is recorded, and only then is the file named; a vault that cannot record
it drops the file and says in one sentence that nothing was exported and why.

The vault lives on a tmpfs of its own that fills up once the vault is unlocked (another
program filling the disk); the exports go to a folder on another disk, which has room.
Every case is fictional, made by the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import flag_for_guidance
from tests.conftest import PASSPHRASE

FILL = r"""
import errno, json, sys
from pathlib import Path
from kastdesk.store import Vault

mount, vault_dir, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])


def fill():
    # Another program fills the disk: no byte is left for the vault's journal.
    with open(mount / "filler", "wb", buffering=0) as f:
        for size in (1 << 16, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc


real_unlock = Vault.unlock


def unlock_then_fill(*args, **kwargs):
    vault = real_unlock(*args, **kwargs)
    fill()
    return vault


Vault.unlock = unlock_then_fill
"""

CLI = FILL + r"""
import contextlib, io
from kastdesk.cli import main

verb, action = sys.argv[4], sys.argv[5]
(out.parent / "pass.txt").write_text("correct horse battery staple\n")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    code = main([verb, "--vault", str(vault_dir), "--passphrase-file",
                 str(out.parent / "pass.txt"), "--case", "K-FULL", "--out", str(out)])
(out.parent / "pass.txt").unlink()
(mount / "filler").unlink()
Vault.unlock = real_unlock
with Vault.unlock(vault_dir, "correct horse battery staple") as vault:
    case = vault.open_case(vault.client_by_code("K-FULL").id, audit_open=False)
    recorded = [e.detail.get("path") for e in case.audit_entries() if e.action == action]
print(json.dumps({"code": code, "said": err.getvalue(), "recorded": recorded,
                  "left": sorted(p.name for p in out.parent.iterdir())}))
"""

PACKET = FILL + r"""
from kastdesk.store import KdfParams
from kastdesk.store.errors import StoreError
from kastdesk.supervision import export_packet

said = None
with Vault.unlock(vault_dir, "correct horse battery staple") as vault:
    try:
        export_packet(vault, "fictional packet passphrase 2468", out / "p.pdf",
                      out / "p.kastsup", kdf=KdfParams.for_tests())
    except StoreError as exc:
        said = exc.message
(mount / "filler").unlink()
Vault.unlock = real_unlock
with Vault.unlock(vault_dir, "correct horse battery staple") as vault:
    recorded = [e.action for e in vault.audit_entries()
                if e.action == "Export supervision packet"]
    packets = vault.get_setting("supervision.packets")
print(json.dumps({"said": said, "recorded": recorded, "packets": packets,
                  "left": sorted(p.name for p in out.iterdir())}))
"""


def _can_mount() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /tmp"],
                           capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _can_mount(), reason="needs a private tmpfs (unshare -rm)")


def _vault_on_disk(tmp_path: Path) -> tuple[Path, str]:
    """A vault with client K-FULL (a question for guidance, a fictional one), and the
    size its tmpfs needs to take a copy of it."""
    source = tmp_path / "vault"
    vault, _ = Vault.create(source, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        case = vault.add_client("K-FULL")
        flag_for_guidance(case, "Fictional question: is the pace right?")
    size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    return source, f"{size // 1024 + 256}k"


def _run(tmp_path: Path, script: str, out: Path, *args: str) -> dict[str, object]:
    source, size = _vault_on_disk(tmp_path)
    mount = tmp_path / "disk"
    mount.mkdir()
    command = (f"mount -t tmpfs -o size={size} tmpfs '{mount}' && "
               f"cp -a '{source}' '{mount}/vault' && "
               f"{sys.executable} -c \"$SCRIPT\" '{mount}' '{mount}/vault' '{out}' "
               + " ".join(f"'{a}'" for a in args))
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                            text=True, timeout=300,
                            env={"SCRIPT": script, "PATH": "/usr/bin:/bin",
                                 "PYTHONPATH": str(Path(__file__).parents[2]),
                                 "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("verb", "action", "name"), [
    ("export-pdf", "Export case summary", "K-FULL summary.pdf"),
    ("audit", "Export audit log", "K-FULL audit log.csv"),  # the same gap, the same way
])
def test_a_cli_export_onto_a_vault_with_a_full_disk_leaves_no_file(
    tmp_path: Path, verb: str, action: str, name: str
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    report = _run(tmp_path, CLI, exports / name, verb, action)
    assert report["code"] == 4
    said = str(report["said"])
    assert "Nothing was exported: the vault's disk is full" in said, said
    assert report["left"] == []  # no file, and no hidden copy of it
    assert report["recorded"] == []


def test_a_packet_onto_a_vault_with_a_full_disk_leaves_neither_file(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    report = _run(tmp_path, PACKET, exports)
    assert "Nothing was exported: the vault's disk is full" in str(report["said"])
    assert report["left"] == []
    assert report["recorded"] == [] and report["packets"] in (None, "[]")
