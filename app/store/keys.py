"""The database key: a random 256-bit key in the OS keyring, else in a private key file."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import ModuleType

from app import APP_NAME
from app.store.errors import KeyDamaged, KeyFileForbidden, KeyMissing, KeyringUnreachable

KEYRING_SERVICE = APP_NAME
KEYRING_USERNAME = "database-key"
#: The fallback key file inside the data folder (0600) for machines without a keyring.
KEY_FILE_NAME = "database.key"
KEY_BYTES = 32


class KeyStorage(StrEnum):
    """Where the database key lives; the parent area shows this plainly."""

    KEYRING = "keyring"
    FILE = "file"


@dataclass(frozen=True)
class DatabaseKey:
    """The raw SQLCipher key and where it is kept. `repr` never shows the key."""

    raw: bytes = field(repr=False)
    storage: KeyStorage
    #: True when this start made the key (a brand-new install, or after "start fresh").
    created: bool

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES:
            raise ValueError("a database key is exactly 32 bytes")


def _keyring() -> ModuleType:
    """`keyring`, imported on first use: it looks for its backends as it loads, which takes a
    noticeable moment, and the chat window is already on screen by the time the key is read."""
    import keyring
    import keyring.backends.fail
    import keyring.backends.null
    import keyring.errors

    return keyring


def keyring_usable() -> bool:
    """False when keyring has no real backend (bare Linux: its `fail` or `null` backend)."""
    keyring = _keyring()
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    # A chainer with nothing to chain is keyring's way of saying "no backend" on some setups.
    return getattr(backend, "backends", None) != []


def load_or_create_key(
    data_dir: Path, *, database_exists: bool, allow_key_file: bool = True
) -> DatabaseKey:
    """The key for the database in `data_dir`, making a new one only when there is no database.

    Order: keyring, then the key file. With a database present and no key anywhere this raises
    `KeyMissing` (or `KeyringUnreachable` when the keyring failed, since the key may be there);
    it never makes a new key that would silently orphan the old chats. `allow_key_file=False`
    (a machine policy) refuses the file fallback with `KeyFileForbidden`.
    """
    keyring = _keyring()
    usable = keyring_usable()
    keyring_failed = False
    if usable:
        try:
            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
        except keyring.errors.KeyringError:
            stored, keyring_failed = None, True
        if stored is not None:
            return DatabaseKey(_parse_hex(stored), KeyStorage.KEYRING, created=False)
    key_file = data_dir / KEY_FILE_NAME
    if key_file.exists():
        if not allow_key_file:
            raise KeyFileForbidden("a key file exists but the machine policy forbids key files")
        return DatabaseKey(_read_key_file(key_file), KeyStorage.FILE, created=False)
    if database_exists:
        if keyring_failed:
            raise KeyringUnreachable("the keyring failed while reading the database key")
        raise KeyMissing(keyring_available=usable)
    raw = secrets.token_bytes(KEY_BYTES)
    if usable and not keyring_failed and _store_in_keyring(raw):
        return DatabaseKey(raw, KeyStorage.KEYRING, created=True)
    if not allow_key_file:
        raise KeyFileForbidden("no usable keyring and the machine policy forbids key files")
    _write_key_file(key_file, raw)
    return DatabaseKey(raw, KeyStorage.FILE, created=True)


def key_in_keyring() -> bool:
    """True when the keyring holds a Hoot database key (the data folder may have been deleted)."""
    if not keyring_usable():
        return False
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME) is not None
    except keyring.errors.KeyringError:
        return False


def _store_in_keyring(raw: bytes) -> bool:
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, raw.hex())
        # Some backends accept a write and keep nothing; read it back before trusting it.
        return bool(keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME) == raw.hex())
    except keyring.errors.KeyringError:
        return False


def _parse_hex(text: str) -> bytes:
    cleaned = text.strip()
    try:
        raw = bytes.fromhex(cleaned)
    except ValueError:
        raise KeyDamaged("the stored database key is not hexadecimal") from None
    if len(raw) != KEY_BYTES:
        raise KeyDamaged("the stored database key has the wrong length")
    return raw


def _read_key_file(path: Path) -> bytes:
    if os.name == "posix":
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            # Someone widened it (a copy, a backup tool): narrow it again before using it.
            os.chmod(path, 0o600)
    return _parse_hex(path.read_text(encoding="ascii", errors="replace"))


def _write_key_file(path: Path, raw: bytes) -> None:
    """Write the key so that a crash leaves either no key file or a whole one, never half."""
    temporary = path.with_name(path.name + ".new")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(descriptor, (raw.hex() + "\n").encode("ascii"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where directories cannot sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
