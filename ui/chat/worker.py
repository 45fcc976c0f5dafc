"""Runs one chat turn on its own QThread and reports each step to the window."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.chat.backends import CancelToken, ErrorKind
from app.chat.conversation import Conversation
from app.chat.turns import EventSink, ReplyFailed, TurnEvent
from app.text import words

log = logging.getLogger(__name__)


class ReplyWorker(QObject):
    """Calls the core `Conversation` off the GUI thread.

    Signals: turn_event(event) for each step the core reports (a frozen dataclass from
    `app.chat.conversation`, safe to hand across threads), then finished().
    """

    turn_event = Signal(object)
    finished = Signal()

    def __init__(self, job: Callable[[CancelToken, EventSink], None]) -> None:
        super().__init__()
        self._job = job
        self.cancel = CancelToken()

    @Slot()
    def run(self) -> None:
        try:
            self._job(self.cancel, self._emit)
        except Exception as error:  # never fail silently, never show a traceback
            log.exception("chat turn failed: %s", type(error).__name__)
            self._emit(ReplyFailed(ErrorKind.SERVER, words("chat.errors.unexpected")))
        finally:
            self.finished.emit()

    def _emit(self, event: TurnEvent) -> None:
        self.turn_event.emit(event)


def start_turn(conversation: Conversation, text: str | None) -> tuple[ReplyWorker, QThread]:
    """A worker for `send(text)` (or `retry()` when text is None) on a new thread, not started.

    Wiring follows Mu (the thread quits when the worker finishes), except that Python keeps
    both objects: the caller holds them until the thread has finished, so no object is
    deleted twice (deleteLater plus Python's own clean-up).
    """
    if text is None:
        worker = ReplyWorker(conversation.retry)
    else:
        worker = ReplyWorker(lambda cancel, sink: conversation.send(text, cancel, sink))
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and a queued call would wait for a GUI thread that
    # may itself be waiting for this thread to end (window closed mid-reply).
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    return worker, thread
