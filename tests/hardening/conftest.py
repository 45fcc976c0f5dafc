"""Fixtures for fault tests: a chat window around any backend, and a misbehaving gateway."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.chat.backends import AnthropicBackend, ChatBackend, ConnectionSettings
from app.chat.conversation import Conversation
from tests.hardening.disks import read_only_store_folder, small_disk
from tests.hardening.gateway import Gateway
from ui.chat.window import ChatWindow

# The disk fixtures live with their helpers; naming them here makes pytest find them.
__all__ = ["MakeWindow", "backend_for", "read_only_store_folder", "small_disk"]

MakeWindow = Callable[[ChatBackend], ChatWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> MakeWindow:
    """A shown ChatWindow around a backend (no store); closed after the test."""

    def make(backend: ChatBackend) -> ChatWindow:
        window = ChatWindow(Conversation(backend, "Be kind."))
        qtbot.addWidget(window)
        window.resize(720, 760)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    with Gateway() as running:
        yield running


def backend_for(base_url: str, *, read_timeout: float = 3.0) -> AnthropicBackend:
    """The real SDK pointed at a local server, with short timeouts and no retries."""
    return AnthropicBackend(
        ConnectionSettings(
            api_key="sk-ant-test-key",
            base_url=base_url,
            connect_timeout=2.0,
            read_timeout=read_timeout,
            max_retries=0,
        )
    )
