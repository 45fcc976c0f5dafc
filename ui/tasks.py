"""Background work for screens, in the spirit of Anki's QueryOp.

    QueryOp(parent=self, op=lambda: store.history.recent_messages(child_id),
            success=self._on_history_loaded).failure(self._on_load_failed).run_in_background()

`op` is a plain core call and must not touch any widget; `success` and `failure` run on the
GUI thread, and only if `parent` still exists. A failure is logged by type only and, when no
failure handler is given, shown to nobody: the caller decides what the person sees.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Carries the result from the pool thread to the GUI thread (it lives on the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._op = op
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._op()
        except Exception as error:
            log.warning("background task failed: %s", type(error).__name__)
            self._deliver(self._relay.failed, error)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # Hoot is closing and its relay is gone: nobody is waiting for this result.
            log.debug("background task finished after its screen closed")


class QueryOp(Generic[T]):
    """Runs `op` on Qt's thread pool and hands its result to `success` on the GUI thread."""

    #: Live operations, so their relays are not garbage-collected mid-flight.
    _running: ClassVar[set[object]] = set()

    def __init__(
        self, *, parent: QObject, op: Callable[[], T], success: Callable[[T], None]
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], None] | None = None

    def failure(self, on_failure: Callable[[Exception], None]) -> QueryOp[T]:
        self._failure = on_failure
        return self

    def run_in_background(self) -> None:
        relay = _Relay()
        relay.succeeded.connect(self._on_succeeded)
        relay.failed.connect(self._on_failed)
        self._relay = relay
        QueryOp._running.add(self)
        QThreadPool.globalInstance().start(_Job(self._op, relay))

    def _parent_alive(self) -> bool:
        try:
            self._parent.objectName()
        except RuntimeError:  # the C++ object was deleted (window closed)
            return False
        return True

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        QueryOp._running.discard(self)
        if self._parent_alive():
            self._success(result)  # type: ignore[arg-type]

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        QueryOp._running.discard(self)
        if self._failure is not None and self._parent_alive():
            assert isinstance(error, Exception)
            self._failure(error)


def run_now(op: Callable[[], T]) -> T:
    """Run `op` right here (tests, and work that must finish before a window closes)."""
    return op()
