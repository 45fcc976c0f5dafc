"""A probe the GUI benchmarks launch: Hoot (or a bare PySide6 window) that reports its first frame.

`python -m benchmarks.first_frame hoot [--stay] [--exit-at-exec] -- [hoot arguments]`
`python -m benchmarks.first_frame bare|bare-text [--stay]`

It prints `first <t> <title>` when Hoot's very first window is exposed (its starting frame,
painted before the event loop starts), `exec <t>` when the Qt event loop starts and
`frame <t> <title>` once the first top-level window has been exposed and painted (`t` is
`time.monotonic()`, which on Linux is one clock for every process, so the launcher can
subtract its own launch time). Then it quits, or with `--stay` keeps running until it is sent
SIGTERM (the idle benchmark). `--exit-at-exec` stops before the event loop (for
`python -X importtime`).

The only change to Hoot is a wrapper around `QApplication.exec` that installs an event filter;
Hoot's own code and imports run exactly as `hoot` runs them.
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
    """Wrap `QApplication.exec` so the first exposed window is reported."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication

    original_exec: Callable[[], int] = QApplication.exec  # static in PySide6

    class FirstFrame(QObject):
        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self._app = app
            self._seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self._seen
                and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                self._seen = True
                title = watched.title() or type(watched).__name__
                # A zero timer fires after this expose has been painted and flushed.
                QTimer.singleShot(0, lambda: self._painted(title))
            return False

        def _painted(self, title: str) -> None:
            _report(f"frame {time.monotonic():.6f} {title}")
            if not stay:
                self._app.closeAllWindows()
                self._app.quit()

    def exec_with_probe(app: QApplication) -> int:
        _report(f"exec {time.monotonic():.6f}")
        if exit_at_exec:
            os._exit(0)
        app.installEventFilter(FirstFrame(app))
        if stay:
            # An idle loop never returns to Python, so the default SIGTERM would not run; let
            # the OS end the process at once (nothing needs saving in a benchmark).
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
        return original_exec()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]

    original_process: Callable[..., None] = QApplication.processEvents

    class StartingFrame(QObject):
        """Reports the first window exposed while Hoot paints before its event loop."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow)
                and watched.isExposed()
            ):
                self.seen = True
                _report(f"first {time.monotonic():.6f} {watched.title()}")
            return False

    starting = StartingFrame()

    def process_with_probe(*args: object) -> None:
        app = QApplication.instance()
        if app is not None and not starting.seen:
            app.installEventFilter(starting)
        original_process(*args)

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
