"""The recovery code: shown once at set-up, kept only as a hash, resets a forgotten PIN once.

Codes are 4 groups of 4 characters from 31 that cannot be mixed up when written by hand (no
0/O, no 1/I/L), about 79 bits: far too many to guess, so using one needs no lockout (and
must work while the PIN is locked out). After it resets the PIN, a new code replaces it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.family import guard
from app.family.access import ParentSession
from app.family.errors import WrongRecoveryCode
from app.family.kdf import DEFAULT_PARAMS, KdfParams, hash_secret, verify_secret
from app.family.lockout import SYSTEM_CLOCK, LockoutClock
from app.family.pin import ACCESS_CATEGORY, check_new_pin, new_pin_record, normalise_pin
from app.store import RecoveryCodeRecord, Severity, Store

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS = 4
GROUP_LENGTH = 4
RESET_EVENT = "pin_reset_with_recovery_code"

_SEPARATORS = str.maketrans("", "", " -_.\t\u00a0")


@dataclass(frozen=True)
class RecoveryResult:
    """The PIN was reset: an open session, and the new code to show once (the old one is gone)."""

    session: ParentSession
    new_code: str = dataclasses.field(repr=False)


def new_recovery_code(rng: random.Random | None = None) -> str:
    """A fresh code such as "K7QM-3XWD-9HTB-RN4P" (from the system's secure random source)."""
    source = rng if rng is not None else secrets.SystemRandom()
    characters = "".join(source.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    return format_code(characters)


def format_code(characters: str) -> str:
    return "-".join(
        characters[start : start + GROUP_LENGTH]
        for start in range(0, GROUPS * GROUP_LENGTH, GROUP_LENGTH)
    )


def normalise_code(text: str) -> str | None:
    """The code as hashed ("K7QM3XWD9HTBRN4P"): any case, spaces and dashes ignored; None when
    it cannot be a code (wrong length or a character codes never use)."""
    cleaned = text.translate(_SEPARATORS).upper()
    if len(cleaned) != GROUPS * GROUP_LENGTH or any(c not in ALPHABET for c in cleaned):
        return None
    return cleaned


def issue_recovery_code(
    store: Store,
    *,
    params: KdfParams = DEFAULT_PARAMS,
    rng: random.Random | None = None,
) -> str:
    """Make, store (as a hash) and return a new code; any earlier code stops working.

    Show the returned code to the parent once; Hoot cannot show it again.
    """
    code = new_recovery_code(rng)
    record = _record_for(code, params, store.database.clock())
    store.family.save_recovery_code(record)
    guard.remember_recovery_code(record.code_hash)
    return code


def _record_for(code: str, params: KdfParams, now: dt.datetime) -> RecoveryCodeRecord:
    normalised = normalise_code(code)
    if normalised is None:  # pragma: no cover - new_recovery_code always makes valid codes
        raise ValueError("not a recovery code")
    hashed = hash_secret(normalised, params)
    return RecoveryCodeRecord(
        kdf=hashed.kdf,
        kdf_params=hashed.params,
        code_hash=hashed.encoded,
        created_at=now,
        used_at=None,
    )


def code_matches(encoded: str | None, code_text: str) -> bool:
    """True when `code_text` is the code hashed in `encoded` (slow, like the PIN)."""
    normalised = normalise_code(code_text)
    return encoded is not None and normalised is not None and verify_secret(encoded, normalised)


def reset_pin_with_recovery_code(
    store: Store,
    code_text: str,
    new_pin: str,
    *,
    today: dt.date | None = None,
    params: KdfParams = DEFAULT_PARAMS,
    rng: random.Random | None = None,
    clock: LockoutClock = SYSTEM_CLOCK,
    session_clock: Callable[[], float] = time.monotonic,
) -> RecoveryResult:
    """Set `new_pin` when `code_text` is the current, unused recovery code.

    The new PIN is checked first (`PinRefused`), so a refused PIN does not use the code up.
    Raises `WrongRecoveryCode` for a wrong or used code. Wrong tries and any PIN lockout are
    cleared; an `access` event tells the parent the PIN was reset this way.
    """
    check_new_pin(new_pin, today=today)
    record = store.family.recovery_code()
    if (
        record is None
        or record.used_at is not None
        or not code_matches(record.code_hash, code_text)
    ):
        raise WrongRecoveryCode()
    pin_hash = hash_secret(normalise_pin(new_pin), params).encoded
    fresh_code = new_recovery_code(rng)
    fresh_record = _record_for(fresh_code, params, clock.wall())
    # One transaction: the store keeps a single code, so saving the new one is what uses the
    # old one up, together with the PIN change, or neither.
    with store.database.transaction():
        store.family.save_pin(new_pin_record(pin_hash, clock=clock))
        store.family.save_recovery_code(fresh_record)
        store.events.record(
            child_id=None,
            category=ACCESS_CATEGORY,
            severity=Severity.MEDIUM,
            kind=RESET_EVENT,
            details={},
            at=clock.wall(),
        )
    guard.remember_pin(pin_hash)
    guard.remember_recovery_code(fresh_record.code_hash)
    return RecoveryResult(ParentSession(clock=session_clock), fresh_code)
