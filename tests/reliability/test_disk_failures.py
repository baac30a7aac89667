"""A full or read-only disk, met by every path that writes: one sentence, nothing lost.

These run in a private tmpfs mount (``unshare -rm``), so the disk really is full or
read-only; the store is not mocked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PRELUDE = r"""
import json, os, sys
from datetime import datetime
from pathlib import Path
from kastdesk.store import KdfParams, StoreError, Vault
PW = "correct horse battery staple"
mount = Path(sys.argv[1])
folder = mount / "vault"

def fill():
    fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    for size in (65536, 4096, 512, 1):
        try:
            while True:
                os.write(fd, b"\0" * size)
        except OSError:
            pass
    os.close(fd)

def attempt(fn):
    try:
        fn()
        return "ok"
    except StoreError as exc:
        return type(exc).__name__
    except Exception as exc:
        return "raw " + type(exc).__name__ + ": " + str(exc)
"""


def _can_mount() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /tmp"],
                           capture_output=True)
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(),
                                 reason="needs a private tmpfs mount (unshare -rm)")


def run_in_tmpfs(tmp_path: Path, script: str, size: str = "4m") -> dict:
    mount = tmp_path / "small"
    mount.mkdir()
    (tmp_path / "script.py").write_text(PRELUDE + script)
    command = (f"mount -t tmpfs -o size={size} tmpfs {mount} && "
               f"{sys.executable} {tmp_path / 'script.py'} {mount}")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


CASE_WRITES = r"""
vault, _ = Vault.create(folder, PW, kdf=KdfParams.for_tests())
case = vault.add_client("K-1")
session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
case.sessions.save_note(session.id, "saved before")
fill()
big = "y" * 200_000
out = {
    "save_note": attempt(lambda: case.sessions.save_note(session.id, big)),
    "sessions.add": attempt(lambda: case.sessions.add(datetime(2026, 3, 10, 10, 0), note=big)),
    "profile.update": attempt(lambda: case.profile.update(name="Z" * 100_000)),
    "documents.put": attempt(lambda: case.documents.put("form", "f1", {"a": big})),
    "goals.add": attempt(lambda: case.goals.add(big)),
    "add_client": attempt(lambda: vault.add_client("K-2", name="Q" * 100_000)),
    "set_setting": attempt(lambda: vault.set_setting("x", big)),
}
out["leftover_cases"] = sorted(p.name for p in (folder / "cases").iterdir())
os.unlink(mount / "filler")
out["after"] = attempt(lambda: case.sessions.save_note(session.id, "saved after"))
vault.close()
with Vault.unlock(folder, PW) as again:
    out["problems"] = again.verify()
    out["note"] = again.open_case(again.clients()[0].id).sessions.list()[0].note
    out["clients"] = [c.code for c in again.clients()]
print(json.dumps(out))
"""


@needs_mount
def test_every_case_write_on_a_full_disk_is_disk_full(tmp_path: Path) -> None:
    out = run_in_tmpfs(tmp_path, CASE_WRITES)
    for name in ("save_note", "sessions.add", "profile.update", "documents.put", "goals.add",
                 "add_client", "set_setting"):
        assert out[name] == "DiskFull", (name, out[name])
    assert len(out["leftover_cases"]) == 1  # add_client left no empty case file behind
    assert out["after"] == "ok"
    assert out["problems"] == [] and out["note"] == "saved after" and out["clients"] == ["K-1"]


OPEN_ON_A_FULL_DISK = r"""
vault, _ = Vault.create(folder, PW, kdf=KdfParams.for_tests())
case = vault.add_client("K-1")
session = case.sessions.add(datetime(2026, 3, 9, 10, 0))
case.sessions.save_note(session.id, "saved before")
vault.close()
fill()
out = {}
try:
    with Vault.unlock(folder, PW) as again:  # reading saves nothing: it must open
        out["note"] = again.open_case(again.clients()[0].id).sessions.list()[0].note
        out["disk_full"] = again.disk_full
except Exception as exc:
    out["unlock"] = type(exc).__name__ + ": " + getattr(exc, "message", str(exc))
out["create"] = attempt(lambda: Vault.create(mount / "second", PW, kdf=KdfParams.for_tests()))
out["left"] = sorted(p.name for p in mount.iterdir())
print(json.dumps(out))
"""


@needs_mount
def test_a_vault_on_a_full_disk_opens_to_read_and_none_is_half_made(tmp_path: Path) -> None:
    out = run_in_tmpfs(tmp_path, OPEN_ON_A_FULL_DISK)
    assert "unlock" not in out, out["unlock"]
    assert out["note"] == "saved before" and out["disk_full"]
    assert out["create"] == "DiskFull"
    assert out["left"] == ["filler", "vault"]  # no half-made "second" vault


READ_ONLY_DISK = r"""
import subprocess
vault, _ = Vault.create(folder, PW, kdf=KdfParams.for_tests())
vault.add_client("K-1")
vault.close()
subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
out = {"unlock": attempt(lambda: Vault.unlock(folder, PW)),
       "create": attempt(lambda: Vault.create(mount / "second", PW, kdf=KdfParams.for_tests()))}
print(json.dumps(out))
"""


@needs_mount
def test_a_vault_on_a_read_only_disk_says_so(tmp_path: Path) -> None:
    out = run_in_tmpfs(tmp_path, READ_ONLY_DISK)
    assert out == {"unlock": "VaultReadOnly", "create": "VaultReadOnly"}


READ_ONLY_FILES = r"""
import shutil, subprocess
def bind_ro(path):
    subprocess.run(f"mount --bind {path} {path} && mount -o remount,bind,ro {path}",
                   shell=True, check=True)
tpl = mount / "tpl"
vault, _ = Vault.create(tpl, PW, kdf=KdfParams.for_tests())
vault.add_client("K-1")
vault.close()
out = {}
def open_case(folder):
    with Vault.unlock(folder, PW) as again:
        again.open_case(again.clients()[0].id)
for name in ("index", "cases", "folder"):
    folder = mount / name
    shutil.copytree(tpl, folder)
    if name == "index":  # the unlock's audit line cannot be written
        bind_ro(folder / "index.kdb")
    elif name == "cases":  # nor the case's "Open case" line
        bind_ro(folder / "cases")
    else:  # the files may be written, but no journal can be made beside them
        keep = {n: mount / f"{name}-{n}" for n in ("index.kdb", "vault.lock")}
        for n, copy in keep.items():
            shutil.copy(folder / n, copy)
        bind_ro(folder)
        for n, copy in keep.items():
            subprocess.run(["mount", "--bind", str(copy), str(folder / n)], check=True)
    out[name] = attempt(lambda: open_case(folder))
print(json.dumps(out))
"""


@needs_mount
def test_a_vault_whose_files_cannot_be_written_says_read_only_not_damaged(
    tmp_path: Path,
) -> None:
    out = run_in_tmpfs(tmp_path, READ_ONLY_FILES)
    assert out == {"index": "VaultReadOnly", "cases": "VaultReadOnly", "folder": "VaultReadOnly"}
