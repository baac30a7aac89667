"""Backups: the whole vault in one file, checked before anything is restored from it.

A backup (``KastDesk-backup-2026-12-03.kastbak``) is a zip archive, stored without
compression, of the vault's own files: ``vault.json`` (the key slots), ``index.kdb`` and
every ``cases/<uuid>.kcase``, with ``manifest.json`` (each file's size and SHA-256) and
``manifest.mac``. The databases are already encrypted (SQLCipher), so a backup needs no
passphrase of its own and holds no plaintext: it opens with the passphrase the vault had
when it was made, or with the recovery key. A zip, so that IT staff could unpack one into
a folder by hand and open that as a vault if KastDesk itself were gone; its first member,
``kastdesk-backup``, says what it is even when the end of the file is lost.

Consistency: the app goes on saving while a backup is made (autosave runs in the UI
thread), so no database is copied as it lies on disk. Each is copied with SQLite's online
backup API through a connection of its own, in steps: a save waits for one step (a read
transaction), never for the whole copy, and a save between two steps makes SQLite copy
that file again from its start, so each copy is of one committed state. The index first,
then the case files the copied index lists. A case is always
committed before the register records its newest audit entry, so case files copied after
the index hold at least what the register says, and the restored vault opens them (the
"older copies are refused" rule would refuse a case file older than its register).

``manifest.mac`` is an HMAC of the manifest under a key derived from the vault key. The
checksums find a truncated or damaged file without any passphrase; once the passphrase
has opened the key slot, the MAC also finds a file swapped for another (an older case
copy), which checksums rewritten to match would hide.

Restoring never destroys the vault it replaces: its files are moved to a dated folder
beside it (``vault-before-restore-2026-12-03T10-15``), under the vault lock, after the
backup was checked and unpacked next to it. Restoring one client's case file alone is not
offered: the register holds each case's newest audit entry, so an older case file put
back alone is refused by design; doing it would mean rewinding that entry on purpose.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import hmac
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from kastdesk import __version__
from kastdesk.i18n import N_, tr
from kastdesk.store import audit, crypto, db
from kastdesk.store.errors import (
    CaseDamaged,
    DiskFull,
    ExportFailed,
    StoreError,
    VaultDamaged,
    VaultReadOnly,
)
from kastdesk.store.fsutil import fsync_dir, inside_vault, remove_leftovers, temp_name
from kastdesk.store.lock import LOCK_NAME, VaultLock, folder_error
from kastdesk.store.vault import (
    CASE_SUFFIX,
    CASES_DIR,
    INDEX_NAME,
    META_NAME,
    Vault,
    _check_meta,
    check_passphrase,
)

BACKUP_SUFFIX = ".kastbak"
FORMAT = "kastdesk-backup"
FORMAT_VERSION = 1
MARKER = "kastdesk-backup"  # the first member: a truncated backup is still recognised
MANIFEST = "manifest.json"
MANIFEST_MAC = "manifest.mac"
#: Vault settings (index.kdb): when the last backup was made (UTC, ISO), and after how many
#: days without one the status line reminds (0: never).
LAST_BACKUP_KEY = "last_backup_at"
LAST_BACKUP_PATH_KEY = "last_backup_path"  # where it went: the next one is offered there
REMINDER_KEY = "backup_reminder_days"
DEFAULT_REMINDER_DAYS = 30
MAX_REMINDER_DAYS = 365

ProgressFn = Callable[[int, int], None]
_MAC_INFO = b"kastdesk backup manifest"
_CHUNK = 1 << 20
_MB = 1024 * 1024
_MEMBER = re.compile(
    rf"({re.escape(META_NAME)}|{re.escape(INDEX_NAME)}"
    rf"|{CASES_DIR}/[0-9A-Za-z_-]{{1,64}}{re.escape(CASE_SUFFIX)})"
)
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, KeyError)
# What makes a folder a vault's (moved aside by a restore); vault.lock stays, it is held.
_VAULT_ENTRIES = frozenset(
    {
        META_NAME,
        INDEX_NAME,
        f"{INDEX_NAME}-journal",
        f"{INDEX_NAME}-wal",
        f"{INDEX_NAME}-shm",
        CASES_DIR,
        "unlock-attempts.json",
    }
)


# -- errors ----------------------------------------------------------------------------
class BackupError(StoreError):
    """The file chosen is not a KastDesk backup (or cannot be read as one)."""

    exit_code = 2
    default_message = N_(
        "StoreError",
        "This file is not a KastDesk backup. Choose a backup file; its name ends in .kastbak.",
    )


class BackupDamaged(BackupError):
    """Truncated, damaged or changed since it was made: nothing is restored from it."""

    exit_code = 4
    default_message = N_(
        "StoreError",
        "This backup is incomplete or damaged, so nothing can be restored from it; use "
        "another backup. Nothing was changed.",
    )


class BackupWrongPassphrase(BackupError):
    exit_code = 3
    default_message = N_(
        "StoreError",
        "The passphrase does not open this backup. It opens with the passphrase the vault "
        "had when the backup was made, or with the recovery key.",
    )


class BackupWrongRecoveryKey(BackupError):
    exit_code = 3
    default_message = N_(
        "StoreError",
        "The recovery key does not open this backup. Check each group against the printed "
        "copy; a backup of another vault needs that vault's recovery key.",
    )


class BackupNotSaved(ExportFailed):
    """The backup could not be written where the therapist chose; nothing was left there."""

    default_message = N_(
        "StoreError",
        "The backup could not be saved there (the folder may be missing or read-only). "
        "Choose another place; nothing was written.",
    )


class BackupDiskFull(BackupNotSaved):
    exit_code = 4
    default_message = N_(
        "StoreError",
        "The disk is full, so the backup was not saved. Choose a place with more free "
        "space; nothing was written.",
    )


class BackupBadPlace(BackupNotSaved):
    """The place given is no place for a backup (a folder, a folder that is not there):
    the user's input, exit code 2, as a place inside the vault."""

    exit_code = 2


