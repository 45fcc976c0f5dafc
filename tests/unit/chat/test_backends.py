"""The Claude backend through the real SDK against a local fake API, and the demo backend."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.chat.backends import (
    AnthropicBackend,
    CancelToken,
    ChatError,
    ChatMessage,
    ConnectionSettings,
    DemoBackend,
    ErrorKind,
    ReplyDone,
    Role,
    TextDelta,
    backend_from_environment,
    to_api_messages,
)
from tests.conftest import warm_claude
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario

HELLO = [ChatMessage(Role.USER, "Hello")]


def collect(backend: AnthropicBackend | DemoBackend, history=HELLO, cancel=None):
    """Run a stream to its end and return (texts, done event)."""
    texts: list[str] = []
    done = None
    for event in backend.stream("Be kind.", history, cancel or CancelToken()):
        if isinstance(event, TextDelta):
            texts.append(event.text)
        else:
            done = event
    return texts, done


def test_reply_streams_in_pieces_in_order(claude: AnthropicBackend, fake_api: FakeAnthropic):
    """The SDK's text deltas arrive one by one and join into the whole reply."""
    fake_api.queue(Scenario(text="Owls can turn their heads a long way.", chunk_size=5))
    texts, done = collect(claude)
    assert len(texts) > 3
    assert "".join(texts) == "Owls can turn their heads a long way."
    assert isinstance(done, ReplyDone)
    assert done.stop_reason == "end_turn"
    assert done.input_tokens == 12
    assert done.output_tokens is not None
    assert done.output_tokens > 0


def test_request_carries_system_prompt_model_and_history(
    claude: AnthropicBackend, fake_api: FakeAnthropic
):
    """What leaves the machine: the system prompt, the model and the conversation so far."""
    history = [
        ChatMessage(Role.USER, "Hi"),
        ChatMessage(Role.ASSISTANT, "Hello!"),
        ChatMessage(Role.USER, "Tell me about owls"),
    ]
    collect(claude, history)
    request = fake_api.requests[-1]
    assert request.path == "/v1/messages"
    assert request.system == "Be kind."
    assert request.body["model"] == "claude-haiku-4-5"
    assert request.body["stream"] is True
    assert [m["role"] for m in request.body["messages"]] == ["user", "assistant", "user"]
    sent_key = request.headers.get("x-api-key") or request.headers.get("authorization", "")
    assert sent_key.endswith("sk-ant-test-key")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, ErrorKind.AUTH),
        (403, ErrorKind.AUTH),
        (404, ErrorKind.MODEL),
        (429, ErrorKind.RATE_LIMIT),
        (500, ErrorKind.SERVER),
        (529, ErrorKind.OVERLOADED),
    ],
)
def test_http_errors_become_kinds_a_child_message_is_chosen_from(
    claude: AnthropicBackend, fake_api: FakeAnthropic, status: int, kind: ErrorKind
):
    """Each status the API can answer with maps to one kind of kind words."""
    fake_api.default = Scenario(status=status, headers={"retry-after-ms": "1"})
    with pytest.raises(ChatError) as raised:
        collect(claude)
    assert raised.value.kind is kind
    assert raised.value.status == status


def test_sdk_retries_an_overloaded_answer_then_succeeds(fake_api: FakeAnthropic):
    """529 and 429 are retried by the SDK itself with backoff; the child never notices."""
    backend = warm_claude(fake_api, max_retries=2)
    fake_api.queue(
        Scenario(status=529, headers={"retry-after-ms": "1"}),
        Scenario(status=429, headers={"retry-after-ms": "1"}),
        Scenario(text="Here I am."),
    )
    texts, _done = collect(backend)
    assert "".join(texts) == "Here I am."
    assert len(fake_api.requests) == 3


def test_no_answer_in_time_is_a_timeout(fake_api: FakeAnthropic):
    """A server that never answers ends in a timeout, not a hang."""
    backend = warm_claude(fake_api, read_timeout=0.5)
    fake_api.default = Scenario(hang=True)
    started = time.monotonic()
    with pytest.raises(ChatError) as raised:
        collect(backend)
    assert raised.value.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 5


