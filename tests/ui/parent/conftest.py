"""Fixtures for the parent area: a set-up Hoot (cheap PIN hashing), a session, sample children."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.family.access import ParentSession
from app.family.consent import ConsentAnswers
from app.family.first_run import NewChild, SetupPlan, complete_setup
from app.family.kdf import KdfParams
from app.family.lockout import BootReading
from app.settings import Settings
from app.store import ChildProfile, Store

#: argon2id at its lowest costs: these tests check the screens, not the slowness.
CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
#: A PIN that passes the rules.
GOOD_PIN = "583920"


class FakeTime:
    """The wall clock and boot clock the lockout reads, and the session's idle clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.boot_seconds = 1000.0
        self.monotonic = 5000.0

    def wall(self) -> datetime:
        return self.now

    def boot(self) -> BootReading:
        return BootReading("boot-1", self.boot_seconds)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.boot_seconds += seconds
        self.monotonic += seconds

    def session_clock(self) -> float:
        return self.monotonic

    def store_clock(self) -> datetime:
        return self.now


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(data_dir: Path, fake_time: FakeTime) -> Iterator[Store]:
    """A set-up Hoot with the PIN GOOD_PIN and two children, Sam (10) and Ava (6)."""
    opened = Store.open(data_dir, clock=fake_time.store_clock)
    complete_setup(
        opened,
        SetupPlan(
            pin=GOOD_PIN,
            consent=ConsentAnswers.all_confirmed(),
            children=(NewChild("Sam", 2016, 5, "owl"), NewChild("Ava", 2020, 3, "fox")),
        ),
        params=CHEAP,
        clock=fake_time,
        session_clock=fake_time.session_clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def settings(store: Store) -> Settings:
    return Settings(store.settings)


@pytest.fixture
def session(fake_time: FakeTime) -> ParentSession:
    """An unlocked parent session on the fake idle clock."""
    return ParentSession(clock=fake_time.session_clock)


@pytest.fixture
def sam(store: Store) -> ChildProfile:
    found = store.profiles.find_by_nickname("Sam")
    assert found is not None
    return found


@pytest.fixture
def ava(store: Store) -> ChildProfile:
    found = store.profiles.find_by_nickname("Ava")
    assert found is not None
    return found
