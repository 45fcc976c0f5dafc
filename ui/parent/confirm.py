"""A confirmation before something that cannot be undone, saying exactly what will happen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.parent.labels import heading, text


@dataclass(frozen=True)
class ConfirmRequest:
    """What to ask: a title, what will happen (in full), and the two buttons' words."""

    title: str
    message: str
    go_text: str
    keep_text: str


class ConfirmDialog(QDialog):
    """Asks before a deletion. The safe choice is the default: Enter and Esc both keep."""

    def __init__(self, request: ConfirmRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConfirmDialog")
        self.setWindowTitle(request.title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(request.title, level=2))
        self.message = text(request.message)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keep_button = QPushButton(request.keep_text)
        self.keep_button.setAccessibleName(request.keep_text)
        self.keep_button.setObjectName("SecondaryButton")
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        self.go_button = QPushButton(request.go_text)
        self.go_button.setAccessibleName(request.go_text)
        self.go_button.setObjectName("DangerButton")
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(self.accept)
        row.addWidget(self.keep_button)
        row.addWidget(self.go_button)
        layout.addLayout(row)
        self.keep_button.setFocus()
