"""The gentle 'Time's up for today' (or 'Hoot is resting') screen, with a way for a grown-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.monitor.time_limits import LimitState, LimitStatus
from app.text import words
from ui import theme

EXTRA_CHOICES = (15, 30, 60)


class TimeUpWindow(QMainWindow):
    """Says kindly that chat time is over; a parent (with the PIN) can add minutes.

    Signals: extra_time_requested(minutes), switch_requested().
    """

    extra_time_requested = Signal(int)
    switch_requested = Signal()

    def __init__(self, status: LimitStatus, *, can_switch: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(words("chat.window_title"))
        self.setWindowIcon(theme.owl_icon())
        self.setMinimumSize(520, 460)
        page = QWidget()
        page.setObjectName("ChatPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        owl = QLabel()
        owl.setPixmap(theme.owl_icon().pixmap(128, 128))
        owl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(owl)
        quiet = status.state is LimitState.QUIET_HOURS
        self.title = QLabel(
            words("shell.limits.quiet_title" if quiet else "shell.limits.time_up_title")
        )
        self.title.setObjectName("AppTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        if quiet and status.quiet_until is not None:
            until = status.quiet_until.astimezone().strftime("%H:%M")
            body = words("shell.limits.quiet_body", time=until)
        else:
            body = words("shell.limits.time_up_body")
        self.body = QLabel(body)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.body)
        outer.addStretch(1)
        extra = QLabel(words("shell.limits.extra"))
        extra.setObjectName("Muted")
        extra.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(extra)
        row = QHBoxLayout()
        row.addStretch(1)
        self.extra_buttons: list[QPushButton] = []
        for minutes in EXTRA_CHOICES:
            label = (
                words("shell.limits.hour")
                if minutes == 60
                else words("shell.limits.minutes", count=minutes)
            )
            button = QPushButton(label)
            button.setObjectName("SecondaryButton")
            button.clicked.connect(lambda _c=False, m=minutes: self.extra_time_requested.emit(m))
            row.addWidget(button)
            self.extra_buttons.append(button)
        row.addStretch(1)
        outer.addLayout(row)
        if can_switch:
            switch = QPushButton(words("shell.chat.switch"))
            switch.setObjectName("SecondaryButton")
            switch.clicked.connect(self.switch_requested)
            outer.addWidget(switch, 0, Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(page)
