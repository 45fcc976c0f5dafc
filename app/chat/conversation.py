"""One chat turn: filter the child's words, send them, guard the reply, store both, report events.

`Conversation.send` runs on a worker thread and reports each step through `on_event` as small
frozen dataclasses; it never raises for an expected failure (no network, a bad key, a full
disk): it reports a kind message instead, and the child's words are never lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from app.age_bands import DEFAULT_BAND, AgeBand
from app.chat import MAX_MESSAGE_CHARS
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
from app.chat.prompts import SystemPrompt
from app.chat.turns import (
    CrisisShown,
    EventSink,
    HistoryNotSaved,
    MessageAccepted,
    MessageRefused,
    ReplyFailed,
    ReplyFinished,
    ReplyReplaced,
    ReplyStarted,
    ReplyStopped,
    ReplyText,
)
from app.guidance.crisis import crisis_card
from app.guidance.tips import tip_for
from app.safety.explain import explain
from app.safety.verdict import (
    Action,
    ConversationRisk,
    CustomWords,
    Direction,
    Strictness,
    Verdict,
)
from app.store import FilterOutcome, Store, StoreError, child_help
from app.store import Role as StoredRole
from app.store.history import HistoryRepository
from app.text import words

if TYPE_CHECKING:
    from app.safety.stream import OutputGuard

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How many earlier messages go with each request (keeps cost and latency in check).
HISTORY_LIMIT = 30
#: How often a reply that is still streaming is saved, so a crash loses little of it.
PARTIAL_SAVE_SECONDS = 2.0


@dataclass(frozen=True)
class ChildContext:
    """Who is chatting, as the filter, the prompt and the help card need it."""

    child_id: int | None = None
    band: AgeBand = DEFAULT_BAND
    region: str | None = None
    strictness: Strictness | None = None
    custom: CustomWords | None = None


@dataclass(frozen=True)
class Flagged:
    """A turn the filter changed, for the parent's monitor."""

    child_id: int | None
    verdict: Verdict
    direction: Direction
    message_id: int | None
    conversation_id: int | None


class SafetyEvents(Protocol):
    """Where flagged turns go (the parent's monitor: events, alerts). A crisis is a flagged
    turn whose verdict `is_crisis`; the monitor records that the help card was shown."""

    def flagged(self, turn: Flagged) -> None: ...


class NoSafetyEvents:
    """For tests and demo sessions without a store."""

    def flagged(self, turn: Flagged) -> None:
        return None


