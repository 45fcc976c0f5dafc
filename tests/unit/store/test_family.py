"""The parent PIN record, the recovery code and consent records, as stored."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from app.store import PinRecord, RecoveryCodeRecord, Store
from tests.unit.store.conftest import FakeClock


def _pin(clock: FakeClock) -> PinRecord:
    return PinRecord(
        kdf="argon2id",
        kdf_params={"time_cost": 3, "memory_cost": 65536},
        pin_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
        failed_attempts=0,
        lockout_until=None,
        lockout_seconds=0,
        last_failure_at=None,
        latest_time_seen=clock.now,
        lockout_boot_id=None,
        lockout_monotonic_start=None,
        changed_at=clock.now,
    )


def test_no_pin_before_set_up(store: Store) -> None:
    """A fresh store has no PIN, recovery code or consent."""
    assert store.family.pin() is None
    assert store.family.recovery_code() is None
    assert store.family.current_consent() is None


def test_pin_record_round_trips_with_lockout_state(store: Store, clock: FakeClock) -> None:
    """Failed attempts, lockout and clock guards survive being stored and read."""
    record = _pin(clock)
    store.family.save_pin(record)
    assert store.family.pin() == record
    locked = dataclasses.replace(
        record,
        failed_attempts=5,
        lockout_until=clock.now + timedelta(minutes=1),
        lockout_seconds=60,
        last_failure_at=clock.now,
        lockout_boot_id="boot-1234",
        lockout_monotonic_start=12345.5,
    )
    store.family.save_pin(locked)
    assert store.family.pin() == locked


def test_recovery_code_can_be_marked_used(store: Store, clock: FakeClock) -> None:
    """The code works once: `used_at` is stored."""
    code = RecoveryCodeRecord("argon2id", {"t": 3}, "$argon2id$hash", clock.now, None)
    store.family.save_recovery_code(code)
    used = dataclasses.replace(code, used_at=clock.now + timedelta(days=3))
    store.family.save_recovery_code(used)
    assert store.family.recovery_code() == used


def test_consent_keeps_its_notice_version_and_time(store: Store, clock: FakeClock) -> None:
    """A newer consent becomes current; a withdrawn one is no longer current."""
    first = store.family.record_consent("2026-01", details={"adult_confirmed": True})
    assert first.given_at == clock.now
    assert first.details == {"adult_confirmed": True}
    clock.advance(days=30)
    second = store.family.record_consent("2026-02")
    assert store.family.current_consent() == second
    store.family.withdraw_consent(second.id)
    assert store.family.current_consent() == first
    assert [consent.notice_version for consent in store.family.consents()] == ["2026-01", "2026-02"]
