"""Time limits: active minutes, warning, time's up, quiet hours, extra time. Clock moved by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.monitor.events import Kind
from app.monitor.time_limits import LimitState, ParentLocked, TimeLimits
from app.settings import Settings
from app.store import ChildProfile, Store
from tests.unit.monitor.conftest import FakeClock

SCHOOL_NIGHTS = {"start": "20:30", "end": "07:00", "days": ["sun", "mon", "tue", "wed", "thu"]}


@dataclass(frozen=True)
class Parent:
    is_locked: bool


@pytest.fixture
def limits(store: Store, settings: Settings, child: ChildProfile, clock: FakeClock) -> TimeLimits:
    """Sam's limits with school-night quiet hours."""
    settings.set("quiet_hours", SCHOOL_NIGHTS, child_id=child.id)
    return _limits(store, settings, child, clock)


def _limits(store: Store, settings: Settings, child: ChildProfile, clock: FakeClock) -> TimeLimits:
    return TimeLimits(store, settings, child.id, clock=clock, tz=UTC)


def _chat_for(limits: TimeLimits, clock: FakeClock, minutes: int) -> None:
    """The child types (or a reply streams) a few times in each of `minutes` minutes."""
    for _ in range(minutes):
        for _ in range(3):
            limits.record_activity()
            clock.advance(seconds=15)
        clock.advance(seconds=15)


