"""The vault: a folder with key slots, an encrypted index and one encrypted file per client.

Layout (design.md): ``vault.json`` (non-secret metadata and key slots), ``index.kdb``
(SQLCipher under the vault key: the register, each case file's own key, settings,
vault-level audit), ``cases/<uuid>.kcase`` (SQLCipher, one per client), ``vault.lock``.
"""

from __future__ import annotations

import contextlib
import getpass
import hmac
import json
import logging
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kastdesk.domain.models import (
    Changes,
    ClientId,
    ContactChannel,
    ReferralSource,
    RegisterEntry,
    Status,
    code_key,
    new_id,
    normalize_code,
)
from kastdesk.i18n import tr
from kastdesk.store import attempts, audit, crypto, db
from kastdesk.store.casefile import CaseFile, clock_time_on, unreadable_text
from kastdesk.store.errors import (
    CaseDamaged,
    CaseNotFound,
    CaseOutdated,
    DiskError,
    DiskFull,
    DuplicateCode,
    InvalidChange,
    NotAVault,
    StoreError,
    VaultDamaged,
    VaultExists,
    VaultGone,
    VaultNotThisOne,
    VaultOlderCopy,
    VaultReadOnly,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from kastdesk.store.fsutil import VAULT_MARKER, atomic_write, fsync_dir
from kastdesk.store.lock import VaultLock, folder_error
from kastdesk.store.rescue import RescueFile, rescue_key
from kastdesk.store.schema import INDEX_MIGRATIONS
from kastdesk.store.startforms import StartFormCheck

FORMAT = "kastdesk-vault"
FORMAT_VERSION = 1
META_NAME = VAULT_MARKER
INDEX_NAME = "index.kdb"
CASES_DIR = "cases"
CASE_SUFFIX = ".kcase"

ProgressFn = Callable[[int, int], None]
# A case file and what SQLite may keep beside it (a rollback journal; WAL in old vaults).
_CASE_FILE_SUFFIXES = ("", "-journal", "-wal", "-shm")
#: The index's settings key naming the client whose case file is being created (see
#: ``Vault.add_client``): set before the file exists, removed with the register row.
_CREATING = "creating_case"

log = logging.getLogger(__name__)


def check_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase the shared rule refuses (crypto.passphrase_problem).

    Only for a passphrase being set (create, recover, change); unlock never asks.
    """
    problem = crypto.passphrase_problem(passphrase)
    if problem is not None:
        raise WeakPassphrase(problem)


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough 0–4 score and a hint, for the create-vault screen (no network, no lists)."""
    if len(passphrase) < crypto.MIN_PASSPHRASE_CHARS:
        return 0, tr("Vault", "Too short: use at least 10 characters.")
    kinds = sum(
        bool(any(test(c) for c in passphrase))
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 14) + (len(passphrase) >= 20 or words >= 4) + (kinds >= 3)
    if len(set(passphrase)) < 5:
        score = 1
    hints = {
        1: tr("Vault", "Weak: a few unrelated words make a strong, memorable passphrase."),
        2: tr("Vault", "Fair: longer is stronger."),
        3: tr("Vault", "Good."),
        4: tr("Vault", "Strong."),
    }
    return min(score, 4), hints[min(score, 4)]


def _write_meta(folder: Path, meta: dict[str, Any]) -> None:
    """Replace vault.json whole; a folder that cannot be written is one sentence."""
    try:
        atomic_write(folder / META_NAME, json.dumps(meta, indent=2).encode("utf-8"))
    except OSError as exc:
        raise folder_error(exc) from exc


def _check_meta(meta: dict[str, Any]) -> None:
    """Raise ValueError unless vault.json has every field unlocking reads, in its shape.

    A file edited by hand (a slot replaced by a string, the vault id deleted, a nonce
    that is not base64) must read as a damaged vault.json, not fail deep in the unlock.
    """
    if not isinstance(meta.get("kdf"), dict):
        raise ValueError("kdf is not an object")
    crypto.KdfParams.from_json(meta["kdf"])
    if not isinstance(meta.get("vault_id"), str) or not meta["vault_id"]:
        raise ValueError("no vault id")
    slots = meta.get("slots")
    if not isinstance(slots, dict) or "passphrase" not in slots:
        raise ValueError("no passphrase slot")
    _check_slot(slots["passphrase"], salted=False)
    if slots.get("recovery"):
        _check_slot(slots["recovery"], salted=True)


def _check_slot(slot: object, *, salted: bool) -> None:
    if not isinstance(slot, dict):
        raise ValueError("a key slot is not an object")
    sizes = {"nonce": (12, 12), "wrapped": (crypto.KEY_BYTES + 16, crypto.KEY_BYTES + 16)}
    if salted:
        sizes["salt"] = (16, 64)
    for name, (low, high) in sizes.items():
        value = slot.get(name)
        if not isinstance(value, str):
            raise ValueError(f"key slot field {name} missing")
        if not low <= len(crypto.b64d(value)) <= high:  # binascii.Error is a ValueError
            raise ValueError(f"key slot field {name} has the wrong length")


def _has_content(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class UnlockTimings:
    kdf_s: float
    rest_s: float


class Vault:
    """An unlocked vault. Create with :meth:`create`, open with :meth:`unlock`."""

    def __init__(
        self,
        folder: Path,
        vault_key: bytes,
        meta: dict[str, Any],
        lock: VaultLock,
        *,
        create: bool = False,
    ) -> None:
        self.folder = folder
        self.meta = meta
        self._key: bytes | None = vault_key
        self._lock = lock
        self._open_cases: dict[str, CaseFile] = {}
        self._index: db.Connection | None = None
        self.timings = UnlockTimings(0.0, 0.0)
        # The register's next session and last contact are relative to a day; the app (and a
        # demo filled for a fixed date) set this clock, everything else uses the calendar.
        self.today: Callable[[], date] = date.today
        # Whether a session today is held or ahead goes by the time of day: by default the
        # clock's time on the day ``today`` says (tests and demos set both).
        self.now: Callable[[], datetime] = lambda: clock_time_on(self.today)
        #: Called (no arguments, on the thread that writes) before every write to the
        #: index or to a case file touches the file. A write to a network folder that stops
        #: answering mid-write can hang there until the app is killed: the app keeps its
        #: sealed rescue copy of what is typed first (kastdesk.ui.rescue), on this computer.
        #: It must not write to the vault itself.
        self.on_write_attempt: Callable[[], None] | None = None
        try:
            index_path = folder / INDEX_NAME
            if not create and not _has_content(index_path):
                # Never a new, empty index over an existing vault: the register and every
                # case key are in the old one, and an empty register would look like data
                # loss that "verify" calls fine.
                raise VaultDamaged(
                    tr(
                        "Vault",
                        "The vault's index (index.kdb) is missing or damaged; restore "
                        "the vault from the newest backup (File → Restore from "
                        "backup…).",
                    ),
                    detail=f"{INDEX_NAME} is missing or empty",
                )
            self._index = db.connect(index_path, vault_key, VaultDamaged, create=create)
            self._index_watch = db.Watch.of(index_path, VaultGone)
            with db.guarded(VaultDamaged):
                db.migrate(self._index, INDEX_MIGRATIONS)
                self._index_head = audit.head(self._index)
            try:
                (folder / CASES_DIR).mkdir(mode=0o700, exist_ok=True)
            except OSError as exc:
                raise folder_error(exc) from exc
            self._remove_unregistered_case()
        except BaseException:
            self._drop()
            raise

    def _remove_unregistered_case(self) -> None:
        """Remove the case file a process killed while adding a client left behind.

        ``add_client`` creates the case file before the register row that holds its key,
        which comes with the case's first commit. A kill in between left a file no key
        opens, which ``verify`` then called "put there by hand". Its id was written to the
        index first, so the file is known for what it is and removed here (the client was
        never added: the caller never got an answer).
        """
        with db.guarded(VaultDamaged):
            row = self._index.execute(
                "SELECT value FROM settings WHERE key = ?", (_CREATING,)
            ).fetchone()
            if row is None:
                return
            registered = self._index.execute(
                "SELECT 1 FROM clients WHERE id = ?", (row[0],)
            ).fetchone()
        if not registered:
            with contextlib.suppress(OSError):
                for suffix in _CASE_FILE_SUFFIXES:
                    Path(str(self._case_path(row[0])) + suffix).unlink(missing_ok=True)
        with contextlib.suppress(StoreError), self._index_tx() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (_CREATING,))

    # -- creating and unlocking -----------------------------------------------------
    @staticmethod
    def is_vault(folder: Path) -> bool:
        return (Path(folder) / META_NAME).is_file()

    @staticmethod
    def read_meta(folder: Path) -> dict[str, Any]:
        path = Path(folder) / META_NAME
        if not path.is_file():
            raise NotAVault()
        try:
            meta = json.loads(path.read_text("utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("not a JSON object")
            if meta.get("format") != FORMAT:
                raise NotAVault()
            if int(meta.get("version", 0)) > FORMAT_VERSION:
                raise StoreError(
                    tr("Vault", "This vault was made by a newer KastDesk. Update KastDesk."),
                )
            _check_meta(meta)
        except StoreError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
            raise VaultDamaged(
                tr(
                    "Vault",
                    "The vault's settings file (vault.json) is damaged. Restore "
                    "the vault from the newest backup (File → Restore from backup…).",
                ),
                detail=str(exc),
            ) from exc
        return meta

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: crypto.KdfParams | None = None,
        therapist: str = "",
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it with the recovery key text to show once.

        ``kdf`` is for the test suite only: without it the Argon2id cost is calibrated
        on this machine (about half a second, 256 MiB).
        """
        folder = Path(folder)
        check_passphrase(passphrase)
        if (folder / META_NAME).exists() or (folder / INDEX_NAME).exists():
            raise VaultExists()
        made = [f for f in (folder, *folder.parents) if not f.exists()]
        lock = VaultLock(folder)
        try:
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError as exc:
                raise folder_error(exc) from exc
            lock.acquire()
        except DiskFull as exc:
            cls._remove_partial(folder, made)
            raise cls._not_created(exc) from exc
        except BaseException:
            cls._remove_partial(folder, made)
            raise
        vault: Vault | None = None
        try:
            params = kdf or crypto.KdfParams.calibrated()
            vault_key = secrets.token_bytes(crypto.KEY_BYTES)
            vault_id = new_id()
            recovery_text, recovery_secret = crypto.new_recovery_key()
            recovery_salt = secrets.token_bytes(16)
            kek = crypto.derive_passphrase_key(passphrase, params)
            meta: dict[str, Any] = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "vault_id": vault_id,
                "created": audit.now_iso(),
                "kdf": params.to_json(),
                "slots": {
                    "passphrase": crypto.wrap_key(kek, vault_key, cls._aad(vault_id, "passphrase")),
                    "recovery": {
                        "salt": crypto.b64e(recovery_salt),
                        **crypto.wrap_key(
                            crypto.derive_recovery_kek(recovery_secret, recovery_salt),
                            vault_key,
                            cls._aad(vault_id, "recovery"),
                        ),
                    },
                },
            }
            # The index first: vault.json appearing is what makes the folder a vault.
            vault = cls(folder, vault_key, meta, lock, create=True)
            vault._record_creation(therapist)
            _write_meta(folder, meta)
        except BaseException as exc:
            # A vault not made leaves nothing behind: a stray index.kdb would make the
            # folder look taken ("a vault already exists") to the next try.
            if vault is not None:
                vault.close()
            cls._remove_partial(folder, made, lock)
            if isinstance(exc, DiskFull):
                raise cls._not_created(exc) from exc
            raise
        return vault, recovery_text

    @staticmethod
    def _not_created(exc: DiskFull) -> DiskFull:
        return DiskFull(
            tr(
                "Vault",
                "The disk is full, so the vault was not created. Free some space and try again.",
            ),
            detail=exc.detail,
        )

    @staticmethod
    def _remove_partial(folder: Path, made: list[Path], lock: VaultLock | None = None) -> None:
        """Remove what a failed ``create`` wrote: only files it made, folders it made."""
        names = [INDEX_NAME, f"{INDEX_NAME}-journal", f"{INDEX_NAME}-wal", f"{INDEX_NAME}-shm"]
        if lock is not None:
            names.append(lock.path.name)
        for name in names:
            with contextlib.suppress(OSError):
                (folder / name).unlink(missing_ok=True)
        if lock is not None:
            lock.release()
        for empty in (folder / CASES_DIR, *made):  # deepest first; only while empty
            with contextlib.suppress(OSError):
                empty.rmdir()

    @staticmethod
    def _aad(vault_id: str, slot: str) -> bytes:
        return f"{FORMAT}:{vault_id}:{slot}".encode()

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        folder = Path(folder)
        meta = cls.read_meta(folder)
        lock = VaultLock(folder)
        lock.acquire()
        vault: Vault | None = None
        try:
            started = time.perf_counter()
            kek = crypto.derive_passphrase_key(passphrase, crypto.KdfParams.from_json(meta["kdf"]))
            kdf_done = time.perf_counter()
            vault_key = crypto.unwrap_key(
                kek, meta["slots"]["passphrase"], cls._aad(meta["vault_id"], "passphrase")
            )
            if vault_key is None:
                attempts.note_failure(folder, attempts.PASSPHRASE)
                raise WrongPassphrase()
            vault = cls(folder, vault_key, meta, lock)
            vault._record_unlock("Unlock")
            vault.timings = UnlockTimings(kdf_done - started, time.perf_counter() - kdf_done)
        except BaseException:
            # An unlock that fails once the vault is made (its log not written) closes it:
            # the index stayed open with the key in memory, behind the error and no lock.
            if vault is not None:
                vault.close()
            lock.release()
            raise
        return vault

    @classmethod
    def recover(cls, folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
        """Open with the printed recovery key and set a new passphrase."""
        folder = Path(folder)
        check_passphrase(new_passphrase)
        meta = cls.read_meta(folder)
        secret = crypto.recovery_secret(recovery_key, WrongRecoveryKey)
        slot = meta["slots"].get("recovery")
        if not slot:
            raise WrongRecoveryKey(tr("Vault", "This vault has no recovery key."))
        lock = VaultLock(folder)
        lock.acquire()
        try:
            kek = crypto.derive_recovery_kek(secret, crypto.b64d(slot["salt"]))
            vault_key = crypto.unwrap_key(kek, slot, cls._aad(meta["vault_id"], "recovery"))
            if vault_key is None:
                attempts.note_failure(folder, attempts.RECOVERY_KEY)
                raise WrongRecoveryKey()
            vault = cls(folder, vault_key, meta, lock)
        except BaseException:
            lock.release()
            raise
        try:
            vault._record_unlock()
            vault._set_passphrase(new_passphrase, "Recover with recovery key")
        except BaseException:
            vault.close()  # not left open (locked, its key in memory) behind the error
            raise
        return vault

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the passphrase slot only; no case file is touched."""
        check_passphrase(new)
        params = crypto.KdfParams.from_json(self.meta["kdf"])
        kek = crypto.derive_passphrase_key(old, params)
        slot = self.meta["slots"]["passphrase"]
        if crypto.unwrap_key(kek, slot, self._aad(self.meta["vault_id"], "passphrase")) is None:
            # The vault is open, so a wrong current passphrase goes straight into the log:
            # someone at an unlocked laptop trying to take it over is worth a line.
            self._record_read("Change passphrase refused")
            raise WrongPassphrase()
        if unicodedata.normalize("NFC", old) == unicodedata.normalize("NFC", new):
            # The same key would come out: `kastdesk passwd` said "Passphrase changed." and
            # the therapist believed a passphrase that may be known was no longer any use.
            raise WeakPassphrase(
                tr(
                    "Passphrase",
                    "The new passphrase is the same as the one you use now; choose another.",
                )
            )
        self._set_passphrase(new, "Change passphrase")

    def _set_passphrase(self, new: str, action: str) -> None:
        """Rewrap the passphrase slot, then write ``action`` to the audit log.

        Until vault.json is replaced nothing has changed, and an error says so. Once it is,
        the new passphrase is the one that opens the vault: an audit line that cannot be
        written then (a full disk: vault.json took the last free block) must not make the
        change look undone. ``kastdesk passwd`` said "not saved" while the new passphrase
        was set, so the old one, which the therapist then kept using, no longer worked. The
        line is let go as a read's is, and ``disk_full`` says so.
        """
        self._rewrap_passphrase(new)
        try:
            self.record(action)
        except DiskFull:
            self.disk_full = True

    def _rewrap_passphrase(self, new: str) -> None:
        old_params = crypto.KdfParams.from_json(self.meta["kdf"])
        # A fresh salt with the same cost: the old passphrase's derived key is useless.
        params = crypto.KdfParams(
            old_params.time_cost,
            old_params.memory_kib,
            old_params.parallelism,
            secrets.token_bytes(16),
        )
        kek = crypto.derive_passphrase_key(new, params)
        meta = json.loads(json.dumps(self.meta))
        meta["kdf"] = params.to_json()
        meta["slots"]["passphrase"] = crypto.wrap_key(
            kek, self._vault_key, self._aad(meta["vault_id"], "passphrase")
        )
        _write_meta(self.folder, meta)
        self.meta = meta

    # -- plumbing -------------------------------------------------------------------
    @property
    def _vault_key(self) -> bytes:
        if self._key is None:
            raise RuntimeError("vault is locked")
        return self._key

    @property
    def index(self) -> db.Connection:
        if self._index is None:
            if self._index_away and self._key is not None:
                return self._reopen_index()
            raise RuntimeError("vault is locked")
        return self._index

    @property
    def is_open(self) -> bool:
        return self._index is not None or (self._index_away and self._key is not None)

    #: Whether the index could not be reached at its last write (a folder moved, a stick
    #: pulled out): its connection is closed, and the next use opens it again once back.
    _index_away = False
    #: The newest vault-level audit entry the index was seen to hold (``_reopen_index``).
    _index_head: tuple[int, str] = (0, "")

    def _index_failed(self, exc: StoreError) -> None:
        """After a write to the index failed because it could not be reached: close the
        connection (it may point at a file no longer there, or a disk gone) and open the
        file again at the next use, as ``CaseFile._failed`` does for a case."""
        if isinstance(exc, (VaultGone, DiskError)) and self._index is not None:
            with contextlib.suppress(db.DatabaseError):
                self._index.close()
            self._index = None
            self._index_away = True

    def _reopen_index(self) -> db.Connection:
        """The index opened again after it was away, if it is back and is the same file:
        the vault key opens it and it holds the newest audit entry it was seen to hold (not
        an older copy put back). Until then each use raises an error that waits
        (``retry_may_save``): what was typed is kept, never dropped."""
        path = self.folder / INDEX_NAME
        conn = db.reopen_same(
            path, self._vault_key, self._index_head, damaged=VaultDamaged, gone=VaultGone,
            not_this=VaultNotThisOne, older=VaultOlderCopy,
        )
        self._index = conn
        self._index_away = False
        self._index_watch = db.Watch.of(path, VaultGone)
        return conn

    def confirm_passphrase(self, passphrase: str) -> None:
        """Check ``passphrase`` against this open vault; raises ``WrongPassphrase``.

        For the screen a lock shows while what was typed could not be saved yet (a memory
        stick out, a full disk): the vault stays open behind it, so the key slot is read from
        the copy of vault.json taken at unlock (the folder may be out of reach), and a
        failure is counted in the folder where it can be, as an unlock's is.
        """
        meta = self.meta
        kek = crypto.derive_passphrase_key(passphrase, crypto.KdfParams.from_json(meta["kdf"]))
        key = crypto.unwrap_key(
            kek, meta["slots"]["passphrase"], self._aad(meta["vault_id"], "passphrase")
        )
        if key is None or not hmac.compare_digest(key, self._vault_key):
            with contextlib.suppress(OSError, StoreError):
                attempts.note_failure(self.folder, attempts.PASSPHRASE)
            raise WrongPassphrase()
        # In the log as any unlock is (with the failures before it), where it can be
        # written: the vault may be out of reach, which is why the lock held it open.
        with contextlib.suppress(StoreError):
            self._record_unlock("Unlock")

    @property
    def therapist(self) -> str:
        name = self.get_setting("therapist_name")
        if name:
            return name
        with contextlib.suppress(Exception):
            return getpass.getuser()
        return "therapist"

    def _write_attempt(self) -> None:
        """Run ``on_write_attempt`` before a write to the index or a case file. A failure
        of it is logged, never the write's: the copy it keeps is a safety net."""
        hook = self.on_write_attempt
        if hook is None:
            return
        try:
            hook()
        except Exception:
            log.exception("before-write hook failed")

    @contextlib.contextmanager
    def _index_tx(self) -> Iterator[db.Connection]:
        self._write_attempt()
        conn = self.index
        try:
            with db.guarded(VaultDamaged, self._index_watch):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                except BaseException:
                    db.rollback(conn)
                    raise
        except (VaultGone, DiskError) as exc:
            self._index_failed(exc)
            raise
        with contextlib.suppress(db.DatabaseError):
            self._index_head = audit.head(conn)

    def record(self, action: str, target: str = "", detail: dict[str, Any] | None = None) -> None:
        """Write one entry to the vault-level audit log."""
        with self._index_tx() as conn:
            audit.append(conn, self.therapist, action, target, detail)

    def _record_read(self, action: str, target: str = "") -> None:
        """Audit a read; on a full disk the read still goes ahead (reading saves nothing).

        Refusing to open a vault because one audit line cannot be written would keep a
        therapist from the notes exactly when the machine is in trouble.
        """
        try:
            self.record(action, target)
        except DiskFull:
            self.disk_full = True

    def _record_creation(self, therapist: str) -> None:
        """The new vault's first entry is "Create vault", by the name given.

        The name is stored in the same transaction and belongs to the creation, so no
        "Change setting" entry came before the vault existed (it did, as entry 1).
        """
        with self._index_tx() as conn:
            if therapist:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES ('therapist_name', ?)",
                    (therapist,),
                )
            audit.append(conn, self.therapist, "Create vault")

    def _record_unlock(self, action: str | None = None) -> None:
        """Write the failed attempts counted since the last unlock, then ``action``.

        The failures could not be written when they happened (the log is encrypted under
        the key that was not given); the count waits in ``unlock-attempts.json`` and comes
        into the log here, with no one's name (who typed is not known), before the unlock
        that followed. The file then goes, which also ends the unlock screen's pause. A full
        disk lets the unlock go ahead as any read does, and keeps the count for next time.
        """
        failed = attempts.read(self.folder)
        try:
            with self._index_tx() as conn:
                if failed.count:
                    audit.append(conn, "", "Failed unlock attempts", "", failed.to_detail())
                if action:
                    audit.append(conn, self.therapist, action)
        except DiskFull:
            self.disk_full = True
            return
        if failed.count:
            attempts.clear(self.folder)

    disk_full = False

    def audit_entries(self, limit: int | None = None) -> list[audit.AuditEntry]:
        with db.guarded(VaultDamaged):
            return audit.entries(self.index, limit)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with db.guarded(VaultDamaged):
            row = self.index.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    #: Settings whose old and new value the audit log keeps: short, and nothing about a
    #: client. The others hold case content or ids (unfinished dialog text, names to
    #: withhold from a PDF, the packets and meetings with their clients), so their entry
    #: names the setting only.
    LOGGED_SETTINGS = frozenset({"therapist_name", "autolock_minutes", "privacy_mode"})

    def set_setting(self, key: str, value: str) -> None:
        # Who changed it is who was named before the change: a new therapist name was
        # written first and then read back as the one who made the change.
        actor = self.therapist
        with self._index_tx() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            old = row[0] if row else None
            if old == value:
                return  # nothing changed: no write, no line in the log
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            detail: dict[str, Any] = {}
            if key in self.LOGGED_SETTINGS:
                detail = {"old": old, "new": value}
            audit.append(conn, actor, "Change setting", key, detail)

    # -- the register ---------------------------------------------------------------
    _REGISTER_COLS = (
        "id, code, name, status, first_contact_date, first_session_date, last_contact_date,"
        " next_session, followup_due, flags, created_at, status_since, end_reason, start_form"
    )

    def clients(self, status: Status | None = None) -> list[RegisterEntry]:
        sql = f"SELECT {self._REGISTER_COLS} FROM clients"
        args: tuple[Any, ...] = ()
        if status is not None:
            sql += " WHERE status = ?"
            args = (status.value,)
        with db.guarded(VaultDamaged):
            rows = self.index.execute(sql + " ORDER BY code", args).fetchall()
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(row: tuple[Any, ...]) -> RegisterEntry:
        cid, code, name, status, fc, fs, lc, nxt, due, flags, created, since, reason, start = row
        return RegisterEntry(
            id=ClientId(cid),
            code=code,
            name=name,
            status=Status(status),
            first_contact_date=_date(fc),
            first_session_date=_date(fs),
            last_contact_date=_date(lc),
            next_session=datetime.fromisoformat(nxt) if nxt else None,
            followup_due=_date(due),
            flags=tuple(f for f in flags.split(",") if f),
            created_at=created,
            status_since=_date(since),
            end_reason=reason or None,
            start_form=start or None,
        )

    def client(self, client_id: str) -> RegisterEntry:
        with db.guarded(VaultDamaged):
            row = self.index.execute(
                f"SELECT {self._REGISTER_COLS} FROM clients WHERE id = ?", (client_id,)
            ).fetchone()
        if row is None:
            raise CaseNotFound()
        return self._entry(row)

    def client_by_code(self, code: str) -> RegisterEntry:
        """The client with ``code`` in any of its forms (``code_key``: composed, case-folded;
        SQLite's NOCASE folded ASCII letters only, so "å-7" did not find "Å-7")."""
        key = code_key(code)
        with db.guarded(VaultDamaged):
            rows = self.index.execute(f"SELECT {self._REGISTER_COLS} FROM clients").fetchall()
        row = next((r for r in rows if code_key(r[1]) == key), None)
        if row is None:
            raise CaseNotFound(
                tr("Vault", "There is no client with the code {code} in this vault.").format(
                    code=code
                )
            )
        return self._entry(row)

    def suggest_code(self, today: date | None = None) -> str:
        """The next free code of the form K-YYYY-NNN (the register's usual shape)."""
        year = (today or self.today()).year
        prefix = f"K-{year}-"
        with db.guarded(VaultDamaged):
            codes = [
                r[0]
                for r in self.index.execute(
                    "SELECT code FROM clients WHERE code LIKE ?", (prefix + "%",)
                ).fetchall()
            ]
        numbers = [int(c[len(prefix) :]) for c in codes if c[len(prefix) :].isdigit()]
        return f"{prefix}{(max(numbers) + 1) if numbers else 1:03d}"

    def add_client(
        self,
        code: str,
        *,
        name: str | None = None,
        first_contact_date: date | None = None,
        contact_channel: ContactChannel = ContactChannel.PHONE,
        referral_source: ReferralSource = ReferralSource.OWN_INITIATIVE,
        **profile: Any,
    ) -> CaseFile:
        """Register a client from first contact and create the case file; returns it open."""
        code = normalize_code(code)
        if not code:
            raise InvalidChange(tr("Vault", "A client needs a code."))
        key = code_key(code)
        with db.guarded(VaultDamaged):
            codes = self.index.execute("SELECT code FROM clients").fetchall()
        if any(code_key(c) == key for (c,) in codes):
            raise DuplicateCode()
        client_id = new_id()
        case_key = secrets.token_bytes(crypto.KEY_BYTES)
        path = self._case_path(client_id)
        now = audit.now_iso()
        first_contact_date = first_contact_date or self.today()
        case: CaseFile | None = None
        # Named in the index before the file exists, so a kill before the register row
        # is written leaves a file the next unlock knows to remove (_remove_unregistered_case).
        with self._index_tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (_CREATING, client_id),
            )
        try:
            # Inside the try: a full disk can fail the create itself, and the empty file
            # it leaves must go too.
            case = CaseFile(
                path,
                case_key,
                client_id,
                self.therapist,
                self._sync_register,
                create=True,
                today=self._clock,
                now=self._now_clock,
                before_write=self._refuse_older_copy,
                on_attempt=self._write_attempt,
            )
            with case.transaction("Register client") as changes:
                case._connection().execute(
                    "INSERT INTO profile (id, client_id, code, name, contact_channel,"
                    " referral_source, first_contact_date, therapist, created_at, updated_at)"
                    " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        client_id,
                        code,
                        (name or "").strip() or None,
                        ContactChannel(contact_channel).value,
                        ReferralSource(referral_source).value,
                        first_contact_date.isoformat(),
                        self.therapist,
                        now,
                        now,
                    ),
                )
                case._connection().execute(
                    "INSERT INTO status_history (at, status, note, by) VALUES (?, ?, '', ?)",
                    (first_contact_date.isoformat(), Status.FIRST_CONTACT.value, self.therapist),
                )
                changes.touch("profile", client_id)
                # The register row goes in with the case's first commit (see _sync_register).
                self._pending_key = case_key
            if profile:
                case.profile.update(**profile)
        except BaseException:
            if case is not None:
                case.close()
            with contextlib.suppress(OSError):
                for suffix in _CASE_FILE_SUFFIXES:
                    Path(str(path) + suffix).unlink(missing_ok=True)
            with contextlib.suppress(StoreError), self._index_tx() as conn:
                conn.execute("DELETE FROM settings WHERE key = ?", (_CREATING,))
            raise
        finally:
            self._pending_key = None
        self._open_cases[client_id] = case
        return case

    def add_returning_client(
        self,
        previous_id: str,
        code: str,
        *,
        first_contact_date: date | None = None,
        contact_channel: ContactChannel = ContactChannel.PHONE,
        referral_source: ReferralSource = ReferralSource.OWN_INITIATIVE,
        copy_family_map: bool = True,
        close_previous: bool = False,
        close_note: str = "",
    ) -> CaseFile:
        """A new case for a client who comes back after ``previous_id``'s course ended;
        returns it open.

        The new course has its own first contact, waiting time, intake, self-rating points
        and goals; what is about the person comes along: the name (if any), the gender and,
        with ``copy_family_map``, the family map as it stands now. The two cases are linked
        both ways (``case.links``), audited in each and in the vault's log (codes, no names).
        The earlier case stays as it is, unless ``close_previous`` closes an ended one (its
        follow-up interview is then no longer planned; ``close_note`` goes in its history).
        The risk flags still active in the earlier case are raised on the new one
        (``_carry_flags``), and a close keeps the reason treatment ended for.
        Should linking fail, the new client is removed again: nothing half-made stays.
        """
        from kastdesk.domain.status import AFTER_TREATMENT
        from kastdesk.genogram.storage import DOC_ID as MAP_ID
        from kastdesk.genogram.storage import KIND as MAP_KIND

        opened_here = previous_id not in self._open_cases or self._open_cases[previous_id].closed
        previous = self.open_case(previous_id, audit_open=False)
        try:
            before = previous.profile.get()
            if before.status not in AFTER_TREATMENT:
                raise InvalidChange(tr(
                    "Vault", "A new case for a returning client is started from a case "
                             "whose treatment has ended or that is closed."))
            later = previous.links.later()
            if later is not None and self.is_listed(later.client_id):  # one deleted is no bar
                raise InvalidChange(tr(
                    "Vault", "{code} already has a later case, {later}: start the new case "
                             "from that one.").format(code=before.code,
                                                      later=self.linked_code(later)))
            first_contact_date = first_contact_date or self.today()
            if before.first_contact_date and first_contact_date < before.first_contact_date:
                raise InvalidChange(tr(
                    "Vault", "The new first contact cannot be before the earlier case's "
                             "({date}).").format(date=before.first_contact_date.isoformat()))
            family_map = previous.documents.get(MAP_KIND, MAP_ID) if copy_family_map else None
            case = self.add_client(
                code,
                name=before.name,
                first_contact_date=first_contact_date,
                contact_channel=contact_channel,
                referral_source=referral_source,
            )
            try:
                with case.transaction("Link earlier case") as changes:
                    if before.gender.value != "unknown":
                        case.profile.update(gender=before.gender)
                    case.links.link("earlier", previous_id, before.code)
                    if family_map is not None:
                        case.documents.put(MAP_KIND, MAP_ID, family_map,
                                           label="Copy family map from earlier case")
                    changes.detail.update(family_map=family_map is not None)
                carried = self._carry_flags(previous, case, before.code)
                new_code = case.profile.get().code
                self.record("Register returning client", case.client_id,
                            {"code": new_code, "earlier": previous_id,
                             "earlier_code": before.code, "flags": carried})
                # Closing keeps why treatment ended (QA 21-2 finding 3): the register's end
                # reason is the newest status change's, and this close gave none, so the
                # clinic's counts lost "completed" and the status tooltip said only "Closed".
                _, ended_why = _status_facts(previous, Status.ENDED)
                with previous.transaction("Link later case") as changes:
                    previous.links.link("later", case.client_id, new_code)
                    if close_previous and before.status is not Status.CLOSED:
                        if ended_why:
                            changes.detail["reason"] = ended_why
                        previous.profile.set_status(Status.CLOSED, note=close_note)
            except BaseException:
                with contextlib.suppress(StoreError):
                    self.delete_client(case.client_id)
                raise
        finally:
            if opened_here:
                self.close_case(previous_id)
        return case

    def _carry_flags(self, previous: CaseFile, case: CaseFile, earlier_code: str) -> int:
        """Raise each risk flag still active in ``previous`` on the returning client's new
        ``case``: same kind, its note and a line naming the earlier case and the day it was
        raised there; returns how many. Each is audited as a flag raised (QA 21-2 finding
        1: the new case said "No risk flags" while the earlier one, just closed, had an
        active suicidal-thoughts flag). A cleared flag stays with the earlier case: the risk
        was judged over, and its history is one link away."""
        flags = previous.flags.list(active_only=True)
        for flag in flags:
            raised = datetime.fromisoformat(flag.set_at).astimezone().date().isoformat()
            line = tr("Vault", "Carried over from {code}, where it was raised on {date}.") \
                .format(code=earlier_code, date=raised)
            with case.transaction("Raise risk flag") as changes:
                changes.detail["carried_from"] = earlier_code
                case.flags.raise_flag(flag.kind, note=f"{flag.note} · {line}"
                                      if flag.note.strip() else line)
        return len(flags)

    def is_listed(self, client_id: str) -> bool:
        """Whether the register lists ``client_id`` (a linked case may have been deleted)."""
        try:
            self.client(client_id)
        except CaseNotFound:
            return False
        return True

    def linked_code(self, link: Any) -> str:
        """A linked case's code as the register has it now (corrected since, perhaps);
        the code kept with the link when the register no longer lists it."""
        try:
            return self.client(link.client_id).code
        except CaseNotFound:
            return str(link.code)

    _pending_key: bytes | None = None
    _index_watch: db.Watch | None = None

    def _sync_register(self, case: CaseFile, changes: Changes | None = None) -> None:
        """Keep the register's copy of a case's dates, status and flags up to date."""
        s = case.summary(self.now())
        since, reason = _status_facts(case, Status(s.status))
        start = _start_form(case)
        with self._index_tx() as conn:
            values = (
                s.code,
                s.name,
                s.status,
                s.first_contact_date,
                s.first_session_date,
                s.last_contact_date,
                s.next_session,
                s.followup_due,
                s.flags,
                s.audit_seq,
                s.audit_hash,
                since,
                reason,
                start,
                audit.now_iso(),
            )
            updated = conn.execute(
                "UPDATE clients SET code = ?, name = ?, status = ?, first_contact_date = ?,"
                " first_session_date = ?, last_contact_date = ?, next_session = ?,"
                " followup_due = ?, flags = ?, audit_seq = ?, audit_hash = ?,"
                " status_since = ?, end_reason = ?, start_form = ?, updated_at = ?"
                " WHERE id = ?",
                (*values, case.client_id),
            ).rowcount
            if not updated:
                if self._pending_key is None:
                    raise CaseNotFound()
                conn.execute(
                    "INSERT INTO clients (code, name, status, first_contact_date,"
                    " first_session_date, last_contact_date, next_session, followup_due, flags,"
                    " audit_seq, audit_hash, status_since, end_reason, start_form, updated_at,"
                    " id, case_key, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, case.client_id, self._pending_key, audit.now_iso()),
                )
                conn.execute("DELETE FROM settings WHERE key = ?", (_CREATING,))
                audit.append(conn, self.therapist, "Register client", case.client_id, {})

    def _clock(self) -> date:
        """Today by the vault's clock, read when asked (the clock may be set after opening)."""
        return self.today()

    def _now_clock(self) -> datetime:
        """Now by the vault's clock, read when asked."""
        return self.now()

    def refresh_register(self) -> int:
        """Bring the register up to now where a next session has begun since it was written.

        The register keeps each case's next session and last contact so the list never opens
        every case file; once the stored next session has begun, both are out of date
        (the session became the last contact, and the next is a later one). Only those cases
        are opened and summarised again. Returns how many were refreshed.
        """
        now = self.now().isoformat(timespec="minutes")  # as next_session is stored
        with db.guarded(VaultDamaged):
            stale = [
                row[0]
                for row in self.index.execute(
                    "SELECT id FROM clients WHERE next_session IS NOT NULL AND next_session <= ?",
                    (now,),
                )
            ]
        done = 0
        for client_id in stale:
            opened_here = client_id not in self._open_cases
            try:
                case = self.open_case(client_id, audit_open=False)
            except (CaseDamaged, CaseNotFound):
                continue  # opening it says what is wrong; the list keeps the old dates
            try:
                self._sync_register(case)
                done += 1
            finally:
                if opened_here:
                    self.close_case(client_id)
        return done

    def _case_path(self, client_id: str) -> Path:
        return self.folder / CASES_DIR / f"{client_id}{CASE_SUFFIX}"

    def _case_key(self, client_id: str) -> bytes:
        with db.guarded(VaultDamaged):
            row = self.index.execute(
                "SELECT case_key FROM clients WHERE id = ?", (client_id,)
            ).fetchone()
        if row is None:
            raise CaseNotFound()
        return bytes(row[0])

    def open_case(self, client_id: str, *, audit_open: bool = True) -> CaseFile:
        """Open a client's case file (or return it if already open)."""
        case = self._open_cases.get(client_id)
        if case is not None and not case.closed:
            return case
        key = self._case_key(client_id)
        path = self._case_path(client_id)
        if not path.exists():
            if self._index_watch is not None and self._index_watch.moved():
                raise VaultGone(  # the whole folder went, not this one file
                    tr(
                        "Vault",
                        "KastDesk cannot reach the vault's folder just now (the memory stick "
                        "or network folder with the vault may be out, or the folder moved): "
                        "plug the stick back in or put the folder back where it was, then "
                        "choose the client again.",
                    ),
                    detail=str(path),
                )
            raise CaseDamaged(
                tr(
                    "Vault",
                    "This client's case file is missing from the vault folder. Put "
                    "it back if it was moved; else restore the vault from the newest "
                    "backup (File → Restore from backup…).",
                ),
                detail=str(path),
            )
        case = CaseFile(
            path,
            key,
            client_id,
            self.therapist,
            self._sync_register,
            today=self._clock,
            now=self._now_clock,
            before_write=self._refuse_older_copy,
            on_attempt=self._write_attempt,
        )
        try:
            seen = self._seen_head(client_id)
            if self._older_than_seen(case, seen):
                raise CaseOutdated(detail=f"{path.name} lacks audit entry {seen[0]}")
            if not seen[1]:
                self._adopt_head(case)
            self._fill_status(case)
            if audit_open:
                try:
                    case.record("Open case")
                except DiskFull:
                    self.disk_full = True
        except BaseException:
            case.close()
            raise
        self._open_cases[client_id] = case
        return case

    def _seen_head(self, client_id: str) -> tuple[int, str]:
        """The newest (audit seq, hash) of the case file the register recorded; (0, "")
        before the case's first commit."""
        with db.guarded(VaultDamaged):
            row = self.index.execute(
                "SELECT audit_seq, audit_hash FROM clients WHERE id = ?", (client_id,)
            ).fetchone()
        return (int(row[0]), str(row[1])) if row is not None else (0, "")

    @staticmethod
    def _older_than_seen(case: CaseFile, seen: tuple[int, str]) -> bool:
        """Whether ``case`` lacks the newest audit entry the register saw in it.

        Every commit leaves the case's newest entry in the register, and entries are only
        ever added, so the file the vault last saw holds it. Without it the file is an older
        copy (or one that went on from an older copy): a backup or a sync conflict put
        back. A file newer than the register (the index restored from a backup, a crash
        between the two commits) holds it and opens as usual. A register that recorded no
        head yet has nothing to hold the file to.
        """
        seq, digest = seen
        return seq > 0 and not case.holds_entry(seq, digest)

    def _adopt_head(self, case: CaseFile) -> None:
        """Record the case's newest audit entry where the register has no hash for it yet
        (a register written before it kept one), so an older copy put back later is told.

        Once per case; a disk that is full or read-only only leaves it for the next open
        (opening reads, and must work there).
        """
        seq, digest = case.audit_head()
        try:
            with self._index_tx() as conn:
                conn.execute(
                    "UPDATE clients SET audit_seq = ?, audit_hash = ? WHERE id = ?"
                    " AND audit_hash = ''",
                    (seq, digest, case.client_id),
                )
        except DiskFull:
            self.disk_full = True
        except VaultReadOnly:
            pass

    def _fill_status(self, case: CaseFile) -> None:
        """Fill in the register's status day and ending reason where the line has none yet
        (listed before the register kept them, index schema step 2): when the case is first
        opened, as every change to it does. Once per case; a disk that is full or read-only
        leaves it for the next open, as ``_adopt_head`` does.

        Not at unlock for every case: that would open every case file once, which the
        register exists to avoid; a line not filled yet shows the status alone.
        """
        with db.guarded(VaultDamaged):
            row = self.index.execute(
                "SELECT status_since, start_form FROM clients WHERE id = ?", (case.client_id,)
            ).fetchone()
        if row is not None and row[1] is None:
            self._fill_start_form(case)
        if row is None or row[0] is not None:
            return
        since, reason = _status_facts(case, case.profile.get().status)
        if since is None:
            return
        try:
            with self._index_tx() as conn:
                conn.execute(
                    "UPDATE clients SET status_since = ?, end_reason = ? WHERE id = ?"
                    " AND status_since IS NULL",
                    (since, reason, case.client_id),
                )
        except DiskFull:
            self.disk_full = True
        except VaultReadOnly:
            pass

    def _fill_start_form(self, case: CaseFile) -> None:
        """Fill in where the start self-rating stands (index schema step 3) for a line
        from before, when the case is first opened: as ``_fill_status``, never at unlock.
        Written as the states read in the background are (``keep_start_forms``)."""
        start = _start_form(case)
        if start is not None:
            self.keep_start_forms({case.client_id: start})

    def start_form_checks(self) -> list[StartFormCheck]:
        """The register's lines with no start-form state yet (written before index schema
        step 3, or whose forms could not be read), with what reading each in a worker
        thread needs (``kastdesk.store.startforms``): this thread reads the index, the
        worker never does. Cases open here are left out: opening one filled its line."""
        with db.guarded(VaultDamaged):
            rows = self.index.execute(
                "SELECT id, case_key, audit_seq, audit_hash FROM clients"
                " WHERE start_form IS NULL ORDER BY code"
            ).fetchall()
        today = self.today()
        return [
            StartFormCheck(str(cid), self._case_path(str(cid)), bytes(key),
                           (int(seq or 0), str(digest or "")), self.therapist, today)
            for cid, key, seq, digest in rows
            if str(cid) not in self._open_cases
        ]

    def keep_start_forms(self, states: dict[str, str]) -> list[str]:
        """Write start-form states read in the background into lines that still have none
        (a case opened or changed meanwhile wrote its own); the ids written. A disk that is
        full or read-only leaves them for the next unlock, as ``_fill_start_form`` does."""
        written: list[str] = []
        try:
            with self._index_tx() as conn:
                for client_id, state in states.items():
                    cursor = conn.execute(
                        "UPDATE clients SET start_form = ? WHERE id = ? AND start_form IS NULL",
                        (state, client_id),
                    )
                    if cursor.rowcount:
                        written.append(client_id)
        except DiskFull:
            self.disk_full = True
            return []
        except VaultReadOnly:
            return []
        return written

    def _refuse_older_copy(self, case: CaseFile) -> None:
        """Before every write: the file must still be the copy the register last saw.

        One put back over an open case (a restore copied in place) is refused here, before
        anything is written to it, so its next save never carries the register back with
        it; the case closes (``CaseFile._failed``) and says what happened from then on.
        """
        seen = self._seen_head(case.client_id)
        if self._older_than_seen(case, seen):
            raise CaseOutdated(
                tr(
                    "Vault",
                    "This client's case file was replaced by an older copy while it "
                    "was open, so the last change was not saved: put the newest copy "
                    "of the file back in the vault's cases folder, then open the "
                    "client again; Verify vault names the file.",
                ),
                detail=f"{case.path.name} lacks audit entry {seen[0]}",
            )

    def _check_case(self, client_id: str) -> CaseFile:
        """A client's case file opened read-only, to be checked and closed again."""
        key = self._case_key(client_id)
        path = self._case_path(client_id)
        if not path.exists():
            raise CaseDamaged(
                tr(
                    "Vault",
                    "This client's case file is missing from the vault folder. Put "
                    "it back if it was moved; else restore the vault from the newest "
                    "backup (File → Restore from backup…).",
                ),
                detail=str(path),
            )
        return CaseFile(
            path,
            key,
            client_id,
            self.therapist,
            read_only=True,
            today=self._clock,
            now=self._now_clock,
        )

    def close_case(self, client_id: str) -> None:
        case = self._open_cases.pop(client_id, None)
        if case is not None:
            case.close()

    def delete_client(self, client_id: str) -> None:
        """Delete a client: the register row and the one case file (its key goes too)."""
        entry = self.client(client_id)
        self.close_case(client_id)
        with self._index_tx() as conn:
            conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
            audit.append(conn, self.therapist, "Delete client", client_id, {"code": entry.code})
        for suffix in _CASE_FILE_SUFFIXES:
            Path(str(self._case_path(client_id)) + suffix).unlink(missing_ok=True)
        fsync_dir(self.folder / CASES_DIR)

    # -- checking -------------------------------------------------------------------
    def verify(self, progress: ProgressFn | None = None) -> list[str]:
        """Check the index and every case file; one line per problem, in the user's language,
        naming the file (and the client) and what to do about it.

        The advice fits the cause. Restoring index.kdb from a backup mends a damaged index,
        but for a case file the index does not list it was wrong: the usual cause is a file
        from elsewhere, and an older index would have lost every client added since.
        """
        unreadable = False
        try:
            index_problems = db.integrity_problems(self.index) + audit.verify(self.index)
        except db.DatabaseError:
            index_problems, unreadable = [unreadable_text()], True
        problems = [
            tr(
                "Verify",
                "index: {problem}; restore the vault from the newest backup "
                "(File → Restore from backup…)",
            ).format(problem=p)
            for p in index_problems
        ]
        if unreadable:  # no register to check the case files against
            return problems
        try:
            with db.guarded(VaultDamaged):
                rows = self.index.execute(
                    "SELECT id, code, audit_seq, audit_hash FROM clients ORDER BY code"
                ).fetchall()
        except VaultDamaged:  # the register itself cannot be read: said above
            return problems
        known = set()
        for done, (client_id, code, seen_seq, seen_hash) in enumerate(rows, start=1):
            known.add(f"{client_id}{CASE_SUFFIX}")
            problems += [
                tr("Verify", "client {code}: {problem}").format(code=code, problem=p)
                for p in self._case_problems(client_id, (seen_seq, seen_hash))
            ]
            if progress:
                progress(done, len(rows))
        for path in self.case_files():
            if path.name not in known:
                problems.append(
                    tr(
                        "Verify",
                        "{file}: a case file the register does not list; it does not "
                        "belong to this vault or was put there by hand: move it out of "
                        "the cases folder",
                    ).format(file=f"{CASES_DIR}/{path.name}")
                )
        return problems

    def _case_problems(self, client_id: str, seen: tuple[int, str]) -> list[str]:
        """What ``verify`` finds in one case file, each problem with what to do about it."""
        file = f"{CASES_DIR}/{client_id}{CASE_SUFFIX}"
        try:
            # A case not open is opened read-only: checking never writes to a file
            # (an empty one was filled with a new empty database), nor upgrades it.
            open_case = self._open_cases.get(client_id)
            opened_here = open_case is None or open_case.closed
            case = self._check_case(client_id) if opened_here else open_case
            assert case is not None
            try:
                damage = case.verify()
                older = not damage and self._older_than_seen(case, seen)
            finally:
                if opened_here:
                    case.close()
        except StoreError as exc:  # missing, empty, unreadable: its sentence says what to do
            return [exc.message]
        if older:
            return [
                tr(
                    "Verify",
                    "the newest audit entries the vault saw are not in the case file: it "
                    "is an older copy, or they were removed; put the newest copy of "
                    "{file} back (from a backup or a sync tool's conflict copy)",
                ).format(file=file)
            ]
        return [
            tr(
                "Verify",
                "{problem}; restore the vault from the newest backup "
                "(File → Restore from backup…): the vault as it is now, {file} "
                "included, is kept beside it",
            ).format(problem=p, file=file)
            for p in damage
        ]

    def case_files(self) -> list[Path]:
        return sorted((self.folder / CASES_DIR).glob(f"*{CASE_SUFFIX}"))

    # -- a rescue copy outside the vault ------------------------------------------------
    def rescue_file(self, folder: Path) -> RescueFile:
        """This vault's sealed rescue copy in ``folder`` (kastdesk.store.rescue): for text
        kept while the vault's own folder cannot be written. Its key comes from the vault
        key, so taken now, while the vault is unlocked, it still seals once the folder is
        gone."""
        vault_id = str(self.meta["vault_id"])
        return RescueFile(folder, vault_id, rescue_key(self._vault_key, vault_id))

    # -- closing --------------------------------------------------------------------
    def close(self) -> None:
        """Close every case, the index, drop the keys and release the lock."""
        for client_id in list(self._open_cases):
            self.close_case(client_id)
        self._drop()

    def _drop(self) -> None:
        if self._index is not None:
            db.checkpoint_and_close(self._index)
            self._index = None
        self._index_away = False
        self._key = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _status_facts(case: CaseFile, status: Status) -> tuple[str | None, str | None]:
    """The day ``case`` came to ``status`` (its status now; ISO) and, ended or closed, why:
    the ``EndReason`` value chosen then, None when none was given.

    The reason's code is kept in the case's audit log with the change of status (the status
    history has it only as words, in the language the app spoke that day), so the newest
    change to ``status`` says it: a case re-opened and closed again without a reason has
    none, and one ended as a drop-out and closed with it keeps it.
    """
    since = next(
        (c.at.isoformat() for c in reversed(case.profile.history()) if c.status is status),
        None,
    )
    if status not in (Status.ENDED, Status.CLOSED):
        return since, None
    with db.guarded(CaseDamaged):
        detail = audit.newest_detail(case._connection(), "status", status.value)
    reason = detail.get("reason") if detail else None
    return since, str(reason) if reason else None


def _start_form(case: CaseFile) -> str | None:
    """Where the case's start self-rating stands for the register ("done", "partly",
    "none": ``kastdesk.forms.storage.start_form_state``, the self-rating tab's rule), so the
    Due list can name a start form not filled in; None where the forms cannot be read
    (the case's own screens say what is wrong)."""
    from kastdesk.forms.storage import start_form_state

    try:
        return start_form_state(case)
    except (CaseDamaged, KeyError, ValueError, TypeError):
        return None


def default_vault_folder() -> Path:
    """Where a vault lives unless ``--vault`` says otherwise."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("KastDesk", appauthor=False)) / "vault"


__all__ = ["Vault", "default_vault_folder", "passphrase_strength"]
