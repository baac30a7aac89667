"""Store figures (issue 2): unlock, case open, SQLCipher vs sqlite3, verify throughput.

Usage: python bench/store.py [--vault DIR] [--clients 1000] [--sessions 30]

Without --vault, a demo vault of 1,000 clients with 30 sessions each is made once with
``kastdesk demo`` (real, calibrated Argon2id) under /tmp/kastdesk-bench and reused.
Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from kastdesk.store import Vault
from kastdesk.store.schema import CASE_MIGRATIONS

PASSPHRASE = "benchmark passphrase"


def ensure_vault(folder: Path, clients: int, sessions: int) -> None:
    if (folder / "vault.json").exists():
        return
    print(f"making a demo vault of {clients} clients x {sessions} sessions in {folder} …",
          flush=True)
    started = time.perf_counter()
    env = dict(os.environ, KASTDESK_PASSPHRASE=PASSPHRASE)
    subprocess.run(
        [sys.executable, "-m", "kastdesk", "demo", "--vault", str(folder), "--clients",
         str(clients), "--sessions", str(sessions), "--seed", "42"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )
    print(f"  made in {time.perf_counter() - started:.0f} s")


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


WORKLOAD = [
    "SELECT * FROM profile WHERE id = 1",
    "SELECT * FROM sessions ORDER BY starts_at, id",
    "SELECT * FROM note_versions ORDER BY at, rowid",
    "SELECT * FROM goals ORDER BY set_on, rowid",
    "SELECT * FROM goal_events ORDER BY seq",
    "SELECT * FROM risk_flags ORDER BY set_at",
]


def case_workload(connect: Callable[[], Any]) -> Callable[[], None]:
    """Open a connection with the store's pragmas and read what the workspace shows."""

    def run() -> None:
        conn = connect()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        for sql in WORKLOAD:
            conn.execute(sql).fetchall()
        conn.close()

    return run


def plain_copy(case_path: Path, key: bytes, target: Path) -> None:
    """The same schema and rows in an unencrypted sqlite3 file, for the ratio."""
    src = sqlcipher.connect(str(case_path))
    src.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    dst = sqlite3.connect(str(target), isolation_level=None)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("BEGIN")
    for step in CASE_MIGRATIONS:
        for statement in step.split(";"):
            if statement.strip():
                dst.execute(statement)
    dst.execute("DELETE FROM audit_head")
    tables = [r[0] for r in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        rows = src.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    dst.execute("COMMIT")
    dst.close()
    src.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=30)
    args = parser.parse_args()
    folder = args.vault or Path(f"/tmp/kastdesk-bench/vault-{args.clients}x{args.sessions}")
    ensure_vault(folder, args.clients, args.sessions)

    # Unlock: the KDF on its own, then everything after it.
    kdf, rest = [], []
    for _ in range(3):
        vault = Vault.unlock(folder, PASSPHRASE)
        kdf.append(vault.timings.kdf_s * 1000)
        rest.append(vault.timings.rest_s * 1000)
        vault.close()
    vault = Vault.unlock(folder, PASSPHRASE)
    started = time.perf_counter()
    clients = vault.clients()
    register_ms = (time.perf_counter() - started) * 1000
    print(f"vault: {len(clients)} clients in {folder}")
    print(f"unlock: KDF {statistics.median(kdf):.0f} ms (by design ~500), "
          f"everything else {statistics.median(rest):.1f} ms (goal < 150)")
    print(f"register read ({len(clients)} rows): {register_ms:.1f} ms")

    # Open one case file and load profile, sessions, goals (through the facade).
    sample = clients[:: max(1, len(clients) // 25)][:25]

    def open_and_load(entry_id: str) -> None:
        case = vault.open_case(entry_id, audit_open=False)
        case.profile.get()
        case.sessions.list()
        case.goals.list()
        case.flags.list()
        vault.close_case(entry_id)

    per_case = [median_ms(lambda e=e: open_and_load(e.id), 5) for e in sample]
    print(f"open a case and load profile, sessions, goals: median {statistics.median(per_case):.1f}"
          f" ms, worst {max(per_case):.1f} ms over {len(sample)} cases (goal < 30)")

    # The same workload on SQLCipher and on plain sqlite3, same schema and rows.
    entry = sample[len(sample) // 2]
    key = vault._case_key(entry.id)
    path = vault._case_path(entry.id)
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.db"
        plain_copy(path, key, plain)

        def cipher_connect() -> Any:
            conn = sqlcipher.connect(str(path), isolation_level=None)
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            return conn

        cipher_run = case_workload(cipher_connect)
        plain_run = case_workload(lambda: sqlite3.connect(str(plain), isolation_level=None))
        for _ in range(20):  # warm both caches alike
            cipher_run()
            plain_run()
        cipher_ms = median_ms(cipher_run, 200)
        plain_ms = median_ms(plain_run, 200)
    print(f"case workload: SQLCipher {cipher_ms:.2f} ms, sqlite3 {plain_ms:.2f} ms, "
          f"ratio {cipher_ms / plain_ms:.2f}x (goal <= 1.5x)")

    # Verify the whole vault.
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    started = time.perf_counter()
    problems = vault.verify()
    elapsed = time.perf_counter() - started
    print(f"verify: {elapsed:.1f} s for {size / 1e6:.1f} MB = {size / 1e6 / elapsed:.1f} MB/s, "
          f"{len(problems)} problems")
    vault.close()


if __name__ == "__main__":
    main()
