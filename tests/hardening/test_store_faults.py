"""The store under faults: SIGKILL inside a migration or a deletion, a second Hoot holding the
database, a read-only or full disk. Each ends in a typed error with words for people, and
nothing that was saved is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

import app.store.db as store_db
from app.store import (
    DataFolderUnwritable,
    DiskFull,
    FilterOutcome,
    Role,
    Severity,
    Store,
    StoreBusy,
)
from app.store.db import connect, database_path, schema_version
from app.store.keys import load_or_create_key
from app.store.migrations import LATEST_VERSION
from app.text import words
from tests.hardening.disks import fill
from tests.hardening.processes import (
    LOCK_HOLDER,
    OLD_DATABASE,
    STOPPED_MIGRATION,
    run,
    start,
    wait_for_line,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and mounts are POSIX")


def on_disk_version(folder: Path) -> int:
    """The schema version written in the file, read without migrating anything."""
    key = load_or_create_key(folder, database_exists=True)
    connection = connect(database_path(folder), key.raw)
    try:
        return schema_version(connection)
    finally:
        connection.close()


def kill_when_stopped(folder: Path, marker: str) -> None:
    """Run the real opening code until it reaches `marker` inside the migration, then SIGKILL."""
    process = start(STOPPED_MIGRATION, str(folder), marker, data=folder)
    try:
        wait_for_line(process, "stopped")
    finally:
        process.kill()
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL


def assert_old_chat_intact(store: Store) -> None:
    report = store.check_integrity()
    assert report.ok, report.problems
    [kim] = store.profiles.all()
    assert kim.nickname == "Kim"
    texts = [m.text for m in store.history.recent_messages(kim.id, limit=1000)]
    assert sorted(texts) == sorted(f"old message {n} about owls" for n in range(40))


@posix_only
@pytest.mark.parametrize(
    ("marker", "version_after_kill"),
    [
        ("CREATE TABLE usage_sessions", LATEST_VERSION - 1),
        ("CREATE TABLE lesson_progress", LATEST_VERSION - 1),
        (f"PRAGMA user_version = {LATEST_VERSION}", LATEST_VERSION - 1),
        ("COMMIT", LATEST_VERSION - 1),
        # The step after the migration committed: the new schema is already on disk.
        ("UPDATE messages SET state = 'interrupted'", LATEST_VERSION),
    ],
    ids=["first-table", "second-table", "version-bump", "before-commit", "after-commit"],
)
def test_sigkill_inside_a_migration_keeps_the_old_schema_and_the_next_start_completes_it(
    data_dir: Path, marker: str, version_after_kill: int
) -> None:
    """A Hoot killed while upgrading a database from the previous version: the file is either
    still the old version or fully the new one, never half, and the next start finishes."""
    run(OLD_DATABASE, str(data_dir), str(LATEST_VERSION - 1), data=data_dir)
    kill_when_stopped(data_dir, marker)
    assert on_disk_version(data_dir) == version_after_kill
    with Store.open(data_dir) as store:
        assert store.status.schema_version == LATEST_VERSION
        assert_old_chat_intact(store)
        # The tables the migration makes work.
        [kim] = store.profiles.all()
        store.usage.start(kim.id)


@posix_only
def test_sigkill_while_a_new_database_is_being_made_then_the_next_start_finishes_it(
    data_dir: Path,
) -> None:
    """Killed during the very first start (inside migration 2 of 4): the next start completes
    the schema and the store works."""
    kill_when_stopped(data_dir, "CREATE TABLE events")
    assert on_disk_version(data_dir) == 1
    with Store.open(data_dir) as store:
        assert store.status.schema_version == LATEST_VERSION
        assert store.check_integrity().ok
        child = store.profiles.add("Ana", "cat", 2016, 3)
        assert store.profiles.get(child.id).nickname == "Ana"


DELETER = """
import sys
from pathlib import Path
from app.store import Store, delete_child

with Store.open(Path(sys.argv[1])) as store:
    [child] = store.profiles.all()
    print("deleting", flush=True)
    delete_child(store, child.id)
    print("deleted", flush=True)
"""


def seed_child_with_history(folder: Path, messages: int) -> None:
    """A child with a long chat and flagged events, written with the key in a file (so the
    deleting process can open it)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    with Store.open(folder) as store:
        child = store.profiles.add("Kim", "fox", 2015, 1)
        chat = store.history.start_conversation(child.id, "v1").id
        with store.database.transaction():
            for number in range(messages):
                message = store.history.add_user_message(
                    chat, f"question {number} " + "about owls " * 20, FilterOutcome("allow")
                )
                if number % 100 == 0:
                    store.events.record(
                        child_id=child.id,
                        category="privacy",
                        severity=Severity.LOW,
                        kind="redacted",
                        message_id=message.id,
                    )


def deletion_outcome(folder: Path) -> str:
    with Store.open(folder) as store:
        report = store.check_integrity()
        assert report.ok, report.problems
        assert store.events.verify_chain().intact
        children = store.profiles.all()
        if not children:
            assert store.history.count_messages() == 0
            return "deleted"
        [kim] = children
        assert store.history.count_messages(kim.id) == 1500
        return "kept"


