"""Data and privacy: how long chats are kept, export and deletion per child, the privacy notice
(with the parent's consent), and how the data is protected on this computer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSpinBox,
    QTextBrowser,
    QWidget,
)

from app.family import guard
from app.family.consent import ConsentAnswers, needs_fresh_consent, record_consent
from app.guidance.notice import privacy_notice
from app.monitor.report_cmd import write_private
from app.store import (
    ChildProfile,
    Consent,
    DeletionResult,
    KeyStorage,
    export_child,
    write_export,
)
from app.text import words
from ui.parent.child_picker import ChildPicker
from ui.parent.children import confirm_and_remove, removed_words
from ui.parent.choices import WrappedCheckBox, WrappedRadioButton
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, muted, text
from ui.parent.locked import SchoolLockNote, school_lock
from ui.parent.page import Page, SaveOutcome, button, button_row, section, write_settings
from ui.parent.readable import readable_chats_html, readable_file_name

DEFAULT_KEEP_DAYS = 90


@dataclass(frozen=True)
class DataState:
    children: tuple[ChildProfile, ...]
    retention_days: int | None
    history_enabled: bool
    consent: Consent | None
    needs_consent: bool
    key_storage: KeyStorage
    guard_available: bool
    guard_message: str


def export_file_name(child: ChildProfile, day: datetime) -> str:
    safe = re.sub(r"[^\w-]+", "-", child.nickname).strip("-") or "child"
    return f"hoot-export-{safe}-{day:%Y-%m-%d}.json"


class DataPage(Page):
    """Retention, export, deletion, the privacy notice, and the protection status."""

    page_id = "data"
    title_key = "parent.data.title"
    intro_key = "parent.data.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: DataState | None = None
        self.lock_notes: dict[str, SchoolLockNote] = {}
        settings = context.settings

        # -- keeping
        keep_frame, keep_layout = section(words("parent.data.keep_heading"))
        self.keep_group = QButtonGroup(self)
        self.keep_days = WrappedRadioButton(words("parent.data.keep_days"))
        self.keep_days.setAccessibleName(words("parent.data.keep_days"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 3650)
        self.days_spin.setSuffix(words("parent.data.days_suffix"))
        self.days_spin.setAccessibleName(words("parent.data.days_accessible"))
        self.keep_forever = WrappedRadioButton(words("parent.data.keep_forever"))
        self.keep_forever.setAccessibleName(words("parent.data.keep_forever"))
        self.keep_group.addButton(self.keep_days)
        self.keep_group.addButton(self.keep_forever)
        self.keep_days.toggled.connect(self._on_keep_toggled)
        days_row = QHBoxLayout()
        days_row.addWidget(self.keep_days)
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        note = school_lock(
            settings, "retention_days", self.keep_days, self.days_spin, self.keep_forever
        )
        if note is not None:
            days_row.addWidget(note)
            self.lock_notes["retention_days"] = note
        keep_layout.addLayout(days_row)
        keep_layout.addWidget(self.keep_forever)
        self.history_check = WrappedCheckBox(words("parent.data.history_enabled"))
        self.history_check.setAccessibleName(words("parent.data.history_enabled"))
        history_row = QHBoxLayout()
        history_row.addWidget(self.history_check, 1)
        note = school_lock(settings, "history_enabled", self.history_check)
        if note is not None:
            history_row.addWidget(note)
            self.lock_notes["history_enabled"] = note
        keep_layout.addLayout(history_row)
        keep_layout.addWidget(muted(words("parent.data.keep_note")))
        self.save_button = button(words("parent.data.save"))
        self.save_button.clicked.connect(self.save_keeping)
        keep_layout.addLayout(button_row(self.save_button))
        self.keep_message = MessageLine()
        keep_layout.addWidget(self.keep_message)
        self.body.addWidget(keep_frame)

        # -- one child's data
        child_frame, child_layout = section(words("parent.data.child_heading"))
        child_layout.addWidget(muted(words("parent.data.child_intro")))
        picker_row = QHBoxLayout()
        self.picker = ChildPicker()
        picker_row.addWidget(buddy(words("parent.data.child_label"), self.picker))
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        child_layout.addLayout(picker_row)
        self.readable_button = button(words("parent.data.readable"), secondary=True)
        self.readable_button.clicked.connect(self.save_readable)
        self.export_button = button(words("parent.data.export"), secondary=True)
        self.export_button.clicked.connect(self.export)
        self.delete_button = button(words("parent.data.delete"), object_name="DangerButton")
        self.delete_button.clicked.connect(self.delete)
        child_layout.addLayout(button_row(self.readable_button, self.export_button))
        child_layout.addLayout(button_row(self.delete_button))
        self.child_message = MessageLine()
        child_layout.addWidget(self.child_message)
        self.body.addWidget(child_frame)

        # -- protection
        protect_frame, protect_layout = section(words("parent.data.protect_heading"))
        self.encryption_line = text("")
        protect_layout.addWidget(self.encryption_line)
        self.guard_line = text("")
        protect_layout.addWidget(self.guard_line)
        self.body.addWidget(protect_frame)

        # -- the privacy notice
        notice_frame, notice_layout = section(words("parent.data.notice_heading"))
        self.consent_line = text("")
        notice_layout.addWidget(self.consent_line)
        self.notice_view = QTextBrowser()
        self.notice_view.setObjectName("NoticeView")
        self.notice_view.setAccessibleName(words("parent.data.notice_accessible"))
        self.notice_view.setOpenExternalLinks(False)
        self.notice_view.setMinimumHeight(320)
        notice_layout.addWidget(self.notice_view)
        self.consent_checks = [
            WrappedCheckBox(words(f"family.consent.{key}"))
            for key in ("parent_or_guardian", "adult", "read_notice")
        ]
        for check in self.consent_checks:
            check.setAccessibleName(check.text())
            notice_layout.addWidget(check)
        self.consent_button = button(words("parent.data.consent_button"))
        self.consent_button.clicked.connect(self.confirm_notice)
        notice_layout.addLayout(button_row(self.consent_button))
        self.notice_message = MessageLine()
        notice_layout.addWidget(self.notice_message)
        self.body.addWidget(notice_frame)
        self.body.addStretch(1)
        self._notice_shown = False

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        context = self.context
        if not self._notice_shown:
            self.notice_view.setMarkdown(privacy_notice().markdown)
            self._notice_shown = True

        def load() -> DataState:
            store = context.store
            protection = guard.protection_status()
            return DataState(
                children=tuple(store.profiles.all()),
                retention_days=context.settings.get("retention_days"),
                history_enabled=bool(context.settings.get("history_enabled")),
                consent=store.family.current_consent(),
                needs_consent=needs_fresh_consent(store),
                key_storage=store.status.key_storage,
                guard_available=protection.available,
                guard_message=protection.message,
            )

        self.run(load, self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.keep_message.say(message, Tone.PROBLEM)

    def _show(self, state: DataState) -> None:
        self.state = state
        days = state.retention_days
        self.keep_days.setChecked(days is not None)
        self.keep_forever.setChecked(days is None)
        self.days_spin.setValue(days if days is not None else DEFAULT_KEEP_DAYS)
        self._on_keep_toggled(days is not None)
        self.history_check.setChecked(state.history_enabled)
        self.picker.set_children(state.children, self.context.today())
        has_children = bool(state.children)
        self.export_button.setEnabled(has_children)
        self.readable_button.setEnabled(has_children)
        self.delete_button.setEnabled(has_children)
        storage = "keyring" if state.key_storage is KeyStorage.KEYRING else "file"
        self.encryption_line.setText(words(f"parent.data.encryption_{storage}"))
        self.guard_line.setText(state.guard_message)
        if state.needs_consent:
            self.consent_line.setText(words("parent.data.consent_needed"))
        elif state.consent is not None:
            self.consent_line.setText(
                words(
                    "parent.data.consent_given",
                    version=state.consent.notice_version,
                    day=state.consent.given_at.astimezone().strftime("%d %B %Y"),
                )
            )
        for check in self.consent_checks:
            check.setVisible(state.needs_consent)
            check.setChecked(False)
        self.consent_button.setVisible(state.needs_consent)

    def _on_keep_toggled(self, keep_days: bool) -> None:
        if not self.context.settings.is_locked("retention_days"):
            self.days_spin.setEnabled(keep_days)

    def show_item(self, argument: object) -> None:
        if isinstance(argument, int):
            self.picker.choose(argument)

    # -- keeping ------------------------------------------------------------------------------

    def save_keeping(self) -> None:
        values = {
            "retention_days": self.days_spin.value() if self.keep_days.isChecked() else None,
            "history_enabled": self.history_check.isChecked(),
        }
        settings = self.context.settings
        self.run(
            lambda: write_settings(settings, values),
            lambda _none: self.keep_message.say(words("parent.data.saved"), Tone.GOOD),
            self._on_failed,
        )

    # -- one child's data ---------------------------------------------------------------------

    def _chosen_child(self) -> ChildProfile | None:
        chosen = self.picker.child_id()
        children = self.state.children if self.state else ()
        return next((child for child in children if child.id == chosen), None)

    def export(self) -> None:
        """Ask for a file, then write everything Hoot keeps about the child to it (JSON)."""
        child = self._chosen_child()
        if child is None:
            return
        suggested = Path.home() / export_file_name(child, self.context.now())
        target = self.ask_save_path(
            words("parent.data.export_title", name=child.nickname),
            suggested,
            words("parent.data.export_filter"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        context = self.context

        def write() -> SaveOutcome:
            context.session.require_unlocked()
            try:
                write_export(context.store, child.id, target)
            except OSError as error:
                return SaveOutcome(target, error.strerror or type(error).__name__)
            return SaveOutcome(target)

        self.child_message.say(words("parent.data.exporting"))
        self.run(write, lambda outcome: self._on_exported(outcome, child), self._on_child_failed)

    def _on_exported(self, outcome: SaveOutcome, child: ChildProfile) -> None:
        if outcome.problem is None:
            self.child_message.say(
                words("parent.data.exported", name=child.nickname, path=outcome.path), Tone.GOOD
            )
        else:
            self.child_message.say(
                words("parent.data.export_failed", path=outcome.path, reason=outcome.problem),
                Tone.PROBLEM,
            )

    def save_readable(self) -> None:
        """Ask for a file, then save the child's chats there as a page to read (HTML)."""
        child = self._chosen_child()
        if child is None:
            return
        suggested = Path.home() / readable_file_name(child.nickname, self.context.now())
        target = self.ask_save_path(
            words("parent.data.readable_title", name=child.nickname),
            suggested,
            words("parent.data.readable_filter"),
        )
        if target is None:
            return
        if target.suffix.lower() not in (".html", ".htm"):
            target = target.with_name(target.name + ".html")
        store = self.context.store

        def write() -> SaveOutcome:
            page = readable_chats_html(export_child(store, child.id))
            try:
                write_private(target, page.encode("utf-8"))
            except OSError as error:
                return SaveOutcome(target, error.strerror or type(error).__name__)
            return SaveOutcome(target)

        self.child_message.say(words("parent.data.exporting"))
        self.run(
            write, lambda outcome: self._on_readable_saved(outcome, child), self._on_child_failed
        )

    def _on_readable_saved(self, outcome: SaveOutcome, child: ChildProfile) -> None:
        if outcome.problem is None:
            self.child_message.say(
                words("parent.data.readable_saved", name=child.nickname, path=outcome.path),
                Tone.GOOD,
            )
        else:
            self.child_message.say(
                words("parent.data.export_failed", path=outcome.path, reason=outcome.problem),
                Tone.PROBLEM,
            )

    def _on_child_failed(self, message: str) -> None:
        self.child_message.say(message, Tone.PROBLEM)

    def delete(self) -> None:
        child = self._chosen_child()
        if child is not None:
            confirm_and_remove(self, child.id, self._on_deleted, self._on_child_failed)

    def _on_deleted(self, result: DeletionResult, name: str) -> None:
        self.child_message.say(removed_words(result, name), Tone.GOOD)
        self.children_changed.emit()
        self.refresh()

    # -- consent ------------------------------------------------------------------------------

    def confirm_notice(self) -> None:
        ticked = [check.isChecked() for check in self.consent_checks]
        answers = ConsentAnswers(*ticked)
        if not answers.complete:
            self.notice_message.say(words("family.consent.incomplete"), Tone.PROBLEM)
            return
        store = self.context.store
        self.run(
            lambda: record_consent(store, answers, via="window"),
            lambda _consent: self._on_consent_recorded(),
            lambda message: self.notice_message.say(message, Tone.PROBLEM),
        )

    def _on_consent_recorded(self) -> None:
        self.notice_message.say(words("parent.data.consent_recorded"), Tone.GOOD)
        self.refresh()
