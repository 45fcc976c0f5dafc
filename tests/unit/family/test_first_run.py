"""The first run in one step, and "no bypass by deleting data": the keyring guard and the gate."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.family import guard
from app.family.children import ChildRefused
from app.family.consent import ConsentAnswers, ConsentIncomplete
from app.family.errors import LockedOut, PinRefused, WrongPin
from app.family.first_run import (
    ADMIN_SETUP_EVENT,
    DATA_FOLDER_REMOVED_EVENT,
    SETUP_EVENT,
    AlreadySetUp,
    GateMethod,
    GateRequired,
    NewChild,
    SetupPlan,
    SetupResult,
    complete_setup,
    pass_setup_gate,
)
from app.family.kdf import hash_secret, verify_secret
from app.family.launch import Launch, RecoverReason, Screen, decide_launch
from app.family.pin import verify_pin
from app.family.recovery import code_matches, reset_pin_with_recovery_code
from app.store import NicknameTaken, Severity, Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, FakeTime, use_no_keyring

TODAY = dt.date(2026, 3, 2)
MIA = NewChild("Mia", 2016, 5)
SAM = NewChild("Sam", 2022, 1)


def _plan(pin: str = GOOD_PIN, *children: NewChild) -> SetupPlan:
    return SetupPlan(pin=pin, consent=ConsentAnswers.all_confirmed(), children=children or (MIA,))


def _setup(
    store: Store, fake_time: FakeTime, plan: SetupPlan | None = None, **kw: object
) -> SetupResult:
    return complete_setup(
        store,
        plan or _plan(),
        today=TODAY,
        params=CHEAP,
        clock=fake_time,
        session_clock=fake_time.session_clock,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def reopen() -> Iterator[list[Store]]:
    """Stores opened by the test (closed at the end)."""
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()


def _delete_data_folder(
    store: Store, data_dir: Path, fake_time: FakeTime, opened: list[Store]
) -> Store:
    """What a child might do: close Hoot, delete its folder, open Hoot again."""
    store.close()
    shutil.rmtree(data_dir)
    fresh = Store.open(data_dir, clock=fake_time.store_clock)
    opened.append(fresh)
    return fresh


def test_set_up_writes_consent_pin_code_and_children(store: Store, fake_time: FakeTime) -> None:
    result = _setup(store, fake_time, _plan(GOOD_PIN, MIA, SAM))
    assert [child.nickname for child in result.children] == ["Mia", "Sam"]
    assert [child.avatar_id for child in result.children] == ["owl", "fox"]
    assert len(result.notes) == 1
    assert result.notes[0].startswith("Sam:")
    assert result.guard_available
    assert store.family.current_consent() is not None
    assert store.family.recovery_code() is not None
    verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)
    assert any(event.kind == SETUP_EVENT for event in store.events.between())
    assert decide_launch(store, today=TODAY).screen is Screen.PICKER


def test_set_up_refuses_to_run_twice(store: Store, fake_time: FakeTime) -> None:
    _setup(store, fake_time)
    with pytest.raises(AlreadySetUp) as again:
        _setup(store, fake_time, _plan("purple otter 42", SAM))
    assert "already set up" in again.value.message()
    assert [child.nickname for child in store.profiles.all()] == ["Mia"]


@pytest.mark.parametrize(
    ("plan", "error"),
    [
        (_plan("123456"), PinRefused),
        (_plan(GOOD_PIN, MIA, NewChild("Dad", 1980, 1)), ChildRefused),
        (_plan(GOOD_PIN, MIA, NewChild("mia", 2018, 2)), NicknameTaken),
        (
            SetupPlan(
                pin=GOOD_PIN,
                consent=ConsentAnswers(
                    is_parent_or_guardian=True, is_adult=True, has_read_notice=False
                ),
                children=(MIA,),
            ),
            ConsentIncomplete,
        ),
    ],
)
def test_a_refused_set_up_writes_nothing(
    store: Store, fake_time: FakeTime, plan: SetupPlan, error: type[Exception]
) -> None:
    """Everything is checked before anything is saved, so Hoot is never half set up."""
    with pytest.raises(error):
        _setup(store, fake_time, plan)
    assert store.family.pin() is None
    assert store.family.current_consent() is None
    assert store.profiles.all() == []
    assert guard.read_guard() is None


def test_deleting_the_data_folder_asks_for_the_old_pin(
    store: Store, data_dir: Path, fake_time: FakeTime, reopen: list[Store]
) -> None:
    """The no-bypass flow: delete the folder with the keyring still holding Hoot's records ->
    RECOVER; set-up refuses until the old PIN is given; the parent's next report sees it."""
    _setup(store, fake_time)
    fresh = _delete_data_folder(store, data_dir, fake_time, reopen)
    assert fresh.status.data_folder_was_removed
    assert decide_launch(fresh, today=TODAY) == Launch.recover(RecoverReason.DATA_FOLDER_REMOVED)
    with pytest.raises(GateRequired) as gate_needed:
        _setup(fresh, fake_time, _plan("purple otter 42"))
    assert "PIN used before" in gate_needed.value.message()
    with pytest.raises(WrongPin) as wrong:
        pass_setup_gate(fresh, "purple otter 42", clock=fake_time)
    assert wrong.value.tries_left == 4
    gate = pass_setup_gate(fresh, GOOD_PIN, clock=fake_time)
    assert gate.method is GateMethod.OLD_PIN
    events = [e for e in fresh.events.between() if e.kind == DATA_FOLDER_REMOVED_EVENT]
    assert len(events) == 1
    assert events[0].severity is Severity.HIGH
    assert events[0].category == "access"
    _setup(fresh, fake_time, gate=gate)
    verify_pin(fresh, GOOD_PIN, clock=fake_time, params=CHEAP)
    assert decide_launch(fresh, today=TODAY) == Launch.chat(fresh.profiles.all()[0].id)


