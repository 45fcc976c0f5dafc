"""Chats page: a child's chats listed newest first with their most serious flag in words, read
one, search finds a message and opens it in its chat, flagged messages say in words what the
filter did (a crisis: the help card was shown and the parent alerted)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.safety.verdict import Severity
from app.store import ChildProfile, FilterOutcome, Store
from tests.ui.parent.conftest import FakeTime, add_chat, add_crisis, open_page
from ui.parent.attention import unread_serious
from ui.parent.transcripts import TranscriptLink, TranscriptsPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def chats_page(qtbot: QtBot, window: ParentWindow) -> TranscriptsPage:
    page = open_page(qtbot, window, "transcripts")
    assert isinstance(page, TranscriptsPage)
    return page


def wait(qtbot: QtBot, page: TranscriptsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def test_a_chat_opens_with_both_sides_and_the_flag_in_words(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_chat(
        store,
        sam,
        [("why do owls hoot", "To talk to other owls."), ("you are dumb", "Let's be kind.")],
        flag_last=True,
    )
    window = make_window()
    page = chats_page(qtbot, window)
    assert page.chat_list.count() == 1
    assert "Medium: 1 · flagged: 1" in page.chat_list.item(0).text()
    page.chat_list.setCurrentRow(0)
    wait(qtbot, page)
    shown = page.reader.toPlainText()
    assert "why do owls hoot" in shown
    assert "To talk to other owls." in shown
    assert "Hoot (AI)" in shown
    assert "Flagged: bullying or unkind words. How serious: medium." in shown
    assert "Hoot did not send this to the AI" in shown


def test_search_finds_a_message_and_opens_it_in_its_chat(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, ava: ChildProfile
) -> None:
    """Matched words are highlighted; choosing a result shows that chat at that message."""
    add_chat(store, sam, [("tell me about volcanoes", "Volcanoes are mountains of fire.")])
    add_chat(store, sam, [("what is a rainbow", "Light split into colours.")])
    add_chat(store, ava, [("volcano song please", "La la lava!")])
    window = make_window()
    page = chats_page(qtbot, window)
    page.picker.choose(sam.id)
    page.search_edit.setText("volcano")
    page.search()
    wait(qtbot, page)
    assert len(page.hits) == 2  # Sam's two messages, not Ava's
    assert "2 messages found" in page.list_caption.text()
    first = page.hit_list.itemWidget(page.hit_list.item(0))
    assert "<u>" in first.text()  # type: ignore[attr-defined]
    page.hit_list.setCurrentRow(1)
    wait(qtbot, page)
    assert page.transcript is not None
    assert page.transcript.conversation_id == page.hits[1].message.conversation_id
    assert "Found:" in page.reader.toPlainText()
    assert "rainbow" not in page.reader.toPlainText()


def test_a_search_with_no_hits_says_so(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_chat(store, sam, [("hello", "Hi!")])
    window = make_window()
    page = chats_page(qtbot, window)
    page.search_edit.setText("dragons")
    page.search()
    wait(qtbot, page)
    assert page.hits == []
    assert 'Nothing found for "dragons"' in page.list_caption.text()


def test_a_link_from_home_opens_the_chat_at_the_message(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, ava: ChildProfile
) -> None:
    chat = add_chat(store, ava, [("hi", "Hello!"), ("you are dumb", "Be kind.")], flag_last=True)
    flagged = store.history.messages(chat)[2]
    window = make_window()
    window.show_page("transcripts", TranscriptLink(ava.id, None, flagged.id))
    page = window.page("transcripts")
    assert isinstance(page, TranscriptsPage)
    qtbot.waitUntil(lambda: page.transcript is not None, timeout=5000)
    assert page.picker.child_id() == ava.id
    assert page.transcript is not None
    assert page.transcript.conversation_id == chat


def test_message_text_cannot_change_the_page(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """Markup typed by a child is shown as text, not obeyed."""
    add_chat(store, sam, [("<b>bold</b> <img src=x>", "ok")])
    window = make_window()
    page = chats_page(qtbot, window)
    page.chat_list.setCurrentRow(0)
    wait(qtbot, page)
    assert "<b>bold</b> <img src=x>" in page.reader.toPlainText()


def test_the_list_names_a_chats_most_serious_flag_in_words(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """A chat with a crisis and a medium flag reads "Urgent: 1 · flagged: 2"; a clean chat
    says nothing about flags."""
    crisis_chat = add_crisis(store, sam)
    message = store.history.add_user_message(
        crisis_chat,
        "you are dumb",
        FilterOutcome("block", ("bullying",), Severity.MEDIUM, ("lexicon.bullying",)),
    )
    store.events.record(
        child_id=sam.id,
        category="bullying",
        severity=Severity.MEDIUM,
        kind="message_blocked",
        message_id=message.id,
        details={"conversation_id": crisis_chat},
    )
    add_chat(store, sam, [("what is a comet", "A ball of ice and dust.")])
    window = make_window()
    page = chats_page(qtbot, window)
    lines = {page.chat_list.item(row).text() for row in range(page.chat_list.count())}
    assert any(line.endswith("\nUrgent: 1 · flagged: 2") for line in lines)
    assert sum("flagged" in line for line in lines) == 1


def test_a_crisis_message_says_the_help_card_was_shown_and_the_parent_alerted(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    add_crisis(store, sam)
    window = make_window()
    page = chats_page(qtbot, window)
    page.chat_list.setCurrentRow(0)
    wait(qtbot, page)
    shown = page.reader.toPlainText()
    assert "How serious: urgent (please look now)." in shown
    assert "Sam was shown the help card, with help lines to call or text" in shown
    assert "you were alerted" in shown
    assert "told kindly why" not in shown


def test_reading_a_chat_marks_its_serious_events_read(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, fake_time: FakeTime
) -> None:
    """Opening the chat (not only "Read now") counts: home's banner will not ask again."""
    add_crisis(store, sam)
    window = make_window()
    assert len(unread_serious(store, fake_time.now)) == 1
    page = chats_page(qtbot, window)
    page.chat_list.setCurrentRow(0)
    wait(qtbot, page)
    assert unread_serious(store, fake_time.now) == ()
