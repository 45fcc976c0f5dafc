"""The child's chat window: AI banner, message list, text box, Send and Stop."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.age_bands import DEFAULT_BAND, AgeBand
from app.text import words
from ui import theme
from ui.chat.banner import AiBanner
from ui.chat.bubbles import BubbleDelegate
from ui.chat.composer import MessageBox
from ui.chat.crisis import crisis_markdown
from ui.chat.model import BubbleKind, BubbleState, MessageListModel, Roles
from ui.tasks import QueryOp

if TYPE_CHECKING:
    # The chat's core (filter, store, AI SDK) and its dialogs load after the window shows.
    from PySide6.QtCore import QThread

    from app.chat.conversation import Conversation
    from app.chat.session import ChatSession, ShownMessage, ShownPage
    from app.chat.turns import TurnEvent
    from app.guidance.crisis import CrisisCard
    from app.guidance.tips import Tip
    from app.monitor.time_limits import TimeLimits
    from ui.chat.worker import ReplyWorker
    from ui.learn import LearnDialog
    from ui.tour import TourDialog

log = logging.getLogger(__name__)

#: Smallest window that still shows the whole banner, a few bubbles and the text box.
MIN_WIDTH = 440
MIN_HEIGHT = 520
#: Links in replies cannot be opened at all for these bands; older children are asked first.
LINK_FREE_BANDS = frozenset({AgeBand.AGES_5_7, AgeBand.AGES_8_10})
#: Active chatting is counted for time limits at most this often (seconds).
ACTIVITY_EVERY_SECONDS = 20
#: Streamed text reaches the screen at most this often (ms); the first piece shows at once.
REPAINT_INTERVAL_MS = 33


class ChatWindow(QMainWindow):
    """Shows a `Conversation` and forwards the child's intent to it.

    The core call runs on a worker thread (`ui.chat.worker`); this window only shows what the
    worker reports. Esc or Stop cancels a reply at once; closing mid-reply exits cleanly.

    Signals: crisis_shown() when the help card appears; tour_finished() after the first-run
    tour; grown_ups_requested() and
    switch_requested() from the header; time_up(LimitStatus) when today's time is used up or
    quiet hours began (the app then shows the time-up screen).
    """

    crisis_shown = Signal()
    tour_finished = Signal()
    grown_ups_requested = Signal()
    switch_requested = Signal()
    time_up = Signal(object)
    ready = Signal()

    def __init__(
        self,
        conversation: Conversation | None = None,
        *,
        session: ChatSession | None = None,
        band: AgeBand = DEFAULT_BAND,
        region: str | None = None,
        child_name: str = "",
        limits: TimeLimits | None = None,
        can_switch: bool = False,
        show_grown_ups: bool = False,
        opening: bool = False,
    ) -> None:
        super().__init__()
        if conversation is None and session is None and not opening:
            raise ValueError("a ChatWindow needs a conversation or a session")
        self.session: ChatSession | None = None
        self.conversation: Conversation | None = None
        self.band = band
        self.region = region
        self.child_name = ""
        self.limits: TimeLimits | None = None
        self._is_ready = False
        self._send_when_ready = False
        self._shortcuts_made = False
        self._last_activity = 0.0
        self._warned = False
        #: True until the chat can be used: while Hoot opens, and while a chat loads.
        self._loading = True
        #: Earlier messages of this chat still in the store (loaded as the child scrolls up).
        self._earlier = 0
        self._paging = False
        self._keep_from_bottom: int | None = None
        self._adjusting = False
        self.learn_dialog: LearnDialog | None = None
        self.tour_dialog: TourDialog | None = None
        self._tip: Tip | None = None
        self._worker: ReplyWorker | None = None
        self._thread: QThread | None = None
        #: Every turn's (worker, thread) until its thread has finished; Python owns them.
        self._turns: list[tuple[ReplyWorker, QThread]] = []
        self._reply_row: int | None = None
        self._pending_text = ""
        self._last_paint = 0.0
        self._point_size = theme.current_point_size()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._flush_reply_text)

        self.setWindowTitle(words("chat.window_title"))
        self.setWindowIcon(theme.owl_icon())
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build()
        self._apply_point_size(self._point_size)
        self.message_box.setFocus()
        if opening:
            # Shown at launch before the store is open: the child can start typing at once.
            self.model.append(BubbleKind.NOTICE, words("chat.opening"))
            return
        self.bind(
            conversation,
            session=session,
            child_name=child_name,
            limits=limits,
            can_switch=can_switch,
            show_grown_ups=show_grown_ups,
        )

    @classmethod
    def opening(cls) -> ChatWindow:
        """The chat window as Hoot starts, before it knows whose chat to show: banner, header
        and text box are there at once (typing works, Send waits); `bind` fills it in."""
        return cls(opening=True)

    @property
    def is_ready(self) -> bool:
        """True once the child's chat is shown and Send works (see the `ready` signal)."""
        return self._is_ready

    def bind(
        self,
        conversation: Conversation | None = None,
        *,
        session: ChatSession | None = None,
        child_name: str = "",
        limits: TimeLimits | None = None,
        can_switch: bool = False,
        show_grown_ups: bool = False,
    ) -> None:
        """Show this chat: the child's latest one from `session`, or `conversation`."""
        if conversation is None:
            if session is None:
                raise ValueError("a ChatWindow needs a conversation or a session")
            conversation = session.new_conversation()
        self.session = session
        if session is not None:
            self.band, self.region = session.child.band, session.child.region
        self.child_name = child_name
        self.limits = limits
        self.child_label.setText(child_name)
        self.child_label.setAccessibleName(words("chat.child_label", name=child_name))
        self.child_label.setVisible(bool(child_name))
        self.switch_button.setVisible(can_switch)
        self.grown_ups_button.setVisible(show_grown_ups)
        self.demo_badge.setVisible(conversation.backend.is_demo)
        saves = session is not None and session.store is not None
        for button in (self.new_chat_button, self.past_chats_button):
            button.setVisible(saves)
        self.learn_button.setEnabled(True)
        self._add_shortcuts()
        self._loading = False
        self._show_conversation(conversation, [])
        if session is not None and saves:
            self._load(session.open_latest)
        else:
            # From the event loop, so whoever bound the window has connected its signals (and
            # an Enter pressed while Hoot opened is sent after that, not inside `bind`).
            QTimer.singleShot(0, self._become_ready)

    def _become_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()
        if self._send_when_ready and not self._loading:
            self._send_when_ready = False
            self.send()

    # ----- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("ChatPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(8)

        header = QHBoxLayout()
        self.owl = QLabel()
        self.owl.setAccessibleName(words("chat.ai_name"))
        header.addWidget(self.owl)
        self.title = QLabel(words("chat.window_title"))
        self.title.setObjectName("AppTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.child_label = QLabel()
        self.child_label.setObjectName("ChildChip")
        self.child_label.hide()
        header.addWidget(self.child_label)
        self.switch_button = self._secondary(
            "shell.chat.switch", "shell.chat.switch_tip", self.switch_requested.emit
        )
        self.switch_button.hide()
        header.addWidget(self.switch_button)
        self.grown_ups_button = self._secondary(
            "shell.chat.grown_ups", "shell.picker.grown_ups_tip", self.grown_ups_requested.emit
        )
        self.grown_ups_button.hide()
        header.addWidget(self.grown_ups_button)
        outer.addLayout(header)

        self.banner = AiBanner()
        outer.addWidget(self.banner)

        self.demo_badge = QLabel(words("chat.demo_badge"))
        self.demo_badge.setObjectName("DemoBadge")
        self.demo_badge.setToolTip(words("chat.demo_badge_tip"))
        self.demo_badge.setAccessibleName(words("chat.demo_badge"))
        self.demo_badge.setWordWrap(True)
        self.demo_badge.hide()
        outer.addWidget(self.demo_badge)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.new_chat_button = self._secondary("chat.new_chat", "chat.new_chat_tip", self.new_chat)
        self.past_chats_button = self._secondary("chat.past_chats", "chat.past_chats_tip", None)
        self.past_chats_menu = QMenu(self.past_chats_button)
        self.past_chats_menu.aboutToShow.connect(self._fill_past_chats)
        self.past_chats_button.setMenu(self.past_chats_menu)
        for button in (self.new_chat_button, self.past_chats_button):
            button.hide()
            actions.addWidget(button)
        self.learn_button = self._secondary(
            "guidance.learn.title", "guidance.learn.open_tip", self.open_learning
        )
        self.learn_button.setEnabled(False)  # until Hoot knows the child's age band
        actions.addWidget(self.learn_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        self.model = MessageListModel()
        self.message_list = QListView()
        self.message_list.setObjectName("MessageList")
        self.message_list.setAccessibleName(words("chat.messages_accessible"))
        self.message_list.setModel(self.model)
        self.delegate = BubbleDelegate(self.message_list)
        self.message_list.setItemDelegate(self.delegate)
        self.message_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.message_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.message_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.message_list.setUniformItemSizes(False)
        # A long history is laid out in batches between events, so the window never freezes.
        self.message_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.message_list.setBatchSize(100)
        self.message_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.message_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        outer.addWidget(self.message_list, 1)

        self.error_bar = QFrame()
        self.error_bar.setObjectName("ErrorBar")
        error_layout = QHBoxLayout(self.error_bar)
        error_layout.setContentsMargins(10, 4, 6, 4)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        error_layout.addWidget(self.error_label, 1)
        self.try_again_button = QPushButton(words("chat.try_again"))
        self.try_again_button.setAccessibleName(words("chat.try_again"))
        self.try_again_button.clicked.connect(self.try_again)
        error_layout.addWidget(self.try_again_button)
        self.error_bar.hide()
        outer.addWidget(self.error_bar)

        self.tip_bar = QFrame()
        self.tip_bar.setObjectName("TipBar")
        tip_layout = QHBoxLayout(self.tip_bar)
        tip_layout.setContentsMargins(10, 4, 6, 4)
        self.tip_label = QLabel()
        self.tip_label.setWordWrap(True)
        tip_layout.addWidget(self.tip_label, 1)
        self.tip_learn_button = QPushButton(words("guidance.tips.learn_more"))
        self.tip_learn_button.setObjectName("SecondaryButton")
        self.tip_learn_button.clicked.connect(self._on_tip_learn_more)
        tip_layout.addWidget(self.tip_learn_button)
        self.tip_ok_button = QPushButton(words("guidance.tips.dismiss"))
        self.tip_ok_button.clicked.connect(self.tip_bar.hide)
        tip_layout.addWidget(self.tip_ok_button)
        self.tip_bar.hide()
        outer.addWidget(self.tip_bar)

        composer = QHBoxLayout()
        composer.setSpacing(8)
        self.message_box = MessageBox()
        self.message_box.submitted.connect(self.send)
        self.message_box.paste_refused.connect(
            lambda: self.model.append(BubbleKind.NOTICE, words("chat.paste_too_long"))
        )
        self.message_box.textChanged.connect(self._update_buttons)
        composer.addWidget(self.message_box, 1)
        self.send_button = QPushButton(words("chat.send"))
        self.send_button.setToolTip(words("chat.send_tip"))
        self.send_button.setAccessibleName(words("chat.send"))
        self.send_button.clicked.connect(self.send)
        composer.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.stop_button = QPushButton(words("chat.stop"))
        self.stop_button.setObjectName("SecondaryButton")
        self.stop_button.setToolTip(words("chat.stop_tip"))
        self.stop_button.setAccessibleName(words("chat.stop"))
        self.stop_button.clicked.connect(self.stop)
        composer.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(composer)
        self.setCentralWidget(page)

        QWidget.setTabOrder(self.message_box, self.send_button)
        QWidget.setTabOrder(self.send_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.try_again_button)
        QWidget.setTabOrder(self.try_again_button, self.message_list)
        QWidget.setTabOrder(self.message_list, self.learn_button)
        QWidget.setTabOrder(self.learn_button, self.switch_button)
        QWidget.setTabOrder(self.switch_button, self.grown_ups_button)

        self.message_list.viewport().installEventFilter(self)
        self.message_list.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self._stick_to_bottom = True
        self.message_list.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._update_buttons()

    def _add_shortcuts(self) -> None:
        """Esc stops a reply; Ctrl+plus/minus/0 size the text (made once the chat is there)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        if self._shortcuts_made:
            return
        self._shortcuts_made = True
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop)
        # Ctrl+plus as people type it: with or without Shift, and on the number pad.
        zoom_in_keys = (
            QKeySequence.StandardKey.ZoomIn,
            "Ctrl+=",
            "Ctrl++",
            "Ctrl+Shift+=",
            "Ctrl+Shift++",
            QKeyCombination(
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
                Qt.Key.Key_Plus,
            ),
        )
        for sequence in zoom_in_keys:
            QShortcut(QKeySequence(sequence), self, self.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.zoom_out)
        QShortcut(QKeySequence("Ctrl+0"), self, self.zoom_reset)

    def _secondary(
        self, text_key: str, tip_key: str, on_click: Callable[[], object] | None
    ) -> QPushButton:
        """An outlined button with its words, tooltip and accessible name."""
        button = QPushButton(words(text_key))
        button.setObjectName("SecondaryButton")
        button.setToolTip(words(tip_key))
        button.setAccessibleName(words(text_key))
        if on_click is not None:
            button.clicked.connect(on_click)
        return button

    def _welcome(self) -> str:
        """The first bubble: playful for young children, plainer from 11."""
        return words("chat.welcome" if self.band.youngest < 11 else "chat.welcome_older")

    # ----- chats --------------------------------------------------------------------------
    @Slot()
    def new_chat(self) -> None:
        """Start a fresh chat (the old one stays in 'My chats')."""
        if self.session is None or self.is_replying:
            return
        self._show_conversation(self.session.new_conversation(), [])

    def open_chat(self, conversation_id: int) -> None:
        """Carry on one of the child's past chats."""
        if self.session is None or self.is_replying:
            return
        session = self.session
        self._load(lambda: session.open(conversation_id))

    def _fill_past_chats(self) -> None:
        self.past_chats_menu.clear()
        chats = self.session.past_chats() if self.session is not None else []
        if not chats:
            empty = self.past_chats_menu.addAction(words("chat.no_past_chats"))
            empty.setEnabled(False)
            return
        for chat in chats[:30]:
            when = (
                chat.last_message_at.astimezone().strftime("%d %b") if chat.last_message_at else ""
            )
            title = chat.display_title or words("chat.untitled_chat")
            action = self.past_chats_menu.addAction(f"{title}  ·  {when}" if when else title)
            chat_id = chat.conversation.id
            action.triggered.connect(lambda _checked=False, chosen=chat_id: self.open_chat(chosen))

    def _load(self, open_chat: Callable[[], tuple[Conversation, ShownPage]]) -> None:
        self._loading = True
        self._update_buttons()
        QueryOp(parent=self, op=open_chat, success=self._on_chat_loaded).failure(
            self._on_chat_load_failed
        ).run_in_background()

    def _on_chat_loaded(self, loaded: tuple[Conversation, ShownPage]) -> None:
        self._loading = False
        conversation, page = loaded
        self._show_conversation(conversation, page.messages)
        self._earlier = page.earlier
        self._become_ready()

    def _on_chat_load_failed(self, _error: Exception) -> None:
        from app.store import child_help

        self._loading = False
        self._update_buttons()
        self.model.append(BubbleKind.NOTICE, child_help())
        self._become_ready()

    def _show_conversation(self, conversation: Conversation, shown: list[ShownMessage]) -> None:
        self.conversation = conversation
        self._earlier = 0
        self.error_bar.hide()
        self.tip_bar.hide()
        self.model.clear()
        self.delegate.clear_cache()
        self.model.append(BubbleKind.AI, self._welcome())
        self.model.extend(_bubbles(shown))
        self._stick_to_bottom = True
        self.message_list.scrollToBottom()
        self._update_buttons()
        self.message_box.setFocus()

    def _load_earlier(self) -> None:
        """The child scrolled to the top of a long chat: bring the page before it."""
        session = self.session
        conversation_id = self.conversation.conversation_id if self.conversation else None
        if session is None or conversation_id is None or self._earlier <= 0 or self._paging:
            return
        self._paging = True
        end = self._earlier
        QueryOp(
            parent=self, op=lambda: session.page(conversation_id, end), success=self._on_earlier
        ).failure(lambda _error: setattr(self, "_paging", False)).run_in_background()

    def _on_earlier(self, page: ShownPage) -> None:
        self._paging = False
        self._earlier = page.earlier
        bar = self.message_list.verticalScrollBar()
        # Keep what the child is looking at in place while older bubbles arrive above it.
        self._keep_from_bottom = bar.maximum() - bar.value()
        self.model.insert(1, _bubbles(page.messages))

    # ----- links in replies ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.message_list.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            index = self.message_list.indexAt(event.position().toPoint())
            if index.isValid() and index.data(Roles.KIND) == BubbleKind.AI.value:
                link = self.delegate.link_at(index, event.position().toPoint())
                if link:
                    self.link_clicked(link)
                    return True
        return super().eventFilter(watched, event)

    def link_clicked(self, link: str) -> None:
        """Links never open by themselves: the youngest are told why, older children are asked
        first, and only web addresses can open at all."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        url = QUrl(link)
        if self.band in LINK_FREE_BANDS or url.scheme() not in ("http", "https"):
            self.model.append(BubbleKind.NOTICE, words("chat.links_closed"))
            return
        answer = QMessageBox.question(
            self,
            words("chat.link_title"),
            words("chat.link_question", address=url.toDisplayString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    # ----- time limits --------------------------------------------------------------------
    def note_activity(self, *, force: bool = False) -> bool:
        """Count this minute as active chatting; False (and `time_up`) when time is over.

        Called on Send and as a reply streams in; at most every 20 s unless `force`.
        """
        if self.limits is None:
            return True
        from app.monitor.time_limits import LimitState

        now = time.monotonic()
        if not force and now - self._last_activity < ACTIVITY_EVERY_SECONDS:
            return True
        self._last_activity = now
        status = self.limits.status()
        if status.state in (LimitState.TIME_UP, LimitState.QUIET_HOURS):
            self.time_up.emit(status)
            return False
        self.limits.record_activity()
        status = self.limits.status()
        if status.state is LimitState.WARN and not self._warned:
            self._warned = True
            self.model.append(BubbleKind.NOTICE, words("shell.limits.warning"))
        return True

    # ----- first-run tour -----------------------------------------------------------------
    def start_tour(self) -> TourDialog:
        """Show a new child around: the banner, the text box, the Learn button."""
        from app.guidance.lessons import TourTarget, tour_steps
        from ui.tour import TourDialog

        targets = {
            TourTarget.BANNER: self.banner,
            TourTarget.MESSAGE_BOX: self.message_box,
            TourTarget.LEARN_BUTTON: self.learn_button,
        }
        dialog = TourDialog(tour_steps(self.band), targets, self)
        dialog.tour_finished.connect(self.tour_finished)
        self.tour_dialog = dialog
        dialog.show()
        return dialog

    # ----- learning -----------------------------------------------------------------------
    @Slot()
    def open_learning(self, lesson_id: str | None = None) -> LearnDialog:
        """Open 'Learn about AI' (at one lesson when `lesson_id` is given)."""
        if self.learn_dialog is None:
            from ui.learn import LearnDialog

            self.learn_dialog = LearnDialog(self.band, self.region, self, done=self._lessons_done())
            self.learn_dialog.lesson_opened.connect(self._on_lesson_opened)
            self.learn_dialog.lesson_finished.connect(self._on_lesson_finished)
        dialog = self.learn_dialog
        chosen = [lesson for lesson in dialog.lessons if lesson.id == lesson_id]
        if chosen:
            dialog.open_lesson(chosen[0])
        else:
            dialog.show_list()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _lessons_done(self) -> frozenset[str]:
        session = self.session
        if session is None or session.store is None or session.child.child_id is None:
            return frozenset()
        progress = session.store.lessons.progress(session.child.child_id)
        return frozenset(p.lesson_id for p in progress if p.completed_at is not None)

    def _record_lesson(self, lesson_id: str, *, finished: bool) -> None:
        """Lesson progress goes to the store (the parent's weekly report lists it)."""
        session = self.session
        if session is None or session.store is None or session.child.child_id is None:
            return
        lessons, child_id = session.store.lessons, session.child.child_id
        mark = lessons.mark_completed if finished else lessons.mark_started
        QueryOp(parent=self, op=lambda: mark(child_id, lesson_id), success=lambda _p: None).failure(
            lambda _error: None
        ).run_in_background()

    @Slot(str)
    def _on_lesson_opened(self, lesson_id: str) -> None:
        self._record_lesson(lesson_id, finished=False)

    @Slot(str, int, int)
    def _on_lesson_finished(self, lesson_id: str, _correct: int, _total: int) -> None:
        self._record_lesson(lesson_id, finished=True)

    # ----- text size ----------------------------------------------------------------------
    def zoom_in(self) -> None:
        self._apply_point_size(self._point_size + 2)

    def zoom_out(self) -> None:
        self._apply_point_size(self._point_size - 2)

    def zoom_reset(self) -> None:
        self._apply_point_size(theme.BASE_POINT_SIZE)

    @property
    def point_size(self) -> int:
        return self._point_size

    def _apply_point_size(self, size: int) -> None:
        self._point_size = max(theme.MIN_POINT_SIZE, min(theme.MAX_POINT_SIZE, size))
        theme.apply_style(self._point_size)
        self.ensurePolished()  # the style sheet's fonts first: the sizes below depend on them
        # Bigger text needs a bigger smallest window, so the banner always fits.
        scale = max(1.0, self._point_size / theme.BASE_POINT_SIZE)
        width, height = int(MIN_WIDTH * scale), int(MIN_HEIGHT * scale)
        # Never larger than the screen: the text box and Send must stay reachable.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width())
            height = min(height, screen.height())
        self.setMinimumSize(width, height)
        if self.height() > height and screen is not None and self.height() > screen.height():
            self.resize(self.width(), screen.height())
        side = int(self.title.fontMetrics().height() * 1.3)
        # The header keeps its height when its buttons appear (nothing jumps as Hoot opens).
        self.title.setMinimumHeight(self.grown_ups_button.sizeHint().height())
        self.owl.setPixmap(theme.owl_icon().pixmap(side, side))
        self.banner.refresh_font()
        self.message_box.refresh_font()
        self.delegate.clear_cache()
        self.message_list.doItemsLayout()

    # ----- sending ------------------------------------------------------------------------
    @property
    def is_replying(self) -> bool:
        return self._worker is not None

    @Slot()
    def send(self) -> None:
        text = self.message_box.toPlainText().strip()
        if not text or self.is_replying:
            return
        if self._loading:
            # Enter pressed while Hoot opens or a chat loads: send once it is there.
            self._send_when_ready = True
            return
        if not self.note_activity(force=True):
            return  # time is up: the app shows the time-up screen, the words stay in the box
        self.error_bar.hide()
        self._run_turn(text)

    @Slot()
    def try_again(self) -> None:
        if self.is_replying:
            return
        self.error_bar.hide()
        self._run_turn(None)

    @Slot()
    def stop(self) -> None:
        """Stop the reply at once: the bubble freezes now, the stream is closed behind it."""
        if self._worker is None:
            return
        self._worker.cancel.cancel()
        self._flush_reply_text()
        if self._reply_row is not None:
            self._finish_reply_bubble(BubbleState.STOPPED)
        self._update_buttons()

    def _run_turn(self, text: str | None) -> None:
        from ui.chat.worker import start_turn

        if self.conversation is None:
            return
        worker, thread = start_turn(self.conversation, text)
        worker.turn_event.connect(self._on_turn_event)
        worker.finished.connect(self._on_worker_finished)
        self._turns = [turn for turn in self._turns if not turn[1].isFinished()]
        self._turns.append((worker, thread))
        self._worker, self._thread = worker, thread
        self._update_buttons()
        thread.start()

    # ----- worker reports (GUI thread) ----------------------------------------------------
    @Slot(object)
    def _on_turn_event(self, event: TurnEvent) -> None:
        from app.chat.turns import (
            CrisisShown,
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

        match event:
            case MessageAccepted(text=text, notice=notice, tip=tip):
                self._on_message_accepted(text, notice, tip)
            case MessageRefused(explanation=explanation, tip=tip, keep_text=keep_text):
                self._on_message_refused(explanation, tip, keep_text)
            case CrisisShown(child_text=child_text, explanation=explanation, card=card):
                self._on_crisis_shown(child_text, explanation, card)
            case ReplyStarted():
                self._on_reply_started()
            case ReplyText(text=text):
                self._on_reply_text(text)
            case ReplyReplaced(text=text, tip=tip):
                self._on_reply_replaced(text, tip)
            case ReplyFinished():
                self._on_reply_finished()
            case ReplyFailed(message=message):
                self._on_reply_failed(message)
            case ReplyStopped():
                self._on_reply_stopped()
            case HistoryNotSaved(message=message):
                self._stick_to_bottom = True
                self.model.append(BubbleKind.NOTICE, message)

    def _on_message_accepted(self, text: str, notice: str, tip: Tip | None) -> None:
        self.message_box.clear()
        self._stick_to_bottom = True
        self.model.append(BubbleKind.CHILD, text)
        if notice:
            self.model.append(BubbleKind.NOTICE, notice)
        self._show_tip(tip)

    def _on_message_refused(self, explanation: str, tip: Tip | None, keep_text: bool) -> None:
        if not keep_text:
            self.message_box.clear()
        self._stick_to_bottom = True
        self.model.append(BubbleKind.NOTICE, explanation)
        self._show_tip(tip)

    def _on_crisis_shown(self, child_text: str, explanation: str, card: CrisisCard) -> None:
        self.message_box.clear()
        self._stick_to_bottom = True
        self.model.append(BubbleKind.CHILD, child_text)
        self.model.append(BubbleKind.CRISIS, crisis_markdown(explanation, card))
        self.crisis_shown.emit()

    def _on_reply_started(self) -> None:
        if self._worker is None or self._worker.cancel.cancelled:
            return
        self._pending_text = ""
        self._reply_row = self.model.append(BubbleKind.AI, "", BubbleState.STREAMING)

    # ----- tips ---------------------------------------------------------------------------
    def _show_tip(self, tip: Tip | None) -> None:
        self._tip = tip
        if tip is None:
            return
        self.tip_label.setText(tip.text)
        self.tip_bar.show()

    @Slot()
    def _on_tip_learn_more(self) -> None:
        lesson_id = self._tip.lesson_id if self._tip else None
        self.tip_bar.hide()
        self.open_learning(lesson_id)

    def _on_reply_text(self, text: str) -> None:
        if self._reply_row is None:
            return
        self.note_activity()
        self._pending_text += text
        since = (time.monotonic() - self._last_paint) * 1000
        if since >= REPAINT_INTERVAL_MS:
            self._flush_reply_text()
        elif not self._flush_timer.isActive():
            self._flush_timer.start(int(REPAINT_INTERVAL_MS - since) + 1)

    def _flush_reply_text(self) -> None:
        self._flush_timer.stop()
        if self._reply_row is not None and self._pending_text:
            self.model.append_text(self._reply_row, self._pending_text)
            self._last_paint = time.monotonic()
        self._pending_text = ""

    def _on_reply_replaced(self, text: str, tip: Tip | None) -> None:
        self._flush_timer.stop()
        self._pending_text = ""
        if self._reply_row is not None:
            self.model.set_text(self._reply_row, text)
            self._finish_reply_bubble(BubbleState.DONE)
        self._show_tip(tip)

    def _on_reply_finished(self) -> None:
        self._flush_reply_text()
        if self._reply_row is not None:
            self._finish_reply_bubble(BubbleState.DONE)

    def _on_reply_failed(self, message: str) -> None:
        self._flush_reply_text()
        if self._reply_row is not None:
            if self.model.bubble(self._reply_row).text:
                self._finish_reply_bubble(BubbleState.INTERRUPTED)
            else:
                self.model.remove(self._reply_row)
                self._reply_row = None
        self.error_label.setText(message)
        self.error_bar.show()
        self.try_again_button.setFocus()

    def _on_reply_stopped(self) -> None:
        self._flush_reply_text()
        if self._reply_row is not None:
            self._finish_reply_bubble(BubbleState.STOPPED)

    @Slot()
    def _on_worker_finished(self) -> None:
        self._worker = None
        self._thread = None
        self._update_buttons()
        if not self.error_bar.isVisible():
            self.message_box.setFocus()

    def _finish_reply_bubble(self, state: BubbleState) -> None:
        assert self._reply_row is not None
        row = self._reply_row
        self._reply_row = None
        if state is BubbleState.STOPPED and not self.model.bubble(row).text:
            self.model.remove(row)
            return
        self.model.set_state(row, state)

    # ----- scrolling ----------------------------------------------------------------------
    def _on_scrolled(self, value: int) -> None:
        if self._adjusting:
            return
        self._keep_from_bottom = None  # the child scrolled: stop holding the view in place
        bar = self.message_list.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 4
        if value == bar.minimum() and self._earlier > 0:
            self._load_earlier()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        bar = self.message_list.verticalScrollBar()
        target = None
        if self._keep_from_bottom is not None:
            target = maximum - self._keep_from_bottom
        elif self._stick_to_bottom:
            target = maximum
        if target is not None:
            self._adjusting = True
            bar.setValue(target)
            self._adjusting = False

    # ----- state --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        replying = self.is_replying
        has_text = bool(self.message_box.toPlainText().strip())
        self.send_button.setEnabled(has_text and not replying and not self._loading)
        self.stop_button.setEnabled(replying)
        for button in (self.new_chat_button, self.past_chats_button):
            button.setEnabled(not replying and not self._loading)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.delegate.clear_cache()
            self.message_list.viewport().update()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-reply cancels the stream and waits briefly for its thread to end."""
        for worker, thread in self._turns:
            worker.cancel.cancel()
            if not thread.wait(5000):
                log.warning("reply thread did not stop within 5 s")
        super().closeEvent(event)


def _bubbles(shown: list[ShownMessage]) -> list[tuple[BubbleKind, str, BubbleState]]:
    """Stored messages as the bubbles that show them again."""
    from app.chat.session import ShownAs

    bubbles: list[tuple[BubbleKind, str, BubbleState]] = []
    for message in shown:
        if message.shown_as is ShownAs.CHILD:
            bubbles.append((BubbleKind.CHILD, message.text, BubbleState.DONE))
        elif message.shown_as is ShownAs.AI:
            bubbles.append((BubbleKind.AI, message.text, BubbleState.DONE))
        elif message.shown_as is ShownAs.AI_INTERRUPTED:
            bubbles.append((BubbleKind.AI, message.text, BubbleState.INTERRUPTED))
        elif message.card is not None:
            bubbles.append((BubbleKind.CHILD, message.text, BubbleState.DONE))
            card = crisis_markdown(message.explanation, message.card)
            bubbles.append((BubbleKind.CRISIS, card, BubbleState.DONE))
    return bubbles
