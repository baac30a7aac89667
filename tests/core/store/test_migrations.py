"""Schemas come from versioned migrations applied on open, each in a transaction."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from kastdesk.store import CaseDamaged, StoreError, db
from kastdesk.store.schema import CASE_MIGRATIONS, INDEX_MIGRATIONS


@pytest.mark.parametrize("migrations", [CASE_MIGRATIONS, INDEX_MIGRATIONS])
def test_an_empty_file_migrates_to_the_newest_schema(tmp_path: Path, migrations: list) -> None:
    conn = db.connect(tmp_path / "x.kdb", secrets.token_bytes(32), CaseDamaged, create=True)
    assert db.migrate(conn, migrations) == len(migrations)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations)
    assert db.migrate(conn, migrations) == len(migrations)  # idempotent on reopen
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"audit", "audit_head"} <= tables
    conn.close()


def test_a_failing_step_rolls_back_and_keeps_the_version(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.kdb", secrets.token_bytes(32), CaseDamaged, create=True)
    steps = ["CREATE TABLE a (x INTEGER)", "CREATE TABLE b (y INTEGER); CREATE TABLE a (z)"]
    with pytest.raises(db.DatabaseError):
        db.migrate(conn, steps)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "b" not in names


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.kdb", secrets.token_bytes(32), CaseDamaged, create=True)
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError) as info:
        db.migrate(conn, CASE_MIGRATIONS)
    assert "newer KastDesk" in info.value.message


def test_connections_keep_temporary_data_in_memory(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "x.kdb", secrets.token_bytes(32), CaseDamaged, create=True)
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