def test_unreachable_server_is_offline():
    """Nothing listening on the port: the child is told the internet can't be reached."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = AnthropicBackend(
        ConnectionSettings(
            api_key="k", base_url=f"http://127.0.0.1:{port}", connect_timeout=1, max_retries=0
        )
    )
    with pytest.raises(ChatError) as raised:
        collect(backend)
    assert raised.value.kind is ErrorKind.OFFLINE


@pytest.mark.parametrize(
    "scenario",
    [
        Scenario(text="abcdefghijklmnopqrstuvwxyz", chunk_size=2, break_after=4),
        Scenario(text="abcdefghijklmnopqrstuvwxyz", chunk_size=2, error_event_after=4),
        Scenario(text="abcdefghijklmnopqrstuvwxyz", chunk_size=2, malformed_after=4),
    ],
    ids=["dropped-connection", "error-event", "malformed-event"],
)
def test_stream_that_breaks_halfway_is_reported_after_the_text_so_far(
    claude: AnthropicBackend, fake_api: FakeAnthropic, scenario: Scenario
):
    """The pieces before the break arrive, then a broken-stream error (never a silent end)."""
    fake_api.queue(scenario)
    texts: list[str] = []

    def read_all() -> None:
        for event in claude.stream("s", HELLO, CancelToken()):
            if isinstance(event, TextDelta):
                texts.append(event.text)

    with pytest.raises(ChatError) as raised:
        read_all()
    assert raised.value.kind is ErrorKind.BROKEN_STREAM
    assert "".join(texts) == "abcdefgh"


def test_cancel_ends_a_slow_stream_promptly(claude: AnthropicBackend, fake_api: FakeAnthropic):
    """Stop reaches the network: with 1 s between pieces, the stream ends right after cancel."""
    fake_api.queue(Scenario(text="x" * 40, chunk_size=1, delay=1.0))
    cancel = CancelToken()
    texts: list[str] = []
    cancelled_at: list[float] = []

    def press_stop() -> None:
        cancelled_at.append(time.monotonic())
        cancel.cancel()

    for event in claude.stream("s", HELLO, cancel):
        if isinstance(event, TextDelta):
            texts.append(event.text)
            threading.Timer(0.05, press_stop).start()
    ended = time.monotonic()
    assert texts == ["x"]
    assert ended - cancelled_at[0] < 0.5, f"stream ended {ended - cancelled_at[0]:.2f}s after Stop"


def test_consecutive_child_messages_are_joined_for_the_api():
    """After a failed reply the child may send again: the API still gets alternating roles."""
    history = [
        ChatMessage(Role.ASSISTANT, "Welcome!"),
        ChatMessage(Role.USER, "first"),
        ChatMessage(Role.USER, "second"),
        ChatMessage(Role.ASSISTANT, "Hi"),
        ChatMessage(Role.USER, "  "),
        ChatMessage(Role.USER, "third"),
    ]
    assert to_api_messages(history) == [
        {"role": "user", "content": "first\n\nsecond"},
        {"role": "assistant", "content": "Hi"},
        {"role": "user", "content": "third"},
    ]


def test_demo_says_it_is_an_ai_when_asked():
    """Demo mode is honest too: asked if it is a person, it says it is an AI."""
    texts, done = collect(DemoBackend(delay=0), [ChatMessage(Role.USER, "are you a person?")])
    reply = "".join(texts)
    assert "AI" in reply
    assert "not a person" in reply
    assert isinstance(done, ReplyDone)
    assert len(texts) > 5


def test_demo_is_used_when_no_key_is_set(monkeypatch: pytest.MonkeyPatch):
    """No ANTHROPIC_API_KEY: Hoot starts in demo mode; with one, it talks to Claude."""
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    assert backend_from_environment().is_demo
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-x")
    assert not backend_from_environment().is_demo
    assert backend_from_environment(demo=True).is_demo
