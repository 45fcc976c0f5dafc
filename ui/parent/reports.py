"""Weekly reports: one child's, or the school report across every child, shown natively with the
minutes chart, and saved as HTML or PDF through the monitor's renderers.

The words, tables and figures come from the monitor's `report_layout`, so the screen, the HTML
file and the PDF say the same things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.monitor.rendering import (
    Chart,
    ReportLayout,
    TableBlock,
    Text,
    blocked_words,
    render_html,
    render_pdf,
    report_layout,
)
from app.monitor.report_cmd import REPORT_EVENT, write_private
from app.monitor.reports import IsoWeek, WeeklyReport, weekly_report
from app.safety.verdict import Severity
from app.store import ChildProfile
from app.text import words
from ui.parent.child_picker import ChildPicker
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, counted, heading, muted, text
from ui.parent.minutes_chart import MinutesChart
from ui.parent.page import Page, SaveOutcome, button, button_row

#: Weeks offered in the list: this one and the ones before it.
WEEKS_OFFERED = 12


@dataclass(frozen=True)
class ShownReport:
    report: WeeklyReport
    layout: ReportLayout


def report_file_name(report: WeeklyReport, form: str) -> str:
    """ "hoot-report-Sam-2026-W47.pdf" (the same names `hoot report` uses)."""
    name = report.child.nickname if report.child else "all"
    safe = re.sub(r"[^\w-]+", "-", name).strip("-") or "child"
    return f"hoot-report-{safe}-{report.week}.{form}"


def week_words(week: IsoWeek, this_week: IsoWeek) -> str:
    """ "This week (from 23 Nov 2026)" or "Week of 9 Nov 2026" (the list is narrow; the ISO
    week is in the tooltip and in the report itself)."""
    start = f"{week.monday.day} {week.monday.strftime('%b %Y')}"
    if week == this_week:
        return words("parent.reports.this_week", start=start)
    if week == this_week.previous():
        return words("parent.reports.last_week", start=start)
    return words("parent.reports.week_of", start=start)


class ReportTable(QTableWidget):
    """A read-only table showing every row (no inner scrolling), high rows in bold.

    Short tables (days, topics, counts) are as wide as their contents, so numbers sit next to
    their labels. Tables with `weights` (the flagged events) share the width there is by those
    weights and wrap their words, so nothing is cut off in a small window.
    """

    def __init__(self, block: TableBlock) -> None:
        super().__init__(len(block.rows), len(block.headers))
        self.block = block
        self.setObjectName("ParentTable")
        self.setHorizontalHeaderLabels(list(block.headers))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setAccessibleName(", ".join(block.headers))
        for row_index, row in enumerate(block.rows):
            for column, value in enumerate(row):
                item = QTableWidgetItem(value)
                if block.numeric[column]:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row_index in block.strong_rows:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row_index, column, item)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Measure with the style sheet's font, not the default one.
        self.ensurePolished()
        self.horizontalHeader().ensurePolished()
        header = self.horizontalHeader()
        if block.weights is None:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.resizeColumnsToContents()
            width = sum(self.columnWidth(column) for column in range(self.columnCount()))
            self.setMaximumWidth(width + self._frame())
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(40)
        self.fit()

    def _frame(self) -> int:
        return 2 * self.frameWidth() + 2

    def fit(self) -> None:
        """Share the width by the weights (when given), then fit the height to the rows."""
        weights = self.block.weights
        if weights is not None:
            available = max(1, self.viewport().width())
            total = sum(weights)
            used = 0
            for column, weight in enumerate(weights):
                last = column == len(weights) - 1
                width = available - used if last else int(available * weight / total)
                self.setColumnWidth(column, width)
                used += width
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + self._frame())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()


def table_widget(block: TableBlock) -> QTableWidget:
    """The block as a `ReportTable`."""
    return ReportTable(block)


def headline(report: WeeklyReport) -> str:
    """One sentence of the week's main figures."""
    serious = sum(
        count.events for count in report.flagged_by_severity if count.severity >= Severity.HIGH
    )
    return words(
        "parent.reports.headline",
        minutes=counted("parent.common.minutes", report.total_minutes),
        chats=counted("parent.common.chats", report.chats),
        messages=counted("parent.common.messages", report.messages),
        flagged=len(report.flagged),
        serious=serious,
        blocked=blocked_words(report.violation_rate),
    )


