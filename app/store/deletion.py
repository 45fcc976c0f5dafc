"""Deleting a child: every row about them leaves the database, and the file keeps no trace."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.events import EventKind
from app.store.store import Store


@dataclass(frozen=True)
class DeletionResult:
    child_id: int
    messages: int
    conversations: int
    events: int
    settings: int
    usage_sessions: int
    lessons: int


def delete_child(store: Store, child_id: int) -> DeletionResult:
    """Remove the child's profile, settings, chats, events (and their alerts), usage and lessons.

    One transaction: either everything goes or nothing does. The event chain is re-linked and
    a `data_deleted` event (no child link, no nickname) records that the parent did this. The
    parent PIN guards the call (issue 5); this function does not ask.
    """
    store.profiles.get(child_id)  # RecordNotFound for an unknown child
    with store.database.transaction() as connection:

        def remove(table: str) -> int:
            # Table names come from the fixed list below, never from input.
            return int(
                connection.execute(f"DELETE FROM {table} WHERE child_id = ?", (child_id,)).rowcount
            )

        # Messages before conversations, explicitly, so the full-text triggers run per row.
        messages = remove("messages")
        conversations = remove("conversations")
        settings = remove("child_settings")
        sessions = remove("usage_sessions")
        lessons = remove("lesson_progress")
        events = store.events.remove_and_reanchor(
            connection,
            "child_id = ?",
            (child_id,),
            kind=EventKind.DATA_DELETED,
            details={"reason": "parent_deleted_child", "child_ref": child_id},
            always_record=True,
        )
        connection.execute("DELETE FROM children WHERE id = ?", (child_id,))
    store.database.reclaim_space()
    return DeletionResult(child_id, messages, conversations, events, settings, sessions, lessons)
