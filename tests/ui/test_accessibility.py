"""Every screen is usable with the keyboard alone and readable by a screen reader: walk the
accessibility tree each screen exposes, and Tab through it."""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.age_bands import AgeBand
from app.chat.backends import DemoBackend
from app.chat.conversation import Conversation
from app.family.first_run import complete_setup
from app.family.kdf import KdfParams
from app.family.launch import PickerEntry
from app.monitor.time_limits import LimitState, LimitStatus
from app.store import Store
from ui.chat.window import ChatWindow
from ui.learn import LearnDialog
from ui.limits import TimeUpWindow
from ui.picker import PickerWindow
from ui.setup.wizard import SetupWizard

pytestmark = pytest.mark.gui

CONTROLS = {
    QAccessible.Role.Button,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.ComboBox,
    QAccessible.Role.List,
}


def accessible_nodes(widget: QWidget) -> Iterator[QAccessibleInterface]:
    QAccessible.setActive(True)
    stack = [QAccessible.queryAccessibleInterface(widget)]
    while stack:
        node = stack.pop()
        if node is None or not node.isValid():
            continue
        yield node
        stack.extend(node.child(i) for i in range(node.childCount()))


def unnamed_controls(widget: QWidget) -> list[str]:
    """Visible controls a screen reader could not name."""
    problems = []
    for node in accessible_nodes(widget):
        if node.role() not in CONTROLS or node.state().invisible:
            continue
        if not node.text(QAccessible.Text.Name).strip():
            problems.append(f"{node.role().name} {node.object()}")
    return problems


def tab_reaches_every_control(qtbot: QtBot, window: QWidget) -> set[QWidget]:
    """The focusable, visible, enabled widgets Tab never reaches."""
    focusable = {
        _focus_owner(w)
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is window
    }
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    start = next(iter(focusable))
    start.setFocus()
    seen: set[QWidget] = set()
    for _ in range(len(focusable) * 2 + 2):
        current = QApplication.focusWidget()
        if current is not None:
            seen.add(_focus_owner(current))
        qtbot.keyClick(current or window, Qt.Key.Key_Tab)
    # Exclusive choices (radio-like buttons) take one Tab stop; arrow keys move inside them.
    missed = focusable - seen
    for widget in list(missed):
        group = _exclusive_group(widget)
        if group and group & seen:
            missed.discard(widget)
    return missed


def _focus_owner(widget: QWidget) -> QWidget:
    """A spin box's or combo box's inner editor stands for the box that hands it focus."""
    parent = widget.parentWidget()
    if parent is not None and widget.focusProxy() is parent:
        return parent  # e.g. a spin box's line edit hands focus to the spin box
    if parent is not None and parent.focusProxy() is widget:
        return parent
    return widget


def _exclusive_group(widget: QWidget) -> set[QWidget]:
    if not isinstance(widget, QAbstractButton) or not widget.autoExclusive():
        return set()
    parent = widget.parentWidget()
    siblings = parent.findChildren(QAbstractButton) if parent is not None else []
    return {b for b in siblings if b.autoExclusive() and b.parentWidget() is parent}


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(760, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_chat_screen_names_every_control_and_speaks_the_banner(qtbot: QtBot) -> None:
    """A screen reader hears what each button does and that Hoot is not a person."""
    window = show(qtbot, ChatWindow(Conversation(DemoBackend(delay=0), "x"), show_grown_ups=True))
    assert unnamed_controls(window) == []
    names = [n.text(QAccessible.Text.Name) for n in accessible_nodes(window)]
    assert any("not a person" in name for name in names)
    assert tab_reaches_every_control(qtbot, window) == set()


def test_tour_is_named_and_reachable(qtbot: QtBot) -> None:
    """The first-run tour's buttons can be reached and heard, and it describes its step."""
    window = show(qtbot, ChatWindow(Conversation(DemoBackend(delay=0), "x")))
    assert isinstance(window, ChatWindow)
    tour = window.start_tour()
    qtbot.waitExposed(tour)
    assert unnamed_controls(tour) == []
    assert tour.accessibleDescription()
    assert tab_reaches_every_control(qtbot, tour) == set()


def test_learn_screens_are_named_and_reachable(qtbot: QtBot) -> None:
    """Lessons and quiz answers can be reached and heard."""
    dialog = show(qtbot, LearnDialog(AgeBand.AGES_5_7))
    assert unnamed_controls(dialog) == []
    assert tab_reaches_every_control(qtbot, dialog) == set()
    assert isinstance(dialog, LearnDialog)
    dialog.open_lesson(dialog.lessons[0])
    dialog.start_quiz()
    assert unnamed_controls(dialog) == []


def test_picker_and_time_up_are_named_and_reachable(qtbot: QtBot) -> None:
    """Who's chatting and Time's up can be used without a mouse."""
    picker = show(
        qtbot,
        PickerWindow(
            [
                PickerEntry(1, "Sam", "fox", AgeBand.AGES_8_10, False),
                PickerEntry(2, "Mia", "owl", AgeBand.AGES_5_7, True),
            ]
        ),
    )
    assert unnamed_controls(picker) == []
    assert tab_reaches_every_control(qtbot, picker) == set()
    status = LimitStatus(LimitState.TIME_UP, 60, 60, 0, None, 0)
    time_up = show(qtbot, TimeUpWindow(status, can_switch=True))
    assert unnamed_controls(time_up) == []
    assert tab_reaches_every_control(qtbot, time_up) == set()


def test_every_set_up_page_is_named_and_reachable(qtbot: QtBot, store: Store) -> None:
    """The parent can do the whole set-up with the keyboard and a screen reader."""
    cheap = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
    wizard = SetupWizard(
        store, rng=random.Random(1), setup=functools.partial(complete_setup, params=cheap)
    )
    show(qtbot, wizard)
    assert isinstance(wizard, SetupWizard)
    for page in wizard.order:
        wizard._go(page)  # every page, in order, without doing its work
        assert unnamed_controls(wizard) == [], page.title
        assert tab_reaches_every_control(qtbot, wizard) == set(), page.title


def test_parent_area_pages_are_named_and_reachable(qtbot: QtBot, store: Store) -> None:
    """A parent using a screen reader or only the keyboard can work every page."""
    from app.family.consent import ConsentAnswers
    from app.family.first_run import NewChild, SetupPlan
    from app.settings import Settings
    from ui.parent.window import ParentWindow

    cheap = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
    plan = SetupPlan(
        pin="583920", consent=ConsentAnswers.all_confirmed(), children=(NewChild("Sam", 2016, 5),)
    )
    result = complete_setup(store, plan, params=cheap)
    window = ParentWindow(store, Settings(store.settings), None, result.session, params=cheap)
    show(qtbot, window)
    for page in (
        "home",
        "children",
        "transcripts",
        "reports",
        "alerts",
        "connection",
        "data",
        "security",
    ):
        window.show_page(page)
        shown = window.page(page)
        qtbot.waitUntil(lambda shown=shown: not shown.busy, timeout=10_000)
        assert unnamed_controls(window) == [], page
        assert tab_reaches_every_control(qtbot, window) == set(), page
