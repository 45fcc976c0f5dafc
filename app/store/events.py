"""Monitoring events with severity, chained by hashes so a deleted or edited row is detected.

Each event stores `prev_hash` (the hash of the event before it, or 64 zeros for the first)
and `hash = sha256(prev_hash + canonical content)`. The canonical content is the JSON array
`[id, child_id, occurred_at_ms, category, severity, kind, details]` with sorted keys and no
spaces. `message_id` is deliberately outside the hash: retention removes old messages and
SQLite then clears the link, which is not tampering. The `event_chain` row keeps the head
hash and length, so removing the newest events is detected too.

When the parent deletes a child (or retention purges old events) rows leave the chain on
purpose. The chain is then re-linked from the first gap onward and a `data_deleted` /
`history_purged` event is appended that records how many events went, the head hash before
the removal, and whether the chain was intact before it: the removal itself stays on the
record, and tampering that happened before it is not laundered away.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import sqlcipher3

from app.safety.verdict import Severity
from app.store.db import Database, Row, from_millis, to_millis
from app.store.errors import RecordNotFound

GENESIS_HASH = "0" * 64

_COLUMNS = (
    "id, child_id, occurred_at, category, severity, kind, message_id, details, prev_hash, hash"
)


class EventKind(StrEnum):
    """Kinds the store itself records; other parts use their own kind strings."""

    DATA_DELETED = "data_deleted"
    HISTORY_PURGED = "history_purged"


#: Category of events about the data itself (deletions, purges).
DATA_CATEGORY = "data"


@dataclass(frozen=True)
class Event:
    """One recorded happening. `details` never holds message text: link the message instead."""

    id: int
    child_id: int | None
    occurred_at: datetime
    category: str
    severity: Severity
    kind: str
    message_id: int | None
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


class ChainProblem(StrEnum):
    """What verification found wrong with the event chain."""

    #: An event's content no longer matches its hash (edited).
    EDITED = "edited"
    #: An event does not point at the one before it (one was deleted or inserted).
    LINK_BROKEN = "link-broken"
    #: The newest events were removed or the head record was changed.
    HEAD_MISMATCH = "head-mismatch"


@dataclass(frozen=True)
class ChainCheck:
    """Result of `verify_chain`: intact, or the first broken link and what is wrong there."""

    intact: bool
    checked: int
    first_broken_event_id: int | None = None
    problem: ChainProblem | None = None


def event_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def _canonical_json(value: object) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def _parse_details(raw: object) -> dict[str, Any]:
    try:
        details = json.loads(str(raw))
    except ValueError:
        details = None
    if not isinstance(details, dict):
        # Hand-edited into something else: keep the raw text so verification reports an edit.
        return {"unparsable": str(raw)}
    return details


def _row_hash(row: Row, prev_hash: str) -> str:
    """sha256 of prev_hash + the canonical JSON of the row's hashed fields."""
    details = _parse_details(row["details"])
    content = _canonical_json(
        [
            row["id"],
            row["child_id"],
            row["occurred_at"],
            row["category"],
            row["severity"],
            row["kind"],
            details,
        ]
    )
    return event_hash(prev_hash, content)


