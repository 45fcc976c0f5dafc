"""Transcripts: choose a child, then a chat, and read it; or search all of a child's chats.

Messages the safety filter acted on are marked in words (what it was about, how serious, what
Hoot did), not by colour alone. Message text is shown as plain text inside the transcript's
HTML (escaped), so nothing a child or the AI wrote can change how the page looks.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.monitor.events import is_concern
from app.safety.verdict import Severity
from app.store import ChildProfile, ConversationSummary, Message, Role, SearchHit
from app.text import words
from ui import theme
from ui.parent.attention import mark_chat_read
from ui.parent.child_picker import ChildPicker
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, counted, muted
from ui.parent.page import Page, button
from ui.parent.readable import flag_sentence

#: Padding of a list item in the style sheet (QListWidget#ParentList::item).
_HIT_SIDE_PADDING = 4
_HIT_END_PADDING = 6


@dataclass(frozen=True)
class TranscriptLink:
    """Where to open the transcripts: a child, and if known the chat and the message."""

    child_id: int
    conversation_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True)
class ChatLine:
    """One chat in the list, with how many of its events were flagged and the most serious."""

    summary: ConversationSummary
    flagged: int
    most_serious: Severity | None = None
    #: How many flagged events are as serious as `most_serious`.
    most_serious_count: int = 0


def chat_flag_words(chat: ChatLine) -> str:
    """ "Urgent: 1 · flagged: 3" (the most serious in words first); empty when none."""
    if not chat.flagged or chat.most_serious is None:
        return ""
    return words(
        "parent.transcripts.chat_flagged",
        severity=words(f"parent.transcripts.severity.{chat.most_serious.label}"),
        serious=chat.most_serious_count,
        count=chat.flagged,
    )


@dataclass(frozen=True)
class Transcript:
    conversation_id: int
    title: str
    messages: tuple[Message, ...]


def chat_line(summary: ConversationSummary, severities: Counter[Severity]) -> ChatLine:
    """The list's line for a chat, from how many flagged events it had of each severity."""
    if not severities:
        return ChatLine(summary, 0)
    worst = max(severities, key=lambda severity: severity.rank)
    return ChatLine(summary, sum(severities.values()), worst, severities[worst])


def flagged(message: Message) -> bool:
    """True when the filter did something to the message (hid details, or blocked it)."""
    return message.filter is not None and message.filter.action in ("redact", "block")


def flag_words(message: Message, nickname: str) -> str:
    """ "Flagged: bullying or unkind words. How serious: high. What Hoot did: ..." """
    outcome = message.filter
    if outcome is None:
        return ""
    return flag_sentence(
        message.role, outcome.action, outcome.categories, outcome.severity, nickname
    )


def _time(moment: datetime) -> str:
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


def transcript_html(transcript: Transcript, nickname: str, target: int | None = None) -> str:
    """The chat as simple HTML for a QTextBrowser; `target` is marked and has an anchor."""
    colours = theme.palette().colours
    parts = [f"<h2>{html.escape(transcript.title)}</h2>"]
    if not transcript.messages:
        parts.append(f"<p>{html.escape(words('parent.transcripts.empty_chat'))}</p>")
    for message in transcript.messages:
        who = nickname if message.role is Role.USER else words("parent.transcripts.ai_name")
        header = words("parent.transcripts.header", who=who, when=_time(message.created_at))
        if message.interrupted:
            header += " " + words("parent.transcripts.interrupted")
        is_flagged = flagged(message)
        is_target = message.id == target
        background = colours["flag_bg"] if is_flagged else colours["input_bg"]
        border = colours["flag_border"] if is_flagged else colours["ai_border"]
        if is_target:
            border = colours["focus"]
        width = 3 if is_target else 1
        parts.append(f'<a name="m{message.id}"></a>')
        parts.append(
            f'<table width="100%" cellpadding="8" cellspacing="0" '
            f'style="margin-top:8px; background-color:{background}; '
            f'border:{width}px solid {border};"><tr><td>'
        )
        marker = words("parent.transcripts.found_marker") + " " if is_target else ""
        parts.append(f"<p><b>{html.escape(marker + header)}</b></p>")
        if is_flagged:
            parts.append(f"<p><b>{html.escape(flag_words(message, nickname))}</b></p>")
        body = html.escape(message.text or words("parent.transcripts.no_text"))
        parts.append(f"<p>{body.replace(chr(10), '<br>')}</p>")
        parts.append("</td></tr></table>")
    return "\n".join(parts)


def snippet_html(hit: SearchHit) -> str:
    """The snippet with the matched words in bold and underlined (escaped, safe)."""
    out: list[str] = []
    position = 0
    for start, end in hit.highlights:
        out.append(html.escape(hit.snippet[position:start]))
        out.append(f"<b><u>{html.escape(hit.snippet[start:end])}</u></b>")
        position = end
    out.append(html.escape(hit.snippet[position:]))
    return "".join(out)


