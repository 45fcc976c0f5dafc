"""The app's frame: which window opens, and where each button leads."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.family.consent import ConsentAnswers
from app.family.first_run import NewChild, SetupPlan, complete_setup
from app.family.kdf import KdfParams
from app.settings import Settings
from app.store import Store
from ui.chat.window import ChatWindow
from ui.limits import TimeUpWindow
from ui.picker import PickerWindow
from ui.setup.wizard import SetupWizard
from ui.shell import HootApp

pytestmark = pytest.mark.gui

CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def set_up(store: Store, *children: tuple[str, int, int]) -> None:
    plan = SetupPlan(
        pin="583920",
        consent=ConsentAnswers.all_confirmed(),
        children=tuple(NewChild(name, year, month) for name, year, month in children),
    )
    complete_setup(store, plan, params=CHEAP)


@pytest.fixture
def make_app(qtbot: QtBot, store: Store) -> Iterator[functools.partial[HootApp]]:
    apps: list[HootApp] = []

    def make(**kwargs: object) -> HootApp:
        app = HootApp(store, None, environ={}, **kwargs)  # type: ignore[arg-type]
        app.route(app.launch())
        apps.append(app)
        return app

    yield make  # type: ignore[misc]
    for app in apps:
        if app.window is not None:
            app.window.close()
        app.shutdown()


def test_fresh_store_opens_the_set_up_wizard(make_app) -> None:
    """Nobody has set Hoot up: the parent's wizard opens."""
    app = make_app()
    assert isinstance(app.window, SetupWizard)


def test_demo_before_set_up_is_a_chat_that_saves_nothing(make_app, store: Store) -> None:
    """`hoot --demo` on a new machine: a demo chat, and Grown-ups leads to set-up."""
    app = make_app(force_demo=True)
    window = app.window
    assert isinstance(window, ChatWindow)
    assert window.demo_badge.isVisibleTo(window)
    assert window.session is not None
    assert window.session.store is None
    window.grown_ups_requested.emit()
    assert isinstance(app.window, SetupWizard)


def test_one_child_opens_straight_into_their_chat(make_app, store: Store) -> None:
    """One child, no PIN asked: Hoot opens that child's chat with their name."""
    set_up(store, ("Sam", 2016, 5))
    app = make_app()
    assert isinstance(app.window, ChatWindow)
    assert app.window.child_name == "Sam"
    assert not app.window.switch_button.isVisibleTo(app.window)


def test_two_children_get_the_picker_and_a_choice_opens_the_chat(make_app, store: Store):
    """Who's chatting? Picking Mia opens Mia's chat, with a Switch button back."""
    set_up(store, ("Sam", 2016, 5), ("Mia", 2019, 2))
    app = make_app()
    picker = app.window
    assert isinstance(picker, PickerWindow)
    mia = next(c for c in store.profiles.all() if c.nickname == "Mia")
    picker.child_buttons[mia.id].click()
    assert isinstance(app.window, ChatWindow)
    assert app.window.child_name == "Mia"
    assert app.window.switch_button.isVisibleTo(app.window)
    app.window.switch_requested.emit()
    assert isinstance(app.window, PickerWindow)


def test_pin_to_start_asks_a_grown_up_first(qtbot: QtBot, make_app, store: Store) -> None:
    """When the parent asked for it, picking the child opens the PIN dialog, not the chat."""
    set_up(store, ("Sam", 2016, 5), ("Mia", 2019, 2))
    mia = next(c for c in store.profiles.all() if c.nickname == "Mia")
    Settings(store.settings).set("require_pin_to_start", True, mia.id)
    app = make_app()
    picker = app.window
    assert isinstance(picker, PickerWindow)
    picker.child_buttons[mia.id].click()
    assert isinstance(app.window, PickerWindow)
    from ui.parent.pin_dialog import PinDialog

    qtbot.waitUntil(lambda: any(isinstance(w, PinDialog) for w in picker.findChildren(PinDialog)))


def test_used_up_time_shows_the_time_up_screen(make_app, store: Store) -> None:
    """A child whose minutes for today are used up sees 'Time's up', not the chat."""
    set_up(store, ("Sam", 2016, 5))
    sam = store.profiles.all()[0]
    Settings(store.settings).set("quiet_hours", {"start": "00:00", "end": "00:00"}, sam.id)
    app = make_app()
    assert isinstance(app.window, TimeUpWindow)


def test_the_chat_window_painted_at_launch_becomes_the_childs_chat(
    qtbot: QtBot, make_app, store: Store, data_dir
) -> None:
    """Hoot paints its chat window before the store opens; the child's chat fills that same
    window (no second window), and the next start knows to paint the chat window first."""
    from app.first_screen import FirstScreen, last_first_screen

    set_up(store, ("Sam", 2016, 5))
    opening = ChatWindow.opening()
    qtbot.addWidget(opening)
    opening.show()
    app = make_app(starting=opening)
    assert app.window is opening
    qtbot.waitUntil(lambda: opening.is_ready, timeout=5000)
    assert opening.child_name == "Sam"
    assert opening.child_label.isVisibleTo(opening)
    assert opening.learn_button.isEnabled()
    assert last_first_screen(data_dir) is FirstScreen.CHAT


def test_a_painted_chat_window_makes_way_when_the_picker_is_needed(
    qtbot: QtBot, make_app, store: Store, data_dir
) -> None:
    """Two children now: the picker replaces the early chat window, and is remembered."""
    from app.first_screen import FirstScreen, last_first_screen

    set_up(store, ("Sam", 2016, 5), ("Mia", 2019, 2))
    opening = ChatWindow.opening()
    qtbot.addWidget(opening)
    opening.show()
    app = make_app(starting=opening)
    assert isinstance(app.window, PickerWindow)
    assert not opening.isVisible()
    assert last_first_screen(data_dir) is FirstScreen.OTHER


def test_a_demo_before_set_up_is_not_remembered_as_a_chat_start(
    make_app, store: Store, data_dir
) -> None:
    """`hoot --demo` on a new machine, then plain `hoot`: set-up must come first, without a
    chat window flashing up (and taking typing) before it."""
    from app.first_screen import FirstScreen, last_first_screen

    app = make_app(force_demo=True)
    assert isinstance(app.window, ChatWindow)
    assert last_first_screen(data_dir) is FirstScreen.OTHER
