"""The vault lock: one writing process per vault, with stale locks taken over.

The lock file holds the holder's pid and host for people reading it. The real
exclusion is an OS file lock (``flock``) held for as long as the vault is open: the
kernel drops it when the holder dies, however it dies, so a stale file from a crashed
or killed KastDesk is recognised without guessing from pids. Where ``flock`` does
not exist we fall back to the pid check.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from pathlib import Path

from kastdesk.store.errors import VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "vault.lock"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class VaultLock:
    """Held while a vault is open; ``release`` (or process death) frees it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None
        self.took_over_stale = False

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
            info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

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
