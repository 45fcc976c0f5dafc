"""One child's settings: filter strictness, extra blocked and allowed words, the PIN to start,
daily minutes, quiet hours, and extra time today.

A setting the machine policy fixes is greyed out with "Set by your school"; a strictness below
the policy's minimum cannot be chosen and says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.age_bands import AgeBand
from app.monitor.time_limits import MAX_EXTRA_MINUTES, LimitStatus, TimeLimits
from app.safety.verdict import DEFAULT_STRICTNESS
from app.settings import DAYS, STRICTNESS
from app.store import ChildProfile
from app.text import words
from ui.parent.child_picker import ChildPicker
from ui.parent.choices import WrappedCheckBox
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, muted
from ui.parent.locked import SchoolLockNote, school_lock
from ui.parent.page import Page, button, button_row, section, write_settings

CHILD_KEYS = (
    "filter_strictness",
    "blocked_words",
    "allowed_words",
    "require_pin_to_start",
    "daily_minutes",
    "quiet_hours",
)
DEFAULT_DAILY_MINUTES = 60
DEFAULT_QUIET = {"start": "20:30", "end": "07:00", "days": ["sun", "mon", "tue", "wed", "thu"]}


@dataclass(frozen=True)
class ChildSettingsState:
    child: ChildProfile
    band: AgeBand | None
    values: dict[str, Any]


def split_words(text: str) -> list[str]:
    """Words typed one a line or separated by commas, blanks dropped."""
    return [word.strip() for word in re.split(r"[,\n]", text) if word.strip()]


class ChildSettingsPage(Page):
    """Per-child safety and time settings."""

    page_id = "child_settings"
    title_key = "parent.child_settings.title"
    intro_key = "parent.child_settings.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: ChildSettingsState | None = None
        self.lock_notes: dict[str, SchoolLockNote] = {}
        settings = context.settings

        top = QHBoxLayout()
        self.picker = ChildPicker()
        self.picker.child_chosen.connect(self._on_child_chosen)
        top.addWidget(buddy(words("parent.child_settings.child_label"), self.picker))
        top.addWidget(self.picker)
        top.addStretch(1)
        self.body.addLayout(top)
        self.no_children = muted(words("parent.transcripts.no_children"))
        self.body.addWidget(self.no_children)

        # -- the filter
        filter_frame, filter_layout = section(words("parent.child_settings.filter_heading"))
        filter_form = QFormLayout()
        self.strictness_box = QComboBox()
        self._add_row(
            filter_form,
            "filter_strictness",
            words("parent.child_settings.strictness_label"),
            self.strictness_box,
        )
        self.blocked_edit = QPlainTextEdit()
        self.blocked_edit.setPlaceholderText(words("parent.child_settings.words_placeholder"))
        self.blocked_edit.setTabChangesFocus(True)
        self.blocked_edit.setFixedHeight(70)
        self._add_row(
            filter_form,
            "blocked_words",
            words("parent.child_settings.blocked_label"),
            self.blocked_edit,
        )
        self.allowed_edit = QPlainTextEdit()
        self.allowed_edit.setPlaceholderText(words("parent.child_settings.words_placeholder"))
        self.allowed_edit.setTabChangesFocus(True)
        self.allowed_edit.setFixedHeight(70)
        self._add_row(
            filter_form,
            "allowed_words",
            words("parent.child_settings.allowed_label"),
            self.allowed_edit,
        )
        filter_layout.addLayout(filter_form)
        filter_layout.addWidget(muted(words("parent.child_settings.words_note")))
        self.body.addWidget(filter_frame)

        # -- starting and time
        time_frame, time_layout = section(words("parent.child_settings.time_heading"))
        time_form = QFormLayout()
        self.require_pin = WrappedCheckBox(words("parent.child_settings.require_pin"))
        self.require_pin.setAccessibleName(words("parent.child_settings.require_pin"))
        self._add_row(time_form, "require_pin_to_start", "", self.require_pin)

        self.limit_check = WrappedCheckBox(words("parent.child_settings.limit_check"))
        self.limit_check.setAccessibleName(words("parent.child_settings.limit_check"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(5, 1440)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(words("parent.child_settings.minutes_suffix"))
        self.minutes_spin.setAccessibleName(words("parent.child_settings.minutes_accessible"))
        self.limit_check.toggled.connect(self._on_limit_toggled)
        limit_row = QWidget()
        limit_layout = QHBoxLayout(limit_row)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        limit_layout.addWidget(self.limit_check)
        limit_layout.addWidget(self.minutes_spin)
        limit_layout.addStretch(1)
        self._add_row(
            time_form,
            "daily_minutes",
            "",
            limit_row,
            controls=(self.limit_check, self.minutes_spin),
        )

        self.quiet_check = WrappedCheckBox(words("parent.child_settings.quiet_check"))
        self.quiet_check.setAccessibleName(words("parent.child_settings.quiet_check"))
        self.quiet_start = QTimeEdit()
        self.quiet_start.setDisplayFormat("HH:mm")
        self.quiet_start.setAccessibleName(words("parent.child_settings.quiet_from"))
        self.quiet_end = QTimeEdit()
        self.quiet_end.setDisplayFormat("HH:mm")
        self.quiet_end.setAccessibleName(words("parent.child_settings.quiet_to"))
        quiet_row = QWidget()
        quiet_layout = QHBoxLayout(quiet_row)
        quiet_layout.setContentsMargins(0, 0, 0, 0)
        quiet_layout.addWidget(self.quiet_check)
        quiet_layout.addWidget(buddy(words("parent.child_settings.quiet_from"), self.quiet_start))
        quiet_layout.addWidget(self.quiet_start)
        quiet_layout.addWidget(buddy(words("parent.child_settings.quiet_to"), self.quiet_end))
        quiet_layout.addWidget(self.quiet_end)
        quiet_layout.addStretch(1)
        self.day_checks: dict[str, QCheckBox] = {}
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(muted(words("parent.child_settings.quiet_days")))
        for day in DAYS:
            check = QCheckBox(words(f"parent.days.{day}"))
            check.setAccessibleName(words(f"parent.days_long.{day}"))
            self.day_checks[day] = check
            days_layout.addWidget(check)
        days_layout.addStretch(1)
        quiet_controls = (
            self.quiet_check,
            self.quiet_start,
            self.quiet_end,
            *self.day_checks.values(),
        )
        self._add_row(time_form, "quiet_hours", "", quiet_row, controls=quiet_controls)
        time_form.addRow("", days_row)
        self.quiet_check.toggled.connect(self._enable_quiet_controls)
        time_layout.addLayout(time_form)
        time_layout.addWidget(muted(words("parent.child_settings.quiet_note")))
        self.body.addWidget(time_frame)

        self.save_button = button(words("parent.child_settings.save"))
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        self.body.addLayout(button_row(self.save_button))
        self.body.addWidget(self.message)

        # -- extra time today
        extra_frame, extra_layout = section(words("parent.child_settings.extra_heading"))
        extra_layout.addWidget(muted(words("parent.child_settings.extra_intro")))
        self.extra_spin = QSpinBox()
        self.extra_spin.setRange(5, MAX_EXTRA_MINUTES)
        self.extra_spin.setSingleStep(5)
        self.extra_spin.setValue(15)
        self.extra_spin.setSuffix(words("parent.child_settings.minutes_suffix"))
        self.extra_spin.setAccessibleName(words("parent.child_settings.extra_accessible"))
        self.extra_button = button(words("parent.child_settings.extra_button"), secondary=True)
        self.extra_button.clicked.connect(self.give_extra_time)
        extra_layout.addLayout(button_row(self.extra_spin, self.extra_button))
        self.extra_message = MessageLine()
        extra_layout.addWidget(self.extra_message)
        self.body.addWidget(extra_frame)
        self.body.addStretch(1)
        self._settings = settings

    def _add_row(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        field: QWidget,
        *,
        controls: tuple[QWidget, ...] | None = None,
    ) -> None:
        row = QWidget()
        note = school_lock(self.context.settings, key, *(controls or (field,)))
        # A row of several controls has no room beside it in a small window: the note goes under.
        layout: QBoxLayout = QVBoxLayout(row) if controls else QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        if note is not None:
            layout.addWidget(note, 0, Qt.AlignmentFlag.AlignLeft)
            self.lock_notes[key] = note
        if label:
            form.addRow(buddy(label, field), row)
        else:
            form.addRow(row)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(self.context.store.profiles.all, self._on_children_loaded, self._on_failed)

    def show_item(self, argument: object) -> None:
        if isinstance(argument, int) and self.picker.choose(argument):
            self._on_child_chosen(argument)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _on_children_loaded(self, children: list[ChildProfile]) -> None:
        self.picker.set_children(children, self.context.today())
        has_children = bool(children)
        self.no_children.setVisible(not has_children)
        self.save_button.setEnabled(has_children)
        self.extra_button.setEnabled(has_children)
        self._load()

    def _load(self) -> None:
        child_id = self.picker.child_id()
        if child_id is None:
            return
        context = self.context

        def load() -> ChildSettingsState:
            child = context.store.profiles.get(child_id)
            values = {key: context.settings.get(key, child_id) for key in CHILD_KEYS}
            return ChildSettingsState(child, child.age_band(context.today()), values)

        self.run(load, self._show, self._on_failed)

    def _on_child_chosen(self, _child_id: object) -> None:
        self.message.clear_message()
        self.extra_message.clear_message()
        self._load()

    def _show(self, state: ChildSettingsState) -> None:
        self.state = state
        values = state.values
        self._fill_strictness(state.band, values["filter_strictness"])
        self.blocked_edit.setPlainText("\n".join(values["blocked_words"]))
        self.allowed_edit.setPlainText("\n".join(values["allowed_words"]))
        self.require_pin.setChecked(bool(values["require_pin_to_start"]))
        minutes = values["daily_minutes"]
        self.limit_check.setChecked(minutes is not None)
        self.minutes_spin.setValue(int(minutes) if minutes is not None else DEFAULT_DAILY_MINUTES)
        quiet = values["quiet_hours"]
        shown = quiet or DEFAULT_QUIET
        self.quiet_check.setChecked(quiet is not None)
        self.quiet_start.setTime(QTime.fromString(str(shown["start"]), "HH:mm"))
        self.quiet_end.setTime(QTime.fromString(str(shown["end"]), "HH:mm"))
        for day, check in self.day_checks.items():
            check.setChecked(day in shown.get("days", DAYS))
        self._on_limit_toggled(self.limit_check.isChecked())
        self._enable_quiet_controls(self.quiet_check.isChecked())

    def _fill_strictness(self, band: AgeBand | None, chosen: str | None) -> None:
        box = self.strictness_box
        box.clear()
        policy = self.context.policy
        default = DEFAULT_STRICTNESS[band].value if band is not None else "strict"
        box.addItem(
            words(
                "parent.child_settings.strictness_default",
                level=words(f"parent.child_settings.level.{default}"),
            ),
            None,
        )
        for level in STRICTNESS:
            box.addItem(words(f"parent.child_settings.strictness.{level}"), level)
        model = box.model()
        assert isinstance(model, QStandardItemModel)
        for index in range(box.count()):
            level = box.itemData(index) or default
            if policy is not None and not policy.allows_strictness(str(level)):
                item = model.item(index)
                item.setEnabled(False)
                item.setText(item.text() + " " + words("parent.child_settings.below_minimum"))
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)

    def _on_limit_toggled(self, on: bool) -> None:
        if not self.context.settings.is_locked("daily_minutes"):
            self.minutes_spin.setEnabled(on)

    def _enable_quiet_controls(self, on: bool) -> None:
        if self.context.settings.is_locked("quiet_hours"):
            return
        for control in (self.quiet_start, self.quiet_end, *self.day_checks.values()):
            control.setEnabled(on)

    # -- saving -------------------------------------------------------------------------------

    def chosen_values(self) -> dict[str, Any]:
        """What the form says now, as setting values."""
        quiet: dict[str, Any] | None = None
        if self.quiet_check.isChecked():
            quiet = {
                "start": self.quiet_start.time().toString("HH:mm"),
                "end": self.quiet_end.time().toString("HH:mm"),
                "days": [day for day, check in self.day_checks.items() if check.isChecked()],
            }
        return {
            "filter_strictness": self.strictness_box.currentData(),
            "blocked_words": split_words(self.blocked_edit.toPlainText()),
            "allowed_words": split_words(self.allowed_edit.toPlainText()),
            "require_pin_to_start": self.require_pin.isChecked(),
            "daily_minutes": self.minutes_spin.value() if self.limit_check.isChecked() else None,
            "quiet_hours": quiet,
        }

    def save(self) -> None:
        state = self.state
        if state is None:
            return
        if self.quiet_check.isChecked() and not any(
            c.isChecked() for c in self.day_checks.values()
        ):
            self.message.say(words("parent.child_settings.quiet_no_days"), Tone.PROBLEM)
            return
        chosen = self.chosen_values()
        settings = self.context.settings
        child_id = state.child.id
        changes = {key: value for key, value in chosen.items() if value != state.values[key]}
        self.run(
            lambda: write_settings(settings, changes, child_id),
            lambda _none: self._on_saved(state.child),
            self._on_save_failed,
        )

    def _on_saved(self, child: ChildProfile) -> None:
        self._load()
        self.message.say(words("parent.child_settings.saved", name=child.nickname), Tone.GOOD)

    def _on_save_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    # -- extra time ---------------------------------------------------------------------------

    def give_extra_time(self) -> None:
        state = self.state
        if state is None:
            return
        minutes = self.extra_spin.value()
        context = self.context
        child = state.child

        def grant() -> LimitStatus:
            limits = TimeLimits(context.store, context.settings, child.id)
            return limits.grant_extra_time(context.session, minutes)

        self.run(
            grant,
            lambda _status: self.extra_message.say(
                words("parent.child_settings.extra_given", minutes=minutes, name=child.nickname),
                Tone.GOOD,
            ),
            lambda message: self.extra_message.say(message, Tone.PROBLEM),
        )
