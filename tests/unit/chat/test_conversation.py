"""One chat turn end to end in the core: filter in, send, guard out, save, report."""

from __future__ import annotations

import pytest

from app.age_bands import AgeBand
from app.chat.backends import CancelToken, ErrorKind
from app.chat.conversation import ChildContext, Conversation, Flagged
from app.chat.prompts import system_prompt
from app.chat.turns import (
    CrisisShown,
    MessageAccepted,
    MessageRefused,
    ReplyFailed,
    ReplyFinished,
    ReplyReplaced,
    ReplyText,
    TurnEvent,
)
from app.safety import Direction, Verdict
from app.store import MessageState, Store
from app.store import Role as StoredRole
from tests.fakes.scripted_backend import ScriptedBackend


class RecordingEvents:
    """Collects what the conversation reports to the parent's monitor."""

    def __init__(self) -> None:
        self.turns: list[Flagged] = []

    def flagged(self, turn: Flagged) -> None:
        self.turns.append(turn)

    @property
    def crises(self) -> list[Verdict]:
        return [t.verdict for t in self.turns if t.verdict.is_crisis]

    @property
    def directions(self) -> list[Direction]:
        return [t.direction for t in self.turns]


@pytest.fixture
def child(store: Store) -> ChildContext:
    profile = store.profiles.add("Sam", "owl", 2016, 5)
    return ChildContext(child_id=profile.id, band=AgeBand.AGES_8_10, region="GB")


def run(conversation: Conversation, text: str) -> list[TurnEvent]:
    events: list[TurnEvent] = []
    conversation.send(text, CancelToken(), events.append)
    return events


def shown_reply(events: list[TurnEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, ReplyText))


def make(backend: ScriptedBackend, child: ChildContext, store: Store, events=None) -> Conversation:
    prompt = system_prompt(child.band, child.region)
    return Conversation(backend, prompt, child, store=store, events=events or RecordingEvents())


def test_phone_number_is_redacted_before_sending(store: Store, child: ChildContext) -> None:
    """The AI never sees the number; the child sees what was hidden and why."""
    backend = ScriptedBackend()
    events = run(make(backend, child, store), "call me on 07700 900123 after school")
    accepted = next(e for e in events if isinstance(e, MessageAccepted))
    assert "900123" not in accepted.text
    assert "[phone number]" in accepted.text
    assert accepted.notice
    assert accepted.tip is not None
    assert not any("900123" in text for text in backend.sent_texts)
    stored = store.history.recent_messages(child.child_id or 0)
    assert all("900123" not in message.text for message in stored)


def test_blocked_message_never_leaves(store: Store, child: ChildContext) -> None:
    """A harmful request is not sent; the child gets a kind reason that repeats no bad words."""
    backend = ScriptedBackend()
    recorder = RecordingEvents()
    events = run(make(backend, child, store, recorder), "how do i make a bomb to hurt my teacher")
    refused = [e for e in events if isinstance(e, MessageRefused)]
    assert len(refused) == 1
    assert "bomb" not in refused[0].explanation.lower()
    assert backend.calls == []
    assert recorder.directions == [Direction.IN]


def test_crisis_shows_help_at_once_and_sends_nothing(store: Store, child: ChildContext) -> None:
    """Self-harm words bring the help card for the child's region and a critical event."""
    backend = ScriptedBackend()
    recorder = RecordingEvents()
    events = run(make(backend, child, store, recorder), "i want to kill myself")
    crisis = next(e for e in events if isinstance(e, CrisisShown))
    assert crisis.card.region == "GB"
    assert any(line.short_name == "Childline" for line in crisis.card.lines)
    assert backend.calls == []
    assert recorder.crises
    assert recorder.crises[0].severity.label == "critical"


def test_child_message_is_saved_before_it_is_sent(store: Store, child: ChildContext) -> None:
    """When the request goes out, the child's message is already in the store."""
    seen: list[list[str]] = []
    backend = ScriptedBackend(replies=[["Hi ", "there!"]])
    backend.on_start = lambda: seen.append(
        [
            m.text
            for m in store.history.recent_messages(child.child_id or 0)
            if m.role is StoredRole.USER
        ]
    )
    run(make(backend, child, store), "hello owl")
    assert seen == [["hello owl"]]


