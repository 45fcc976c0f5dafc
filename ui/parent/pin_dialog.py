"""The parent PIN dialog: unlock (off the GUI thread), lockout countdown, and "Forgot your PIN?".

Used to open the parent area, to unlock it again after it locked itself, and to confirm the
PIN before a child's session starts. The PIN is read from the field once, the field is cleared,
and the PIN is handed only to `app.family.access.unlock` on a worker thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.family.access import ParentSession, unlock
from app.family.errors import FamilyError, LockedOut, wait_words
from app.family.kdf import DEFAULT_PARAMS, KdfParams
from app.family.lockout import SYSTEM_CLOCK, LockoutClock
from app.family.pin import lockout_now
from app.family.recovery import RecoveryResult, reset_pin_with_recovery_code
from app.store import Store
from app.text import words
from ui.parent.labels import MessageLine, Tone, buddy, heading, muted, text
from ui.tasks import QueryOp

#: The countdown redraws once a second, and only while a lockout runs and the dialog is open.
COUNTDOWN_TICK_MS = 1000


def failure_words(error: Exception, fallback_key: str = "parent.common.unexpected") -> str:
    """What to tell the parent about a failed core call: its own words, never a traceback."""
    message = getattr(error, "message", None)
    if callable(message):
        said = message()
        if isinstance(said, str) and said:
            return said
    return words(fallback_key)


def pin_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A masked field for a PIN, passphrase or recovery code (no undo history of the secret)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    field.setMaxLength(128)
    # No input method prediction or history: the field holds a secret.
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


class PinDialog(QDialog):
    """Asks for the parent PIN and unlocks with it.

    Signals: `unlocked(ParentSession)` when the PIN was right, or when a recovery code reset it
    (after the new recovery code was shown). The dialog then closes with `accept()`; Esc or
    Cancel closes it with `reject()`.
    """

    unlocked = Signal(object)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        purpose_text: str,
        action_text: str | None = None,
        clock: LockoutClock = SYSTEM_CLOCK,
        session_clock: Callable[[], float] = time.monotonic,
        countdown_clock: Callable[[], float] = time.monotonic,
        params: KdfParams = DEFAULT_PARAMS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._session_clock = session_clock
        self._countdown_clock = countdown_clock
        self._params = params
        self._deadline: float | None = None
        self._busy = False
        self.setObjectName("PinDialog")
        self.setWindowTitle(words("parent.pin.window_title"))
        self.setModal(True)
        self.setMinimumWidth(460)

        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_TICK_MS)
        self._countdown.timeout.connect(self._on_countdown_tick)

        self.pages = QStackedWidget()
        self.pin_page = self._build_pin_page(purpose_text, action_text)
        self.recovery_page = self._build_recovery_page()
        self.new_code_page = self._build_new_code_page()
        for page in (self.pin_page, self.recovery_page, self.new_code_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(self.pages)

    # -- building -------------------------------------------------------------------------------

    def _build_pin_page(self, purpose_text: str, action_text: str | None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(words("parent.pin.title")))
        self.purpose = text(purpose_text)
        layout.addWidget(self.purpose)
        self.pin_edit = pin_field(
            words("parent.pin.field_accessible"), words("parent.pin.field_placeholder")
        )
        form = QFormLayout()
        form.addRow(buddy(words("parent.pin.field_label"), self.pin_edit), self.pin_edit)
        layout.addLayout(form)
        self.show_pin = QCheckBox(words("parent.pin.show"))
        self.show_pin.setAccessibleName(words("parent.pin.show"))
        self.show_pin.toggled.connect(self._on_show_pin_toggled)
        layout.addWidget(self.show_pin)
        self.message = MessageLine()
        layout.addWidget(self.message)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.forgot_button = QPushButton(words("parent.pin.forgot"))
        self.forgot_button.setObjectName("LinkButton")
        self.forgot_button.setAccessibleName(words("parent.pin.forgot"))
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.show_recovery)
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(words("parent.pin.cancel"))
        self.cancel_button.setObjectName("SecondaryButton")
        self.cancel_button.setAccessibleName(words("parent.pin.cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        label = action_text or words("parent.pin.unlock")
        self.unlock_button = QPushButton(label)
        self.unlock_button.setAccessibleName(label)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit_pin)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.pin_edit.returnPressed.connect(self.submit_pin)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(words("parent.pin.recovery.title")))
        layout.addWidget(text(words("parent.pin.recovery.intro")))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(words("parent.pin.recovery.code_placeholder"))
        self.code_edit.setMaxLength(64)
        self.new_pin_edit = pin_field(words("parent.pin.recovery.new_label"))
        self.repeat_pin_edit = pin_field(words("parent.pin.recovery.repeat_label"))
        form = QFormLayout()
        form.addRow(buddy(words("parent.pin.recovery.code_label"), self.code_edit), self.code_edit)
        form.addRow(
            buddy(words("parent.pin.recovery.new_label"), self.new_pin_edit), self.new_pin_edit
        )
        form.addRow(
            buddy(words("parent.pin.recovery.repeat_label"), self.repeat_pin_edit),
            self.repeat_pin_edit,
        )
        layout.addLayout(form)
        layout.addWidget(muted(words("parent.security.pin_rules")))
        self.recovery_message = MessageLine()
        layout.addWidget(self.recovery_message)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(words("parent.pin.recovery.back"))
        self.back_button.setObjectName("SecondaryButton")
        self.back_button.setAccessibleName(words("parent.pin.recovery.back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_pin_entry)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.reset_button = QPushButton(words("parent.pin.recovery.reset"))
        self.reset_button.setAccessibleName(words("parent.pin.recovery.reset"))
        self.reset_button.clicked.connect(self.submit_recovery)
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)
        for field in (self.code_edit, self.new_pin_edit, self.repeat_pin_edit):
            field.returnPressed.connect(self.submit_recovery)
        return page

    def _build_new_code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(words("parent.pin.recovery.done_title")))
        layout.addWidget(text(words("parent.pin.recovery.done_intro")))
        self.new_code = text("", object_name="RecoveryCode")
        self.new_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_code.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.new_code)
        layout.addWidget(text(words("parent.pin.recovery.done_advice")))
        layout.addStretch(1)
        self.done_button = QPushButton(words("parent.pin.recovery.done_button"))
        self.done_button.setAccessibleName(words("parent.pin.recovery.done_button"))
        self.done_button.clicked.connect(self._on_new_code_noted)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self._recovered: RecoveryResult | None = None
        return page

    # -- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a PIN or recovery code is being checked on a worker thread."""
        return self._busy

    @property
    def locked_out(self) -> bool:
        return self._deadline is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pages.currentWidget() is self.pin_page and not self._busy:
            self._check_running_lockout()
            self.pin_edit.setFocus()

    def _check_running_lockout(self) -> None:
        # One small read: a lockout that started in another window or a command shows at once.
        try:
            running = lockout_now(self._store, clock=self._clock)
        except Exception:  # the unlock attempt will report any real problem with the store
            return
        if running is not None:
            self._start_countdown(running)

    def show_recovery(self) -> None:
        self.recovery_message.clear_message()
        self.pages.setCurrentWidget(self.recovery_page)
        self.adjustSize()
        self.reset_button.setDefault(True)
        self.code_edit.setFocus()

    def show_pin_entry(self) -> None:
        self._clear_recovery_fields()
        self.pages.setCurrentWidget(self.pin_page)
        self.unlock_button.setDefault(True)
        self.pin_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.pin_edit,
            self.unlock_button,
            self.forgot_button,
            self.code_edit,
            self.new_pin_edit,
            self.repeat_pin_edit,
            self.reset_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        if not busy and self.locked_out:
            self._enable_pin_entry(False)

    def _enable_pin_entry(self, enabled: bool) -> None:
        self.pin_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)

    # -- unlocking ------------------------------------------------------------------------------

    def submit_pin(self) -> None:
        """Check the typed PIN on a worker thread (about a third of a second, on purpose)."""
        if self._busy or self.locked_out:
            return
        pin_text = self.pin_edit.text()
        self.pin_edit.clear()
        if not pin_text.strip():
            self.message.say(words("parent.pin.empty"), Tone.PROBLEM)
            return
        self.message.say(words("parent.pin.checking"))
        self._set_busy(True)
        store, clock, session_clock, params = (
            self._store,
            self._clock,
            self._session_clock,
            self._params,
        )
        QueryOp(
            parent=self,
            op=lambda: unlock(
                store, pin_text, clock=clock, session_clock=session_clock, params=params
            ),
            success=self._on_pin_accepted,
        ).failure(self._on_pin_refused).run_in_background()

    def _on_pin_accepted(self, session: ParentSession) -> None:
        self._set_busy(False)
        self.message.clear_message()
        self.unlocked.emit(session)
        self.accept()

    def _on_pin_refused(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, LockedOut):
            self._start_countdown(error)
        elif isinstance(error, FamilyError):
            self.message.say(error.message(), Tone.PROBLEM)
        else:
            self.message.say(failure_words(error, "parent.pin.unexpected"), Tone.PROBLEM)
        if not self.locked_out:
            self.pin_edit.setFocus()

    # -- the lockout countdown ------------------------------------------------------------------

    def _start_countdown(self, locked: LockedOut) -> None:
        self._deadline = self._countdown_clock() + locked.seconds_left
        self._enable_pin_entry(False)
        self._show_time_left()
        self._countdown.start()
        self.forgot_button.setFocus()

    def _on_countdown_tick(self) -> None:
        self._show_time_left()

    def _show_time_left(self) -> None:
        if self._deadline is None:
            return
        left = self._deadline - self._countdown_clock()
        if left <= 0:
            self._countdown.stop()
            self._deadline = None
            self._enable_pin_entry(True)
            self.message.say(words("parent.pin.try_again_now"))
            self.pin_edit.setFocus()
            return
        self.message.say(words("parent.pin.locked_out", wait=wait_words(left)), Tone.PROBLEM)

    # -- recovery code --------------------------------------------------------------------------

    def submit_recovery(self) -> None:
        """Reset the PIN with the recovery code (checked on a worker thread)."""
        if self._busy:
            return
        code = self.code_edit.text()
        new_pin = self.new_pin_edit.text()
        repeated = self.repeat_pin_edit.text()
        if not code.strip():
            self.recovery_message.say(words("parent.pin.recovery.empty_code"), Tone.PROBLEM)
            self.code_edit.setFocus()
            return
        if new_pin != repeated:
            self.new_pin_edit.clear()
            self.repeat_pin_edit.clear()
            self.recovery_message.say(words("parent.pin.recovery.mismatch"), Tone.PROBLEM)
            self.new_pin_edit.setFocus()
            return
        self._clear_recovery_fields()
        self.recovery_message.say(words("parent.pin.recovery.checking"))
        self._set_busy(True)
        store, clock, session_clock, params = (
            self._store,
            self._clock,
            self._session_clock,
            self._params,
        )
        QueryOp(
            parent=self,
            op=lambda: reset_pin_with_recovery_code(
                store, code, new_pin, params=params, clock=clock, session_clock=session_clock
            ),
            success=self._on_recovered,
        ).failure(self._on_recovery_refused).run_in_background()

    def _on_recovered(self, result: RecoveryResult) -> None:
        self._set_busy(False)
        self._recovered = result
        self._countdown.stop()
        self._deadline = None
        self._enable_pin_entry(True)
        self.new_code.setText(result.new_code)
        self.new_code.setAccessibleName(words("parent.pin.recovery.code_accessible"))
        self.new_code.setAccessibleDescription(result.new_code)
        self.pages.setCurrentWidget(self.new_code_page)
        self.done_button.setDefault(True)
        self.done_button.setFocus()

    def _on_recovery_refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.recovery_message.say(failure_words(error), Tone.PROBLEM)
        self.code_edit.setFocus()

    def _on_new_code_noted(self) -> None:
        result = self._recovered
        self._recovered = None
        self.new_code.clear()
        if result is not None:
            self.unlocked.emit(result.session)
        self.accept()

    def _clear_recovery_fields(self) -> None:
        for field in (self.code_edit, self.new_pin_edit, self.repeat_pin_edit):
            field.clear()

    def _on_show_pin_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pin_edit.setEchoMode(mode)

    def reject(self) -> None:
        # The PIN was already reset when the new code shows: closing counts as "written down".
        if self.pages.currentWidget() is self.new_code_page and self._recovered is not None:
            self._on_new_code_noted()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._countdown.stop()
        self.pin_edit.clear()
        self._clear_recovery_fields()
        super().done(result)
