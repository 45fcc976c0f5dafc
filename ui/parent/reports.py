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
from PySide6.QtGui import QFont
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
    percent,
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
from ui.parent.labels import MessageLine, Tone, buddy, heading, muted, text
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
    span = words(
        "parent.reports.week_span",
        week=str(week),
        start=week.monday.strftime("%d %b"),
        end=week.sunday.strftime("%d %b %Y"),
    )
    if week == this_week:
        return words("parent.reports.this_week", span=span)
    if week == this_week.previous():
        return words("parent.reports.last_week", span=span)
    return span


def table_widget(block: TableBlock) -> QTableWidget:
    """A read-only table showing every row (no inner scrolling), high rows in bold."""
    table = QTableWidget(len(block.rows), len(block.headers))
    table.setObjectName("ParentTable")
    table.setHorizontalHeaderLabels(list(block.headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    table.setAccessibleName(", ".join(block.headers))
    for row_index, row in enumerate(block.rows):
        for column, value in enumerate(row):
            item = QTableWidgetItem(value)
            if block.numeric[column]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row_index in block.strong_rows:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row_index, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Measure with the style sheet's font, not the default one.
    table.ensurePolished()
    table.horizontalHeader().ensurePolished()
    frame = 2 * table.frameWidth() + 2
    if block.weights is None:
        # Short tables (days, topics, counts) are as wide as their contents, so numbers sit
        # next to their labels instead of across the page.
        table.resizeColumnsToContents()
        width = sum(table.columnWidth(column) for column in range(table.columnCount()))
        table.setMaximumWidth(width + frame)
    else:
        header.setStretchLastSection(True)
    table.resizeRowsToContents()
    height = header.sizeHint().height() + sum(
        table.rowHeight(row) for row in range(table.rowCount())
    )
    table.setFixedHeight(height + frame)
    return table


def headline(report: WeeklyReport) -> str:
    """One sentence of the week's main figures."""
    serious = sum(
        count.events for count in report.flagged_by_severity if count.severity >= Severity.HIGH
    )
    return words(
        "parent.reports.headline",
        minutes=report.total_minutes,
        chats=report.chats,
        messages=report.messages,
        flagged=len(report.flagged),
        serious=serious,
        rate=percent(report.violation_rate.rate),
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
