"""Opening the encrypted database: pragmas, wrong keys, foreign files, and busy databases."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
import sqlcipher3

from app.store import DatabaseUnreadable, Store, StoreBusy, UnreadableReason
from app.store.db import database_path, from_millis, to_millis
from app.store.keys import KEYRING_SERVICE, KEYRING_USERNAME
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.store.conftest import FakeClock


def test_connection_runs_with_the_agreed_pragmas(store: Store) -> None:
    """WAL, FULL sync, secure delete, foreign keys and incremental auto-vacuum are all on."""
    pragma = store.database.scalar
    assert pragma("PRAGMA journal_mode") == "wal"
    assert pragma("PRAGMA synchronous") == 2  # FULL
    assert pragma("PRAGMA secure_delete") == 1
    assert pragma("PRAGMA foreign_keys") == 1
    assert pragma("PRAGMA auto_vacuum") == 2  # INCREMENTAL
    assert pragma("PRAGMA temp_store") == 2  # MEMORY
    assert pragma("PRAGMA busy_timeout") >= 1000


def test_database_file_has_no_sqlite_header(store: Store, data_dir: Path) -> None:
    """An encrypted file does not start with SQLite's plaintext magic string."""
    assert not database_path(data_dir).read_bytes().startswith(b"SQLite format 3")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_files_are_private(store: Store, child: object, data_dir: Path) -> None:
    """The database and its WAL/shm companions are readable by the user only."""
    for path in data_dir.glob("hoot.db*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_wrong_key_gives_a_clear_error(
    store: Store, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Another key in the keyring (a copied profile) is a typed error with parent words."""
    store.close()
    memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USERNAME)] = "ab" * 32
    with pytest.raises(DatabaseUnreadable) as caught:
        Store.open(data_dir)
    assert caught.value.reason is UnreadableReason.WRONG_KEY_OR_DAMAGED
    assert "start fresh" in caught.value.message()


def test_unencrypted_sqlite_file_is_refused(data_dir: Path) -> None:
    """A plain SQLite file in Hoot's place is recognised and not used."""
    data_dir.mkdir(parents=True)
    plain = sqlite3.connect(database_path(data_dir))
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, "cd" * 32)
    with pytest.raises(DatabaseUnreadable) as caught:
        Store.open(data_dir)
    assert caught.value.reason is UnreadableReason.NOT_ENCRYPTED
    assert "not encrypted" in caught.value.message()


def test_corrupted_file_gives_a_clear_error_and_no_noise(
    store: Store, data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Scrambled bytes give DatabaseUnreadable, and SQLCipher prints nothing to the terminal."""
    store.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[100:400] = os.urandom(300)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseUnreadable):
        Store.open(data_dir)
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


def test_damage_past_the_first_page_is_found_by_the_integrity_check(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    """A flipped byte deep in the file fails SQLCipher's page check instead of going unseen."""
    child = store.profiles.add("Ana", "cat", 2015, 2)
    conversation = store.history.start_conversation(child.id, "v1")
    for number in range(200):
        store.history.add_user_message(conversation.id, f"line {number} " * 20)
    store.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    reopened = Store.open(data_dir, clock=clock)
    try:
        report = reopened.check_integrity()
    finally:
        reopened.close()
    assert not report.ok
    assert report.problems


def test_a_locked_database_raises_store_busy(store: Store, data_dir: Path) -> None:
    """When another process holds the write lock past the timeout, callers get StoreBusy."""
    other = sqlcipher3.connect(str(database_path(data_dir)), isolation_level=None)
    other.execute("PRAGMA key = \"x'" + _key_hex() + "'\"")
    other.execute("BEGIN IMMEDIATE")
    try:
        store.database.scalar("PRAGMA busy_timeout = 0")
        with pytest.raises(StoreBusy), store.database.transaction():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_nested_transactions_commit_or_roll_back_together(store: Store) -> None:
    """An error in an inner block undoes the outer block's writes as well."""

    def write_both_then_fail() -> None:
        with store.database.transaction():
            store.settings.set("outer", 1)
            with store.database.transaction():
                store.settings.set("inner", 2)
                raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_both_then_fail()
    assert not store.settings.has("outer")
    assert not store.settings.has("inner")


def test_naive_times_are_refused() -> None:
    """Naive datetimes would shift with the computer's time zone; the store refuses them."""
    with pytest.raises(ValueError, match="timezone"):
        to_millis(datetime(2026, 1, 1, 12, 0))


def test_times_survive_the_round_trip_to_milliseconds() -> None:
    """Stored times come back equal (to the millisecond) and in UTC."""
    moment = datetime(2026, 1, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert from_millis(to_millis(moment)) == moment


def _key_hex() -> str:
    stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
    assert stored is not None
    return stored
