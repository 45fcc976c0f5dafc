"""'Who's chatting?': the children's pictures, a Grown-ups button, and notes for the parent."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.family.launch import PickerEntry
from app.text import words
from ui import theme
from ui.avatars import avatar_icon


class PickerWindow(QMainWindow):
    """Big picture buttons, one per child; children who turned 18 are shown greyed out.

    Signals: child_chosen(child_id), grown_ups_requested().
    """

    child_chosen = Signal(int)
    grown_ups_requested = Signal()

    def __init__(self, entries: list[PickerEntry], *, consent_needed: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(words("chat.window_title"))
        self.setWindowIcon(theme.owl_icon())
        self.setMinimumSize(560, 480)
        page = QWidget()
        page.setObjectName("ChatPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 20, 24, 20)
        title = QLabel(words("shell.picker.title"))
        title.setObjectName("AppTitle")
        header = theme.owl_header(title, 52)
        self.grown_ups_button = QPushButton(words("shell.picker.grown_ups"))
        self.grown_ups_button.setObjectName("SecondaryButton")
        self.grown_ups_button.setToolTip(words("shell.picker.grown_ups_tip"))
        self.grown_ups_button.clicked.connect(self.grown_ups_requested)
        header.addWidget(self.grown_ups_button)
        outer.addLayout(header)
        self.notice = QLabel()
        self.notice.setObjectName("DemoBadge")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        subtitle = QLabel(words("shell.picker.subtitle"))
        subtitle.setObjectName("Muted")
        outer.addWidget(subtitle)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.child_buttons: dict[int, QToolButton] = {}
        notes: list[str] = []
        for index, entry in enumerate(entries):
            button = QToolButton()
            button.setObjectName("ChildCard")
            button.setText(
                f"{entry.nickname}\n{words('shell.picker.with_grown_up')}"
                if entry.needs_pin
                else entry.nickname
            )
            button.setIcon(avatar_icon(entry.avatar_id))
            button.setIconSize(QSize(96, 96))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAccessibleName(entry.nickname)
            button.setEnabled(entry.can_chat and not consent_needed)
            if not entry.can_chat:
                notes.append(words("shell.picker.grown_up_now", name=entry.nickname))
            button.clicked.connect(
                lambda _c=False, child=entry.child_id: self.child_chosen.emit(child)
            )
            grid.addWidget(button, index // 3, index % 3)
            self.child_buttons[entry.child_id] = button
        outer.addLayout(grid)
        if not entries:
            notes.append(words("shell.picker.no_children"))
        if consent_needed:
            notes.insert(0, words("shell.picker.consent_needed"))
        if notes:
            self.notice.setText("\n".join(notes))
            self.notice.show()
        outer.addStretch(1)
        self.setCentralWidget(page)
        first = next((b for b in self.child_buttons.values() if b.isEnabled()), None)
        (first or self.grown_ups_button).setFocus()
