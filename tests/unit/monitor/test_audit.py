"""`hoot audit`: every safeguard listed, exit 1 when one is off or the event record was tampered."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import cli
from app.family.kdf import KdfParams
from app.family.pin import store_pin
from app.monitor import events as monitor_events
from app.monitor.audit import Status, run_audit
from app.safety.engine import check
from app.safety.verdict import Action, Severity, Verdict
from app.settings import Settings
from app.store import FilterOutcome, Store

CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def _set_up(data_dir: Path, *, with_pin: bool = True) -> None:
    """A family as set-up leaves it: a PIN, a child, some chatting with a few events."""
    with Store.open(data_dir) as store:
        if with_pin:
            store_pin(store, "4826", params=CHEAP, check_rules=False)
        child = store.profiles.add("Sam", "owl", 2016, 5)
        conversation = store.history.start_conversation(child.id, "8-10/test")
        for text in ("Why is the sky blue?", "you are a stupid idiot", "I want to kill myself"):
            verdict = check(text, "in", "8-10")
            message = store.history.add_user_message(
                conversation.id, verdict.text, FilterOutcome.from_verdict(verdict)
            )
            monitor_events.record_filter_verdict(
                store, child_id=child.id, verdict=verdict, direction="in", message_id=message.id
            )
            store.history.add_assistant_message(conversation.id, "A kind reply.")


def _audit(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    status = cli.main(["audit", *options])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_a_set_up_hoot_passes_the_audit_and_lists_each_safeguard(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0; each safeguard named with its state; the rate and an intact record."""
    _set_up(data_dir)
    status, out = _audit(capsys)
    assert status == 0, out
    for title in (
        "Age gate",
        "Parent PIN",
        "AI banner: Always shown above every chat; it cannot be turned off.",
        "Safety filters",
        "Child-safety instructions for the AI: Present for all 5 age groups.",
        "Encryption of saved chats: On (SQLCipher ",
        "Where the encryption key is kept: In this computer's password store.",
        "Alerts to the parent",
    ):
        assert title in out
    assert "Violation rate, last 30 days: 33.3% (2 of 6 messages" in out
    assert "Event record: intact (2 events checked)." in out
    assert "OFF" not in out
    assert "stupid" not in out
    assert "kill" not in out


def test_an_edited_event_row_fails_the_audit_and_names_the_event(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editing an event's details in the database: exit 1, and the message names that event."""
    _set_up(data_dir)
    with Store.open(data_dir) as store:
        _first, second = store.events.between()
        with store.database.transaction() as connection:
            connection.execute(
                "UPDATE events SET details = ? WHERE id = ?",
                ('{"action":"allow"}', second.id),
            )
    status, out = _audit(capsys)
    assert status == 1
    assert f"Event record: BROKEN. Event {second.id} was changed after it was recorded." in out
    assert "Something is off or broken" in out


def test_a_deleted_event_row_fails_the_audit_too(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Deleting the first event breaks the link of the one after it."""
    _set_up(data_dir)
    with Store.open(data_dir) as store:
        first, second = store.events.between()
        with store.database.transaction() as connection:
            connection.execute("DELETE FROM events WHERE id = ?", (first.id,))
    status, out = _audit(capsys, "--json")
    assert status == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert data["event_chain"]["first_broken_event_id"] == second.id
    assert data["event_chain"]["problem"] == "link-broken"


def test_without_a_pin_the_audit_says_so_and_fails(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No parent PIN is a safeguard that is off."""
    _set_up(data_dir, with_pin=False)
    status, out = _audit(capsys, "--json")
    assert status == 1
    states = {line["id"]: line["status"] for line in json.loads(out)["safeguards"]}
    assert states["parent_pin"] == "off"
    assert states["ai_banner"] == "on"


def test_before_set_up_the_audit_fails_without_creating_anything(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No database yet: say so, exit 1, and leave no new database behind."""
    status, out = _audit(capsys)
    assert status == 1
    assert "not set up" in out
    assert not (data_dir / "hoot.db").exists()


def test_alerts_switched_off_everywhere_is_off(store: Store, settings: Settings) -> None:
    """No e-mail and no desktop notices: alerts are off; desktop only is on with a note."""
    states = {line.id: line.status for line in run_audit(store, settings).safeguards}
    assert states["alerts"] is Status.NOTE
    settings.set("alerts.desktop", False)
    states = {line.id: line.status for line in run_audit(store, settings).safeguards}
    assert states["alerts"] is Status.OFF


def test_a_filter_that_lets_a_crisis_through_is_broken(
    store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The smoke check catches a filter that allows everything."""

    def allow_everything(text: str, *args: object, **kwargs: object) -> Verdict:
        return Verdict(Action.ALLOW, (), Severity.LOW, text)

    monkeypatch.setattr("app.safety.engine.check", allow_everything)
    (filters,) = [line for line in run_audit(store, settings).safeguards if line.id == "filters"]
    assert filters.status is Status.BROKEN
    assert "did not block" in filters.detail


def test_the_violation_rate_covers_the_last_30_days_only(store: Store, settings: Settings) -> None:
    """A blocked message 31 days ago no longer counts."""
    child = store.profiles.add("Ana", "owl", 2015, 3)
    conversation = store.history.start_conversation(child.id, "8-10/test")
    blocked = FilterOutcome("block", ("bullying",), Severity.MEDIUM)
    store.history.add_user_message(conversation.id, "x", blocked)
    later = datetime(2026, 12, 18, 9, 0, tzinfo=UTC)  # 32 days after the store's clock
    assert run_audit(store, settings).violation_rate.flagged_messages == 1
    assert run_audit(store, settings, now=later).violation_rate.all_messages == 0
