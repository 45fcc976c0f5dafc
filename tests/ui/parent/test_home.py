"""Home page: a banner at the top while serious events wait to be read, what to do next after a
crisis, what is on (how data is protected, alerts, school policy, the deleted-data check), what
happened (most serious first, with a warning when the event record was changed), and what to
do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.policy import parse_policy
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import ChildProfile, Store
from tests.ui.parent.conftest import FakeTime, add_chat, add_crisis, open_page
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
    """On a desktop with a notification area, desktop alerts are an honest "Screen"."""
    window = make_window(tray_available=lambda: True)
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


def test_without_a_notification_area_home_says_desktop_alerts_cannot_be_shown(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """No tray: no promise of alerts on the screen; e-mail is named as the way, one click away."""
    window = make_window(tray_available=lambda: False)
    page = home_page(qtbot, window)
    alerts = status_text(page)["Alerts"]
    assert alerts.startswith("Not shown")
    assert "cannot show desktop alerts" in alerts
    assert "e-mails" in alerts
    assert "appear only on this computer" not in alerts
    assert [made.text() for made in page.status_buttons] == ["Set up alert e-mails"]
    qtbot.mouseClick(page.status_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_page.page_id == "alerts"


def test_with_e_mail_alerts_and_no_notification_area_e_mail_is_the_way(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings
) -> None:
    settings.set("alerts.email_to", "parent@example.com")
    settings.set("smtp.host", "smtp.example.com")
    window = make_window(tray_available=lambda: False)
    alerts = status_text(home_page(qtbot, window))["Alerts"]
    assert "parent@example.com" in alerts
    assert "cannot show desktop alerts" in alerts


def test_unread_serious_events_put_a_banner_in_words_at_the_very_top(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, ava: ChildProfile
) -> None:
    """The banner sits above the page title, counts the events by seriousness in words, and
    names the most serious; what is on, what happened and what to do stay below."""
    add_chat(store, ava, [("you are dumb", "Be kind.")], flag_last=True)  # medium: no banner
    add_crisis(store, sam)
    store.events.record(
        child_id=ava.id, category="grooming", severity=Severity.HIGH, kind="reply_blocked"
    )
    window = make_window()
    page = home_page(qtbot, window)
    assert page.banner.isVisible()
    assert page.banner_title.text() == (
        "2 serious events need your attention: 1 urgent, 1 to look at today"
    )
    detail = page.banner_detail.text()
    assert detail.startswith("Most serious: self-harm or suicide, Sam,")
    assert detail.endswith("How serious: urgent (please look now).")
    assert page.body.indexOf(page.banner) == 0
    title = page.findChild(QLabel, "ParentTitle")
    assert title is not None
    assert page.banner.y() < title.y()
    assert page.read_now_button.text() == "Read now"
    assert page.events.topLevelItemCount() == 3  # the list below still shows everything


def test_read_now_opens_the_most_serious_chat_and_the_banner_goes_once_read(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_chat(store, sam, [("hello", "Hi!")])
    crisis_chat = add_crisis(store, sam)
    window = make_window()
    page = home_page(qtbot, window)
    assert page.banner_title.text() == "1 urgent event needs your attention"
    qtbot.mouseClick(page.read_now_button, Qt.MouseButton.LeftButton)
    transcripts = window.page("transcripts")
    assert isinstance(transcripts, TranscriptsPage)
    qtbot.waitUntil(lambda: transcripts.transcript is not None, timeout=5000)
    assert window.current_page is transcripts
    assert transcripts.transcript is not None
    assert transcripts.transcript.conversation_id == crisis_chat
    page = home_page(qtbot, window)
    assert not page.banner.isVisible()
    assert page.events.topLevelItemCount() == 1  # read, but still in "What happened"


def test_events_older_than_a_week_raise_no_banner(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, fake_time: FakeTime
) -> None:
    add_crisis(store, sam, at=fake_time.now - timedelta(days=8))
    window = make_window()
    page = home_page(qtbot, window)
    assert not page.banner.isVisible()
    assert not page.advice.isVisible()


def test_a_crisis_says_what_to_do_next_with_the_regions_help_line(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """Talk calmly, the help card the child saw (the region's help line), the emergency number."""
    add_crisis(store, sam)
    window = make_window()
    page = home_page(qtbot, window)
    assert page.advice.isVisible()
    assert page.state is not None
    assert page.state.advice is not None
    assert page.advice_heading.text() == "What to do next for Sam"
    steps = " ".join(page.state.advice.steps + page.state.advice.help_lines)
    assert "call 999" in steps
    assert "Talk with Sam soon, calmly" in steps
    assert "showed Sam its help card" in steps
    assert "Childline (United Kingdom): Call 0800 1111" in steps


def test_no_crisis_no_advice(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_chat(store, sam, [("you are dumb", "Be kind.")], flag_last=True)
    window = make_window()
    page = home_page(qtbot, window)
    assert not page.advice.isVisible()
    assert not page.banner.isVisible()
