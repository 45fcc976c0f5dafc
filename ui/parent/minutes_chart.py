"""The weekly report's bar chart of minutes per day, painted with QPainter.

Each bar carries its number of minutes in words above it, and the daily limit is a dashed line
with its own label, so the chart reads without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.monitor.reports import DayMinutes
from app.text import words
from ui import theme
from ui.parent.labels import counted

_LEFT, _RIGHT, _TOP, _BOTTOM = 48.0, 16.0, 26.0, 30.0


class MinutesChart(QWidget):
    """Seven bars (Monday first) scaled to `top_value`, with optional daily limit line."""

    def __init__(
        self,
        days: Sequence[DayMinutes],
        *,
        limit: int | None,
        ticks: Sequence[int],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.days = tuple(days)
        self.limit = limit
        self.ticks = tuple(ticks) or (0, 10)
        self.top_value = max(*self.ticks, 1)
        self.setObjectName("MinutesChart")
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.description())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(240)

    def description(self) -> str:
        """The chart in words, for screen readers: "Monday 12 minutes, Tuesday 0 minutes..."."""
        parts = [
            words(
                "parent.reports.chart_day",
                day=day.day.strftime("%A"),
                minutes=counted("parent.common.minutes", day.minutes),
            )
            for day in self.days
        ]
        if self.limit is not None:
            parts.append(words("parent.reports.chart_limit", minutes=self.limit))
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(560, 240)

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn in the widget (for painting and tests)."""
        plot = self._plot_rect()
        slot = plot.width() / max(1, len(self.days))
        rects = []
        for index, day in enumerate(self.days):
            height = plot.height() * min(day.minutes, self.top_value) / self.top_value
            left = plot.left() + slot * index + slot * 0.2
            rects.append(QRectF(left, plot.bottom() - height, slot * 0.6, height))
        return rects

    def _plot_rect(self) -> QRectF:
        return QRectF(
            _LEFT, _TOP, max(10.0, self.width() - _LEFT - _RIGHT), self.height() - _TOP - _BOTTOM
        )

    def _y(self, value: float) -> float:
        plot = self._plot_rect()
        return plot.bottom() - plot.height() * value / self.top_value

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = theme.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot_rect()
        metrics = painter.fontMetrics()

        grid = QPen(colours.colour("ai_border"))
        grid.setWidth(1)
        painter.setPen(grid)
        for value in self.ticks:
            y = self._y(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colours.colour("muted"))
        for value in self.ticks:
            y = self._y(value)
            tick_box = QRectF(0, y - metrics.height() / 2, _LEFT - 8, metrics.height())
            painter.drawText(
                tick_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.colour("accent"))
        rects = self.bar_rects()
        for rect in rects:
            if rect.height() > 0:
                painter.drawRoundedRect(rect, 3, 3)

        painter.setPen(colours.colour("text"))
        slot = plot.width() / max(1, len(self.days))
        for index, (day, rect) in enumerate(zip(self.days, rects, strict=True)):
            above = QRectF(
                rect.left() - 10,
                rect.top() - metrics.height() - 2,
                rect.width() + 20,
                metrics.height(),
            )
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(day.minutes))
            below = QRectF(
                plot.left() + slot * index, plot.bottom() + 4, slot, metrics.height() + 4
            )
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, day.day.strftime("%a"))

        if self.limit is not None:
            pen = QPen(colours.colour("text"))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            painter.setPen(pen)
            y = self._y(min(self.limit, self.top_value))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.colour("text"))
            label = words("parent.reports.chart_limit_label", minutes=self.limit)
            box = QRectF(
                plot.right() - metrics.horizontalAdvance(label) - 4,
                y - metrics.height() - 2,
                metrics.horizontalAdvance(label) + 4,
                metrics.height(),
            )
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), label)
        painter.end()
