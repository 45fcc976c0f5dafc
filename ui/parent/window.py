"""The parent area's window: navigation on the left, one page at a time, locking itself when idle.

Input anywhere in the window (or its dialogs) counts as activity: the session is touched. A
single-shot timer fires when the session would reach its idle limit; if the parent was active
meanwhile it is set again for the time left, otherwise the area locks. Locking hides every page
behind a cover and asks for the PIN again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.family.access import ParentSession
from app.family.kdf import DEFAULT_PARAMS, KdfParams
from app.family.lockout import SYSTEM_CLOCK, LockoutClock
from app.policy import MachinePolicy
from app.settings import Settings
from app.store import Store
from app.text import words
from ui.parent.alerts import AlertsPage
from ui.parent.child_settings import ChildSettingsPage
from ui.parent.children import ChildrenPage
from ui.parent.connection import ConnectionPage
from ui.parent.context import ParentContext, local_now, system_tray_available
from ui.parent.data import DataPage
from ui.parent.home import HomePage
from ui.parent.labels import heading, text
from ui.parent.page import Page, button
from ui.parent.pin_dialog import PinDialog
from ui.parent.reports import ReportsPage
from ui.parent.security import SecurityPage
from ui.parent.transcripts import TranscriptsPage

#: Events that mean the parent is using the area.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)

#: Every page wraps its words to fit down to this size.
MINIMUM_SIZE = QSize(960, 640)
#: The size the window opens at, when the screen has room.
DEFAULT_SIZE = QSize(1180, 860)


def default_size() -> QSize:
    """DEFAULT_SIZE, or less on a small screen (never below MINIMUM_SIZE)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry().size()
    return DEFAULT_SIZE.boundedTo(room).expandedTo(MINIMUM_SIZE)


PAGE_CLASSES: tuple[type[Page], ...] = (
    HomePage,
    ChildrenPage,
    ChildSettingsPage,
    TranscriptsPage,
    ReportsPage,
    AlertsPage,
    ConnectionPage,
    DataPage,
    SecurityPage,
)


