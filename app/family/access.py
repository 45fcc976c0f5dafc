"""Getting into the parent area: `unlock` with the PIN, and the idle-locking `ParentSession`.

Every parent-only path (the parent area, `hoot data`, `hoot report`) unlocks through here, so
wrong PINs from a window and from a command count toward the same lockout.

Exit codes of headless commands that ask for the PIN (`unlock_from_stdin`):

- 2: no PIN on standard input
- 3: wrong PIN (`WrongPin`)
- 4: locked out after too many wrong PINs (`LockedOut`)
- 5: Hoot is not set up yet, so there is no PIN (`NoPinSet`)
"""

from __future__ import annotations

import getpass
import sys
import time
from collections.abc import Callable
from typing import TextIO

from app.family.errors import LockedOut, NoPinSet, SessionLocked, WrongPin
from app.family.kdf import DEFAULT_PARAMS, KdfParams
from app.family.lockout import SYSTEM_CLOCK, LockoutClock
from app.family.pin import ACCESS_CATEGORY, Via, store_pin, verify_pin
from app.store import Severity, Store
from app.text import words

__all__ = [
    "EXIT_LOCKED_OUT",
    "EXIT_NOT_SET_UP",
    "EXIT_NO_PIN_GIVEN",
    "EXIT_WRONG_PIN",
    "IDLE_LOCK_SECONDS",
    "LockedOut",
    "NoPinGiven",
    "NoPinSet",
    "ParentSession",
    "SessionLocked",
    "WrongPin",
    "change_pin",
    "read_pin_from_stdin",
    "unlock",
    "unlock_from_stdin",
]

EXIT_NO_PIN_GIVEN = 2
EXIT_WRONG_PIN = 3
EXIT_LOCKED_OUT = 4
EXIT_NOT_SET_UP = 5

#: The parent area locks itself after this long without a touch.
IDLE_LOCK_SECONDS = 300.0


class ParentSession:
    """Proof that the parent PIN was given; locks after 5 idle minutes or on `lock()`.

    Parent-only operations take a session and call `require_unlocked()`. The UI calls `touch()`
    on each click or key press in the parent area. A locked session stays locked: unlock again.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: float = IDLE_LOCK_SECONDS,
    ) -> None:
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._last_touch = clock()
        self._locked = False

    @property
    def is_locked(self) -> bool:
        if not self._locked and self._clock() - self._last_touch >= self._idle_seconds:
            self._locked = True
        return self._locked

    @property
    def seconds_until_idle_lock(self) -> float:
        if self.is_locked:
            return 0.0
        return max(0.0, self._idle_seconds - (self._clock() - self._last_touch))

    def touch(self) -> None:
        """The parent did something: the idle time starts again (not after it locked)."""
        if not self.is_locked:
            self._last_touch = self._clock()

    def lock(self) -> None:
        """ "Lock now", closing the parent area, or the end of a headless command."""
        self._locked = True

    def require_unlocked(self) -> None:
        """Raise `SessionLocked` when the session has locked; otherwise count as activity."""
        if self.is_locked:
            raise SessionLocked()
        self.touch()


def unlock(
    store: Store,
    pin_text: str,
    *,
    clock: LockoutClock = SYSTEM_CLOCK,
    session_clock: Callable[[], float] = time.monotonic,
    via: Via = "window",
    params: KdfParams = DEFAULT_PARAMS,
) -> ParentSession:
    """A new `ParentSession` when `pin_text` is the parent PIN.

    Raises `WrongPin(tries_left)`, `LockedOut(until, seconds_left)` or `NoPinSet`; each has
    `message()` for the parent. Takes about 0.3 s (the PIN hash is slow on purpose): call it off
    the GUI thread.
    """
    verify_pin(store, pin_text, clock=clock, via=via, params=params)
    return ParentSession(clock=session_clock)


PIN_CHANGED_EVENT = "pin_changed"


def change_pin(
    store: Store,
    session: ParentSession,
    new_pin: str,
    *,
    clock: LockoutClock = SYSTEM_CLOCK,
    params: KdfParams = DEFAULT_PARAMS,
) -> None:
    """The parent area's "Change PIN": `PinRefused` (with the reason) for an easy PIN.

    The recovery code stays valid; the keyring guard learns the new PIN's hash.
    """
    session.require_unlocked()
    store_pin(store, new_pin, params=params, clock=clock, today=clock.wall().date())
    store.events.record(
        child_id=None,
        category=ACCESS_CATEGORY,
        severity=Severity.LOW,
        kind=PIN_CHANGED_EVENT,
        at=clock.wall(),
    )


class NoPinGiven(ValueError):
    """Standard input was empty: the command had no PIN to check."""


def read_pin_from_stdin(stream: TextIO | None = None) -> str:
    """The PIN from the first line of standard input (or typed unseen at a terminal).

    Only the line ending is removed; `unlock` and the PIN rules ignore outer spaces themselves.
    Raises `NoPinGiven` when there is nothing.
    """
    source = sys.stdin if stream is None else stream
    if source.isatty():
        text = getpass.getpass(words("family.cli.pin_prompt"), stream=sys.stderr)
    else:
        text = source.readline().rstrip("\r\n")
    if not text.strip():
        raise NoPinGiven("no PIN on standard input")
    return text


def unlock_from_stdin(
    store: Store,
    *,
    stream: TextIO | None = None,
    errors: TextIO | None = None,
    clock: LockoutClock = SYSTEM_CLOCK,
) -> ParentSession | int:
    """For headless commands: read the PIN from stdin and unlock, or tell the parent why not on
    stderr and return the exit code (2 no PIN, 3 wrong PIN, 4 locked out, 5 not set up)."""
    err = sys.stderr if errors is None else errors
    try:
        pin_text = read_pin_from_stdin(stream)
    except NoPinGiven:
        print(words("family.cli.no_pin_given"), file=err)
        return EXIT_NO_PIN_GIVEN
    try:
        return unlock(store, pin_text, clock=clock, via="command")
    except WrongPin as wrong:
        print(wrong.message(), file=err)
        return EXIT_WRONG_PIN
    except LockedOut as locked:
        print(locked.message(), file=err)
        return EXIT_LOCKED_OUT
    except NoPinSet as missing:
        print(missing.message(), file=err)
        return EXIT_NOT_SET_UP
