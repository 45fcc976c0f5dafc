"""One child's chat screen in the core: their latest chat, a new chat, their past chats."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.chat.backends import ChatBackend
from app.chat.conversation import ChildContext, Conversation, SafetyEvents
from app.chat.prompts import SystemPrompt, system_prompt
from app.guidance.crisis import CrisisCard, crisis_card
from app.safety import Action, Category
from app.safety.explain import explain
from app.safety.verdict import Severity, Verdict
from app.store import ConversationSummary, Message, MessageState, Role, Store

#: Messages shown when a chat is reopened; older ones load a page at a time as the child
#: scrolls up, so even a very long chat opens at once.
PAGE_SIZE = 200


class ShownAs(StrEnum):
    CHILD = "child"
    AI = "ai"
    AI_INTERRUPTED = "ai_interrupted"
    CRISIS = "crisis"


@dataclass(frozen=True)
class ShownMessage:
    """A stored message as the chat screen shows it again."""

    shown_as: ShownAs
    #: The words as shown (for CRISIS: the child's own message, shown above the card).
    text: str
    card: CrisisCard | None = None
    #: For CRISIS: the warm sentence at the top of the card.
    explanation: str = ""


@dataclass(frozen=True)
class ShownPage:
    """Some of a chat's messages, and how many earlier ones are still in the store."""

    messages: list[ShownMessage]
    earlier: int


class ChatSession:
    """Makes and reopens conversations for one child (collaborators passed in)."""

    def __init__(
        self,
        backend: ChatBackend,
        child: ChildContext,
        store: Store | None = None,
        events: SafetyEvents | None = None,
    ) -> None:
        self.backend = backend
        self.child = child
        self.store = store if child.child_id is not None else None
        self.events = events
        self.prompt: SystemPrompt = system_prompt(child.band, child.region)

    def new_conversation(self) -> Conversation:
        """A fresh chat; it is saved from its first message."""
        return Conversation(
            self.backend, self.prompt, self.child, store=self.store, events=self.events
        )

    def open_latest(self) -> tuple[Conversation, ShownPage]:
        """The child's most recent chat with what to show again, or a new chat."""
        if self.store is None or self.child.child_id is None:
            return self.new_conversation(), ShownPage([], 0)
        latest = self.store.history.latest_conversation(self.child.child_id)
        if latest is None:
            return self.new_conversation(), ShownPage([], 0)
        return self.open(latest.id)

    def open(self, conversation_id: int) -> tuple[Conversation, ShownPage]:
        """Carry on one stored chat, showing its last page of messages."""
        assert self.store is not None
        conversation = Conversation.resume(
            self.backend, self.prompt, self.child, self.store, conversation_id, events=self.events
        )
        total = self.store.history.message_count(conversation_id)
        return conversation, self.page(conversation_id, total)

    def page(self, conversation_id: int, end: int, size: int = PAGE_SIZE) -> ShownPage:
        """The stored messages before position `end` (at most `size` of them), oldest first."""
        assert self.store is not None
        start = max(0, end - size)
        messages = self.store.history.messages_slice(conversation_id, start, end - start)
        shown = [item for m in messages if (item := self._shown(m)) is not None]
        return ShownPage(shown, start)

    def past_chats(self) -> list[ConversationSummary]:
        """The child's chats, newest first, with their titles."""
        if self.store is None or self.child.child_id is None:
            return []
        return self.store.history.conversations(self.child.child_id)

    def _shown(self, message: Message) -> ShownMessage | None:
        outcome = message.filter
        if message.role is Role.ASSISTANT:
            if not message.text:
                return None
            interrupted = message.state is MessageState.INTERRUPTED
            return ShownMessage(ShownAs.AI_INTERRUPTED if interrupted else ShownAs.AI, message.text)
        if outcome is None or outcome.action != Action.BLOCK.value:
            return ShownMessage(ShownAs.CHILD, message.text)
        crisis = {Category.SELF_HARM.value, Category.GROOMING.value} & set(outcome.categories)
        if crisis and outcome.severity is Severity.CRITICAL:
            verdict = Verdict(
                Action.BLOCK,
                tuple(Category(c) for c in outcome.categories),
                Severity.CRITICAL,
                message.text,
            )
            card = crisis_card(self.child.region, self.child.band)
            return ShownMessage(
                ShownAs.CRISIS, message.text, card, explain(verdict, self.child.band)
            )
        return None  # a blocked message was never shown as sent
