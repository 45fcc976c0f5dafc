"""A chat turn the filter flags reaches the parent: a chained event and a queued alert."""

from __future__ import annotations

from app.age_bands import AgeBand
from app.chat.backends import CancelToken
from app.chat.conversation import ChildContext, Conversation
from app.monitor.chat_events import ChatMonitor
from app.settings import Settings
from app.store import Store
from tests.fakes.scripted_backend import ScriptedBackend


def test_crisis_in_chat_records_a_critical_event_and_queues_an_alert(store: Store) -> None:
    """'I want to die' in the chat: one critical event, chained, and an alert waiting."""
    settings = Settings(store.settings)
    child = store.profiles.add("Ava", "owl", 2015, 1)
    queued: list[bool] = []
    monitor = ChatMonitor(
        store, settings, help_region="GB", on_alerts_queued=lambda: queued.append(True)
    )
    conversation = Conversation(
        ScriptedBackend(),
        "prompt",
        ChildContext(child.id, AgeBand.AGES_8_10, "GB"),
        store=store,
        events=monitor,
    )
    conversation.send("i want to die", CancelToken(), lambda _event: None)
    events = store.events.for_child(child.id)
    assert [e.severity.label for e in events] == ["critical"]
    assert queued == [True]
    assert store.events.verify_chain().intact


def test_allowed_turns_record_nothing(store: Store) -> None:
    """An ordinary question leaves no event and no alert."""
    settings = Settings(store.settings)
    child = store.profiles.add("Ava", "owl", 2015, 1)
    monitor = ChatMonitor(store, settings)
    conversation = Conversation(
        ScriptedBackend(), "p", ChildContext(child.id), store=store, events=monitor
    )
    conversation.send("why is the sky blue", CancelToken(), lambda _event: None)
    assert store.events.for_child(child.id) == []
