"""The frame of every parent-area page: title, intro, a scrolling body, and background work."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.family.errors import SessionLocked
from app.settings import SettingError, Settings, spec, validate
from app.text import has_words, words
from ui.parent.confirm import ConfirmDialog, ConfirmRequest
from ui.parent.context import ParentContext
from ui.parent.labels import heading, text
from ui.parent.pin_dialog import failure_words
from ui.tasks import QueryOp

T = TypeVar("T")


@dataclass(frozen=True)
class SaveOutcome:
    """Where a file was (or was not) written; `problem` is the system's reason when it failed."""

    path: Path
    problem: str | None = None


class SettingRefused(ValueError):
    """A value the setting cannot take; `message()` says what to type instead."""

    def __init__(self, key: str) -> None:
        super().__init__(f"value refused for {key}")
        self.key = key

    def message(self) -> str:
        specific = f"parent.invalid.{self.key}"
        return words(specific) if has_words(specific) else words("parent.invalid.generic")


def write_settings(
    settings: Settings, values: Mapping[str, Any], child_id: int | None = None
) -> None:
    """Save each value; keys the school locked are left alone.

    None is "none" (no limit, keep until deleted...): stored as such, or simply forgotten when
    none is the default anyway. Raises `SettingRefused` for the first value that does not fit,
    before writing anything.
    """
    changes = {key: value for key, value in values.items() if not settings.is_locked(key)}
    for key, value in changes.items():
        try:
            validate(key, value)
        except SettingError:
            raise SettingRefused(key) from None
    for key, value in changes.items():
        if value is None and spec(key).default is None:
            settings.reset(key, child_id)
        else:
            settings.set(key, value, child_id)


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """The file the parent chose in a save dialog, or None when they cancelled."""
    chosen, _selected_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), file_filter
    )
    return Path(chosen) if chosen else None


def ask_to_confirm(parent: QWidget, request: ConfirmRequest) -> bool:
    """Show the confirmation and say whether the parent went ahead."""
    return ConfirmDialog(request, parent).exec() == ConfirmDialog.DialogCode.Accepted


def button(label: str, *, secondary: bool = False, object_name: str = "") -> QPushButton:
    """A push button whose accessible name is its label."""
    made = QPushButton(label)
    made.setAccessibleName(label.replace("&", ""))
    if object_name:
        made.setObjectName(object_name)
    elif secondary:
        made.setObjectName("SecondaryButton")
    made.setAutoDefault(False)
    return made


def button_row(*buttons: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    if not stretch_first:
        row.addStretch(1)
    return row


def section(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed group with a heading; add widgets to the returned layout."""
    frame = QFrame()
    frame.setObjectName("ParentSection")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 14)
    layout.setSpacing(8)
    layout.addWidget(heading(title, level=2))
    return frame, layout


class Page(QWidget):
    """One page of the parent area.

    Subclasses set `page_id` and `title_key`, build their widgets into `self.body`, and load
    their data in `refresh()` (called each time the page is shown). Core calls go through
    `run()`, which keeps `busy` true until every call has answered.

    Signals: `navigate(page_id, argument)` asks the window for another page (the argument, such
    as a child's id, is handed to that page's `show_item`); `children_changed` after a child was
    added, edited or removed; `session_locked` when a call found the session locked.
    """

    navigate = Signal(str, object)
    children_changed = Signal()
    session_locked = Signal()

    page_id: ClassVar[str] = ""
    title_key: ClassVar[str] = ""
    intro_key: ClassVar[str | None] = None

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("ParentPage")
        self.setAccessibleName(words(self.title_key))
        self._pending = 0
        #: Replaced in tests: the save dialog and the confirmation dialog.
        self.ask_save_path: Callable[[str, Path, str], Path | None] = (
            lambda title, suggested, file_filter: ask_save_path(self, title, suggested, file_filter)
        )
        self.confirm: Callable[[ConfirmRequest], bool] = lambda request: ask_to_confirm(
            self, request
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("ParentPageBody")
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.setSpacing(14)
        self.body.addWidget(heading(words(self.title_key)))
        if self.intro_key:
            self.body.addWidget(text(words(self.intro_key), object_name="ParentMuted"))
        scroll.setWidget(holder)
        outer.addWidget(scroll)
        self.scroll_area = scroll

    # -- life cycle -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load what the page shows (called each time it is shown)."""

    def show_item(self, argument: object) -> None:
        """Show a particular thing (a child, a message) that another page pointed at."""

    def on_locked(self) -> None:
        """The area locked: drop anything private the page holds (e.g. a transcript)."""

    # -- background work --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a core call started by this page has not answered yet."""
        return self._pending > 0

    def run(
        self,
        op: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[str], None] | None = None,
        *,
        needs_unlocked: bool = True,
    ) -> None:
        """Run the core call `op` on a worker; `success` gets its result on the GUI thread.

        `failure` gets the words to show (the core's own `message()`, never a traceback).
        With `needs_unlocked`, the call first checks the session is still unlocked.
        """
        session = self.context.session
        self._pending += 1

        def checked() -> T:
            if needs_unlocked:
                session.require_unlocked()
            return op()

        def on_success(result: T) -> None:
            self._pending -= 1
            success(result)

        def on_failure(error: Exception) -> None:
            self._pending -= 1
            if isinstance(error, SessionLocked):
                self.session_locked.emit()
            if failure is not None:
                failure(failure_words(error))

        QueryOp(parent=self, op=checked, success=on_success).failure(on_failure).run_in_background()
