"""Forward-only migrations: from empty, from every older version, never on a newer database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.store import DatabaseFromNewerHoot, Store
from app.store.db import configure, connect, database_path, schema_version
from app.store.keys import load_or_create_key
from app.store.migrations import LATEST_VERSION, MIGRATIONS, Migration, migrate, split_statements


@pytest.fixture
def raw_connection(data_dir: Path) -> Iterator[sqlcipher3.Connection]:
    """A keyed connection to a brand-new database, with no migrations applied."""
    data_dir.mkdir(parents=True)
    key = load_or_create_key(data_dir, database_exists=False)
    connection = connect(database_path(data_dir), key.raw)
    configure(connection)
    yield connection
    connection.close()


def test_migrations_are_numbered_one_by_one() -> None:
    """Numbers run 1, 2, 3... with no gaps, so `user_version` maps to exactly one schema."""
    assert [migration.number for migration in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_an_empty_database_reaches_the_latest_version(
    raw_connection: sqlcipher3.Connection,
) -> None:
    """All migrations apply cleanly to an empty file."""
    assert migrate(raw_connection) == LATEST_VERSION
    assert raw_connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrating_twice_changes_nothing(raw_connection: sqlcipher3.Connection) -> None:
    """A second run (the next start) is a no-op."""
    migrate(raw_connection)
    tables = raw_connection.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
    assert migrate(raw_connection) == LATEST_VERSION
    assert (
        raw_connection.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall() == tables
    )


@pytest.mark.parametrize("old_version", range(LATEST_VERSION))
def test_a_database_from_each_older_version_is_upgraded_with_its_data(
    raw_connection: sqlcipher3.Connection, data_dir: Path, old_version: int
) -> None:
    """A file left by an older Hoot opens, upgrades to the latest schema, and keeps its chats."""
    migrate(raw_connection, target=old_version)
    if old_version >= 1:
        raw_connection.execute(
            "INSERT INTO children (id, nickname, avatar_id, birth_year, birth_month, created_at) "
            "VALUES (1, 'Lou', 'fox', 2015, 4, 0)"
        )
        raw_connection.execute(
            "INSERT INTO conversations (id, child_id, started_at, prompt_version) "
            "VALUES (1, 1, 0, 'v0')"
        )
        raw_connection.execute(
            "INSERT INTO messages (conversation_id, child_id, role, text, state, created_at) "
            "VALUES (1, 1, 'user', 'hello from an old Hoot', 'complete', 0)"
        )
    raw_connection.close()

    with Store.open(data_dir) as store:
        assert store.status.schema_version == LATEST_VERSION
        child = store.profiles.add("New", "owl", 2016, 1)
        store.usage.start(child.id)  # a table from the newest migration works
        if old_version >= 1:
            assert [message.text for message in store.history.recent_messages(1)] == [
                "hello from an old Hoot"
            ]
            assert store.history.search(1, "old")[0].message.text == "hello from an old Hoot"


def test_a_failing_migration_leaves_the_previous_version(
    raw_connection: sqlcipher3.Connection,
) -> None:
    """Each step is one transaction: a crash or error mid-step leaves no half-made schema."""

    def broken(connection: sqlcipher3.Connection) -> None:
        connection.execute("CREATE TABLE half_made (x)")
        raise RuntimeError("simulated failure")

    steps = (MIGRATIONS[0], Migration(2, "breaks halfway", broken))
    with pytest.raises(RuntimeError):
        migrate(raw_connection, migrations=steps)
    assert schema_version(raw_connection) == 1
    names = {row[0] for row in raw_connection.execute("SELECT name FROM sqlite_master")}
    assert "half_made" not in names
    assert "children" in names


def test_a_database_from_a_newer_hoot_is_refused_untouched(store: Store, data_dir: Path) -> None:
    """A higher `user_version` gives a clear error and the file's bytes do not change."""
    store.database.scalar(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    store.close()
    path = database_path(data_dir)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseFromNewerHoot) as caught:
        Store.open(data_dir)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert caught.value.found == LATEST_VERSION + 1
    assert str(LATEST_VERSION + 1) in caught.value.message()


def test_statement_splitter_keeps_trigger_bodies_whole() -> None:
    """Semicolons inside CREATE TRIGGER ... BEGIN ... END do not split the statement."""
    script = (
        "CREATE TABLE a (x);\n"
        "-- a comment\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    SELECT 1;\n"
        "    SELECT 2;\n"
        "END;\n"
    )
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].endswith("END;")
