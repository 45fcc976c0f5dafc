"""Opening and reopening the store: restarts, lost keys, starting fresh, threads, messages."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.store import (
    DatabaseDamaged,
    DatabaseFromNewerHoot,
    DatabaseUnreadable,
    DiskFull,
    KeyDamaged,
    KeyFileForbidden,
    KeyMissing,
    KeyringUnreachable,
    KeyStorage,
    NicknameTaken,
    RecordNotFound,
    SettingTypeError,
    Store,
    StoreBusy,
    StoreError,
    UnreadableReason,
    child_help,
    start_fresh,
)
from app.store.db import database_path
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.store.conftest import FakeClock


def test_history_survives_a_restart(data_dir: Path, clock: FakeClock) -> None:
    """Close and reopen: the child, the chat and its messages are all still there."""
    with Store.open(data_dir, clock=clock) as store:
        child = store.profiles.add("Mia", "owl", 2016, 5)
        conversation = store.history.start_conversation(child.id, "v1")
        store.history.add_user_message(conversation.id, "What do owls eat?")
    with Store.open(data_dir, clock=clock) as store:
        assert store.profiles.find_by_nickname("mia") is not None
        assert [m.text for m in store.history.recent_messages(child.id)] == ["What do owls eat?"]
        assert not store.status.database_created


def test_status_says_where_the_key_lives(data_dir: Path) -> None:
    """The parent area can show "keyring" or "file" plainly."""
    with Store.open(data_dir) as store:
        assert store.status.key_storage is KeyStorage.KEYRING
        assert store.status.database_created
        assert store.status.key_created
    shutil.rmtree(data_dir)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with Store.open(data_dir) as store:
        assert store.status.key_storage is KeyStorage.FILE


def test_a_deleted_data_folder_is_noticed_when_the_keyring_kept_the_key(data_dir: Path) -> None:
    """Deleting Hoot's folder does not look like a first run: the old key is still there."""
    Store.open(data_dir).close()
    shutil.rmtree(data_dir)
    with Store.open(data_dir) as store:
        assert store.status.database_created
        assert not store.status.key_created
        assert store.status.data_folder_was_removed


def test_a_lost_key_stops_opening_until_a_parent_starts_fresh(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Keyring wiped: KeyMissing; start_fresh moves the old files aside and Hoot opens anew."""
    with Store.open(data_dir) as store:
        store.profiles.add("Mia", "owl", 2016, 5)
    old_bytes = database_path(data_dir).read_bytes()
    memory_keyring.secrets.clear()

    with pytest.raises(KeyMissing):
        Store.open(data_dir)
    assert database_path(data_dir).read_bytes() == old_bytes, "a failed open changed the file"

    set_aside = start_fresh(data_dir)
    assert set_aside.moved[0].name.startswith("hoot-set-aside-")
    assert set_aside.moved[0].read_bytes() == old_bytes, "nothing may be lost"
    with Store.open(data_dir) as store:
        assert store.profiles.all() == []
        assert store.status.key_created


def test_start_fresh_never_overwrites_an_earlier_set_aside(data_dir: Path) -> None:
    """Two fresh starts in the same second keep both old files."""
    moved: list[Path] = []
    for _ in range(2):
        Store.open(data_dir).close()
        moved += start_fresh(data_dir).moved
    assert len({path.name for path in moved}) == len(moved)
    assert all(path.exists() for path in moved)


def test_start_fresh_after_an_unreadable_file(data_dir: Path) -> None:
    """A file that is not Hoot's database is moved aside, then Hoot starts with a new one."""
    data_dir.mkdir(parents=True)
    database_path(data_dir).write_bytes(b"this is not a database at all" * 200)
    keyring.set_password("Hoot", "database-key", "ef" * 32)
    with pytest.raises(DatabaseUnreadable):
        Store.open(data_dir)
    start_fresh(data_dir)
    with Store.open(data_dir) as store:
        assert store.check_integrity().ok


def test_replies_left_in_progress_by_a_crash_are_marked_interrupted(
    data_dir: Path, clock: FakeClock
) -> None:
    """Opening marks a reply that never finished as interrupted and reports how many."""
    store = Store.open(data_dir, clock=clock)
    child = store.profiles.add("Mia", "owl", 2016, 5)
    conversation = store.history.start_conversation(child.id, "v1")
    reply = store.history.begin_assistant_message(conversation.id)
    store.close()  # the app "died" before finishing the reply

    with Store.open(data_dir, recover_interrupted=False, clock=clock) as reader:
        assert reader.history.message(reply.id).state.value == "in_progress"
    with Store.open(data_dir, clock=clock) as reopened:
        assert reopened.status.recovered_interrupted_replies == 1
        assert reopened.history.message(reply.id).interrupted


def test_store_can_be_used_from_several_threads(store: Store) -> None:
    """The GUI's worker and main threads may call the store at once; every write lands."""
    child = store.profiles.add("Mia", "owl", 2016, 5)
    conversation = store.history.start_conversation(child.id, "v1")
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for number in range(25):
                store.history.add_user_message(conversation.id, f"worker {worker} says {number}")
                store.history.recent_messages(child.id, limit=5)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.history.count_messages(child.id) == 100


@pytest.mark.parametrize(
    "error",
    [
        StoreError("x"),
        KeyMissing(keyring_available=False),
        KeyDamaged("x"),
        KeyringUnreachable("x"),
        KeyFileForbidden("x"),
        DatabaseUnreadable(UnreadableReason.WRONG_KEY_OR_DAMAGED),
        DatabaseUnreadable(UnreadableReason.NOT_ENCRYPTED),
        DatabaseFromNewerHoot(found=9, supported=4),
        DatabaseDamaged("x"),
        StoreBusy("x"),
        DiskFull("x"),
        RecordNotFound("conversation", 3),
        NicknameTaken("Mia"),
        SettingTypeError("retention_days", "number"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_every_store_error_has_words_for_people(error: StoreError) -> None:
    """Each typed error resolves to a full sentence from store.toml, with fields filled in."""
    text = error.message()
    assert len(text) > 20
    assert "{" not in text
    assert text.rstrip().endswith(".")


def test_a_child_sees_a_short_ask_a_grown_up_line() -> None:
    """Children get no technical detail, only what to do next."""
    assert "grown-up" in child_help()
