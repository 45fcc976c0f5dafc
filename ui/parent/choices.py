"""Check boxes and radio buttons whose words wrap onto more lines instead of widening the page.

Qt draws a button's text on one line, so a long choice ("Save the children's chats so you can
read them here (when off, ...)") sets the page's minimum width and is clipped in a small
window. These buttons draw only the indicator and show their words in a wrapped label beside
it; a click anywhere on the words still toggles the button, and the words stay its
accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

#: Events after which the indicator's size (and so the words' indent) may have changed.
_RESTYLE = frozenset({QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange})


class _Wrapping:
    """What a check box and a radio button share: the words beside the indicator.

    Set up by `_wrap`, used by the two button classes below (Qt's classes keep their own
    behaviour; only the drawing of the text moves into the label).
    """

    def __init__(
        self,
        button: QAbstractButton,
        content: str,
        indicator: QStyle.SubElement,
        spacing: QStyle.PixelMetric,
        control: QStyle.ControlElement,
    ) -> None:
        self.button = button
        self.indicator = indicator
        self.spacing = spacing
        self.control = control
        self.label = QLabel(content, button)
        self.label.setObjectName("ChoiceWords")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Clicks on the words reach the button, as they would on its own text.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.layout = QHBoxLayout(button)
        self.layout.setSpacing(0)
        self.layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)
        button.setAccessibleName(content.replace("&", ""))
        # Qt's buttons never shrink below their one-line text; these may, and grow taller.
        policy = QSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Minimum,
            button.sizePolicy().controlType(),
        )
        policy.setHeightForWidth(True)
        button.setSizePolicy(policy)

    def set_text(self, content: str) -> None:
        self.label.setText(content)
        self.button.setAccessibleName(content.replace("&", ""))

    def line_box(self) -> tuple[QRect, int]:
        """The indicator's place and the height of the words' first line (at least the
        indicator's), both measured in the button's current style."""
        line = self.label.fontMetrics().height()
        option = QStyleOptionButton()
        option.initFrom(self.button)
        option.rect = QRect(0, 0, self.button.width(), line)
        style = self.button.style()
        height = max(line, style.subElementRect(self.indicator, option, self.button).height() + 4)
        option.rect = QRect(0, 0, self.button.width(), height)
        return style.subElementRect(self.indicator, option, self.button), height

    def place_words(self) -> None:
        """Indent the words past the indicator and centre their first line on it."""
        indicator, height = self.line_box()
        spacing = self.button.style().pixelMetric(self.spacing, None, self.button)
        top = (height - self.label.fontMetrics().height()) // 2
        self.layout.setContentsMargins(indicator.right() + 1 + max(spacing, 4), top, 0, top)

    def size_hint(self) -> QSize:
        """Wide enough for the words on one line: a layout with room gives them that, one
        without room gives less and the words wrap (down to `minimum_size`)."""
        left = self.layout.contentsMargins().left()
        width = left + self.label.fontMetrics().horizontalAdvance(self.label.text()) + 2
        return QSize(width, max(self.line_box()[1], self.layout.totalHeightForWidth(width)))

    def minimum_size(self) -> QSize:
        """Room for the indicator, a short word and one line: the rest comes from wrapping."""
        _indicator, height = self.line_box()
        left = self.layout.contentsMargins().left()
        return QSize(left + 10 * self.label.fontMetrics().averageCharWidth(), height)

    def paint(self, option: QStyleOptionButton) -> None:
        """The indicator (and its focus frame) level with the first line of the words."""
        option.text = ""
        option.rect = QRect(0, 0, self.button.width(), self.line_box()[1])
        QStylePainter(self.button).drawControl(self.control, option)


class _WrappedWords:
    """What both wrapping choices share; mixed in before the Qt class, whose methods the
    `super()` calls reach."""

    wrapping: _Wrapping

    @property
    def words_label(self) -> QLabel:
        return self.wrapping.label

    def text(self) -> str:
        return self.wrapping.label.text()

    def setText(self, content: str) -> None:
        self.wrapping.set_text(content)

    def event(self, event: QEvent) -> bool:
        handled: bool = super().event(event)  # type: ignore[misc]
        if event.type() in _RESTYLE:
            self.wrapping.place_words()
        return handled

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # type: ignore[attr-defined, no-any-return]

    def sizeHint(self) -> QSize:
        return self.wrapping.size_hint()

    def minimumSizeHint(self) -> QSize:
        return self.wrapping.minimum_size()

    def paintEvent(self, _event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        self.wrapping.paint(option)


class WrappedCheckBox(_WrappedWords, QCheckBox):
    """A check box whose words wrap; `text()` gives the words."""

    def __init__(self, content: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wrapping = _Wrapping(
            self,
            content,
            QStyle.SubElement.SE_CheckBoxIndicator,
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing,
            QStyle.ControlElement.CE_CheckBox,
        )


class WrappedRadioButton(_WrappedWords, QRadioButton):
    """A radio button whose words wrap; `text()` gives the words."""

    def __init__(self, content: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wrapping = _Wrapping(
            self,
            content,
            QStyle.SubElement.SE_RadioButtonIndicator,
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing,
            QStyle.ControlElement.CE_RadioButton,
        )
