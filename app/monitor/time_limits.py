"""Daily time limits and quiet hours: may this child chat now, counting active minutes only.

A minute counts once when the child typed in it or a reply streamed in it (`record_activity`);
an idle open window counts nothing. Usage is kept per local day in the store's usage sessions,
so a restart keeps the day's total. States: `allowed`, `warn` (five minutes or less left),
`time_up`, `quiet_hours`. The parent grants extra time with the PIN: the minutes are added to
today's allowance and lift quiet hours for that long. Grants are events, so they survive a
restart and appear in the report; so does the first time each day the limit is reached.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Protocol

from app.monitor.events import Kind, record_extra_time, record_time_limit_reached
from app.settings import DAYS, Settings
from app.store import Event, Store

#: The warning comes when this many minutes (or fewer) are left.
WARN_MINUTES = 5
#: The most extra time one grant can give.
MAX_EXTRA_MINUTES = 240

Clock = Callable[[], datetime]


class LimitState(StrEnum):
    ALLOWED = "allowed"
    #: Five minutes or less left: the UI shows a gentle warning.
    WARN = "warn"
    #: Today's minutes are used up: the UI shows "Time's up for today".
    TIME_UP = "time_up"
    #: Inside the quiet hours the parent set (e.g. school nights after 20:30).
    QUIET_HOURS = "quiet_hours"


@dataclass(frozen=True)
class LimitStatus:
    """Where a child stands now; the UI decides what to show from `state`."""

    state: LimitState
    used_minutes: int
    #: Today's allowance including extra time; None when there is no daily limit.
    allowed_minutes: int | None
    minutes_left: int | None
    #: When the current quiet hours end (only in `quiet_hours`).
    quiet_until: datetime | None
    extra_minutes: int


@dataclass(frozen=True)
class QuietHours:
    """Closed from `start` to `end` on each of `days` (the day the quiet time begins).

    An `end` before `start` runs past midnight ("20:30" to "07:00"); equal times mean the
    whole day.
    """

    start: time
    end: time
    #: Weekday numbers, Monday = 0.
    days: frozenset[int]

    @classmethod
    def from_setting(cls, value: Mapping[str, Any] | None) -> QuietHours | None:
        if not value:
            return None
        return cls(
            start=time.fromisoformat(str(value["start"])),
            end=time.fromisoformat(str(value["end"])),
            days=frozenset(DAYS.index(day) for day in value.get("days", DAYS)),
        )

    def ends_at(self, local_now: datetime) -> datetime | None:
        """When the quiet time around `local_now` ends, or None when it is not quiet."""
        for begins_on in (local_now.date(), local_now.date() - timedelta(days=1)):
            if begins_on.weekday() not in self.days:
                continue
            start = datetime.combine(begins_on, self.start, tzinfo=local_now.tzinfo)
            end = datetime.combine(begins_on, self.end, tzinfo=local_now.tzinfo)
            if end <= start:
                end += timedelta(days=1)
            if start <= local_now < end:
                return end
        return None


class UnlockedParent(Protocol):
    """Anything that says whether the parent area is unlocked (the family's `ParentSession`)."""

    @property
    def is_locked(self) -> bool: ...


class ParentLocked(PermissionError):
    """Extra time needs the parent's PIN first."""


class TimeLimits:
    """One child's time today. Use from the chat's worker; the clock is injectable for tests.

    `clock` should be the store's clock (the default), since usage sessions are stamped by it.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        child_id: int,
        *,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._child_id = child_id
        self._clock = clock or store.database.clock
        self._tz = tz
        self._session_id: int | None = None
        self._session_day: date | None = None
        self._last_minute: datetime | None = None
        self._last_status: LimitStatus | None = None

    def status(self) -> LimitStatus:
        """The state now; reaching the limit the first time today records an event."""
        now = self._clock()
        local = now.astimezone(self._tz)
        today = local.date()
        since, until = self._day_bounds(today)
        today_events = self._store.events.for_child(self._child_id, since=since, until=until)
        grants = [
            event
            for event in today_events
            if event.kind == Kind.EXTRA_TIME_GRANTED
            and event.details.get("day") == today.isoformat()
        ]
        extra = sum(int(event.details.get("minutes", 0)) for event in grants)
        used = self._used_seconds(since, until) // 60
        daily = self._settings.get("daily_minutes", self._child_id)
        allowed = None if daily is None else int(daily) + extra
        left = None if allowed is None else max(allowed - used, 0)

        quiet = QuietHours.from_setting(self._settings.get("quiet_hours", self._child_id))
        quiet_end = quiet.ends_at(local) if quiet else None
        if quiet_end is not None and _lifted(grants, now):
            quiet_end = None
        if quiet_end is not None:
            state = LimitState.QUIET_HOURS
        elif left is not None and left <= 0:
            state = LimitState.TIME_UP
        elif left is not None and left <= WARN_MINUTES:
            state = LimitState.WARN
        else:
            state = LimitState.ALLOWED
        if state is LimitState.TIME_UP and allowed is not None:
            self._note_limit_reached(today_events, today, allowed, used)
        status = LimitStatus(state, used, allowed, left, quiet_end, extra)
        self._last_status = status
        return status

    def record_activity(self) -> LimitStatus:
        """The child typed, or a reply streamed: count this minute if it is not counted yet.

        Cheap when called often: within a minute already counted it returns the last status.
        """
        now = self._clock()
        minute = now.replace(second=0, microsecond=0)
        if minute == self._last_minute and self._last_status is not None:
            return self._last_status
        self._last_minute = minute
        session_id = self._session_for(now.astimezone(self._tz).date())
        self._store.usage.add_active_seconds(session_id, 60)
        return self.status()

    def grant_extra_time(self, parent: UnlockedParent, minutes: int) -> LimitStatus:
        """Give `minutes` more today and lift quiet hours as long; needs an unlocked parent."""
        if parent.is_locked:
            raise ParentLocked("the parent area is locked")
        if not 1 <= minutes <= MAX_EXTRA_MINUTES:
            raise ValueError(f"extra time must be 1 to {MAX_EXTRA_MINUTES} minutes")
        now = self._clock()
        record_extra_time(
            self._store,
            child_id=self._child_id,
            minutes=minutes,
            day=now.astimezone(self._tz).date(),
            at=now,
        )
        return self.status()

    def end_session(self) -> None:
        """The child left (switched profile, closed Hoot)."""
        if self._session_id is not None:
            self._store.usage.end(self._session_id)
        self._session_id = None
        self._session_day = None

    def _session_for(self, today: date) -> int:
        # A new session each local day, so every counted minute belongs to the day it was in.
        if self._session_id is None or self._session_day != today:
            self.end_session()
            self._session_id = self._store.usage.start(self._child_id).id
            self._session_day = today
        return self._session_id

    def _used_seconds(self, since: datetime, until: datetime) -> int:
        sessions = self._store.usage.sessions(self._child_id, since, until)
        return sum(session.active_seconds for session in sessions)

    def _day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return day_bounds(day, self._tz)

    def _note_limit_reached(
        self, today_events: list[Event], today: date, allowed: int, used: int
    ) -> None:
        # Once per allowance: a grant of extra time that runs out again is worth a new line.
        if any(
            event.kind == Kind.TIME_LIMIT_REACHED
            and event.details.get("allowed_minutes") == allowed
            for event in today_events
        ):
            return
        record_time_limit_reached(
            self._store,
            child_id=self._child_id,
            day=today,
            allowed_minutes=allowed,
            used_minutes=used,
            at=self._clock(),
        )


def day_bounds(day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """Local midnight at the start of `day` and of the next day, as aware datetimes."""
    start = datetime.combine(day, time())
    end = datetime.combine(day + timedelta(days=1), time())
    if tz is None:
        return start.astimezone(), end.astimezone()
    return start.replace(tzinfo=tz), end.replace(tzinfo=tz)


def _lifted(grants: list[Event], now: datetime) -> bool:
    return any(
        event.occurred_at
        <= now
        < event.occurred_at + timedelta(minutes=int(event.details["minutes"]))
        for event in grants
    )
