"""The parent PIN: which PINs are allowed, how it is stored, and checking it with the lockout.

A PIN is at least 6 digits, or a passphrase of at least 10 characters mixing letters with
something else (digits, spaces or symbols: "purple otter 42"). Guessable ones are refused
with a reason. The PIN is stored only as an argon2id hash, in the encrypted store and (as a
copy of the hash) in the keyring guard. Every try is counted *before* the hash is checked, so
several windows or commands at once share the same 5 tries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import unicodedata
from datetime import timedelta
from typing import Literal

from app.family import guard
from app.family.errors import LockedOut, NoPinSet, PinProblem, PinRefused, WrongPin
from app.family.kdf import (
    DEFAULT_PARAMS,
    KDF_NAME,
    KdfParams,
    hash_secret,
    needs_rehash,
    params_of,
    verify_secret,
)
from app.family.lockout import (
    SYSTEM_CLOCK,
    TRIES_BEFORE_LOCKOUT,
    LockoutClock,
    LockoutState,
    count_attempt,
    needs_reanchoring,
    observe,
    record_failure,
    record_success,
    seconds_left,
)
from app.store import PinRecord, Severity, Store

MIN_DIGITS = 6
MIN_PASSPHRASE = 10
MAX_LENGTH = 128
#: Fewest different characters in a passphrase ("aaaaaaaaa1" is not one).
MIN_DIFFERENT = 5
#: Where the try came from, recorded with a lockout event.
Via = Literal["window", "command"]

LOCKOUT_EVENT = "pin_lockout"
ACCESS_CATEGORY = "access"

# Lists of the most used PINs (keypad shapes and famous numbers); runs, repeats, years and
# dates are caught by rules instead of being listed.
_COMMON_DIGITS = frozenset(
    {
        "112233",
        "123321",
        "147258",
        "147852",
        "159357",
        "159753",
        "258369",
        "258456",
        "369258",
        "654456",
        "696969",
        "741852",
        "753951",
        "789456",
        "852456",
        "951753",
        "987789",
        "102030",
        "142536",
        "314159",
        "11223344",
        "12344321",
        "12341234",
        "13579246",
        "24681357",
    }
)
_COMMON_PASSPHRASES = frozenset(
    {
        "password1",
        "password12",
        "password123",
        "password1234",
        "passw0rd123",
        "qwerty123",
        "qwertyuiop1",
        "qwerty12345",
        "iloveyou1",
        "iloveyou123",
        "letmein123",
        "welcome123",
        "abc123abc123",
        "1q2w3e4r5t",
        "1qaz2wsx3edc",
        "hoothoot123",
        "admin12345",
    }
)


def normalise_pin(text: str) -> str:
    """The PIN as compared: Unicode NFKC (so a full-width "１" is "1"), outer spaces removed."""
    return unicodedata.normalize("NFKC", text).strip()


def pin_problem(text: str, *, today: dt.date | None = None) -> PinProblem | None:
    """Why `text` may not be the parent PIN, or None when it is fine."""
    pin = normalise_pin(text)
    if not pin:
        return PinProblem.EMPTY
    if len(pin) > MAX_LENGTH:
        return PinProblem.TOO_LONG
    if pin.isascii() and pin.isdigit():
        return _digits_problem(pin, today or dt.date.today())
    return _passphrase_problem(pin)


def check_new_pin(text: str, *, today: dt.date | None = None) -> None:
    """Raise `PinRefused` (with the reason) when `text` may not be the parent PIN."""
    problem = pin_problem(text, today=today)
    if problem is not None:
        raise PinRefused(problem)


def _digits_problem(pin: str, today: dt.date) -> PinProblem | None:
    if len(pin) < MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(set(pin)) == 1:
        return PinProblem.SAME_DIGIT
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1:  # 123456, 987654, 890123, 135791: each digit a fixed step on
        return PinProblem.SEQUENCE
    if pin in _COMMON_DIGITS:
        return PinProblem.COMMON
    if _is_repetition(pin):
        return PinProblem.REPEATED
    if _has_year_at_an_end(pin, today):
        return PinProblem.YEAR
    if _is_date(pin):
        return PinProblem.DATE
    return None


def _passphrase_problem(pin: str) -> PinProblem | None:
    if len(pin) < MIN_PASSPHRASE:
        return PinProblem.PASSPHRASE_TOO_SHORT
    has_letter = any(character.isalpha() for character in pin)
    has_other = any(not character.isalpha() for character in pin)
    if not (has_letter and has_other):
        return PinProblem.PASSPHRASE_NEEDS_MIX
    if len(set(pin.casefold())) < MIN_DIFFERENT:
        return PinProblem.TOO_FEW_DIFFERENT
    squeezed = "".join(pin.casefold().split())
    if squeezed in _COMMON_PASSPHRASES:
        return PinProblem.COMMON
    if _is_repetition(squeezed):
        return PinProblem.REPEATED
    return None


def _is_repetition(text: str) -> bool:
    """123123, 121212, 112112, 4545454: a shorter block said again (a last partial one too)."""
    for size in range(1, len(text) // 2 + 1):
        block = text[:size]
        if (block * (len(text) // size + 1))[: len(text)] == text:
            return True
    return False


def _has_year_at_an_end(pin: str, today: dt.date) -> bool:
    """201520, 198807: a year people pick (a birth year) at the start or the end."""
    years = range(today.year - 100, today.year + 2)
    return int(pin[:4]) in years or int(pin[-4:]) in years


def _is_date(pin: str) -> bool:
    """A day and month with a year: 250814 (DDMMYY), 082514 (MMDDYY), 25081984, 19840825."""
    candidates: list[tuple[str, str]] = []
    if len(pin) == 6:
        candidates = [(pin[0:2], pin[2:4]), (pin[2:4], pin[0:2])]
    elif len(pin) == 8:
        candidates = [(pin[0:2], pin[2:4]), (pin[2:4], pin[0:2]), (pin[6:8], pin[4:6])]
    return any(_day_and_month(day, month) for day, month in candidates)


def _day_and_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# -- storing the PIN


def state_of(record: PinRecord) -> LockoutState:
    return LockoutState(
        failed_attempts=record.failed_attempts,
        locked_until=record.lockout_until,
        lockout_seconds=record.lockout_seconds,
        last_failure_at=record.last_failure_at,
        seen_at=record.latest_time_seen,
        boot_id=record.lockout_boot_id,
        boot_seconds=record.lockout_monotonic_start,
    )


def with_state(record: PinRecord, state: LockoutState) -> PinRecord:
    """`record` carrying `state`. `lockout_monotonic_start` holds the boot clock at the last
    observation (`latest_time_seen`), the anchor the lockout re-measures from."""
    return dataclasses.replace(
        record,
        failed_attempts=state.failed_attempts,
        lockout_until=state.locked_until,
        lockout_seconds=state.lockout_seconds,
        last_failure_at=state.last_failure_at,
        latest_time_seen=state.seen_at or record.latest_time_seen,
        lockout_boot_id=state.boot_id,
        lockout_monotonic_start=state.boot_seconds,
    )


def is_pin_set(store: Store) -> bool:
    return store.family.pin() is not None


def store_pin(
    store: Store,
    pin_text: str,
    *,
    today: dt.date | None = None,
    params: KdfParams = DEFAULT_PARAMS,
    clock: LockoutClock = SYSTEM_CLOCK,
    check_rules: bool = True,
) -> PinRecord:
    """Hash and save `pin_text` as the parent PIN (set-up, change, or reset by recovery code).

    Wrong tries and lockouts are forgotten. The caller makes sure the parent may do this (set-up,
    an unlocked session, or a recovery code). `check_rules=False` is only for keeping a PIN Hoot
    already had (after the data folder was deleted), which may predate today's rules.
    """
    if check_rules:
        check_new_pin(pin_text, today=today)
    return store_pin_hash(store, hash_secret(normalise_pin(pin_text), params).encoded, clock=clock)


def store_pin_hash(store: Store, encoded: str, *, clock: LockoutClock = SYSTEM_CLOCK) -> PinRecord:
    """Save an already-made PIN hash (a new one, or the guard's copy after a deleted folder)
    in the store and in the keyring guard."""
    record = new_pin_record(encoded, clock=clock)
    store.family.save_pin(record)
    guard.remember_pin(encoded)
    return record


def new_pin_record(encoded: str, *, clock: LockoutClock = SYSTEM_CLOCK) -> PinRecord:
    """A PIN record for `encoded` with no wrong tries, to save (the guard is the caller's job)."""
    now = clock.wall()
    reading = clock.boot()
    return PinRecord(
        kdf=KDF_NAME,
        kdf_params=params_of(encoded).as_mapping(),
        pin_hash=encoded,
        failed_attempts=0,
        lockout_until=None,
        lockout_seconds=0,
        last_failure_at=None,
        latest_time_seen=now,
        lockout_boot_id=reading.boot_id,
        lockout_monotonic_start=reading.seconds if reading.boot_id else None,
        changed_at=now,
    )


def lockout_now(store: Store, *, clock: LockoutClock = SYSTEM_CLOCK) -> LockedOut | None:
    """The running lockout (for the unlock screen's countdown), or None."""
    record = store.family.pin()
    if record is None:
        return None
    state = state_of(record)
    left = seconds_left(state, clock)
    if left <= 0:
        return None
    if needs_reanchoring(state, clock):
        store.family.save_pin(with_state(record, observe(state, clock)))
    return _locked_out(left, clock)


def tries_left(store: Store) -> int:
    """Wrong tries left before the next lockout (for "4 tries left" under the PIN box)."""
    record = store.family.pin()
    return TRIES_BEFORE_LOCKOUT - (record.failed_attempts if record else 0)


def _locked_out(left: float, clock: LockoutClock) -> LockedOut:
    whole = math.ceil(left)
    return LockedOut(until=clock.wall() + timedelta(seconds=whole), seconds_left=whole)


def verify_pin(
    store: Store,
    pin_text: str,
    *,
    clock: LockoutClock = SYSTEM_CLOCK,
    via: Via = "window",
    params: KdfParams = DEFAULT_PARAMS,
) -> None:
    """Return when `pin_text` is the parent PIN; otherwise raise `WrongPin`, `LockedOut` or
    `NoPinSet`. The 5th wrong try in a row raises `LockedOut` and records a `pin_lockout`
    event. A right PIN forgets wrong tries; a hash made with older costs is redone.
    """
    with store.database.transaction():
        record = store.family.pin()
        if record is None:
            raise NoPinSet()
        state = state_of(record)
        left = seconds_left(state, clock)
        if left > 0:
            if needs_reanchoring(state, clock):
                store.family.save_pin(with_state(record, observe(state, clock)))
            attempt = None
        else:
            attempt = count_attempt(state, clock)
            store.family.save_pin(with_state(record, attempt.state))
    if attempt is None:
        raise _locked_out(left, clock)
    right = verify_secret(record.pin_hash, normalise_pin(pin_text))
    with store.database.transaction():
        current = store.family.pin() or record
        if right:
            store.family.save_pin(with_state(current, record_success(state_of(current), clock)))
        else:
            store.family.save_pin(with_state(current, record_failure(state_of(current), clock)))
            if attempt.started_lockout:
                store.events.record(
                    child_id=None,
                    category=ACCESS_CATEGORY,
                    severity=Severity.MEDIUM,
                    kind=LOCKOUT_EVENT,
                    details={"seconds": attempt.state.lockout_seconds, "via": via},
                    at=clock.wall(),
                )
    if not right:
        if attempt.started_lockout:
            raise _locked_out(attempt.state.lockout_seconds, clock)
        raise WrongPin(attempt.tries_left)
    if needs_rehash(record.pin_hash, params):
        store_pin(store, pin_text, params=params, clock=clock, check_rules=False)
