"""The hash-chained audit log kept inside each encrypted database.

Each entry carries the hash of the one before it, and the newest (seq, hash) is kept
in a one-row head table written in the same transaction. Altering an entry breaks
its hash, removing one breaks the chain, and removing the newest no longer matches
the head, so every edit of the log shows up in ``verify``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from kastdesk.i18n import tr
from kastdesk.store.db import Connection

GENESIS = "0" * 64

SCHEMA = """
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, hex(zeroblob(32)))
"""


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, object]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _entry_hash(
    prev: str, seq: int, at: str, actor: str, action: str, target: str, detail: str
) -> str:
    payload = json.dumps([prev, seq, at, actor, action, target, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    actor: str,
    action: str,
    target: str = "",
    detail: dict[str, object] | None = None,
) -> AuditEntry:
    """Add one entry; must run inside the caller's transaction."""
    seq, prev = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    seq += 1
    at = now_iso()
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = _entry_hash(prev, seq, at, actor, action, target, detail_text)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, target, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, target, detail_text, prev, digest),
    )
    conn.execute("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", (seq, digest))
    return AuditEntry(seq, at, actor, action, target, detail or {})


def entries(conn: Connection, limit: int | None = None) -> list[AuditEntry]:
    sql = "SELECT seq, at, actor, action, target, detail FROM audit ORDER BY seq DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        AuditEntry(seq, at, actor, action, target, json.loads(detail))
        for seq, at, actor, action, target, detail in conn.execute(sql).fetchall()
    ]


def newest_detail(conn: Connection, key: str, value: str) -> dict[str, object] | None:
    """The detail of the newest entry whose detail has ``key`` set to ``value`` (the last
    change of a case's status to "closed", say), or None.

    Read from the newest entry back, and stopped at the first that matches: the entries a
    case writes after its status changed are few once it has ended."""
    # As ``append`` writes it (sorted keys, ", " and ": " between them).
    needle = json.dumps({key: value}, ensure_ascii=False)[1:-1]
    for (text,) in conn.execute(
        "SELECT detail FROM audit WHERE instr(detail, ?) > 0 ORDER BY seq DESC", (needle,)
    ):
        detail = json.loads(text)
        if isinstance(detail, dict) and detail.get(key) == value:
            return detail
    return None


def head(conn: Connection) -> tuple[int, str]:
    seq, digest = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return int(seq), str(digest)


def verify(conn: Connection) -> list[str]:
    """Walk the chain; return one line per problem (empty when intact), in the user's
    language: ``kastdesk verify`` and Verify vault show them as they are."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit ORDER BY seq"
    ).fetchall()
    for seq, at, actor, action, target, detail, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(tr("Verify", "audit entry {n} is missing").format(n=expected_seq))
        if prev_hash != prev:
            problems.append(
                tr("Verify", "audit entry {n} does not follow the one before it").format(n=seq))
        if _entry_hash(prev_hash, seq, at, actor, action, target, detail) != digest:
            problems.append(tr("Verify", "audit entry {n} has been altered").format(n=seq))
        prev = digest
        expected_seq = seq + 1
    head_seq, head_hash = head(conn)
    if head_seq != expected_seq - 1 or head_hash != prev:
        problems.append(tr("Verify", "the newest audit entries have been removed or altered"))
    return problems
