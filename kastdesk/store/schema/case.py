"""Schema of one client's case file (``cases/<uuid>.kcase``)."""

from kastdesk.store import audit

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    client_id TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT,
    gender TEXT NOT NULL DEFAULT 'unknown',
    age_group TEXT NOT NULL DEFAULT '',
    relationship_status TEXT NOT NULL DEFAULT '',
    children INTEGER,
    referral_source TEXT NOT NULL DEFAULT 'own_initiative',
    contact_channel TEXT NOT NULL DEFAULT 'phone',
    first_contact_date TEXT,
    preferred_therapist_gender TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'first_contact',
    therapist TEXT NOT NULL DEFAULT '',
    followup_due TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE status_history (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    starts_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 50,
    modality TEXT NOT NULL DEFAULT 'in_person',
    present TEXT NOT NULL DEFAULT 'client',
    topics TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    signed_at TEXT,
    signed_by TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_by_start ON sessions (starts_at);
CREATE TABLE note_versions (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX note_versions_by_session ON note_versions (session_id, at);
CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'active',
    set_on TEXT NOT NULL
);
CREATE TABLE goal_events (
    seq INTEGER PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals (id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_events_by_goal ON goal_events (goal_id, seq);
CREATE TABLE risk_flags (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL,
    cleared_at TEXT,
    cleared_by TEXT
);
CREATE TABLE documents (
    kind TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    session_id TEXT,
    label TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    PRIMARY KEY (kind, doc_id, version)
);
""" + audit.SCHEMA

# Whether a session took place (domain.models.Attendance). Every session written before
# was taken as held, so that is what it stays.
_V2 = """
ALTER TABLE sessions ADD COLUMN attendance TEXT NOT NULL DEFAULT 'held'
"""

CASE_MIGRATIONS: list[str] = [_V1, _V2]
