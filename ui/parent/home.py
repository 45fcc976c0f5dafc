"""The parent area's home: what is on, what happened, what to do, in that order.

Above them, while serious events wait to be read, a banner says how many in words and opens the
most serious one's chat; after a crisis, "What to do next" gives the steps and help lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.family import guard
from app.family.connection import KeyLocation, api_key_location
from app.family.consent import needs_fresh_consent
from app.monitor.alerts import EmailConfig, severity_words
from app.monitor.events import describe, is_concern
from app.safety.verdict import Severity
from app.store import ChainCheck, Event, KeyStorage
from app.text import words
from ui.parent.attention import CrisisAdvice, crisis_advice, mark_read, unread_serious
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, counted, heading, muted, text
from ui.parent.page import Page, button, button_row, section
from ui.parent.transcripts import TranscriptLink

#: "What happened" covers this many days.
RECENT_DAYS = 7
#: At most this many events are listed on the home page.
RECENT_LIMIT = 12
#: Machine-wide happenings of this severity or more are listed with the children's.
_LISTED_MACHINE_SEVERITY = Severity.MEDIUM


class StatusState(StrEnum):
    """How a status line reads; shown as a word, the colour only repeats it."""

    GOOD = "good"
    NOTE = "note"
    OFF = "off"


@dataclass(frozen=True)
class Task:
    """A suggestion on the home page: its words and the page (and item) it opens."""

    text: str
    page_id: str
    argument: object = None


@dataclass(frozen=True)
class StatusLine:
    """One line of "What is on": a title, a one-word badge, a sentence, and maybe a button."""

    title: str
    state: StatusState
    badge: str
    detail: str
    action: Task | None = None


@dataclass(frozen=True)
class RecentEvent:
    event_id: int
    severity: Severity
    occurred_at: datetime
    child_id: int | None
    nickname: str | None
    what: str
    message_id: int | None
    conversation_id: int | None


@dataclass(frozen=True)
class HomeState:
    status: tuple[StatusLine, ...]
    recent: tuple[RecentEvent, ...]
    chain: ChainCheck
    tasks: tuple[Task, ...]
    #: Serious events not read yet, most serious first (the banner).
    attention: tuple[RecentEvent, ...] = ()
    #: "What to do next" after a recent crisis.
    advice: CrisisAdvice | None = None


def load_home(context: ParentContext, tray_available: bool = True) -> HomeState:
    """Everything the home page shows (reads the store; run it off the GUI thread).

    `tray_available`: whether desktop alerts can be shown here (ask Qt on the GUI thread).
    """
    store, settings, policy = context.store, context.settings, context.policy
    now = context.now()
    email = EmailConfig.from_settings(settings)
    desktop = bool(settings.get("alerts.desktop"))
    key_place = api_key_location(store)
    school_key = policy is not None and bool(policy.api_key_file or policy.api_key_env)
    protection = guard.protection_status()
    children = store.profiles.all()
    names = {child.id: child.nickname for child in children}

    status = (
        _data_line(store.status.key_storage),
        _connection_line(key_place, school_key, bool(settings.get("demo_allowed"))),
        _alerts_line(email, desktop, tray_available),
        _policy_line(policy is not None, len(policy.locked) if policy else 0),
        StatusLine(
            words("parent.home.status.guard_title"),
            StatusState.GOOD if protection.available else StatusState.NOTE,
            words("parent.home.badge.on" if protection.available else "parent.home.badge.off"),
            protection.message,
        ),
    )

    events = store.events.between(now - timedelta(days=RECENT_DAYS), None)
    listed = [
        event for event in events if is_concern(event) or event.severity >= _LISTED_MACHINE_SEVERITY
    ]
    listed.sort(key=lambda event: (event.severity.rank, event.occurred_at, event.id), reverse=True)
    recent = tuple(_recent(event, names) for event in listed[:RECENT_LIMIT])
    chain = store.events.verify_chain()
    attention = tuple(_recent(event, names) for event in unread_serious(store, now))
    advice = crisis_advice(store, settings, now)

    tasks: list[Task] = []
    if not chain.intact:
        tasks.append(Task(words("parent.home.task.chain"), "reports"))
    serious = [event for event in recent if event.severity >= Severity.HIGH and event.child_id]
    if serious:
        first = serious[0]
        link = TranscriptLink(first.child_id or 0, first.conversation_id, first.message_id)
        tasks.append(Task(words("parent.home.task.read_flagged"), "transcripts", link))
    if not children:
        tasks.append(Task(words("parent.home.task.add_child"), "children"))
    if email is None and not settings.is_locked("alerts.email_to"):
        tasks.append(Task(words("parent.home.task.alerts"), "alerts"))
    if key_place is None and not school_key:
        tasks.append(Task(words("parent.home.task.connect"), "connection"))
    if needs_fresh_consent(store):
        tasks.append(Task(words("parent.home.task.notice"), "data"))
    if children:
        tasks.append(Task(words("parent.home.task.report"), "reports"))
    return HomeState(status, recent, chain, tuple(tasks), attention, advice)


def _line(title: str, state: StatusState, badge: str, detail: str, **fields: object) -> StatusLine:
    return StatusLine(
        words(f"parent.home.status.{title}"),
        state,
        words(f"parent.home.badge.{badge}"),
        words(f"parent.home.status.{detail}", **fields),
    )


def _data_line(storage: KeyStorage) -> StatusLine:
    if storage is KeyStorage.KEYRING:
        return _line("data_title", StatusState.GOOD, "encrypted", "data_keyring")
    return _line("data_title", StatusState.NOTE, "encrypted", "data_file")


def _connection_line(place: KeyLocation | None, school_key: bool, demo: bool) -> StatusLine:
    if school_key:
        return _line("ai_title", StatusState.GOOD, "school", "ai_school")
    if place is KeyLocation.KEYRING:
        return _line("ai_title", StatusState.GOOD, "connected", "ai_keyring")
    if place is KeyLocation.STORE:
        return _line("ai_title", StatusState.GOOD, "connected", "ai_store")
    if demo:
        return _line("ai_title", StatusState.NOTE, "demo", "ai_demo")
    return _line("ai_title", StatusState.OFF, "off", "ai_none")


def _alerts_line(email: EmailConfig | None, desktop: bool, tray: bool) -> StatusLine:
    if email is not None:
        if desktop and not tray:
            detail = "alerts_email_no_tray"
        else:
            detail = "alerts_email_desktop" if desktop else "alerts_email"
        return _line("alerts_title", StatusState.GOOD, "email", detail, address=email.recipient)
    set_up = Task(words("parent.home.status.alerts_set_up"), "alerts")
    if desktop and not tray:
        # The desktop notices are on, but this desktop has nowhere to show them.
        line = _line("alerts_title", StatusState.OFF, "not_shown", "alerts_no_tray")
        return StatusLine(line.title, line.state, line.badge, line.detail, set_up)
    if desktop:
        return _line("alerts_title", StatusState.NOTE, "screen", "alerts_desktop")
    line = _line("alerts_title", StatusState.OFF, "off", "alerts_off")
    return StatusLine(line.title, line.state, line.badge, line.detail, set_up)


def _policy_line(present: bool, locked: int) -> StatusLine:
    if not present:
        return _line("policy_title", StatusState.GOOD, "none", "policy_none")
    settings = counted("parent.common.settings", locked)
    return _line("policy_title", StatusState.NOTE, "school", "policy_present", settings=settings)


def _recent(event: Event, names: dict[int, str]) -> RecentEvent:
    conversation = event.details.get("conversation_id")
    return RecentEvent(
        event_id=event.id,
        severity=event.severity,
        occurred_at=event.occurred_at,
        child_id=event.child_id,
        nickname=names.get(event.child_id) if event.child_id is not None else None,
        what=describe(event),
        message_id=event.message_id,
        conversation_id=int(conversation) if isinstance(conversation, int) else None,
    )


def when_words(moment: datetime) -> str:
    return moment.astimezone().strftime("%a %d %b, %H:%M")


class _WrappingDelegate(QStyledItemDelegate):
    """Measures the last column's cells at its width, so wrapped words get the rows they need
    (QTreeView measures rows as if every column were one line wide)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != self.tree.columnCount() - 1:
            return super().sizeHint(option, index)  # the first columns fit their words
        measured = QStyleOptionViewItem(option)
        # Any height: the style only wraps within a rectangle that is valid.
        measured.rect = QRect(0, 0, self.tree.columnWidth(index.column()), 1000)
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(measured, index)


