"""The parent guard: a copy of the PIN and recovery-code hashes in the OS keyring.

The database key also sits in the keyring, but deleting Hoot's data folder deletes the PIN
with the database. The guard outlives the folder, so a fresh set-up on the same account can
demand the old PIN or the recovery code first (issue 5, "No bypass by deleting data"). It holds
argon2id hashes only, never a PIN, plus the wrong-try count for that check (a new database
would otherwise give a guesser fresh tries each time). Without a keyring backend there is no
guard, and `protection_status()` says so plainly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import keyring
from keyring.errors import KeyringError

from app import APP_NAME
from app.family.lockout import LockoutState
from app.store.keys import keyring_usable
from app.text import words

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_NAME
GUARD_USERNAME = "parent-guard"
_FORMAT = 1


@dataclass(frozen=True)
class Guard:
    """What the keyring remembers about this account's Hoot parent."""

    pin_hash: str | None = dataclasses.field(default=None, repr=False)
    recovery_hash: str | None = dataclasses.field(default=None, repr=False)
    #: Wrong tries at the set-up gate (old PIN, recovery code or admin PIN).
    lockout: LockoutState = dataclasses.field(default_factory=LockoutState)


@dataclass(frozen=True)
class ProtectionStatus:
    """For the parent area: can Hoot notice its data folder being deleted on this computer?"""

    available: bool
    message: str


def protection_status() -> ProtectionStatus:
    if keyring_usable():
        return ProtectionStatus(True, words("family.guard.available"))
    return ProtectionStatus(False, words("family.guard.unavailable"))


def read_guard() -> Guard | None:
    """The guard, or None when there is none (or no keyring, or it cannot be read)."""
    if not keyring_usable():
        return None
    try:
        stored = keyring.get_password(KEYRING_SERVICE, GUARD_USERNAME)
    except KeyringError:
        log.warning("could not read the parent guard from the keyring")
        return None
    if stored is None:
        return None
    try:
        return _decode(stored)
    except (ValueError, TypeError, KeyError):
        log.warning("the parent guard in the keyring is unreadable")
        return None


def remember_pin(pin_hash: str) -> bool:
    """Keep the new PIN hash in the guard; False when no keyring could take it."""
    return _update(lambda guard: dataclasses.replace(guard, pin_hash=pin_hash))


def remember_recovery_code(code_hash: str | None) -> bool:
    """Keep the current recovery code's hash (None: the code was used up)."""
    return _update(lambda guard: dataclasses.replace(guard, recovery_hash=code_hash))


def save_gate_lockout(state: LockoutState) -> bool:
    return _update(lambda guard: dataclasses.replace(guard, lockout=state))


def forget_guard() -> None:
    """Remove the guard (when the parent removes Hoot for good from this account)."""
    if not keyring_usable():
        return
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, GUARD_USERNAME)


def _update(change: Callable[[Guard], Guard]) -> bool:
    if not keyring_usable():
        return False
    current = read_guard() or Guard()
    try:
        keyring.set_password(KEYRING_SERVICE, GUARD_USERNAME, _encode(change(current)))
    except KeyringError:
        log.warning("could not write the parent guard to the keyring")
        return False
    return True


def _millis(moment: datetime | None) -> int | None:
    return None if moment is None else round(moment.timestamp() * 1000)


def _moment(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, int):
        raise TypeError("time must be milliseconds")
    return datetime.fromtimestamp(value / 1000, tz=UTC)


def lockout_to_json(lockout: LockoutState) -> dict[str, object]:
    """The lockout as JSON-ready data (also kept in the store when there is no keyring)."""
    return {
        "failed_attempts": lockout.failed_attempts,
        "locked_until": _millis(lockout.locked_until),
        "lockout_seconds": lockout.lockout_seconds,
        "last_failure_at": _millis(lockout.last_failure_at),
        "seen_at": _millis(lockout.seen_at),
        "boot_id": lockout.boot_id,
        "boot_seconds": lockout.boot_seconds,
    }


def lockout_from_json(data: object) -> LockoutState:
    """The inverse of `lockout_to_json`; ValueError/TypeError for anything else."""
    if not isinstance(data, dict):
        raise TypeError("expected an object")
    boot_seconds = data.get("boot_seconds")
    return LockoutState(
        failed_attempts=int(data.get("failed_attempts", 0)),
        locked_until=_moment(data.get("locked_until")),
        lockout_seconds=int(data.get("lockout_seconds", 0)),
        last_failure_at=_moment(data.get("last_failure_at")),
        seen_at=_moment(data.get("seen_at")),
        boot_id=_optional_text(data.get("boot_id")),
        boot_seconds=None if boot_seconds is None else float(boot_seconds),
    )


def _encode(guard: Guard) -> str:
    return json.dumps(
        {
            "format": _FORMAT,
            "pin_hash": guard.pin_hash,
            "recovery_hash": guard.recovery_hash,
            "lockout": lockout_to_json(guard.lockout),
        },
        sort_keys=True,
    )


def _decode(text: str) -> Guard:
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise ValueError("unknown guard format")
    return Guard(
        pin_hash=_optional_text(data.get("pin_hash")),
        recovery_hash=_optional_text(data.get("recovery_hash")),
        lockout=lockout_from_json(data.get("lockout") or {}),
    )


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value