class ReportsPage(Page):
    """Choose a child (or all children) and a week; read the report; save it."""

    page_id = "reports"
    title_key = "parent.reports.title"
    intro_key = "parent.reports.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shown: ShownReport | None = None

        top = QHBoxLayout()
        self.picker = ChildPicker(with_all=True)
        self.picker.child_chosen.connect(lambda _child: self.load_report())
        top.addWidget(buddy(words("parent.reports.who_label"), self.picker))
        top.addWidget(self.picker)
        top.addSpacing(12)
        self.week_box = QComboBox()
        self.week_box.currentIndexChanged.connect(lambda _index: self.load_report())
        top.addWidget(buddy(words("parent.reports.week_label"), self.week_box))
        top.addWidget(self.week_box)
        top.addStretch(1)
        self.body.addLayout(top)

        self.save_html_button = button(words("parent.reports.save_html"), secondary=True)
        self.save_html_button.clicked.connect(lambda: self.save("html"))
        self.save_pdf_button = button(words("parent.reports.save_pdf"), secondary=True)
        self.save_pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.body.addLayout(button_row(self.save_html_button, self.save_pdf_button))
        self.message = MessageLine()
        self.body.addWidget(self.message)

        self.report_area = QWidget()
        self.report_area.setObjectName("ReportArea")
        self.report_layout = QVBoxLayout(self.report_area)
        self.report_layout.setContentsMargins(0, 0, 0, 0)
        self.report_layout.setSpacing(10)
        self.body.addWidget(self.report_area)
        self.body.addStretch(1)
        self.chart: MinutesChart | None = None
        self._weeks_filled = False
        self._set_save_enabled(False)

    # -- choosing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._weeks_filled:
            self._fill_weeks()
        self.run(self.context.store.profiles.all, self._on_children_loaded, self._on_failed)

    def _fill_weeks(self) -> None:
        this_week = IsoWeek.containing(self.context.today())
        self.week_box.blockSignals(True)
        week = this_week
        for _ in range(WEEKS_OFFERED):
            self.week_box.addItem(week_words(week, this_week), str(week))
            self.week_box.setItemData(
                self.week_box.count() - 1,
                words(
                    "parent.reports.week_tip",
                    week=str(week),
                    start=f"{week.monday.day} {week.monday.strftime('%B %Y')}",
                    end=f"{week.sunday.day} {week.sunday.strftime('%B %Y')}",
                ),
                Qt.ItemDataRole.ToolTipRole,
            )
            week = week.previous()
        self.week_box.setCurrentIndex(0)
        self.week_box.blockSignals(False)
        self._weeks_filled = True

    def _on_children_loaded(self, children: list[ChildProfile]) -> None:
        first_time = not self.picker.has_choice()
        self.picker.set_children(children, self.context.today())
        if first_time and children:
            # A family reads one child's week first; "All children" is the school's report.
            self.picker.choose(children[0].id)
        self.load_report()

    def show_item(self, argument: object) -> None:
        if (argument is None or isinstance(argument, int)) and self.picker.choose(argument):
            self.load_report()

    def chosen_week(self) -> IsoWeek:
        data = self.week_box.currentData()
        return IsoWeek.parse(str(data)) if data else IsoWeek.containing(self.context.today())

    def load_report(self) -> None:
        if not self.picker.has_choice():
            return
        child_id = self.picker.child_id()
        week = self.chosen_week()
        context = self.context

        def build() -> ShownReport:
            report = weekly_report(
                context.store, child_id, week, context.now(), settings=context.settings
            )
            return ShownReport(report, report_layout(report))

        self.message.say(words("parent.reports.loading"))
        self.run(build, self._show, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, shown: ShownReport) -> None:
        self.shown = shown
        self.message.clear_message()
        self._clear_report()
        report, layout = shown.report, shown.layout
        area = self.report_layout
        area.addWidget(heading(layout.title, level=2))
        area.addWidget(muted(layout.subtitle))
        area.addWidget(text(headline(report), object_name="ReportHeadline"))
        for notice in layout.notices:
            line = MessageLine()
            line.say(notice.text, Tone.PROBLEM if notice.style == "warning" else Tone.INFO)
            area.addWidget(line)
        for report_section in layout.sections:
            area.addWidget(heading(report_section.heading, level=2))
            for block in report_section.blocks:
                self._add_block(block, report)
        area.addWidget(muted(layout.generated))
        self._set_save_enabled(True)

    def _add_block(self, block: object, report: WeeklyReport) -> None:
        area = self.report_layout
        if isinstance(block, Text):
            if block.style == "subheading":
                area.addWidget(heading(block.text, level=2))
            elif block.style == "caption":
                area.addWidget(muted(block.text))
            elif block.style in ("warning", "info"):
                line = MessageLine()
                line.say(block.text, Tone.PROBLEM if block.style == "warning" else Tone.INFO)
                area.addWidget(line)
            else:
                area.addWidget(text(block.text))
        elif isinstance(block, TableBlock):
            area.addWidget(table_widget(block))
        elif isinstance(block, Chart):
            self.chart = MinutesChart(
                report.days,
                limit=report.daily_limit_minutes,
                ticks=[value for value, _y in block.ticks],
                title=block.title,
            )
            area.addWidget(self.chart)

    def _clear_report(self) -> None:
        self.chart = None
        while self.report_layout.count():
            item = self.report_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _set_save_enabled(self, enabled: bool) -> None:
        self.save_html_button.setEnabled(enabled)
        self.save_pdf_button.setEnabled(enabled)

    # -- saving -------------------------------------------------------------------------------

    def save(self, form: str) -> None:
        """Ask where, then render and write the file on a worker (a PDF takes a moment)."""
        shown = self.shown
        if shown is None:
            return
        report = shown.report
        folder = self.context.settings.get("report_folder")
        suggested = Path(str(folder) if folder else Path.home()) / report_file_name(report, form)
        file_filter = words(f"parent.reports.filter_{form}")
        target = self.ask_save_path(words(f"parent.reports.save_{form}"), suggested, file_filter)
        if target is None:
            return
        if target.suffix.lower() != f".{form}":
            target = target.with_name(target.name + f".{form}")
        store = self.context.store

        def write() -> SaveOutcome:
            content = render_pdf(report) if form == "pdf" else render_html(report).encode("utf-8")
            try:
                write_private(target, content)
            except OSError as error:
                return SaveOutcome(target, error.strerror or type(error).__name__)
            store.events.record(
                child_id=report.child.child_id if report.child else None,
                category="data",
                severity=Severity.LOW,
                kind=REPORT_EVENT,
                details={
                    "week": str(report.week),
                    "format": form,
                    "scope": "child" if report.child else "school",
                    "via": "window",
                },
            )
            return SaveOutcome(target)

        self.message.say(words("parent.reports.saving"))
        self.run(write, self._on_saved, self._on_failed)

    def _on_saved(self, outcome: SaveOutcome) -> None:
        if outcome.problem is None:
            self.message.say(words("parent.reports.saved", path=outcome.path), Tone.GOOD)
        else:
            self.message.say(
                words("parent.reports.save_failed", path=outcome.path, reason=outcome.problem),
                Tone.PROBLEM,
            )

    def on_locked(self) -> None:
        self.shown = None
        self._clear_report()
        self._set_save_enabled(False)
