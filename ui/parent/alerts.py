"""Alerts: where alert e-mails go (the parent's own mail server), when high ones are sent, the
opt-in excerpt, desktop notices, and "Send test e-mail" with its result in plain words.

The mail password goes to the keyring, never into Hoot's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.monitor.alerts import EmailCheck, send_test_email, set_smtp_password, smtp_password
from app.text import words
from ui.parent.choices import WrappedCheckBox, WrappedRadioButton
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, muted
from ui.parent.locked import SchoolLockNote, mark_set_by_school, school_lock
from ui.parent.page import Page, button, button_row, section, write_settings
from ui.parent.pin_dialog import pin_field

ALERT_KEYS = (
    "alerts.email_to",
    "smtp.host",
    "smtp.port",
    "smtp.security",
    "smtp.user",
    "smtp.from",
    "alerts.high",
    "alerts.include_excerpt",
    "alerts.desktop",
)
SECURITY_CHOICES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class AlertSettings:
    values: dict[str, Any]
    password_saved: bool


class AlertsPage(Page):
    """Alert e-mail and desktop notice settings, with a test e-mail."""

    page_id = "alerts"
    title_key = "parent.alerts.title"
    intro_key = "parent.alerts.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.loaded: AlertSettings | None = None
        self.lock_notes: dict[str, SchoolLockNote] = {}

        email_frame, email_layout = section(words("parent.alerts.email_heading"))
        form = QFormLayout()
        self.email_to = QLineEdit()
        self.email_to.setPlaceholderText(words("parent.alerts.email_placeholder"))
        self._row(form, "alerts.email_to", words("parent.alerts.email_label"), self.email_to)
        self.host = QLineEdit()
        self.host.setPlaceholderText(words("parent.alerts.host_placeholder"))
        self._row(form, "smtp.host", words("parent.alerts.host_label"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setMaximumWidth(140)
        self._row(form, "smtp.port", words("parent.alerts.port_label"), self.port)
        self.security = QComboBox()
        for choice in SECURITY_CHOICES:
            self.security.addItem(words(f"parent.alerts.security.{choice}"), choice)
        self._row(form, "smtp.security", words("parent.alerts.security_label"), self.security)
        self.user = QLineEdit()
        self.user.setPlaceholderText(words("parent.alerts.user_placeholder"))
        self._row(form, "smtp.user", words("parent.alerts.user_label"), self.user)
        self.password = pin_field(words("parent.alerts.password_label"))
        self.password_note: SchoolLockNote | None = None
        password_row = QWidget()
        password_layout = QHBoxLayout(password_row)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.addWidget(self.password, 1)
        if context.policy is not None and context.policy.smtp_password_file:
            mark_set_by_school(self.password)
            self.password_note = SchoolLockNote()
            password_layout.addWidget(self.password_note)
        form.addRow(buddy(words("parent.alerts.password_label"), self.password), password_row)
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(words("parent.alerts.from_placeholder"))
        self._row(form, "smtp.from", words("parent.alerts.from_label"), self.sender_edit)
        email_layout.addLayout(form)
        email_layout.addWidget(muted(words("parent.alerts.password_note")))
        self.body.addWidget(email_frame)

        when_frame, when_layout = section(words("parent.alerts.when_heading"))
        when_layout.addWidget(muted(words("parent.alerts.when_intro")))
        self.high_group = QButtonGroup(self)
        self.high_now = WrappedRadioButton(words("parent.alerts.high_immediate"))
        self.high_now.setAccessibleName(words("parent.alerts.high_immediate"))
        self.high_digest = WrappedRadioButton(words("parent.alerts.high_digest"))
        self.high_digest.setAccessibleName(words("parent.alerts.high_digest"))
        self.high_group.addButton(self.high_now)
        self.high_group.addButton(self.high_digest)
        high_box = QWidget()
        high_layout = QVBoxLayout(high_box)
        high_layout.setContentsMargins(0, 0, 0, 0)
        high_layout.addWidget(self.high_now)
        high_layout.addWidget(self.high_digest)
        self._locked_block(when_layout, "alerts.high", high_box, self.high_now, self.high_digest)
        self.excerpt = WrappedCheckBox(words("parent.alerts.excerpt"))
        self.excerpt.setAccessibleName(words("parent.alerts.excerpt"))
        self._locked_block(when_layout, "alerts.include_excerpt", self.excerpt)
        when_layout.addWidget(muted(words("parent.alerts.excerpt_note")))
        self.desktop = WrappedCheckBox(words("parent.alerts.desktop"))
        self.desktop.setAccessibleName(words("parent.alerts.desktop"))
        self._locked_block(when_layout, "alerts.desktop", self.desktop)
        self.no_tray_note = muted(words("parent.alerts.no_tray"))
        self.no_tray_note.hide()
        when_layout.addWidget(self.no_tray_note)
        self.body.addWidget(when_frame)

        self.save_button = button(words("parent.alerts.save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = button(words("parent.alerts.test"), secondary=True)
        self.test_button.clicked.connect(self.send_test)
        self.body.addLayout(button_row(self.save_button, self.test_button))
        self.message = MessageLine()
        self.body.addWidget(self.message)
        self.body.addStretch(1)

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1 if field.maximumWidth() > 1000 else 0)
        note = school_lock(self.context.settings, key, field)
        if note is not None:
            layout.addWidget(note)
            self.lock_notes[key] = note
        if field.maximumWidth() <= 1000:
            layout.addStretch(1)
        form.addRow(buddy(label, field), row)

    def _locked_block(
        self, layout: QVBoxLayout, key: str, shown: QWidget, *controls: QWidget
    ) -> None:
        row = QHBoxLayout()
        row.addWidget(shown, 1)
        note = school_lock(self.context.settings, key, *(controls or (shown,)))
        if note is not None:
            row.addWidget(note)
            self.lock_notes[key] = note
        layout.addLayout(row)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self.context.settings
        self.no_tray_note.setVisible(not self.context.tray_available())

        def load() -> AlertSettings:
            values = {key: settings.get(key) for key in ALERT_KEYS}
            return AlertSettings(values, bool(smtp_password()))

        self.run(load, self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _show(self, loaded: AlertSettings) -> None:
        self.loaded = loaded
        values = loaded.values
        self.email_to.setText(values["alerts.email_to"] or "")
        self.host.setText(values["smtp.host"] or "")
        self.port.setValue(int(values["smtp.port"]))
        self.security.setCurrentIndex(max(0, self.security.findData(values["smtp.security"])))
        self.user.setText(values["smtp.user"] or "")
        self.sender_edit.setText(values["smtp.from"] or "")
        self.password.clear()
        if self.password_note is None:
            key = "password_saved" if loaded.password_saved else "password_placeholder"
            self.password.setPlaceholderText(words(f"parent.alerts.{key}"))
        else:
            self.password.setPlaceholderText(words("parent.alerts.password_school"))
        digest = values["alerts.high"] == "digest"
        self.high_digest.setChecked(digest)
        self.high_now.setChecked(not digest)
        self.excerpt.setChecked(bool(values["alerts.include_excerpt"]))
        self.desktop.setChecked(bool(values["alerts.desktop"]))

    # -- saving and testing -------------------------------------------------------------------

    def chosen_values(self) -> dict[str, Any]:
        def optional(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        return {
            "alerts.email_to": optional(self.email_to),
            "smtp.host": optional(self.host),
            "smtp.port": self.port.value(),
            "smtp.security": self.security.currentData(),
            "smtp.user": optional(self.user),
            "smtp.from": optional(self.sender_edit),
            "alerts.high": "digest" if self.high_digest.isChecked() else "immediate",
            "alerts.include_excerpt": self.excerpt.isChecked(),
            "alerts.desktop": self.desktop.isChecked(),
        }

    def _writer(self) -> Callable[[], None]:
        """The save of what the form says now (the typed password to the keyring), to run on a
        worker; the password field is emptied at once."""
        values = self.chosen_values()
        password = self.password.text() if self.password.isEnabled() else ""
        settings = self.context.settings
        self.password.clear()

        def write() -> None:
            write_settings(settings, values)
            if password:
                set_smtp_password(password)

        return write

    def save(self) -> None:
        self.run(self._writer(), lambda _none: self._on_saved(), self._on_failed)

    def _on_saved(self) -> None:
        self.message.say(words("parent.alerts.saved"), Tone.GOOD)
        self.refresh()

    def send_test(self) -> None:
        """Save what is typed, then send a test e-mail with it (up to ~20 s on a bad server)."""
        write = self._writer()
        settings, policy = self.context.settings, self.context.policy

        def save_and_send() -> EmailCheck:
            write()
            return send_test_email(settings, policy=policy)

        self.test_button.setEnabled(False)
        self.message.say(words("parent.alerts.sending"))
        self.run(save_and_send, self._on_tested, self._on_test_failed)

    def _on_tested(self, check: EmailCheck) -> None:
        self.test_button.setEnabled(True)
        self.message.say(check.explanation, Tone.GOOD if check.ok else Tone.PROBLEM)
        self.refresh()

    def _on_test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.message.say(message, Tone.PROBLEM)
