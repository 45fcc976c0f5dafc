"""The alert queue: one row per (event, channel), so an alert is never lost nor sent twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.store.db import Database, Row, from_millis, optional_from_millis, to_millis
from app.store.errors import RecordNotFound

_COLUMNS = (
    "id, event_id, channel, status, attempts, last_error, created_at, next_attempt_at, sent_at"
)


class AlertStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    #: The monitor stopped retrying (e.g. the channel was switched off); kept for the record.
    GIVEN_UP = "given_up"


@dataclass(frozen=True)
class Alert:
    """One alert about one event on one channel ("email", "desktop", ...)."""

    id: int
    event_id: int
    channel: str
    status: AlertStatus
    attempts: int
    #: A short reason such as "smtp-timeout"; never message text or a password.
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None


def _alert(row: Row) -> Alert:
    return Alert(
        id=row["id"],
        event_id=row["event_id"],
        channel=row["channel"],
        status=AlertStatus(row["status"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=from_millis(row["created_at"]),
        next_attempt_at=from_millis(row["next_attempt_at"]),
        sent_at=optional_from_millis(row["sent_at"]),
    )


class AlertQueue:
    """Queue alerts, hand out the due ones, and record each outcome."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def enqueue(self, event_id: int, channel: str) -> Alert:
        """Queue an alert; queueing the same event and channel again returns the existing one."""
        now = to_millis(self._db.clock())
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO alerts (event_id, channel, status, created_at, next_attempt_at) "
                "VALUES (?, ?, 'pending', ?, ?) ON CONFLICT (event_id, channel) DO NOTHING",
                (event_id, channel, now, now),
            )
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM alerts WHERE event_id = ? AND channel = ?",
                (event_id, channel),
            ).fetchone()
        return _alert(row)

    def due(self, *, limit: int = 100) -> list[Alert]:
        """Pending alerts whose next attempt time has come, oldest first."""
        rows = self._db.rows(
            f"SELECT {_COLUMNS} FROM alerts WHERE status = 'pending' AND next_attempt_at <= ? "
            "ORDER BY next_attempt_at, id LIMIT ?",
            (to_millis(self._db.clock()), limit),
        )
        return [_alert(row) for row in rows]

    def mark_sent(self, alert_id: int) -> bool:
        """Record delivery. False when it was no longer pending (another sender got there first)."""
        with self._db.transaction() as connection:
            changed = connection.execute(
                "UPDATE alerts SET status = 'sent', sent_at = ?, attempts = attempts + 1 "
                "WHERE id = ? AND status = 'pending'",
                (to_millis(self._db.clock()), alert_id),
            ).rowcount
        return bool(changed)

    def record_failure(self, alert_id: int, reason: str, retry_at: datetime | None) -> Alert:
        """A failed attempt; try again at `retry_at`, or give up when it is None."""
        with self._db.transaction() as connection:
            changed = connection.execute(
                "UPDATE alerts SET attempts = attempts + 1, last_error = ?, "
                "status = CASE WHEN ? IS NULL THEN 'given_up' ELSE 'pending' END, "
                "next_attempt_at = coalesce(?, next_attempt_at) "
                "WHERE id = ? AND status = 'pending'",
                (
                    reason,
                    None if retry_at is None else 1,
                    None if retry_at is None else to_millis(retry_at),
                    alert_id,
                ),
            ).rowcount
        if not changed:
            self.get(alert_id)  # raises RecordNotFound for an unknown id
        return self.get(alert_id)

    def get(self, alert_id: int) -> Alert:
        row = self._db.row(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,))
        if row is None:
            raise RecordNotFound("alert", alert_id)
        return _alert(row)

    def for_event(self, event_id: int) -> list[Alert]:
        rows = self._db.rows(
            f"SELECT {_COLUMNS} FROM alerts WHERE event_id = ? ORDER BY id", (event_id,)
        )
        return [_alert(row) for row in rows]