def _event(row: Row) -> Event:
    return Event(
        id=row["id"],
        child_id=row["child_id"],
        occurred_at=from_millis(row["occurred_at"]),
        category=row["category"],
        severity=Severity.parse(row["severity"]),
        kind=row["kind"],
        message_id=row["message_id"],
        details=MappingProxyType(_parse_details(row["details"])),
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


class EventRepository:
    """Records events, lists them for reports, and checks the hash chain."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self,
        *,
        child_id: int | None,
        category: str,
        severity: Severity,
        kind: str,
        message_id: int | None = None,
        details: Mapping[str, Any] | None = None,
        at: datetime | None = None,
    ) -> Event:
        """Append an event to the chain (committed when this returns)."""
        with self._db.transaction() as connection:
            event_id = self._append(
                connection,
                child_id=child_id,
                category=category,
                severity=severity,
                kind=kind,
                message_id=message_id,
                details=details or {},
                at=at or self._db.clock(),
            )
        return self.get(event_id)

    def get(self, event_id: int) -> Event:
        row = self._db.row(f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,))
        if row is None:
            raise RecordNotFound("event", event_id)
        return _event(row)

    def for_child(
        self,
        child_id: int,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        min_severity: Severity = Severity.LOW,
    ) -> list[Event]:
        """A child's events in time order, optionally within [since, until) and above a floor."""
        return [
            event
            for event in self._between("child_id = ?", (child_id,), since, until)
            if event.severity >= min_severity
        ]

    def between(self, since: datetime | None = None, until: datetime | None = None) -> list[Event]:
        """Every event (all children and none) in [since, until), in time order."""
        return self._between("1 = 1", (), since, until)

    def for_message(self, message_id: int) -> list[Event]:
        rows = self._db.rows(
            f"SELECT {_COLUMNS} FROM events WHERE message_id = ? ORDER BY id", (message_id,)
        )
        return [_event(row) for row in rows]

    def _between(
        self,
        condition: str,
        parameters: Sequence[object],
        since: datetime | None,
        until: datetime | None,
    ) -> list[Event]:
        low = to_millis(since) if since else -(2**62)
        high = to_millis(until) if until else 2**62
        rows = self._db.rows(
            f"SELECT {_COLUMNS} FROM events WHERE {condition} AND occurred_at >= ? "
            "AND occurred_at < ? ORDER BY occurred_at, id",
            (*parameters, low, high),
        )
        return [_event(row) for row in rows]

    def verify_chain(self) -> ChainCheck:
        """Walk the chain from the first event; report the first place where it breaks."""
        with self._db.snapshot() as connection:
            return _verify(connection)

    # Store-internal: used by deletion and retention inside their own transaction.
    def remove_and_reanchor(
        self,
        connection: sqlcipher3.Connection,
        condition: str,
        parameters: Sequence[object],
        *,
        kind: EventKind,
        details: Mapping[str, Any],
        always_record: bool = False,
    ) -> int:
        """Delete the events matching `condition`, re-link the chain, and record the removal.

        Returns how many events were removed; with none, nothing is recorded unless
        `always_record` (a deleted child is worth recording even without events).
        """
        before = _verify(connection)
        head_before = _head(connection)[0]
        first_removed = connection.execute(
            f"SELECT min(id) FROM events WHERE {condition}", parameters
        ).fetchone()[0]
        removed = connection.execute(f"DELETE FROM events WHERE {condition}", parameters).rowcount
        if removed:
            _relink_from(connection, first_removed)
        elif not always_record:
            return 0
        self._append(
            connection,
            child_id=None,
            category=DATA_CATEGORY,
            severity=Severity.LOW,
            kind=kind,
            message_id=None,
            details={
                **details,
                "events_removed": removed,
                "head_before": head_before,
                "chain_intact_before": before.intact,
                "first_broken_before": before.first_broken_event_id,
            },
            at=self._db.clock(),
        )
        return int(removed)

    def _append(
        self,
        connection: sqlcipher3.Connection,
        *,
        child_id: int | None,
        category: str,
        severity: Severity,
        kind: str,
        message_id: int | None,
        details: Mapping[str, Any],
        at: datetime,
    ) -> int:
        details_json = _canonical_json(dict(details))
        prev_hash, length = _head(connection)
        occurred = to_millis(at)
        cursor = connection.execute(
            "INSERT INTO events (child_id, occurred_at, category, severity, kind, message_id, "
            "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')",
            (
                child_id,
                occurred,
                category,
                severity.label,
                kind,
                message_id,
                details_json,
                prev_hash,
            ),
        )
        event_id = int(cursor.lastrowid)
        # Hash the row as stored, so writing and verifying share one definition of the content.
        stored = connection.execute(
            f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        new_hash = _row_hash(stored, prev_hash)
        connection.execute("UPDATE events SET hash = ? WHERE id = ?", (new_hash, event_id))
        _set_head(connection, new_hash, length + 1)
        return event_id


def _head(connection: sqlcipher3.Connection) -> tuple[str, int]:
    row = connection.execute("SELECT head_hash, length FROM event_chain WHERE id = 1").fetchone()
    return (GENESIS_HASH, 0) if row is None else (row["head_hash"], int(row["length"]))


def _set_head(connection: sqlcipher3.Connection, head_hash: str, length: int) -> None:
    connection.execute(
        "INSERT INTO event_chain (id, head_hash, length) VALUES (1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET head_hash = excluded.head_hash, length = excluded.length",
        (head_hash, length),
    )


def _verify(connection: sqlcipher3.Connection) -> ChainCheck:
    expected_prev = GENESIS_HASH
    checked = 0
    for row in connection.execute(f"SELECT {_COLUMNS} FROM events ORDER BY id"):
        if row["prev_hash"] != expected_prev:
            return ChainCheck(False, checked, row["id"], ChainProblem.LINK_BROKEN)
        if _row_hash(row, expected_prev) != row["hash"]:
            return ChainCheck(False, checked, row["id"], ChainProblem.EDITED)
        expected_prev = row["hash"]
        checked += 1
    head_hash, length = _head(connection)
    if head_hash != expected_prev or length != checked:
        return ChainCheck(False, checked, None, ChainProblem.HEAD_MISMATCH)
    return ChainCheck(True, checked)


def _relink_from(connection: sqlcipher3.Connection, first_removed_id: int) -> None:
    """Recompute prev_hash/hash for every event after a removal point and move the head."""
    row = connection.execute(
        "SELECT hash FROM events WHERE id < ? ORDER BY id DESC LIMIT 1", (first_removed_id,)
    ).fetchone()
    prev_hash = GENESIS_HASH if row is None else row["hash"]
    later = connection.execute(
        f"SELECT {_COLUMNS} FROM events WHERE id > ? ORDER BY id", (first_removed_id,)
    ).fetchall()
    for event_row in later:
        new_hash = _row_hash(event_row, prev_hash)
        connection.execute(
            "UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?",
            (prev_hash, new_hash, event_row["id"]),
        )
        prev_hash = new_hash
    length = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    _set_head(connection, prev_hash, int(length))
