"""A chat backend that plays back scripted replies and records what it was sent (no network)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from app.chat.backends import (
    CancelToken,
    ChatError,
    ChatMessage,
    ErrorKind,
    ReplyDone,
    StreamEvent,
    TextDelta,
)


@dataclass
class ScriptedBackend:
    """Each call streams the next reply's pieces; `fail_with` raises after `fail_after` pieces."""

    replies: list[list[str]] = field(default_factory=list)
    fail_with: ErrorKind | None = None
    fail_after: int = 0
    #: (system prompt, history) of every call, in order.
    calls: list[tuple[str, list[ChatMessage]]] = field(default_factory=list)
    #: Called when a stream starts, before any piece (tests check the store at that moment).
    on_start: Callable[[], None] | None = None

    @property
    def is_demo(self) -> bool:
        return False

    def stream(
        self, system: str, history: Sequence[ChatMessage], cancel: CancelToken
    ) -> Iterator[StreamEvent]:
        self.calls.append((system, list(history)))
        if self.on_start is not None:
            self.on_start()
        pieces = self.replies.pop(0) if self.replies else ["Okay!"]
        for count, piece in enumerate(pieces):
            if self.fail_with is not None and count == self.fail_after:
                raise ChatError(self.fail_with)
            if cancel.cancelled:
                return
            yield TextDelta(piece)
        if self.fail_with is not None and self.fail_after >= len(pieces):
            raise ChatError(self.fail_with)
        yield ReplyDone(input_tokens=10, output_tokens=len(pieces), stop_reason="end_turn")

    @property
    def sent_texts(self) -> list[str]:
        """Every child message text the AI was ever sent."""
        return [message.text for _system, history in self.calls for message in history]
