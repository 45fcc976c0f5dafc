"""The first run as one step: consent, PIN, recovery code and children written together.

The wizard gathers answers page by page and the headless `hoot setup` takes them as options;
both finish with `complete_setup`, which writes everything in one transaction, so a set-up
that stops half-way leaves no half-set-up Hoot behind.

When `recover_reason` says so (the data folder was deleted on an account where Hoot was set up,
or a machine policy has an admin PIN), `pass_setup_gate` must succeed first, with the old PIN,
the recovery code or the admin PIN. Its wrong tries lock out like the PIN's, and that count is
kept in the keyring guard, which deleting the data folder again does not reset.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.family import guard
from app.family.access import ParentSession
from app.family.children import (
    AVATARS,
    check_avatar,
    check_birth,
    clean_nickname,
)
from app.family.consent import ConsentAnswers, ConsentIncomplete, Via, record_consent
from app.family.errors import FamilyError, LockedOut, PinRefused, WrongPin
from app.family.kdf import DEFAULT_PARAMS, KdfParams, hash_secret, verify_secret
from app.family.launch import RecoverReason, recover_reason
from app.family.lockout import (
    SYSTEM_CLOCK,
    LockoutClock,
    LockoutState,
    count_attempt,
    needs_reanchoring,
    observe,
    record_failure,
    record_success,
    seconds_left,
)
from app.family.pin import ACCESS_CATEGORY, new_pin_record, normalise_pin, pin_problem
from app.family.recovery import code_matches, new_recovery_code, normalise_code
from app.guidance.notice import Notice
from app.store import ChildProfile, NicknameTaken, RecoveryCodeRecord, Severity, Store
from app.text import words

SETUP_EVENT = "setup_completed"
DATA_FOLDER_REMOVED_EVENT = "data_folder_removed"
ADMIN_SETUP_EVENT = "setup_unlocked_by_admin"
GATE_LOCKOUT_EVENT = "setup_gate_lockout"
#: Where the gate's wrong tries are kept when there is no keyring (then only the machine
#: policy's admin PIN can be asked for, and deleting the folder resets them: said plainly by
#: `guard.protection_status`).
GATE_LOCKOUT_SETTING = "family.setup_gate_lockout"


class AlreadySetUp(FamilyError):
    message_key = "family.setup.already_set_up"

    def __init__(self) -> None:
        super().__init__("Hoot is already set up")


class GateRequired(FamilyError):
    """Set-up must first be unlocked with `pass_setup_gate`."""

    def __init__(self, reason: RecoverReason) -> None:
        super().__init__(f"set-up needs the old PIN, recovery code or admin PIN ({reason.value})")
        self.reason = reason

    def message(self) -> str:
        return words(f"family.setup.gate.{self.reason.value}")


class GateMethod(StrEnum):
    OLD_PIN = "old_pin"
    RECOVERY_CODE = "recovery_code"
    ADMIN_PIN = "admin_pin"


@dataclass(frozen=True)
class GatePass:
    """The set-up gate was passed; hand it to `complete_setup`."""

    method: GateMethod
    reason: RecoverReason
    #: With OLD_PIN: the old PIN's hash, so the parent may keep that PIN.
    old_pin_hash: str | None = dataclasses.field(default=None, repr=False)


@dataclass(frozen=True)
class NewChild:
    nickname: str
    birth_year: int
    birth_month: int
    #: None: the first picture no other child has.
    avatar_id: str | None = None


@dataclass(frozen=True)
class SetupPlan:
    """Everything the parent chose, to be written at once."""

    pin: str = dataclasses.field(repr=False)
    consent: ConsentAnswers
    children: tuple[NewChild, ...] = ()
    via: Via = "window"


@dataclass(frozen=True)
class SetupResult:
    session: ParentSession
    #: Show once, with the advice to write it down; Hoot keeps only its hash.
    recovery_code: str = dataclasses.field(repr=False)
    children: tuple[ChildProfile, ...]
    #: Notes for the parent about particular children (e.g. under 5: sit with them).
    notes: tuple[str, ...]
    #: False when this computer has no keyring, so a deleted data folder goes unnoticed.
    guard_available: bool


def pass_setup_gate(
    store: Store,
    secret: str,
    *,
    admin_pin_hash: str | None = None,
    clock: LockoutClock = SYSTEM_CLOCK,
) -> GatePass:
    """Check the old PIN, the recovery code, or the machine policy's admin PIN.

    Raises `WrongPin` / `LockedOut` like the PIN does (5 tries, then growing waits). On success
    records an event for the parent's next report: a deleted data folder is `high`.
    """
    reason = recover_reason(store, admin_pin_hash=admin_pin_hash)
    if reason is None:
        raise ValueError("this set-up needs no gate: there is nothing to check against")
    state = _gate_state(store)
    left = seconds_left(state, clock)
    if left > 0:
        if needs_reanchoring(state, clock):
            _save_gate_state(store, observe(state, clock))
        wait = math.ceil(left)
        raise LockedOut(clock.wall() + dt.timedelta(seconds=wait), wait)
    attempt = count_attempt(state, clock)
    _save_gate_state(store, attempt.state)
    found = guard.read_guard() or guard.Guard()
    method = _matching_method(secret, found, admin_pin_hash)
    if method is None:
        _save_gate_state(store, record_failure(_gate_state(store), clock))
        if attempt.started_lockout:
            _record(store, GATE_LOCKOUT_EVENT, Severity.MEDIUM, clock, reason=reason.value)
            raise LockedOut(
                clock.wall() + dt.timedelta(seconds=attempt.state.lockout_seconds),
                attempt.state.lockout_seconds,
            )
        raise WrongPin(attempt.tries_left)
    _save_gate_state(store, record_success(_gate_state(store), clock))
    if reason is RecoverReason.DATA_FOLDER_REMOVED:
        _record(store, DATA_FOLDER_REMOVED_EVENT, Severity.HIGH, clock, unlocked_with=method.value)
    else:
        _record(store, ADMIN_SETUP_EVENT, Severity.LOW, clock, unlocked_with=method.value)
    return GatePass(
        method, reason, old_pin_hash=found.pin_hash if method is GateMethod.OLD_PIN else None
    )


def _matching_method(
    secret: str, found: guard.Guard, admin_pin_hash: str | None
) -> GateMethod | None:
    if found.pin_hash and verify_secret(found.pin_hash, normalise_pin(secret)):
        return GateMethod.OLD_PIN
    if normalise_code(secret) is not None and code_matches(found.recovery_hash, secret):
        return GateMethod.RECOVERY_CODE
    if admin_pin_hash and verify_secret(admin_pin_hash, normalise_pin(secret)):
        return GateMethod.ADMIN_PIN
    return None


def _gate_state(store: Store) -> LockoutState:
    found = guard.read_guard()
    if found is not None:
        return found.lockout
    stored = store.settings.get(GATE_LOCKOUT_SETTING)
    try:
        return guard.lockout_from_json(stored) if stored is not None else LockoutState()
    except (TypeError, ValueError):
        return LockoutState()


def _save_gate_state(store: Store, state: LockoutState) -> None:
    if not guard.save_gate_lockout(state):
        store.settings.set(GATE_LOCKOUT_SETTING, guard.lockout_to_json(state))


def _record(
    store: Store, kind: str, severity: Severity, clock: LockoutClock, **details: object
) -> None:
    store.events.record(
        child_id=None,
        category=ACCESS_CATEGORY,
        severity=severity,
        kind=kind,
        details=details,
        at=clock.wall(),
    )


def is_set_up(store: Store) -> bool:
    return store.family.pin() is not None


def complete_setup(
    store: Store,
    plan: SetupPlan,
    *,
    gate: GatePass | None = None,
    admin_pin_hash: str | None = None,
    today: dt.date | None = None,
    notice: Notice | None = None,
    params: KdfParams = DEFAULT_PARAMS,
    rng: random.Random | None = None,
    clock: LockoutClock = SYSTEM_CLOCK,
    session_clock: Callable[[], float] = time.monotonic,
) -> SetupResult:
    """Record consent, set the PIN, make the recovery code and add the children, all at once.

    Raises `AlreadySetUp`, `GateRequired`, `ConsentIncomplete`, `PinRefused`, `ChildRefused` or
    `NicknameTaken` (each with `message()`) before anything is written.
    """
    if is_set_up(store):
        raise AlreadySetUp()
    reason = recover_reason(store, admin_pin_hash=admin_pin_hash)
    if reason is not None and gate is None:
        raise GateRequired(reason)
    if not plan.consent.complete:
        raise ConsentIncomplete("all three confirmations are needed")
    _check_pin(plan.pin, gate, today)
    children, notes = _checked_children(plan.children, today)

    pin_hash = hash_secret(normalise_pin(plan.pin), params).encoded
    code = new_recovery_code(rng)
    code_hash = hash_secret(code.replace("-", ""), params)
    with store.database.transaction():
        record_consent(store, plan.consent, via=plan.via, notice=notice)
        store.family.save_pin(new_pin_record(pin_hash, clock=clock))
        store.family.save_recovery_code(
            RecoveryCodeRecord(
                kdf=code_hash.kdf,
                kdf_params=code_hash.params,
                code_hash=code_hash.encoded,
                created_at=clock.wall(),
                used_at=None,
            )
        )
        profiles = tuple(
            store.profiles.add(child.nickname, avatar, child.birth_year, child.birth_month)
            for child, avatar in children
        )
        _record(store, SETUP_EVENT, Severity.LOW, clock, children=len(profiles), via=plan.via)
    guard_kept = guard.remember_pin(pin_hash) and guard.remember_recovery_code(code_hash.encoded)
    if guard_kept:
        guard.save_gate_lockout(LockoutState())
    return SetupResult(
        session=ParentSession(clock=session_clock),
        recovery_code=code,
        children=profiles,
        notes=notes,
        guard_available=guard_kept,
    )


def _check_pin(pin: str, gate: GatePass | None, today: dt.date | None) -> None:
    """The PIN rules, except that a parent who unlocked with their old PIN may keep it."""
    problem = pin_problem(pin, today=today)
    if problem is None:
        return
    old_hash = gate.old_pin_hash if gate is not None else None
    if old_hash and verify_secret(old_hash, normalise_pin(pin)):
        return
    raise PinRefused(problem)


def _checked_children(
    children: tuple[NewChild, ...], today: dt.date | None
) -> tuple[list[tuple[NewChild, str]], tuple[str, ...]]:
    """Each child cleaned, with an avatar; NicknameTaken for two children with one name."""
    seen: set[str] = set()
    free = [avatar for avatar in AVATARS if avatar not in {c.avatar_id for c in children}]
    checked: list[tuple[NewChild, str]] = []
    notes: list[str] = []
    for child in children:
        name = clean_nickname(child.nickname)
        if name.casefold() in seen:
            raise NicknameTaken(name)
        seen.add(name.casefold())
        age = check_birth(child.birth_year, child.birth_month, today=today)
        if age.note:
            notes.append(f"{name}: {age.note}")
        if child.avatar_id is not None:
            avatar = check_avatar(child.avatar_id)
        else:
            avatar = free.pop(0) if free else AVATARS[0]
        checked.append((dataclasses.replace(child, nickname=name), avatar))
    return checked, tuple(notes)
