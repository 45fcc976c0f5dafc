"""The parent area window: it locks itself after 5 idle minutes (activity pushes that back), on
"Lock now" and on close, hides everything while locked, every page is one click away, and every
page wraps to fit the smallest window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.family.access import IDLE_LOCK_SECONDS, ParentSession
from app.policy import parse_policy
from app.settings import Settings
from app.store import ChildProfile, Store
from tests.ui.parent.conftest import (
    GOOD_PIN,
    FakeTime,
    add_chat,
    add_crisis,
    open_page,
    wait_idle,
)
from ui.parent.window import DEFAULT_SIZE, MINIMUM_SIZE, PAGE_CLASSES, ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def fire_idle_timer(window: ParentWindow) -> None:
    """What the single-shot timer does when its time comes (the test moves the clock instead
    of waiting five minutes)."""
    window.idle_timer.timeout.emit()


def test_the_idle_timer_is_one_shot_for_the_time_left(
    make_window: MakeWindow, fake_time: FakeTime
) -> None:
    """No polling: one single-shot timer set to the session's time left."""
    window = make_window()
    assert window.idle_timer.isSingleShot()
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == pytest.approx(IDLE_LOCK_SECONDS * 1000, abs=5)


def test_five_idle_minutes_lock_the_area_behind_the_pin(
    qtbot: QtBot, make_window: MakeWindow, fake_time: FakeTime, session: ParentSession
) -> None:
    """After 5 minutes without input the pages are hidden and the PIN is asked for again."""
    window = make_window()
    with qtbot.waitSignal(window.area_locked, timeout=1000):
        fake_time.advance(IDLE_LOCK_SECONDS)
        fire_idle_timer(window)
    assert window.is_locked
    assert session.is_locked
    assert not window.content.isVisible()
    assert window.lock_cover.isVisible()
    assert window.pin_dialog is not None
    assert window.pin_dialog.isVisible()


def test_activity_pushes_the_idle_lock_back(
    qtbot: QtBot, make_window: MakeWindow, fake_time: FakeTime
) -> None:
    """A key press after 4 minutes starts the 5 minutes again; the timer is set for the rest."""
    window = make_window()
    fake_time.advance(240)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    fake_time.advance(100)
    fire_idle_timer(window)  # the first deadline passes: the parent was active meanwhile
    assert not window.is_locked
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == pytest.approx(200 * 1000, abs=5)
    fake_time.advance(200)
    fire_idle_timer(window)
    assert window.is_locked


def test_the_pin_opens_the_locked_area_again(
    qtbot: QtBot, make_window: MakeWindow, fake_time: FakeTime
) -> None:
    """The right PIN brings the pages back with a fresh session and a new idle timer."""
    window = make_window()
    window.lock_now()
    dialog = window.pin_dialog
    assert dialog is not None
    old_session = window.context.session
    with qtbot.waitSignal(window.area_unlocked, timeout=5000):
        qtbot.keyClicks(dialog.pin_edit, GOOD_PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert not window.is_locked
    assert window.content.isVisible()
    assert window.context.session is not old_session
    assert not window.context.session.is_locked
    assert window.idle_timer.isActive()


def test_lock_now_locks_at_once(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked
    assert window.context.session.is_locked


def test_locking_closes_open_dialogs_and_clears_private_text(
    qtbot: QtBot, make_window: MakeWindow, fake_time: FakeTime
) -> None:
    """A confirmation left open, or a transcript on screen, does not survive the lock."""
    from ui.parent.confirm import ConfirmDialog, ConfirmRequest

    window = make_window()
    transcripts = window.page("transcripts")
    transcripts.reader.setPlainText("something private")  # type: ignore[attr-defined]
    dialog = ConfirmDialog(ConfirmRequest("Remove?", "Really?", "Remove", "Keep"), window)
    dialog.open()
    assert dialog.isVisible()
    window.lock_now()
    assert not dialog.isVisible()
    assert dialog.result() == ConfirmDialog.DialogCode.Rejected
    assert transcripts.reader.toPlainText() == ""  # type: ignore[attr-defined]


def test_closing_the_window_locks_the_session(
    qtbot: QtBot, make_window: MakeWindow, session: ParentSession
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()
    assert session.is_locked


def test_every_page_is_one_click_from_the_list(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Each page has a line in the navigation; clicking it shows that page."""
    window = make_window()
    assert window.nav.count() == len(PAGE_CLASSES)
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        wait_idle(qtbot, window)
        assert window.current_page.page_id == item.data(Qt.ItemDataRole.UserRole)


def test_keyboard_alone_moves_between_pages(qtbot: QtBot, make_window: MakeWindow) -> None:
    """Arrow keys in the navigation list change the page."""
    window = make_window()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    wait_idle(qtbot, window)
    assert window.current_page.page_id == "children"


def test_every_control_on_every_page_has_an_accessible_name(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """Screen readers can name every button, field, list and box."""
    window = make_window()
    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QTextBrowser,
        QAbstractItemView,
    )
    unnamed: list[str] = []
    for page_id in window.page_by_id:
        window.show_page(page_id)
        wait_idle(qtbot, window)
        for kind in kinds:
            for control in window.findChildren(kind):
                if _inside_widget_of(control) or control.accessibleName():
                    continue
                unnamed.append(f"{page_id}: {type(control).__name__} {control.objectName()}")
    assert unnamed == [], "\n".join(unnamed)


def _inside_widget_of(control: QWidget) -> bool:
    """Parts Qt builds inside other controls (a combo box's list, a field's clear button)."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QLineEdit):
            return True
        parent = parent.parentWidget()
    return control.objectName().startswith("qt_")


def test_the_window_opens_at_its_default_size_and_no_smaller_than_its_minimum(
    qtbot: QtBot, store: Store, settings: Settings, session: ParentSession
) -> None:
    window = ParentWindow(store, settings, None, session)
    qtbot.addWidget(window)
    assert window.minimumSize() == MINIMUM_SIZE
    room = QGuiApplication.primaryScreen().availableGeometry().size()
    assert window.size() == DEFAULT_SIZE.boundedTo(room).expandedTo(MINIMUM_SIZE)
    window.lock_now()


@pytest.mark.parametrize("school", [False, True], ids=["family", "school"])
def test_every_page_wraps_to_fit_the_smallest_window(
    qtbot: QtBot,
    make_window: MakeWindow,
    *,
    store: Store,
    sam: ChildProfile,
    school: bool,
) -> None:
    """At 960x640 no page is wider than its view (the pages do not scroll sideways, so a wider
    page would be cut off on the right)."""
    add_chat(store, sam, [("hello", "Hi!"), ("you are dumb", "Be kind.")], flag_last=True)
    add_crisis(store, sam)
    policy = (
        parse_policy(
            {
                "version": 1,
                "settings": {"retention_days": 30, "alerts.email_to": "it@school.example"},
                "locked": ["history_enabled", "daily_minutes", "quiet_hours", "demo_allowed"],
            }
        )
        if school
        else None
    )
    window = make_window(policy=policy)
    window.resize(MINIMUM_SIZE)
    for page_class in PAGE_CLASSES:
        page = open_page(qtbot, window, page_class.page_id)
        qtbot.waitUntil(lambda page=page: page.scroll_area.viewport().width() > 0)
        body = page.scroll_area.widget()
        body.ensurePolished()
        needed = body.minimumSizeHint().width()
        assert needed <= page.scroll_area.viewport().width(), page_class.page_id