def test_reply_is_stored_with_its_token_counts(store: Store, child: ChildContext) -> None:
    """A finished reply is saved as shown, with the tokens the API reported."""
    backend = ScriptedBackend(replies=[["Owls ", "hoot ", "at night."]])
    events = run(make(backend, child, store), "why do owls hoot")
    assert isinstance(events[-1], ReplyFinished)
    assert shown_reply(events) == "Owls hoot at night."
    messages = store.history.recent_messages(child.child_id or 0)
    reply = messages[-1]
    assert reply.role is StoredRole.ASSISTANT
    assert reply.text == "Owls hoot at night."
    assert reply.state is MessageState.COMPLETE
    assert reply.tokens_in == 10


def test_reply_turning_bad_is_never_shown(store: Store, child: ChildContext) -> None:
    """A reply that swears midway is cut: the word never reaches the child, nor the store."""
    backend = ScriptedBackend(replies=[["That is a ", "really ", "fuck", "ing ", "good idea"]])
    recorder = RecordingEvents()
    events = run(make(backend, child, store, recorder), "is this a good idea")
    assert "fuck" not in shown_reply(events)
    replaced = [e for e in events if isinstance(e, ReplyReplaced)]
    assert len(replaced) == 1
    stored = store.history.recent_messages(child.child_id or 0)[-1]
    assert "fuck" not in stored.text
    assert stored.text == replaced[0].text
    assert recorder.directions[-1] is Direction.OUT


def test_reply_claiming_to_be_human_is_replaced(store: Store, child: ChildContext) -> None:
    """Honesty: a reply saying it is a real person never reaches the child."""
    backend = ScriptedBackend(replies=[["Don't worry, ", "I'm a real person, ", "not an AI."]])
    events = run(make(backend, child, store), "are you a robot")
    assert "real person" not in shown_reply(events)
    assert any(isinstance(e, ReplyReplaced) for e in events)


def test_failed_reply_is_marked_interrupted_and_message_kept(
    store: Store, child: ChildContext
) -> None:
    """A stream that breaks keeps the child's message and marks the reply interrupted."""
    backend = ScriptedBackend(
        replies=[["Once upon ", "a time "]], fail_with=ErrorKind.BROKEN_STREAM, fail_after=2
    )
    conversation = make(backend, child, store)
    events = run(conversation, "tell me a story")
    assert isinstance(events[-1], ReplyFailed)
    messages = store.history.recent_messages(child.child_id or 0)
    assert messages[0].text == "tell me a story"
    assert messages[-1].state is MessageState.INTERRUPTED
    assert messages[-1].text == "Once upon a time "
    # Try again asks about the same message without saving it twice.
    backend.fail_with = None
    retried: list[TurnEvent] = []
    conversation.retry(CancelToken(), retried.append)
    assert isinstance(retried[-1], ReplyFinished)
    users = [
        m for m in store.history.recent_messages(child.child_id or 0) if m.role.value == "user"
    ]
    assert len(users) == 1


def test_resume_carries_on_without_blocked_messages(store: Store, child: ChildContext) -> None:
    """Reopening a chat gives the model what was sent before, never what was blocked."""
    backend = ScriptedBackend(replies=[["Hello!"], ["Sure."]])
    first = make(backend, child, store)
    run(first, "hi hoot")
    run(first, "you are a stupid idiot and everyone hates you")
    assert first.conversation_id is not None
    later = Conversation.resume(
        backend, system_prompt(child.band), child, store, first.conversation_id
    )
    assert [m.text for m in later.history] == ["hi hoot", "Hello!"]
    run(later, "tell me a joke")
    assert [m.text for m in backend.calls[-1][1]] == ["hi hoot", "Hello!", "tell me a joke"]


def test_conversation_records_its_prompt_version(store: Store, child: ChildContext) -> None:
    """Each stored conversation says which system prompt version it used."""
    conversation = make(ScriptedBackend(), child, store)
    run(conversation, "hello")
    assert conversation.conversation_id is not None
    stored = store.history.conversation(conversation.conversation_id)
    assert stored.prompt_version == system_prompt(AgeBand.AGES_8_10).version


def test_request_carries_the_childs_band_prompt(store: Store, child: ChildContext) -> None:
    """The system prompt sent is the one for the child's age band."""
    backend = ScriptedBackend()
    run(make(backend, child, store), "hello")
    assert backend.calls[0][0] == system_prompt(AgeBand.AGES_8_10, "GB").text
