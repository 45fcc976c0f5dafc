"""Runs one chat turn on its own QThread and reports each step to the window with signals."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.chat.backends import CancelToken, ErrorKind
from app.chat.conversation import (
    Conversation,
    EventSink,
    MessageAccepted,
    MessageRefused,
    ReplyFailed,
    ReplyFinished,
    ReplyReplaced,
    ReplyStarted,
    ReplyStopped,
    ReplyText,
    TurnEvent,
)
from app.text import words

log = logging.getLogger(__name__)


class ReplyWorker(QObject):
    """Calls the core `Conversation` off the GUI thread.

    Signals: message_accepted(text, notice), message_refused(explanation), reply_started(),
    reply_text(text), reply_replaced(text), reply_finished(text), reply_failed(kind, message),
    reply_stopped(partial_text), finished().
    """

    message_accepted = Signal(str, str)
    message_refused = Signal(str)
    reply_started = Signal()
    reply_text = Signal(str)
    reply_replaced = Signal(str)
    reply_finished = Signal(str)
    reply_failed = Signal(str, str)
    reply_stopped = Signal(str)
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
            self.reply_failed.emit(ErrorKind.SERVER.value, words("chat.errors.unexpected"))
        finally:
            self.finished.emit()

    def _emit(self, event: TurnEvent) -> None:
        match event:
            case MessageAccepted(text=text, notice=notice):
                self.message_accepted.emit(text, notice or "")
            case MessageRefused(explanation=explanation):
                self.message_refused.emit(explanation)
            case ReplyStarted():
                self.reply_started.emit()
            case ReplyText(text=text):
                self.reply_text.emit(text)
            case ReplyReplaced(text=text):
                self.reply_replaced.emit(text)
            case ReplyFinished(text=text):
                self.reply_finished.emit(text)
            case ReplyFailed(kind=kind, message=message):
                self.reply_failed.emit(kind.value, message)
            case ReplyStopped(partial_text=partial):
                self.reply_stopped.emit(partial)


def start_turn(conversation: Conversation, text: str | None) -> tuple[ReplyWorker, QThread]:
    """A worker for `send(text)` (or `retry()` when text is None) on a new thread, not started.

    Wiring follows Mu (the thread quits when the worker finishes), except that Python keeps
    both objects: the caller holds them until `thread.finished`, then lets them go, so no
    object is deleted twice (deleteLater plus Python's own clean-up).
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
