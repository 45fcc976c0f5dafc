"""Security: change the parent PIN (the current one first), make a new recovery code, and lock
the area now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from app.family.access import change_pin, unlock
from app.family.pin import pin_problem
from app.family.recovery import issue_recovery_code
from app.text import words
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, muted, text
from ui.parent.page import Page, button, button_row, section
from ui.parent.pin_dialog import pin_field


class SecurityPage(Page):
    """The parent PIN and the recovery code. Signals: `lock_requested` for "Lock now"."""

    page_id = "security"
    title_key = "parent.security.title"
    intro_key = "parent.security.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

        pin_frame, pin_layout = section(words("parent.security.pin_heading"))
        pin_layout.addWidget(muted(words("parent.security.pin_rules")))
        self.current_pin = pin_field(words("parent.security.current_pin"))
        self.new_pin = pin_field(words("parent.security.new_pin"))
        self.repeat_pin = pin_field(words("parent.security.repeat_pin"))
        form = QFormLayout()
        form.addRow(buddy(words("parent.security.current_pin"), self.current_pin), self.current_pin)
        form.addRow(buddy(words("parent.security.new_pin"), self.new_pin), self.new_pin)
        form.addRow(buddy(words("parent.security.repeat_pin"), self.repeat_pin), self.repeat_pin)
        pin_layout.addLayout(form)
        self.change_button = button(words("parent.security.change"))
        self.change_button.clicked.connect(self.change)
        self.repeat_pin.returnPressed.connect(self.change)
        pin_layout.addLayout(button_row(self.change_button))
        self.pin_message = MessageLine()
        pin_layout.addWidget(self.pin_message)
        self.body.addWidget(pin_frame)

        code_frame, code_layout = section(words("parent.security.code_heading"))
        code_layout.addWidget(muted(words("parent.security.code_intro")))
        self.code_button = button(words("parent.security.new_code"), secondary=True)
        self.code_button.clicked.connect(self.new_code)
        code_layout.addLayout(button_row(self.code_button))
        self.code_label = text("", object_name="RecoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.hide()
        code_layout.addWidget(self.code_label)
        self.code_message = MessageLine()
        code_layout.addWidget(self.code_message)
        code_layout.addWidget(muted(words("parent.security.forgot_note")))
        self.body.addWidget(code_frame)

        lock_frame, lock_layout = section(words("parent.security.lock_heading"))
        lock_layout.addWidget(muted(words("parent.security.lock_intro")))
        self.lock_button = button(words("parent.window.lock_now"), secondary=True)
        self.lock_button.clicked.connect(self.session_locked)
        lock_layout.addLayout(button_row(self.lock_button))
        self.body.addWidget(lock_frame)
        self.body.addStretch(1)

    def change(self) -> None:
        """Check the new PIN's rules at once; then, on a worker, check the current PIN (a wrong
        one counts toward the lockout, as on the PIN screen) and save the new one."""
        current, new, repeated = (
            self.current_pin.text(),
            self.new_pin.text(),
            self.repeat_pin.text(),
        )
        for field in (self.current_pin, self.new_pin, self.repeat_pin):
            field.clear()
        if not current.strip():
            self.pin_message.say(words("parent.security.current_missing"), Tone.PROBLEM)
            self.current_pin.setFocus()
            return
        if new != repeated:
            self.pin_message.say(words("parent.pin.recovery.mismatch"), Tone.PROBLEM)
            self.new_pin.setFocus()
            return
        problem = pin_problem(new, today=self.context.today())
        if problem is not None:
            self.pin_message.say(words(f"family.pin_problems.{problem.value}"), Tone.PROBLEM)
            self.new_pin.setFocus()
            return
        context = self.context
        self.change_button.setEnabled(False)
        self.pin_message.say(words("parent.security.checking"))

        def save() -> None:
            unlock(
                context.store,
                current,
                clock=context.clock,
                session_clock=context.session_clock,
                params=context.params,
            )
            change_pin(
                context.store, context.session, new, clock=context.clock, params=context.params
            )

        self.run(save, lambda _none: self._on_changed(), self._on_change_failed)

    def _on_changed(self) -> None:
        self.change_button.setEnabled(True)
        self.pin_message.say(words("parent.security.changed"), Tone.GOOD)

    def _on_change_failed(self, message: str) -> None:
        self.change_button.setEnabled(True)
        self.pin_message.say(message, Tone.PROBLEM)
        self.current_pin.setFocus()

    def new_code(self) -> None:
        context = self.context

        def make() -> str:
            return issue_recovery_code(context.store, params=context.params)

        self.code_button.setEnabled(False)
        self.run(make, self._show_code, self._on_code_failed)

    def _show_code(self, code: str) -> None:
        self.code_button.setEnabled(True)
        self.code_label.setText(code)
        self.code_label.setAccessibleName(words("parent.pin.recovery.code_accessible"))
        self.code_label.show()
        self.code_message.say(words("parent.security.code_made"), Tone.GOOD)

    def _on_code_failed(self, message: str) -> None:
        self.code_button.setEnabled(True)
        self.code_message.say(message, Tone.PROBLEM)

    def on_locked(self) -> None:
        self.current_pin.clear()
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.code_label.clear()
        self.code_label.hide()
        self.code_message.clear_message()
