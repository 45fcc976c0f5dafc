"""The AI connection: the Anthropic API key (masked), where it is kept, "Test connection" with
its result in plain words, the model, and whether demo mode may be used."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from app.family.connection import (
    ConnectionCheck,
    KeyLocation,
    api_key_location,
    check_connection,
    forget_api_key,
    load_api_key,
    save_api_key,
)
from app.policy import PolicyError, connection_settings
from app.text import words
from ui.parent.choices import WrappedCheckBox
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, muted, text
from ui.parent.locked import SchoolLockNote, school_lock
from ui.parent.page import Page, button, button_row, section, write_settings
from ui.parent.pin_dialog import pin_field

CONNECTION_KEYS = ("model", "base_url", "demo_allowed")


@dataclass(frozen=True)
class ConnectionState:
    location: KeyLocation | None
    school_key: bool
    values: dict[str, Any]


def where_words(state: ConnectionState) -> str:
    if state.school_key:
        return words("parent.connection.where_school")
    if state.location is KeyLocation.KEYRING:
        return words("parent.connection.where_keyring")
    if state.location is KeyLocation.STORE:
        return words("parent.connection.where_store")
    if state.values.get("demo_allowed"):
        return words("parent.connection.where_none_demo")
    return words("parent.connection.where_none")


class ConnectionPage(Page):
    """The API key, the connection test, the model and demo mode."""

    page_id = "connection"
    title_key = "parent.connection.title"
    intro_key = "parent.connection.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: ConnectionState | None = None
        self.lock_notes: dict[str, SchoolLockNote] = {}
        policy = context.policy
        self.school_key = policy is not None and bool(policy.api_key_file or policy.api_key_env)

        key_frame, key_layout = section(words("parent.connection.key_heading"))
        self.where = text("", object_name="ParentStrong")
        key_layout.addWidget(self.where)
        self.key_edit = pin_field(
            words("parent.connection.key_accessible"), words("parent.connection.key_placeholder")
        )
        self.key_edit.setMaxLength(400)
        self.show_key = QCheckBox(words("parent.connection.show_key"))
        self.show_key.setAccessibleName(words("parent.connection.show_key"))
        self.show_key.toggled.connect(
            lambda shown: self.key_edit.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        form = QFormLayout()
        key_row = QWidget()
        key_row_layout = QHBoxLayout(key_row)
        key_row_layout.setContentsMargins(0, 0, 0, 0)
        key_row_layout.addWidget(self.key_edit, 1)
        key_row_layout.addWidget(self.show_key)
        form.addRow(buddy(words("parent.connection.key_label"), self.key_edit), key_row)
        key_layout.addLayout(form)
        key_layout.addWidget(muted(words("parent.connection.key_help")))
        self.save_key_button = button(words("parent.connection.save_key"))
        self.save_key_button.clicked.connect(self.save_key)
        self.test_button = button(words("parent.connection.test"), secondary=True)
        self.test_button.clicked.connect(self.test)
        self.forget_button = button(words("parent.connection.forget"), secondary=True)
        self.forget_button.clicked.connect(self.forget)
        key_layout.addLayout(button_row(self.save_key_button, self.test_button, self.forget_button))
        self.key_message = MessageLine()
        key_layout.addWidget(self.key_message)
        if self.school_key:
            for control in (self.key_edit, self.show_key, self.save_key_button, self.forget_button):
                control.setEnabled(False)
            note = SchoolLockNote()
            key_layout.addWidget(note)
            self.lock_notes["api_key"] = note
        self.key_edit.returnPressed.connect(self.save_key)
        self.body.addWidget(key_frame)

        model_frame, model_layout = section(words("parent.connection.model_heading"))
        model_form = QFormLayout()
        self.model_edit = QLineEdit()
        self._row(model_form, "model", words("parent.connection.model_label"), self.model_edit)
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setPlaceholderText(words("parent.connection.base_url_placeholder"))
        self._row(
            model_form, "base_url", words("parent.connection.base_url_label"), self.base_url_edit
        )
        model_layout.addLayout(model_form)
        model_layout.addWidget(muted(words("parent.connection.base_url_note")))
        self.demo_check = WrappedCheckBox(words("parent.connection.demo_allowed"))
        self.demo_check.setAccessibleName(words("parent.connection.demo_allowed"))
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_check, 1)
        demo_note = school_lock(context.settings, "demo_allowed", self.demo_check)
        if demo_note is not None:
            demo_row.addWidget(demo_note)
            self.lock_notes["demo_allowed"] = demo_note
        model_layout.addLayout(demo_row)
        model_layout.addWidget(muted(words("family.connection.demo")))
        self.save_button = button(words("parent.connection.save_settings"))
        self.save_button.clicked.connect(self.save_settings)
        model_layout.addLayout(button_row(self.save_button))
        self.message = MessageLine()
        model_layout.addWidget(self.message)
        self.body.addWidget(model_frame)
        self.body.addStretch(1)

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        note = school_lock(self.context.settings, key, field)
        if note is not None:
            layout.addWidget(note)
            self.lock_notes[key] = note
        form.addRow(buddy(label, field), row)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        store, settings, school_key = self.context.store, self.context.settings, self.school_key

        def load() -> ConnectionState:
            values = {key: settings.get(key) for key in CONNECTION_KEYS}
            return ConnectionState(api_key_location(store), school_key, values)

        self.run(load, self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _show(self, state: ConnectionState) -> None:
        self.state = state
        self.where.setText(where_words(state))
        self.where.setAccessibleName(self.where.text())
        self.model_edit.setText(str(state.values["model"] or ""))
        self.base_url_edit.setText(str(state.values["base_url"] or ""))
        self.demo_check.setChecked(bool(state.values["demo_allowed"]))
        if not self.school_key:
            self.forget_button.setEnabled(state.location is not None)

    # -- the key ------------------------------------------------------------------------------

    def save_key(self) -> None:
        typed = self.key_edit.text()
        if not typed.strip():
            self.key_message.say(words("parent.connection.key_empty"), Tone.PROBLEM)
            return
        self.key_edit.clear()
        context = self.context

        def save() -> KeyLocation:
            return save_api_key(context.store, context.session, typed)

        self.run(save, self._on_key_saved, self._on_key_failed)

    def _on_key_saved(self, location: KeyLocation) -> None:
        self.key_message.say(words(f"parent.connection.saved_{location.value}"), Tone.GOOD)
        self.refresh()

    def _on_key_failed(self, message: str) -> None:
        self.key_message.say(message, Tone.PROBLEM)

    def forget(self) -> None:
        context = self.context

        def forget() -> None:
            forget_api_key(context.store, context.session)

        self.run(
            forget,
            lambda _none: self._on_key_forgotten(),
            self._on_key_failed,
        )

    def test(self) -> None:
        """Try the typed key (or the saved one) against the chosen endpoint and model."""
        typed = self.key_edit.text().strip()
        context = self.context
        model = self.model_edit.text().strip() or None
        base_url = self.base_url_edit.text().strip() or None
        school_key = self.school_key

        def check() -> ConnectionCheck:
            policy = context.policy
            ca_bundle = policy.ca_bundle if policy else None
            if school_key:
                try:
                    school = connection_settings(policy, os.environ)
                except PolicyError:
                    return ConnectionCheck(False, words("parent.connection.school_key_missing"))
                key = school.api_key or ""
                base = school.base_url
                chosen_model = school.model
            else:
                key = typed or load_api_key(context.store) or ""
                base = (
                    context.settings.get("base_url")
                    if context.settings.is_locked("base_url")
                    else base_url
                )
                chosen_model = model or str(context.settings.get("model"))
            if not key:
                return ConnectionCheck(False, words("parent.connection.no_key"))
            if context.backend_factory is not None:
                return check_connection(
                    key,
                    base,
                    model=chosen_model,
                    ca_bundle=ca_bundle,
                    backend=context.backend_factory,
                )
            return check_connection(key, base, model=chosen_model, ca_bundle=ca_bundle)

        self.test_button.setEnabled(False)
        self.key_message.say(words("parent.connection.testing"))
        self.run(check, self._on_tested, self._on_test_failed)

    def _on_tested(self, result: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self.key_message.say(result.message, Tone.GOOD if result.ok else Tone.PROBLEM)

    def _on_test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.key_message.say(message, Tone.PROBLEM)

    # -- model and demo -----------------------------------------------------------------------

    def save_settings(self) -> None:
        values = {
            "model": self.model_edit.text().strip() or None,
            "base_url": self.base_url_edit.text().strip() or None,
            "demo_allowed": self.demo_check.isChecked(),
        }
        settings = self.context.settings
        self.run(
            lambda: write_settings(settings, values),
            lambda _none: self._on_settings_saved(),
            self._on_failed,
        )

    def _on_key_forgotten(self) -> None:
        self.key_message.say(words("parent.connection.forgotten"), Tone.GOOD)
        self.refresh()

    def _on_settings_saved(self) -> None:
        self.message.say(words("parent.connection.settings_saved"), Tone.GOOD)
        self.refresh()
