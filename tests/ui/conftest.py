"""Fixtures for widget tests: a chat window on the real SDK against the fake API, or demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.chat.backends import ChatBackend, DemoBackend
from app.chat.conversation import Conversation
from tests.conftest import warm_claude
from tests.fakes.fake_anthropic import FakeAnthropic
from ui import theme
from ui.chat.window import ChatWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ChatWindow]


@pytest.fixture(autouse=True)
def normal_text_size(qapp: QApplication) -> Iterator[None]:
    """Text size is app-wide (a child's preference): every test starts and ends at normal."""
    theme.apply_style(theme.BASE_POINT_SIZE)
    yield
    theme.apply_style(theme.BASE_POINT_SIZE)


@pytest.fixture
def make_window(qtbot: QtBot) -> MakeWindow:
    """Build a shown ChatWindow around a backend; the window is closed after the test."""

    def make(backend: ChatBackend, system_prompt: str = "Be kind.") -> ChatWindow:
        window = ChatWindow(Conversation(backend, system_prompt))
        qtbot.addWidget(window)
        window.resize(720, 760)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def claude_window(make_window: MakeWindow, fake_api: FakeAnthropic) -> ChatWindow:
    """A chat window whose replies come from the fake API through the real SDK."""
    return make_window(warm_claude(fake_api))


@pytest.fixture
def demo_window(make_window: MakeWindow) -> ChatWindow:
    return make_window(DemoBackend(delay=0.001))
