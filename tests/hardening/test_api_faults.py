"""API and gateway faults in the real chat window: each ends in kind words, the child's message
stays, and Try again asks again. Replies come through the real SDK from the fake API or from a
gateway that sends exactly the wrong bytes a proxy or a captive portal might."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.text import words
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from tests.hardening.conftest import MakeWindow, backend_for
from tests.hardening.gateway import HTML_ERROR_PAGE, Answer, Gateway, reply_events, sse
from ui.chat.model import BubbleKind, BubbleState
from ui.chat.window import ChatWindow

pytestmark = pytest.mark.gui

QUESTION = "What is a comet?"
ANSWER = "A comet is a ball of ice and dust."
#: Every sentence a failed reply may show: the kind words, never an exception's text.
KIND_WORDS = {
    words(f"chat.errors.{kind}")
    for kind in (
        "offline",
        "timeout",
        "auth",
        "model",
        "rate_limit",
        "overloaded",
        "server",
        "broken_stream",
        "refused",
        "unexpected",
    )
}


def send(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    window.message_box.setPlainText(text)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)


def child_bubbles(window: ChatWindow) -> list[str]:
    return [b.text for b in window.model.bubbles() if b.kind is BubbleKind.CHILD]


def wait_for_failure(qtbot: QtBot, window: ChatWindow) -> str:
    qtbot.waitUntil(window.error_bar.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)
    return window.error_label.text()


def try_again_gets_the_answer(qtbot: QtBot, window: ChatWindow) -> None:
    qtbot.mouseClick(window.try_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.model.bubbles()[-1].text == ANSWER
            and window.model.bubbles()[-1].state is BubbleState.DONE
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)
    assert not window.error_bar.isVisible()
    assert child_bubbles(window) == [QUESTION]


@pytest.mark.parametrize(("status", "kind"), [(403, "auth"), (404, "model")])
def test_forbidden_and_missing_model_show_kind_words_and_keep_the_message(
    qtbot: QtBot, make_window: MakeWindow, fake_api: FakeAnthropic, status: int, kind: str
) -> None:
    """403 (a key without access) and 404 (a model that is not there): the grown-up words,
    the child's message stays, and once fixed, Try again answers it."""
    window = make_window(backend_for(fake_api.base_url))
    fake_api.default = Scenario(status=status)
    send(qtbot, window, QUESTION)
    assert wait_for_failure(qtbot, window) == words(f"chat.errors.{kind}")
    assert child_bubbles(window) == [QUESTION]
    fake_api.default = Scenario(text=ANSWER)
    try_again_gets_the_answer(qtbot, window)
    assert fake_api.requests[-1].user_texts == [QUESTION]


GOOD = reply_events(ANSWER)

BROKEN_GATEWAYS = {
    # A captive portal or a proxy's login page, sent with 200 OK.
    "html page with 200": Answer(content_type="text/html", pieces=[HTML_ERROR_PAGE]),
    "html page with 502": Answer(status=502, content_type="text/html", pieces=[HTML_ERROR_PAGE]),
    "json instead of a stream": Answer(content_type="application/json", pieces=[b'{"ok": 1}']),
    "empty body": Answer(pieces=[]),
    "not json after data:": Answer(pieces=[GOOD[0], b"event: content_block_delta\ndata: {{\n\n"]),
    "bytes that are not utf-8": Answer(pieces=[GOOD[0], b"event: ping\ndata: \xff\xfe\n\n"]),
    "delta without its text": Answer(
        pieces=[*GOOD[:2], sse("content_block_delta", {"type": "content_block_delta"})]
    ),
    "error event with no details": Answer(pieces=[GOOD[0], sse("error", {"type": "error"})]),
    "message_stop before anything": Answer(pieces=[GOOD[-1], *GOOD]),
    "cut off after two pieces": Answer(pieces=GOOD[:4], cut_off=True),
}


@pytest.mark.parametrize("answer", BROKEN_GATEWAYS.values(), ids=BROKEN_GATEWAYS.keys())
def test_a_gateway_sending_the_wrong_bytes_gets_kind_words_not_a_traceback(
    qtbot: QtBot, make_window: MakeWindow, gateway: Gateway, answer: Answer
) -> None:
    """Whatever a gateway sends, the child sees one of Hoot's kind sentences and Try again."""
    window = make_window(backend_for(gateway.base_url))
    gateway.answer = answer
    send(qtbot, window, QUESTION)
    shown = wait_for_failure(qtbot, window)
    assert shown in KIND_WORDS
    assert child_bubbles(window) == [QUESTION]
    gateway.answer = Answer(pieces=GOOD)
    try_again_gets_the_answer(qtbot, window)


def test_half_an_answer_then_a_cut_keeps_what_was_shown_marked_as_cut(
    qtbot: QtBot, make_window: MakeWindow, gateway: Gateway
) -> None:
    """The words already on screen stay, marked as interrupted, above the kind words."""
    window = make_window(backend_for(gateway.base_url))
    gateway.answer = Answer(pieces=GOOD[:4], cut_off=True)
    send(qtbot, window, QUESTION)
    assert wait_for_failure(qtbot, window) == words("chat.errors.broken_stream")
    ai = [b for b in window.model.bubbles() if b.kind is BubbleKind.AI][-1]
    assert ai.state is BubbleState.INTERRUPTED
    assert ANSWER.startswith(ai.text)
    assert ai.text


@pytest.mark.parametrize(
    "junk",
    [
        b": a comment line\n\n",
        b"event: ping\ndata: {}\n\n",
        sse("mystery_event", {"type": "mystery_event"}),
        b"retry: 1000\n\n",
        b"\n\n\n",
    ],
    ids=["comment", "ping", "unknown event", "retry field", "blank lines"],
)
def test_harmless_junk_between_events_is_skipped(
    qtbot: QtBot, make_window: MakeWindow, gateway: Gateway, junk: bytes
) -> None:
    """Lines a gateway may add between real events do not spoil the answer."""
    window = make_window(backend_for(gateway.base_url))
    gateway.answer = Answer(pieces=[GOOD[0], junk, *GOOD[1:3], junk, *GOOD[3:]])
    send(qtbot, window, QUESTION)
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)
    assert not window.error_bar.isVisible()
    assert window.model.bubbles()[-1].text == ANSWER


def test_a_stream_that_goes_quiet_halfway_ends_in_time_with_the_text_so_far(
    qtbot: QtBot, make_window: MakeWindow, gateway: Gateway
) -> None:
    """A gateway that stops sending but keeps the connection open: the read timeout ends the
    wait, the words shown stay, and the child is told the answer was cut off."""
    window = make_window(backend_for(gateway.base_url, read_timeout=0.5))
    gateway.answer = Answer(pieces=GOOD[:4], stall=True)
    send(qtbot, window, QUESTION)
    assert wait_for_failure(qtbot, window) == words("chat.errors.broken_stream")
    assert child_bubbles(window) == [QUESTION]
    gateway.answer = Answer(pieces=GOOD)
    try_again_gets_the_answer(qtbot, window)
