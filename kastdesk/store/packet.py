"""Passphrase-sealed files that leave the vault: supervision packets and comment files.

A packet carries pseudonymized material to a supervisor who has no vault, so it gets its
own passphrase: Argon2id derives the key, AES-256-GCM seals the JSON payload, and the
header (format, KDF parameters, nonce) is authenticated as associated data. A short key
check value in the header tells a wrong passphrase apart from a changed file, so the user
gets the right advice. Lives in the store because only the store imports the crypto.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import weakref
from pathlib import Path
from typing import Any

from kastdesk.i18n import N_, tr
from kastdesk.store.crypto import KdfParams, b64e, derive_passphrase_key, open_sealed, seal
from kastdesk.store.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

MAGIC = b"KASTSEAL1\n"
_CHECK_INFO = b"kastdesk packet key check"


class PacketError(StoreError):
    """Base of packet errors."""

    default_message = N_("StoreError", "This file is not a KastDesk supervision file.")


class PacketWrongPassphrase(PacketError):
    exit_code = 3
    default_message = N_(
        "StoreError",
        "The passphrase does not open this file. Ask the therapist for it again.",
    )


class PacketDamaged(PacketError):
    default_message = N_(
        "StoreError",
        "This file has been changed or damaged since it was made. Ask for a new copy."
    )


class PacketUnreadable(PacketError):
    """A file that opens with its passphrase but does not hold what this version reads
    (keys missing, values of another type, a newer format): the app crashed on it with a
    KeyError, where the passphrase was right and only a newer KastDesk can help."""

    default_message = N_(
        "StoreError",
        "This supervision file opens, but this version of KastDesk cannot read what is in "
        "it; it may have been made by a newer version.",
    )


class PacketInUse(PacketError):
    """The packet is open in another supervisor-mode window that keeps its draft beside
    it: two wrote the same draft, and the last one's comments replaced the other's."""

    exit_code = 5
    default_message = N_(
        "StoreError",
        "This packet is already open in another KastDesk window, on this computer or "
        "another. Write your comments there, or close it there first.",
    )


class PacketHold:
    """An OS lock on a packet file (``flock``), held while one window keeps the draft of
    comments beside it (QA 19 R6: the packet opened twice, each window sealed its own
    comments into the same draft, and a crash kept only the last one's).

    The packet file is locked, not the draft, as the draft is replaced at each write. The
    kernel drops the lock when the process ends, however it ends, so a crash leaves no
    stale lock. Where there are no such locks (Windows; a network folder that refuses
    them on a file opened to read) nothing is held, as before.
    """

    def __init__(self, packet_path: Path) -> None:
        self._release: weakref.finalize | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        try:
            fd = os.open(packet_path, os.O_RDONLY)
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise PacketInUse(detail=str(packet_path)) from None
        except OSError:
            os.close(fd)
            return
        self._release = weakref.finalize(self, os.close, fd)

    @property
    def held(self) -> bool:
        return self._release is not None and self._release.alive

    def release(self) -> None:
        """Let another window open the packet (closing the file drops the lock)."""
        if self._release is not None:
            self._release()


def _check_value(key: bytes) -> str:
    return b64e(hmac.new(key, _CHECK_INFO, hashlib.sha256).digest()[:16])


class Sealer:
    """Seals files of one kind under one passphrase, deriving the key once.

    For a file written again and again (the supervisor's draft of comments, every few
    seconds): a derivation takes a noticeable moment on purpose, a seal with the key none.
    Each seal has a nonce of its own; the file opens with :func:`open_file`.
    """

    def __init__(self, passphrase: str, kind: str, kdf: KdfParams | None = None) -> None:
        params = kdf or KdfParams.calibrated(target_seconds=0.4, memory_kib=64 * 1024)
        self._key = derive_passphrase_key(passphrase, params)
        header = {"kind": kind, "kdf": params.to_json(), "check": _check_value(self._key),
                  "v": 1}
        self._head = json.dumps(header, sort_keys=True).encode("utf-8")

    def seal(self, payload: dict[str, Any]) -> bytes:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        sealed = seal(self._key, body, MAGIC + self._head)
        return MAGIC + len(self._head).to_bytes(4, "big") + self._head + sealed


def seal_file(payload: dict[str, Any], passphrase: str, kind: str,
              kdf: KdfParams | None = None) -> bytes:
    """Encrypt ``payload`` (JSON) under ``passphrase``; ``kind`` names the file type."""
    return Sealer(passphrase, kind, kdf).seal(payload)


def kdf_of(blob: bytes) -> KdfParams | None:
    """The key derivation a sealed file was made with (None: not a sealed file), so a
    file sealed beside it can cost the same (with a salt of its own)."""
    parts = _parts(blob)
    if parts is None:
        return None
    try:
        return KdfParams.from_json(json.loads(parts[0])["kdf"])
    except (ValueError, KeyError, TypeError):
        return None


def _parts(blob: bytes) -> tuple[bytes, bytes] | None:
    """A sealed file's header and sealed body (None: not a sealed file), as
    :meth:`Sealer.seal` framed them: one reading of the frame for every reader."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        return None
    rest = blob[len(MAGIC):]
    size = int.from_bytes(rest[:4], "big")
    return rest[4:4 + size], rest[4 + size:]


def open_file(blob: bytes, passphrase: str, kind: str) -> dict[str, Any]:
    """Decrypt a sealed file; PacketWrongPassphrase or PacketDamaged tell what went wrong."""
    parts = _parts(blob)
    if parts is None:
        raise PacketError()
    head, sealed = parts
    try:
        header = json.loads(head)
        params = KdfParams.from_json(header["kdf"])
        check = str(header["check"])
    except (ValueError, KeyError, TypeError) as exc:
        raise PacketDamaged() from exc
    if header.get("kind") != kind:
        raise PacketError(tr("StoreError", "This is a KastDesk file of another kind."))
    key = derive_passphrase_key(passphrase, params)
    if not hmac.compare_digest(_check_value(key), check):
        raise PacketWrongPassphrase()
    body = open_sealed(key, sealed, MAGIC + head)
    if body is None:
        raise PacketDamaged()
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise PacketDamaged() from exc
    if not isinstance(data, dict):
        raise PacketDamaged()
    return data


__all__ = [
    "PacketDamaged",
    "PacketError",
    "PacketHold",
    "PacketInUse",
    "PacketUnreadable",
    "PacketWrongPassphrase",
    "Sealer",
    "kdf_of",
    "open_file",
    "seal_file",
]