class Conversation:
    """A chat between one child and the AI: filtered in, guarded out, saved, reported.

    Collaborators come in (`backend`, `store`, `events`) so tests hand in fakes or a store in a
    temporary folder. Without a store nothing is saved (demo without set-up, history off).
    """

    def __init__(
        self,
        backend: ChatBackend,
        prompt: SystemPrompt | str,
        child: ChildContext | None = None,
        *,
        store: Store | None = None,
        events: SafetyEvents | None = None,
        conversation_id: int | None = None,
        history: Sequence[ChatMessage] = (),
    ) -> None:
        self.backend = backend
        self.prompt = prompt
        self.child = child or ChildContext()
        self.store = store if self.child.child_id is not None else None
        self.events: SafetyEvents = events or NoSafetyEvents()
        self.conversation_id = conversation_id
        self._history: list[ChatMessage] = list(history)
        self._risk = ConversationRisk()
        self._told_not_saved = False
        self._last_user_message_id: int | None = None

    @property
    def system_prompt(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt.text

    @property
    def history(self) -> tuple[ChatMessage, ...]:
        return tuple(self._history)

    @classmethod
    def resume(
        cls,
        backend: ChatBackend,
        prompt: SystemPrompt | str,
        child: ChildContext,
        store: Store,
        conversation_id: int,
        *,
        events: SafetyEvents | None = None,
    ) -> Conversation:
        """Carry on a stored conversation: what was sent and shown becomes the history."""
        history: list[ChatMessage] = []
        # Only the last HISTORY_LIMIT messages are ever sent; read a margin for blocked ones.
        total = store.history.message_count(conversation_id)
        tail = HISTORY_LIMIT * 3
        for message in store.history.messages_slice(conversation_id, max(0, total - tail), tail):
            if message.filter is not None and message.filter.action == Action.BLOCK.value:
                continue  # never sent, so the model never saw it
            role = Role.USER if message.role is StoredRole.USER else Role.ASSISTANT
            if message.text:
                history.append(ChatMessage(role, message.text))
        return cls(
            backend,
            prompt,
            child,
            store=store,
            events=events,
            conversation_id=conversation_id,
            history=history,
        )

    # ----- a turn -----------------------------------------------------------------------
    def send(self, text: str, cancel: CancelToken, on_event: EventSink) -> None:
        """Check `text`, save it, and stream the reply."""
        text = text.strip()
        if not text:
            return
        if len(text) > MAX_MESSAGE_CHARS:
            on_event(MessageRefused(words("chat.too_long")))
            return
        from app.safety.engine import check  # the engine loads on first use, not at start-up

        child = self.child
        verdict = check(
            text,
            Direction.IN,
            child.band,
            custom=child.custom,
            strictness=child.strictness,
            risk=self._risk,
        )
        if verdict.is_crisis:
            self._crisis(text, verdict, on_event)
            return
        if verdict.action is Action.BLOCK:
            message_id = self._save_user_message(verdict.text, verdict, on_event)
            self._flag(verdict, Direction.IN, message_id)
            on_event(
                MessageRefused(explain(verdict, child.band), tip_for(verdict.categories, "block"))
            )
            return
        message_id = self._save_user_message(verdict.text, verdict, on_event, required=True)
        if message_id is None and self.store is not None:
            return  # could not be saved: not sent, and the words stay in the box
        if verdict.action is Action.REDACT:
            self._flag(verdict, Direction.IN, message_id)
            notice = explain(verdict, child.band)
            on_event(MessageAccepted(verdict.text, notice, tip_for(verdict.categories, "redact")))
        else:
            on_event(MessageAccepted(verdict.text))
        self._history.append(ChatMessage(Role.USER, verdict.text))
        self._reply(cancel, on_event)

    def retry(self, cancel: CancelToken, on_event: EventSink) -> None:
        """Ask again for a reply to the child's last message (after a failure)."""
        if self._history and self._history[-1].role is Role.USER:
            self._reply(cancel, on_event)

    def _crisis(self, text: str, verdict: Verdict, on_event: EventSink) -> None:
        message_id = self._save_user_message(verdict.text, verdict, on_event)
        self._flag(verdict, Direction.IN, message_id)
        card = crisis_card(self.child.region, self.child.band)
        on_event(CrisisShown(verdict.text, explain(verdict, self.child.band), card))

    def _reply(self, cancel: CancelToken, on_event: EventSink) -> None:
        from app.safety.stream import OutputGuard

        on_event(ReplyStarted())
        child = self.child
        guard = OutputGuard(child.band, custom=child.custom, strictness=child.strictness)
        reply_id = self._begin_reply(on_event)
        last_save = time.monotonic()
        try:
            history = self._history[-HISTORY_LIMIT:]
            for event in self.backend.stream(self.system_prompt, history, cancel):
                if cancel.cancelled:
                    break
                if isinstance(event, TextDelta):
                    step = guard.feed(event.text)
                    if step.visible:
                        on_event(ReplyText(step.visible))
                    if step.verdict is not None:
                        cancel.cancel()  # stop paying for a reply no one will see
                        self._replace(guard, step.verdict, reply_id, on_event)
                        return
                    if reply_id is not None and time.monotonic() - last_save > PARTIAL_SAVE_SECONDS:
                        self._store_call(
                            lambda: self._history_repo().save_partial_reply(reply_id, guard.shown),
                            on_event,
                        )
                        last_save = time.monotonic()
                elif isinstance(event, ReplyDone):
                    step = guard.finish()
                    if step.verdict is not None:
                        self._replace(guard, step.verdict, reply_id, on_event)
                        return
                    if step.visible:
                        on_event(ReplyText(step.visible))
                    self._finish(guard.shown, event, reply_id, on_event)
                    return
        except ChatError as error:
            log.info("reply failed: %s", error.kind.value)
            self._interrupted(guard.shown, reply_id, on_event)
            message = words(f"chat.errors.{error.kind.value}")
            on_event(ReplyFailed(error.kind, message, guard.shown))
            return
        partial = guard.shown
        self._interrupted(partial, reply_id, on_event)
        if cancel.cancelled:
            if partial:
                self._history.append(ChatMessage(Role.ASSISTANT, partial))
            on_event(ReplyStopped(partial))
        else:  # the backend ended without saying the reply was done
            kind = ErrorKind.BROKEN_STREAM
            on_event(ReplyFailed(kind, words(f"chat.errors.{kind.value}"), partial))

    def _finish(
        self, text: str, done: ReplyDone, reply_id: int | None, on_event: EventSink
    ) -> None:
        self._history.append(ChatMessage(Role.ASSISTANT, text))
        if reply_id is not None:
            self._store_call(
                lambda: self._history_repo().finish_assistant_message(
                    reply_id,
                    text,
                    FilterOutcome(Action.ALLOW.value),
                    tokens_in=done.input_tokens,
                    tokens_out=done.output_tokens,
                ),
                on_event,
            )
        on_event(ReplyFinished(text, done.input_tokens, done.output_tokens))

    def _replace(
        self, guard: OutputGuard, verdict: Verdict, reply_id: int | None, on_event: EventSink
    ) -> None:
        replacement = guard.replacement_text
        self._history.append(ChatMessage(Role.ASSISTANT, replacement))
        if reply_id is not None:
            self._store_call(
                lambda: self._history_repo().finish_assistant_message(
                    reply_id, replacement, FilterOutcome.from_verdict(verdict)
                ),
                on_event,
            )
        self._flag(verdict, Direction.OUT, reply_id)
        on_event(ReplyReplaced(replacement, tip_for(verdict.categories, "block")))

    def _interrupted(self, partial: str, reply_id: int | None, on_event: EventSink) -> None:
        if reply_id is not None:
            self._store_call(
                lambda: self._history_repo().mark_interrupted(reply_id, partial), on_event
            )

    def _flag(self, verdict: Verdict, direction: Direction, message_id: int | None) -> None:
        turn = Flagged(self.child.child_id, verdict, direction, message_id, self.conversation_id)
        try:
            self.events.flagged(turn)
        except Exception as error:  # the parent's log failing must not break the child's chat
            log.warning("could not record a safety event: %s", type(error).__name__)

    # ----- the store ---------------------------------------------------------------------
    def _history_repo(self) -> HistoryRepository:
        assert self.store is not None
        return self.store.history

    def _ensure_conversation(self) -> int:
        assert self.store is not None
        assert self.child.child_id is not None
        if self.conversation_id is None:
            version = self.prompt if isinstance(self.prompt, str) else self.prompt.version
            started = self.store.history.start_conversation(self.child.child_id, version)
            self.conversation_id = started.id
        return self.conversation_id

    def _save_user_message(
        self, text: str, verdict: Verdict, on_event: EventSink, *, required: bool = False
    ) -> int | None:
        """Commit the child's message before anything is sent. `required`: if saving fails,
        the message is not sent and stays in the box."""
        if self.store is None:
            return None
        store = self.store

        def save() -> int:
            conversation_id = self._ensure_conversation()
            message = store.history.add_user_message(
                conversation_id, text, FilterOutcome.from_verdict(verdict)
            )
            return message.id

        message_id = self._store_call(save, on_event, announce=not required)
        if message_id is None and required:
            on_event(MessageRefused(words("chat.not_saved_not_sent")))
        self._last_user_message_id = message_id
        return message_id

    def _begin_reply(self, on_event: EventSink) -> int | None:
        if self.store is None:
            return None
        store = self.store
        return self._store_call(
            lambda: store.history.begin_assistant_message(self._ensure_conversation()).id,
            on_event,
        )

    def _store_call(
        self, call: Callable[[], T], on_event: EventSink, *, announce: bool = True
    ) -> T | None:
        try:
            return call()
        except StoreError as error:
            log.warning("could not save the chat: %s", type(error).__name__)
            if announce and not self._told_not_saved:
                self._told_not_saved = True
                on_event(HistoryNotSaved(child_help()))
            return None
