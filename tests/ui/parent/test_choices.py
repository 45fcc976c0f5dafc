"""Wrapped check boxes and radio buttons: long words wrap instead of widening the page, and a
click on the words toggles the button as a click on Qt's own text would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.parent.choices import WrappedCheckBox, WrappedRadioButton

pytestmark = pytest.mark.gui

LONG = "Save the children's chats so you can read them here (when off, Hoot keeps no chats at all)"


def holder(qtbot: QtBot, *widgets: QWidget, width: int = 260) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(box)
    box.resize(width, 400)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_long_words_wrap_within_a_narrow_page(qtbot: QtBot) -> None:
    check = WrappedCheckBox(LONG)
    box = holder(qtbot, check)
    assert check.minimumSizeHint().width() < 200
    assert check.geometry().right() <= box.width()
    line = check.words_label.fontMetrics().height()
    assert check.words_label.height() >= 2 * line  # wrapped onto more than one line
    assert check.height() >= check.words_label.height()
    assert check.text() == LONG
    assert check.accessibleName() == LONG


def test_a_click_on_the_words_toggles_the_box(qtbot: QtBot) -> None:
    check = WrappedCheckBox(LONG)
    box = holder(qtbot, check)
    assert box.isVisible()
    words = check.words_label.geometry()
    qtbot.mouseClick(
        check, Qt.MouseButton.LeftButton, pos=QPoint(words.right() - 5, words.bottom() - 3)
    )
    assert check.isChecked()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()


def test_wrapped_radio_buttons_stay_exclusive(qtbot: QtBot) -> None:
    first = WrappedRadioButton("Send high concerns at once too")
    second = WrappedRadioButton("Send high concerns in one daily summary (after 18:00)")
    box = holder(qtbot, first, second)
    assert box.isVisible()
    first.setChecked(True)
    words = second.words_label.geometry()
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=words.center())
    assert second.isChecked()
    assert not first.isChecked()
