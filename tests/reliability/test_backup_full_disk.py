"""A real full disk (a small tmpfs): a backup leaves no file, a restore changes nothing.

Each case runs twice: as the program does (the free space is measured first, and the
sentence says so before anything is written), and with that measurement switched off, so
the disk fills in the middle of the write and the clean-up itself is what is tested.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_demo_vault

BACKUP = r"""
import json, sys
from pathlib import Path
from kastdesk.store import Vault
from kastdesk.store import backup
from kastdesk.store.backup import BackupDiskFull, make_backup
vault_dir, mount, measure = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
if not measure:
    backup._check_space = lambda vault, out: None
with Vault.unlock(vault_dir, "correct horse battery staple") as vault:
    error = None
    try:
        make_backup(vault, mount / "b.kastbak")
    except BackupDiskFull as exc:
        error = exc.message
    recorded = [e.action for e in vault.audit_entries(3)]
print(json.dumps({"error": error, "left": sorted(p.name for p in mount.rglob("*")),
                  "recorded": "Back up vault" in recorded}))
"""

RESTORE = r"""
import json, shutil, sys
from pathlib import Path
from kastdesk.store import DiskFull, Vault
from kastdesk.store import backup
from kastdesk.store.backup import restore_backup
source, backup_file, mount, measure = (Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]),
                                       sys.argv[4] == "1")
if not measure:
    backup._check_restore_space = lambda folder, info: None
target = mount / "vault"
shutil.copytree(source, target)
before = {str(p.relative_to(target)): p.read_bytes() for p in target.rglob("*") if p.is_file()}
error = None
try:
    restore_backup(backup_file, target, passphrase="correct horse battery staple", replace=True)
except DiskFull as exc:
    error = exc.message
after = {str(p.relative_to(target)): p.read_bytes() for p in target.rglob("*") if p.is_file()}
with Vault.unlock(target, "correct horse battery staple") as vault:
    problems = vault.verify()
print(json.dumps({"error": error, "same": before == after, "problems": problems,
                  "beside": sorted(p.name for p in mount.iterdir())}))
"""


def _can_mount() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /tmp"],
                           capture_output=True)
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs a private tmpfs (unshare -rm)")


def _run(mount: Path, size: str, script: str, *args: str) -> dict[str, object]:
    command = (f"mount -t tmpfs -o size={size} tmpfs '{mount}' && "
               f"{sys.executable} -c \"$SCRIPT\" " + " ".join(f"'{a}'" for a in args))
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                            text=True, timeout=300, env={"SCRIPT": script, "PATH": "/usr/bin:/bin",
                                                         "PYTHONPATH": str(Path.cwd())})
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@needs_mount
@pytest.mark.parametrize("measure", ["1", "0"])
def test_a_backup_onto_a_full_stick_leaves_nothing(tmp_path: Path, measure: str) -> None:
    vault = make_demo_vault(tmp_path / "vault")
    mount = tmp_path / "stick"
    mount.mkdir()
    report = _run(mount, "200k", BACKUP, str(vault), str(mount), measure)
    said = "MB free" if measure == "1" else "disk is full"  # before writing, or during
    assert report["error"] and said in str(report["error"])
    assert "nothing was written" in str(report["error"])
    assert report["left"] == []  # no backup, no temp file, no scratch folder
    assert report["recorded"] is False


@needs_mount
@pytest.mark.parametrize("measure", ["1", "0"])
def test_a_restore_onto_a_full_disk_changes_nothing(tmp_path: Path, measure: str) -> None:
    from kastdesk.store import Vault
    from kastdesk.store.backup import make_backup

    vault = make_demo_vault(tmp_path / "vault")
    backup_file = tmp_path / "b.kastbak"
    with Vault.unlock(vault, "correct horse battery staple") as opened:
        make_backup(opened, backup_file)
    size = sum(p.stat().st_size for p in vault.rglob("*") if p.is_file())
    mount = tmp_path / "disk"
    mount.mkdir()
    # Room for the vault that is there, not for a second copy beside it.
    report = _run(mount, f"{size // 1024 + 300}k", RESTORE, str(vault), str(backup_file),
                  str(mount), measure)
    said = "MB of free space" if measure == "1" else "disk is full"
    assert report["error"] and said in str(report["error"])
    assert "Nothing was changed" in str(report["error"])
    assert report["same"] is True and report["problems"] == []
    assert report["beside"] == ["vault"]  # no staging folder, no folder moved aside