class EventTable(QTreeWidget):
    """Recent events, most serious first: as tall as its rows (the page scrolls, not the
    table), and the "What happened" column wraps to the width there is."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(_WrappingDelegate(self))
        self.setObjectName("ParentTable")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_rows(self) -> None:
        """Size the first columns to their words and the table to its (wrapped) rows."""
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
        self.doItemsLayout()
        rows = 0
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None:
                rows += self.indexRowSizeHint(self.indexFromItem(item))
        self.setFixedHeight(self.header().sizeHint().height() + rows + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_rows()


class HomePage(Page):
    """A banner while serious events wait to be read, "What to do next" after a crisis, then
    what is on (the status panel), what happened (recent events), what to do (links)."""

    page_id = "home"
    title_key = "parent.home.title"
    intro_key = "parent.home.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: HomeState | None = None

        # -- the banner, above even the page's title
        self.banner = QFrame()
        self.banner.setObjectName("AttentionBanner")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(14, 10, 14, 10)
        banner_row.setSpacing(12)
        banner_words = QVBoxLayout()
        banner_words.setSpacing(4)
        self.banner_title = text("", object_name="AttentionTitle")
        self.banner_detail = text("")
        banner_words.addWidget(self.banner_title)
        banner_words.addWidget(self.banner_detail)
        banner_row.addLayout(banner_words, 1)
        self.read_now_button = button(
            words("parent.home.attention.read_now"), object_name="ReadNowButton"
        )
        self.read_now_button.setAccessibleName(words("parent.home.attention.read_now_accessible"))
        self.read_now_button.clicked.connect(self.read_now)
        banner_row.addWidget(self.read_now_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self.body.insertWidget(0, self.banner)

        # -- what to do next after a crisis
        self.advice = QFrame()
        self.advice.setObjectName("ParentSection")
        advice_layout = QVBoxLayout(self.advice)
        advice_layout.setContentsMargins(14, 12, 14, 14)
        advice_layout.setSpacing(8)
        self.advice_heading = heading("", level=2)
        advice_layout.addWidget(self.advice_heading)
        self.advice_steps = QVBoxLayout()
        self.advice_steps.setSpacing(6)
        advice_layout.addLayout(self.advice_steps)
        self.advice.hide()
        self.body.addWidget(self.advice)

        status_frame, status_layout = section(words("parent.home.status_heading"))
        self.status_grid = QGridLayout()
        self.status_grid.setHorizontalSpacing(14)
        self.status_grid.setVerticalSpacing(8)
        self.status_grid.setColumnStretch(2, 1)
        status_layout.addLayout(self.status_grid)
        self.status_buttons: list[QPushButton] = []
        self.body.addWidget(status_frame)

        happened_frame, happened_layout = section(words("parent.home.happened_heading"))
        self.chain_warning = MessageLine()
        happened_layout.addWidget(self.chain_warning)
        self.happened_summary = muted("")
        happened_layout.addWidget(self.happened_summary)
        self.events = EventTable()
        self.events.setAccessibleName(words("parent.home.events_accessible"))
        self.events.setHeaderLabels(
            [
                words("parent.home.column_severity"),
                words("parent.home.column_when"),
                words("parent.home.column_child"),
                words("parent.home.column_what"),
            ]
        )
        self.events.itemActivated.connect(self._on_event_activated)
        happened_layout.addWidget(self.events)
        happened_layout.addWidget(muted(words("parent.home.events_hint")))
        self.body.addWidget(happened_frame)

        todo_frame, todo_layout = section(words("parent.home.todo_heading"))
        self.tasks_box = QVBoxLayout()
        self.tasks_box.setSpacing(6)
        todo_layout.addLayout(self.tasks_box)
        self.task_buttons: list[QWidget] = []
        self.body.addWidget(todo_frame)
        self.message = MessageLine()
        self.body.addWidget(self.message)
        self.body.addStretch(1)

    def refresh(self) -> None:
        context = self.context
        # Qt answers this on the GUI thread only; the store is read on the worker.
        tray = context.tray_available()
        self.run(lambda: load_home(context, tray), self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _show(self, state: HomeState) -> None:
        self.state = state
        self.message.clear_message()
        self._show_attention(state.attention)
        self._show_advice(state.advice)
        self._show_status(state.status)
        self._show_events(state)
        self._show_tasks(state.tasks)

    def _show_attention(self, waiting: tuple[RecentEvent, ...]) -> None:
        if not waiting:
            self.banner.hide()
            return
        self.banner_title.setText(attention_words(waiting))
        first = waiting[0]
        self.banner_detail.setText(
            words(
                "parent.home.attention.most_serious",
                what=first.what,
                name=first.nickname or words("parent.home.no_child"),
                when=when_words(first.occurred_at),
                severity=severity_words(first.severity),
            )
        )
        self.banner.setAccessibleName(self.banner_title.text())
        self.banner.setAccessibleDescription(self.banner_detail.text())
        self.banner.show()

    def _show_advice(self, advice: CrisisAdvice | None) -> None:
        while self.advice_steps.count():
            item = self.advice_steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if advice is None:
            self.advice.hide()
            return
        self.advice_heading.setText(advice.heading)
        self.advice_heading.setAccessibleName(advice.heading)
        for number, step in enumerate(advice.steps, start=1):
            self.advice_steps.addWidget(text(f"{number}. {step}"))
        for line in advice.help_lines:
            shown = text(f"•  {line}", object_name="AdviceHelpLine")
            shown.setContentsMargins(24, 0, 0, 0)
            self.advice_steps.addWidget(shown)
        self.advice.show()

    def read_now(self) -> None:
        """Open the most serious unread event's chat (and count it as read)."""
        state = self.state
        if state is None or not state.attention:
            return
        self._open_event(state.attention[0])

    def _open_event(self, event: RecentEvent) -> None:
        if event.child_id is None:
            return
        store = self.context.store
        self.run(lambda: mark_read(store, [event.event_id]), lambda _none: None)
        self.navigate.emit(
            "transcripts",
            TranscriptLink(event.child_id, event.conversation_id, event.message_id),
        )

    def _show_status(self, lines: tuple[StatusLine, ...]) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status_buttons = []
        for row, line in enumerate(lines):
            badge = QLabel(line.badge)
            badge.setObjectName("StatusBadge")
            badge.setProperty("state", line.state.value)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setAccessibleName(f"{line.title}: {line.badge}")
            title = text(line.title, object_name="StatusTitle")
            self.status_grid.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            self.status_grid.addWidget(title, row, 1, Qt.AlignmentFlag.AlignTop)
            self.status_grid.addWidget(self._status_detail(line), row, 2)

    def _status_detail(self, line: StatusLine) -> QWidget:
        detail = text(line.detail)
        task = line.action
        if task is None:
            return detail
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(detail)
        made = button(task.text, secondary=True)
        made.clicked.connect(
            lambda _checked=False, chosen=task: self.navigate.emit(chosen.page_id, chosen.argument)
        )
        self.status_buttons.append(made)
        column.addLayout(button_row(made))
        return holder

    def _show_events(self, state: HomeState) -> None:
        if state.chain.intact:
            self.chain_warning.clear_message()
        else:
            self.chain_warning.say(chain_warning_words(state.chain), Tone.PROBLEM)
        self.events.clear()
        counts = {severity: 0 for severity in Severity}
        for event in state.recent:
            counts[event.severity] += 1
            item = QTreeWidgetItem(
                [
                    severity_words(event.severity),
                    when_words(event.occurred_at),
                    event.nickname or words("parent.home.no_child"),
                    event.what,
                ]
            )
            for column in range(self.events.columnCount()):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                )
            item.setData(0, Qt.ItemDataRole.UserRole, event)
            item.setToolTip(3, event.what)
            self.events.addTopLevelItem(item)
        self.events.fit_rows()
        if state.recent:
            self.happened_summary.setText(
                words(
                    "parent.home.happened_counts",
                    days=RECENT_DAYS,
                    urgent=counts[Severity.CRITICAL],
                    high=counts[Severity.HIGH],
                    other=counts[Severity.MEDIUM] + counts[Severity.LOW],
                )
            )
        else:
            self.happened_summary.setText(words("parent.home.happened_none", days=RECENT_DAYS))
        self.events.setVisible(bool(state.recent))

    def _show_tasks(self, tasks: tuple[Task, ...]) -> None:
        for old in self.task_buttons:
            old.deleteLater()
        self.task_buttons = []
        for task in tasks:
            made = button(task.text, object_name="TaskButton")
            made.clicked.connect(
                lambda _checked=False, chosen=task: self.navigate.emit(
                    chosen.page_id, chosen.argument
                )
            )
            self.tasks_box.addWidget(made)
            self.task_buttons.append(made)

    def _on_event_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        event = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(event, RecentEvent):
            self._open_event(event)


def attention_words(waiting: tuple[RecentEvent, ...]) -> str:
    """The banner's first line: how many serious events wait, and how serious, in words."""
    urgent = sum(1 for event in waiting if event.severity >= Severity.CRITICAL)
    high = len(waiting) - urgent
    if urgent and high:
        return words("parent.home.attention.mixed", count=len(waiting), urgent=urgent, high=high)
    if urgent:
        return counted("parent.home.attention.urgent", urgent)
    return counted("parent.home.attention.high", high)


def chain_warning_words(chain: ChainCheck) -> str:
    """The home page's warning when the event record was changed outside Hoot."""
    if chain.first_broken_event_id is None:
        return words("parent.home.chain_broken_head")
    return words("parent.home.chain_broken", event=chain.first_broken_event_id)
