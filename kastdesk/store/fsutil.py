"""Crash-safe file writing: temp file, flush, fsync, rename, fsync of the folder."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from kastdesk.store.errors import DiskFull, ExportDiskFull, ExportFailed, ExportIntoVault


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_leftovers(path: Path) -> None:
    """Remove the temp files a killed :func:`atomic_write` of ``path`` left beside it."""
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            name = entry.name
            middle = name[len(prefix):-len(".tmp")]
            if name.startswith(prefix) and name.endswith(".tmp") and middle.isdigit():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The temp file lives next to the target (same file system, so rename is atomic) and
    is removed again if anything fails, so a full disk leaves no half-written file. A
    process killed between writing and renaming cannot remove it: a hidden, complete copy
    (of a case summary, in plain text) stayed beside the export, which nobody was told of;
    writing the same file again removes what such a crash left of it first.
    """
    _remove_leftovers(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise


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
    if inside_vault(path):
        raise ExportIntoVault()
    try:
        atomic_write(Path(path), data, mode=0o600)
    except DiskFull as exc:
        raise ExportDiskFull(detail=str(exc)) from exc
    except OSError as exc:
        raise ExportFailed(detail=str(exc)) from exc
