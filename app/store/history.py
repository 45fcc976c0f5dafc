"""Conversations and messages: what the chat saves as it goes, and what parents read and search."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.safety.verdict import Severity, Verdict
from app.store.db import Database, Row, from_millis, optional_from_millis, to_millis
from app.store.errors import RecordNotFound

_MESSAGE_COLUMNS = (
    "id, conversation_id, child_id, role, text, state, filter_action, filter_categories, "
    "filter_severity, filter_rule_ids, created_at, completed_at, tokens_in, tokens_out"
)
_CONVERSATION_COLUMNS = "id, child_id, started_at, title, prompt_version"
#: A conversation without a title is listed by the first words of its first message.
TITLE_WORDS = 8
TITLE_MAX_CHARS = 60
# Private-use characters mark highlights inside FTS5 snippets; they never occur in typed text.
_MARK_START = "\ue000"
_MARK_END = "\ue001"
_SNIPPET_TOKENS = 12
PREFIX_MIN_CHARS = 3


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class MessageState(StrEnum):
    """A user message is complete when saved; a reply is in progress until it finishes."""

    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    #: The stream broke, the child pressed Stop, or Hoot died before the reply finished.
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class FilterOutcome:
    """What the on-device filter decided about a message, as stored next to it."""

    action: str
    categories: tuple[str, ...] = ()
    severity: Severity | None = None
    rule_ids: tuple[str, ...] = ()

    @classmethod
    def from_verdict(cls, verdict: Verdict) -> FilterOutcome:
        """The parts of the safety filter's verdict that are stored (never its input text)."""
        return cls(
            action=verdict.action.value,
            categories=tuple(category.value for category in verdict.categories),
            severity=verdict.severity,
            rule_ids=verdict.rule_ids,
        )


@dataclass(frozen=True)
class Message:
    """One message as stored: for the child's side, the text as sent after redaction."""

    id: int
    conversation_id: int
    child_id: int
    role: Role
    text: str
    state: MessageState
    filter: FilterOutcome | None
    created_at: datetime
    completed_at: datetime | None
    tokens_in: int | None
    tokens_out: int | None

    @property
    def interrupted(self) -> bool:
        return self.state is MessageState.INTERRUPTED


@dataclass(frozen=True)
class Conversation:
    id: int
    child_id: int
    started_at: datetime
    #: Set only when someone named the chat; lists fall back to its first words.
    title: str | None
    prompt_version: str


@dataclass(frozen=True)
class ConversationSummary:
    """A line in the child's (or parent's) list of past chats."""

    conversation: Conversation
    #: The title, or the first words of the first message, or "" for an empty chat.
    display_title: str
    message_count: int
    last_message_at: datetime | None


@dataclass(frozen=True)
class SearchHit:
    """A message that matches a search, with a short excerpt and where to highlight it."""

    message: Message
    snippet: str
    #: (start, end) character ranges inside `snippet` that matched the query.
    highlights: tuple[tuple[int, int], ...]


def _message(row: Row) -> Message:
    action = row["filter_action"]
    outcome = (
        None
        if action is None
        else FilterOutcome(
            action=action,
            categories=tuple(json.loads(row["filter_categories"])),
            severity=None
            if row["filter_severity"] is None
            else Severity.parse(row["filter_severity"]),
            rule_ids=tuple(json.loads(row["filter_rule_ids"])),
        )
    )
    return Message(
        id=row["id"],
        conversation_id=row["conversation_id"],
        child_id=row["child_id"],
        role=Role(row["role"]),
        text=row["text"],
        state=MessageState(row["state"]),
        filter=outcome,
        created_at=from_millis(row["created_at"]),
        completed_at=optional_from_millis(row["completed_at"]),
        tokens_in=row["tokens_in"],
        tokens_out=row["tokens_out"],
    )


def _conversation(row: Row) -> Conversation:
    return Conversation(
        id=row["id"],
        child_id=row["child_id"],
        started_at=from_millis(row["started_at"]),
        title=row["title"],
        prompt_version=row["prompt_version"],
    )


def _filter_columns(outcome: FilterOutcome | None) -> tuple[object, ...]:
    if outcome is None:
        return (None, "[]", None, "[]")
    return (
        outcome.action,
        json.dumps(list(outcome.categories)),
        None if outcome.severity is None else outcome.severity.label,
        json.dumps(list(outcome.rule_ids)),
    )


