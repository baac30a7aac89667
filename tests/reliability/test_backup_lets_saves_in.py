"""A backup onto a slow stick does not hold up the app's saves (QA 19 F3).

The backup copies each database with SQLite's online backup API. In one go it held the
source's read lock for the whole copy, through the copy's own commit and its sync on the
stick, and a save in the app waited for all of it (over five seconds, then read as
damage). Now it copies in steps, writes the copy without syncs, and syncs it once nothing
is held. SQLite starts a stepwise copy over when a save changes the source between two
steps; under steady saves it starts over a few times at most, then finishes in one step.

The slow stick is real in effect: the backup runs in a thread of a process of its own,
and strace delays that thread's system calls (its syncs; for the steady saves, every
write too), while the process's main thread saves a note, as the app's UI thread does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from kastdesk.store import Vault
from kastdesk.store.backup import check_backup, restore_backup

from ..conftest import PASSPHRASE, make_demo_vault

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux's"),
    pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace"),
]

APP = """
import json, sys, threading, time
from pathlib import Path
from kastdesk.store import Vault
from kastdesk.store import backup
from kastdesk.store.errors import StoreError

folder, out, client_id, session_id, interval, step = sys.argv[1:7]
backup._STEP_PAGES = int(step)
vault = Vault.unlock(Path(folder), sys.argv[7])
case = vault.open_case(client_id)
go = threading.Event()
done = {}

def work():
    print(threading.get_native_id(), flush=True)
    go.wait()
    start = time.monotonic()
    try:
        backup.write_backup(vault, Path(out))
        done["took"] = time.monotonic() - start
    except BaseException as exc:
        done["error"] = repr(exc)

thread = threading.Thread(target=work)
thread.start()
sys.stdin.readline()
go.set()
saves, longest, failed, n = [], 0.0, [], 0
while thread.is_alive():
    n += 1
    text = f"note version {n} " + "words " * 200
    start = time.monotonic()
    try:
        case.sessions.save_note(session_id, text)
        saves.append(text)
    except StoreError as exc:
        failed.append(type(exc).__name__)
    longest = max(longest, time.monotonic() - start)
    time.sleep(float(interval))
thread.join()
vault.close()
print(json.dumps({"longest": longest, "failed": failed, "saves": saves, **done}))
"""


def _vault(tmp_path: Path, note_kib: int) -> tuple[Path, str, str]:
    """A fictional vault whose first client has a session with a long note (a case file
    of some size: several steps of the copy)."""
    folder = make_demo_vault(tmp_path / "vault", clients=2, seed=19)
    with Vault.unlock(folder, PASSPHRASE) as vault:
        client = vault.clients()[0]
        case = vault.open_case(client.id)
        session = case.sessions.add(datetime(2026, 11, 20, 10, 0))
        case.sessions.save_note(session.id, "Fictional words. " * (note_kib * 60))
        return folder, client.id, session.id


def _run(tmp_path: Path, calls: str, delay_us: int, interval: float, step: int,
         note_kib: int) -> dict[str, object]:
    folder, client_id, session_id = _vault(tmp_path, note_kib)
    out = tmp_path / "stick" / "backup.kastbak"
    out.parent.mkdir()
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(folder), str(out), client_id, session_id,
         str(interval), str(step), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert app.stdout is not None and app.stdin is not None
    tid = int(app.stdout.readline())
    # Only the backup's thread is slowed: the saves run at the disk's own speed.
    tracer = subprocess.Popen(
        ["strace", "-qq", "-o", "/dev/null", "-p", str(tid), "-e", f"trace={calls}",
         "-e", f"inject={calls}:delay_enter={delay_us}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while "TracerPid:\t0" in Path(f"/proc/{app.pid}/task/{tid}/status").read_text():
            assert time.monotonic() < deadline, "strace did not attach"
            time.sleep(0.05)
        app.stdin.write("go\n")
        app.stdin.flush()
        stdout, stderr = app.communicate(timeout=240)
    finally:
        if app.poll() is None:
            app.kill()
        tracer.wait(timeout=30)
    assert app.returncode == 0, stderr
    result: dict[str, object] = json.loads(stdout.strip().splitlines()[-1])
    assert "error" not in result, result
    check_backup(out, passphrase=PASSPHRASE)
    restored = restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    with restored.vault as again:
        assert again.verify() == []
        note = again.open_case(client_id).sessions.get(session_id).note
    assert note in result["saves"] or note.startswith("Fictional words."), note[:40]
    return result


def test_a_save_does_not_wait_for_the_backups_sync_on_a_slow_stick(tmp_path: Path) -> None:
    """Every sync of the backup takes 1.5 s (a cheap stick flushing); the note is saved
    every 0.1 s meanwhile. In one go, a save waited for the copy's commit and its sync."""
    result = _run(tmp_path, "fsync,fdatasync", 1_500_000, interval=0.1, step=128,
                  note_kib=64)
    assert result["failed"] == []
    assert float(result["longest"]) < 0.75, result["longest"]  # type: ignore[arg-type]


def test_under_steady_saves_the_copy_ends_and_is_whole(tmp_path: Path) -> None:
    """Each write of the copy takes 5 ms and a step copies 4 pages, so copying the case
    file takes longer than the 50 ms between two saves: every save starts the copy over.
    The backup still ends (after a few fresh starts, in one step) and is of one state."""
    result = _run(tmp_path, "pwrite64,write,fsync,fdatasync", 5_000, interval=0.05, step=4,
                  note_kib=256)
    assert float(result["took"]) < 120  # type: ignore[arg-type]
