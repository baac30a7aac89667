"""An export killed while it is written leaves no plain-text copy behind for good (QA 19
F8): where Linux can, the data has no name until it is complete; a temp file a crash
does leave is KastDesk's own (``.kastdesk-…tmp``) and goes with the next write in that
folder, whatever that write's name, once its process is gone.

The kills are real: the writer runs in a process of its own under strace, which sends it
SIGKILL as it enters the chosen system call (the sync of the written data, or the rename).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kastdesk.store import fsutil
from kastdesk.store.fsutil import atomic_write, remove_leftovers, write_export

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and signals")
needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")

MARKER = "K-2099-417 fictional case summary, risk flag raised"

WRITER = """
import sys
from pathlib import Path
from kastdesk.store import fsutil
if sys.argv[3] == "named":
    fsutil._unnamed_file = lambda *a: None  # as on a FAT stick or a network folder
fsutil.write_export(Path(sys.argv[1]), sys.argv[2].encode() * 2000)
"""


def _killed_at(calls: str, out: Path, how: str = "unnamed") -> int:
    """Run an export of MARKER to ``out`` in a process killed at the first of ``calls``;
    returns its exit status (the pid is gone when this returns)."""
    proc = subprocess.run(
        ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={calls}",
         "-e", f"inject={calls}:signal=SIGKILL",
         sys.executable, "-c", WRITER, str(out), MARKER, how],
        capture_output=True, timeout=60,
    )
    return proc.returncode


def _holding_marker(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.is_file() and MARKER.encode() in p.read_bytes())


def _unnamed_works(folder: Path) -> bool:
    fd = fsutil._unnamed_file(folder, 0o600)
    if fd is None:
        return False
    os.close(fd)
    return True


@needs_strace
def test_killed_before_it_has_a_name_the_export_leaves_nothing(tmp_path: Path) -> None:
    if not _unnamed_works(tmp_path):
        pytest.skip("no O_TMPFILE on this file system")
    out = tmp_path / "K-2099-417 case summary 2026-12-04.pdf"
    status = _killed_at("fsync,fdatasync", out)
    assert status != 0  # killed, not finished
    assert list(tmp_path.iterdir()) == []


@needs_strace
def test_a_copy_left_at_the_rename_goes_with_the_next_export_of_another_name(
    tmp_path: Path,
) -> None:
    out = tmp_path / "K-2099-417 case summary 2026-12-04.pdf"
    out.write_bytes(b"%PDF yesterday's summary")  # replaced: a rename, killed on entry
    assert _killed_at("rename,renameat,renameat2", out) != 0
    left = _holding_marker(tmp_path)
    assert len(left) == 1 and left[0].startswith(".kastdesk-"), left
    # The next day: the suggested name carries the day, so it is another file.
    write_export(tmp_path / "K-2099-417 case summary 2026-12-05.pdf", b"%PDF today's")
    assert _holding_marker(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "K-2099-417 case summary 2026-12-04.pdf", "K-2099-417 case summary 2026-12-05.pdf"]


@needs_strace
def test_without_unnamed_files_the_crashed_temp_file_goes_with_the_next_write(
    tmp_path: Path,
) -> None:
    out = tmp_path / "family map.png"
    assert _killed_at("fsync,fdatasync", out, "named") != 0
    left = _holding_marker(tmp_path)
    assert len(left) == 1 and left[0].startswith(".kastdesk-"), left
    write_export(tmp_path / "register.csv", b"code\n")
    assert _holding_marker(tmp_path) == []


def _ours(pid: int, host: str | None = None) -> str:
    return f".kastdesk-{host or fsutil._host_tag()}-{pid}-0123abcd.tmp"


def _aged(path: Path, seconds: float) -> Path:
    when = time.time() - seconds
    os.utime(path, (when, when))
    return path


def _gone_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def test_only_leftovers_of_processes_gone_are_removed(tmp_path: Path) -> None:
    """What is removed: this computer's temp files of a process that ended, another
    computer's a day old. What stays: a running process's (a backup or export in
    progress), another computer's recent one (a shared folder), and every file whose name
    is not KastDesk's, an older version's name among them (it carries no mark: QA 19 R4)."""
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        gone = _gone_pid()
        files = {
            "dead": tmp_path / _ours(gone),
            "running": tmp_path / _ours(running.pid),
            "mine": tmp_path / _ours(os.getpid()),
            "other computer, now": tmp_path / _ours(gone, "abcdef"),
            "other computer, old": _aged_path(tmp_path / _ours(gone, "fedcba"), 2 * 86400),
            "old version's shape, old": _aged_path(tmp_path / f".summary.pdf.{gone}.tmp", 3600),
            "old backup's shape, old": _aged_path(
                tmp_path / f".b.kastbak.{gone}.a1b2c3.tmp", 3600),
            "old packet part's shape, old": _aged_path(tmp_path / ".s.pdf.0a1b2c3d.part", 3600),
            "not ours": _aged_path(tmp_path / ".kastdesk-notes.tmp", 86400 * 3),
            "not ours either": _aged_path(tmp_path / ".swap.tmp", 86400 * 3),
            "visible": _aged_path(tmp_path / f"draft.{gone}.tmp", 86400 * 3),
        }
        for path in files.values():
            if not path.exists():
                path.write_bytes(b"x")
        remove_leftovers(tmp_path)
        removed = sorted(k for k, p in files.items() if not p.exists())
        assert removed == ["dead", "other computer, old"]
    finally:
        running.kill()
        running.wait()


def test_the_users_own_hidden_files_survive_an_export_into_their_folder(tmp_path: Path) -> None:
    """QA 19 R4: exports go to Documents, Desktop, a shared clinic folder. A hidden file
    of another program or of the user in the shape an older KastDesk's temp file had
    (a dot, a name, a number, .tmp; a downloader's .part) is not KastDesk's, however old
    and whatever its number: the export deleted it."""
    gone = _gone_pid()
    users = [
        _aged_path(tmp_path / f".taxes.{gone}.tmp", 3600),
        _aged_path(tmp_path / f".photos.{gone}.abcdef.tmp", 3600),
        _aged_path(tmp_path / f".thesis draft.{gone}.tmp", 3600),
        _aged_path(tmp_path / ".movie.mkv.0a1b2c3d.part", 3600),
        _aged_path(tmp_path / f".report.pdf.old.{gone}.tmp", 3600),  # another file's name
        _aged_path(tmp_path / f".areport.pdf.{gone}.tmp", 3600),
    ]
    write_export(tmp_path / "report.pdf", b"%PDF fictional export")
    assert [p.name for p in users if not p.exists()] == []


def test_an_older_versions_leftovers_of_the_file_written_now_go(tmp_path: Path) -> None:
    """Of the very file being written, an older version's leftovers are still taken: its
    temp file (an export, a backup) at once unless its process runs, the packet's .part
    (which names no process) once it is old."""
    gone = _gone_pid()
    gone_now = {
        "export": tmp_path / f".report.pdf.{gone}.tmp",
        "backup": tmp_path / f".b.kastbak.{gone}.a1b2c3.tmp",
        "packet part, old": _aged_path(tmp_path / ".s.pdf.0a1b2c3d.part", 3600),
        "packet part's temp": tmp_path / f"..s.pdf.0a1b2c3d.part.{gone}.tmp",
    }
    kept = {
        "export of a process that runs": tmp_path / f".report.pdf.{os.getpid()}.tmp",
        "packet part, recent": tmp_path / ".s.pdf.99aabbcc.part",
    }
    for path in (*gone_now.values(), *kept.values()):
        if not path.exists():
            path.write_bytes(b"x")
    remove_leftovers(tmp_path, "report.pdf")
    remove_leftovers(tmp_path, "b.kastbak")
    remove_leftovers(tmp_path, "s.pdf")
    assert [k for k, p in gone_now.items() if p.exists()] == []
    assert [k for k, p in kept.items() if not p.exists()] == []


def _aged_path(path: Path, seconds: float) -> Path:
    path.write_bytes(b"x")
    return _aged(path, seconds)


def test_an_older_versions_copy_of_the_same_file_goes_at_once(tmp_path: Path) -> None:
    gone = _gone_pid()
    leftover = tmp_path / f".summary.pdf.{gone}.tmp"
    leftover.write_bytes(b"%PDF the whole case, left by a crash")
    write_export(tmp_path / "summary.pdf", b"%PDF")
    assert not leftover.exists()


@pytest.mark.parametrize("unnamed", [True, False], ids=["unnamed", "named temp file"])
def test_exclusive_never_replaces_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unnamed: bool,
) -> None:
    if not unnamed:  # as on a FAT stick or a network folder
        monkeypatch.setattr(fsutil, "_unnamed_file", lambda *a: None)
    target = tmp_path / "supervision-2026-12-10.pdf"
    atomic_write(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        atomic_write(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    atomic_write(target, b"third")  # not exclusive: replaced
    assert target.read_bytes() == b"third"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
