"""Home page: what is on (how data is protected, alerts, school policy, the deleted-data check),
what happened (most serious first, with a warning when the event record was changed), and
what to do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.policy import parse_policy
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import ChildProfile, Store
from tests.ui.parent.conftest import add_chat, open_page
from ui.parent.home import HomePage, RecentEvent
from ui.parent.transcripts import TranscriptsPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def home_page(qtbot: QtBot, window: ParentWindow) -> HomePage:
    page = open_page(qtbot, window, "home")
    assert isinstance(page, HomePage)
    assert page.state is not None
    return page


def status_text(page: HomePage) -> dict[str, str]:
    assert page.state is not None
    return {line.title: f"{line.badge}: {line.detail}" for line in page.state.status}


def test_the_status_panel_says_how_data_is_protected(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = home_page(qtbot, window)
    status = status_text(page)
    assert "password store (keyring)" in status["Your data"]
    assert status["Your data"].startswith("Encrypted")
    assert "No school policy" in status["School settings"]
    assert "asks for your PIN or recovery code" in status["Deleted-data check"]
    assert "demo mode" in status["AI connection"]
    assert status["Alerts"].startswith("Screen")


def test_a_school_policy_and_e_mail_alerts_are_reported(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    policy = parse_policy(
        {
            "version": 1,
            "settings": {"alerts.email_to": "it@school.example", "smtp.host": "smtp.example"},
            "locked": ["daily_minutes"],
        }
    )
    window = make_window(policy=policy)
    status = status_text(home_page(qtbot, window))
    assert "3 settings are set by them" in status["School settings"]
    assert "it@school.example" in status["Alerts"]


def test_recent_events_are_listed_most_serious_first(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_chat(store, sam, [("you are dumb", "Be kind.")], flag_last=True)
    store.events.record(
        child_id=sam.id, category="grooming", severity=Severity.HIGH, kind="reply_blocked"
    )
    window = make_window()
    page = home_page(qtbot, window)
    rows = [page.events.topLevelItem(i) for i in range(page.events.topLevelItemCount())]
    assert [row.text(0) for row in rows] == ["high (please look today)", "medium"]
    assert rows[1].text(2) == "Sam"
    assert rows[1].text(3) == "bullying or unkind words"
    assert "1 to look at today" in page.happened_summary.text()
    assert page.task_buttons[0].text() == "Read the most serious flagged chat"


def test_an_event_opens_its_chat(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    chat = add_chat(store, sam, [("you are dumb", "Be kind.")], flag_last=True)
    window = make_window()
    page = home_page(qtbot, window)
    item = page.events.topLevelItem(0)
    assert isinstance(item.data(0, Qt.ItemDataRole.UserRole), RecentEvent)
    page.events.itemActivated.emit(item, 0)
    transcripts = window.page("transcripts")
    assert isinstance(transcripts, TranscriptsPage)
    qtbot.waitUntil(lambda: transcripts.transcript is not None, timeout=5000)
    assert window.current_page is transcripts
    assert transcripts.transcript is not None
    assert transcripts.transcript.conversation_id == chat


def test_a_changed_event_record_is_warned_about(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """Editing an event row outside Hoot breaks the chain: home says so plainly."""
    event = store.events.record(
        child_id=sam.id, category="bullying", severity=Severity.MEDIUM, kind="message_blocked"
    )
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET severity = 'low' WHERE id = ?", (event.id,))
    window = make_window()
    page = home_page(qtbot, window)
    assert "changed outside Hoot" in page.chain_warning.text()
    assert page.chain_warning.tone == "problem"
    assert page.chain_warning.isVisible()


def test_what_to_do_opens_the_right_page(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings
) -> None:
    """Each suggestion is one click to its page."""
    window = make_window()
    page = home_page(qtbot, window)
    labels = [button.text() for button in page.task_buttons]
    assert "Set up alert e-mails" in labels
    alerts = page.task_buttons[labels.index("Set up alert e-mails")]
    qtbot.mouseClick(alerts, Qt.MouseButton.LeftButton)
    assert window.current_page.page_id == "alerts"
