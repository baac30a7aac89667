"""A full disk gives a plain DiskFull error and loses nothing already saved."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys
from datetime import datetime
from pathlib import Path
from kastdesk.store import DiskFull, KdfParams, StoreError, Vault
folder = Path(sys.argv[1]) / "vault"
vault, _ = Vault.create(folder, "correct horse battery staple", kdf=KdfParams.for_tests())
saved, error = [], None
try:
    for n in range(10_000):
        case = vault.add_client(f"K-{n:04d}")
        session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
        case.sessions.save_note(session.id, f"note {n} " + "words " * 400)
        saved.append(f"K-{n:04d}")
        vault.close_case(case.client_id)
except DiskFull as exc:
    error = exc.message
except StoreError as exc:
    error = "other: " + exc.message
vault.close()
leftovers = [p.name for p in folder.rglob("*.tmp")]
with Vault.unlock(folder, "correct horse battery staple") as again:
    problems = again.verify()
    codes = [c.code for c in again.clients()]
    intact = all(
        again.open_case(c.id).sessions.list()[0].note.startswith(f"note {int(c.code[2:])} ")
        for c in again.clients() if c.code in saved
    )
print(json.dumps({"saved": len(saved), "error": error, "problems": problems,
                  "missing": sorted(set(saved) - set(codes)), "intact": intact,
                  "leftovers": leftovers}))
"""


def _can_mount() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /tmp"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs a private tmpfs mount (unshare -rm)")
def test_a_full_disk_is_reported_and_committed_work_survives(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    command = (f"mount -t tmpfs -o size=900k tmpfs {mount} && "
               f"{sys.executable} -c '{SCRIPT}' {mount}")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["saved"] > 0
    assert report["error"] and "disk is full" in report["error"]
    assert report["problems"] == [] and report["missing"] == [] and report["intact"]
    assert report["leftovers"] == []
