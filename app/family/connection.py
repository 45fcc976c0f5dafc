"""The AI connection the parent sets up: the Anthropic API key, where it is kept, and a test.

The key goes to the OS keyring (service "Hoot", user "anthropic-api-key"); on a computer
without one, into the encrypted store instead. It is never printed, logged or put in a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import keyring
from keyring.errors import KeyringError

from app import APP_NAME
from app.chat.backends import (
    DEFAULT_MODEL,
    AnthropicBackend,
    ChatError,
    ConnectionSettings,
    ErrorKind,
)
from app.family.access import ParentSession
from app.family.errors import FamilyError
from app.store import Store
from app.store.keys import keyring_usable
from app.text import words

KEYRING_SERVICE = APP_NAME
API_KEY_USERNAME = "anthropic-api-key"
#: Where the key is kept (encrypted) when there is no keyring.
API_KEY_SETTING = "family.anthropic_api_key"
#: A connection test gives up sooner than a chat would: the parent is waiting on the button.
TEST_CONNECT_TIMEOUT = 8.0
TEST_READ_TIMEOUT = 20.0


class KeyLocation(StrEnum):
    """Where the key is; the parent area's status panel says so."""

    KEYRING = "keyring"
    STORE = "store"


class ApiKeyRefused(FamilyError, ValueError):
    message_key = "family.connection.key_refused"

    def __init__(self) -> None:
        super().__init__("that is not an API key")


def _clean_key(text: str) -> str:
    key = text.strip()
    if not key or any(character.isspace() for character in key) or not key.isprintable():
        raise ApiKeyRefused()
    return key


def save_api_key(store: Store, session: ParentSession, key_text: str) -> KeyLocation:
    """Keep the key (keyring first, else the encrypted store); parent only."""
    session.require_unlocked()
    key = _clean_key(key_text)
    if keyring_usable():
        try:
            keyring.set_password(KEYRING_SERVICE, API_KEY_USERNAME, key)
            # Some backends accept a write and keep nothing: read it back before trusting it.
            if keyring.get_password(KEYRING_SERVICE, API_KEY_USERNAME) == key:
                store.settings.delete(API_KEY_SETTING)
                return KeyLocation.KEYRING
        except KeyringError:
            pass
    store.settings.set(API_KEY_SETTING, key)
    return KeyLocation.STORE


def load_api_key(store: Store) -> str | None:
    """The saved key, or None (then Hoot offers demo mode or the environment's key)."""
    if keyring_usable():
        try:
            found = keyring.get_password(KEYRING_SERVICE, API_KEY_USERNAME)
        except KeyringError:
            found = None
        if found:
            return found
    stored = store.settings.get(API_KEY_SETTING)
    return stored if isinstance(stored, str) and stored else None


def api_key_location(store: Store) -> KeyLocation | None:
    if keyring_usable():
        try:
            if keyring.get_password(KEYRING_SERVICE, API_KEY_USERNAME):
                return KeyLocation.KEYRING
        except KeyringError:
            pass
    return KeyLocation.STORE if store.settings.get(API_KEY_SETTING) else None


def forget_api_key(store: Store, session: ParentSession) -> None:
    """Remove the key from both places (Hoot falls back to demo mode)."""
    session.require_unlocked()
    if keyring_usable():
        try:
            if keyring.get_password(KEYRING_SERVICE, API_KEY_USERNAME) is not None:
                keyring.delete_password(KEYRING_SERVICE, API_KEY_USERNAME)
        except KeyringError:
            pass
    store.settings.delete(API_KEY_SETTING)


@dataclass(frozen=True)
class ConnectionCheck:
    """What "Test connection" found; `message` is for the parent and never holds the key."""

    ok: bool
    message: str
    kind: ErrorKind | None = None


class _Checkable(Protocol):
    def check_connection(self) -> None: ...


def check_connection(
    key: str,
    base_url: str | None = None,
    *,
    model: str = DEFAULT_MODEL,
    ca_bundle: str | None = None,
    backend: Callable[[ConnectionSettings], _Checkable] = AnthropicBackend,
) -> ConnectionCheck:
    """Send one tiny request with `key` and say in plain words whether it worked.

    Blocks for up to ~30 s on a bad network: call it off the GUI thread.
    """
    try:
        cleaned = _clean_key(key)
    except ApiKeyRefused as refused:
        return ConnectionCheck(False, refused.message())
    settings = ConnectionSettings(
        api_key=cleaned,
        base_url=base_url,
        model=model,
        ca_bundle=ca_bundle,
        connect_timeout=TEST_CONNECT_TIMEOUT,
        read_timeout=TEST_READ_TIMEOUT,
        max_retries=0,
    )
    try:
        backend(settings).check_connection()
    except ChatError as error:
        return ConnectionCheck(False, words(f"family.connection.{error.kind.value}"), error.kind)
    return ConnectionCheck(True, words("family.connection.ok"))


#: The name the set-up wizard's "Test connection" button knows it by.
test_connection = check_connection
# pytest would collect a function named test_* that a test module imports; this is not a test.
check_connection.__test__ = False  # type: ignore[attr-defined]
