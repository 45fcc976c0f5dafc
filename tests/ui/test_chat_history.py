"""Chats are kept: reopening shows the latest, New chat starts fresh, My chats reopens old ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.age_bands import AgeBand
from app.chat.conversation import ChildContext
from app.chat.session import ChatSession
from app.store import Store
from tests.fakes.scripted_backend import ScriptedBackend
from ui.chat.model import BubbleKind, BubbleState
from ui.chat.window import ChatWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def child(store: Store) -> ChildContext:
    profile = store.profiles.add("Mia", "fox", 2017, 2)
    return ChildContext(child_id=profile.id, band=AgeBand.AGES_8_10, region="GB")


def open_window(qtbot: QtBot, store: Store, child: ChildContext, backend=None) -> ChatWindow:
    session = ChatSession(backend or ScriptedBackend(), child, store)
    window = ChatWindow(session=session, child_name="Mia")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window._loading, timeout=5000)
    return window


def chat(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    window.message_box.setPlainText(text)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=5000)


def texts(window: ChatWindow, kind: BubbleKind) -> list[str]:
    return [b.text for b in window.model.bubbles() if b.kind is kind]


def test_reopening_shows_the_latest_chat(qtbot: QtBot, store: Store, child: ChildContext):
    """Close Hoot and open it again: the child's last chat is there, and carries on."""
    backend = ScriptedBackend(replies=[["Hello Mia!"], ["Owls eat mice."]])
    first = open_window(qtbot, store, child, backend)
    chat(qtbot, first, "hi")
    chat(qtbot, first, "what do owls eat")
    first.close()

    again = open_window(qtbot, store, child, backend)
    assert texts(again, BubbleKind.CHILD) == ["hi", "what do owls eat"]
    assert texts(again, BubbleKind.AI)[1:] == ["Hello Mia!", "Owls eat mice."]
    chat(qtbot, again, "and fish?")
    sent = [m.text for m in backend.calls[-1][1]]
    assert sent == ["hi", "Hello Mia!", "what do owls eat", "Owls eat mice.", "and fish?"]


def test_interrupted_reply_is_shown_as_cut_off(qtbot: QtBot, store: Store, child: ChildContext):
    """A reply that broke is reopened with its words and a note that it was cut off."""
    from app.chat.backends import ErrorKind

    backend = ScriptedBackend(replies=[["Once ", "upon "]], fail_with=ErrorKind.BROKEN_STREAM)
    backend.fail_after = 2
    window = open_window(qtbot, store, child, backend)
    chat(qtbot, window, "a story please")
    window.close()
    again = open_window(qtbot, store, child)
    last = again.model.bubbles()[-1]
    assert last.kind is BubbleKind.AI
    assert last.text == "Once upon "
    assert last.state is BubbleState.INTERRUPTED


def test_new_chat_starts_fresh_and_my_chats_brings_the_old_one_back(
    qtbot: QtBot, store: Store, child: ChildContext
):
    """New chat clears the screen; the old chat is one click away in My chats."""
    backend = ScriptedBackend(replies=[["Volcanoes are hot."], ["Cats purr."]])
    window = open_window(qtbot, store, child, backend)
    chat(qtbot, window, "tell me about volcanoes")
    qtbot.mouseClick(window.new_chat_button, Qt.MouseButton.LeftButton)
    assert texts(window, BubbleKind.CHILD) == []
    chat(qtbot, window, "do cats purr")
    assert backend.calls[-1][1][0].text == "do cats purr"  # the old chat is not sent along

    window._fill_past_chats()
    actions = window.past_chats_menu.actions()
    assert len(actions) == 2
    volcano = next(a for a in actions if "volcanoes" in a.text())
    volcano.trigger()
    qtbot.waitUntil(lambda: texts(window, BubbleKind.CHILD) == ["tell me about volcanoes"])
    assert "Volcanoes are hot." in texts(window, BubbleKind.AI)


def test_crisis_card_is_shown_again_when_reopened(qtbot: QtBot, store: Store, child: ChildContext):
    """The help card stays with the chat it belongs to."""
    window = open_window(qtbot, store, child)
    chat(qtbot, window, "i want to end my life")
    window.close()
    again = open_window(qtbot, store, child)
    cards = texts(again, BubbleKind.CRISIS)
    assert len(cards) == 1
    assert "Childline" in cards[0]


def test_without_a_store_there_are_no_chat_buttons(qtbot: QtBot) -> None:
    """Demo without set-up keeps nothing, so it offers no New chat or My chats."""
    from app.chat.backends import DemoBackend

    window = ChatWindow(session=ChatSession(DemoBackend(delay=0), ChildContext()))
    qtbot.addWidget(window)
    window.show()
    assert not window.new_chat_button.isVisible()
    assert not window.past_chats_button.isVisible()


def test_a_long_chat_opens_on_its_last_page_and_loads_more_on_scroll(
    qtbot: QtBot, store: Store, child: ChildContext
) -> None:
    """A chat of 1,000 messages opens at once on the newest; scrolling up brings older ones."""
    conversation = store.history.start_conversation(child.child_id or 0, "v1")
    for number in range(500):
        store.history.add_user_message(conversation.id, f"question {number}")
        store.history.add_assistant_message(conversation.id, f"answer {number}")
    window = open_window(qtbot, store, child)
    shown = texts(window, BubbleKind.CHILD)
    assert shown[-1] == "question 499"
    assert len(shown) == 100  # the last 200 messages
    bar = window.message_list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    first_seen = window.model.bubbles()[1].text
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: len(texts(window, BubbleKind.CHILD)) == 200, timeout=5000)
    assert texts(window, BubbleKind.CHILD)[0] == "question 300"
    # The bubble the child was looking at is still on screen, not jumped away from.
    row = next(i for i, b in enumerate(window.model.bubbles()) if b.text == first_seen)
    view = window.message_list

    def still_on_screen() -> bool:
        rect = view.visualRect(window.model.index(row))
        return rect.isValid() and view.viewport().rect().intersects(rect)

    qtbot.waitUntil(still_on_screen, timeout=5000)
