"""Unlocking the parent area: sessions that lock when idle, and the shared stdin path."""

from __future__ import annotations

import datetime as dt
import io
import logging

import pytest

from app.family.access import (
    EXIT_LOCKED_OUT,
    EXIT_NO_PIN_GIVEN,
    EXIT_NOT_SET_UP,
    EXIT_WRONG_PIN,
    PIN_CHANGED_EVENT,
    LockedOut,
    NoPinGiven,
    ParentSession,
    SessionLocked,
    WrongPin,
    change_pin,
    read_pin_from_stdin,
    unlock,
    unlock_from_stdin,
)
from app.family.errors import PinRefused
from app.family.pin import store_pin, verify_pin
from app.store import Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, FakeTime


def test_session_locks_after_five_idle_minutes(fake_time: FakeTime) -> None:
    """4:59 idle is still open; at 5:00 the session is locked and stays locked."""
    session = ParentSession(clock=fake_time.session_clock)
    fake_time.advance(299)
    assert not session.is_locked
    assert session.seconds_until_idle_lock == pytest.approx(1)
    fake_time.advance(1)
    assert session.is_locked
    session.touch()
    assert session.is_locked
    with pytest.raises(SessionLocked):
        session.require_unlocked()


def test_activity_keeps_the_session_open(fake_time: FakeTime) -> None:
    """A touch every four minutes keeps the parent area open for an hour."""
    session = ParentSession(clock=fake_time.session_clock)
    for _ in range(15):
        fake_time.advance(240)
        session.require_unlocked()
    assert not session.is_locked


def test_lock_now_locks_at_once(fake_time: FakeTime) -> None:
    """ "Lock now" needs no waiting."""
    session = ParentSession(clock=fake_time.session_clock)
    session.lock()
    assert session.is_locked


def test_unlock_gives_a_fresh_session(store: Store, fake_time: FakeTime) -> None:
    """The right PIN opens a session whose idle clock starts now."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    session = unlock(
        store, GOOD_PIN, clock=fake_time, session_clock=fake_time.session_clock, params=CHEAP
    )
    assert not session.is_locked
    fake_time.advance(300)
    assert session.is_locked


def test_wrong_pin_from_unlock_raises(store: Store, fake_time: FakeTime) -> None:
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    with pytest.raises(WrongPin):
        unlock(store, "999000", clock=fake_time, params=CHEAP)


def test_pin_is_read_from_the_first_line_only() -> None:
    """The line ending goes; spaces inside a passphrase stay."""
    assert read_pin_from_stdin(io.StringIO("purple otter 42\r\nignored\n")) == "purple otter 42"


def test_empty_stdin_is_no_pin() -> None:
    with pytest.raises(NoPinGiven):
        read_pin_from_stdin(io.StringIO(""))


def test_unlock_from_stdin_returns_a_session(store: Store, fake_time: FakeTime) -> None:
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    errors = io.StringIO()
    result = unlock_from_stdin(
        store, stream=io.StringIO(GOOD_PIN + "\n"), errors=errors, clock=fake_time
    )
    assert isinstance(result, ParentSession)
    assert errors.getvalue() == ""


def test_unlock_from_stdin_exit_codes(store: Store, fake_time: FakeTime) -> None:
    """Not set up -> 5, no PIN -> 2, wrong -> 3 (with tries left), fifth wrong -> 4."""
    errors = io.StringIO()
    assert unlock_from_stdin(store, stream=io.StringIO("1\n"), errors=errors) == EXIT_NOT_SET_UP
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    assert unlock_from_stdin(store, stream=io.StringIO("\n"), errors=errors) == EXIT_NO_PIN_GIVEN
    codes = [
        unlock_from_stdin(store, stream=io.StringIO("999000\n"), errors=errors, clock=fake_time)
        for _ in range(5)
    ]
    assert codes == [EXIT_WRONG_PIN] * 4 + [EXIT_LOCKED_OUT]
    text = errors.getvalue()
    assert "4 more tries" in text
    assert "wait 1 minute" in text
    assert "999000" not in text


def test_stdin_and_window_share_one_lockout(store: Store, fake_time: FakeTime) -> None:
    """Three wrong PINs in the window and two from a command make five: locked."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time, today=dt.date(2026, 3, 2))
    for _ in range(3):
        with pytest.raises(WrongPin):
            unlock(store, "999000", clock=fake_time, params=CHEAP)
    codes = [
        unlock_from_stdin(
            store, stream=io.StringIO("999000\n"), errors=io.StringIO(), clock=fake_time
        )
        for _ in range(2)
    ]
    assert codes == [EXIT_WRONG_PIN, EXIT_LOCKED_OUT]


def test_parent_changes_the_pin(store: Store, fake_time: FakeTime) -> None:
    """An unlocked parent sets a new PIN (rules apply); the old one stops working."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    session = ParentSession(clock=fake_time.session_clock)
    with pytest.raises(PinRefused):
        change_pin(store, session, "111111", clock=fake_time, params=CHEAP)
    change_pin(store, session, "purple otter 42", clock=fake_time, params=CHEAP)
    verify_pin(store, "purple otter 42", clock=fake_time, params=CHEAP)
    with pytest.raises(WrongPin):
        verify_pin(store, GOOD_PIN, clock=fake_time, params=CHEAP)
    assert any(event.kind == PIN_CHANGED_EVENT for event in store.events.between())
    session.lock()
    with pytest.raises(SessionLocked):
        change_pin(store, session, "another 5ecret", clock=fake_time, params=CHEAP)


def test_pins_never_reach_logs_or_error_text(
    store: Store, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    """Set, wrong tries, lockout and unlock at DEBUG level: the PIN is in no log record and
    in no error's text or message."""
    canary = "Canary-Quokka-7391"
    caplog.set_level(logging.DEBUG)
    store_pin(store, canary, params=CHEAP, clock=fake_time)
    texts: list[str] = []
    for _ in range(5):
        try:
            unlock(store, canary + "x", clock=fake_time, params=CHEAP)
        except (WrongPin, LockedOut) as refused:
            texts += [str(refused), refused.message(), repr(refused)]
    fake_time.advance(60)
    session = unlock(store, canary, clock=fake_time, params=CHEAP)
    texts.append(repr(session))
    assert all(canary not in text for text in texts)
    assert canary not in caplog.text