class TranscriptsPage(Page):
    """Read a child's chats and search them; opened at a message from home or a report."""

    page_id = "transcripts"
    title_key = "parent.transcripts.title"
    intro_key = "parent.transcripts.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.known_children: dict[int, ChildProfile] = {}
        self.chats: list[ChatLine] = []
        self.hits: list[SearchHit] = []
        self.transcript: Transcript | None = None
        self._pending_link: TranscriptLink | None = None

        top = QHBoxLayout()
        self.picker = ChildPicker()
        self.picker.child_chosen.connect(self._on_child_chosen)
        top.addWidget(buddy(words("parent.transcripts.child_label"), self.picker))
        top.addWidget(self.picker)
        top.addSpacing(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(words("parent.transcripts.search_placeholder"))
        self.search_edit.setAccessibleName(words("parent.transcripts.search_accessible"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        top.addWidget(self.search_edit, 1)
        self.search_button = button(words("parent.transcripts.search"))
        self.search_button.clicked.connect(self.search)
        top.addWidget(self.search_button)
        self.body.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_caption = muted("")
        left_layout.addWidget(self.list_caption)
        self.lists = QStackedWidget()
        self.chat_list = QListWidget()
        self.chat_list.setObjectName("ParentList")
        self.chat_list.setAccessibleName(words("parent.transcripts.chats_accessible"))
        # Long titles wrap in a narrow window instead of hiding behind a sideways scroll.
        self.chat_list.setWordWrap(True)
        self.chat_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chat_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.chat_list.currentRowChanged.connect(self._on_chat_row_changed)
        self.hit_list = QListWidget()
        self.hit_list.setObjectName("ParentList")
        self.hit_list.setAccessibleName(words("parent.transcripts.results_accessible"))
        self.hit_list.setWordWrap(True)
        self.hit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hit_list.viewport().installEventFilter(self)
        self.hit_list.currentRowChanged.connect(self._on_hit_row_changed)
        self.lists.addWidget(self.chat_list)
        self.lists.addWidget(self.hit_list)
        left_layout.addWidget(self.lists, 1)
        self.back_button = button(words("parent.transcripts.back_to_chats"), secondary=True)
        self.back_button.clicked.connect(self.show_chats)
        self.back_button.hide()
        left_layout.addWidget(self.back_button)
        splitter.addWidget(left)

        self.reader = QTextBrowser()
        self.reader.setObjectName("TranscriptReader")
        self.reader.setAccessibleName(words("parent.transcripts.reader_accessible"))
        self.reader.setOpenLinks(False)
        self.reader.setPlaceholderText(words("parent.transcripts.choose_chat"))
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setMinimumHeight(440)
        self.body.addWidget(splitter, 1)
        self.message = MessageLine()
        self.body.addWidget(self.message)

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        self.run(store.profiles.all, self._on_children_loaded, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _on_children_loaded(self, children: list[ChildProfile]) -> None:
        self.known_children = {child.id: child for child in children}
        self.picker.set_children(children, self.context.today())
        link = self._pending_link
        if link is not None and self.picker.choose(link.child_id):
            self._load_chats(link.child_id)
            return
        child_id = self.picker.child_id()
        if child_id is None:
            self.chat_list.clear()
            self.reader.clear()
            self.list_caption.setText(words("parent.transcripts.no_children"))
            return
        self._load_chats(child_id)

    def show_item(self, argument: object) -> None:
        if isinstance(argument, TranscriptLink):
            self._pending_link = argument
            if self.picker.choose(argument.child_id):
                self._load_chats(argument.child_id)

    def _on_child_chosen(self, child_id: object) -> None:
        self._pending_link = None
        self.transcript = None
        self.reader.clear()
        if isinstance(child_id, int):
            self._load_chats(child_id)

    def _load_chats(self, child_id: int) -> None:
        store = self.context.store

        def load() -> list[ChatLine]:
            severities: dict[int, Counter[Severity]] = {}
            for event in store.events.for_child(child_id):
                conversation = event.details.get("conversation_id")
                if is_concern(event) and isinstance(conversation, int):
                    severities.setdefault(conversation, Counter())[event.severity] += 1
            return [
                chat_line(summary, severities.get(summary.conversation.id, Counter()))
                for summary in store.history.conversations(child_id)
            ]

        self.run(load, self._on_chats_loaded, self._on_failed)

    def _on_chats_loaded(self, chats: list[ChatLine]) -> None:
        self.chats = chats
        self.show_chats()
        self.chat_list.blockSignals(True)
        self.chat_list.clear()
        for chat in chats:
            self.chat_list.addItem(self._chat_item(chat))
        self.chat_list.blockSignals(False)
        name = self._nickname()
        if chats:
            self.list_caption.setText(
                words("parent.transcripts.chats_caption", name=name, count=len(chats))
            )
        else:
            self.list_caption.setText(words("parent.transcripts.no_chats", name=name))
        link = self._pending_link
        self._pending_link = None
        if link is not None and (link.conversation_id or link.message_id):
            self.open_conversation(link.conversation_id, target=link.message_id)

    def _chat_item(self, chat: ChatLine) -> QListWidgetItem:
        summary = chat.summary
        title = summary.display_title or words("parent.transcripts.untitled")
        when = summary.last_message_at or summary.conversation.started_at
        line = words(
            "parent.transcripts.chat_line",
            title=title,
            when=when.astimezone().strftime("%a %d %b"),
            messages=counted("parent.common.messages", summary.message_count),
        )
        if chat.flagged:
            line += "\n" + chat_flag_words(chat)
        item = QListWidgetItem(line)
        item.setData(Qt.ItemDataRole.UserRole, summary.conversation.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, line.replace("\n", ". "))
        return item

    def _nickname(self) -> str:
        child_id = self.picker.child_id()
        child = self.known_children.get(child_id) if child_id is not None else None
        return child.nickname if child else ""

    # -- reading ----------------------------------------------------------------------------

    def _on_chat_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.chats):
            self.open_conversation(self.chats[row].summary.conversation.id)

    def open_conversation(self, conversation_id: int | None, *, target: int | None = None) -> None:
        """Show one chat (found from `target` when only the message is known)."""
        store = self.context.store
        titles = {line.summary.conversation.id: line.summary.display_title for line in self.chats}

        def load() -> Transcript:
            chat_id = conversation_id
            if chat_id is None and target is not None:
                chat_id = store.history.message(target).conversation_id
            if chat_id is None:
                raise ValueError("no chat to open")
            messages = tuple(store.history.messages(chat_id))
            return Transcript(chat_id, titles.get(chat_id, ""), messages)

        self.run(
            load, lambda transcript: self._show_transcript(transcript, target), self._on_failed
        )

    def _show_transcript(self, transcript: Transcript, target: int | None) -> None:
        self.transcript = transcript
        child_id = self.picker.child_id()
        if child_id is not None:
            store = self.context.store
            chat_id = transcript.conversation_id
            message_ids = [message.id for message in transcript.messages]
            self.run(
                lambda: mark_chat_read(store, child_id, chat_id, message_ids),
                lambda _none: None,
            )
        title = transcript.title or words("parent.transcripts.untitled")
        shown = Transcript(transcript.conversation_id, title, transcript.messages)
        self.reader.setHtml(transcript_html(shown, self._nickname(), target))
        if target is not None:
            self.reader.scrollToAnchor(f"m{target}")
        for row, chat in enumerate(self.chats):
            if chat.summary.conversation.id == transcript.conversation_id:
                self.chat_list.blockSignals(True)
                self.chat_list.setCurrentRow(row)
                self.chat_list.blockSignals(False)

    # -- searching --------------------------------------------------------------------------

    def search(self) -> None:
        query = self.search_edit.text().strip()
        child_id = self.picker.child_id()
        if not query or child_id is None:
            self.show_chats()
            return
        store = self.context.store
        self.run(
            lambda: store.history.search(child_id, query),
            lambda hits: self._show_hits(query, hits),
            self._on_failed,
        )

    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.hit_list.blockSignals(True)
        self.hit_list.clear()
        name = self._nickname()
        for hit in hits:
            who = name if hit.message.role is Role.USER else words("parent.transcripts.ai_name")
            when = hit.message.created_at.astimezone().strftime("%a %d %b %Y")
            label = QLabel(f"<b>{html.escape(who)}</b>, {html.escape(when)}<br>{snippet_html(hit)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setObjectName("SearchHit")
            label.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{who}, {when}: {hit.snippet}")
            self.hit_list.addItem(item)
            self.hit_list.setItemWidget(item, label)
        self.hit_list.blockSignals(False)
        self._fit_hits()
        self.lists.setCurrentWidget(self.hit_list)
        self.back_button.show()
        if hits:
            self.list_caption.setText(
                words(
                    "parent.transcripts.found",
                    messages=counted("parent.common.messages", len(hits)),
                    query=query,
                )
            )
        else:
            self.list_caption.setText(words("parent.transcripts.found_none", query=query))

    def _fit_hits(self) -> None:
        """Give each result the height its wrapped text needs at the list's width (a wrapped
        label knows its height only for a given width)."""
        width = max(120, self.hit_list.viewport().width())
        # The style sheet pads each item (6 px above and below, 4 px at the sides).
        inner = width - 2 * _HIT_SIDE_PADDING
        for row in range(self.hit_list.count()):
            item = self.hit_list.item(row)
            label = self.hit_list.itemWidget(item)
            if label is not None:
                label.ensurePolished()
                height = label.heightForWidth(inner) + 2 * _HIT_END_PADDING + 2
                item.setSizeHint(QSize(width, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.hit_list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_hits()
        return super().eventFilter(watched, event)

    def _on_hit_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            message = self.hits[row].message
            self.open_conversation(message.conversation_id, target=message.id)

    def show_chats(self) -> None:
        self.lists.setCurrentWidget(self.chat_list)
        self.back_button.hide()
        if self.chats:
            self.list_caption.setText(
                words(
                    "parent.transcripts.chats_caption", name=self._nickname(), count=len(self.chats)
                )
            )

    def on_locked(self) -> None:
        self.reader.clear()
        self.transcript = None
        self.hits = []
        self.hit_list.clear()
        self.search_edit.clear()
