"""One chat turn: check the child's words, send them, guard the reply, and report each step."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.chat.backends import (
    CancelToken,
    ChatBackend,
    ChatError,
    ChatMessage,
    ErrorKind,
    ReplyDone,
    Role,
    TextDelta,
)
from app.text import words

log = logging.getLogger(__name__)

#: How many earlier messages go with each request (keeps cost and latency in check).
HISTORY_LIMIT = 30
#: Longest message a child can send, in characters.
MAX_MESSAGE_CHARS = 4000


@dataclass(frozen=True)
class MessageAccepted:
    """The child's message will be sent as `text` (after any redaction)."""

    text: str
    notice: str | None = None


@dataclass(frozen=True)
class MessageRefused:
    """The child's message was not sent; `explanation` says why, kindly."""

    explanation: str


@dataclass(frozen=True)
class ReplyStarted:
    """Hoot is waiting for the AI's first words."""


@dataclass(frozen=True)
class ReplyText:
    """More of the reply, already checked, ready to show."""

    text: str


@dataclass(frozen=True)
class ReplyReplaced:
    """The reply turned unsafe: everything shown so far is replaced by `text`."""

    text: str


@dataclass(frozen=True)
class ReplyFinished:
    """The reply is complete."""

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None


@dataclass(frozen=True)
class ReplyFailed:
    """No complete reply; the child's message is kept and Try again re-asks."""

    kind: ErrorKind
    message: str
    partial_text: str = ""


@dataclass(frozen=True)
class ReplyStopped:
    """The child pressed Stop; `partial_text` is what they had already seen."""

    partial_text: str


TurnEvent = (
    MessageAccepted
    | MessageRefused
    | ReplyStarted
    | ReplyText
    | ReplyReplaced
    | ReplyFinished
    | ReplyFailed
    | ReplyStopped
)
EventSink = Callable[[TurnEvent], None]


class Conversation:
    """A chat between one child and the AI: history in, replies out, each step reported.

    Methods run on a worker thread and call `on_event` synchronously from it; they never raise
    for an expected failure (no network, bad key...), they report `ReplyFailed` instead.
    """

    def __init__(self, backend: ChatBackend, system_prompt: str) -> None:
        self.backend = backend
        self.system_prompt = system_prompt
        self._history: list[ChatMessage] = []

    @property
    def history(self) -> tuple[ChatMessage, ...]:
        return tuple(self._history)

    def send(self, text: str, cancel: CancelToken, on_event: EventSink) -> None:
        """Check `text`, add it to the conversation and stream the reply."""
        text = text.strip()
        if not text:
            return
        if len(text) > MAX_MESSAGE_CHARS:
            on_event(MessageRefused(words("chat.too_long")))
            return
        self._history.append(ChatMessage(Role.USER, text))
        on_event(MessageAccepted(text))
        self._reply(cancel, on_event)

    def retry(self, cancel: CancelToken, on_event: EventSink) -> None:
        """Ask again for a reply to the child's last message (after a failure)."""
        if self._history and self._history[-1].role is Role.USER:
            self._reply(cancel, on_event)

    def _reply(self, cancel: CancelToken, on_event: EventSink) -> None:
        on_event(ReplyStarted())
        shown: list[str] = []
        try:
            history = self._history[-HISTORY_LIMIT:]
            for event in self.backend.stream(self.system_prompt, history, cancel):
                if cancel.cancelled:
                    break
                if isinstance(event, TextDelta):
                    shown.append(event.text)
                    on_event(ReplyText(event.text))
                elif isinstance(event, ReplyDone):
                    text = "".join(shown)
                    self._history.append(ChatMessage(Role.ASSISTANT, text))
                    on_event(ReplyFinished(text, event.input_tokens, event.output_tokens))
                    return
        except ChatError as error:
            log.info("reply failed: %s", error.kind.value)
            on_event(
                ReplyFailed(error.kind, words(f"chat.errors.{error.kind.value}"), "".join(shown))
            )
            return
        partial = "".join(shown)
        if cancel.cancelled:
            if partial:
                self._history.append(ChatMessage(Role.ASSISTANT, partial))
            on_event(ReplyStopped(partial))
        else:  # the backend ended without saying the reply was done
            on_event(
                ReplyFailed(ErrorKind.BROKEN_STREAM, words("chat.errors.broken_stream"), partial)
            )
