"""Retention: old chats are purged on schedule, from the tables and from the file's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import (
    ChildProfile,
    Severity,
    Store,
    purge_expired,
    purge_older_than,
    retention_days,
    set_retention_days,
)
from app.store.db import database_path
from tests.unit.store.conftest import FakeClock
from tests.unit.store.file_scan import database_key, decrypted_database, decrypted_wal

OLD_WORD = "brontosaurusoldword"


def _seed_old_and_new(store: Store, child: ChildProfile, clock: FakeClock) -> tuple[int, int]:
    """An old conversation (100 days ago), and one that started old but continued recently."""
    old = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(old.id, f"an old question about {OLD_WORD}")
    store.events.record(child_id=child.id, category="pii", severity=Severity.LOW, kind="redact")
    straddling = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(straddling.id, "old start of a long chat")
    store.usage.start(child.id)
    clock.advance(days=95)
    store.history.add_user_message(straddling.id, "a recent question")
    store.events.record(child_id=child.id, category="pii", severity=Severity.LOW, kind="redact")
    clock.advance(days=5)
    return old.id, straddling.id


def test_retention_defaults_to_ninety_days(store: Store) -> None:
    """Parents who never chose get 90 days."""
    assert retention_days(store) == 90


def test_keep_until_deleted_is_a_choice(store: Store) -> None:
    """None is stored and read back as "keep until deleted"."""
    set_retention_days(store, None)
    assert retention_days(store) is None
    with pytest.raises(ValueError, match="at least one day"):
        set_retention_days(store, 0)


def test_purge_removes_only_what_is_older_than_the_cutoff(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """Old messages, emptied old conversations, old events and sessions go; recent ones stay."""
    old_id, straddling_id = _seed_old_and_new(store, child, clock)
    result = purge_expired(store)
    assert (result.messages, result.conversations, result.events, result.usage_sessions) == (
        2,
        1,
        1,
        1,
    )
    remaining = store.history.conversations(child.id)
    assert [summary.conversation.id for summary in remaining] == [straddling_id]
    assert remaining[0].display_title == "a recent question"
    assert [m.text for m in store.history.recent_messages(child.id)] == ["a recent question"]
    assert old_id not in {summary.conversation.id for summary in remaining}
    assert store.history.search(child.id, OLD_WORD) == []


def test_purged_events_leave_an_intact_chain_and_a_record(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """The chain re-links after the purge and says how many events went."""
    _seed_old_and_new(store, child, clock)
    purge_expired(store)
    assert store.events.verify_chain().intact
    record = store.events.between()[-1]
    assert record.kind == "history_purged"
    assert record.details["events_removed"] == 1
    assert record.child_id is None


def test_a_purge_with_nothing_to_remove_records_nothing(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """The daily purge does not fill the event list with empty records."""
    _seed_old_and_new(store, child, clock)
    purge_expired(store)
    events_after_first = store.events.between()
    assert not purge_expired(store).removed_anything
    assert store.events.between() == events_after_first


def test_keep_until_deleted_purges_nothing(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """With retention off, even very old chats stay."""
    _seed_old_and_new(store, child, clock)
    set_retention_days(store, None)
    result = purge_expired(store)
    assert result.cutoff is None
    assert store.history.count_messages(child.id) == 3


def test_purged_text_is_gone_from_the_file_too(
    store: Store, child: ChildProfile, clock: FakeClock, data_dir: Path
) -> None:
    """Decrypting every page (and the WAL) after a purge finds no trace of the old words."""
    _seed_old_and_new(store, child, clock)
    key = database_key(data_dir)
    store.database.reclaim_space()
    assert OLD_WORD.encode() in decrypted_database(database_path(data_dir), key)
    purge_older_than(store, 90)
    assert OLD_WORD.encode() not in decrypted_database(database_path(data_dir), key)
    assert OLD_WORD.encode() not in decrypted_wal(Path(f"{database_path(data_dir)}-wal"), key)


def test_purge_gives_free_pages_back(store: Store, child: ChildProfile, clock: FakeClock) -> None:
    """Incremental vacuum leaves no free pages behind, so the file shrinks."""
    conversation = store.history.start_conversation(child.id, "v1")
    for number in range(300):
        store.history.add_user_message(conversation.id, f"{number} " + "long text " * 40)
    clock.advance(days=91)
    pages_before = store.database.scalar("PRAGMA page_count")
    purge_expired(store)
    assert store.database.scalar("PRAGMA freelist_count") == 0
    assert store.database.scalar("PRAGMA page_count") < pages_before
