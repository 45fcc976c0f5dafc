"""The PIN dialog: a right PIN unlocks, a wrong one says how many tries are left, a lockout
counts down, and a recovery code sets a new PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.family.access import ParentSession, unlock
from app.family.recovery import issue_recovery_code
from app.store import Store
from tests.ui.parent.conftest import CHEAP, GOOD_PIN, FakeTime
from ui.parent.pin_dialog import PinDialog

pytestmark = pytest.mark.gui


class Countdown:
    """The dialog's monotonic clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def open_dialog(
    qtbot: QtBot, store: Store, fake_time: FakeTime, countdown: Countdown | None = None
) -> PinDialog:
    dialog = PinDialog(
        store,
        purpose_text="Enter the parent PIN to open the parent area.",
        clock=fake_time,
        session_clock=fake_time.session_clock,
        countdown_clock=countdown or Countdown(),
        params=CHEAP,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_pin(qtbot: QtBot, dialog: PinDialog, pin: str) -> None:
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_the_right_pin_unlocks_and_closes_the_dialog(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """Typing the PIN and pressing Enter emits an unlocked session and accepts the dialog."""
    dialog = open_dialog(qtbot, store, fake_time)
    with qtbot.waitSignal(dialog.unlocked, timeout=5000) as signal:
        qtbot.keyClicks(dialog.pin_edit, GOOD_PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    session = signal.args[0]
    assert isinstance(session, ParentSession)
    assert not session.is_locked
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert dialog.pin_edit.text() == ""


def test_a_wrong_pin_says_how_many_tries_are_left(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """The parent reads the core's own words, the field is emptied and ready again."""
    dialog = open_dialog(qtbot, store, fake_time)
    with qtbot.assert_not_emitted(dialog.unlocked):
        type_pin(qtbot, dialog, "999111")
    assert "4 more tries" in dialog.message.text()
    assert dialog.message.tone == "problem"
    assert dialog.pin_edit.text() == ""
    assert dialog.pin_edit.isEnabled()
    assert dialog.isVisible()


def test_an_empty_pin_is_not_sent(qtbot: QtBot, store: Store, fake_time: FakeTime) -> None:
    """Enter in an empty field asks for the PIN and uses up no try."""
    dialog = open_dialog(qtbot, store, fake_time)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Please type your PIN."
    assert store.family.pin().failed_attempts == 0  # type: ignore[union-attr]


def test_five_wrong_pins_lock_out_with_a_live_countdown(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """The fifth wrong try locks the field and shows the wait; it counts down and reopens."""
    countdown = Countdown()
    dialog = open_dialog(qtbot, store, fake_time, countdown)
    for _ in range(5):
        type_pin(qtbot, dialog, "999111")
    assert dialog.locked_out
    assert "Too many wrong tries" in dialog.message.text()
    assert "1 minute" in dialog.message.text()
    assert not dialog.pin_edit.isEnabled()
    assert dialog.forgot_button.isEnabled()  # the recovery code works during a lockout
    assert dialog._countdown.interval() >= 1000

    countdown.now += 30
    dialog._countdown.timeout.emit()
    assert "30 seconds" in dialog.message.text()

    countdown.now += 31
    fake_time.advance(61)
    dialog._countdown.timeout.emit()
    assert not dialog.locked_out
    assert not dialog._countdown.isActive()
    assert dialog.pin_edit.isEnabled()
    assert dialog.message.text() == "You can try again now."


def test_a_lockout_that_is_already_running_shows_when_the_dialog_opens(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """Wrong tries from a command count too: the dialog opens already counting down."""
    from app.family.errors import LockedOut, WrongPin

    for _ in range(5):
        with pytest.raises((WrongPin, LockedOut)):
            unlock(store, "999111", clock=fake_time, params=CHEAP)
    dialog = open_dialog(qtbot, store, fake_time)
    assert dialog.locked_out
    assert not dialog.unlock_button.isEnabled()


def test_forgot_pin_resets_it_with_the_recovery_code(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """Recovery code + new PIN: the new code is shown once, then the area unlocks."""
    code = issue_recovery_code(store, params=CHEAP)
    dialog = open_dialog(qtbot, store, fake_time)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.recovery_page
    qtbot.keyClicks(dialog.code_edit, code.lower())
    qtbot.keyClicks(dialog.new_pin_edit, "470219")
    qtbot.keyClicks(dialog.repeat_pin_edit, "470219")
    qtbot.keyClick(dialog.repeat_pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.new_code_page, timeout=5000)
    shown = dialog.new_code.text()
    assert shown
    assert shown != code
    with qtbot.waitSignal(dialog.unlocked, timeout=1000):
        qtbot.keyClick(dialog.done_button, Qt.Key.Key_Return)
    assert dialog.new_code.text() == ""
    unlock(store, "470219", clock=fake_time, params=CHEAP)  # the new PIN works


def test_a_wrong_recovery_code_is_explained(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    """A wrong code leaves the PIN as it was and says so in words."""
    issue_recovery_code(store, params=CHEAP)
    dialog = open_dialog(qtbot, store, fake_time)
    dialog.show_recovery()
    qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClicks(dialog.new_pin_edit, "470219")
    qtbot.keyClicks(dialog.repeat_pin_edit, "470219")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "recovery code is not right" in dialog.recovery_message.text()
    unlock(store, GOOD_PIN, clock=fake_time, params=CHEAP)


def test_new_pins_that_differ_are_refused_before_checking(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    dialog = open_dialog(qtbot, store, fake_time)
    dialog.show_recovery()
    qtbot.keyClicks(dialog.code_edit, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClicks(dialog.new_pin_edit, "470219")
    qtbot.keyClicks(dialog.repeat_pin_edit, "470218")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert "not the same" in dialog.recovery_message.text()


def test_escape_cancels(qtbot: QtBot, store: Store, fake_time: FakeTime) -> None:
    """Esc closes the dialog without unlocking."""
    dialog = open_dialog(qtbot, store, fake_time)
    with qtbot.assert_not_emitted(dialog.unlocked):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Escape)
    assert dialog.result() == PinDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, store: Store, fake_time: FakeTime
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    dialog = open_dialog(qtbot, store, fake_time)
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
    assert controls
    assert all(control.accessibleName() for control in controls)
