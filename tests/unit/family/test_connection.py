"""The parent's API key: kept in the keyring or the encrypted store, and the connection test."""

from __future__ import annotations

import pytest

from app.chat.backends import ErrorKind
from app.family import connection
from app.family.access import ParentSession, SessionLocked
from app.family.connection import (
    API_KEY_SETTING,
    API_KEY_USERNAME,
    KeyLocation,
    api_key_location,
    forget_api_key,
    load_api_key,
    save_api_key,
)
from app.store import Store
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from tests.fakes.memory_keyring import MemoryKeyring
from tests.unit.family.conftest import FakeTime, use_no_keyring

KEY = "sk-ant-api03-test-key-0123456789"


@pytest.fixture
def session(fake_time: FakeTime) -> ParentSession:
    return ParentSession(clock=fake_time.session_clock)


def test_key_goes_to_the_keyring(
    store: Store, session: ParentSession, memory_keyring: MemoryKeyring
) -> None:
    assert save_api_key(store, session, f"  {KEY}\n") is KeyLocation.KEYRING
    assert memory_keyring.secrets[("Hoot", API_KEY_USERNAME)] == KEY
    assert store.settings.get(API_KEY_SETTING) is None
    assert load_api_key(store) == KEY
    assert api_key_location(store) is KeyLocation.KEYRING


def test_without_a_keyring_the_key_goes_to_the_encrypted_store(
    store: Store, session: ParentSession
) -> None:
    use_no_keyring()
    assert save_api_key(store, session, KEY) is KeyLocation.STORE
    assert load_api_key(store) == KEY
    assert api_key_location(store) is KeyLocation.STORE


def test_forgetting_the_key_removes_it_everywhere(
    store: Store, session: ParentSession, memory_keyring: MemoryKeyring
) -> None:
    save_api_key(store, session, KEY)
    store.settings.set(API_KEY_SETTING, "an-older-copy")
    forget_api_key(store, session)
    assert load_api_key(store) is None
    assert api_key_location(store) is None
    assert ("Hoot", API_KEY_USERNAME) not in memory_keyring.secrets


def test_only_the_parent_saves_a_key(
    store: Store, session: ParentSession, fake_time: FakeTime
) -> None:
    session.lock()
    with pytest.raises(SessionLocked):
        save_api_key(store, session, KEY)


def test_a_working_key_connects(fake_api: FakeAnthropic) -> None:
    check = connection.check_connection(KEY, fake_api.base_url)
    assert check.ok
    assert check.kind is None
    headers = fake_api.requests[-1].headers
    assert KEY in headers.get("x-api-key", "") + headers.get("authorization", "")


@pytest.mark.parametrize(
    ("status", "kind", "phrase"),
    [
        (401, ErrorKind.AUTH, "not accepted"),
        (404, ErrorKind.MODEL, "model was not found"),
        (429, ErrorKind.RATE_LIMIT, "limit"),
        (529, ErrorKind.OVERLOADED, "busy"),
    ],
)
def test_a_failing_connection_says_why_without_the_key(
    fake_api: FakeAnthropic, status: int, kind: ErrorKind, phrase: str
) -> None:
    fake_api.queue(Scenario(status=status))
    check = connection.test_connection(KEY, fake_api.base_url)
    assert not check.ok
    assert check.kind is kind
    assert phrase in check.message
    assert KEY not in check.message


def test_nothing_listening_is_offline() -> None:
    check = connection.check_connection(KEY, "http://127.0.0.1:9")
    assert check.kind is ErrorKind.OFFLINE


@pytest.mark.parametrize("text", ["", "   ", "sk-ant key with spaces"])
def test_something_that_is_not_a_key_is_refused_before_any_request(text: str) -> None:
    check = connection.check_connection(text, "http://127.0.0.1:9")
    assert not check.ok
    assert check.kind is None
    assert "does not look like an API key" in check.message
