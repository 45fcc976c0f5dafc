"""The alert queue: queued once per event and channel, retried when due, sent at most once."""

from __future__ import annotations

from datetime import timedelta

from app.store import AlertStatus, ChildProfile, Event, Severity, Store
from tests.unit.store.conftest import FakeClock


def _critical(store: Store, child: ChildProfile) -> Event:
    return store.events.record(
        child_id=child.id, category="self_harm", severity=Severity.CRITICAL, kind="crisis_card"
    )


def test_queueing_the_same_alert_twice_keeps_one(store: Store, child: ChildProfile) -> None:
    """A second enqueue (a retry after a crash) returns the existing alert."""
    event = _critical(store, child)
    first = store.alerts.enqueue(event.id, "email")
    again = store.alerts.enqueue(event.id, "email")
    desktop = store.alerts.enqueue(event.id, "desktop")
    assert again == first
    assert desktop.id != first.id
    assert len(store.alerts.for_event(event.id)) == 2


def test_an_alert_is_marked_sent_only_once(store: Store, child: ChildProfile) -> None:
    """The second sender learns it was already sent and must not send again."""
    alert = store.alerts.enqueue(_critical(store, child).id, "email")
    assert store.alerts.mark_sent(alert.id)
    assert not store.alerts.mark_sent(alert.id)
    sent = store.alerts.get(alert.id)
    assert sent.status is AlertStatus.SENT
    assert sent.attempts == 1
    assert store.alerts.due() == []


def test_a_failed_alert_waits_until_its_retry_time(
    store: Store, child: ChildProfile, clock: FakeClock
) -> None:
    """SMTP down: the alert stays queued and comes due again later."""
    alert = store.alerts.enqueue(_critical(store, child).id, "email")
    assert store.alerts.due() == [alert]
    failed = store.alerts.record_failure(alert.id, "smtp-refused", clock.now + timedelta(minutes=5))
    assert failed.attempts == 1
    assert failed.last_error == "smtp-refused"
    assert store.alerts.due() == []
    clock.advance(minutes=5)
    assert [due.id for due in store.alerts.due()] == [alert.id]


def test_giving_up_takes_the_alert_out_of_the_queue(store: Store, child: ChildProfile) -> None:
    """No retry time means the monitor gave up; the row stays for the record."""
    alert = store.alerts.enqueue(_critical(store, child).id, "email")
    assert store.alerts.record_failure(alert.id, "channel-off", None).status is AlertStatus.GIVEN_UP
    assert store.alerts.due() == []
