"""The list of chat bubbles as a Qt model, so a long history is drawn lazily by one view."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.text import words

_ids = itertools.count(1)


class BubbleKind(StrEnum):
    CHILD = "child"
    AI = "ai"
    NOTICE = "notice"  # Hoot's own words: a hidden-info note, a stopped answer, a tip
    CRISIS = "crisis"  # the help card: talk to a trusted adult, the region's help lines


class BubbleState(StrEnum):
    DONE = "done"
    STREAMING = "streaming"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class Roles(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    STATE = Qt.ItemDataRole.UserRole + 2
    #: Changes whenever the bubble's text changes, so views can cache layouts by it.
    VERSION = Qt.ItemDataRole.UserRole + 3
    BUBBLE_ID = Qt.ItemDataRole.UserRole + 4


@dataclass
class Bubble:
    kind: BubbleKind
    text: str
    state: BubbleState = BubbleState.DONE
    version: int = 0
    bubble_id: int = 0

    def spoken(self) -> str:
        """What a screen reader says for this bubble."""
        if self.kind is BubbleKind.CHILD:
            who = words("chat.you_label")
        elif self.kind is BubbleKind.AI:
            who = f"{words('chat.ai_name')} ({words('chat.ai_label')})"
        else:
            who = words("chat.ai_name")
        return f"{who}: {self.text}"


class MessageListModel(QAbstractListModel):
    """Bubbles in order; the last AI bubble grows while a reply streams in."""

    def __init__(self) -> None:
        super().__init__()
        self._bubbles: list[Bubble] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bubbles)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bubbles):
            return None
        bubble = self._bubbles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return bubble.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return bubble.spoken()
        if role == Roles.KIND:
            return bubble.kind.value
        if role == Roles.STATE:
            return bubble.state.value
        if role == Roles.VERSION:
            return bubble.version
        if role == Roles.BUBBLE_ID:
            return bubble.bubble_id
        return None

    def bubble(self, row: int) -> Bubble:
        return self._bubbles[row]

    def bubbles(self) -> list[Bubble]:
        return list(self._bubbles)

    def append(self, kind: BubbleKind, text: str, state: BubbleState = BubbleState.DONE) -> int:
        row = len(self._bubbles)
        self.beginInsertRows(QModelIndex(), row, row)
        self._bubbles.append(Bubble(kind, text, state, bubble_id=next(_ids)))
        self.endInsertRows()
        return row

    def extend(self, bubbles: list[tuple[BubbleKind, str, BubbleState]]) -> None:
        """Add many bubbles at once (a history being loaded) with one notification."""
        if not bubbles:
            return
        first = len(self._bubbles)
        self.beginInsertRows(QModelIndex(), first, first + len(bubbles) - 1)
        for kind, text, state in bubbles:
            self._bubbles.append(Bubble(kind, text, state, bubble_id=next(_ids)))
        self.endInsertRows()

    def insert(self, row: int, bubbles: list[tuple[BubbleKind, str, BubbleState]]) -> None:
        """Put bubbles before `row` (older messages of a long chat) with one notification."""
        if not bubbles:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(bubbles) - 1)
        self._bubbles[row:row] = [
            Bubble(kind, text, state, bubble_id=next(_ids)) for kind, text, state in bubbles
        ]
        self.endInsertRows()

    def append_text(self, row: int, text: str) -> None:
        bubble = self._bubbles[row]
        bubble.text += text
        self._changed(row)

    def set_text(self, row: int, text: str) -> None:
        self._bubbles[row].text = text
        self._changed(row)

    def set_state(self, row: int, state: BubbleState) -> None:
        self._bubbles[row].state = state
        self._changed(row)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._bubbles[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._bubbles.clear()
        self.endResetModel()

    def _changed(self, row: int) -> None:
        self._bubbles[row].version += 1
        index = self.index(row)
        self.dataChanged.emit(index, index)
