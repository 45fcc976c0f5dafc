"""The database schema as numbered, forward-only migrations tracked by `PRAGMA user_version`.

To change the schema, append a `Migration` with the next number; never edit a shipped one.
Each runs in its own transaction together with the `user_version` bump, so a crash leaves
the database at the previous version, never half-migrated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from app.store.db import schema_version


@dataclass(frozen=True)
class Migration:
    """One schema step: SQL (one statement per line end) or a function given the connection."""

    number: int
    summary: str
    apply: str | Callable[[sqlcipher3.Connection], None]


_CORE = """
CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    nickname TEXT NOT NULL,
    avatar_id TEXT NOT NULL,
    birth_year INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2999),
    birth_month INTEGER NOT NULL CHECK (birth_month BETWEEN 1 AND 12),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX children_by_nickname ON children (nickname COLLATE NOCASE);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE child_settings (
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (child_id, key)
) WITHOUT ROWID;

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    title TEXT,
    prompt_version TEXT NOT NULL
);
CREATE INDEX conversations_by_child ON conversations (child_id, id);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'complete', 'interrupted')),
    filter_action TEXT,
    filter_categories TEXT NOT NULL DEFAULT '[]',
    filter_severity TEXT CHECK (filter_severity IN ('low', 'medium', 'high', 'critical')),
    filter_rule_ids TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    completed_at INTEGER,
    tokens_in INTEGER,
    tokens_out INTEGER,
    -- The child as one token for the full-text index, so a search reads only that child's hits.
    child_key TEXT GENERATED ALWAYS AS ('c' || child_id) VIRTUAL
);
CREATE INDEX messages_by_child ON messages (child_id, id);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_time ON messages (created_at);
CREATE INDEX messages_in_progress ON messages (id) WHERE state = 'in_progress';

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    text,
    child_key,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Without this, FTS5 keeps deleted words in its index until segments merge.
INSERT INTO messages_fts (messages_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER messages_fts_after_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, text, child_key) VALUES (new.id, new.text, new.child_key);
END;
CREATE TRIGGER messages_fts_after_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text, child_key)
    VALUES ('delete', old.id, old.text, old.child_key);
END;
CREATE TRIGGER messages_fts_after_update AFTER UPDATE OF text ON messages BEGIN
    INSERT INTO messages_fts (messages_fts, rowid, text, child_key)
    VALUES ('delete', old.id, old.text, old.child_key);
    INSERT INTO messages_fts (rowid, text, child_key) VALUES (new.id, new.text, new.child_key);
END;
"""

_MONITORING = """
CREATE TABLE events (
    -- AUTOINCREMENT: an id is never reused after deletions, so old references stay unambiguous.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    child_id INTEGER REFERENCES children (id) ON DELETE RESTRICT,
    occurred_at INTEGER NOT NULL,
    category TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    kind TEXT NOT NULL,
    message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX events_by_child ON events (child_id, occurred_at);
CREATE INDEX events_by_time ON events (occurred_at);
CREATE INDEX events_by_message ON events (message_id);

CREATE TABLE event_chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    head_hash TEXT NOT NULL,
    length INTEGER NOT NULL
);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'given_up')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at INTEGER,
    UNIQUE (event_id, channel)
);
CREATE INDEX alerts_due ON alerts (status, next_attempt_at);
"""

_FAMILY = """
CREATE TABLE parent_pin (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    kdf TEXT NOT NULL,
    kdf_params TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    lockout_until INTEGER,
    lockout_seconds INTEGER NOT NULL DEFAULT 0,
    last_failure_at INTEGER,
    latest_time_seen INTEGER NOT NULL,
    lockout_boot_id TEXT,
    lockout_monotonic_start REAL,
    changed_at INTEGER NOT NULL
);

CREATE TABLE recovery_code (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    kdf TEXT NOT NULL,
    kdf_params TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    notice_version TEXT NOT NULL,
    given_at INTEGER NOT NULL,
    withdrawn_at INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
"""

_USAGE_AND_LESSONS = """
CREATE TABLE usage_sessions (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    active_seconds INTEGER NOT NULL DEFAULT 0 CHECK (active_seconds >= 0)
);
CREATE INDEX usage_by_child ON usage_sessions (child_id, started_at);

CREATE TABLE lesson_progress (
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    lesson_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('started', 'completed')),
    updated_at INTEGER NOT NULL,
    completed_at INTEGER,
    PRIMARY KEY (child_id, lesson_id)
) WITHOUT ROWID;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "children, settings, conversations, messages, full-text index", _CORE),
    Migration(2, "hash-chained events and the alert queue", _MONITORING),
    Migration(3, "parent PIN record, recovery code, consent", _FAMILY),
    Migration(4, "usage sessions and lesson progress", _USAGE_AND_LESSONS),
)

LATEST_VERSION = MIGRATIONS[-1].number


def migrate(
    connection: sqlcipher3.Connection,
    *,
    target: int | None = None,
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> int:
    """Bring the schema up to `target` (default: the newest; tests stop early to build older
    databases). Returns the version reached.

    Safe when two processes start at once: each step re-reads the version inside its own
    write transaction.
    """
    if target is None:
        target = migrations[-1].number
    for position, migration in enumerate(migrations, start=1):
        if migration.number != position:
            raise RuntimeError(f"migration {migration.number} is out of sequence")
        if migration.number > target:
            break
        if schema_version(connection) >= migration.number:
            continue
        connection.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(connection) < migration.number:
                _apply(connection, migration)
                connection.execute(f"PRAGMA user_version = {migration.number}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return schema_version(connection)


def _apply(connection: sqlcipher3.Connection, migration: Migration) -> None:
    if callable(migration.apply):
        migration.apply(connection)
        return
    # Not executescript(): it would COMMIT first and leave the step outside our transaction.
    for statement in split_statements(migration.apply):
        connection.execute(statement)


def split_statements(script: str) -> list[str]:
    """The complete SQL statements of `script`, each ending at the end of a line."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in pending.splitlines()
    ):
        raise ValueError("migration SQL ends with an unfinished statement")
    return statements
