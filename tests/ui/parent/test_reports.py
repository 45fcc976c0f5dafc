"""Reports page: a child's week and the school report across all children, the minutes chart
drawn from the report, and "Save as HTML" / "Save as PDF" through the monitor's renderers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.store import ChildProfile, Store
from tests.ui.parent.conftest import FakeTime, add_chat, open_page
from ui.parent.reports import ReportsPage
from ui.parent.window import ParentWindow

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
