"""AI connection page: "Test connection" against the local fake Messages API says in plain words
whether the key works; the key is saved to the keyring and never shown again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.family.connection import KeyLocation, api_key_location, load_api_key
from app.store import Store
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from tests.ui.parent.conftest import open_page
from ui.parent.connection import ConnectionPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]
KEY = "sk-ant-test-key-0123456789"


def connection_page(qtbot: QtBot, window: ParentWindow) -> ConnectionPage:
    page = open_page(qtbot, window, "connection")
    assert isinstance(page, ConnectionPage)
    return page


def test_a_working_key_passes_the_test(
    qtbot: QtBot, make_window: MakeWindow, fake_api: FakeAnthropic
) -> None:
    window = make_window()
    page = connection_page(qtbot, window)
    page.base_url_edit.setText(fake_api.base_url)
    page.key_edit.setText(KEY)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert page.key_message.text() == "Connected. Hoot can reach Claude with this key."
    assert page.key_message.tone == "good"
    sent = fake_api.requests[-1].headers
    assert KEY in sent.get("x-api-key", "") + sent.get("authorization", "")


def test_a_refused_key_is_explained_without_showing_it(
    qtbot: QtBot, make_window: MakeWindow, fake_api: FakeAnthropic
) -> None:
    fake_api.queue(Scenario(status=401))
    window = make_window()
    page = connection_page(qtbot, window)
    page.base_url_edit.setText(fake_api.base_url)
    page.key_edit.setText(KEY)
    page.test()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert "not accepted" in page.key_message.text()
    assert KEY not in page.key_message.text()
    assert page.key_message.tone == "problem"


def test_saving_the_key_keeps_it_in_the_keyring_and_empties_the_field(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    window = make_window()
    page = connection_page(qtbot, window)
    assert page.key_edit.echoMode() == QLineEdit.EchoMode.Password
    page.key_edit.setText(KEY)
    qtbot.mouseClick(page.save_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert load_api_key(store) == KEY
    assert api_key_location(store) is KeyLocation.KEYRING
    assert page.key_edit.text() == ""
    assert "password store" in page.key_message.text()
    assert "password store" in page.where.text()
    assert page.forget_button.isEnabled()


def test_the_saved_key_is_tested_when_the_field_is_empty(
    qtbot: QtBot, make_window: MakeWindow, fake_api: FakeAnthropic, store: Store
) -> None:
    window = make_window()
    page = connection_page(qtbot, window)
    page.key_edit.setText(KEY)
    page.save_key()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    page.base_url_edit.setText(fake_api.base_url)
    page.test()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert page.key_message.tone == "good"


def test_removing_the_key_goes_back_to_demo_mode(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    window = make_window()
    page = connection_page(qtbot, window)
    page.key_edit.setText(KEY)
    page.save_key()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    page.forget()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert load_api_key(store) is None
    assert "demo mode" in page.where.text()


def test_a_backend_factory_is_used_for_the_test(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The shell (or a test) can hand in the backend the connection test talks to."""
    seen: list[str] = []

    class Checked:
        def __init__(self, settings: object) -> None:
            seen.append(settings.api_key)  # type: ignore[attr-defined]

        def check_connection(self) -> None:
            return None

    window = make_window(backend_factory=Checked)
    page = connection_page(qtbot, window)
    page.key_edit.setText(KEY)
    page.test()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert seen == [KEY]
    assert page.key_message.tone == "good"
