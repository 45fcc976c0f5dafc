"""Starts the Qt application: the machine policy, the encrypted store, then Hoot's windows."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, __version__
from app.paths import data_dir
from app.text import words
from ui import theme

if TYPE_CHECKING:
    from app.policy import MachinePolicy
    from app.store import Store

# The machine policy, the store (keyring, SQLCipher) and the filter are imported only after
# the first frame is on screen, so a slow computer shows Hoot at once.

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Hoot's name, icon and style (reused if one exists)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("hoot")
    app.setWindowIcon(theme.owl_icon())
    theme.apply_style(theme.current_point_size())
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: theme.apply_style(theme.current_point_size())
    )
    return app


def show_startup_problem(text: str, parent: QWidget | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, words("shell.startup.title"), text, parent=parent)
    box.exec()


def open_store(policy: MachinePolicy | None) -> Store | None:
    """The encrypted store, asking a grown-up what to do when it cannot be opened."""
    from PySide6.QtWidgets import QMessageBox

    from app.store import DatabaseFromNewerHoot, KeyMissing, Store, StoreError, start_fresh

    allow_key_file = bool(policy.settings.get("keyring_fallback_allowed", True)) if policy else True
    while True:
        try:
            return Store.open(allow_key_file=allow_key_file)
        except KeyMissing:
            if not _grown_up_confirms_start_fresh():
                return None
            moved = start_fresh(data_dir())
            files = "\n".join(str(path) for path in moved.moved)
            QMessageBox.information(
                None, words("shell.startup.title"), words("shell.startup.moved_aside", files=files)
            )
        except DatabaseFromNewerHoot:
            show_startup_problem(words("shell.startup.newer"))
            return None
        except StoreError as error:
            show_startup_problem(words("shell.startup.unreadable", details=error.message()))
            return None


def _grown_up_confirms_start_fresh() -> bool:
    """A grown-up (not a curious child) agrees to move the locked files aside."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        words("shell.startup.key_missing_title"),
        words("shell.startup.key_missing"),
    )
    fresh = box.addButton(words("shell.startup.start_fresh"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(words("shell.startup.quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not fresh:
        return False
    from app.family.adult_check import new_adult_check

    check = new_adult_check()
    answer, ok = QInputDialog.getText(
        None, words("setup.adult.title"), f"{words('family.adult_check.intro')}\n\n{check.prompt}"
    )
    return ok and check.is_answer(answer)


def _first_frame() -> QWidget:
    """What Hoot paints at once, before the policy and the store are read: the chat window
    itself when the last start opened into a chat (it is filled in when the store is open),
    else a starting frame with the title and the AI banner."""
    from app.first_screen import FirstScreen, last_first_screen

    if last_first_screen(data_dir(create=False)) is FirstScreen.CHAT:
        from ui.chat.window import ChatWindow

        window: QWidget = ChatWindow.opening()
    else:
        from ui.starting import StartingWindow

        window = StartingWindow()
    theme.resize_to_default(window)
    return window


def _bring_forward(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _setup_logging() -> None:
    """The log file, opened once the first frame is painted (nothing before it logs)."""
    from app.logs import setup_logging

    setup_logging()


def run_gui(*, demo: bool = False) -> int:
    """Open Hoot and run until its last window closes; returns the exit status."""
    app = create_application()
    from ui.single_instance import InstanceServer, ask_running_instance_to_show

    if ask_running_instance_to_show():
        _setup_logging()
        log.info("Hoot is already running here: brought its window forward")
        return 0
    starting = _first_frame()
    starting.show()
    app.processEvents()  # paint it now: everything below may take a moment on a slow computer
    _setup_logging()
    # Listen at once, so a second launch while this one opens brings this window forward.
    instance = InstanceServer(lambda: _bring_forward(starting))
    instance.listen()
    from app.policy import PolicyError, load_machine_policy

    try:
        policy = load_machine_policy()
    except PolicyError as error:
        log.error("machine policy refused: %d problem(s)", len(error.problems))
        show_startup_problem(words("shell.startup.policy", details=error.admin_message()), starting)
        return 2
    store = open_store(policy)
    if store is None:
        return 1
    from ui.shell import HootApp  # the windows, once the store is open

    log.info("starting Hoot %s", __version__)
    try:
        hoot = HootApp(store, policy, force_demo=demo, starting=starting)
        instance.on_activate = hoot.bring_forward
        hoot.start()
    except PolicyError as error:
        show_startup_problem(words("shell.startup.policy", details=error.admin_message()))
        store.close()
        return 2
    _quit_on_signals(app)
    try:
        return app.exec()
    finally:
        hoot.shutdown()
        store.close()


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT (log-out, Ctrl+C, an admin's script) close Hoot normally.

    Python runs signal handlers only when the interpreter gets control, which an idle Qt loop
    never gives it. As in qutebrowser, the C-level handler writes to a socket that Qt watches,
    so the loop wakes exactly when a signal arrives: no polling timer.
    """
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)

    def request_quit(_signum: int, _frame: object) -> None:
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, request_quit)
    signal.signal(signal.SIGINT, request_quit)
    # Keep the sockets and notifier alive as long as the application.
    app._hoot_signal_sockets = (reader, writer, notifier)  # type: ignore[attr-defined]
