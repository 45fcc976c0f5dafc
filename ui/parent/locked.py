"""The "Set by your school" treatment of settings a machine policy fixes: greyed out, in words.

A greyed-out, unticked box could mean "off" or "not chosen yet", so the note also says the
school's value in words ("Set by your school: off").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.settings import Settings
from app.text import has_words, words
from ui.parent.labels import counted

#: Settings typed as free text: the greyed-out field shows the value itself.
_SHOWN_IN_FIELD = frozenset(
    {"alerts.email_to", "smtp.host", "smtp.user", "smtp.from", "model", "base_url"}
)
#: At most this many of a school's blocked or allowed words are named in the note.
_LISTED_WORDS = 5
#: Settings whose value is one of a few words Hoot knows how to say.
_CHOICES = {
    "alerts.high": "parent.locked.value.high",
    "smtp.security": "parent.alerts.security",
    "filter_strictness": "parent.child_settings.level",
}


def school_value_words(key: str, value: Any) -> str | None:
    """The school's value of `key` as a parent reads it ("off", "30 days", "20:30 to 07:00"),
    or None when the setting's own field already shows it (an address, a model name)."""
    if key in _SHOWN_IN_FIELD:
        return None
    if isinstance(value, bool):
        return words("parent.locked.value.on" if value else "parent.locked.value.off")
    if value is None:
        none_key = f"parent.locked.value.none_{key.replace('.', '_')}"
        return words(none_key) if has_words(none_key) else words("parent.locked.value.none")
    if key == "retention_days":
        return counted("parent.locked.value.days", int(value))
    if key == "daily_minutes":
        return counted("parent.locked.value.minutes", int(value))
    if key == "quiet_hours" and isinstance(value, dict):
        return words("parent.locked.value.quiet", start=value["start"], end=value["end"])
    if isinstance(value, list):
        if not value:
            return words("parent.locked.value.no_words")
        listed = ", ".join(map(str, value[:_LISTED_WORDS]))
        return listed + ("…" if len(value) > _LISTED_WORDS else "")
    if key in _CHOICES:
        return words(f"{_CHOICES[key]}.{value}")
    return str(value)


class SchoolLockNote(QLabel):
    """ "Set by your school: off", next to a setting the parent cannot change (words, not
    colour). Without a value (a school-provided key or password) it says only the first part."""

    def __init__(self, value: str | None = None, parent: QWidget | None = None) -> None:
        shown = (
            words("parent.locked.set_by_school")
            if value is None
            else words("parent.locked.set_by_school_value", value=value)
        )
        super().__init__(shown, parent)
        self.setObjectName("SchoolLock")
        self.setToolTip(words("parent.locked.explanation"))
        self.setAccessibleName(shown)
        self.setAccessibleDescription(words("parent.locked.explanation"))


def school_lock(settings: Settings, key: str, *controls: QWidget) -> SchoolLockNote | None:
    """Disable `controls` and return the note to show beside them when the machine policy sets
    `key`; None (and nothing changed) when the parent may change it."""
    if not settings.is_locked(key):
        return None
    for control in controls:
        mark_set_by_school(control)
    return SchoolLockNote(school_value_words(key, settings.get(key)))


def mark_set_by_school(control: QWidget) -> None:
    control.setEnabled(False)
    control.setProperty("school_locked", True)
    control.setToolTip(words("parent.locked.explanation"))
    control.setAccessibleDescription(words("parent.locked.set_by_school"))
