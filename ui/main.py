"""Starts the Qt application: the machine policy, the encrypted store, then Hoot's windows."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from app import APP_NAME, __version__
from app.logs import setup_logging
from app.paths import data_dir
from app.text import words
from ui import theme

if TYPE_CHECKING:
    from app.policy import MachinePolicy
    from app.store import Store

# The machine policy, the store (keyring, SQLCipher) and the filter are imported only after
# the starting frame is on screen, so a slow computer shows Hoot at once.

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
    box = QMessageBox(QMessageBox.Icon.Warning, words("shell.startup.title"), text, parent=parent)
    box.exec()


def open_store(policy: MachinePolicy | None) -> Store | None:
    """The encrypted store, asking a grown-up what to do when it cannot be opened."""
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


def run_gui(*, demo: bool = False) -> int:
    """Open Hoot and run until its last window closes; returns the exit status."""
    setup_logging()
    app = create_application()
    from ui.single_instance import InstanceServer, ask_running_instance_to_show

    if ask_running_instance_to_show():
        log.info("Hoot is already running here: brought its window forward")
        return 0
    from ui.starting import StartingWindow

    starting = StartingWindow()
    starting.show()
    app.processEvents()  # paint it now: everything below may take a moment on a slow computer
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
        instance = InstanceServer(hoot.bring_forward)
        instance.listen()
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
