"""A disk that will not write is not a damaged file.

A QA pass made an open case file unwritable (``chattr +i``; a pulled memory stick or a
network folder gone fail the same way): SQLite says "disk I/O error", and the store called
the file damaged or tampered with, advised restoring a backup (which would have thrown away
more work), and the lock went ahead and lost the note just typed. It is a disk error now,
one the lock waits for, as for a full disk.
"""

from __future__ import annotations

import errno

import sqlcipher3.dbapi2 as sqlcipher

from kastdesk.store import CaseDamaged, DiskError
from kastdesk.store.db import translate


def test_a_disk_io_error_is_a_disk_error_the_lock_waits_for() -> None:
    for exc in (sqlcipher.OperationalError("disk I/O error"),
                OSError(errno.EIO, "Input/output error")):
        error = translate(exc, CaseDamaged)
        assert type(error) is DiskError, exc
        assert error.retry_may_save
        assert "backup" not in error.message and "tampered" not in error.message


def test_a_file_that_fails_its_checks_is_still_damage() -> None:
    error = translate(sqlcipher.DatabaseError("file is not a database"), CaseDamaged)
    assert type(error) is CaseDamaged and not error.retry_may_save