class BackupIntoVault(BackupBadPlace):
    default_message = N_(
        "StoreError",
        "A backup cannot be saved in the vault's own folder, where it would be lost with "
        "the vault. Choose another place, such as a USB stick; nothing was written.",
    )


class RestoreRefused(StoreError):
    """The restore would replace something it must not, or was not confirmed."""

    exit_code = 2


class VaultWouldBeReplaced(RestoreRefused):
    """A vault is in the folder: restoring moves it to ``aside``, once confirmed."""

    def __init__(self, folder: Path, aside: Path) -> None:
        self.folder = folder
        self.aside = aside
        super().__init__(
            tr(
                "Backup",
                "A vault already exists in {folder}. Restoring moves it to {aside} and "
                "puts the backup in its place; confirm to go on. Nothing was changed.",
            ).format(folder=folder, aside=aside)
        )


# -- what a backup is --------------------------------------------------------------------
@dataclass(frozen=True)
class BackupFile:
    """One file of the vault inside a backup, as the manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its manifest (and its index, once opened)."""

    path: Path
    created: datetime
    vault_id: str
    files: tuple[BackupFile, ...]
    #: Clients whose case file could not be copied when the backup was made (their ids).
    missing: tuple[str, ...] = ()
    made_by: str = ""
    #: How many clients the backup's register lists; None until a key opened the index.
    clients: int | None = None

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def case_files(self) -> int:
        return sum(1 for f in self.files if f.name.startswith(f"{CASES_DIR}/"))


@dataclass(frozen=True)
class BackupResult:
    """A backup written: where, how big, and which clients' files could not be copied."""

    path: Path
    size: int
    clients: int
    created: datetime
    missing: tuple[str, ...] = ()


@dataclass
class Restored:
    """A restore done: the restored vault (open, the caller closes it) and where the vault
    that was in the folder went (None when there was none)."""

    vault: Vault
    aside: Path | None
    info: BackupInfo


@dataclass
class _Checked:
    info: BackupInfo
    key: bytes = field(repr=False)
    meta: dict[str, Any]
    meta_bytes: bytes = field(repr=False)


# -- names and settings --------------------------------------------------------------------
def default_backup_name(now: datetime | None = None) -> str:
    """``KastDesk-backup-2026-12-03.kastbak``: the day in the name, so a list sorts by age."""
    day = (now or datetime.now()).astimezone().date()
    return f"KastDesk-backup-{day.isoformat()}{BACKUP_SUFFIX}"


