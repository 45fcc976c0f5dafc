"""Fixtures for monitor tests: a clock moved by hand, an open store, settings and children."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.settings import Settings
from app.store import ChildProfile, Store

#: Monday of ISO week 2026-W47, 09:00 UTC.
WEEK_START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand; the store and the monitor both read it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def set(self, moment: datetime) -> None:
        self.now = moment


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(WEEK_START)


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    """A freshly created encrypted store in the test's own data folder."""
    opened = Store.open(data_dir, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def settings(store: Store) -> Settings:
    return Settings(store.settings)


@pytest.fixture
def child(store: Store) -> ChildProfile:
    """Sam, aged 10 in November 2026 (band 8-10)."""
    return store.profiles.add("Sam", "owl", 2016, 5)
