"""SQLCipher connections: keying, pragmas, migrations and error mapping.

``cipher_memory_security`` stays at SQLCipher's default (off). It is process-wide and
makes every SQLite allocation an mlock/munlock pair (about 500 system calls to open a
case, ten times the cost of the open itself), while the keys it would protect are held
in Python objects it cannot lock anyway. Swap and hibernation files are covered by the
laptop's full-disk encryption, which clinics require.

Every database KastDesk writes is opened here, so the security settings live in one
place: a raw 256-bit key (no second KDF; the key is already random), temporary
tables in memory only, foreign keys on, and a rollback journal with
``synchronous=FULL`` so a committed note survives a power cut.

Why a rollback journal and not WAL: each file has a single writer (the vault lock),
so WAL's concurrent readers buy nothing; WAL must create ``-wal`` and ``-shm`` files
just to *read*, so on a full disk a vault could not even be opened to read notes
(tests/reliability/test_disk_full.py); and it leaves sidecar files next to each case.
The rollback journal is encrypted by SQLCipher like the database and exists only
during a write.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sqlcipher3.dbapi2 as sqlcipher

from kastdesk.i18n import tr
from kastdesk.store.errors import (
    CaseBusy,
    CaseDamaged,
    DiskError,
    DiskFull,
    StoreError,
    VaultBusy,
    VaultReadOnly,
)

Connection = sqlcipher.Connection
DatabaseError = sqlcipher.DatabaseError
Migration = Callable[[sqlcipher.Connection], None] | str

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
JOURNAL_MODE = "DELETE"
#: How long a statement waits for another connection to let go of a file (seconds). A
#: backup copying the file holds a read lock on it meanwhile; Python's default (5 s) froze
#: the typing for five seconds and then reported damage. A short wait, then "busy", and the
#: save is tried again a little later with the text kept (``CaseBusy``).
BUSY_TIMEOUT_S = 2.0

#: SQLite's result codes for a file another connection holds (SQLITE_BUSY, SQLITE_LOCKED).
_BUSY_CODES = frozenset({5, 6})


def _is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying another connection holds the file ("database is
    locked"): the file is fine, and the same write succeeds once the other lets go."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _BUSY_CODES:
        return True
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or (
        "database table is locked" in text)


def _busy_error(damaged: type[StoreError], exc: BaseException) -> StoreError:
    """The "busy, try again" error that goes with ``damaged``: the case file's or the
    vault's. Never damage: a lock is no reason to restore a backup."""
    busy = CaseBusy if issubclass(damaged, CaseDamaged) else VaultBusy
    return busy(detail=str(exc))


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "database or disk is full" in text or (
        isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    )


