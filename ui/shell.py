"""The app's frame: which window shows (set-up, picker, chat, time-up), the parent area behind
the PIN, and background duties (alerts, retention purge) run off the GUI thread."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon, QWidget

from app.chat.backends import AnthropicBackend, DemoBackend
from app.chat.child_context import NotAChild, child_context
from app.chat.connect import choose_backend
from app.chat.conversation import ChildContext
from app.chat.session import ChatSession
from app.family.access import ParentSession
from app.family.launch import Launch, Screen, decide_launch, picker_entries
from app.first_screen import FirstScreen, remember_first_screen
from app.monitor.chat_events import ChatMonitor
from app.monitor.time_limits import LimitStatus, TimeLimits
from app.policy import MachinePolicy
from app.settings import Settings
from app.store import Store, purge_older_than
from app.text import words
from ui import theme
from ui.chat.window import ChatWindow
from ui.tasks import QueryOp

if TYPE_CHECKING:
    from app.monitor.alerts import DesktopNotice

# Screens other than the chat (set-up, picker, PIN, time-up) and the monitor's mailer and
# reports are imported when first used: start-up loads only what the first screen needs.

log = logging.getLogger(__name__)

#: Retry alerts that could not be sent (offline, SMTP down) after this long.
ALERT_RETRY_MS = 5 * 60 * 1000
#: Set for a child once they have seen the first-run tour (internal, not a parent setting).
TOUR_SEEN = "chat.tour_seen"
#: The retention purge runs at start and then once a day.
PURGE_EVERY_MS = 24 * 60 * 60 * 1000


class TrayNotifier(QObject):
    """The monitor's DesktopNotifier: called on a worker thread, shown on the GUI thread.

    Signals: notice_posted(title, body).
    """

    notice_posted = Signal(str, str)

    def notify(self, notice: DesktopNotice) -> bool:
        self.notice_posted.emit(notice.title, notice.body)
        return True


class HootApp(QObject):
    """Shows one main window at a time and opens the parent area on request.

    Signals: alerts_waiting() (from any thread) asks for alert delivery now.
    """

    alerts_waiting = Signal()

    def __init__(
        self,
        store: Store,
        policy: MachinePolicy | None = None,
        *,
        force_demo: bool = False,
        environ: Mapping[str, str] | None = None,
        starting: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.policy = policy
        self.settings = Settings(store.settings, policy)
        self.force_demo = force_demo
        self.environ = dict(environ if environ is not None else os.environ)
        #: The window on screen; at start the first frame painted while Hoot opened, which
        #: the first real screen replaces in place.
        self.window: QWidget | None = starting
        self.parent_window: QWidget | None = None
        self.parent_session: ParentSession | None = None
        self.notifier = TrayNotifier()
        self.notifier.notice_posted.connect(self._show_tray_notice)
        self.tray: QSystemTrayIcon | None = None
        self._delivering = False
        self.alerts_waiting.connect(self.deliver_alerts)
        self._alert_timer = QTimer(self)
        self._alert_timer.setSingleShot(True)
        self._alert_timer.timeout.connect(self.deliver_alerts)
        self._purge_timer = QTimer(self)
        self._purge_timer.setSingleShot(True)
        self._purge_timer.timeout.connect(self.purge)

    # ----- start --------------------------------------------------------------------------
    def start(self) -> None:
        self._make_tray()
        self.route(self.launch())
        self.purge()
        self.deliver_alerts()

    def launch(self) -> Launch:
        admin = self.policy.admin_pin_hash if self.policy else None
        return decide_launch(self.store, settings=self.settings, admin_pin_hash=admin)

    def route(self, launch: Launch) -> None:
        if launch.screen in (Screen.SETUP, Screen.RECOVER) and self.force_demo:
            self.show_demo(launch)
        elif launch.screen is Screen.SETUP:
            self.show_setup()
        elif launch.screen is Screen.RECOVER:
            self.show_setup(launch)
        elif launch.screen is Screen.PICKER:
            self.show_picker(consent_needed=launch.consent_needed)
        elif launch.child_id is not None:
            self.start_chat(launch.child_id)
        # A chat before set-up (`hoot --demo`) does not count: a plain start then shows set-up.
        chat = isinstance(self.window, ChatWindow) and launch.screen is Screen.CHAT
        remember_first_screen(
            self.store.database.path.parent, FirstScreen.CHAT if chat else FirstScreen.OTHER
        )

    def _chat_window(self) -> ChatWindow:
        """The chat window painted at launch while it still waits for its chat, else a new one."""
        window = self.window
        if isinstance(window, ChatWindow) and window.conversation is None:
            return window
        return ChatWindow.opening()

    def _show_chat(self, window: ChatWindow) -> None:
        if window is not self.window:
            self._swap(window)
            return
        window.show()  # the window painted at launch, in case it was hidden meanwhile
        window.raise_()
        window.activateWindow()

    def _swap(self, window: QWidget) -> None:
        """Show `window` in place of the current one (same size and place when possible)."""
        old = self.window
        self.window = window
        if old is not None and old.isVisible():
            window.resize(old.size())
            window.move(old.pos())
        elif isinstance(window, QMainWindow):
            theme.resize_to_default(window)
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.close()
            old.deleteLater()

    @Slot()
    def bring_forward(self) -> None:
        """Another launch asked: show the window that is open now."""
        window = self.window
        if window is None:
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # ----- screens ------------------------------------------------------------------------
    def show_demo(self, launch: Launch) -> None:
        """Before set-up, `hoot --demo` opens a practice chat that saves nothing; Grown-ups
        leads to the set-up."""
        session = ChatSession(DemoBackend(), ChildContext())
        window = self._chat_window()
        window.bind(session=session, show_grown_ups=True)
        window.grown_ups_requested.connect(lambda: self._leave_demo(launch))
        self._show_chat(window)

    def _leave_demo(self, launch: Launch) -> None:
        self.force_demo = False
        self.show_setup(launch if launch.screen is Screen.RECOVER else None)

    def show_setup(self, launch: Launch | None = None) -> None:
        from ui.setup.wizard import SetupWizard

        admin = self.policy.admin_pin_hash if self.policy else None
        wizard = SetupWizard(
            self.store,
            recover_reason=launch.recover_reason if launch else None,
            admin_pin_hash=admin,
            base_url=self.settings.get("base_url"),
            settings=self.settings,
        )
        wizard.setup_finished.connect(self._on_setup_finished)
        self._swap(wizard)

    @Slot(object, bool)
    def _on_setup_finished(self, _result: object, demo: bool) -> None:
        self.force_demo = self.force_demo or demo
        self.route(self.launch())

    def show_picker(self, *, consent_needed: bool = False) -> None:
        from ui.picker import PickerWindow

        picker = PickerWindow(
            picker_entries(self.store, settings=self.settings), consent_needed=consent_needed
        )
        picker.child_chosen.connect(self._on_child_chosen)
        picker.grown_ups_requested.connect(self.open_parent_area)
        self._swap(picker)

    @Slot(int)
    def _on_child_chosen(self, child_id: int) -> None:
        if not self.settings.get("require_pin_to_start", child_id):
            self.start_chat(child_id)
            return
        from ui.parent.pin_dialog import PinDialog

        name = self.store.profiles.get(child_id).nickname
        dialog = PinDialog(
            self.store,
            self.window,
            purpose_text=words("shell.parent.start_purpose", name=name),
        )
        dialog.unlocked.connect(lambda _session: self.start_chat(child_id))
        dialog.open()

    def start_chat(self, child_id: int) -> None:
        try:
            context = child_context(self.store, self.settings, self.policy, child_id)
        except NotAChild:
            self.show_picker()
            return
        limits = TimeLimits(self.store, self.settings, child_id)
        status = limits.status()
        if status.state.value in ("time_up", "quiet_hours"):
            self.show_time_up(child_id, status)
            return
        choice = choose_backend(
            self.store, self.settings, self.policy, self.environ, force_demo=self.force_demo
        )
        monitor = ChatMonitor(
            self.store,
            self.settings,
            help_region=context.region,
            on_alerts_queued=self.alerts_waiting.emit,
        )
        history = self.store if self.settings.get("history_enabled") else None
        session = ChatSession(choice.backend, context, history, events=monitor)
        profile = self.store.profiles.get(child_id)
        window = self._chat_window()
        window.bind(
            session=session,
            child_name=profile.nickname,
            limits=limits,
            can_switch=len(self.store.profiles.all()) > 1,
            show_grown_ups=True,
        )
        window.grown_ups_requested.connect(self.open_parent_area)
        window.switch_requested.connect(self.show_picker)
        window.time_up.connect(lambda status: self.show_time_up(child_id, status))
        self._show_chat(window)
        self._warm_up(choice.backend)
        if not self.store.settings.get(TOUR_SEEN, False, child_id=child_id):
            window.tour_finished.connect(
                lambda: self.store.settings.set(TOUR_SEEN, True, child_id=child_id)
            )
            QTimer.singleShot(0, window.start_tour)  # after the chat's first frame

    def _warm_up(self, backend: object) -> None:
        """Now the window is up, load the safety filter and the AI SDK off the GUI thread, so
        the first Send is quick (neither is needed to show the window)."""

        def warm() -> None:
            from app.safety.engine import check

            check("hello", "in", "8-10")
            if isinstance(backend, AnthropicBackend):
                backend.warm_up()

        QueryOp(parent=self, op=warm, success=lambda _none: None).failure(
            lambda _error: None
        ).run_in_background()

    def show_time_up(self, child_id: int, status: LimitStatus) -> None:
        from ui.limits import TimeUpWindow

        window = TimeUpWindow(status, can_switch=len(self.store.profiles.all()) > 1)
        window.extra_time_requested.connect(lambda minutes: self._grant_extra(child_id, minutes))
        window.switch_requested.connect(self.show_picker)
        self._swap(window)

    def _grant_extra(self, child_id: int, minutes: int) -> None:
        def granted(session: object) -> None:
            assert isinstance(session, ParentSession)
            TimeLimits(self.store, self.settings, child_id).grant_extra_time(session, minutes)
            self.start_chat(child_id)

        self._with_parent(words("shell.parent.open_purpose"), granted)

    # ----- the parent area ----------------------------------------------------------------
    @Slot()
    def open_parent_area(self) -> None:
        if self.parent_window is not None and self.parent_window.isVisible():
            self.parent_window.raise_()
            self.parent_window.activateWindow()
            return
        self._with_parent(words("shell.parent.open_purpose"), self._show_parent_window)

    def _with_parent(self, purpose: str, then: Callable[[object], None]) -> None:
        from ui.parent.pin_dialog import PinDialog

        dialog = PinDialog(self.store, self.window, purpose_text=purpose)
        dialog.unlocked.connect(then)
        dialog.open()

    def _show_parent_window(self, session: object) -> None:
        from ui.parent.window import ParentWindow

        assert isinstance(session, ParentSession)
        self.parent_session = session
        window = ParentWindow(self.store, self.settings, self.policy, session)
        window.destroyed.connect(self._on_parent_window_gone)
        window.children_changed.connect(self._on_children_changed)
        self.parent_window = window
        window.show()

    @Slot()
    def _on_children_changed(self) -> None:
        """A child was added, changed or removed: reopen whatever fits the family now."""
        if not isinstance(self.window, ChatWindow) or self.window.is_replying:
            self.route(self.launch())
            return
        ids = {child.id for child in self.store.profiles.all()}
        child_id = self.window.session.child.child_id if self.window.session else None
        if child_id not in ids:
            self.route(self.launch())

    def _on_parent_window_gone(self) -> None:
        self.parent_window = None
        self.parent_session = None

    # ----- background duties --------------------------------------------------------------
    @Slot()
    def deliver_alerts(self) -> None:
        """Send what is waiting (off the GUI thread); retry later if anything is left."""
        if self._delivering:
            return
        self._delivering = True
        store, settings, policy = self.store, self.settings, self.policy
        # Without a tray, desktop alerts wait in the queue rather than being marked shown.
        notifier = self.notifier if self.tray is not None else None

        def done(report: object) -> None:
            self._delivering = False
            if getattr(report, "waiting", 0):
                self._alert_timer.start(ALERT_RETRY_MS)

        def failed(_error: Exception) -> None:
            self._delivering = False
            self._alert_timer.start(ALERT_RETRY_MS)

        def deliver() -> object:
            from app.monitor.alerts import deliver_pending

            return deliver_pending(store, settings, notifier=notifier, policy=policy)

        QueryOp(
            parent=self,
            op=deliver,
            success=done,
        ).failure(failed).run_in_background()

    @Slot()
    def purge(self) -> None:
        """Daily duties (at start, then once a day): apply the retention setting, and write
        last week's report into the school's report folder when a policy names one."""
        store, settings, days = self.store, self.settings, self.settings.get("retention_days")

        def duties() -> None:
            from app.monitor.report_folder import write_due_reports

            now = dt.datetime.now(dt.UTC)
            purge_older_than(store, days, now)
            write_due_reports(store, settings, now)

        QueryOp(parent=self, op=duties, success=lambda _none: None).failure(
            lambda error: log.warning("daily duties failed: %s", type(error).__name__)
        ).run_in_background()
        self._purge_timer.start(PURGE_EVERY_MS)

    def _make_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(theme.owl_icon(), self)
        self.tray.setToolTip(words("chat.window_title"))
        self.tray.activated.connect(lambda _reason: self.open_parent_area())
        self.tray.show()

    @Slot(str, str)
    def _show_tray_notice(self, title: str, body: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
        else:
            log.info("desktop notice could not be shown: no system tray")

    def shutdown(self) -> None:
        for timer in (self._alert_timer, self._purge_timer):
            timer.stop()
        if self.parent_window is not None:
            self.parent_window.close()
        if QGuiApplication.instance() is not None and self.tray is not None:
            self.tray.hide()
