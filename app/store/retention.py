"""Retention: how long chats are kept, and the purge that removes older ones from the file too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.store.db import to_millis
from app.store.events import EventKind
from app.store.store import Store

RETENTION_SETTING = "retention_days"
DEFAULT_RETENTION_DAYS = 90


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed; `cutoff` is None when the setting is "keep until deleted"."""

    cutoff: datetime | None
    messages: int = 0
    conversations: int = 0
    events: int = 0
    usage_sessions: int = 0

    @property
    def removed_anything(self) -> bool:
        return bool(self.messages or self.conversations or self.events or self.usage_sessions)


def retention_days(store: Store) -> int | None:
    """Days chats are kept (default 90); None means keep until the parent deletes them."""
    return store.settings.get_optional_int(RETENTION_SETTING, DEFAULT_RETENTION_DAYS)


def set_retention_days(store: Store, days: int | None) -> None:
    if days is not None and days < 1:
        raise ValueError("retention is at least one day, or None to keep until deleted")
    store.settings.set(RETENTION_SETTING, days)


def purge_expired(store: Store, now: datetime | None = None) -> PurgeResult:
    """Apply the retention setting (run at start and once a day)."""
    return purge_older_than(store, retention_days(store), now)


def purge_older_than(store: Store, days: int | None, now: datetime | None = None) -> PurgeResult:
    """Remove messages, empty conversations, events and usage sessions older than `days`.

    Lesson progress and consent records are not history and stay. Removed rows are zeroed in
    the file (secure_delete, FTS5 secure-delete), freed pages are returned to the file system
    (incremental vacuum) and the WAL is checkpointed and truncated.
    """
    if days is None:
        return PurgeResult(cutoff=None)
    if days < 0:
        raise ValueError("days cannot be negative")
    cutoff = (now or store.database.clock()) - timedelta(days=days)
    limit = to_millis(cutoff)
    with store.database.transaction() as connection:
        messages = connection.execute(
            "DELETE FROM messages WHERE created_at < ?", (limit,)
        ).rowcount
        conversations = connection.execute(
            "DELETE FROM conversations WHERE started_at < ? AND NOT EXISTS "
            "(SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id)",
            (limit,),
        ).rowcount
        sessions = connection.execute(
            "DELETE FROM usage_sessions WHERE started_at < ?", (limit,)
        ).rowcount
        events = store.events.remove_and_reanchor(
            connection,
            "occurred_at < ?",
            (limit,),
            kind=EventKind.HISTORY_PURGED,
            details={"retention_days": days, "cutoff_ms": limit},
        )
    result = PurgeResult(
        cutoff=cutoff,
        messages=int(messages),
        conversations=int(conversations),
        events=events,
        usage_sessions=int(sessions),
    )
    if result.removed_anything:
        store.database.reclaim_space()
    return result
