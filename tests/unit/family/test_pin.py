"""The parent PIN: which PINs are refused and why, and checking it against the lockout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.family.errors import LockedOut, NoPinSet, PinProblem, PinRefused, WrongPin
from app.family.kdf import DEFAULT_PARAMS, params_of
from app.family.pin import (
    LOCKOUT_EVENT,
    check_new_pin,
    lockout_now,
    pin_problem,
    store_pin,
    tries_left,
    verify_pin,
)
from app.store import Severity, Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, FakeTime

TODAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", PinProblem.EMPTY),
        ("   ", PinProblem.EMPTY),
        ("12345", PinProblem.TOO_SHORT),
        ("000000", PinProblem.SAME_DIGIT),
        ("111111", PinProblem.SAME_DIGIT),
        ("123456", PinProblem.SEQUENCE),
        ("654321", PinProblem.SEQUENCE),
        ("890123", PinProblem.SEQUENCE),
        ("13579135", PinProblem.SEQUENCE),
        ("123123", PinProblem.REPEATED),
        ("121212", PinProblem.REPEATED),
        ("4545454", PinProblem.REPEATED),
        ("147258", PinProblem.COMMON),
        ("112233", PinProblem.COMMON),
        ("201520", PinProblem.YEAR),
        ("071984", PinProblem.YEAR),
        ("250884", PinProblem.DATE),
        ("25081984", PinProblem.YEAR),
        ("short pw1", PinProblem.PASSPHRASE_TOO_SHORT),
        ("abcdefghijkl", PinProblem.PASSPHRASE_NEEDS_MIX),
        ("aaaaaaaaaa1", PinProblem.TOO_FEW_DIFFERENT),
        ("Password123", PinProblem.COMMON),
        ("abc1xyzabc1xyz", PinProblem.REPEATED),
        ("x" * 129, PinProblem.TOO_LONG),
    ],
)
def test_easy_pins_are_refused_with_their_reason(pin: str, problem: PinProblem) -> None:
    """Each guessable PIN names the rule it breaks, and the reason has words for the parent."""
    assert pin_problem(pin, today=TODAY) is problem
    with pytest.raises(PinRefused) as refused:
        check_new_pin(pin, today=TODAY)
    assert refused.value.message()
    assert pin not in str(refused.value) or not pin.strip()


@pytest.mark.parametrize("pin", [GOOD_PIN, "8305172", "40961273", "purple otter 42", "Tiger&Moon"])
def test_good_pins_and_passphrases_are_accepted(pin: str) -> None:
    """Six or more digits with no pattern, or a mixed passphrase of 10+ characters."""
    assert pin_problem(pin, today=TODAY) is None


def test_full_width_digits_count_as_digits() -> None:
    """A PIN typed with another keyboard layout is the same PIN, so the same rules apply."""
    assert pin_problem("１２３４５６", today=TODAY) is PinProblem.SEQUENCE


def test_the_right_pin_passes_and_a_wrong_one_counts_down(
    store: Store, fake_time: FakeTime
) -> None:
    """Wrong tries say how many are left; the right PIN (outer spaces ignored) resets them."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for expected in (4, 3):
        with pytest.raises(WrongPin) as wrong:
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
        assert wrong.value.tries_left == expected
    verify_pin(store, f" {GOOD_PIN}\n", clock=fake_time, params=CHEAP)
    assert tries_left(store) == 5


def test_no_pin_set_is_its_own_error(store: Store, fake_time: FakeTime) -> None:
    """Before set-up there is nothing to check against."""
    with pytest.raises(NoPinSet):
        verify_pin(store, GOOD_PIN, clock=fake_time)


