"""Reports page: a child's week and the school report across all children, the minutes chart
drawn from the report, plain words (plurals, the week by its Monday, blocked messages), a
flagged table that wraps in a small window, and "Save as HTML" / "Save as PDF" through the
monitor's renderers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.store import ChildProfile, Store
from tests.ui.parent.conftest import FakeTime, add_chat, open_page
from ui.parent.reports import ReportsPage, ReportTable
from ui.parent.window import MINIMUM_SIZE, ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


@pytest.fixture
def used_week(store: Store, sam: ChildProfile, ava: ChildProfile, fake_time: FakeTime) -> None:
    """Wednesday 18 November 2026: Sam chats 25 minutes and is flagged once; Ava 10 minutes."""
    for child, minutes in ((sam, 25), (ava, 10)):
        session = store.usage.start(child.id)
        store.usage.add_active_seconds(session.id, minutes * 60)
        store.usage.end(session.id)
    add_chat(
        store,
        sam,
        [("volcano homework", "Magma rises."), ("you are dumb", "Be kind.")],
        flag_last=True,
    )
    store.settings.set("daily_minutes", 30, child_id=sam.id)


def reports_page(qtbot: QtBot, window: ParentWindow, child: ChildProfile | None) -> ReportsPage:
    page = open_page(qtbot, window, "reports")
    assert isinstance(page, ReportsPage)
    page.show_item(child.id if child else None)
    if child is None:
        page.picker.choose(None)
        page.load_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.shown is not None
    return page


@pytest.mark.usefixtures("used_week")
def test_a_childs_report_shows_the_week_and_the_chart(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile
) -> None:
    window = make_window()
    page = reports_page(qtbot, window, sam)
    assert page.shown is not None
    report = page.shown.report
    assert report.child is not None
    assert report.child.nickname == "Sam"
    assert str(report.week) == "2026-W47"
    assert page.chart is not None
    assert [day.minutes for day in page.chart.days] == [0, 0, 25, 0, 0, 0, 0]
    assert page.chart.limit == 30
    bars = page.chart.bar_rects()
    assert bars[2].height() > 0
    assert all(bar.height() == 0 for index, bar in enumerate(bars) if index != 2)
    assert "Wednesday: 25 minutes" in page.chart.accessibleDescription()
    texts = " ".join(label.text() for label in page.report_area.findChildren(type(page.message)))
    assert "not over yet" in texts  # the week's notice, in words


@pytest.mark.usefixtures("used_week")
def test_the_school_report_covers_every_child(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = reports_page(qtbot, window, None)
    assert page.shown is not None
    report = page.shown.report
    assert report.is_school_report
    assert {child.nickname for child in report.children} == {"Sam", "Ava"}
    assert report.total_minutes == 35


@pytest.mark.usefixtures("used_week")
@pytest.mark.parametrize(("form", "starts"), [("html", b"<!DOCTYPE html>"), ("pdf", b"%PDF")])
def test_the_report_is_saved_as_html_or_pdf(
    qtbot: QtBot,
    make_window: MakeWindow,
    *,
    sam: ChildProfile,
    store: Store,
    tmp_path: Path,
    form: str,
    starts: bytes,
) -> None:
    window = make_window()
    page = reports_page(qtbot, window, sam)
    suggested: list[Path] = []

    def choose(_title: str, suggestion: Path, _filter: str) -> Path:
        suggested.append(suggestion)
        return tmp_path / "report"

    page.ask_save_path = choose
    button = page.save_pdf_button if form == "pdf" else page.save_html_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    written = tmp_path / f"report.{form}"
    assert written.read_bytes().startswith(starts)
    assert suggested[0].name == f"hoot-report-Sam-2026-W47.{form}"
    assert str(written) in page.message.text()
    assert [e.kind for e in store.events.between()][-1] == "report_exported"


def test_an_earlier_week_can_be_chosen(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile
) -> None:
    window = make_window()
    page = reports_page(qtbot, window, sam)
    page.week_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.shown is not None
    assert str(page.shown.report.week) == "2026-W46"
    assert "Last week" in page.week_box.currentText()


@pytest.mark.usefixtures("used_week")
def test_the_report_reads_in_plain_words(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile
) -> None:
    """One chat is "1 chat"; the week is named by its Monday; the violation rate is said as
    "Messages Hoot blocked: 1 of 4 (25.0%)", its audited name kept in smaller print."""
    window = make_window()
    page = reports_page(qtbot, window, sam)
    shown = [label.text() for label in page.report_area.findChildren(QLabel)]
    headline = next(line for line in shown if "of chatting" in line)
    assert headline.startswith("25 minutes of chatting, 1 chat, 4 messages.")
    assert "Messages Hoot blocked: 1 of 4 (25.0%)." in headline
    assert "Week of 16 November 2026 (2026-W47)" in shown[1]
    assert "Messages Hoot blocked: 1 of 4 (25.0%)." in shown
    caption = next(line for line in shown if "violation rate" in line)
    assert caption in [
        label.text() for label in page.report_area.findChildren(QLabel, "ParentMuted")
    ]
    assert "Violation rate" not in shown
    assert page.week_box.currentText() == "This week (from 16 Nov 2026)"


@pytest.mark.usefixtures("used_week")
def test_the_flagged_table_wraps_to_fit_a_small_window(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile
) -> None:
    """At the smallest window size every column fits and the concern's words wrap, not clip."""
    window = make_window()
    window.resize(MINIMUM_SIZE)
    page = reports_page(qtbot, window, sam)

    def shown_tables() -> list[ReportTable]:
        return [
            table
            for table in page.report_area.findChildren(ReportTable)
            if table.block.weights and table.isVisible()
        ]

    # New widgets in a shown layout are shown on the next turn of the event loop.
    qtbot.waitUntil(lambda: len(shown_tables()) == 1)
    table = shown_tables()[0]
    assert table.width() <= page.scroll_area.viewport().width()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    concern = table.block.headers.index("Concern")
    for row in range(table.rowCount()):
        item = table.item(row, concern)
        assert item is not None
        needed = table.fontMetrics().boundingRect(
            QRect(0, 0, table.columnWidth(concern) - 8, 10000),
            Qt.TextFlag.TextWordWrap,
            item.text(),
        )
        assert table.rowHeight(row) >= needed.height()