def aside_folder(folder: Path, now: datetime | None = None) -> Path:
    """Where a restore moves the vault now in ``folder``: a dated folder beside it
    (``vault-before-restore-2026-12-03T10-15``), never one that exists already."""
    folder = Path(folder).expanduser().absolute()
    stamp = (now or datetime.now()).astimezone().strftime("%Y-%m-%dT%H-%M")
    base = folder.with_name(f"{folder.name}-before-restore-{stamp}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def holds_vault(folder: Path) -> bool:
    """Whether ``folder`` holds a vault (or what is left of one) that a restore would move
    aside; a damaged vault without vault.json counts."""
    return _folder_state(Path(folder)) == "vault"


def last_backup(vault: Vault) -> datetime | None:
    """When the last backup of this vault was made (or the backup it was restored from)."""
    text = vault.get_setting(LAST_BACKUP_KEY)
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def reminder_days(vault: Vault) -> int:
    """After how many days without a backup the app reminds (0: never); a damaged value
    falls back to the default."""
    try:
        days = int(vault.get_setting(REMINDER_KEY) or DEFAULT_REMINDER_DAYS)
    except ValueError:
        days = DEFAULT_REMINDER_DAYS
    return max(0, min(days, MAX_REMINDER_DAYS))


def set_reminder_days(vault: Vault, days: int) -> None:
    vault.set_setting(REMINDER_KEY, str(max(0, min(int(days), MAX_REMINDER_DAYS))))


def backup_due(vault: Vault, now: datetime | None = None) -> bool:
    """Whether a gentle reminder is due: the last backup is older than the reminder days,
    or there is none and the vault itself is that old (a vault made today is not nagged)."""
    days = reminder_days(vault)
    if days == 0:
        return False
    now = now or datetime.now(UTC)
    since = last_backup(vault)
    if since is None:
        try:
            since = datetime.fromisoformat(str(vault.meta.get("created", "")))
        except ValueError:
            return True
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
    return (now - since).total_seconds() > days * 86400


# -- writing a backup ----------------------------------------------------------------------
class _RegisterChanged(Exception):
    """A client was deleted between the copy of the index and the copy of their file."""


def write_backup(
    vault: Vault, out: Path, *, progress: ProgressFn | None = None, now: datetime | None = None
) -> BackupResult:
    """Write a consistent backup of the open ``vault`` to ``out``, whole or not at all.

    Writes nothing to the vault; :func:`record_backup` then writes the audit line
    (:func:`make_backup` does both).
    ``out`` is replaced if it exists (callers ask first). Raises :class:`BackupNotSaved`
    (a folder that is missing, read-only or full: nothing is left there) or
    :class:`BackupIntoVault`.
    """
    out = _backup_target(out, vault.folder)
    _check_space(vault, out)
    for _attempt in range(3):
        try:
            return _write_once(vault, out, progress, now or datetime.now(UTC))
        except _RegisterChanged:
            continue
    raise BackupNotSaved(
        tr(
            "Backup",
            "Clients were deleted while the backup was being made, three times over, so "
            "it was not saved; try again. Nothing was written.",
        )
    )


def record_backup(vault: Vault, result: BackupResult) -> None:
    """Write the backup to the vault's audit log (path and size, no content) and remember
    when it was made, in one transaction. A full disk (the vault's) lets it go: the backup
    exists all the same, and ``vault.disk_full`` says so.

    Through a connection of its own, so it may run in the worker that wrote the backup
    while the app saves through the vault's: SQLite makes the two transactions take turns
    (the vault's connection, used from two threads, would nest them). A lock that comes
    while a backup is written waits for the worker, so the backup is recorded before the
    vault closes.
    """
    detail: dict[str, object] = {
        "path": str(result.path),
        "size": result.size,
        "clients": result.clients,
    }
    if result.missing:
        detail["missing"] = list(result.missing)
    try:
        conn = db.connect(vault.folder / INDEX_NAME, vault._vault_key, VaultDamaged)
        try:
            with db.guarded(VaultDamaged):
                conn.execute("BEGIN IMMEDIATE")
                try:
                    _set_last_backup(conn, result.created, result.path)
                    audit.append(conn, _actor(conn), "Back up vault", "", detail)
                    conn.execute("COMMIT")
                except BaseException:
                    db.rollback(conn)
                    raise
        finally:
            conn.close()
    except DiskFull:
        vault.disk_full = True


def _actor(conn: db.Connection) -> str:
    """The name the audit log gives the therapist (as ``Vault.therapist``), read here."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'therapist_name'").fetchone()
    if row and row[0]:
        return str(row[0])
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return "therapist"


def make_backup(
    vault: Vault, out: Path, *, progress: ProgressFn | None = None, now: datetime | None = None
) -> BackupResult:
    """:func:`write_backup` then :func:`record_backup`: the whole of it, in any thread."""
    result = write_backup(vault, out, progress=progress, now=now)
    record_backup(vault, result)
    return result


def _set_last_backup(conn: db.Connection, when: datetime, path: Path | None = None) -> None:
    """Remember the last backup in the settings, inside the caller's transaction (its audit
    line says it; a "Change setting" line each time would say nothing more)."""
    values = [(LAST_BACKUP_KEY, when.astimezone(UTC).isoformat(timespec="seconds"))]
    if path is not None:
        values.append((LAST_BACKUP_PATH_KEY, str(path)))
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        values,
    )


def last_backup_path(vault: Vault) -> Path | None:
    """Where the last backup made here was written (None before the first)."""
    text = vault.get_setting(LAST_BACKUP_PATH_KEY)
    return Path(text) if text else None


def _backup_target(out: Path, vault_folder: Path) -> Path:
    out = Path(out).expanduser().absolute()
    try:
        within = out.resolve().is_relative_to(Path(vault_folder).resolve())
    except OSError:
        within = False
    if within or inside_vault(out):
        raise BackupIntoVault()
    if out.is_dir():
        raise BackupBadPlace(
            tr(
                "Backup",
                "{path} is a folder; give the name of the backup file to write. "
                "Nothing was written.",
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise BackupBadPlace(
            tr(
                "Backup",
                "The folder {folder} does not exist (is the USB stick plugged in?). "
                "Choose another place; nothing was written.",
            ).format(folder=out.parent)
        )
    return out


def _vault_files(vault: Vault) -> list[Path]:
    return [vault.folder / INDEX_NAME, *vault.case_files()]


def _check_space(vault: Vault, out: Path) -> None:
    """Refuse before writing when the backup cannot fit: the whole vault, plus one
    database at a time copied beside it, plus a margin."""
    sizes = []
    for path in _vault_files(vault):
        with contextlib.suppress(OSError):
            sizes.append(path.stat().st_size)
    needed = sum(sizes) + max(sizes, default=0) + _MB
    try:
        free = shutil.disk_usage(out.parent).free
    except OSError:
        return  # the write says what is wrong, if anything
    if free < needed:
        raise BackupDiskFull(
            tr(
                "Backup",
                "The backup needs about {needed} MB, and {folder} has {free} MB free. "
                "Choose a place with more room, or free some space; nothing was written.",
            ).format(needed=-(-needed // _MB), folder=out.parent, free=free // _MB)
        )


def _open_temp(path: Path) -> IO[bytes]:
    """The backup's temp file, new and private (a seam for the full-disk tests)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


