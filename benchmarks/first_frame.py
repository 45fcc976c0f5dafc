"""A probe the GUI benchmarks launch: Hoot (or a bare PySide6 window) that reports its first frame.

`python -m benchmarks.first_frame hoot [--stay] [--exit-at-exec] -- [hoot arguments]`
`python -m benchmarks.first_frame bare|bare-text [--stay]`

It prints (`t` is `time.monotonic()`, which on Linux is one clock for every process, so the
launcher can subtract its own launch time):

- `first <t> <title>` once Hoot's first window has been exposed and painted before the event
  loop starts (Hoot paints its first window at once, then opens the store);
- `exec <t>` when the Qt event loop starts;
- `frame <t> <title>` once a window has been exposed and painted after that (the bare window's
  first frame; Hoot's, when its first window only showed once the loop ran);
- `ready <t>` once Hoot's chat window has its chat and Send works;
- `end` when all of that is in: then it quits, or with `--stay` keeps running until it is sent
  SIGTERM (the idle benchmark). `--exit-at-exec` stops before the event loop (for
  `python -X importtime`).

The only change to Hoot is a wrapper around `QApplication.exec` and `processEvents` that
installs event filters; Hoot's own code and imports run exactly as `hoot` runs them.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable

BARE_TITLE = "Bare"


def _report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _install_probe(*, stay: bool, exit_at_exec: bool) -> None:
    """Wrap `QApplication.exec` and `processEvents` so the first frames are reported."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    original_exec: Callable[[], int] = QApplication.exec  # static in PySide6
    original_process: Callable[..., None] = QApplication.processEvents

    class Exposed(QObject):
        """Notes the first window exposed while it watches."""

        def __init__(self) -> None:
            super().__init__()
            self.title: str | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                self.title is None
                and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                self.title = watched.title() or type(watched).__name__
                self.on_exposed()
            return False

        def on_exposed(self) -> None:
            """Called inside the expose event, before the window paints."""

    before_loop = Exposed()
    first_reported = False

    def process_with_probe(*args: object) -> None:
        nonlocal first_reported
        app = QApplication.instance()
        if app is not None and before_loop.title is None:
            app.installEventFilter(before_loop)
        original_process(*args)
        if before_loop.title is not None and not first_reported:
            first_reported = True  # the expose was handled: the window has painted
            _report(f"first {time.monotonic():.6f} {before_loop.title}")

    class Finish:
        """Quits (or stays) once the frame and, for Hoot's chat, readiness are reported."""

        def __init__(self, app: QApplication, *, waits_for_frame: bool, waits_for_ready: bool):
            self._app = app
            self._frame = not waits_for_frame
            self._ready = not waits_for_ready
            self._ended = False

        def frame(self, title: str) -> None:
            _report(f"frame {time.monotonic():.6f} {title}")
            self._frame = True
            self.check()

        def ready(self) -> None:
            if not self._ready:
                _report(f"ready {time.monotonic():.6f}")
                self._ready = True
                self.check()

        def check(self) -> None:
            if self._frame and self._ready and not self._ended:
                self._ended = True
                _report("end")
                if not stay:
                    self._app.closeAllWindows()
                    self._app.quit()

    class AfterLoop(Exposed):
        def __init__(self, finish: Finish) -> None:
            super().__init__()
            self._finish = finish

        def on_exposed(self) -> None:
            title = self.title or ""
            # A zero timer fires after this expose has been painted and flushed.
            QTimer.singleShot(0, lambda: self._finish.frame(title))

    def chat_windows() -> list[QObject]:
        window_module = sys.modules.get("ui.chat.window")
        if window_module is None:
            return []
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, window_module.ChatWindow)
        ]

    def exec_with_probe(app: QApplication) -> int:
        _report(f"exec {time.monotonic():.6f}")
        if exit_at_exec:
            os._exit(0)
        chats = chat_windows()
        # A chat window already painted before the loop needs no new frame to count; a starting
        # frame painted instead does.
        chat_titles = {chat.windowTitle() for chat in chats}  # type: ignore[attr-defined]
        painted_chat = first_reported and (not chats or before_loop.title in chat_titles)
        finish = Finish(app, waits_for_frame=not painted_chat, waits_for_ready=bool(chats))
        after_loop = AfterLoop(finish)
        after_loop.setParent(app)  # Qt keeps it alive as long as the application
        app.installEventFilter(after_loop)
        for chat in chats:
            if chat.is_ready:  # type: ignore[attr-defined]
                QTimer.singleShot(0, finish.ready)
            else:
                chat.ready.connect(finish.ready)  # type: ignore[attr-defined]
        QTimer.singleShot(0, finish.check)  # in case nothing is left to wait for
        if stay:
            # An idle loop never returns to Python, so the default SIGTERM would not run; let
            # the OS end the process at once (nothing needs saving in a benchmark).
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        return original_exec()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]
    # A static method: assigned plainly it would be bound and get the app as an argument.
    QApplication.processEvents = staticmethod(process_with_probe)  # type: ignore[method-assign,assignment]


def _bare_window(*, text_box: bool = False) -> int:
    """The baseline: the smallest PySide6 program that shows a window of Hoot's size (with a
    focused text box, whose blinking cursor wakes the program, when `text_box`)."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPlainTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(BARE_TITLE)
    if text_box:
        box = QPlainTextEdit()
        window.setCentralWidget(box)
        box.setFocus()
    else:
        window.setCentralWidget(QLabel("Hello"))
    window.resize(760, 800)
    window.show()
    window.activateWindow()  # as Hoot does: the active window's text box blinks its cursor
    return app.exec()


def main(argv: list[str]) -> int:
    mode, *rest = argv
    hoot_args = rest[rest.index("--") + 1 :] if "--" in rest else []
    options = rest[: rest.index("--")] if "--" in rest else rest
    _install_probe(stay="--stay" in options, exit_at_exec="--exit-at-exec" in options)
    if mode in ("bare", "bare-text"):
        return _bare_window(text_box=mode == "bare-text")
    from app.cli import main as hoot_main

    return hoot_main(hoot_args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
