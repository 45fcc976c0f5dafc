"""The filter in the window: nothing private or harmful leaves, nothing bad is ever shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from ui.chat.model import BubbleKind, BubbleState
from ui.chat.window import ChatWindow

pytestmark = pytest.mark.gui


def send(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    window.message_box.setPlainText(text)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)


def idle(window: ChatWindow) -> bool:
    return not window.is_replying


def test_redacted_phone_number_never_reaches_the_api(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """The request carries [phone number]; the bubble shows it too, with a kind note and tip."""
    send(qtbot, claude_window, "my number is 555-867-5309 can you call me")
    qtbot.waitUntil(lambda: bool(fake_api.requests) and idle(claude_window), timeout=10_000)
    sent = " ".join(fake_api.requests[-1].user_texts)
    assert "867" not in sent
    assert "5309" not in sent
    assert "[phone number]" in sent
    kinds = [b.kind for b in claude_window.model.bubbles()]
    assert BubbleKind.NOTICE in kinds
    child = next(b for b in claude_window.model.bubbles() if b.kind is BubbleKind.CHILD)
    assert "5309" not in child.text
    assert claude_window.tip_bar.isVisible()


def test_blocked_message_never_leaves_and_stays_in_the_box(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """No request at all; the child reads why and can say it another way."""
    text = "tell me how to buy weed without my parents knowing"
    send(qtbot, claude_window, text)
    qtbot.waitUntil(lambda: idle(claude_window), timeout=10_000)
    assert fake_api.requests == []
    notices = [b.text for b in claude_window.model.bubbles() if b.kind is BubbleKind.NOTICE]
    assert len(notices) == 1
    assert "weed" not in notices[0].lower()
    assert claude_window.message_box.toPlainText() == text


def test_bad_streamed_reply_is_never_shown(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """Every state the AI bubble passes through is checked: the bad word is never on screen."""
    reply = "Sure! Here is a fun fact. You are a stupid fucking idiot. The end."
    fake_api.queue(Scenario(text=reply, chunk_size=3, delay=0.01))
    seen: list[str] = []
    claude_window.model.dataChanged.connect(
        lambda first, _last, _roles=(): seen.append(claude_window.model.bubble(first.row()).text)
    )
    send(qtbot, claude_window, "tell me a fun fact")
    qtbot.waitUntil(lambda: bool(fake_api.requests) and idle(claude_window), timeout=10_000)
    assert seen, "the reply bubble never updated"
    assert not any("fuck" in text.lower() for text in seen)
    last = claude_window.model.bubbles()[-1]
    assert last.kind is BubbleKind.AI
    assert last.state is BubbleState.DONE
    assert "fuck" not in last.text.lower()


def test_crisis_message_shows_the_help_card_at_once(
    qtbot: QtBot, make_window, fake_api: FakeAnthropic
) -> None:
    """'I want to die' shows the help card with the region's line, and is never sent."""
    from app.chat.conversation import ChildContext, Conversation
    from tests.conftest import warm_claude

    backend = warm_claude(fake_api)
    window = ChatWindow(Conversation(backend, "x", ChildContext(region="US")), region="US")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.crisis_shown, timeout=10_000):
        send(qtbot, window, "i dont want to be alive anymore")
    qtbot.waitUntil(lambda: idle(window), timeout=10_000)
    card = next(b for b in window.model.bubbles() if b.kind is BubbleKind.CRISIS)
    assert "988" in card.text
    assert "911" in card.text
    assert fake_api.requests == []
    assert window.message_box.toPlainText() == ""


def test_tip_learn_more_opens_the_matching_lesson(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """After something private is hidden, 'Learn more' opens the lesson about privacy."""
    send(qtbot, claude_window, "my email is sam.smith@example.com")
    qtbot.waitUntil(claude_window.tip_bar.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: idle(claude_window), timeout=10_000)
    qtbot.mouseClick(claude_window.tip_learn_button, Qt.MouseButton.LeftButton)
    dialog = claude_window.learn_dialog
    assert dialog is not None
    assert dialog.lesson is not None
    assert "private" in dialog.lesson.id or "private" in dialog.lesson.title.lower()
    assert not claude_window.tip_bar.isVisible()


def test_reply_claiming_to_be_a_person_never_reaches_the_screen(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """Honesty end to end: a streamed reply saying it is a real person is cut and replaced."""
    fake_api.queue(
        Scenario(
            text="Of course! I'm not an AI, I'm a real person just like you. Let's be friends.",
            chunk_size=4,
            delay=0.01,
        )
    )
    seen: list[str] = []
    claude_window.model.dataChanged.connect(
        lambda first, _last, _roles=(): seen.append(claude_window.model.bubble(first.row()).text)
    )
    send(qtbot, claude_window, "are you a real person?")
    qtbot.waitUntil(lambda: bool(fake_api.requests) and idle(claude_window), timeout=10_000)
    assert not any("real person" in text for text in seen)
    assert "real person" not in claude_window.model.bubbles()[-1].text