class ParentWindow(QMainWindow):
    """Everything a parent manages, behind the PIN.

    Signals: `area_locked` when it locked itself or the parent pressed "Lock now";
    `area_unlocked` when the PIN opened it again; `children_changed` after a child was added,
    edited or removed (the "Who's chatting?" screen should reload); `closed` when the window
    closed (the session is locked by then).
    """

    area_locked = Signal()
    area_unlocked = Signal()
    children_changed = Signal()
    closed = Signal()

    def __init__(
        self,
        store: Store,
        settings: Settings,
        policy: MachinePolicy | None,
        session: ParentSession,
        *,
        backend_factory: Callable[[Any], Any] | None = None,
        clock: LockoutClock = SYSTEM_CLOCK,
        session_clock: Callable[[], float] = time.monotonic,
        params: KdfParams = DEFAULT_PARAMS,
        now: Callable[[], Any] = local_now,
        tray_available: Callable[[], bool] = system_tray_available,
    ) -> None:
        super().__init__()
        self.context = ParentContext(
            store=store,
            settings=settings,
            policy=policy,
            session=session,
            backend_factory=backend_factory,
            clock=clock,
            session_clock=session_clock,
            params=params,
            now=now,
            tray_available=tray_available,
        )
        self.setObjectName("ParentWindow")
        # Closing ends the parent's visit: the window goes away (the shell watches `destroyed`).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(words("parent.window.title"))
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(default_size())
        self.pin_dialog: PinDialog | None = None
        self._filter_installed = False

        self.screens = QStackedWidget()
        self.content = self._build_content()
        self.lock_cover = self._build_lock_cover()
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_cover)
        self.setCentralWidget(self.screens)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timeout)
        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.activated.connect(self.lock_now)

        self.show_page(HomePage.page_id)
        self._arm_idle_timer()

    # -- building -------------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        side = QWidget()
        side.setObjectName("ParentNavPanel")
        side.setFixedWidth(240)
        column = QVBoxLayout(side)
        column.setContentsMargins(12, 16, 12, 16)
        column.setSpacing(10)
        title = text(words("parent.window.title"), object_name="ParentNavTitle")
        column.addWidget(title)
        self.nav = QListWidget()
        self.nav.setObjectName("ParentNav")
        self.nav.setAccessibleName(words("parent.window.nav_accessible"))
        column.addWidget(self.nav, 1)
        self.lock_button = button(words("parent.window.lock_now"))
        self.lock_button.setToolTip(words("parent.window.lock_now_tip"))
        self.lock_button.clicked.connect(self.lock_now)
        column.addWidget(self.lock_button)
        self.close_button = button(words("parent.window.close"), secondary=True)
        self.close_button.clicked.connect(self.close)
        column.addWidget(self.close_button)
        row.addWidget(side)

        self.pages = QStackedWidget()
        self.pages.setObjectName("ParentPages")
        self.page_by_id: dict[str, Page] = {}
        for page_class in PAGE_CLASSES:
            page = page_class(self.context)
            page.navigate.connect(self.show_page)
            page.children_changed.connect(self.children_changed)
            page.session_locked.connect(self.lock_now)
            self.pages.addWidget(page)
            self.page_by_id[page.page_id] = page
            item = QListWidgetItem(words(page.title_key))
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        row.addWidget(self.pages, 1)
        return content

    def _build_lock_cover(self) -> QWidget:
        cover = QWidget()
        cover.setObjectName("ParentLockCover")
        layout = QVBoxLayout(cover)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(heading(words("parent.window.locked_title")))
        layout.addWidget(text(words("parent.window.locked_text")))
        self.unlock_button = button(words("parent.window.unlock"))
        self.unlock_button.clicked.connect(self.ask_for_pin)
        self.cover_close_button = button(words("parent.window.close"), secondary=True)
        self.cover_close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addWidget(self.cover_close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return cover

    # -- pages ----------------------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        page = self.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def page(self, page_id: str) -> Page:
        return self.page_by_id[page_id]

    def show_page(self, page_id: str, argument: object = None) -> None:
        """Show a page (from the list, home's "what to do", or another page's link)."""
        page = self.page_by_id[page_id]
        row = list(self.page_by_id).index(page_id)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.pages.setCurrentWidget(page)
        page.refresh()
        if argument is not None:
            page.show_item(argument)

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page_id = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        self.show_page(str(page_id))

    # -- locking --------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_cover

    def lock_now(self) -> None:
        """Lock the area: hide every page, close its dialogs, and ask for the PIN again."""
        if self.is_locked:
            return
        self.context.session.lock()
        self.idle_timer.stop()
        self._close_dialogs()
        for page in self.page_by_id.values():
            page.on_locked()
        self.screens.setCurrentWidget(self.lock_cover)
        self.area_locked.emit()
        if self.isVisible():
            self.ask_for_pin()

    def ask_for_pin(self) -> None:
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            self.pin_dialog.raise_()
            return
        dialog = PinDialog(
            self.context.store,
            self,
            purpose_text=words("parent.window.unlock_purpose"),
            clock=self.context.clock,
            session_clock=self.context.session_clock,
            params=self.context.params,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.finished.connect(self._on_pin_dialog_finished)
        self.pin_dialog = dialog
        dialog.open()

    def _on_pin_dialog_finished(self, _result: int) -> None:
        self.pin_dialog = None
        if self.is_locked:
            self.unlock_button.setFocus()

    def _on_unlocked(self, session: ParentSession) -> None:
        self.context.session = session
        self.screens.setCurrentWidget(self.content)
        self._arm_idle_timer()
        self.current_page.refresh()
        self.area_unlocked.emit()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget is not self.pin_dialog
                and widget.isVisible()
                and self._owns(widget)
            ):
                widget.reject()

    def _arm_idle_timer(self) -> None:
        left = self.context.session.seconds_until_idle_lock
        # Whole milliseconds, at least one, so a session at its limit locks on the next turn.
        self.idle_timer.start(max(1, math.ceil(left * 1000)))

    def _on_idle_timeout(self) -> None:
        if self.is_locked:
            return
        if self.context.session.is_locked:
            self.lock_now()
        else:
            self._arm_idle_timer()

    # -- activity -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _ACTIVITY
            and not self.is_locked
            and isinstance(watched, QWidget)
            and self._owns(watched)
        ):
            self.context.session.touch()
        return False

    def _owns(self, widget: QWidget) -> bool:
        """True for this window, its children and the dialogs it opened."""
        current: QObject | None = widget
        while current is not None:
            if current is self:
                return True
            current = current.parent()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None and not self._filter_installed:
            app.installEventFilter(self)
            self._filter_installed = True
        if self.context.session.is_locked and not self.is_locked:
            self.lock_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.session.lock()
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None and self._filter_installed:
            app.removeEventFilter(self)
            self._filter_installed = False
        for page in self.page_by_id.values():
            page.on_locked()
        super().closeEvent(event)
        self.closed.emit()