def test_without_limits_a_child_may_always_chat(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """No daily minutes and no quiet hours: allowed, with no allowance to show."""
    status = _limits(store, settings, child, clock).status()
    assert status.state is LimitState.ALLOWED
    assert (status.allowed_minutes, status.minutes_left, status.used_minutes) == (None, None, 0)


def test_only_minutes_with_activity_count_not_an_idle_window(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Many keystrokes in one minute count once; an hour with the window open counts nothing."""
    limits = _limits(store, settings, child, clock)
    for _ in range(20):
        limits.record_activity()
    assert limits.status().used_minutes == 1
    clock.advance(hours=1)
    assert limits.status().used_minutes == 1
    clock.advance(minutes=1)
    _chat_for(limits, clock, 3)
    assert limits.status().used_minutes == 4


def test_the_warning_comes_five_minutes_before_times_up(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """20 minutes a day: allowed up to 14 used, warn from 15, time's up at 20."""
    settings.set("daily_minutes", 20, child_id=child.id)
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 14)
    assert (limits.status().state, limits.status().minutes_left) == (LimitState.ALLOWED, 6)
    _chat_for(limits, clock, 1)
    assert (limits.status().state, limits.status().minutes_left) == (LimitState.WARN, 5)
    _chat_for(limits, clock, 5)
    status = limits.status()
    assert (status.state, status.minutes_left, status.used_minutes) == (LimitState.TIME_UP, 0, 20)


def test_reaching_the_limit_records_one_event_a_day(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Asking again and again while time is up records `time_limit_reached` only once."""
    settings.set("daily_minutes", 5, child_id=child.id)
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 5)
    for _ in range(3):
        assert limits.status().state is LimitState.TIME_UP
    reached = [e for e in store.events.between() if e.kind == Kind.TIME_LIMIT_REACHED]
    assert len(reached) == 1
    assert dict(reached[0].details) == {
        "day": "2026-11-16",
        "allowed_minutes": 5,
        "used_minutes": 5,
    }


def test_extra_time_needs_an_unlocked_parent_and_survives_a_restart(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Locked: refused. Unlocked: 15 more minutes today, still there for a new TimeLimits."""
    settings.set("daily_minutes", 5, child_id=child.id)
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 5)
    with pytest.raises(ParentLocked):
        limits.grant_extra_time(Parent(is_locked=True), 15)
    with pytest.raises(ValueError, match="1 to 240"):
        limits.grant_extra_time(Parent(is_locked=False), 0)
    status = limits.grant_extra_time(Parent(is_locked=False), 15)
    assert (status.state, status.allowed_minutes, status.minutes_left) == (
        LimitState.ALLOWED,
        20,
        15,
    )
    limits.end_session()
    restarted = _limits(store, settings, child, clock).status()
    assert (restarted.used_minutes, restarted.extra_minutes) == (5, 15)
    kinds = [event.kind for event in store.events.between()]
    assert kinds.count(Kind.EXTRA_TIME_GRANTED) == 1


def test_running_out_again_after_extra_time_is_recorded_again(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """The report shows both: the limit, and the limit after the extra time."""
    settings.set("daily_minutes", 5, child_id=child.id)
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 5)
    limits.status()
    limits.grant_extra_time(Parent(is_locked=False), 5)
    _chat_for(limits, clock, 5)
    assert limits.status().state is LimitState.TIME_UP
    reached = [e for e in store.events.between() if e.kind == Kind.TIME_LIMIT_REACHED]
    assert [event.details["allowed_minutes"] for event in reached] == [5, 10]


def test_a_new_day_starts_from_zero(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Minutes belong to the day they were in, even in one long session across midnight."""
    settings.set("daily_minutes", 30, child_id=child.id)
    clock.set(datetime(2026, 11, 16, 23, 57, tzinfo=UTC))
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 6)
    status = limits.status()
    assert status.used_minutes == 3  # 00:00, 00:01, 00:02 on Tuesday
    monday = store.usage.sessions(
        child.id, datetime(2026, 11, 16, tzinfo=UTC), datetime(2026, 11, 17, tzinfo=UTC)
    )
    assert sum(session.active_seconds for session in monday) == 180


@pytest.mark.parametrize(
    ("moment", "quiet_until"),
    [
        (datetime(2026, 11, 16, 21, 0), datetime(2026, 11, 17, 7, 0)),  # Monday night
        (datetime(2026, 11, 17, 6, 59), datetime(2026, 11, 17, 7, 0)),  # before school Tuesday
        (datetime(2026, 11, 22, 20, 30), datetime(2026, 11, 23, 7, 0)),  # Sunday night
        (datetime(2026, 11, 16, 20, 29), None),  # just before
        (datetime(2026, 11, 17, 7, 0), None),  # just after
        (datetime(2026, 11, 20, 22, 0), None),  # Friday night is not a school night
        (datetime(2026, 11, 21, 6, 0), None),  # ... so Saturday morning is free too
    ],
)
def test_quiet_hours_on_school_nights_run_past_midnight(
    limits: TimeLimits, clock: FakeClock, moment: datetime, quiet_until: datetime | None
) -> None:
    """20:30 to 07:00, Sunday to Thursday nights: quiet, and when it ends."""
    clock.set(moment.replace(tzinfo=UTC))
    status = limits.status()
    if quiet_until is None:
        assert status.state is LimitState.ALLOWED
        assert status.quiet_until is None
    else:
        assert status.state is LimitState.QUIET_HOURS
        assert status.quiet_until == quiet_until.replace(tzinfo=UTC)


def test_extra_time_lifts_quiet_hours_for_that_long(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Ten extra minutes at 21:00 on a school night: allowed until 21:10, then quiet again."""
    settings.set("quiet_hours", SCHOOL_NIGHTS, child_id=child.id)
    clock.set(datetime(2026, 11, 16, 21, 0, tzinfo=UTC))
    limits = _limits(store, settings, child, clock)
    assert limits.grant_extra_time(Parent(is_locked=False), 10).state is LimitState.ALLOWED
    clock.advance(minutes=9, seconds=59)
    assert limits.status().state is LimitState.ALLOWED
    clock.advance(seconds=1)
    assert limits.status().state is LimitState.QUIET_HOURS


def test_quiet_hours_come_before_the_daily_limit(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Time used up and quiet hours at once: the quiet-hours screen says when Hoot opens."""
    settings.set("daily_minutes", 5, child_id=child.id)
    settings.set("quiet_hours", SCHOOL_NIGHTS, child_id=child.id)
    clock.set(datetime(2026, 11, 16, 20, 0, tzinfo=UTC))
    limits = _limits(store, settings, child, clock)
    _chat_for(limits, clock, 5)
    assert limits.status().state is LimitState.TIME_UP
    clock.set(datetime(2026, 11, 16, 20, 30, tzinfo=UTC))
    assert limits.status().state is LimitState.QUIET_HOURS