@posix_only
def test_sigkill_during_a_childs_deletion_removes_all_of_it_or_none(tmp_path: Path) -> None:
    """A parent deletes a child and the process dies part-way (at several points of the
    deletion and the space reclaiming after it): the file is sound, the event chain is intact,
    and the child's rows are all there or all gone."""
    timing = tmp_path / "timing"
    seed_child_with_history(timing, 1500)
    started = time.monotonic()
    run(DELETER, str(timing), data=timing)
    whole = time.monotonic() - started
    outcomes = []
    for share in (0.15, 0.5, 0.85):
        folder = tmp_path / f"kill-{share}"
        seed_child_with_history(folder, 1500)
        process = start(DELETER, str(folder), data=folder)
        wait_for_line(process, "deleting")
        time.sleep(whole * share)  # a point inside the deletion; nothing to wait on
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        outcomes.append(deletion_outcome(folder))
    assert set(outcomes) <= {"kept", "deleted"}


def release(process: subprocess.Popen[str]) -> None:
    """Let the lock holder go (closing its stdin) and wait for it to end."""
    process.communicate(input="", timeout=30)


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give up on a held lock after 0.2 s instead of Hoot's 5 s, to keep the tests quick."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_SECONDS", 0.2)


@posix_only
@pytest.mark.usefixtures("short_busy_wait")
@pytest.mark.parametrize("version", [LATEST_VERSION, LATEST_VERSION - 1], ids=["same", "older"])
def test_a_second_hoot_opening_a_held_database_gets_store_busy_with_kind_words(
    data_dir: Path, version: int
) -> None:
    """Another Hoot holds the write lock: opening says "busy in another window" (a typed
    error, also when this start would have to upgrade an older file), and once the other lets
    go, the store opens with everything in it."""
    run(OLD_DATABASE, str(data_dir), str(version), data=data_dir)
    holder = start(LOCK_HOLDER, str(data_dir), data=data_dir)
    try:
        wait_for_line(holder, "locked")
        with pytest.raises(StoreBusy) as busy:
            Store.open(data_dir)
        assert busy.value.message() == words("store.errors.busy")
    finally:
        release(holder)
    with Store.open(data_dir) as store:
        assert store.status.schema_version == LATEST_VERSION
        assert_old_chat_intact(store)


@posix_only
@pytest.mark.usefixtures("short_busy_wait")
def test_a_database_locked_even_for_reading_is_busy_not_damaged(data_dir: Path) -> None:
    """Another program holds the file exclusively: Hoot says "busy", never "damaged, start
    fresh" (which would move a good database aside)."""
    run(OLD_DATABASE, str(data_dir), str(LATEST_VERSION), data=data_dir)
    holder = start(LOCK_HOLDER, str(data_dir), "exclusive", data=data_dir)
    try:
        wait_for_line(holder, "locked")
        with pytest.raises(StoreBusy):
            Store.open(data_dir)
    finally:
        release(holder)
    with Store.open(data_dir) as store:
        assert_old_chat_intact(store)


@posix_only
def test_a_read_only_data_folder_is_a_typed_error_with_words(
    read_only_store_folder: Path,
) -> None:
    """A folder (or disk) Hoot cannot write: no traceback, a typed error whose words a
    parent can read, and the saved chats are left as they were."""
    with pytest.raises(DataFolderUnwritable) as refused:
        Store.open(read_only_store_folder)
    text = refused.value.message()
    assert len(text) > 20
    assert "{" not in text
    assert "Traceback" not in text


@posix_only
def test_a_data_folder_that_cannot_be_made_is_a_typed_error(small_disk: Path) -> None:
    """The data folder cannot even be created (its disk is read-only)."""
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(DataFolderUnwritable):
        Store.open(small_disk / "never" / "made")


@posix_only
def test_a_full_disk_refuses_new_writes_with_kind_words_and_loses_nothing(
    small_disk: Path,
) -> None:
    """On a full disk, saving fails with DiskFull (words for people), everything saved before
    is still there, and once space is freed the store carries on."""
    folder = small_disk / "data"
    with Store.open(folder) as store:
        child = store.profiles.add("Sam", "owl", 2016, 5)
        chat = store.history.start_conversation(child.id, "v1").id
        saved = [store.history.add_user_message(chat, f"saved {n}").text for n in range(20)]
        filler = fill(small_disk)
        with pytest.raises(DiskFull) as full:
            store.history.add_user_message(chat, "after the disk filled " * 20)
        assert full.value.message() == words("store.errors.disk_full")
        filler.unlink()
        store.history.add_user_message(chat, "space again")
    with Store.open(folder) as store:
        assert store.check_integrity().ok
        texts = [m.text for m in store.history.messages(chat) if m.role is Role.USER]
        assert texts[: len(saved)] == saved
        assert texts[-1] == "space again"