def test_the_recovery_code_also_opens_the_gate(
    store: Store, data_dir: Path, fake_time: FakeTime, reopen: list[Store]
) -> None:
    """A parent who forgot the PIN uses the code, picks a new PIN and gets a new code."""
    first = _setup(store, fake_time)
    fresh = _delete_data_folder(store, data_dir, fake_time, reopen)
    gate = pass_setup_gate(fresh, first.recovery_code, clock=fake_time)
    assert gate.method is GateMethod.RECOVERY_CODE
    again = _setup(fresh, fake_time, _plan("purple otter 42"), gate=gate)
    assert again.recovery_code != first.recovery_code
    verify_pin(fresh, "purple otter 42", clock=fake_time, params=CHEAP)
    found = guard.read_guard()
    assert found is not None
    assert not code_matches(found.recovery_hash, first.recovery_code)
    assert code_matches(found.recovery_hash, again.recovery_code)


def test_gate_wrong_tries_survive_deleting_the_folder_again(
    store: Store, data_dir: Path, fake_time: FakeTime, reopen: list[Store]
) -> None:
    """The gate's count lives in the keyring: a second deletion gives no fresh tries."""
    _setup(store, fake_time)
    fresh = _delete_data_folder(store, data_dir, fake_time, reopen)
    for _ in range(4):
        with pytest.raises(WrongPin):
            pass_setup_gate(fresh, "999000", clock=fake_time)
    with pytest.raises(LockedOut):
        pass_setup_gate(fresh, "999000", clock=fake_time)
    assert any(e.kind == "setup_gate_lockout" for e in fresh.events.between())
    again = _delete_data_folder(fresh, data_dir, fake_time, reopen)
    with pytest.raises(LockedOut) as locked:
        pass_setup_gate(again, GOOD_PIN, clock=fake_time)
    assert locked.value.seconds_left == 60
    fake_time.advance(60)
    assert pass_setup_gate(again, GOOD_PIN, clock=fake_time).method is GateMethod.OLD_PIN


def test_an_old_pin_may_be_kept_even_if_todays_rules_refuse_it(
    store: Store, fake_time: FakeTime
) -> None:
    """Unlocking with the old PIN and keeping it is allowed even if it is now "too easy"."""
    guard.remember_pin(hash_secret("123456", CHEAP).encoded)
    gate = pass_setup_gate(store, "123456", clock=fake_time)
    _setup(store, fake_time, _plan("123456"), gate=gate)
    verify_pin(store, "123456", clock=fake_time, params=CHEAP)


def test_a_machine_policy_admin_pin_guards_set_up(store: Store, fake_time: FakeTime) -> None:
    admin = hash_secret("school admin 2026", CHEAP).encoded
    with pytest.raises(GateRequired) as needed:
        _setup(store, fake_time, admin_pin_hash=admin)
    assert needed.value.reason is RecoverReason.MACHINE_POLICY
    with pytest.raises(WrongPin):
        pass_setup_gate(store, GOOD_PIN, admin_pin_hash=admin, clock=fake_time)
    gate = pass_setup_gate(store, "school admin 2026", admin_pin_hash=admin, clock=fake_time)
    assert gate.method is GateMethod.ADMIN_PIN
    assert any(e.kind == ADMIN_SETUP_EVENT for e in store.events.between())
    _setup(store, fake_time, gate=gate, admin_pin_hash=admin)


def test_without_a_keyring_the_protection_is_said_to_be_missing(
    data_dir: Path, fake_time: FakeTime, reopen: list[Store]
) -> None:
    """No keyring backend: set-up works, says plainly that a deleted folder goes unnoticed."""
    use_no_keyring()
    store = Store.open(data_dir, clock=fake_time.store_clock)
    result = _setup(store, fake_time)
    assert not result.guard_available
    status = guard.protection_status()
    assert not status.available
    assert "cannot notice" in status.message
    fresh = _delete_data_folder(store, data_dir, fake_time, reopen)
    assert decide_launch(fresh, today=TODAY) == Launch.SETUP


def test_a_reset_by_recovery_code_updates_the_guard(store: Store, fake_time: FakeTime) -> None:
    """After a reset, the guard knows the new PIN, so a later deletion asks for that one."""
    first = _setup(store, fake_time)
    reset_pin_with_recovery_code(
        store, first.recovery_code, "purple otter 42", params=CHEAP, clock=fake_time
    )
    found = guard.read_guard()
    assert found is not None
    assert found.pin_hash is not None
    assert verify_secret(found.pin_hash, "purple otter 42")
