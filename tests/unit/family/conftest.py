"""Fixtures for family tests: clocks a test can move, set back or reboot, cheap hashing, a store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.family.kdf import KdfParams
from app.family.lockout import BootReading
from app.store import Store

#: argon2id at its lowest costs: the tests check the rules, not the slowness.
CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
#: A PIN that passes the rules; tests search files and output for it.
GOOD_PIN = "583920"


def use_no_keyring() -> None:
    """Make this process see no keyring backend, as on a bare Linux lab machine (the shared
    fixture restores the in-memory one afterwards)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]


class FakeTime:
    """The wall clock and the boot clock of a pretend computer.

    `advance` moves both (real time passing); `set_wall_back` moves only the wall clock (a
    child changing the clock); `reboot` starts a new boot with its clock at zero.
    """

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.boot_id: str | None = "boot-1"
        self.boot_seconds = 1000.0
        self.monotonic = 5000.0

    def wall(self) -> datetime:
        return self.now

    def boot(self) -> BootReading:
        return BootReading(self.boot_id, self.boot_seconds)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.boot_seconds += seconds
        self.monotonic += seconds

    def set_wall_back(self, seconds: float) -> None:
        self.now -= timedelta(seconds=seconds)

    def reboot(self, boot_id: str | None = None) -> None:
        number = int((self.boot_id or "boot-1").split("-")[1]) + 1
        self.boot_id = boot_id if boot_id is not None else f"boot-{number}"
        self.boot_seconds = 0.0

    def store_clock(self) -> datetime:
        return self.now

    def session_clock(self) -> float:
        return self.monotonic


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(data_dir: Path, fake_time: FakeTime) -> Iterator[Store]:
    """A fresh encrypted store whose record times follow `fake_time`."""
    opened = Store.open(data_dir, clock=fake_time.store_clock)
    yield opened
    opened.close()
