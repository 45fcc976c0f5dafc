"""A new child's first-run tour: shown once, each step outlining what it talks about."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.age_bands import AgeBand
from app.chat.backends import DemoBackend
from app.chat.conversation import Conversation
from app.family.consent import ConsentAnswers
from app.family.first_run import NewChild, SetupPlan, complete_setup
from app.family.kdf import KdfParams
from app.store import Store
from ui.chat.window import ChatWindow
from ui.shell import HootApp

pytestmark = pytest.mark.gui


def test_tour_walks_through_the_steps_and_outlines_each_part(qtbot: QtBot) -> None:
    """The banner step outlines the banner; the text-box step outlines the box; Done closes."""
    window = ChatWindow(Conversation(DemoBackend(delay=0), "x"), band=AgeBand.AGES_5_7)
    qtbot.addWidget(window)
    window.show()
    tour = window.start_tour()
    titles = []
    with qtbot.waitSignal(window.tour_finished):
        for _ in tour.steps:
            titles.append(tour.title.text())
            step = tour.steps[tour.number]
            if step.target is not None:
                assert tour.targets[step.target].property("tourTarget") is True
            qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert len(titles) == len(tour.steps) >= 4
    assert window.banner.property("tourTarget") is False


def test_escape_skips_the_tour(qtbot: QtBot) -> None:
    """Esc (or Skip) ends the tour at once."""
    window = ChatWindow(Conversation(DemoBackend(delay=0), "x"))
    qtbot.addWidget(window)
    window.show()
    tour = window.start_tour()
    with qtbot.waitSignal(window.tour_finished):
        qtbot.keyClick(tour, Qt.Key.Key_Escape)


def test_tour_shows_once_per_child(qtbot: QtBot, store: Store) -> None:
    """The first chat shows the tour; after it, the next start does not."""
    plan = SetupPlan(
        pin="583920",
        consent=ConsentAnswers.all_confirmed(),
        children=(NewChild("Sam", 2016, 5),),
    )
    complete_setup(store, plan, params=KdfParams(time_cost=1, memory_kib=8, parallelism=1))
    app = HootApp(store, None, environ={})
    app.route(app.launch())
    window = app.window
    assert isinstance(window, ChatWindow)
    # The tour opens just after the chat's first frame.
    qtbot.waitUntil(lambda: window.tour_dialog is not None, timeout=3000)
    assert window.tour_dialog is not None
    assert window.tour_dialog.isVisible()
    window.tour_dialog.finish()
    again = HootApp(store, None, environ={})
    again.route(again.launch())
    assert isinstance(again.window, ChatWindow)
    assert again.window.tour_dialog is None
    for shell in (app, again):
        if shell.window is not None:
            shell.window.close()
        shell.shutdown()
