"""Crash-safe file writing: temp file, flush, fsync, rename, fsync of the folder; and
what a crash left of such a write, removed."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import socket
import time
from collections.abc import Callable
from pathlib import Path

from kastdesk.store.errors import (
    DiskFull,
    ExportDiskFull,
    ExportFailed,
    ExportIntoVault,
    ExportNotRecorded,
)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Temp files of :func:`atomic_write` and of a backup being written:
#: ``.kastdesk-<host>-<pid>-<random>.tmp``. KastDesk's own prefix, so a leftover is never
#: taken for another program's; the host (a short hash of its name) and the pid say whose
#: it is, so a leftover of a process that died is removed (:func:`remove_leftovers`) and
#: one another computer is writing into a shared folder right now is not.
TEMP_PREFIX = ".kastdesk-"
TEMP_SUFFIX = ".tmp"
_TEMP = re.compile(r"\.kastdesk-([0-9a-f]{6})-(\d+)-[0-9a-f]{8}\.tmp")
#: What versions before it left: ``.<name>.<pid>.tmp`` (an export, vault.json),
#: ``.<name>.<pid>.<hex>.tmp`` (a backup) and the packet's ``.<name>.<hex>.part``. These
#: carry no KastDesk mark: another program's hidden file of that shape (``.taxes.2024.tmp``,
#: a downloader's ``.movie.mkv.0a1b2c3d.part``) looks the same. So one is only ever taken
#: where ``<name>`` is the file being written now (:func:`_old_leftover_of`), never in
#: a general clean-up of the folder.
_OLD_TEMP_OF = r"\.{name}\.(\d+)(?:\.[0-9a-f]{{6}})?\.tmp"
_OLD_PART_OF = r"\.{name}\.[0-9a-f]{{8}}\.part"
#: The packet's ``.part`` was itself written through a temp file: ``..<name>.<hex>.part.<pid>.tmp``.
_OLD_PART_TEMP_OF = r"\.\.{name}\.[0-9a-f]{{8}}\.part\.(\d+)\.tmp"
#: A temp file of another computer (or an old pattern, whose computer is not named) is
#: only taken for a leftover once it is this old: it may be an export in progress there.
_FOREIGN_AGE = 24 * 3600.0
_OLD_AGE = 600.0


def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def temp_name() -> str:
    """A new temp file name of this process (see :data:`TEMP_PREFIX`)."""
    return f"{TEMP_PREFIX}{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"


def pid_running(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer (True when it cannot be told)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # another account's: running
        return True
    try:  # Windows: os.kill(pid, 0) would end the process; ask the kernel instead
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except (AttributeError, OSError):
        return True


def _is_leftover(name: str, age: float, host: str, of: str | None) -> bool:
    if found := _TEMP.fullmatch(name):
        if found.group(1) == host:
            return not pid_running(int(found.group(2)))
        return age > _FOREIGN_AGE
    return of is not None and _old_leftover_of(name, age, of)


def _old_leftover_of(name: str, age: float, of: str) -> bool:
    """Whether ``name`` is what an older version left of a write of ``of`` (the file
    being written now): its temp file, taken at once as before unless its pid runs, or
    the packet's ``.part``, which names no pid, once it is old (it may be being written
    elsewhere). A name of any other file is never taken: it may be the user's own."""
    escaped = re.escape(of)
    for pattern in (_OLD_TEMP_OF, _OLD_PART_TEMP_OF):
        if found := re.fullmatch(pattern.format(name=escaped), name):
            return not pid_running(int(found.group(1)))
    return age > _OLD_AGE and re.fullmatch(_OLD_PART_OF.format(name=escaped), name) is not None


