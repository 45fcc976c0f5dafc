"""QueryOp: core work off the GUI thread, results back on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from ui.tasks import QueryOp

pytestmark = pytest.mark.gui


def test_op_runs_off_the_gui_thread_and_success_runs_on_it(qtbot: QtBot) -> None:
    """The slow part never blocks the window; the result arrives where widgets live."""
    parent = QObject()
    seen: dict[str, object] = {}
    gui_thread = QThread.currentThread()

    def op() -> int:
        seen["op_thread"] = threading.current_thread() is threading.main_thread()
        return 42

    def success(value: int) -> None:
        seen["value"] = value
        seen["success_on_gui"] = QThread.currentThread() is gui_thread

    QueryOp(parent=parent, op=op, success=success).run_in_background()
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"op_thread": False, "value": 42, "success_on_gui": True}


def test_failure_reaches_the_failure_handler(qtbot: QtBot) -> None:
    """An exception in the op is handed to `failure`, never raised into Qt."""
    parent = QObject()
    errors: list[Exception] = []

    def op() -> None:
        raise OSError("disk gone")

    QueryOp(parent=parent, op=op, success=lambda _v: None).failure(
        errors.append
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError)
