"""Security page: change the PIN (only with the current PIN, whose wrong tries count toward the
lockout; easy PINs refused with the reason), make a new recovery code, lock now."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.family.access import unlock
from app.family.errors import WrongPin
from app.family.recovery import code_matches
from app.store import Store
from tests.ui.parent.conftest import CHEAP, GOOD_PIN, FakeTime, open_page
from ui.parent.security import SecurityPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def security_page(qtbot: QtBot, window: ParentWindow) -> SecurityPage:
    page = open_page(qtbot, window, "security")
    assert isinstance(page, SecurityPage)
    return page


def test_the_pin_is_changed(
    qtbot: QtBot, make_window: MakeWindow, store: Store, fake_time: FakeTime
) -> None:
    window = make_window()
    page = security_page(qtbot, window)
    qtbot.keyClicks(page.current_pin, GOOD_PIN)
    qtbot.keyClicks(page.new_pin, "470219")
    qtbot.keyClicks(page.repeat_pin, "470219")
    qtbot.keyClick(page.repeat_pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "The PIN is changed" in page.pin_message.text()
    assert page.new_pin.text() == ""
    assert page.current_pin.text() == ""
    unlock(store, "470219", clock=fake_time, params=CHEAP)
    with pytest.raises(WrongPin):
        unlock(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_an_easy_pin_is_refused_with_the_reason(
    qtbot: QtBot, make_window: MakeWindow, store: Store, fake_time: FakeTime
) -> None:
    window = make_window()
    page = security_page(qtbot, window)
    page.current_pin.setText(GOOD_PIN)
    page.new_pin.setText("123456")
    page.repeat_pin.setText("123456")
    page.change()
    assert not page.busy
    assert "123456" in page.pin_message.text()
    assert page.pin_message.tone == "problem"
    unlock(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_the_pin_is_not_changed_without_the_current_pin(
    qtbot: QtBot, make_window: MakeWindow, store: Store, fake_time: FakeTime
) -> None:
    """Someone at an open parent area cannot set a PIN of their own without knowing the old."""
    window = make_window()
    page = security_page(qtbot, window)
    page.new_pin.setText("470219")
    page.repeat_pin.setText("470219")
    page.change()
    assert not page.busy
    assert "current PIN" in page.pin_message.text()
    assert page.pin_message.tone == "problem"
    unlock(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_a_wrong_current_pin_is_refused_and_counts_toward_the_lockout(
    qtbot: QtBot, make_window: MakeWindow, store: Store, fake_time: FakeTime
) -> None:
    window = make_window()
    page = security_page(qtbot, window)
    page.current_pin.setText("918273")
    page.new_pin.setText("470219")
    page.repeat_pin.setText("470219")
    page.change()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "That PIN is not right" in page.pin_message.text()
    assert page.pin_message.tone == "problem"
    assert page.change_button.isEnabled()
    record = store.family.pin()
    assert record is not None
    assert record.failed_attempts == 1
    with pytest.raises(WrongPin):
        unlock(store, "470219", clock=fake_time, params=CHEAP)


def test_a_new_recovery_code_is_shown_once_and_replaces_the_old(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    window = make_window()
    page = security_page(qtbot, window)
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    code = page.code_label.text()
    assert len(code) == 19
    record = store.family.recovery_code()
    assert record is not None
    assert code_matches(record.code_hash, code)
    window.lock_now()
    assert page.code_label.text() == ""


def test_lock_now_on_the_page_locks_the_window(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = security_page(qtbot, window)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked
