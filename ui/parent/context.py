"""What every page of the parent area works with: the store, settings, policy and the session."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.family.access import ParentSession
from app.family.kdf import DEFAULT_PARAMS, KdfParams
from app.family.lockout import SYSTEM_CLOCK, LockoutClock
from app.policy import MachinePolicy
from app.settings import Settings
from app.store import Store


def local_now() -> datetime:
    return datetime.now().astimezone()


def system_tray_available() -> bool:
    """True when this desktop can show Hoot's desktop alerts (it has a notification area)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


@dataclass
class ParentContext:
    """Shared by the window and its pages. `session` is replaced each time the PIN unlocks the
    area again; pages read it at the moment they act, never keep their own copy."""

    store: Store
    settings: Settings
    policy: MachinePolicy | None
    session: ParentSession
    #: Makes the backend "Test connection" talks to (`app.family.connection.check_connection`'s
    #: `backend`); None: the real Anthropic SDK.
    backend_factory: Callable[[Any], Any] | None = None
    clock: LockoutClock = SYSTEM_CLOCK
    session_clock: Callable[[], float] = time.monotonic
    params: KdfParams = DEFAULT_PARAMS
    now: Callable[[], datetime] = field(default=local_now)
    #: Asked on the GUI thread: can desktop alerts be shown here? (Replaced in tests.)
    tray_available: Callable[[], bool] = field(default=system_tray_available)

    def today(self) -> date:
        return self.now().date()
