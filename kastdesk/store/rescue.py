"""Sealed rescue copies of text the vault could not take, kept outside the vault.

When the vault's folder goes away (a memory stick pulled, a network folder dropped), what
was typed waits in memory and the save is tried again; a battery that dies meanwhile lost
it. While it waits, a sealed copy is kept in the user's own application data folder (not
the vault's: that is the folder that is gone), one file per vault, named by the vault's id.

The key is derived (HKDF) from the vault key, so only an unlocked vault, that is its
passphrase or its recovery key, opens the copy; the vault's id is in the authenticated
header too, so a file of another vault is never decrypted as this one's, even renamed.
Nothing found at this vault's name that is not its copy (another vault's copy renamed by
hand, a folder) is ever written over or removed: it is moved aside first, and where it
cannot be moved the copy is kept under a second name (see :meth:`RescueFile.read`).
The plain text exists in memory only: the file is written whole (``atomic_write``) from
the sealed bytes. Lives in the store because only the store imports the crypto.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import stat
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
#: What a vault's id may look like to be used in a file name (a header is not trusted).
_VAULT_ID = re.compile(r"[0-9A-Za-z_-]{1,80}")

log = logging.getLogger(__name__)


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
        #: The copy is kept at :attr:`second`: something unmovable is at :attr:`home`.
        self._detour = False
        #: Where :meth:`_clear_way` last put what was in the way (``home``: nowhere).
        self._aside = self.home
        self._head = json.dumps({"kind": "rescue", "v": 1, "vault_id": vault_id},
                                sort_keys=True).encode("utf-8")

    @property
    def home(self) -> Path:
        """The copy's usual name: the one the next unlock looks for."""
        return self.folder / f"{self.vault_id}{SUFFIX}"

    @property
    def second(self) -> Path:
        """Where the copy is kept while something that cannot be moved is at :attr:`home`
        (:meth:`read` brings it back to the usual name once that is free)."""
        return self.folder / f"{self.vault_id}-kept{SUFFIX}"

    @property
    def path(self) -> Path:
        return self.second if self._detour else self.home

    def exists(self) -> bool:
        return self.path.is_file()

    def _sealing_key(self) -> bytes:
        if self._key is None:
            raise StoreError(detail="rescue file closed")
        return self._key

    def write(self, payload: dict[str, Any]) -> None:
        """Replace the copy with ``payload`` (JSON), sealed; readable by this account only.
        What is at the copy's name and is not this vault's copy is moved aside first (or,
        unmovable, the copy goes to :attr:`second`). Raises ``OSError`` (or ``DiskFull``)
        when the folder cannot be written."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        blob = (MAGIC + len(self._head).to_bytes(4, "big") + self._head
                + seal(self._sealing_key(), body, MAGIC + self._head))
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not self._detour and not self._clear_way():
            self._detour = True
            log.warning("rescue copy kept as %s: something else is at %s",
                        self.second, self.home)
        atomic_write(self.path, blob, mode=0o600)

    def read(self) -> dict[str, Any] | None:
        """What the copy holds; None when there is none. Another vault's copy at this
        vault's name (renamed by hand) is never opened, and a folder or anything else
        that is no file is never read: either is moved out of the way (another vault's
        copy back to its own name where that is free), so no write of this vault
        replaces it. Where it cannot be moved, this vault's copy is kept at
        :attr:`second` instead, read from there, and back at the usual name once that
        is free.

        A copy that does not open is moved aside and :class:`RescueDamaged` raised: one
        sentence, and the file kept."""
        self._detour = False
        damaged = self._in_the_way() in ("unreadable", "damaged")
        if not self._clear_way():
            self._detour = True
        elif damaged:  # this vault's perhaps, not readable now: kept aside, said once
            raise RescueDamaged(self._aside)
        if not self._detour and self._kind(self.second) == "file" \
                and self._kind(self.home) == "none":
            try:
                self.second.rename(self.home)  # the usual name is free again
            except OSError:
                self._detour = True
        if self._kind(self.path) == "other":  # no file at the second name either: never
            return None                         # opened (a pipe would hang the unlock)
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:  # unreadable now (permissions): left alone, said once
            raise RescueDamaged(self.path) from exc
        head, sealed = _parts(blob)
        header = _header(head)
        if isinstance(header, dict) and header.get("vault_id") != self.vault_id:
            return None  # another vault's copy at the second name: never opened here
        body = open_sealed(self._sealing_key(), sealed, MAGIC + head) \
            if head is not None else None
        data: Any = None
        if body is not None:
            with contextlib.suppress(ValueError):
                data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise RescueDamaged(self._move_aside())
        return data

    @staticmethod
    def _kind(path: Path) -> str:
        """"none", "file" (a regular file, not followed through a link) or "other"."""
        try:
            mode = path.lstat().st_mode
        except FileNotFoundError:
            return "none"
        except OSError:
            return "other"
        return "file" if stat.S_ISREG(mode) else "other"

    def _in_the_way(self) -> str | None:
        """What is at :attr:`home` that is not this vault's copy: "thing" (a folder, a
        link, anything but a file: never opened, a pipe would hang), "other" (a copy
        whose header names another vault), "unreadable", "damaged" (no rescue copy's
        frame: nothing this vault wrote, its writes are whole); None for nothing, or a
        file that names this vault (whether it opens is :meth:`read`'s to say)."""
        kind = self._kind(self.home)
        if kind == "none":
            return None
        if kind == "other":
            return "thing"
        try:
            with self.home.open("rb") as handle:
                start = handle.read(len(MAGIC) + 4 + _HEAD_MAX)
        except FileNotFoundError:
            return None
        except OSError:
            return "unreadable"
        header = _header(_parts(start, whole=False)[0])
        if not isinstance(header, dict):
            return "damaged"
        return "other" if header.get("vault_id") != self.vault_id else None

    def _clear_way(self) -> bool:
        """Move what is at :attr:`home` and is not this vault's copy out of the way,
        never deleting it: another vault's copy to its own name where that is free,
        anything else aside. False when it is still there (it could not be moved)."""
        self._aside = self.home
        what = self._in_the_way()
        if what is None:
            return True
        if what == "other":
            theirs = self._theirs()
            if theirs is not None:
                try:
                    self.home.rename(theirs)
                except OSError:
                    pass
                else:
                    self._aside = theirs
                    with contextlib.suppress(OSError):
                        fsync_dir(self.folder)
                    log.warning("another vault's rescue copy was at %s: moved to %s",
                                self.home, theirs)
                    return True
        self._aside = self._move_aside({"other": "other-vault", "thing": "in-the-way"}
                                       .get(what, "damaged"))
        if self._aside == self.home:
            return False
        log.warning("%s was in the rescue copy's place: moved to %s", what, self._aside)
        return True

    def _theirs(self) -> Path | None:
        """The own name of the other vault's copy at :attr:`home`, when that is free."""
        try:
            with self.home.open("rb") as handle:
                header = _header(_parts(handle.read(len(MAGIC) + 4 + _HEAD_MAX),
                                        whole=False)[0])
        except OSError:
            return None
        their_id = header.get("vault_id") if isinstance(header, dict) else None
        if not isinstance(their_id, str) or not _VAULT_ID.fullmatch(their_id):
            return None
        theirs = self.folder / f"{their_id}{SUFFIX}"
        return None if self._kind(theirs) != "none" else theirs

    def _move_aside(self, why: str = "damaged") -> Path:
        """Give what is at :attr:`path` and does not open as this vault's copy a name of
        its own beside it (kept, never deleted), so the next copy written does not
        replace it; :attr:`path` itself when it cannot be moved."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.folder / f"{self.vault_id}-{why}-{stamp}{SUFFIX}"
        n = 2
        while self._kind(aside) != "none":
            aside = self.folder / f"{self.vault_id}-{why}-{stamp}-{n}{SUFFIX}"
            n += 1
        try:
            self.path.rename(aside)
        except OSError:
            return self.path  # left where it was: still kept
        with contextlib.suppress(OSError):
            fsync_dir(self.folder)
        return aside

    def remove(self) -> None:
        """Remove the copy (its text is in the vault now); what is at its name and is not
        this vault's copy is moved out of the way instead, never removed."""
        if not self._detour and self._in_the_way() is not None:
            self._clear_way()
            return
        try:
            self.path.unlink()
        except FileNotFoundError:
            return
        with contextlib.suppress(OSError):
            fsync_dir(self.folder)

    def close(self) -> None:
        """Forget the key (the vault locked)."""
        self._key = None


def _parts(blob: bytes, *, whole: bool = True) -> tuple[bytes | None, bytes]:
    """The header and sealed body of a rescue file; (None, b"") when it has no frame.
    ``whole=False``: ``blob`` is only the file's start (the header is all that counts)."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        return None, b""
    rest = blob[len(MAGIC):]
    size = int.from_bytes(rest[:4], "big")
    if size > _HEAD_MAX or len(rest) < 4 + size:
        return None, b""
    return rest[4:4 + size], (rest[4 + size:] if whole else b"")


def _header(head: bytes | None) -> Any:
    """The header's JSON (unauthenticated until the body opens), or None."""
    if head is None:
        return None
    try:
        return json.loads(head)
    except ValueError:
        return None


__all__ = ["CASE_TEXT", "RescueDamaged", "RescueFile", "default_rescue_folder", "digest",
           "fingerprint", "rescue_key"]
