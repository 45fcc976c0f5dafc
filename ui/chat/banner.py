"""The AI disclosure banner: always on the chat screen, in words a 7-year-old understands."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy

from app.text import words
from ui import theme


class AiBanner(QFrame):
    """Owl icon and the sentence saying Hoot is an AI, not a person.

    It has no close button, takes no focus and sits outside the scrolling message list, so no
    click, key, scroll or resize can hide it; its height follows its wrapped text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("AiBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(words("chat.banner_accessible"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        self.icon = QLabel()
        self.icon.setAccessibleName(words("chat.ai_name"))
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.label = QLabel(words("chat.banner"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(words("chat.banner"))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.label, 1)
        self.refresh_font()

    def refresh_font(self) -> None:
        """Scale the owl with the text size (the style sheet sets the words' size)."""
        side = int(self.label.fontMetrics().height() * 1.8)
        self.icon.setPixmap(theme.owl_icon().pixmap(QSize(side, side)))
        self.icon.setFixedSize(side, side)

    def text(self) -> str:
        return self.label.text()
