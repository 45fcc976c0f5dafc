"""Alerts page: settings are saved (the password to the keyring only), "Send test e-mail" reaches
a real local SMTP server and says so, and a failure is explained in words."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.monitor.alerts import smtp_password
from app.policy import parse_policy
from app.settings import Settings
from app.store import Store
from tests.ui.parent.conftest import open_page
from tests.unit.monitor.smtp_server import LocalSmtp, free_port
from ui.parent.alerts import AlertsPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    server = LocalSmtp(with_auth=True, auth_require_tls=False).start()
    yield server
    server.stop()


def alerts_page(qtbot: QtBot, window: ParentWindow) -> AlertsPage:
    page = open_page(qtbot, window, "alerts")
    assert isinstance(page, AlertsPage)
    return page


def fill_in(page: AlertsPage, port: int) -> None:
    page.email_to.setText("parent@example.com")
    page.host.setText("127.0.0.1")
    page.port.setValue(port)
    page.security.setCurrentIndex(page.security.findData("none"))
    page.user.setText("mum")
    page.password.setText("right-password")


def test_send_test_email_reaches_the_server_and_says_where_it_went(
    qtbot: QtBot, make_window: MakeWindow, smtp: LocalSmtp, settings: Settings
) -> None:
    window = make_window()
    page = alerts_page(qtbot, window)
    fill_in(page, smtp.port)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert "sent a test e-mail to parent@example.com" in page.message.text()
    assert page.message.tone == "good"
    (mail,) = smtp.inbox.messages
    assert mail["Subject"] == "Hoot test e-mail"
    assert smtp.inbox.logins == [("mum", "right-password")]
    assert settings.get("smtp.host") == "127.0.0.1"
    assert settings.get("smtp.user") == "mum"


def test_the_mail_password_goes_to_the_keyring_not_the_settings(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    window = make_window()
    page = alerts_page(qtbot, window)
    fill_in(page, 2525)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert smtp_password() == "right-password"
    assert page.password.text() == ""
    assert "right-password" not in repr(store.settings.all_global())
    assert "A password is saved" in page.password.placeholderText()


def test_an_unreachable_server_is_explained(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = alerts_page(qtbot, window)
    fill_in(page, free_port())
    page.send_test()
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert "could not reach the mail server" in page.message.text()
    assert page.message.tone == "problem"
    assert page.test_button.isEnabled()


def test_a_wrong_address_is_refused_in_words(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings
) -> None:
    window = make_window()
    page = alerts_page(qtbot, window)
    page.email_to.setText("not an address")
    page.save()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "parent@example.com" in page.message.text()
    assert settings.get("alerts.email_to") is None


def test_high_alerts_in_the_daily_summary_and_the_excerpt_are_saved(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings
) -> None:
    window = make_window()
    page = alerts_page(qtbot, window)
    assert page.high_now.isChecked()
    assert not page.excerpt.isChecked()
    page.high_digest.setChecked(True)
    page.excerpt.setChecked(True)
    page.desktop.setChecked(False)
    page.save()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert settings.get("alerts.high") == "digest"
    assert settings.get("alerts.include_excerpt") is True
    assert settings.get("alerts.desktop") is False


def test_alert_settings_the_school_set_are_shown_and_fixed(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    policy = parse_policy({"version": 1, "settings": {"alerts.email_to": "it@school.example"}})
    window = make_window(policy=policy)
    page = alerts_page(qtbot, window)
    assert page.email_to.text() == "it@school.example"
    assert not page.email_to.isEnabled()
    assert page.lock_notes["alerts.email_to"].text() == "Set by your school"
    page.save()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert not store.settings.has("alerts.email_to")


def test_without_a_notification_area_the_page_says_desktop_alerts_cannot_show(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(tray_available=lambda: False)
    page = alerts_page(qtbot, window)
    assert page.no_tray_note.isVisible()
    assert "cannot show desktop alerts" in page.no_tray_note.text()
    window = make_window(tray_available=lambda: True)
    assert not alerts_page(qtbot, window).no_tray_note.isVisible()
