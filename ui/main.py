"""Starts the Qt application and opens the chat window."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.age_bands import DEFAULT_BAND
from app.chat.backends import backend_from_environment
from app.chat.conversation import Conversation
from app.chat.prompts import system_prompt
from app.guidance.crisis import system_region
from app.logs import setup_logging
from ui import theme
from ui.chat.window import ChatWindow

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


def run_gui(*, demo: bool = False) -> int:
    """Open the chat window and run until it closes; returns the exit status."""
    setup_logging()
    app = create_application()
    backend = backend_from_environment(demo=demo)
    log.info("starting Hoot %s (%s)", __version__, "demo" if backend.is_demo else "Claude")
    prompt = system_prompt(DEFAULT_BAND, region=system_region())
    window = ChatWindow(Conversation(backend, prompt.text))
    window.resize(720, 780)
    window.show()
    _quit_on_signals(app)
    return app.exec()


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
