"""Fixtures for store tests: a controllable clock, an open store, and a child profile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.store import ChildProfile, Store


class FakeClock:
    """A clock the test moves by hand; every store call reads it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    """A freshly created encrypted store in the test's own data folder."""
    opened = Store.open(data_dir, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def child(store: Store) -> ChildProfile:
    return store.profiles.add("Mia", "owl", 2016, 5)
