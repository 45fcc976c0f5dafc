"""The chat window when the disk fills or the keyring breaks mid-run: the child sees the store's
kind words, their words stay in the box, and nothing already saved is lost."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.age_bands import AgeBand
from app.chat.conversation import ChildContext
from app.chat.session import ChatSession
from app.family.access import change_pin, unlock
from app.family.connection import load_api_key
from app.family.kdf import KdfParams
from app.family.pin import store_pin
from app.store import KeyringUnreachable, Role, Store
from app.text import words
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from tests.fakes.memory_keyring import MemoryKeyring
from tests.hardening.conftest import backend_for
from tests.hardening.disks import fill
from ui.chat.model import BubbleKind
from ui.chat.window import ChatWindow

pytestmark = pytest.mark.gui

CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PIN = "583920"


class FullDisk:
    """Stands in for the store's SQLite connection and fails every write the way SQLite does
    when the disk is full (`SQLITE_FULL`), while `full` is set; reads pass through."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self.full = True

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlcipher3.OperationalError("database or disk is full")
            error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
            raise error
        return self._connection.execute(sql, parameters)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def open_chat(qtbot: QtBot, store: Store, fake_api: FakeAnthropic) -> ChatWindow:
    child = store.profiles.all()[0]
    session = ChatSession(
        backend_for(fake_api.base_url), ChildContext(child.id, AgeBand("8-10")), store
    )
    window = ChatWindow(session=session, child_name=child.nickname)
    qtbot.addWidget(window)
    window.resize(720, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def send(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    """Type and press Enter once Send is ready (the chat loads in the background first)."""
    window.message_box.setPlainText(text)
    qtbot.waitUntil(window.send_button.isEnabled, timeout=10_000)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)


def notices(window: ChatWindow) -> list[str]:
    return [b.text for b in window.model.bubbles() if b.kind is BubbleKind.NOTICE]


def stored_user_texts(store: Store) -> list[str]:
    child = store.profiles.all()[0]
    return [m.text for m in store.history.recent_messages(child.id, 1000) if m.role is Role.USER]


@pytest.fixture
def family_store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as store:
        store.profiles.add("Sam", "owl", 2016, 5)
        yield store


def check_full_disk_turn(
    qtbot: QtBot,
    store: Store,
    fake_api: FakeAnthropic,
    make_full: Callable[[], object],
    free: Callable[[], object],
) -> None:
    window = open_chat(qtbot, store, fake_api)
    fake_api.default = Scenario(text="Owls sleep in the day.")
    send(qtbot, window, "Do owls sleep?")
    make_full()
    send(qtbot, window, "Where do owls live?")
    # Not saved, so not sent: the kind words, and the child's words still in the box.
    assert notices(window)[-1] == words("chat.not_saved_not_sent")
    assert window.message_box.toPlainText() == "Where do owls live?"
    assert len(fake_api.requests) == 1
    free()
    fake_api.default = Scenario(text="Owls live in trees and barns.")
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)
    assert window.model.bubbles()[-1].text == "Owls live in trees and barns."
    assert stored_user_texts(store) == ["Do owls sleep?", "Where do owls live?"]


def test_a_full_disk_keeps_the_childs_words_in_the_box_until_there_is_space(
    qtbot: QtBot, family_store: Store, fake_api: FakeAnthropic
) -> None:
    """SQLite reports a full disk: the message is not sent, the box keeps it, and after space
    is freed Enter sends it and both messages are saved."""
    database = family_store.database
    real = database._connection
    broken = FullDisk(real)
    check_full_disk_turn(
        qtbot,
        family_store,
        fake_api,
        make_full=lambda: setattr(database, "_connection", broken),
        free=lambda: setattr(database, "_connection", real),
    )


def test_a_really_full_disk_keeps_the_childs_words_too(
    qtbot: QtBot, small_disk: Path, fake_api: FakeAnthropic
) -> None:
    """The same on a real 4 MB disk filled to the last byte (needs root to mount it)."""
    with Store.open(small_disk / "data") as store:
        store.profiles.add("Sam", "owl", 2016, 5)
        filler = small_disk / "filler"
        check_full_disk_turn(
            qtbot, store, fake_api, make_full=lambda: fill(small_disk), free=filler.unlink
        )


def test_a_reply_that_cannot_be_saved_is_still_shown_and_the_child_is_told_once(
    qtbot: QtBot, family_store: Store, fake_api: FakeAnthropic
) -> None:
    """The disk fills while the answer streams: the answer still appears, one short note says
    the chat could not be saved, and the child's message saved before is kept."""
    window = open_chat(qtbot, family_store, fake_api)
    database = family_store.database
    real = database._connection
    fake_api.default = Scenario(text="Owls can see in the dark. " * 8, chunk_size=8, delay=0.01)

    def fill_when_the_reply_starts() -> bool:
        started = any(b.kind is BubbleKind.AI and b.text for b in window.model.bubbles()[1:])
        if started and not isinstance(database._connection, FullDisk):
            database._connection = FullDisk(real)
        return started

    window.message_box.setPlainText("Can owls see at night?")
    qtbot.waitUntil(window.send_button.isEnabled, timeout=10_000)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    qtbot.waitUntil(fill_when_the_reply_starts, timeout=10_000)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)
    database._connection = real
    answers = [b.text for b in window.model.bubbles()[1:] if b.kind is BubbleKind.AI]
    assert answers == ["Owls can see in the dark. " * 8]
    assert notices(window).count(words("store.child_help")) == 1
    assert stored_user_texts(family_store) == ["Can owls see at night?"]


def test_a_keyring_that_breaks_mid_run_does_not_stop_the_chat_or_the_parent(
    qtbot: QtBot,
    family_store: Store,
    fake_api: FakeAnthropic,
    memory_keyring: MemoryKeyring,
    data_dir: Path,
) -> None:
    """The OS keyring locks while Hoot runs: the open chat carries on and is saved, the parent
    PIN still unlocks and can be changed, and the next start says the keyring could not be
    reached (it never makes a new key that would orphan the chats)."""
    store_pin(family_store, PIN, params=CHEAP)
    window = open_chat(qtbot, family_store, fake_api)
    memory_keyring.fail_with = KeyringLocked("the keyring is locked")

    fake_api.default = Scenario(text="Hello again!")
    send(qtbot, window, "Are you still there?")
    assert window.model.bubbles()[-1].text == "Hello again!"
    assert stored_user_texts(family_store) == ["Are you still there?"]
    session = unlock(family_store, PIN, params=CHEAP)
    change_pin(family_store, session, "951468", params=CHEAP)
    assert load_api_key(family_store) is None
    window.close()
    family_store.close()

    with pytest.raises(KeyringUnreachable) as unreachable:
        Store.open(data_dir)
    assert unreachable.value.message() == words("store.errors.keyring_unreachable")
    memory_keyring.fail_with = None
    with Store.open(data_dir) as reopened:
        assert stored_user_texts(reopened) == ["Are you still there?"]
