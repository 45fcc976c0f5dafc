"""The first frame Hoot paints: its title and the AI banner, while the store opens behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from app.text import words
from ui import theme
from ui.chat.banner import AiBanner


class StartingWindow(QMainWindow):
    """Shown at once on launch (it needs only Qt, the words and the style), then replaced in
    place by the first real screen; a slow computer shows Hoot straight away."""

    def __init__(self) -> None:
        super().__init__()
        # Its own title, so nothing mistakes it for the chat window it makes way for.
        self.setWindowTitle(words("chat.opening_title"))
        self.setWindowIcon(theme.owl_icon())
        page = QWidget()
        page.setObjectName("ChatPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(14, 10, 14, 12)
        title = QLabel(words("chat.window_title"))
        title.setObjectName("AppTitle")
        outer.addLayout(theme.owl_header(title, 40))
        self.banner = AiBanner()
        outer.addWidget(self.banner)
        outer.addStretch(1)
        self.status = QLabel(words("chat.opening"))
        self.status.setObjectName("Muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.status)
        outer.addStretch(2)
        self.setCentralWidget(page)
