"""Events with severity, and the hash chain that shows when one was edited or deleted."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.store import ChainProblem, ChildProfile, Event, Severity, Store
from app.store.events import GENESIS_HASH, EventKind
from tests.unit.store.conftest import FakeClock


def _record(store: Store, child: ChildProfile, severity: Severity = Severity.LOW) -> Event:
    return store.events.record(
        child_id=child.id,
        category="pii",
        severity=severity,
        kind="filter_redact",
        details={"rule": "phone", "count": 1},
    )


def test_events_form_a_chain_from_the_genesis_hash(store: Store, child: ChildProfile) -> None:
    """Each event points at the one before; the first at 64 zeros."""
    first, second = _record(store, child), _record(store, child)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash
    check = store.events.verify_chain()
    assert check.intact
    assert check.checked == 2


def test_an_empty_chain_is_intact(store: Store) -> None:
    """No events yet is not a problem."""
    assert store.events.verify_chain().intact


def test_an_edited_event_is_detected_at_that_event(store: Store, child: ChildProfile) -> None:
    """Lowering a severity by hand breaks that event's hash."""
    events = [_record(store, child, Severity.CRITICAL) for _ in range(3)]
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET severity = 'low' WHERE id = ?", (events[1].id,))
    check = store.events.verify_chain()
    assert not check.intact
    assert check.first_broken_event_id == events[1].id
    assert check.problem is ChainProblem.EDITED


def test_garbled_details_are_detected_not_crashed_on(store: Store, child: ChildProfile) -> None:
    """Invalid JSON typed into the details column reads as an edit."""
    event = _record(store, child)
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET details = '{oops' WHERE id = ?", (event.id,))
    assert store.events.verify_chain().problem is ChainProblem.EDITED
    assert store.events.get(event.id).details == {"unparsable": "{oops"}


def test_a_deleted_event_breaks_the_next_link(store: Store, child: ChildProfile) -> None:
    """Removing an event from the middle is reported at the event after it."""
    events = [_record(store, child) for _ in range(3)]
    with store.database.transaction() as connection:
        connection.execute("DELETE FROM events WHERE id = ?", (events[1].id,))
    check = store.events.verify_chain()
    assert check.problem is ChainProblem.LINK_BROKEN
    assert check.first_broken_event_id == events[2].id


def test_deleting_the_newest_event_is_detected_too(store: Store, child: ChildProfile) -> None:
    """The stored head and length catch a removed tail."""
    events = [_record(store, child) for _ in range(3)]
    with store.database.transaction() as connection:
        connection.execute("DELETE FROM events WHERE id = ?", (events[-1].id,))
    assert store.events.verify_chain().problem is ChainProblem.HEAD_MISMATCH


def test_removing_a_linked_message_does_not_break_the_chain(
    store: Store, child: ChildProfile
) -> None:
    """The message link is outside the hash: retention clearing it is not tampering."""
    conversation = store.history.start_conversation(child.id, "v1")
    message = store.history.add_user_message(conversation.id, "my number is hidden")
    event = store.events.record(
        child_id=child.id,
        category="pii",
        severity=Severity.MEDIUM,
        kind="filter_redact",
        message_id=message.id,
    )
    assert store.events.for_message(message.id) == [event]
    with store.database.transaction() as connection:
        connection.execute("DELETE FROM messages WHERE id = ?", (message.id,))
    assert store.events.get(event.id).message_id is None
    assert store.events.verify_chain().intact


def test_events_are_listed_by_child_time_and_severity(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """Reports ask for a child's events in a week, or only the serious ones."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    start = clock.now
    low = _record(store, child, Severity.LOW)
    clock.advance(days=1)
    high = _record(store, child, Severity.HIGH)
    _record(store, other, Severity.CRITICAL)
    clock.advance(days=7)
    later = _record(store, child, Severity.CRITICAL)

    assert store.events.for_child(child.id) == [low, high, later]
    week = store.events.for_child(child.id, since=start, until=start + timedelta(days=7))
    assert week == [low, high]
    assert store.events.for_child(child.id, min_severity=Severity.HIGH) == [high, later]
    assert len(store.events.between(start, clock.now)) == 3


def test_severity_is_stored_as_its_lower_case_name(store: Store, child: ChildProfile) -> None:
    """The database and exports say "critical", the same word the filter's JSON uses."""
    event = _record(store, child, Severity.CRITICAL)
    assert store.database.scalar("SELECT severity FROM events WHERE id = ?", (event.id,)) == (
        "critical"
    )


def test_tampering_before_a_removal_stays_on_the_record(store: Store, child: ChildProfile) -> None:
    """Re-linking after a deletion notes that the chain was already broken; nothing is hidden."""
    events = [_record(store, child) for _ in range(3)]
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET kind = 'nothing' WHERE id = ?", (events[0].id,))
        removed = store.events.remove_and_reanchor(
            connection, "id = ?", (events[2].id,), kind=EventKind.HISTORY_PURGED, details={}
        )
    assert removed == 1
    record = store.events.between()[-1]
    assert record.details["chain_intact_before"] is False
    assert record.details["first_broken_before"] == events[0].id


@pytest.mark.parametrize("bad", [float("nan"), {1, 2}])
def test_details_must_be_plain_json(store: Store, child: ChildProfile, bad: object) -> None:
    """Details are hashed as canonical JSON, so non-JSON values are refused up front."""
    with pytest.raises((ValueError, TypeError)):
        store.events.record(
            child_id=child.id, category="x", severity=Severity.LOW, kind="x", details={"v": bad}
        )
    assert store.events.verify_chain().intact
