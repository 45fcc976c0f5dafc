"""A new child's first-run tour: a few friendly steps, each pointing at part of the chat screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.guidance.lessons import TourStep, TourTarget
from app.text import words
from ui import theme


class TourDialog(QDialog):
    """Steps with Back, Next and Skip; the widget a step talks about is outlined meanwhile.

    Signals: tour_finished() when the child reaches the end or skips.
    """

    tour_finished = Signal()

    def __init__(
        self, steps: tuple[TourStep, ...], targets: dict[TourTarget, QWidget], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(words("guidance.tour.window_title"))
        self.setObjectName("TourDialog")
        self.setMinimumWidth(460)
        self.steps = steps
        self.targets = targets
        self.number = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        owl = QLabel()
        owl.setPixmap(theme.owl_icon().pixmap(56, 56))
        top.addWidget(owl, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.step_label = QLabel()
        self.step_label.setObjectName("Muted")
        text.addWidget(self.step_label)
        self.title = QLabel()
        self.title.setObjectName("AppTitle")
        self.title.setWordWrap(True)
        text.addWidget(self.title)
        self.body = QLabel()
        self.body.setWordWrap(True)
        text.addWidget(self.body)
        top.addLayout(text, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(words("guidance.tour.skip"))
        self.skip_button.setObjectName("SecondaryButton")
        self.skip_button.clicked.connect(self.finish)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        self.back_button = QPushButton(words("guidance.tour.back"))
        self.back_button.setObjectName("SecondaryButton")
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.back_button)
        self.next_button = QPushButton(words("guidance.tour.next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self._show_step()

    def _show_step(self) -> None:
        step = self.steps[self.number]
        total = len(self.steps)
        self.step_label.setText(words("guidance.tour.step_of", step=self.number + 1, total=total))
        self.title.setText(step.title)
        self.body.setText(step.body)
        self.setAccessibleDescription(f"{step.title}. {step.body}")
        last = self.number == total - 1
        self.next_button.setText(words("guidance.tour.done" if last else "guidance.tour.next"))
        self.back_button.setEnabled(self.number > 0)
        self._highlight(step.target)
        self.next_button.setFocus()
        # Grow or shrink to the new step's words, so nothing is cut off.
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        """Sit over the lower middle of the chat, clear of the banner and the greeting."""
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.frameGeometry()
        x = frame.left() + (frame.width() - self.width()) // 2
        y = frame.top() + frame.height() - self.height() - 140
        self.move(x, max(frame.top() + 160, y))

    def _highlight(self, target: TourTarget | None) -> None:
        for kind, widget in self.targets.items():
            widget.setProperty("tourTarget", kind is target)
            # Re-polish so the style sheet's [tourTarget="true"] rule applies at once.
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def next(self) -> None:
        if self.number == len(self.steps) - 1:
            self.finish()
            return
        self.number += 1
        self._show_step()

    def back(self) -> None:
        if self.number > 0:
            self.number -= 1
            self._show_step()

    def finish(self) -> None:
        self._highlight(None)
        self.tour_finished.emit()
        self.accept()

    def reject(self) -> None:  # Esc skips the tour, like the Skip button
        self.finish()
