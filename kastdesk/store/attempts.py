"""Failed unlock attempts, counted outside the encrypted index until the next unlock.

A wrong passphrase cannot be written to the vault's audit log: the log is inside
``index.kdb``, and the key to it is exactly what was not given. So each failure is
counted in ``unlock-attempts.json`` beside ``vault.json``, and the next successful
unlock moves the count into the audit log ("3 failed attempts since the last unlock")
and removes the file. The unlock screen reads the same file, so its growing pause
survives a restart of the app (quitting no longer wiped the count).

The file is plain text on purpose and holds only what is safe in plain text: how many
attempts failed, by which way in (passphrase or recovery key), and when the first and
the last were. Never anything typed, no length, no hash, no name of a person. Someone
who can write the vault folder can delete it and so reset the pause; they could as well
copy ``vault.json`` and guess offline, so the pause is a speed bump for someone at the
keyboard, not the protection (Argon2 is).

Writes are best effort: a read-only folder or a full disk must never turn a mistyped
passphrase into a different error, nor keep anyone from trying again.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from kastdesk.store.errors import DiskFull
from kastdesk.store.fsutil import atomic_write

ATTEMPTS_NAME = "unlock-attempts.json"
_VERSION = 1

#: The ways into a vault that can fail: the passphrase, or the printed recovery key.
PASSPHRASE = "passphrase"
RECOVERY_KEY = "recovery_key"


@dataclass(frozen=True)
class FailedAttempts:
    """What ``unlock-attempts.json`` says: ``count`` failures, the first and last at."""

    count: int = 0
    recovery_key: int = 0  # how many of ``count`` were a wrong recovery key
    first: datetime | None = None
    last: datetime | None = None

    def to_detail(self) -> dict[str, object]:
        """The audit entry's detail: counts and times, as the log keeps them (UTC ISO)."""
        return {
            "count": self.count,
            "recovery_key": self.recovery_key,
            "first": _iso(self.first),
            "last": _iso(self.last),
        }

    def seconds_since_last(self, now: datetime | None = None) -> float | None:
        """Seconds since the last failure, never negative (a clock set back counts 0)."""
        if self.last is None:
            return None
        now = now or datetime.now(UTC)
        return max(0.0, (now - self.last).total_seconds())


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def path_in(folder: Path) -> Path:
    return Path(folder) / ATTEMPTS_NAME


def read(folder: Path) -> FailedAttempts:
    """The failures counted in ``folder``; none when there is no file or it is unreadable.

    A file edited by hand (a negative count, text where a number belongs) reads as what
    can be made of it: a count is never below zero, a time that is no time is left out.
    """
    try:
        data = json.loads(path_in(folder).read_text("utf-8"))
    except (OSError, ValueError):
        return FailedAttempts()
    if not isinstance(data, dict):
        return FailedAttempts()
    count = data.get("count")
    recovery = data.get("recovery_key")
    count = count if isinstance(count, int) and count > 0 else 0
    recovery = recovery if isinstance(recovery, int) and 0 < recovery <= count else 0
    if not count:
        return FailedAttempts()
    return FailedAttempts(count, recovery, _parse_time(data.get("first")),
                          _parse_time(data.get("last")))


def note_failure(folder: Path, way: str = PASSPHRASE,
                 now: datetime | None = None) -> FailedAttempts:
    """Count one more failed attempt; returns the new count (also when it was not saved).

    Called while the vault's lock is held, so two processes never count over each other.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    old = read(folder)
    new = replace(
        old, count=old.count + 1,
        recovery_key=old.recovery_key + (way == RECOVERY_KEY),
        first=old.first or now, last=now,
    )
    data = {"version": _VERSION, **new.to_detail()}
    with contextlib.suppress(OSError, DiskFull):
        atomic_write(path_in(folder), json.dumps(data, indent=2).encode("utf-8"))
    return new


def clear(folder: Path) -> None:
    """Forget the count (after a successful unlock has written it to the audit log)."""
    with contextlib.suppress(OSError):
        path_in(folder).unlink(missing_ok=True)


__all__ = ["ATTEMPTS_NAME", "PASSPHRASE", "RECOVERY_KEY", "FailedAttempts", "clear",
           "note_failure", "path_in", "read"]
