"""Typed errors of the encrypted store, each with words a parent can read (never a traceback)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import ClassVar

from app.text import has_words, words


class StoreError(Exception):
    """Anything the store cannot do; `message()` gives the words to show a parent.

    `str(error)` is a short English line for logs: it never holds message text, PINs or keys.
    """

    message_key: ClassVar[str] = "store.errors.generic"

    def message(self) -> str:
        """What to tell the parent, from `resources/text/store.toml`."""
        return words(self.message_key, **self.message_fields())

    def message_fields(self) -> dict[str, object]:
        return {}


def child_help() -> str:
    """The one sentence a child sees when the store fails: no detail, ask a grown-up."""
    return words("store.child_help")


class KeyMissing(StoreError):
    """The database file exists but no key for it is in the keyring or the key file."""

    message_key = "store.errors.key_missing"

    def __init__(self, *, keyring_available: bool) -> None:
        super().__init__(
            f"database present but its key is missing (keyring usable: {keyring_available})"
        )
        self.keyring_available = keyring_available


class KeyDamaged(StoreError):
    """A stored key exists but is not 64 hex digits (edited or truncated)."""

    message_key = "store.errors.key_damaged"


class KeyringUnreachable(StoreError):
    """The OS keyring exists but failed when asked, so the key may well be there: do not give up."""

    message_key = "store.errors.keyring_unreachable"


class KeyFileForbidden(StoreError):
    """No usable keyring and the machine policy forbids keeping the key in a file."""

    message_key = "store.errors.key_file_forbidden"


class UnreadableReason(StrEnum):
    """Why a database file could not be opened with the key we hold."""

    #: SQLCipher cannot tell these apart: page 1 fails its HMAC check either way.
    WRONG_KEY_OR_DAMAGED = "wrong-key-or-damaged"
    #: A plain (unencrypted) SQLite file sits where Hoot's encrypted one should be.
    NOT_ENCRYPTED = "not-encrypted"


class DatabaseUnreadable(StoreError):
    """The file exists but does not open with our key: wrong key, not a database, or damaged."""

    def __init__(self, reason: UnreadableReason) -> None:
        super().__init__(f"database cannot be opened: {reason.value}")
        self.reason = reason

    def message(self) -> str:
        key = (
            "store.errors.database_not_encrypted"
            if self.reason is UnreadableReason.NOT_ENCRYPTED
            else "store.errors.database_unreadable"
        )
        return words(key)


class DatabaseFromNewerHoot(StoreError):
    """The file was written by a newer Hoot (higher schema version); it is left untouched."""

    message_key = "store.errors.database_newer"

    def __init__(self, *, found: int, supported: int) -> None:
        super().__init__(f"database schema version {found} is newer than supported {supported}")
        self.found = found
        self.supported = supported

    def message_fields(self) -> dict[str, object]:
        return {"found": self.found, "supported": self.supported}


class DatabaseDamaged(StoreError):
    """SQLite reported corruption while the store was in use."""

    message_key = "store.errors.database_damaged"


class StoreBusy(StoreError):
    """Another process held the database longer than the busy timeout."""

    message_key = "store.errors.busy"


class DataFolderUnwritable(StoreError):
    """Hoot cannot create or write its files: the folder or the disk is read-only, or the folder
    belongs to someone else. Nothing was changed."""

    message_key = "store.errors.folder_unwritable"

    def __init__(self, folder: Path | None, reason: str) -> None:
        super().__init__(f"cannot write in the data folder: {reason}")
        self.folder = folder
        self.reason = reason

    def message(self) -> str:
        # Never a KeyError (a traceback) on the way to telling a parent: fall back to the
        # general words if this key is ever missing.
        key = self.message_key if has_words(self.message_key) else StoreError.message_key
        return words(key, folder=self.folder or "")


class DiskFull(StoreError):
    """SQLite could not write because the disk (or quota) is full."""

    message_key = "store.errors.disk_full"


class RecordNotFound(StoreError, LookupError):
    """A child, conversation, message or event id that is not (or no longer) in the store."""

    message_key = "store.errors.not_found"

    def __init__(self, what: str, record_id: int) -> None:
        super().__init__(f"no {what} with id {record_id}")
        self.what = what
        self.record_id = record_id

    def message_fields(self) -> dict[str, object]:
        return {"what": self.what}


class NicknameTaken(StoreError, ValueError):
    """Two child profiles may not share a nickname (ignoring case): commands pick a child by it."""

    message_key = "store.errors.nickname_taken"

    def __init__(self, nickname: str) -> None:
        super().__init__("nickname already used by another child")
        self.nickname = nickname

    def message_fields(self) -> dict[str, object]:
        return {"nickname": self.nickname}


class SettingTypeError(StoreError, TypeError):
    """A stored setting does not have the type the caller asked for."""

    message_key = "store.errors.setting_type"

    def __init__(self, key: str, expected: str) -> None:
        super().__init__(f"setting {key!r} is not a {expected}")
        self.key = key
        self.expected = expected

    def message_fields(self) -> dict[str, object]:
        return {"setting": self.key}