def remove_leftovers(folder: Path, of: str | None = None) -> None:
    """Remove the temp files a killed KastDesk left in ``folder``.

    A process killed between writing a temp file and renaming it cannot remove it: a
    hidden, complete copy (of a case summary, in plain text) stayed beside the export,
    which nobody was told of, and an export the next day under another name (the name
    carries the day) left it there. So every write in a folder first removes what any
    crashed write left in it: this computer's temp files whose process is gone at once,
    another computer's (a shared folder) once they are a day old. An older version's
    temp names carry no KastDesk mark, so they are removed only where they name ``of``,
    the file about to be written (:func:`_old_leftover_of`): a general clean-up deleted
    the user's own hidden files (``.taxes.2024.tmp``) from Documents (QA 19 R4).
    """
    host, now = _host_tag(), time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            name = entry.name
            if not name.startswith(".") or not name.endswith((TEMP_SUFFIX, ".part")):
                continue
            with contextlib.suppress(OSError):
                if not entry.is_file(follow_symlinks=False):
                    continue
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if _is_leftover(name, age, host, of):
                    os.unlink(entry.path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _unnamed_file(folder: Path, mode: int) -> int | None:
    """A new file in ``folder`` with no name yet (Linux ``O_TMPFILE``): a crash before it
    is linked leaves nothing at all. None where the system or the file system has none
    (other systems; FAT and exFAT memory sticks, network folders)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, mode)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        return None  # EOPNOTSUPP, EISDIR (an old kernel), EINVAL: not here


def _link(fd: int, target: Path) -> None:
    """Give the unnamed file ``fd`` the name ``target``: linkat through /proc, following
    the link (given no folder descriptor, Python calls plain link(), which does not
    follow it and fails with EXDEV)."""
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", target.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def atomic_write(path: Path, data: bytes, mode: int = 0o600, *, exclusive: bool = False) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file,
    and never a stray copy of ``data`` beside it.

    Where Linux can (``O_TMPFILE``), the data is written to a file with no name, made
    durable, and only then given one: a crash before leaves nothing. Elsewhere a temp file
    next to the target (same file system, so rename is atomic; KastDesk's own name, see
    :data:`TEMP_PREFIX`) is renamed over it, and removed again if anything fails, so a full
    disk leaves no half-written file. Either way what a crashed write left is removed
    first (:func:`remove_leftovers`).

    ``exclusive``: never replace a file that is there; :class:`FileExistsError` instead
    (a hard link cannot overwrite, so no race decides it; a file system without hard
    links, a FAT memory stick, falls back to checking first).
    """
    stage_write(path, data, mode, exclusive=exclusive).place()


class StagedWrite:
    """A file written whole and durable that has no name yet (:func:`stage_write`): what
    :func:`atomic_write` has just before its rename. :meth:`place` gives it its name,
    :meth:`discard` drops it; one of them must be called.

    For a file that must not be seen before something else is done: an export is recorded
    in the vault's audit log between the two, so an export the vault cannot record (its
    disk full) leaves no file behind that deleting the client would not name, and one
    given with ``--force`` over an older file leaves that file as it was.
    """

    def __init__(self, path: Path, data: bytes, mode: int, exclusive: bool) -> None:
        self.path = path
        self._data = data
        self._mode = mode
        self._exclusive = exclusive
        self._fd: int | None = None  # an unnamed file (O_TMPFILE)
        self._tmp: Path | None = None  # else a temp file beside the target

    def _write(self) -> None:
        fd = _unnamed_file(self.path.parent, self._mode)
        if fd is not None:
            try:
                _write_all(fd, self._data)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            return
        self._write_named()

    def _write_named(self) -> None:
        tmp = self.path.with_name(temp_name())
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, self._mode)
            try:
                _write_all(fd, self._data)
            finally:
                os.close(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        self._tmp = tmp

    def place(self) -> None:
        """Give the file its name (``exclusive``: :class:`FileExistsError` where a file is
        there); a failure leaves nothing of it."""
        try:
            if self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    placed = _link_unnamed(fd, self.path, self._exclusive)
                finally:
                    os.close(fd)
                if placed:
                    fsync_dir(self.path.parent)
                    return
                self._write_named()  # linkat refused (no /proc access): a named temp file
            tmp, self._tmp = self._tmp, None
            assert tmp is not None
            try:
                if self._exclusive:
                    _place_new(tmp, self.path)
                else:
                    os.replace(tmp, self.path)
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            fsync_dir(self.path.parent)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull() from exc
            raise

    def place_recorded(self, record: Callable[[], object],
                       not_completed: Callable[[], object] | None = None) -> None:
        """``record()`` (the export in the vault's audit log), then :meth:`place`; where
        recording fails the file is dropped, never named, and :class:`ExportNotRecorded`
        says nothing was exported and why. Where naming fails after the record (rare: the
        file is written, only its rename is left), ``not_completed()`` says so in the same
        log, as far as it can (an audit log takes nothing back), and the error goes on."""
        try:
            record()
        except BaseException as exc:
            self.discard()
            if isinstance(exc, Exception):
                raise ExportNotRecorded.because(exc) from exc
            raise
        try:
            self.place()
        except BaseException:
            if not_completed is not None:
                with contextlib.suppress(Exception):  # the failure to name is what is said
                    not_completed()
            raise

    def discard(self) -> None:
        """Drop the file: nothing of it stays (an unnamed file goes as it is closed)."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)
        if self._tmp is not None:
            tmp, self._tmp = self._tmp, None
            with contextlib.suppress(OSError):
                tmp.unlink()


def stage_write(path: Path, data: bytes, mode: int = 0o600, *,
                exclusive: bool = False) -> StagedWrite:
    """Write ``data`` for ``path`` whole and durable, without its name yet (see
    :class:`StagedWrite` and :func:`atomic_write`, which is this and ``place``). What a
    crashed write left in the folder is removed first (:func:`remove_leftovers`)."""
    return _staged(StagedWrite(Path(path), data, mode, exclusive))


def _staged(staged: StagedWrite) -> StagedWrite:
    remove_leftovers(staged.path.parent, staged.path.name)
    try:
        staged._write()
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    return staged


def _link_unnamed(fd: int, path: Path, exclusive: bool) -> bool:
    """Give the unnamed file ``fd`` the name ``path``; False where linking is refused
    (nothing was named: the caller writes a named temp file instead)."""
    try:
        if exclusive:
            _link(fd, path)
        else:
            # A name of its own first, then over the target: rename replaces
            # atomically, a link cannot replace. The name lives for one rename.
            tmp = path.with_name(temp_name())
            _link(fd, tmp)
            try:
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    tmp.unlink()
                raise
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
            raise
        return False
    return True


def _place_new(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target``, never over an existing file."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (a FAT memory stick)
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.replace(tmp, target)


#: The file that makes a folder a vault (``vault.META_NAME``; named here, below the vault).
VAULT_MARKER = "vault.json"


def inside_vault(path: Path) -> bool:
    """Whether ``path`` lies in a vault's folder or below it (a file an export must not
    replace: ``--out VAULT/vault.json`` destroyed the vault)."""
    try:
        folder = Path(path).expanduser().resolve().parent
    except OSError:
        return False
    return any((d / VAULT_MARKER).exists() for d in (folder, *folder.parents))


def write_export(path: Path, data: bytes) -> None:
    """Write a file the user exports, whole or not at all, readable by the user's account
    only (as the supervision packet is): a case summary holds the whole case in plain text,
    and other accounts on a shared clinic laptop could read it (it was 0644).

    Any failure (a folder given as the file, a missing or read-only folder, a full disk)
    becomes :class:`ExportFailed`: one sentence, and no half-written file left behind. A
    place inside a vault's folder is refused before anything is written: an export there
    could replace the vault's own files, and it would sit in plain text beside them.
    """
    stage_export(path, data).place()


class StagedExport(StagedWrite):
    """An export written whole that has no name yet (:func:`stage_export`); its ``place``
    fails as :func:`write_export` does, in one sentence."""

    def place(self) -> None:
        try:
            super().place()
        except DiskFull as exc:
            raise ExportDiskFull(detail=str(exc)) from exc
        except OSError as exc:
            raise ExportFailed(detail=str(exc)) from exc


def stage_export(path: Path, data: bytes, *, exclusive: bool = False) -> StagedExport:
    """:func:`write_export` up to the name: the file is written whole, and seen only once
    ``place`` is called, after the export is recorded in the vault (``discard`` where it
    could not be: see :class:`StagedWrite`). Fails as :func:`write_export` does."""
    if inside_vault(path):
        raise ExportIntoVault()
    try:
        staged = _staged(StagedExport(Path(path), data, 0o600, exclusive))
    except DiskFull as exc:
        raise ExportDiskFull(detail=str(exc)) from exc
    except OSError as exc:
        raise ExportFailed(detail=str(exc)) from exc
    assert isinstance(staged, StagedExport)
    return staged
