"""Usage sessions (active chatting time per child) and lesson progress, for limits and reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.store.db import Database, Row, from_millis, optional_from_millis, to_millis
from app.store.errors import RecordNotFound


@dataclass(frozen=True)
class UsageSession:
    """One stretch of Hoot being open for a child; `active_seconds` counts real chatting only."""

    id: int
    child_id: int
    started_at: datetime
    ended_at: datetime | None
    active_seconds: int


class LessonStatus(StrEnum):
    STARTED = "started"
    COMPLETED = "completed"


@dataclass(frozen=True)
class LessonProgress:
    child_id: int
    lesson_id: str
    status: LessonStatus
    updated_at: datetime
    completed_at: datetime | None


def _session(row: Row) -> UsageSession:
    return UsageSession(
        id=row["id"],
        child_id=row["child_id"],
        started_at=from_millis(row["started_at"]),
        ended_at=optional_from_millis(row["ended_at"]),
        active_seconds=row["active_seconds"],
    )


def _progress(row: Row) -> LessonProgress:
    return LessonProgress(
        child_id=row["child_id"],
        lesson_id=row["lesson_id"],
        status=LessonStatus(row["status"]),
        updated_at=from_millis(row["updated_at"]),
        completed_at=optional_from_millis(row["completed_at"]),
    )


class UsageRepository:
    """Counts active time; the time-limit rules live in `app/monitor/`."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def start(self, child_id: int) -> UsageSession:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO usage_sessions (child_id, started_at) VALUES (?, ?)",
                (child_id, to_millis(self._db.clock())),
            )
            session_id = int(cursor.lastrowid)
        return self.get(session_id)

    def add_active_seconds(self, session_id: int, seconds: int) -> UsageSession:
        if seconds < 0:
            raise ValueError("active time only grows")
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE usage_sessions SET active_seconds = active_seconds + ? WHERE id = ?",
                (seconds, session_id),
            )
        return self.get(session_id)

    def end(self, session_id: int) -> UsageSession:
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE usage_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                (to_millis(self._db.clock()), session_id),
            )
        return self.get(session_id)

    def get(self, session_id: int) -> UsageSession:
        row = self._db.row("SELECT * FROM usage_sessions WHERE id = ?", (session_id,))
        if row is None:
            raise RecordNotFound("usage session", session_id)
        return _session(row)

    def sessions(self, child_id: int, since: datetime, until: datetime) -> list[UsageSession]:
        """Sessions that started in [since, until), oldest first."""
        rows = self._db.rows(
            "SELECT * FROM usage_sessions WHERE child_id = ? AND started_at >= ? "
            "AND started_at < ? ORDER BY started_at, id",
            (child_id, to_millis(since), to_millis(until)),
        )
        return [_session(row) for row in rows]

    def all_for_child(self, child_id: int) -> list[UsageSession]:
        rows = self._db.rows(
            "SELECT * FROM usage_sessions WHERE child_id = ? ORDER BY started_at, id", (child_id,)
        )
        return [_session(row) for row in rows]


class LessonRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def mark_started(self, child_id: int, lesson_id: str) -> LessonProgress:
        """Record that a lesson was opened; a completed lesson stays completed."""
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO lesson_progress (child_id, lesson_id, status, updated_at) "
                "VALUES (?, ?, 'started', ?) ON CONFLICT (child_id, lesson_id) DO UPDATE SET "
                "updated_at = excluded.updated_at",
                (child_id, lesson_id, to_millis(self._db.clock())),
            )
        return self._get(child_id, lesson_id)

    def mark_completed(self, child_id: int, lesson_id: str) -> LessonProgress:
        now = to_millis(self._db.clock())
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO lesson_progress (child_id, lesson_id, status, updated_at, "
                "completed_at) VALUES (?, ?, 'completed', ?, ?) "
                "ON CONFLICT (child_id, lesson_id) DO UPDATE SET status = 'completed', "
                "updated_at = excluded.updated_at, "
                "completed_at = coalesce(lesson_progress.completed_at, excluded.completed_at)",
                (child_id, lesson_id, now, now),
            )
        return self._get(child_id, lesson_id)

    def progress(self, child_id: int) -> list[LessonProgress]:
        rows = self._db.rows(
            "SELECT * FROM lesson_progress WHERE child_id = ? ORDER BY updated_at, lesson_id",
            (child_id,),
        )
        return [_progress(row) for row in rows]

    def _get(self, child_id: int, lesson_id: str) -> LessonProgress:
        row = self._db.row(
            "SELECT * FROM lesson_progress WHERE child_id = ? AND lesson_id = ?",
            (child_id, lesson_id),
        )
        if row is None:  # pragma: no cover - written in the same call
            raise RecordNotFound("lesson progress", child_id)
        return _progress(row)
