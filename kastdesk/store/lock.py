"""The vault lock: one writing process per vault, with stale locks taken over.

The lock file holds the holder's pid and host for people reading it. The real
exclusion is an OS file lock (``flock``) held for as long as the vault is open: the
kernel drops it when the holder dies, however it dies, so a stale file from a crashed
or killed KastDesk is recognised without guessing from pids. Where ``flock`` does
not exist we fall back to the pid check.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from pathlib import Path

from kastdesk.i18n import tr
from kastdesk.store.errors import DiskFull, StoreError, VaultInUse, VaultReadOnly
from kastdesk.store.fsutil import pid_running

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "vault.lock"


def folder_error(exc: OSError) -> StoreError:
    """One sentence for a vault folder KastDesk cannot write in (a full or read-only disk)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            tr("Vault", "The disk is full, so the vault cannot be opened here. "
                        "Free some space and try again; nothing was changed."),
            detail=str(exc),
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultReadOnly(detail=str(exc))
    return StoreError(
        tr("Vault", "KastDesk cannot write in the vault's folder ({reason}). Check that the "
                    "disk is connected and that you may write there.").format(
            reason=exc.strerror or type(exc).__name__),
        detail=str(exc),
    )


def _pid_alive(pid: int) -> bool:
    """Whether the holder's process still runs. Not ``os.kill(pid, 0)`` everywhere: on
    Windows, where the pid is the lock (no flock), signal 0 is CTRL_C_EVENT and would
    interrupt the process it asks about."""
    return pid_running(pid)


class VaultLock:
    """Held while a vault is open; ``release`` (or process death) frees it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self.took_over_stale = False

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise folder_error(exc) from exc
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise VaultInUse(detail=self._holder_text()) from None
                self.took_over_stale = os.fstat(fd).st_size > 0
            else:  # pragma: no cover - Windows
                holder = self._read_holder()
                if holder and holder.get("host") == socket.gethostname():
                    if _pid_alive(int(holder.get("pid", 0))) and holder.get("pid") != os.getpid():
                        raise VaultInUse(detail=self._holder_text())
                    self.took_over_stale = True
            try:
                self._write_holder(fd)
            except OSError as exc:
                # With flock the pid is only for people reading the file: a vault on a
                # full disk must still open to read notes, so the file lock alone holds it.
                if fcntl is None:  # pragma: no cover - Windows: the pid is the lock
                    raise folder_error(exc) from exc
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    @staticmethod
    def _write_holder(fd: int) -> None:
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        os.fsync(fd)

    def _read_holder(self) -> dict[str, object] | None:
        try:
            return json.loads(self.path.read_text("utf-8") or "null")
        except (OSError, ValueError):
            return None

    def _holder_text(self) -> str:
        holder = self._read_holder() or {}
        return f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}"

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
