"""Deleting a child: no row about them remains, and no trace of their words is left in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import (
    ChildProfile,
    FilterOutcome,
    RecordNotFound,
    Severity,
    Store,
    delete_child,
)
from app.store.db import companion_files, database_path
from tests.unit.store.file_scan import (
    database_key,
    decrypted_database,
    decrypted_wal,
    files_containing,
)

CANARY = "Quetzalcanary7741 lives at Marigold Lane"
CANARY_WORD = b"quetzalcanary7741"


def _fill(store: Store, child: ChildProfile, marker: str) -> None:
    store.settings.set("note", f"{marker} setting", child_id=child.id)
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.set_title(conversation.id, f"{marker} title")
    message = store.history.add_user_message(
        conversation.id, f"{marker} says hi", FilterOutcome("redact", ("pii",), Severity.LOW)
    )
    reply = store.history.begin_assistant_message(conversation.id)
    store.history.finish_assistant_message(reply.id, f"Hello {marker}!")
    event = store.events.record(
        child_id=child.id,
        category="pii",
        severity=Severity.HIGH,
        kind="filter_redact",
        message_id=message.id,
        details={"note": f"{marker} event"},
    )
    store.alerts.enqueue(event.id, "email")
    session = store.usage.start(child.id)
    store.usage.add_active_seconds(session.id, 60)
    store.lessons.mark_started(child.id, f"{marker}-lesson")


def _rows_about(store: Store, child_id: int) -> dict[str, int]:
    """Rows with this child's id in every table that has a child_id column (now or later)."""
    counts = {}
    tables = store.database.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (table,) in tables:
        columns = {row["name"] for row in store.database.rows(f"PRAGMA table_info({table})")}
        if "child_id" in columns:
            counts[table] = store.database.scalar(
                f"SELECT count(*) FROM {table} WHERE child_id = ?", (child_id,)
            )
    counts["children"] = store.database.scalar(
        "SELECT count(*) FROM children WHERE id = ?", (child_id,)
    )
    counts["alerts"] = store.database.scalar("SELECT count(*) FROM alerts")
    return counts


def test_deleting_a_child_removes_every_row_about_them(store: Store, child: ChildProfile) -> None:
    """Profile, settings, chats, events, alerts, usage and lessons: all gone."""
    _fill(store, child, "Mia")
    result = delete_child(store, child.id)
    assert (result.messages, result.conversations, result.events) == (2, 1, 1)
    assert set(_rows_about(store, child.id).values()) == {0}
    with pytest.raises(RecordNotFound):
        store.profiles.get(child.id)


def test_other_children_are_untouched(store: Store, child: ChildProfile) -> None:
    """Deleting Mia leaves Leo's chats, events and settings as they were."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    _fill(store, child, "Mia")
    _fill(store, other, "Leo")
    before = store.history.messages(store.history.conversations(other.id)[0].conversation.id)
    delete_child(store, child.id)
    assert (
        store.history.messages(store.history.conversations(other.id)[0].conversation.id) == before
    )
    assert len(store.events.for_child(other.id)) == 1
    assert store.settings.all_for_child(other.id) == {"note": "Leo setting"}
    assert store.history.search(other.id, "Leo")


def test_deletion_is_recorded_and_the_chain_stays_verifiable(
    store: Store, child: ChildProfile
) -> None:
    """A data_deleted event without the child's name closes a re-linked, intact chain."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    _fill(store, other, "Leo")
    _fill(store, child, "Mia")
    _fill(store, other, "Leo")
    delete_child(store, child.id)
    check = store.events.verify_chain()
    assert check.intact
    record = store.events.between()[-1]
    assert record.kind == "data_deleted"
    assert record.child_id is None
    assert record.details["events_removed"] == 1
    assert "Mia" not in str(dict(record.details))


def test_deleting_a_child_without_events_is_still_recorded(
    store: Store, child: ChildProfile
) -> None:
    """Even an unused profile's deletion appears in the parent's record."""
    delete_child(store, child.id)
    assert [event.kind for event in store.events.between()] == ["data_deleted"]


def test_deleting_an_unknown_child_fails_clearly(store: Store) -> None:
    """No silent success for a wrong id."""
    with pytest.raises(RecordNotFound):
        delete_child(store, 404)


def test_no_trace_of_the_child_remains_in_the_database_file(
    store: Store, child: ChildProfile, data_dir: Path
) -> None:
    """Decrypt every page and WAL frame: the canary is there before deletion and gone after."""
    _fill(store, child, CANARY)
    store.profiles.update(child.id, nickname="Quetzalcanary7741")
    key = database_key(data_dir)
    path = database_path(data_dir)
    seen_before = decrypted_database(path, key) + decrypted_wal(companion_files(path)[1], key)
    assert CANARY_WORD in seen_before.lower(), "the scan must be able to see the canary"

    delete_child(store, child.id)

    plain = decrypted_database(path, key) + decrypted_wal(companion_files(path)[1], key)
    assert CANARY_WORD not in plain.lower()
    assert b"Marigold" not in plain
    assert files_containing(data_dir, b"Marigold") == []
    assert files_containing(data_dir, b"Quetzalcanary7741") == []
