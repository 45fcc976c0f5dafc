"""Usage sessions for time limits and reports, and lesson progress."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.store import ChildProfile, LessonStatus, Store
from tests.unit.store.conftest import FakeClock


def test_active_time_adds_up_within_a_session(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """Active seconds grow as the child chats; ending stamps the time once."""
    session = store.usage.start(child.id)
    store.usage.add_active_seconds(session.id, 90)
    clock.advance(minutes=10)
    ended = store.usage.add_active_seconds(session.id, 30)
    ended = store.usage.end(session.id)
    assert ended.active_seconds == 120
    assert ended.ended_at == clock.now
    clock.advance(minutes=1)
    assert store.usage.end(session.id).ended_at == ended.ended_at


def test_active_time_never_shrinks(store: Store, child: ChildProfile) -> None:
    """Negative time is a bug in the caller."""
    session = store.usage.start(child.id)
    with pytest.raises(ValueError, match="grows"):
        store.usage.add_active_seconds(session.id, -5)


def test_sessions_are_listed_for_a_period(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """A week's sessions, not earlier ones."""
    store.usage.start(child.id)
    clock.advance(days=8)
    start = clock.now
    recent = store.usage.start(child.id)
    assert store.usage.sessions(child.id, start, start + timedelta(days=7)) == [recent]


def test_a_completed_lesson_stays_completed(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """Opening a finished lesson again does not undo it."""
    store.lessons.mark_started(child.id, "what-is-ai")
    done = store.lessons.mark_completed(child.id, "what-is-ai")
    clock.advance(days=1)
    again = store.lessons.mark_started(child.id, "what-is-ai")
    assert again.status is LessonStatus.COMPLETED
    assert again.completed_at == done.completed_at
    assert [progress.lesson_id for progress in store.lessons.progress(child.id)] == ["what-is-ai"]
