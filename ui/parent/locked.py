"""The "Set by your school" treatment of settings a machine policy fixes: greyed out, in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.settings import Settings
from app.text import words


class SchoolLockNote(QLabel):
    """ "Set by your school", next to a setting the parent cannot change (words, not colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(words("parent.locked.set_by_school"), parent)
        self.setObjectName("SchoolLock")
        self.setToolTip(words("parent.locked.explanation"))
        self.setAccessibleName(words("parent.locked.set_by_school"))
        self.setAccessibleDescription(words("parent.locked.explanation"))


def school_lock(settings: Settings, key: str, *controls: QWidget) -> SchoolLockNote | None:
    """Disable `controls` and return the note to show beside them when the machine policy sets
    `key`; None (and nothing changed) when the parent may change it."""
    if not settings.is_locked(key):
        return None
    for control in controls:
        mark_set_by_school(control)
    return SchoolLockNote()


def mark_set_by_school(control: QWidget) -> None:
    control.setEnabled(False)
    control.setProperty("school_locked", True)
    control.setToolTip(words("parent.locked.explanation"))
    control.setAccessibleDescription(words("parent.locked.set_by_school"))
