"""Sealed rescue copies of text the vault could not take, kept outside the vault.

When the vault's folder goes away (a memory stick pulled, a network folder dropped), what
was typed waits in memory and the save is tried again; a battery that dies meanwhile lost
it. While it waits, a sealed copy is kept in the user's own application data folder (not
the vault's: that is the folder that is gone), one file per vault, named by the vault's id.

The key is derived (HKDF) from the vault key, so only an unlocked vault, that is its
passphrase or its recovery key, opens the copy; the vault's id is in the authenticated
header too, so a file of another vault is never decrypted as this one's, even renamed.
The plain text exists in memory only: the file is written whole (``atomic_write``) from
the sealed bytes. Lives in the store because only the store imports the crypto.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kastdesk.i18n import tr
from kastdesk.store.crypto import KEY_BYTES, open_sealed, seal
from kastdesk.store.errors import StoreError
from kastdesk.store.fsutil import atomic_write, fsync_dir

MAGIC = b"KASTRESCUE1\n"
SUFFIX = ".kastrescue"
_INFO = b"kastdesk rescue copy v1"
#: The most a header may claim to be (a damaged length must not read the whole disk).
_HEAD_MAX = 4096


class RescueDamaged(StoreError):
    """The rescue copy of this vault cannot be read: changed or cut short on the disk.

    It is moved aside, never deleted (what it holds may still be got back by someone who
    knows how), and the next copy goes to the usual name. ``aside`` is where it now is."""

    def __init__(self, aside: Path) -> None:
        self.aside = aside
        super().__init__(tr(
            "StoreError",
            "The copy KastDesk kept of text it could not save cannot be read (the file is "
            "damaged), so nothing could be put back from it; it was left on this computer "
            "as {path}.").format(path=aside), detail=str(aside))


def digest(text: str) -> str:
    """A fingerprint of the text a field held in the vault when a copy was kept: put back
    only over that same text, so nothing saved since is overwritten unseen."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


#: An item a tab holds (kind "case_text"): what is typed in one place of one tab (the
#: intake's answers, an exercise, a session's details, a person of the family map). The
#: tab named by ``tab`` says what the vault holds there now (``rescue_stored``), what the
#: place is called (``rescue_label``) and puts the text back (``put_back_text``); ``base``
#: fingerprints what the vault held there when the text was typed (``fingerprint``),
#: ``value`` is what goes back, ``words`` what was typed, to show and copy.
CASE_TEXT = "case_text"


def fingerprint(value: object) -> str:
    """:func:`digest` of any stored value (answers, an exercise, a session's details): the
    same value gives the same fingerprint whatever the order of its keys."""
    return digest(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))


def default_rescue_folder() -> Path:
    """The user's local application data folder for KastDesk's rescue copies: outside any
    vault, on the computer itself (not roaming with the account to other computers)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("KastDesk", appauthor=False)) / "rescue"


def rescue_key(vault_key: bytes, vault_id: str) -> bytes:
    """The rescue copy's key: the vault key's, for this one use (HKDF, the vault's id as
    salt), so the vault key itself never seals anything outside the vault."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=vault_id.encode("utf-8"),
                info=_INFO).derive(vault_key)


class RescueFile:
    """The one rescue copy of one vault, in ``folder``: written, read, moved aside, removed.

    Holds the derived key (not the vault key) for as long as the app keeps it: the vault
    may be out of reach by the time a copy must be written."""

    def __init__(self, folder: Path, vault_id: str, key: bytes) -> None:
        self.folder = Path(folder)
        self.vault_id = vault_id
        self._key: bytes | None = key
        self._head = json.dumps({"kind": "rescue", "v": 1, "vault_id": vault_id},
                                sort_keys=True).encode("utf-8")

    @property
    def path(self) -> Path:
        return self.folder / f"{self.vault_id}{SUFFIX}"

    def exists(self) -> bool:
        return self.path.is_file()

    def _sealing_key(self) -> bytes:
        if self._key is None:
            raise StoreError(detail="rescue file closed")
        return self._key

    def write(self, payload: dict[str, Any]) -> None:
        """Replace the copy with ``payload`` (JSON), sealed; readable by this account only.
        Raises ``OSError`` (or ``DiskFull``) when the folder cannot be written."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        blob = (MAGIC + len(self._head).to_bytes(4, "big") + self._head
                + seal(self._sealing_key(), body, MAGIC + self._head))
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(self.path, blob, mode=0o600)

    def read(self) -> dict[str, Any] | None:
        """What the copy holds; None when there is none, or when the file at this vault's
        name says it is another vault's (never opened: left as it is).

        A copy that does not open is moved aside and :class:`RescueDamaged` raised: one
        sentence, and the file kept."""
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:  # unreadable now (permissions): left alone, said once
            raise RescueDamaged(self.path) from exc
        head, sealed = _parts(blob)
        if head is not None:
            try:
                header = json.loads(head)
            except ValueError:
                header = None
            if isinstance(header, dict) and header.get("vault_id") != self.vault_id:
                return None  # another vault's copy under this name: never opened here
        body = open_sealed(self._sealing_key(), sealed, MAGIC + head) \
            if head is not None else None
        data: Any = None
        if body is not None:
            with contextlib.suppress(ValueError):
                data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise RescueDamaged(self._move_aside())
        return data

    def _move_aside(self) -> Path:
        """Give a copy that does not open a name of its own beside it (kept, never
        deleted), so the next copy written does not replace it."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.folder / f"{self.vault_id}-damaged-{stamp}{SUFFIX}"
        n = 2
        while aside.exists():
            aside = self.folder / f"{self.vault_id}-damaged-{stamp}-{n}{SUFFIX}"
            n += 1
        try:
            self.path.rename(aside)
        except OSError:
            return self.path  # left where it was: still kept
        with contextlib.suppress(OSError):
            fsync_dir(self.folder)
        return aside

    def remove(self) -> None:
        """Remove the copy (its text is in the vault now)."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        with contextlib.suppress(OSError):
            fsync_dir(self.folder)

    def close(self) -> None:
        """Forget the key (the vault locked)."""
        self._key = None


def _parts(blob: bytes) -> tuple[bytes | None, bytes]:
    """The header and sealed body of a rescue file; (None, b"") when it has no frame."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        return None, b""
    rest = blob[len(MAGIC):]
    size = int.from_bytes(rest[:4], "big")
    if size > _HEAD_MAX or len(rest) < 4 + size:
        return None, b""
    return rest[4:4 + size], rest[4 + size:]


__all__ = ["CASE_TEXT", "RescueDamaged", "RescueFile", "default_rescue_folder", "digest",
           "fingerprint", "rescue_key"]