def first_words(text: str) -> str:
    """A short title from the start of a message: a few words, cut at a word boundary."""
    words = text.split()
    whole = " ".join(words)
    title = " ".join(words[:TITLE_WORDS])
    if len(title) > TITLE_MAX_CHARS:
        title = title[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return title if title == whole else title + "…"


def fts_query(text: str, child_id: int) -> str | None:
    """A safe FTS5 query for what a person typed, limited to one child's messages.

    Every word is quoted, so FTS5 operators and punctuation in the input (AND, NEAR, *, ",
    :, parentheses) are searched for as plain words and never cause a syntax error. All
    words must match; the last one also matches as a prefix ("dino" finds "dinosaur") once
    it has PREFIX_MIN_CHARS letters: shorter prefixes match so many words that they are slow
    and useless.
    """
    terms = re.findall(r"\w+", text)
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    if len(terms[-1]) >= PREFIX_MIN_CHARS:
        quoted[-1] += " *"
    return f'child_key : "c{int(child_id)}" AND text : ({" ".join(quoted)})'


class HistoryRepository:
    """Saves each turn as the chat goes, and reads conversations back for the child and parent."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing, in the order the chat does it ------------------------------------------------

    def start_conversation(self, child_id: int, prompt_version: str) -> Conversation:
        """A new, empty conversation ("New chat")."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO conversations (child_id, started_at, prompt_version) VALUES (?, ?, ?)",
                (child_id, to_millis(self._db.clock()), prompt_version),
            )
            conversation_id = int(cursor.lastrowid)
        return self.conversation(conversation_id)

    def add_user_message(
        self, conversation_id: int, text: str, outcome: FilterOutcome | None = None
    ) -> Message:
        """Save the child's message (the redacted text that will be sent).

        The commit (with fsync) has finished when this returns: call it before the API call.
        """
        return self._insert(conversation_id, Role.USER, text, MessageState.COMPLETE, outcome)

    def begin_assistant_message(self, conversation_id: int) -> Message:
        """An empty reply in progress; if Hoot dies now, the next start marks it interrupted."""
        return self._insert(conversation_id, Role.ASSISTANT, "", MessageState.IN_PROGRESS, None)

    def save_partial_reply(self, message_id: int, text: str) -> None:
        """Keep the part of a reply shown so far (optional; every few seconds, not per chunk)."""
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE messages SET text = ? WHERE id = ? AND state = 'in_progress'",
                (text, message_id),
            )

    def finish_assistant_message(
        self,
        message_id: int,
        text: str,
        outcome: FilterOutcome | None = None,
        *,
        tokens_in: int | None = None,
        tokens_out: int | None = None,
    ) -> Message:
        """The reply as shown to the child, complete, with what the output filter decided."""
        with self._db.transaction() as connection:
            updated = connection.execute(
                "UPDATE messages SET text = ?, state = 'complete', filter_action = ?, "
                "filter_categories = ?, filter_severity = ?, filter_rule_ids = ?, "
                "completed_at = ?, tokens_in = ?, tokens_out = ? "
                "WHERE id = ? AND role = 'assistant'",
                (
                    text,
                    *_filter_columns(outcome),
                    to_millis(self._db.clock()),
                    tokens_in,
                    tokens_out,
                    message_id,
                ),
            ).rowcount
        if not updated:
            raise RecordNotFound("reply", message_id)
        return self.message(message_id)

    def add_assistant_message(
        self,
        conversation_id: int,
        text: str,
        outcome: FilterOutcome | None = None,
        *,
        tokens_in: int | None = None,
        tokens_out: int | None = None,
    ) -> Message:
        """A whole reply saved at once (a kind refusal, a crisis card, the demo backend)."""
        with self._db.transaction():
            started = self.begin_assistant_message(conversation_id)
            return self.finish_assistant_message(
                started.id, text, outcome, tokens_in=tokens_in, tokens_out=tokens_out
            )

    def mark_interrupted(self, message_id: int, partial_text: str) -> Message:
        """The reply stopped early; keep what the child saw. A finished reply stays finished."""
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE messages SET text = ?, state = 'interrupted', completed_at = ? "
                "WHERE id = ? AND role = 'assistant' AND state != 'complete'",
                (partial_text, to_millis(self._db.clock()), message_id),
            )
        return self.message(message_id)

    def recover_interrupted(self) -> int:
        """Mark replies left in progress by a crash as interrupted; returns how many."""
        with self._db.transaction() as connection:
            return int(
                connection.execute(
                    "UPDATE messages SET state = 'interrupted', completed_at = ? "
                    "WHERE state = 'in_progress'",
                    (to_millis(self._db.clock()),),
                ).rowcount
            )

    def set_title(self, conversation_id: int, title: str | None) -> Conversation:
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE conversations SET title = ? WHERE id = ?",
                (title.strip() if title and title.strip() else None, conversation_id),
            )
        return self.conversation(conversation_id)

    def _insert(
        self,
        conversation_id: int,
        role: Role,
        text: str,
        state: MessageState,
        outcome: FilterOutcome | None,
    ) -> Message:
        now = to_millis(self._db.clock())
        with self._db.transaction() as connection:
            owner = connection.execute(
                "SELECT child_id FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if owner is None:
                raise RecordNotFound("conversation", conversation_id)
            cursor = connection.execute(
                "INSERT INTO messages (conversation_id, child_id, role, text, state, "
                "filter_action, filter_categories, filter_severity, filter_rule_ids, created_at, "
                "completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    owner["child_id"],
                    role.value,
                    text,
                    state.value,
                    *_filter_columns(outcome),
                    now,
                    now if state is MessageState.COMPLETE else None,
                ),
            )
            message_id = int(cursor.lastrowid)
        return self.message(message_id)

    # -- reading ------------------------------------------------------------------------------

    def message(self, message_id: int) -> Message:
        row = self._db.row(f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_id,))
        if row is None:
            raise RecordNotFound("message", message_id)
        return _message(row)

    def conversation(self, conversation_id: int) -> Conversation:
        row = self._db.row(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        )
        if row is None:
            raise RecordNotFound("conversation", conversation_id)
        return _conversation(row)

    def latest_conversation(self, child_id: int) -> Conversation | None:
        """The child's most recently started conversation (what reopening Hoot shows)."""
        row = self._db.row(
            f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE child_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (child_id,),
        )
        return None if row is None else _conversation(row)

    def messages(self, conversation_id: int) -> list[Message]:
        """Every message of one conversation, oldest first."""
        rows = self._db.rows(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id",
            (conversation_id,),
        )
        return [_message(row) for row in rows]

    def message_count(self, conversation_id: int) -> int:
        """How many messages one conversation holds."""
        return int(
            self._db.scalar(
                "SELECT count(*) FROM messages WHERE conversation_id = ?", (conversation_id,)
            )
        )

    def messages_slice(self, conversation_id: int, start: int, count: int) -> list[Message]:
        """Messages `start` to `start + count` (by position, oldest first) of one conversation.

        For paging through a long chat: the same messages as `messages(...)[start:start+count]`
        without reading the whole conversation (a 20,000-message chat pages in milliseconds).
        """
        if start < 0 or count < 0:
            raise ValueError("start and count cannot be negative")
        rows = self._db.rows(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? "
            "ORDER BY id LIMIT ? OFFSET ?",
            (conversation_id, count, start),
        )
        return [_message(row) for row in rows]

    def recent_messages(self, child_id: int, limit: int = 50) -> list[Message]:
        """The child's last `limit` messages across conversations, oldest first."""
        rows = self._db.rows(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE child_id = ? ORDER BY id DESC LIMIT ?",
            (child_id, limit),
        )
        return [_message(row) for row in reversed(rows)]

    def conversations(self, child_id: int) -> list[ConversationSummary]:
        """The child's conversations, newest first, each with a title to show in a list."""
        rows = self._db.rows(
            "SELECT c.id, c.child_id, c.started_at, c.title, c.prompt_version, "
            "  (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count, "
            "  (SELECT max(created_at) FROM messages m WHERE m.conversation_id = c.id) AS last_at, "
            "  (SELECT text FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user' "
            "   ORDER BY m.id LIMIT 1) AS first_text "
            "FROM conversations c WHERE c.child_id = ? ORDER BY c.id DESC",
            (child_id,),
        )
        return [
            ConversationSummary(
                conversation=_conversation(row),
                display_title=row["title"] or first_words(row["first_text"] or ""),
                message_count=int(row["message_count"]),
                last_message_at=optional_from_millis(row["last_at"]),
            )
            for row in rows
        ]

    def count_messages(self, child_id: int | None = None) -> int:
        if child_id is None:
            return int(self._db.scalar("SELECT count(*) FROM messages"))
        return int(self._db.scalar("SELECT count(*) FROM messages WHERE child_id = ?", (child_id,)))

    def messages_between(self, child_id: int, since: datetime, until: datetime) -> list[Message]:
        """A child's messages created in [since, until), oldest first (for reports)."""
        rows = self._db.rows(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE child_id = ? AND created_at >= ? "
            "AND created_at < ? ORDER BY id",
            (child_id, to_millis(since), to_millis(until)),
        )
        return [_message(row) for row in rows]

    def search(self, child_id: int, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Full-text search in one child's messages, newest first.

        Any typed text is safe (see `fts_query`); text with no words finds nothing.
        """
        match = fts_query(query, child_id)
        if match is None:
            return []
        with self._db.snapshot() as connection:
            # Newest first straight from the index: FTS5 walks its lists by descending rowid
            # and stops at `limit`, so a common word costs no more than a rare one.
            found = connection.execute(
                "SELECT rowid, snippet(messages_fts, 0, ?, ?, '…', ?) FROM messages_fts "
                "WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (_MARK_START, _MARK_END, _SNIPPET_TOKENS, match, limit),
            ).fetchall()
            if not found:
                return []
            ids = [row[0] for row in found]
            rows = connection.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        by_id = {row["id"]: _message(row) for row in rows}
        hits = []
        for message_id, marked in found:
            snippet, highlights = _split_marks(marked)
            hits.append(SearchHit(by_id[message_id], snippet, highlights))
        return hits


def _split_marks(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for char in marked:
        if char == _MARK_START:
            start = length
        elif char == _MARK_END:
            if start is not None:
                spans.append((start, length))
            start = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain), tuple(spans)
