"""The recovery code: easy to write down, stored only as a hash, resets the PIN exactly once."""

from __future__ import annotations

import random

import pytest

from app.family.errors import LockedOut, PinRefused, WrongPin, WrongRecoveryCode
from app.family.pin import store_pin, verify_pin
from app.family.recovery import (
    ALPHABET,
    RESET_EVENT,
    issue_recovery_code,
    new_recovery_code,
    normalise_code,
    reset_pin_with_recovery_code,
)
from app.store import Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, FakeTime

NEW_PIN = "purple otter 42"


def test_codes_are_four_groups_of_four_unambiguous_characters() -> None:
    """No 0/O or 1/I/L to mix up when writing by hand; different every time."""
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        groups = code.split("-")
        assert [len(group) for group in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(ALPHABET)
    assert not set("01OIL") & set(ALPHABET)


def test_codes_are_read_back_in_any_case_with_any_spacing() -> None:
    assert normalise_code(" k7qm 3xwd-9htb rn4p ") == "K7QM3XWD9HTBRN4P"
    assert normalise_code("K7QM-3XWD-9HTB") is None
    assert normalise_code("K7QM-3XWD-9HTB-RN40") is None


def test_only_a_hash_of_the_code_is_stored(store: Store) -> None:
    code = issue_recovery_code(store, params=CHEAP)
    record = store.family.recovery_code()
    assert record is not None
    assert record.code_hash.startswith("$argon2id$")
    assert code.replace("-", "") not in record.code_hash


def test_recovery_code_resets_the_pin_once(store: Store, fake_time: FakeTime) -> None:
    """The code sets a new PIN, opens a session and gives a new code; the old code is spent."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    code = issue_recovery_code(store, params=CHEAP, rng=random.Random(5))
    result = reset_pin_with_recovery_code(
        store, code.lower(), NEW_PIN, params=CHEAP, clock=fake_time
    )
    assert not result.session.is_locked
    assert result.new_code != code
    verify_pin(store, NEW_PIN, clock=fake_time, params=CHEAP)
    with pytest.raises(WrongPin):
        verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)
    with pytest.raises(WrongRecoveryCode):
        reset_pin_with_recovery_code(store, code, "another 5ecret", params=CHEAP, clock=fake_time)
    second = reset_pin_with_recovery_code(
        store, result.new_code, "another 5ecret", params=CHEAP, clock=fake_time
    )
    assert second.new_code not in (code, result.new_code)
    assert [e.kind for e in store.events.between()].count(RESET_EVENT) == 2


def test_a_wrong_code_changes_nothing(store: Store, fake_time: FakeTime) -> None:
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    issue_recovery_code(store, params=CHEAP)
    with pytest.raises(WrongRecoveryCode):
        reset_pin_with_recovery_code(
            store, "AAAA-BBBB-CCCC-DDDD", NEW_PIN, params=CHEAP, clock=fake_time
        )
    verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_an_easy_new_pin_does_not_use_the_code_up(store: Store, fake_time: FakeTime) -> None:
    """The PIN rules are checked first; the parent can try again with the same code."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    code = issue_recovery_code(store, params=CHEAP)
    with pytest.raises(PinRefused):
        reset_pin_with_recovery_code(store, code, "123456", params=CHEAP, clock=fake_time)
    reset_pin_with_recovery_code(store, code, NEW_PIN, params=CHEAP, clock=fake_time)


def test_the_code_works_during_a_lockout_and_lifts_it(store: Store, fake_time: FakeTime) -> None:
    """A parent who forgot the PIN and got locked out is not made to wait an hour."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    code = issue_recovery_code(store, params=CHEAP)
    for _ in range(5):
        with pytest.raises((WrongPin, LockedOut)):
            verify_pin(store, "999000", clock=fake_time, params=CHEAP)
    reset_pin_with_recovery_code(store, code, NEW_PIN, params=CHEAP, clock=fake_time)
    verify_pin(store, NEW_PIN, clock=fake_time, params=CHEAP)
