"""Small labelled parts every parent screen uses: headings, wrapped text, and message lines."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.text import words


class Tone(StrEnum):
    """How a message line reads; the style sheet picks a colour, the words carry the meaning."""

    INFO = "info"
    GOOD = "good"
    PROBLEM = "problem"


def text(content: str, *, object_name: str = "", rich: bool = False) -> QLabel:
    """A wrapped label (plain text unless `rich`), readable by screen readers."""
    label = QLabel(content)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    label.setAccessibleName(label.text() if not rich else "")
    return label


def heading(content: str, *, level: int = 1) -> QLabel:
    """A page title (level 1) or a section heading (level 2)."""
    label = text(content, object_name="ParentTitle" if level == 1 else "ParentHeading")
    label.setAccessibleName(content)
    return label


def muted(content: str) -> QLabel:
    return text(content, object_name="ParentMuted")


def buddy(label_text: str, field: QWidget) -> QLabel:
    """A label for `field` that names it for screen readers and moves focus with Alt+key."""
    label = QLabel(label_text)
    label.setBuddy(field)
    label.setWordWrap(True)
    if not field.accessibleName():
        field.setAccessibleName(label_text.replace("&", ""))
    return label


class MessageLine(QLabel):
    """One line of feedback under a form ("Saved.", "That PIN is not right..."); empty: hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParentMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(words("parent.common.message_accessible"))
        self.hide()

    def say(self, message: str, tone: Tone = Tone.INFO) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setProperty("tone", tone.value)
        # A dynamic property only restyles after the style is applied again.
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.say("")

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")


def counted(key: str, count: int) -> str:
    """ "1 chat" or "3 chats": `key_one` for one, `key_many` (with {count}) otherwise."""
    return words(f"{key}_one" if count == 1 else f"{key}_many", count=count)
