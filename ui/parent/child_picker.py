"""A drop-down of the children (optionally with "All children") that pages share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.store import ChildProfile
from app.text import words

#: The item data of "All children" (child ids start at 1).
_ALL = -1


def child_line(child: ChildProfile, today: date) -> str:
    """ "Sam (ages 8-10)", or "Sam (18 or older)" once a child has grown up."""
    band = child.age_band(today)
    if band is None:
        return words("parent.children.line_adult", name=child.nickname)
    return words("parent.children.line", name=child.nickname, band=band.value)


class ChildPicker(QComboBox):
    """Choose a child. Signals: `child_chosen(object)` when the parent picks another entry, with
    the child's id, or None for "All children" (offered only `with_all`)."""

    child_chosen = Signal(object)

    def __init__(self, *, with_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_all = with_all
        self.setAccessibleName(words("parent.children.picker_accessible"))
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_children(self, children: Sequence[ChildProfile], today: date) -> None:
        """Fill the list, keeping the chosen entry when it is still there (no signal)."""
        keep = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            if self._with_all:
                self.addItem(words("parent.children.all"), _ALL)
            for child in children:
                self.addItem(child_line(child, today), child.id)
            index = self.findData(keep) if keep is not None else -1
            self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))

    def has_choice(self) -> bool:
        return self.currentIndex() >= 0

    def child_id(self) -> int | None:
        """The chosen child's id; None for "All children" or when there are no children."""
        value = self.currentData()
        return None if value is None or value == _ALL else int(value)

    def choose(self, child_id: int | None) -> bool:
        """Select a child by id (None: "All children"); False when they are not listed."""
        index = self.findData(_ALL if child_id is None else child_id)
        if index < 0:
            return False
        with QSignalBlocker(self):
            self.setCurrentIndex(index)
        return True

    def _on_index_changed(self, index: int) -> None:
        if index >= 0:
            self.child_chosen.emit(self.child_id())