def test_five_wrong_pins_lock_for_a_minute_and_record_an_event(
    store: Store, fake_time: FakeTime
) -> None:
    """The fifth wrong PIN locks for 60 s and writes a medium `pin_lockout` access event;
    during the lockout even the right PIN is refused, and refusals are not counted."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for _ in range(4):
        with pytest.raises(WrongPin):
            verify_pin(store, "999000", clock=fake_time, params=CHEAP, via="command")
    with pytest.raises(LockedOut) as locked:
        verify_pin(store, "999000", clock=fake_time, params=CHEAP, via="command")
    assert locked.value.seconds_left == 60
    assert "1 minute" in locked.value.message()
    events = [event for event in store.events.between() if event.kind == LOCKOUT_EVENT]
    assert len(events) == 1
    assert events[0].category == "access"
    assert events[0].severity is Severity.MEDIUM
    assert dict(events[0].details) == {"seconds": 60, "via": "command"}

    fake_time.advance(30)
    with pytest.raises(LockedOut) as still:
        verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)
    assert still.value.seconds_left == 30
    fake_time.advance(30)
    verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_the_next_lockout_doubles(store: Store, fake_time: FakeTime) -> None:
    """Five more wrong PINs after the first lockout lock for two minutes."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for round_length in (60, 120, 240):
        for _ in range(4):
            with pytest.raises(WrongPin):
                verify_pin(store, "999000", clock=fake_time, params=CHEAP)
        with pytest.raises(LockedOut) as locked:
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
        assert locked.value.seconds_left == round_length
        fake_time.advance(round_length)


def test_a_right_fifth_try_does_not_lock(store: Store, fake_time: FakeTime) -> None:
    """The fifth try starts the lockout before checking, but a right PIN lifts it at once."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for _ in range(4):
        with pytest.raises(WrongPin):
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
    verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)
    assert lockout_now(store, clock=fake_time) is None
    assert not [event for event in store.events.between() if event.kind == LOCKOUT_EVENT]


def test_lockout_survives_closing_and_reopening_the_store(
    store: Store, data_dir: Path, fake_time: FakeTime
) -> None:
    """A restart of Hoot (and of the computer) does not give the guesser fresh tries."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for _ in range(3):
        with pytest.raises(WrongPin):
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
    store.close()
    with Store.open(data_dir, clock=fake_time.store_clock) as reopened:
        with pytest.raises(WrongPin):
            verify_pin(reopened, "999000", clock=fake_time, params=CHEAP)
        with pytest.raises(LockedOut):
            verify_pin(reopened, "999000", clock=fake_time, params=CHEAP)
    fake_time.advance(15)
    fake_time.reboot()
    with Store.open(data_dir, clock=fake_time.store_clock) as again:
        locked = lockout_now(again, clock=fake_time)
        assert locked is not None
        assert locked.seconds_left == 45


def test_clock_set_back_after_a_restart_does_not_shorten_the_stored_lockout(
    store: Store, data_dir: Path, fake_time: FakeTime
) -> None:
    """Lock, restart the computer with the clock a day back: the full wait is still ahead, and
    it then runs down normally (it is not stretched to a day)."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    for _ in range(5):
        with pytest.raises((WrongPin, LockedOut)):
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
    store.close()
    fake_time.reboot()
    fake_time.set_wall_back(86_400)
    with Store.open(data_dir, clock=fake_time.store_clock) as reopened:
        with pytest.raises(LockedOut) as locked:
            verify_pin(reopened, GOOD_PIN, clock=fake_time, params=CHEAP)
        assert locked.value.seconds_left == 60
        fake_time.advance(60)
        verify_pin(reopened, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_a_hash_with_old_costs_is_redone_after_a_right_pin(
    store: Store, fake_time: FakeTime
) -> None:
    """When Hoot raises the argon2 costs, the stored hash catches up at the next unlock."""
    store_pin(store, GOOD_PIN, today=TODAY, params=CHEAP, clock=fake_time)
    verify_pin(store, GOOD_PIN, clock=fake_time, params=DEFAULT_PARAMS)
    record = store.family.pin()
    assert record is not None
    assert params_of(record.pin_hash) == DEFAULT_PARAMS
    assert record.kdf == "argon2id"
    assert dict(record.kdf_params)["memory_kib"] == 65536