def _is_io_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the disk failing to read or write (SQLite's "disk I/O error"):
    an unwritable file or a disk gone, never a sign of a damaged or tampered file (those
    fail the page checks with "file is not a database")."""
    if isinstance(exc, OSError):
        return exc.errno == errno.EIO
    return "disk i/o error" in str(exc).lower()


def _unwritable(exc: BaseException, path: Path | None = None) -> Literal["file", "folder"] | None:
    """What ``exc`` says cannot be written, if it says so (and not damage): ``"file"``, the
    database file at ``path`` itself while its folder can be written, or ``"folder"``, the
    folder or its disk.

    The error's words alone cannot tell the two apart: SQLite opens a file it may not
    write read-only, and then says "attempt to write a readonly database" for a locked
    file and a read-only disk alike, and a file that became unwritable while open fails
    its writes with "disk I/O error". So the file system is asked, as the user's account
    sees it (``os.access``: permission bits, the immutable flag, a read-only mount).
    """
    if isinstance(exc, OSError):
        return "folder" if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) else None
    text = str(exc).lower()
    refused = "readonly database" in text
    if (
        path is not None
        and (refused or _is_io_error(exc))
        and os.path.exists(path)
        and os.access(path.parent, os.W_OK)
        and not os.access(path, os.W_OK)
    ):
        return "file"
    if refused or "read-only file system" in text:
        return "folder"
    # A folder that cannot be written: the rollback journal cannot be made next to the file.
    if (
        path is not None
        and "unable to open database file" in text
        and not os.access(path.parent, os.W_OK)
    ):
        return "folder"
    return None


def _read_only_error(
    exc: BaseException, path: Path | None, unwritable: type[StoreError]
) -> StoreError | None:
    """The error for ``exc`` if it says a file or folder cannot be written: ``unwritable``
    for the file itself, :class:`VaultReadOnly` for its folder or disk."""
    kind = _unwritable(exc, path)
    if kind == "file":
        return unwritable(detail=f"{path.name if path else ''}: {exc}")
    if kind == "folder":
        return VaultReadOnly(detail=str(exc))
    return None


def connect(
    path: Path, key: bytes, damaged: type[StoreError], *, create: bool = False,
    read_only: bool = False, unwritable: type[StoreError] = VaultReadOnly,
) -> Connection:
    """Open (or create) the SQLCipher file at ``path`` with the raw ``key``.

    Raises ``damaged`` if the file cannot be read with this key: SQLCipher checks
    each page's HMAC, so a wrong key and a tampered file look the same from here,
    and the caller holds the key from an authenticated slot, so it is damage.

    An empty file is damage too unless ``create``: SQLite would take it for a new
    database and the first write would fill it with an empty one. ``read_only`` opens
    without writing to the file (for checking it), with one exception: a rollback
    journal left by a write that was cut short (a crash, a kill) is rolled back, as any
    open would, so what is checked is the last committed state; read-only, SQLite
    could not read the file at all.

    ``unwritable`` is raised if the file itself cannot be written while its folder can
    (:class:`VaultReadOnly` is for the folder).
    """
    if not create:
        try:
            size = path.stat().st_size
        except OSError:
            raise damaged(detail=f"{path.name} is missing") from None
        if size == 0:
            raise damaged(detail=f"{path.name} is empty")
    try:
        if read_only and not Path(f"{path}-journal").exists():
            conn = sqlcipher.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_TIMEOUT_S)
    except DatabaseError as exc:
        if _is_busy(exc):
            raise _busy_error(damaged, exc) from exc
        raise damaged(detail=str(exc)) from exc
    try:
        # SQLCipher logs HMAC failures to stderr itself; we report them in words instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Reading the schema forces page 1 through the HMAC check.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            mode = conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0]
            if str(mode).upper() != JOURNAL_MODE:
                raise damaged(detail=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = FULL")
        if create and os.name == "posix":
            os.chmod(path, 0o600)  # only the therapist's account may even read the ciphertext
    except DatabaseError as exc:
        conn.close()
        if _is_disk_full(exc):
            raise DiskFull() from exc
        if _is_busy(exc):
            raise _busy_error(damaged, exc) from exc
        read_only_error = _read_only_error(exc, path, unwritable)
        if read_only_error is not None:
            raise read_only_error from exc
        if _is_io_error(exc):
            raise DiskError(detail=str(exc)) from exc
        raise damaged(detail=str(exc)) from exc
    return conn


def migrate(conn: Connection, migrations: Sequence[Migration]) -> int:
    """Bring the schema to the newest version; each step runs in its own transaction.

    ``PRAGMA user_version`` counts the steps applied, so a crash between two steps
    resumes at the next one, and a file from a newer KastDesk is refused rather than
    misread.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(migrations):
        raise StoreError(
            tr("StoreError", "This file was written by a newer KastDesk. Update KastDesk to "
                             "open it."),
            detail=f"user_version {current} > {len(migrations)}",
        )
    for version in range(current, len(migrations)):
        step = migrations[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if isinstance(step, str):
                for statement in _split_sql(step):
                    conn.execute(statement)
            else:
                step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    return len(migrations)


def rollback(conn: Connection) -> None:
    """Roll back if a transaction is still open.

    SQLite rolls back by itself on some errors (a full disk among them); a second
    ROLLBACK would then fail and hide the real error.
    """
    if conn.in_transaction:
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")


def _split_sql(script: str) -> list[str]:
    # executescript() would COMMIT on its own; we want the step inside our transaction.
    return [s.strip() for s in script.split(";") if s.strip()]


@dataclass(frozen=True)
class Watch:
    """An open database file, to tell "it was removed or moved" from damage.

    SQLite keeps writing to the file it opened; once that file is deleted, or its
    folder renamed, a write fails with "attempt to write a readonly database", which
    alone would read as damage or a read-only folder. The file's identity when opened
    (device and inode) tells the cases apart. ``unwritable`` is the error for the file
    itself refusing writes while its folder takes them.
    """

    path: Path
    identity: tuple[int, int] | None
    gone: type[StoreError]
    unwritable: type[StoreError] = VaultReadOnly

    @classmethod
    def of(
        cls, path: Path, gone: type[StoreError], unwritable: type[StoreError] = VaultReadOnly
    ) -> Watch:
        try:
            st = os.stat(path)
        except OSError:
            return cls(path, None, gone, unwritable)
        return cls(path, (st.st_dev, st.st_ino), gone, unwritable)

    def moved(self) -> bool:
        try:
            st = os.stat(self.path)
        except OSError:
            return True
        return self.identity is not None and (st.st_dev, st.st_ino) != self.identity


# Mistakes in the program, not states of the disk: they are not reported as damage.
_PROGRAM_ERRORS = (sqlcipher.IntegrityError, sqlcipher.ProgrammingError,
                   sqlcipher.InterfaceError)


def translate(
    exc: BaseException, damaged: type[StoreError], watch: Watch | None = None
) -> StoreError:
    """The store's typed error for a low-level database or file error."""
    if isinstance(exc, StoreError):
        return exc
    if _is_disk_full(exc):
        return DiskFull(detail=str(exc))
    if _is_busy(exc):
        return _busy_error(damaged, exc)
    if watch is not None and watch.moved():
        return watch.gone(detail=f"{watch.path}: {exc}")
    read_only_error = _read_only_error(
        exc,
        watch.path if watch is not None else None,
        watch.unwritable if watch is not None else VaultReadOnly,
    )
    if read_only_error is not None:
        return read_only_error
    if _is_io_error(exc):
        return DiskError(detail=str(exc))
    return damaged(detail=str(exc))


@contextlib.contextmanager
def guarded(damaged: type[StoreError], watch: Watch | None = None) -> Iterator[None]:
    """Turn low-level database errors into the store's typed errors.

    With ``watch``, a file removed or moved while open is told apart from damage.
    """
    try:
        yield
    except StoreError:
        raise
    except _PROGRAM_ERRORS:
        raise
    except (DatabaseError, sqlcipher.OperationalError, OSError) as exc:
        raise translate(exc, damaged, watch) from exc


def holds_audit_head(conn: Connection, head: tuple[int, str], damaged: type[StoreError]) -> bool:
    """Whether ``conn``'s file still holds the newest audit entry this process saw
    (``head``: its sequence number and hash; any hash when the hash is empty): a file
    that came back after it went away (a memory stick plugged in again) is the same one,
    not an older copy put back. One lookup by primary key, cheap enough for every open
    and every write (``CaseFile.holds_entry`` asks it too)."""
    seq, digest = head
    if seq <= 0:
        return True
    with guarded(damaged):
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row is not None and (not digest or row[0] == digest)


def reopen_same(
    path: Path, key: bytes, head: tuple[int, str], *, damaged: type[StoreError],
    gone: type[StoreError], not_this: type[StoreError], older: type[StoreError],
    read_only: bool = False, unwritable: type[StoreError] = VaultReadOnly,
) -> Connection:
    """Open ``path`` again after it was away (a memory stick pulled), only if it is back and
    is the same file: ``key`` opens it (else ``not_this``: another vault's or client's file,
    not damage) and it holds ``head``, the newest audit entry seen (else ``older``: a copy
    put back). Nothing there raises ``gone``. Every failure waits (``retry_may_save``): the
    caller keeps what was typed and tries again. The case file and the index both reopen so.
    """
    if not path.exists():
        raise gone(detail=f"{path} is not there")
    try:
        conn = connect(path, key, damaged, read_only=read_only, unwritable=unwritable)
    except StoreError as exc:
        if isinstance(exc, damaged):
            raise not_this(detail=exc.detail) from exc
        exc.retry_may_save = True
        raise
    try:
        if not holds_audit_head(conn, head, damaged):
            raise older(detail=f"{path.name} lacks audit entry {head[0]}")
    except StoreError as exc:
        with contextlib.suppress(DatabaseError):
            conn.close()
        exc.retry_may_save = True
        raise
    return conn


def checkpoint_and_close(conn: Connection) -> None:
    """Close, folding back any WAL left by an older vault so the vault is single files."""
    with contextlib.suppress(DatabaseError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def integrity_problems(conn: Connection) -> list[str]:
    """Every page HMAC and the b-tree structure; at most one plain line for each.

    SQLite's own report ("HMAC verification failed for page 7", "Tree 4 page 12 cell 3:
    invalid page number") is for its developers: on a therapist's screen, untranslated, it
    said nothing but alarm, and one damaged page could fill the list. Both failures mean the
    same to the user (the file was damaged or changed outside KastDesk); how many pages
    failed is kept as a number.
    """
    problems: list[str] = []
    failed = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if failed:
        problems.append(tr("Verify", "parts of the file fail their check ({n} pages): it was "
                                     "damaged or changed outside KastDesk").format(n=len(failed)))
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        problems.append(tr("Verify", "the file's inner structure is damaged"))
    return problems