def _write_once(
    vault: Vault, out: Path, progress: ProgressFn | None, now: datetime
) -> BackupResult:
    # A backup left half-written by a crash is removed first (KastDesk's temp name, or an
    # older version's of this same file).
    remove_leftovers(out.parent, out.name)
    tmp = out.with_name(temp_name())
    scratch: Path | None = None
    key = vault._vault_key
    try:
        # Copies of the databases (encrypted, as in the vault) wait here one at a time, on
        # the same disk as the backup: the system's temp folder may be small.
        scratch = Path(tempfile.mkdtemp(prefix=".kastdesk-backup-", dir=out.parent))
        with _open_temp(tmp) as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                _put_bytes(zf, MARKER, f"{FORMAT} {FORMAT_VERSION}\n".encode())
                files = [_put_bytes(zf, META_NAME, json.dumps(vault.meta, indent=2).encode())]
                index_copy = scratch / INDEX_NAME
                _copy_index(vault, index_copy, key)
                cases = _register(index_copy, key)
                files.append(_put_file(zf, INDEX_NAME, index_copy))
                index_copy.unlink()
                total = len(cases) + 1
                if progress:
                    progress(1, total)
                missing: list[str] = []
                for done, (client_id, case_key) in enumerate(cases, start=2):
                    name = f"{client_id}{CASE_SUFFIX}"
                    copy = scratch / name
                    try:
                        _copy_db(vault.folder / CASES_DIR / name, copy, case_key, CaseDamaged)
                    except CaseDamaged:
                        if not _still_listed(vault, key, client_id):
                            raise _RegisterChanged() from None
                        missing.append(client_id)  # missing or unreadable: said, not hidden
                    else:
                        files.append(_put_file(zf, f"{CASES_DIR}/{name}", copy))
                    copy.unlink(missing_ok=True)
                    if progress:
                        progress(done, total)
                manifest = json.dumps(
                    {
                        "format": FORMAT,
                        "version": FORMAT_VERSION,
                        "vault_id": vault.meta["vault_id"],
                        "created": now.astimezone(UTC).isoformat(timespec="seconds"),
                        "made_by": f"KastDesk {__version__}",
                        "files": [f.__dict__ for f in files],
                        "missing": missing,
                    },
                    indent=1,
                    sort_keys=True,
                ).encode("utf-8")
                _put_bytes(zf, MANIFEST, manifest)
                _put_bytes(zf, MANIFEST_MAC, _mac(key, manifest).encode("ascii"))
            raw.flush()
            os.fsync(raw.fileno())
        # Read back before it takes the name: a stick that lost bytes is said now, not at
        # the day of the restore.
        read_backup(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except OSError as exc:
        raise _not_saved(exc) from exc
    except BackupError as exc:  # the read-back failed
        raise BackupNotSaved(detail=exc.detail or exc.message) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return BackupResult(
        path=out, size=out.stat().st_size, clients=len(cases), created=now, missing=tuple(missing)
    )


def _not_saved(exc: OSError) -> BackupNotSaved:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupDiskFull(detail=str(exc))
    return BackupNotSaved(detail=str(exc))


def _copy_index(vault: Vault, target: Path, key: bytes) -> None:
    try:
        _copy_db(vault.folder / INDEX_NAME, target, key, VaultDamaged)
    except VaultDamaged as exc:
        raise VaultDamaged(
            tr(
                "Backup",
                "The vault's index (index.kdb) cannot be read, so no backup was made; "
                "keep the backups you have. Verify vault says more.",
            ),
            detail=exc.detail,
        ) from exc


#: Pages copied per step of SQLite's online backup (512 KiB of SQLCipher's 4 KiB pages).
#: Between steps the copy lets go of the source, so a save waits for one step at most,
#: well inside the app's busy timeout (``db.BUSY_TIMEOUT_S``).
_STEP_PAGES = 128
#: How long the copy waits before it tries a step again that a save held up (seconds).
_BUSY_SLEEP = 0.02
#: A save between two steps makes SQLite start the copy again (so the copy is of one
#: state). Saves come every few seconds while the therapist types; a big file on a slow
#: stick could start over for ever, so after this many fresh starts the rest is copied
#: in one step, and a save waits for that one copy, as before.
_MAX_RESTARTS = 4


class _StartedOver(Exception):
    """The stepwise copy started over too often; it is finished in one step."""


def _copy_db(source: Path, target: Path, key: bytes, damaged: type[StoreError]) -> None:
    """Copy one encrypted database with SQLite's online backup API: a consistent state
    even while the app writes to it. The copy is encrypted under the same key; nothing is
    ever decrypted to disk.

    In steps (:data:`_STEP_PAGES`), so a save runs between two of them: the whole copy
    held the source's read lock, through the copy's own commit and its fsync on the
    backup's disk, and a save waited for all of it (over five seconds for a big case file
    on a slow stick, reported as damage). The copy itself is written without syncs and
    synced once it is complete, when the source is no longer held.
    """
    src = db.connect(source, key, damaged, read_only=True)
    try:
        try:
            dst = db.connect(target, key, BackupNotSaved, create=True)
        except DiskFull as exc:
            raise BackupDiskFull(detail=exc.detail) from exc
        except VaultReadOnly as exc:
            raise BackupNotSaved(detail=exc.detail) from exc
        try:
            # A scratch copy: a crash leaves it to be removed, so no journal on disk and
            # no sync per commit (synced below, once, with nothing held).
            dst.execute("PRAGMA journal_mode = MEMORY")
            dst.execute("PRAGMA synchronous = OFF")
            # Pages go to the file as they are copied, a step's worth at a time, not all
            # at the last step (which holds the source while it writes them).
            dst.execute(f"PRAGMA cache_size = {_STEP_PAGES}")
            _backup_in_steps(src, dst)
        except (db.DatabaseError, OSError) as exc:
            error = db.translate(exc, damaged)
            if isinstance(error, DiskFull):
                raise BackupDiskFull(detail=str(exc)) from exc
            if isinstance(error, VaultReadOnly):
                raise BackupNotSaved(detail=str(exc)) from exc
            raise error from exc
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _backup_in_steps(src: db.Connection, dst: db.Connection) -> None:
    """``src.backup(dst)`` in steps, started over by SQLite when a save changes the source
    between two steps (so the copy is always of one committed state), and finished in one
    step after :data:`_MAX_RESTARTS` fresh starts, so it ends under steady saves too."""
    restarts = 0
    copied = -1

    def progress(status: int, remaining: int, total: int) -> None:
        nonlocal restarts, copied
        now = total - remaining
        if status == 0 and now <= copied:  # SQLITE_OK: a step was done, yet no further
            restarts += 1
            if restarts > _MAX_RESTARTS:
                raise _StartedOver
        copied = now

    try:
        src.backup(dst, pages=_STEP_PAGES, progress=progress, sleep=_BUSY_SLEEP)
    except _StartedOver:
        src.backup(dst, pages=-1, sleep=_BUSY_SLEEP)


def _register(index: Path, key: bytes) -> list[tuple[str, bytes]]:
    """Each client of a copied index with their case key (never leaves this module)."""
    conn = db.connect(index, key, VaultDamaged, read_only=True)
    try:
        with db.guarded(VaultDamaged):
            rows = conn.execute("SELECT id, case_key FROM clients ORDER BY code").fetchall()
    finally:
        conn.close()
    return [(str(client_id), bytes(case_key)) for client_id, case_key in rows]


def _still_listed(vault: Vault, key: bytes, client_id: str) -> bool:
    """Whether the live register still lists ``client_id`` (a connection of this thread's
    own: the app's may be in the middle of a transaction)."""
    conn = db.connect(vault.folder / INDEX_NAME, key, VaultDamaged, read_only=True)
    try:
        with db.guarded(VaultDamaged):
            return (
                conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone()
                is not None
            )
    finally:
        conn.close()


def _zip_info(name: str, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16  # unpacked by hand, the files stay the owner's alone
    info.file_size = size
    return info


def _put_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> BackupFile:
    zf.writestr(_zip_info(name, len(data)), data)
    return BackupFile(name, len(data), hashlib.sha256(data).hexdigest())


def _put_file(zf: zipfile.ZipFile, name: str, path: Path) -> BackupFile:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as src, zf.open(_zip_info(name, path.stat().st_size), "w") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    return BackupFile(name, size, digest.hexdigest())


def _mac(vault_key: bytes, manifest: bytes) -> str:
    mac_key = hmac.new(vault_key, _MAC_INFO, hashlib.sha256).digest()
    return hmac.new(mac_key, manifest, hashlib.sha256).hexdigest()


# -- reading and checking a backup -------------------------------------------------------
@contextlib.contextmanager
def _opened(path: Path) -> Iterator[zipfile.ZipFile]:
    """The backup as a zip; every way it cannot be one is one sentence."""
    path = Path(path).expanduser()
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(tr("Backup", "There is no file at {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise BackupError(
            tr("Backup", "{path} is a folder; choose the backup file itself.").format(path=path)
        ) from None
    except PermissionError:
        raise BackupError(
            tr("Backup", "{path} cannot be read: you have no permission to read it.").format(
                path=path
            )
        ) from None
    except (*_ZIP_ERRORS, OSError) as exc:
        if _starts_as_backup(path):  # the start is a backup's: the rest was lost
            raise BackupDamaged(detail=f"{path}: {exc}") from exc
        raise BackupError(detail=f"{path}: {exc}") from exc
    try:
        yield zf
    finally:
        zf.close()


def _starts_as_backup(path: Path) -> bool:
    """Whether the file begins with a backup's first member (a zip local header naming
    ``kastdesk-backup``), so a truncated backup is called damaged, not "not a backup"."""
    try:
        with path.open("rb") as f:
            head = f.read(30 + len(MARKER))
    except OSError:
        return False
    return head[:4] == b"PK\x03\x04" and head[30:] == MARKER.encode()


def _manifest(zf: zipfile.ZipFile, path: Path) -> tuple[BackupInfo, bytes, str]:
    names = zf.namelist()
    if not names or names[0] != MARKER:
        raise BackupError(detail=f"{path}: no {MARKER} member")
    try:
        raw = zf.read(MANIFEST)
        mac = zf.read(MANIFEST_MAC).decode("ascii").strip()
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a KastDesk backup manifest")
        if int(data.get("version", 0)) > FORMAT_VERSION:
            raise BackupError(
                tr(
                    "Backup",
                    "This backup was made by a newer KastDesk. Update KastDesk to restore it.",
                )
            )
        files = tuple(
            BackupFile(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in data["files"]
        )
        created = datetime.fromisoformat(str(data["created"]))
        info = BackupInfo(
            path=path,
            created=created if created.tzinfo else created.replace(tzinfo=UTC),
            vault_id=str(data["vault_id"]),
            files=files,
            missing=tuple(str(m) for m in data.get("missing", [])),
            made_by=str(data.get("made_by", "")),
        )
    except BackupError:
        raise
    except (*_ZIP_ERRORS, OSError, TypeError, AttributeError) as exc:
        raise BackupDamaged(detail=f"manifest: {exc}") from exc
    listed = [f.name for f in files]
    extra = set(names) - set(listed) - {MARKER, MANIFEST, MANIFEST_MAC}
    if (
        len(set(listed)) != len(listed)
        or not {META_NAME, INDEX_NAME} <= set(listed)
        or any(not _MEMBER.fullmatch(name) for name in listed)
        or extra
    ):
        raise BackupDamaged(detail=f"manifest lists {sorted(listed)}, zip holds {sorted(names)}")
    return info, raw, mac


def _stream(
    zf: zipfile.ZipFile, member: BackupFile, sink: Callable[[bytes], object] | None = None
) -> None:
    """Read one member whole, checking its size and SHA-256 (and the zip's CRC)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(member.name) as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if sink is not None:
                    sink(chunk)
    except (*_ZIP_ERRORS, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise BackupDamaged(detail=f"{member.name}: {exc}") from exc
    if size != member.size or not hmac.compare_digest(digest.hexdigest(), member.sha256):
        raise BackupDamaged(detail=f"{member.name}: size or checksum differs")


def read_backup(path: Path, progress: ProgressFn | None = None) -> BackupInfo:
    """Check that ``path`` is a complete, undamaged KastDesk backup, without a passphrase:
    the manifest, and every file's size and checksum. Nothing is written anywhere."""
    with _opened(path) as zf:
        info, _raw, _mac_text = _manifest(zf, Path(path))
        for done, member in enumerate(info.files, start=1):
            _stream(zf, member)
            if progress:
                progress(done, len(info.files))
    return info


def check_backup(
    path: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    progress: ProgressFn | None = None,
) -> BackupInfo:
    """:func:`read_backup`, and that the passphrase (or recovery key) opens it: the key slot,
    the manifest's MAC, and the backup's index, whose register names every case file in it.
    Nothing is restored; only the index, encrypted as it is, is put in a temporary folder
    for SQLCipher to read, and removed again."""
    return _check(Path(path), passphrase, recovery_key, progress).info


def _check(
    path: Path, passphrase: str | None, recovery_key: str | None, progress: ProgressFn | None
) -> _Checked:
    if passphrase is None and recovery_key is None:
        raise ValueError("a passphrase or a recovery key is needed")
    with _opened(path) as zf:
        info, manifest, mac = _manifest(zf, path)
        total = len(info.files) + 1
        # The key slots first: a wrong passphrase is said before the whole file is read.
        meta_member = next(f for f in info.files if f.name == META_NAME)
        parts: list[bytes] = []
        _stream(zf, meta_member, parts.append)
        meta_bytes = b"".join(parts)
        meta = _meta(meta_bytes, info)
        key = _unwrap(meta, passphrase, recovery_key)
        if not hmac.compare_digest(_mac(key, manifest), mac):
            raise BackupDamaged(detail="the manifest's MAC does not match")
        scratch = Path(tempfile.mkdtemp(prefix="kastdesk-check-"))
        try:
            index = scratch / INDEX_NAME
            for done, member in enumerate(info.files, start=1):
                if member.name == INDEX_NAME:
                    with open(index, "xb") as out:
                        _stream(zf, member, out.write)
                elif member is not meta_member:
                    _stream(zf, member)
                if progress:
                    progress(done, total)
            clients = _check_index(index, info, key)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        if progress:
            progress(total, total)
    info = BackupInfo(
        path=info.path,
        created=info.created,
        vault_id=info.vault_id,
        files=info.files,
        missing=info.missing,
        made_by=info.made_by,
        clients=clients,
    )
    return _Checked(info, key, meta, meta_bytes)


def _meta(meta_bytes: bytes, info: BackupInfo) -> dict[str, Any]:
    try:
        meta = json.loads(meta_bytes)
        if not isinstance(meta, dict) or meta.get("format") != "kastdesk-vault":
            raise ValueError("not a vault.json")
        if int(meta.get("version", 0)) > 1:
            raise BackupError(
                tr(
                    "Backup",
                    "This backup was made by a newer KastDesk. Update KastDesk to restore it.",
                )
            )
        _check_meta(meta)
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupDamaged(detail=f"vault.json: {exc}") from exc
    if meta["vault_id"] != info.vault_id:
        raise BackupDamaged(detail="vault.json is of another vault than the manifest")
    return meta


def _unwrap(meta: dict[str, Any], passphrase: str | None, recovery_key: str | None) -> bytes:
    """The vault key from the backup's own key slots (those of the day it was made)."""
    vault_id = meta["vault_id"]
    if recovery_key is not None:
        secret = crypto.recovery_secret(recovery_key, BackupWrongRecoveryKey)
        slot = meta["slots"].get("recovery")
        if not slot:
            raise BackupWrongRecoveryKey(
                tr("Backup", "The vault in this backup has no recovery key; use its passphrase.")
            )
        kek = crypto.derive_recovery_kek(secret, crypto.b64d(slot["salt"]))
        key = crypto.unwrap_key(kek, slot, Vault._aad(vault_id, "recovery"))
        if key is None:
            raise BackupWrongRecoveryKey()
        return key
    assert passphrase is not None
    kek = crypto.derive_passphrase_key(passphrase, crypto.KdfParams.from_json(meta["kdf"]))
    key = crypto.unwrap_key(kek, meta["slots"]["passphrase"], Vault._aad(vault_id, "passphrase"))
    if key is None:
        raise BackupWrongPassphrase()
    return key


def _check_index(index: Path, info: BackupInfo, key: bytes) -> int:
    """Open the backup's index (a temporary copy, encrypted as it is) with the vault key;
    every client it lists must have a case file in the backup, or be named in the
    manifest as missing when it was made."""
    conn = db.connect(index, key, BackupDamaged, read_only=True)
    try:
        with db.guarded(BackupDamaged):
            if db.integrity_problems(conn):
                raise BackupDamaged(detail="index.kdb fails its integrity check")
            ids = [str(r[0]) for r in conn.execute("SELECT id FROM clients")]
    finally:
        conn.close()
    present = {f.name for f in info.files}
    absent = [
        i for i in ids if f"{CASES_DIR}/{i}{CASE_SUFFIX}" not in present and i not in info.missing
    ]
    if absent:
        raise BackupDamaged(detail=f"case files not in the backup: {absent}")
    return len(ids)


# -- restoring ---------------------------------------------------------------------------
def _folder_state(folder: Path) -> str:
    """ "none" (no folder, or nothing but the lock and hidden files), "vault" (a vault, or
    what is left of one), or "other" (files that are not a vault's: never moved)."""
    if not folder.exists():
        return "none"
    if not folder.is_dir():
        raise RestoreRefused(
            tr(
                "Backup",
                "{folder} is a file, not a folder; give the vault's folder. Nothing was changed.",
            ).format(folder=folder)
        )
    try:
        names = {p.name for p in folder.iterdir()} - {LOCK_NAME}
    except OSError as exc:
        raise folder_error(exc) from exc
    if names & _VAULT_ENTRIES:
        return "vault"
    if any(not name.startswith(".") for name in names):
        return "other"
    return "none"


def restore_backup(
    path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    replace: bool = False,
    progress: ProgressFn | None = None,
    now: datetime | None = None,
) -> Restored:
    """Restore the whole vault in ``folder`` from the backup at ``path``; returns it open.

    The backup is checked first (as :func:`check_backup`), with ``passphrase`` or
    ``recovery_key``; with the recovery key, ``new_passphrase`` becomes the restored
    vault's passphrase (as ``kastdesk recover``). A vault in ``folder`` is only replaced
    with ``replace`` (else :class:`VaultWouldBeReplaced`), and is moved aside, never
    deleted. Runs under the vault lock: a vault open here or in another program is
    :class:`VaultInUse`. Any failure changes nothing in ``folder``: also one after the
    backup's files are in, when the restored vault will not open (a backup of a newer
    KastDesk) or take its first lines, which puts the vault that was there back in place
    before the lock is let go.
    """
    if recovery_key is not None:
        check_passphrase(new_passphrase or "")
    path = Path(path).expanduser()
    folder = Path(folder).expanduser().absolute()
    state = _folder_state(folder)
    if state == "other":
        raise RestoreRefused(
            tr(
                "Backup",
                "The folder {folder} holds files that are not a KastDesk vault; choose "
                "an empty folder or the vault's own folder. Nothing was changed.",
            ).format(folder=folder)
        )
    if state == "vault" and not replace:
        raise VaultWouldBeReplaced(folder, aside_folder(folder, now))
    checked = _check(path, passphrase, recovery_key, _share(progress, 0))
    _check_restore_space(folder, checked.info)
    made = [f for f in (folder, *folder.parents) if not f.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise folder_error(exc) from exc
    lock = _RestoreLock(folder)
    try:
        lock.acquire()
    except BaseException:
        _remove_made(made)
        raise
    try:
        aside = _swap_in(path, folder, checked, state == "vault", progress, now)
    except BaseException:
        lock.let_go()
        _remove_made(made)
        raise
    vault: Vault | None = None
    try:
        vault = Vault(folder, checked.key, checked.meta, lock)  # the lock passes to it
        _record_restore(vault, checked.info, aside)
        if recovery_key is not None:
            assert new_passphrase is not None
            vault._set_passphrase(new_passphrase, "Recover with recovery key")
    except BaseException:
        # The restored vault would not open (a backup of a newer KastDesk) or take its
        # first lines: the vault that was here goes back, before the lock is let go.
        if vault is not None:
            with contextlib.suppress(Exception):  # what failed is what the caller hears
                vault.close()  # its files closed; the lock stays held (_RestoreLock)
        try:
            _take_back(folder, aside)
        finally:
            lock.let_go()
        _remove_made(made)
        raise
    lock.keep = False  # from now on the vault's close lets it go
    assert vault is not None
    return Restored(vault, aside, checked.info)


class _RestoreLock(VaultLock):
    """The vault lock a restore takes and hands to the restored :class:`Vault`, which lets
    it go as it closes; until the restore is settled (``keep``) that does not let it go, so
    a restore that fails after the swap puts the old vault back with no other process
    opening the folder in between."""

    keep = True

    def release(self) -> None:
        if not self.keep:
            super().release()

    def let_go(self) -> None:
        self.keep = False
        self.release()


def _take_back(folder: Path, aside: Path | None) -> None:
    """Undo a swap done (:func:`_swap_in`) once the restored vault has failed: its files
    out of ``folder`` (vault.json first) and removed, the vault moved aside back in
    (vault.json last), so the folder is as it was before the restore, byte for byte."""
    try:
        discard = Path(tempfile.mkdtemp(prefix=f".{folder.name}-not-restored-",
                                        dir=folder.parent))
        for name in sorted((p.name for p in folder.iterdir() if p.name != LOCK_NAME),
                           key=lambda n: n != META_NAME):
            os.replace(folder / name, discard / name)
        fsync_dir(folder)
        if aside is not None:
            for name in sorted((p.name for p in aside.iterdir()), key=lambda n: n == META_NAME):
                os.replace(aside / name, folder / name)
            fsync_dir(folder)
            aside.rmdir()
        fsync_dir(folder.parent)
    except OSError as exc:
        if aside is None:
            return  # no vault was there: the restored files stay in a folder of their own
        raise StoreError(
            tr(
                "Backup",
                "The restored vault could not be opened, and the vault that was in {folder} "
                "could not be moved back; it is whole in {aside}. Move its files back into "
                "{folder}.",
            ).format(folder=folder, aside=aside),
            detail=str(exc),
        ) from exc
    shutil.rmtree(discard, ignore_errors=True)


def _share(progress: ProgressFn | None, half: int) -> ProgressFn | None:
    """Progress for one half of a restore (checking, then unpacking) on one bar."""
    if progress is None:
        return None
    return lambda done, total: progress(half * total + done, 2 * total)


def _check_restore_space(folder: Path, info: BackupInfo) -> None:
    try:
        free = shutil.disk_usage(_nearest_existing(folder)).free
    except OSError:
        return
    needed = info.size + _MB
    if free < needed:
        raise DiskFull(
            tr(
                "Backup",
                "Restoring this backup needs about {needed} MB of free space, and the "
                "disk of {folder} has {free} MB; free some space and try again. Nothing "
                "was changed.",
            ).format(needed=-(-needed // _MB), folder=folder, free=free // _MB)
        )


def _nearest_existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return folder


def _remove_made(made: list[Path]) -> None:
    for empty in made:  # deepest first; only while empty (the lock file goes first)
        with contextlib.suppress(OSError):
            (empty / LOCK_NAME).unlink(missing_ok=True)
            empty.rmdir()


def _swap_in(
    path: Path,
    folder: Path,
    checked: _Checked,
    has_vault: bool,
    progress: ProgressFn | None,
    now: datetime | None,
) -> Path | None:
    """Unpack beside ``folder``, move the vault there aside, move the backup's files in.

    vault.json leaves first and comes back last: whatever happens in between, the folder
    is never a vault made of two (it is no vault at all, and both halves are whole beside
    it). A failure puts everything back as it was.
    """
    staging: Path | None = None
    aside: Path | None = None
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-restoring-", dir=folder.parent))
        _unpack(path, checked, staging, _share(progress, 1))
        if has_vault:
            aside = aside_folder(folder, now)
            aside.mkdir(mode=0o700)
            names = sorted(
                (p.name for p in folder.iterdir() if p.name != LOCK_NAME),
                key=lambda n: n != META_NAME,
            )
            for name in names:
                os.replace(folder / name, aside / name)
                moved_out.append(name)
            fsync_dir(aside)
            fsync_dir(folder)
        for name in sorted((p.name for p in staging.iterdir()), key=lambda n: n == META_NAME):
            os.replace(staging / name, folder / name)
            moved_in.append(name)
        fsync_dir(folder)
        staging.rmdir()
        fsync_dir(folder.parent)
        return aside
    except BaseException as exc:
        _put_back(folder, staging, aside, moved_in, moved_out)
        if isinstance(exc, OSError):
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(
                    tr(
                        "Backup",
                        "The disk is full, so the backup was not restored; free some "
                        "space and try again. Nothing was changed.",
                    ),
                    detail=str(exc),
                ) from exc
            raise folder_error(exc) from exc
        raise


def _put_back(
    folder: Path,
    staging: Path | None,
    aside: Path | None,
    moved_in: list[str],
    moved_out: list[str],
) -> None:
    """Undo a restore cut short: the backup's files out again, the vault's files back."""
    with contextlib.suppress(OSError):
        for name in reversed(moved_in):
            if staging is not None:
                os.replace(folder / name, staging / name)
        for name in reversed(moved_out):
            if aside is not None:
                os.replace(aside / name, folder / name)
        if aside is not None and not any(aside.iterdir()):
            aside.rmdir()
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)


def _unpack(path: Path, checked: _Checked, staging: Path, progress: ProgressFn | None) -> None:
    """Write the backup's files into ``staging``, each checked against the manifest again
    as it is written (the file may have changed since it was checked), and made durable."""
    (staging / CASES_DIR).mkdir(mode=0o700)
    with _opened(path) as zf:
        for done, member in enumerate(checked.info.files, start=1):
            target = staging / member.name
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                _stream(zf, member, out.write)
                out.flush()
                os.fsync(out.fileno())
            if progress:
                progress(done, len(checked.info.files))
    fsync_dir(staging / CASES_DIR)
    fsync_dir(staging)


def _record_restore(vault: Vault, info: BackupInfo, aside: Path | None) -> None:
    """The restored vault's audit log says it was restored, from what, and where the vault
    it replaced went; its last backup is the one it came from (it is exactly that)."""
    detail: dict[str, object] = {
        "file": str(Path(info.path).expanduser().absolute()),
        "created": info.created.astimezone(UTC).isoformat(timespec="seconds"),
        "moved_aside": str(aside) if aside is not None else None,
    }
    try:
        with vault._index_tx() as conn:
            _set_last_backup(conn, info.created)
            audit.append(conn, vault.therapist, "Restore from backup", "", detail)
    except DiskFull:
        vault.disk_full = True


__all__ = [
    "BACKUP_SUFFIX",
    "DEFAULT_REMINDER_DAYS",
    "BackupBadPlace",
    "BackupDamaged",
    "BackupDiskFull",
    "BackupError",
    "BackupFile",
    "BackupInfo",
    "BackupIntoVault",
    "BackupNotSaved",
    "BackupResult",
    "BackupWrongPassphrase",
    "BackupWrongRecoveryKey",
    "RestoreRefused",
    "Restored",
    "VaultWouldBeReplaced",
    "aside_folder",
    "backup_due",
    "check_backup",
    "default_backup_name",
    "holds_vault",
    "last_backup",
    "last_backup_path",
    "make_backup",
    "read_backup",
    "record_backup",
    "reminder_days",
    "restore_backup",
    "set_reminder_days",
    "write_backup",
]
