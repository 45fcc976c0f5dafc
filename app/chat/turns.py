"""What one chat turn reports to the screen, as small frozen dataclasses (see `Conversation`).

Kept apart from `app.chat.conversation`, which needs the filter, the store and the AI SDK, so
the chat window can show itself before any of those is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.chat.backends import ErrorKind
    from app.guidance.crisis import CrisisCard
    from app.guidance.tips import Tip


# ----- what a turn reports --------------------------------------------------------------------
@dataclass(frozen=True)
class MessageAccepted:
    """The child's message will be sent as `text` (after any redaction); `notice` says why."""

    text: str
    notice: str = ""
    tip: Tip | None = None


@dataclass(frozen=True)
class MessageRefused:
    """The message was not sent; `explanation` says why, kindly. `keep_text`: leave it in the
    box so the child can say it another way."""

    explanation: str
    tip: Tip | None = None
    keep_text: bool = True


@dataclass(frozen=True)
class CrisisShown:
    """The child may be in danger: show their words, a warm word and the help card at once."""

    child_text: str
    explanation: str
    card: CrisisCard


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
    tip: Tip | None = None


@dataclass(frozen=True)
class ReplyFinished:
    """The reply is complete."""

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None


@dataclass(frozen=True)
class ReplyFailed:
    """No complete reply; the child's message is kept and Try again asks again."""

    kind: ErrorKind
    message: str
    partial_text: str = ""


@dataclass(frozen=True)
class ReplyStopped:
    """The child pressed Stop; `partial_text` is what they had already seen."""

    partial_text: str


@dataclass(frozen=True)
class HistoryNotSaved:
    """The chat could not be saved (disk full, folder read-only); said once, kindly."""

    message: str


TurnEvent = (
    MessageAccepted
    | MessageRefused
    | CrisisShown
    | ReplyStarted
    | ReplyText
    | ReplyReplaced
    | ReplyFinished
    | ReplyFailed
    | ReplyStopped
    | HistoryNotSaved
)
EventSink = Callable[[TurnEvent], None]
