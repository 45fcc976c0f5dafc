"""The box where a child types: Enter sends, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from app.chat import MAX_MESSAGE_CHARS
from app.text import words


class MessageBox(QPlainTextEdit):
    """A plain-text input that grows to four lines.

    Signals: submitted() when Enter is pressed without Shift; paste_refused() when a paste
    would make the message longer than Hoot can send (the text stays on the clipboard).
    """

    submitted = Signal()
    paste_refused = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MessageBox")
        self.setPlaceholderText(words("chat.input_placeholder"))
        self.setAccessibleName(words("chat.input_accessible"))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # A huge paste (one unbroken line especially) would freeze the box while Qt lays it out,
        # and could never be sent anyway: refuse it whole, kindly.
        if len(source.text()) + len(self.toPlainText()) > MAX_MESSAGE_CHARS:
            self.paste_refused.emit()
            return
        super().insertFromMimeData(source)

    def _fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(1, min(4, int(self.document().size().height())))
        margins = self.contentsMargins()
        chrome = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom() + 16
        self.setFixedHeight(lines * line + chrome)

    def refresh_font(self) -> None:
        self._fit_height()
