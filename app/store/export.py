"""Export: everything stored about one child as one JSON document (see docs/export-schema.md)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.store.db import to_millis
from app.store.events import Event
from app.store.history import Message
from app.store.store import Store

EXPORT_FORMAT = "hoot-child-export"
EXPORT_VERSION = 1


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="milliseconds")


def _message(message: Message) -> dict[str, Any]:
    outcome = message.filter
    return {
        "id": message.id,
        "role": message.role.value,
        "text": message.text,
        "state": message.state.value,
        "created_at": _time(message.created_at),
        "completed_at": _time(message.completed_at),
        "filter": None
        if outcome is None
        else {
            "action": outcome.action,
            "categories": list(outcome.categories),
            "severity": None if outcome.severity is None else outcome.severity.label,
            "rule_ids": list(outcome.rule_ids),
        },
        "tokens_in": message.tokens_in,
        "tokens_out": message.tokens_out,
    }


def _event(store: Store, event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "occurred_at": _time(event.occurred_at),
        "category": event.category,
        "severity": event.severity.label,
        "kind": event.kind,
        "message_id": event.message_id,
        "details": dict(event.details),
        "alerts": [
            {
                "channel": alert.channel,
                "status": alert.status.value,
                "attempts": alert.attempts,
                "created_at": _time(alert.created_at),
                "sent_at": _time(alert.sent_at),
            }
            for alert in store.alerts.for_event(event.id)
        ],
    }


def export_child(store: Store, child_id: int) -> dict[str, Any]:
    """The whole record of one child as plain JSON-ready data, read in one consistent snapshot."""
    with store.database.snapshot():
        child = store.profiles.get(child_id)
        conversations = [
            {
                "id": summary.conversation.id,
                "started_at": _time(summary.conversation.started_at),
                "title": summary.display_title,
                "prompt_version": summary.conversation.prompt_version,
                "messages": [
                    _message(message) for message in store.history.messages(summary.conversation.id)
                ],
            }
            for summary in reversed(store.history.conversations(child_id))
        ]
        events = [_event(store, event) for event in store.events.for_child(child_id)]
        usage = [
            {
                "started_at": _time(session.started_at),
                "ended_at": _time(session.ended_at),
                "active_seconds": session.active_seconds,
            }
            for session in store.usage.all_for_child(child_id)
        ]
        lessons = [
            {
                "lesson_id": progress.lesson_id,
                "status": progress.status.value,
                "updated_at": _time(progress.updated_at),
                "completed_at": _time(progress.completed_at),
            }
            for progress in store.lessons.progress(child_id)
        ]
        settings = store.settings.all_for_child(child_id)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": _time(store.database.clock()),
        "hoot_version": __version__,
        "child": {
            "id": child.id,
            "nickname": child.nickname,
            "avatar_id": child.avatar_id,
            "birth_year": child.birth_year,
            "birth_month": child.birth_month,
            "created_at": _time(child.created_at),
        },
        "settings": settings,
        "conversations": conversations,
        "events": events,
        "usage_sessions": usage,
        "lesson_progress": lessons,
    }


def write_export(store: Store, child_id: int, path: Path) -> Path:
    """Write `export_child` to `path` as UTF-8 JSON, readable only by this user (0600).

    Written to a temporary file first and renamed, so a half-written export never appears.
    """
    document = export_child(store, child_id)
    temporary = path.with_name(f".{path.name}.{to_millis(store.database.clock())}.partial")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.replace(temporary, path)
    return path
