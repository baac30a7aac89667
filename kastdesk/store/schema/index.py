"""Schema of the vault index (``index.kdb``): the register, case keys, settings, audit."""

from kastdesk.store import audit

_V1 = """
CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT,
    status TEXT NOT NULL,
    first_contact_date TEXT,
    first_session_date TEXT,
    last_contact_date TEXT,
    next_session TEXT,
    followup_due TEXT,
    flags TEXT NOT NULL DEFAULT '',
    case_key BLOB NOT NULL,
    audit_seq INTEGER NOT NULL DEFAULT 0,
    audit_hash TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""" + audit.SCHEMA

# Since when the case has its status, and why it ended or closed (an ``EndReason`` value,
# NULL for none given), so the register says so without opening every case file. Rows
# written before stay NULL until the case is next opened or changed (``Vault``).
_V2 = """
ALTER TABLE clients ADD COLUMN status_since TEXT;
ALTER TABLE clients ADD COLUMN end_reason TEXT
"""

# Where the case's start self-rating stands ("done", "partly" filled in, "none"), so the
# Due list names a start form not filled in at the first session without opening every
# case file. NULL: not known yet (a row from before, filled when the case is next opened).
_V3 = """
ALTER TABLE clients ADD COLUMN start_form TEXT
"""

INDEX_MIGRATIONS: list[str] = [_V1, _V2, _V3]
