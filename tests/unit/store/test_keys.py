"""The database key: keyring first, a private file without one, and no silent new key."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from keyring.errors import KeyringError

from app.store.errors import KeyDamaged, KeyFileForbidden, KeyMissing, KeyringUnreachable
from app.store.keys import (
    KEY_FILE_NAME,
    KEYRING_SERVICE,
    KEYRING_USERNAME,
    KeyStorage,
    key_in_keyring,
    keyring_usable,
    load_or_create_key,
)
from tests.fakes.memory_keyring import MemoryKeyring

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def no_keyring() -> None:
    """keyring's own 'no backend' answer, as on a bare Linux lab machine."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


class ForgetfulKeyring(MemoryKeyring):
    """Accepts writes and keeps nothing, as some misconfigured backends do."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()


def test_new_key_goes_to_the_keyring_when_one_exists(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A fresh install with a keyring keeps the key there and writes no key file."""
    key = load_or_create_key(tmp_path, database_exists=False)
    assert key.storage is KeyStorage.KEYRING
    assert key.created
    assert memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USERNAME)] == key.raw.hex()
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_the_same_key_comes_back_on_the_next_start(tmp_path: Path) -> None:
    """The second start finds the key made by the first."""
    first = load_or_create_key(tmp_path, database_exists=False)
    second = load_or_create_key(tmp_path, database_exists=True)
    assert second.raw == first.raw
    assert not second.created


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_key_goes_to_a_private_file(tmp_path: Path) -> None:
    """keyring's fail backend is detected and the key is written to the data folder."""
    assert not keyring_usable()
    key = load_or_create_key(tmp_path, database_exists=False)
    assert key.storage is KeyStorage.FILE
    again = load_or_create_key(tmp_path, database_exists=True)
    assert again.raw == key.raw
    assert again.storage is KeyStorage.FILE


@posix_only
@pytest.mark.usefixtures("no_keyring")
def test_the_key_file_is_readable_only_by_the_user(tmp_path: Path) -> None:
    """The fallback file is 0600 and holds only the hex key."""
    key = load_or_create_key(tmp_path, database_exists=False)
    path = tmp_path / KEY_FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().strip() == key.raw.hex()


@posix_only
@pytest.mark.usefixtures("no_keyring")
def test_a_widened_key_file_is_narrowed_again(tmp_path: Path) -> None:
    """If a copy or backup made the key file world-readable, Hoot makes it private again."""
    load_or_create_key(tmp_path, database_exists=False)
    path = tmp_path / KEY_FILE_NAME
    os.chmod(path, 0o644)
    load_or_create_key(tmp_path, database_exists=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.usefixtures("no_keyring")
def test_policy_can_forbid_the_key_file(tmp_path: Path) -> None:
    """With no keyring and the file fallback forbidden, opening fails with a clear error."""
    with pytest.raises(KeyFileForbidden) as caught:
        load_or_create_key(tmp_path, database_exists=False, allow_key_file=False)
    assert "password store" in caught.value.message()
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_a_keyring_that_keeps_nothing_falls_back_to_the_file(tmp_path: Path) -> None:
    """A write that cannot be read back is not trusted: the key goes to the file instead."""
    keyring.set_keyring(ForgetfulKeyring())
    key = load_or_create_key(tmp_path, database_exists=False)
    assert key.storage is KeyStorage.FILE


def test_database_without_its_key_raises_key_missing(tmp_path: Path) -> None:
    """No new key is made for an existing database: that would orphan the chats silently."""
    with pytest.raises(KeyMissing) as caught:
        load_or_create_key(tmp_path, database_exists=True)
    assert caught.value.keyring_available
    assert "start fresh" in caught.value.message()
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_a_failing_keyring_with_a_database_is_not_called_missing(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A keyring error (locked, D-Bus down) may hide a key that exists: say so, do not reset."""
    memory_keyring.fail_with = KeyringError("locked")
    with pytest.raises(KeyringUnreachable):
        load_or_create_key(tmp_path, database_exists=True)


def test_a_failing_keyring_on_first_start_uses_the_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """With no database yet, a broken keyring is no reason to refuse: use the file."""
    memory_keyring.fail_with = KeyringError("locked")
    key = load_or_create_key(tmp_path, database_exists=False)
    assert key.storage is KeyStorage.FILE


def test_a_damaged_stored_key_is_reported(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A key that is not 64 hex digits is a KeyDamaged error, not a crash."""
    memory_keyring.secrets[(KEYRING_SERVICE, KEYRING_USERNAME)] = "not-hex"
    with pytest.raises(KeyDamaged):
        load_or_create_key(tmp_path, database_exists=True)


def test_key_repr_never_shows_the_key(tmp_path: Path) -> None:
    """Logging a key object by accident must not leak it."""
    key = load_or_create_key(tmp_path, database_exists=False)
    assert key.raw.hex() not in repr(key)


def test_key_in_keyring_tells_whether_a_key_survives(tmp_path: Path) -> None:
    """Issue 5 uses this to notice a deleted data folder while the keyring kept Hoot's key."""
    assert not key_in_keyring()
    load_or_create_key(tmp_path, database_exists=False)
    assert key_in_keyring()
