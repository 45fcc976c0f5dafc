"""Wrong-try lockout: 5 wrong tries lock for 1 minute, each later lockout doubles, up to 1 hour.

Pure rules over a `LockoutState`; callers persist it (the PIN row in the store, or the guard
record in the keyring). Time is measured so that a clock set backwards never shortens a
lockout and never stretches it either:

- Within one boot, elapsed time comes from the boot clock (Linux `CLOCK_BOOTTIME`, which also
  counts suspend), so changing the wall clock does nothing at all.
- Across a restart (or where there is no boot clock), elapsed time is the wall clock's advance
  since the state was last observed, never less than zero. Each observation re-anchors the
  state (`observe`), so after a clock set back the lockout simply carries on from what was left.

A clock set *forwards* and a restart together can shorten a lockout: setting the clock needs an
administrator account, which a child should not have.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

#: Wrong tries in a row that start a lockout.
TRIES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT_SECONDS = 60
LONGEST_LOCKOUT_SECONDS = 3600

_BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")


@dataclass(frozen=True)
class BootReading:
    """Which boot this is (None when unknown) and seconds since it began, suspend included."""

    boot_id: str | None
    seconds: float


class LockoutClock(Protocol):
    """The two clocks the lockout reads; tests pass a fake that can be set back or rebooted."""

    def wall(self) -> datetime: ...

    def boot(self) -> BootReading: ...


def _read_boot_id() -> str | None:
    try:
        return _BOOT_ID_FILE.read_text(encoding="ascii").strip() or None
    except OSError:
        return None


class SystemClock:
    """The real clocks: UTC wall time, and on Linux the boot id with `CLOCK_BOOTTIME`."""

    def __init__(self, read_boot_id: Callable[[], str | None] = _read_boot_id) -> None:
        self._boot_id = read_boot_id() if hasattr(time, "CLOCK_BOOTTIME") else None

    def wall(self) -> datetime:
        return datetime.now(UTC)

    def boot(self) -> BootReading:
        if self._boot_id is None:
            # Elsewhere the monotonic clocks stop during sleep or restart per process: use the
            # wall-clock rule, which still refuses to let a backwards clock shorten a lockout.
            return BootReading(None, 0.0)
        return BootReading(self._boot_id, time.clock_gettime(time.CLOCK_BOOTTIME))


SYSTEM_CLOCK: LockoutClock = SystemClock()


@dataclass(frozen=True)
class LockoutState:
    """Wrong tries since the last lockout or success, and the lockout now running (if any)."""

    failed_attempts: int = 0
    #: Estimated end of the running lockout on the wall clock at `seen_at`.
    locked_until: datetime | None = None
    #: Length of the current (or last) lockout; the next one is twice as long.
    lockout_seconds: int = 0
    last_failure_at: datetime | None = None
    #: Wall clock when the state was last observed (the anchor for `locked_until`).
    seen_at: datetime | None = None
    #: Boot id and boot-clock seconds at that same observation.
    boot_id: str | None = None
    boot_seconds: float | None = None


@dataclass(frozen=True)
class Attempt:
    """A try counted before the secret is checked (so parallel guesses cannot slip through)."""

    state: LockoutState
    #: This try was the one that reached the limit: the lockout already runs, and stays unless
    #: the secret turns out to be right.
    started_lockout: bool
    tries_left: int


def seconds_left(state: LockoutState, clock: LockoutClock) -> float:
    """How long the lockout still runs (0 when none)."""
    if state.locked_until is None:
        return 0.0
    anchor = state.seen_at or state.locked_until
    left_then = max(0.0, (state.locked_until - anchor).total_seconds())
    return max(0.0, left_then - _elapsed_since_seen(state, clock))


def _elapsed_since_seen(state: LockoutState, clock: LockoutClock) -> float:
    reading = clock.boot()
    if (
        reading.boot_id is not None
        and reading.boot_id == state.boot_id
        and state.boot_seconds is not None
    ):
        return max(0.0, reading.seconds - state.boot_seconds)
    if state.seen_at is None:
        return 0.0
    return max(0.0, (clock.wall() - state.seen_at).total_seconds())


def observe(state: LockoutState, clock: LockoutClock) -> LockoutState:
    """The same state re-anchored to now: what is left of the lockout stays what is left."""
    wall = clock.wall()
    reading = clock.boot()
    left = seconds_left(state, clock)
    return dataclasses.replace(
        state,
        locked_until=wall + timedelta(seconds=left) if left > 0 else None,
        seen_at=wall,
        boot_id=reading.boot_id,
        boot_seconds=reading.seconds if reading.boot_id is not None else None,
    )


def needs_reanchoring(state: LockoutState, clock: LockoutClock) -> bool:
    """True when a running lockout should be saved re-anchored: the wall clock went back, or
    this is another boot. (Saving on every look would write the store once a second.)"""
    if state.locked_until is None or state.seen_at is None:
        return False
    return clock.wall() < state.seen_at or clock.boot().boot_id != state.boot_id


def next_lockout_seconds(previous: int) -> int:
    if previous <= 0:
        return FIRST_LOCKOUT_SECONDS
    return min(LONGEST_LOCKOUT_SECONDS, previous * 2)


def count_attempt(state: LockoutState, clock: LockoutClock) -> Attempt:
    """Count one try against the limit; the caller checks the secret only after saving this.

    Raises nothing: the caller must first make sure no lockout is running (`seconds_left`).
    """
    current = observe(state, clock)
    failures = current.failed_attempts + 1
    if failures < TRIES_BEFORE_LOCKOUT:
        counted = dataclasses.replace(current, failed_attempts=failures)
        return Attempt(counted, started_lockout=False, tries_left=TRIES_BEFORE_LOCKOUT - failures)
    length = next_lockout_seconds(current.lockout_seconds)
    locked = dataclasses.replace(
        current,
        failed_attempts=0,
        locked_until=clock.wall() + timedelta(seconds=length),
        lockout_seconds=length,
    )
    return Attempt(locked, started_lockout=True, tries_left=0)


def record_failure(state: LockoutState, clock: LockoutClock) -> LockoutState:
    """The counted try was wrong: note when (the count itself was saved before checking)."""
    return dataclasses.replace(state, last_failure_at=clock.wall())


def record_success(state: LockoutState, clock: LockoutClock) -> LockoutState:
    """The secret was right: forget wrong tries and lockouts, including one this try started."""
    return dataclasses.replace(
        observe(state, clock),
        failed_attempts=0,
        locked_until=None,
        lockout_seconds=0,
    )
