"""The lockout rules on their own: growth, and clocks that go backwards or restart."""

from __future__ import annotations

import pytest

from app.family.lockout import (
    LockoutState,
    count_attempt,
    next_lockout_seconds,
    observe,
    record_failure,
    record_success,
    seconds_left,
)
from tests.unit.family.conftest import FakeTime


def _fail(state: LockoutState, clock: FakeTime, times: int) -> LockoutState:
    for _ in range(times):
        state = record_failure(count_attempt(state, clock).state, clock)
    return state


def _lock_once(state: LockoutState, clock: FakeTime) -> tuple[LockoutState, int]:
    """Five wrong tries after any running lockout ended; returns the lockout's length."""
    clock.advance(seconds_left(state, clock) + 1)
    state = _fail(state, clock, 5)
    return state, state.lockout_seconds


def test_four_wrong_tries_do_not_lock(fake_time: FakeTime) -> None:
    """Tries one to four only count down; nothing waits yet."""
    state = LockoutState()
    for expected_left in (4, 3, 2, 1):
        attempt = count_attempt(state, fake_time)
        assert attempt.tries_left == expected_left
        assert not attempt.started_lockout
        state = record_failure(attempt.state, fake_time)
    assert seconds_left(state, fake_time) == 0


def test_lockouts_grow_from_one_minute_doubling_to_one_hour(fake_time: FakeTime) -> None:
    """Each run of 5 wrong tries locks twice as long as the one before, never over an hour."""
    state = LockoutState()
    lengths = []
    for _ in range(9):
        state, length = _lock_once(state, fake_time)
        lengths.append(length)
    assert lengths == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert next_lockout_seconds(3600) == 3600


def test_the_fifth_try_starts_the_lockout_before_the_pin_is_checked(fake_time: FakeTime) -> None:
    """Counted first, so a sixth guess made while the fifth is being checked is refused."""
    state = _fail(LockoutState(), fake_time, 4)
    attempt = count_attempt(state, fake_time)
    assert attempt.started_lockout
    assert seconds_left(attempt.state, fake_time) == 60


def test_a_right_pin_forgets_wrong_tries_and_the_growth(fake_time: FakeTime) -> None:
    """After a success the next lockout is one minute again."""
    state, _ = _lock_once(LockoutState(), fake_time)
    state, _ = _lock_once(state, fake_time)
    fake_time.advance(seconds_left(state, fake_time))
    state = record_success(count_attempt(state, fake_time).state, fake_time)
    assert state.failed_attempts == 0
    assert state.lockout_seconds == 0
    _, length = _lock_once(state, fake_time)
    assert length == 60


def test_time_passing_ends_the_lockout(fake_time: FakeTime) -> None:
    """59 seconds in, one second is left; at 60 seconds it is over."""
    state = _fail(LockoutState(), fake_time, 5)
    fake_time.advance(59)
    assert seconds_left(state, fake_time) == pytest.approx(1)
    fake_time.advance(1)
    assert seconds_left(state, fake_time) == 0


def test_setting_the_clock_back_in_the_same_boot_changes_nothing(fake_time: FakeTime) -> None:
    """The boot clock measures the wait; the wall clock going back a day is ignored."""
    state = _fail(LockoutState(), fake_time, 5)
    fake_time.advance(20)
    fake_time.set_wall_back(86_400)
    assert seconds_left(state, fake_time) == pytest.approx(40)
    fake_time.advance(40)
    assert seconds_left(state, fake_time) == 0


def test_setting_the_clock_forward_in_the_same_boot_does_not_end_it(fake_time: FakeTime) -> None:
    """Jumping the wall clock a day ahead does not shorten the wait either."""
    state = _fail(LockoutState(), fake_time, 5)
    fake_time.now += fake_time.now - fake_time.now.replace(year=2025)
    assert seconds_left(state, fake_time) == pytest.approx(60)


def test_clock_set_back_across_a_restart_does_not_shorten_the_lockout(
    fake_time: FakeTime,
) -> None:
    """After a reboot with the clock an hour back, the 40 seconds left are still 40 seconds."""
    state = _fail(LockoutState(), fake_time, 5)
    fake_time.advance(20)
    state = observe(state, fake_time)
    fake_time.reboot()
    fake_time.set_wall_back(3600)
    assert seconds_left(state, fake_time) == pytest.approx(40)
    state = observe(state, fake_time)
    fake_time.advance(39)
    assert seconds_left(state, fake_time) == pytest.approx(1)
    fake_time.advance(1)
    assert seconds_left(state, fake_time) == 0


def test_clock_set_back_without_a_boot_clock_keeps_the_remaining_time(
    fake_time: FakeTime,
) -> None:
    """Where there is no boot clock (not Linux) a backwards wall clock freezes, never shrinks,
    the wait; once re-anchored, it runs on from what was left rather than from the old time."""
    fake_time.boot_id = None
    state = _fail(LockoutState(), fake_time, 5)
    fake_time.advance(10)
    fake_time.set_wall_back(7 * 86_400)
    assert seconds_left(state, fake_time) == pytest.approx(60)
    state = observe(state, fake_time)
    fake_time.advance(60)
    assert seconds_left(state, fake_time) == 0
