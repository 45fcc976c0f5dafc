"""The child's chat window: streaming, Stop, kind errors, the banner, keys and demo mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.text import words
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from ui.chat.bubbles import render_markdown
from ui.chat.model import Bubble, BubbleKind, BubbleState
from ui.chat.window import MIN_HEIGHT, MIN_WIDTH, ChatWindow

pytestmark = pytest.mark.gui


def type_and_send(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    window.message_box.setPlainText(text)
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)


def bubbles(window: ChatWindow, kind: BubbleKind) -> list[str]:
    return [b.text for b in window.model.bubbles() if b.kind is kind]


def last_ai(window: ChatWindow) -> Bubble:
    """The AI's answer to the child's latest message (an empty stand-in before it starts)."""
    all_bubbles = window.model.bubbles()
    child_rows = [i for i, b in enumerate(all_bubbles) if b.kind is BubbleKind.CHILD]
    after = all_bubbles[child_rows[-1] + 1 :] if child_rows else []
    answers = [b for b in after if b.kind is BubbleKind.AI]
    return answers[-1] if answers else Bubble(BubbleKind.AI, "", BubbleState.STREAMING)


def wait_idle(qtbot: QtBot, window: ChatWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_replying, timeout=10_000)


def test_reply_appears_progressively_then_completes(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
):
    """The child sees the answer grow piece by piece while the window stays usable."""
    reply = "Owls are birds that hunt at night. They have soft feathers so they fly quietly."
    fake_api.queue(Scenario(text=reply, chunk_size=6, delay=0.04))
    type_and_send(qtbot, claude_window, "Tell me about owls")
    qtbot.waitUntil(lambda: 0 < len(last_ai(claude_window).text) < len(reply), timeout=5000)
    assert last_ai(claude_window).state is BubbleState.STREAMING
    assert claude_window.stop_button.isEnabled()
    # The GUI thread is free: typing works while the reply streams.
    qtbot.keyClicks(claude_window.message_box, "next")
    assert claude_window.message_box.toPlainText() == "next"
    qtbot.waitUntil(lambda: last_ai(claude_window).state is BubbleState.DONE, timeout=10_000)
    assert last_ai(claude_window).text == reply
    assert bubbles(claude_window, BubbleKind.CHILD) == ["Tell me about owls"]
    wait_idle(qtbot, claude_window)
    assert not claude_window.stop_button.isEnabled()


def test_stop_freezes_the_reply_at_once(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
):
    """Stop: the bubble stops growing that instant and says it was stopped."""
    fake_api.queue(Scenario(text="word " * 200, chunk_size=5, delay=0.05))
    type_and_send(qtbot, claude_window, "Count words")
    qtbot.waitUntil(lambda: len(last_ai(claude_window).text) >= 10, timeout=5000)
    qtbot.mouseClick(claude_window.stop_button, Qt.MouseButton.LeftButton)
    frozen = last_ai(claude_window)
    assert frozen.state is BubbleState.STOPPED
    seen = frozen.text
    wait_idle(qtbot, claude_window)
    assert last_ai(claude_window).text == seen
    assert claude_window.send_button.isEnabled() is False  # box is empty
    qtbot.keyClicks(claude_window.message_box, "again")
    assert claude_window.send_button.isEnabled()


def test_escape_stops_the_reply(qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic):
    """Esc works like Stop, wherever the keyboard focus is."""
    fake_api.queue(Scenario(text="word " * 200, chunk_size=5, delay=0.05))
    type_and_send(qtbot, claude_window, "Count words")
    qtbot.waitUntil(lambda: len(last_ai(claude_window).text) >= 5, timeout=5000)
    qtbot.keyClick(claude_window.message_box, Qt.Key.Key_Escape)
    assert last_ai(claude_window).state is BubbleState.STOPPED
    wait_idle(qtbot, claude_window)


@pytest.mark.parametrize(
    ("scenario", "kind"),
    [
        (Scenario(status=401), "auth"),
        (Scenario(status=429, headers={"retry-after-ms": "1"}), "rate_limit"),
        (Scenario(status=500), "server"),
        (Scenario(status=529, headers={"retry-after-ms": "1"}), "overloaded"),
        (Scenario(text="half of an answer here", chunk_size=4, break_after=2), "broken_stream"),
    ],
)
def test_each_failure_shows_kind_words_and_try_again_keeps_the_message(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic, scenario: Scenario, kind: str
):
    """A failure: short kind words, a Try again button, and the child's message still there."""
    fake_api.default = scenario
    type_and_send(qtbot, claude_window, "What is a comet?")
    qtbot.waitUntil(claude_window.error_bar.isVisible, timeout=10_000)
    assert claude_window.error_label.text() == words(f"chat.errors.{kind}")
    assert "Traceback" not in claude_window.error_label.text()
    assert bubbles(claude_window, BubbleKind.CHILD) == ["What is a comet?"]
    wait_idle(qtbot, claude_window)

    fake_api.default = Scenario(text="A comet is a ball of ice and dust.")
    qtbot.mouseClick(claude_window.try_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: last_ai(claude_window).text.startswith("A comet"), timeout=10_000)
    wait_idle(qtbot, claude_window)
    assert not claude_window.error_bar.isVisible()
    assert bubbles(claude_window, BubbleKind.CHILD) == ["What is a comet?"]
    # The retry asked about the same message, once.
    assert fake_api.requests[-1].user_texts == ["What is a comet?"]


def test_timeout_and_offline_have_their_own_words(qtbot: QtBot, make_window, fake_api):
    """No answer in time, or no server at all, each get words a child can act on."""
    from tests.conftest import warm_claude

    window = make_window(warm_claude(fake_api, read_timeout=0.4))
    fake_api.default = Scenario(hang=True)
    type_and_send(qtbot, window, "Hello?")
    qtbot.waitUntil(window.error_bar.isVisible, timeout=10_000)
    assert window.error_label.text() == words("chat.errors.timeout")
    wait_idle(qtbot, window)

    offline = make_window(warm_claude(fake_api, base_url="http://127.0.0.1:9", max_retries=0))
    type_and_send(qtbot, offline, "Hello?")
    qtbot.waitUntil(offline.error_bar.isVisible, timeout=10_000)
    assert offline.error_label.text() == words("chat.errors.offline")
    wait_idle(qtbot, offline)


def banner_fully_readable(window: ChatWindow) -> bool:
    """The banner is shown, inside the window, and tall enough for all its wrapped lines."""
    banner = window.banner
    label = banner.label
    inside = window.rect().contains(banner.geometry().translated(banner.parentWidget().pos()))
    tall_enough = label.height() >= label.heightForWidth(label.width())
    return banner.isVisible() and not banner.visibleRegion().isEmpty() and inside and tall_enough


def test_banner_says_ai_not_a_person(demo_window: ChatWindow):
    """The banner's words tell a 7-year-old they are talking to a computer program."""
    text = demo_window.banner.text()
    assert "AI" in text
    assert "computer program" in text
    assert "not a person" in text
    assert banner_fully_readable(demo_window)


def test_banner_stays_readable_at_minimum_size(qtbot: QtBot, demo_window: ChatWindow):
    """Shrinking the window to its minimum keeps every word of the banner on screen."""
    demo_window.resize(100, 100)
    qtbot.waitUntil(lambda: demo_window.width() == MIN_WIDTH, timeout=2000)
    assert demo_window.height() == MIN_HEIGHT
    assert banner_fully_readable(demo_window)
    for _ in range(4):  # much bigger text: the smallest window grows to keep the banner whole
        demo_window.zoom_in()
    demo_window.resize(100, 100)
    qtbot.waitUntil(lambda: demo_window.width() > MIN_WIDTH, timeout=2000)
    assert banner_fully_readable(demo_window)


def test_banner_stays_after_200_messages_and_scrolling(qtbot: QtBot, demo_window: ChatWindow):
    """A long chat scrolls under the banner; the banner never scrolls away."""
    for number in range(200):
        demo_window.model.append(BubbleKind.CHILD, f"message {number}")
    demo_window.message_list.scrollToBottom()
    demo_window.message_list.scrollToTop()
    qtbot.keyClick(demo_window.message_list, Qt.Key.Key_End)
    assert banner_fully_readable(demo_window)


def test_banner_stays_with_keyboard_focus_anywhere(qtbot: QtBot, demo_window: ChatWindow):
    """Tabbing through every control never hides the banner, and the banner takes no focus."""
    seen: list[QWidget] = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget() or demo_window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not demo_window.banner
        seen.append(focused)
        assert banner_fully_readable(demo_window)
    assert demo_window.message_box in seen
    assert demo_window.message_list in seen


def test_every_ai_bubble_is_labelled_ai(qtbot: QtBot, demo_window: ChatWindow):
    """Screen readers hear 'Hoot (AI)' before every AI bubble, as the painted label shows."""
    type_and_send(qtbot, demo_window, "hello")
    qtbot.waitUntil(lambda: len(bubbles(demo_window, BubbleKind.AI)) == 2, timeout=5000)
    wait_idle(qtbot, demo_window)
    model = demo_window.model
    spoken = [
        model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
        if model.bubble(row).kind is BubbleKind.AI
    ]
    assert spoken
    assert all(s.startswith("Hoot (AI): ") for s in spoken)


def test_demo_mode_is_labelled_and_answers_offline(qtbot: QtBot, demo_window: ChatWindow):
    """Without a key Hoot says it is in demo mode and still answers, with no network."""
    assert demo_window.demo_badge.isVisible()
    assert "Demo mode" in demo_window.demo_badge.text()
    type_and_send(qtbot, demo_window, "tell me about space")
    qtbot.waitUntil(lambda: "star" in last_ai(demo_window).text, timeout=5000)
    wait_idle(qtbot, demo_window)


def test_claude_mode_has_no_demo_label(claude_window: ChatWindow):
    """With a real key the demo badge is gone."""
    assert not claude_window.demo_badge.isVisible()


def test_shift_enter_adds_a_line_and_enter_sends(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
):
    """Shift+Enter makes a new line; Enter sends both lines as one message."""
    box = claude_window.message_box
    qtbot.keyClicks(box, "line one")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "line two")
    assert box.toPlainText() == "line one\nline two"
    assert bubbles(claude_window, BubbleKind.CHILD) == []
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bubbles(claude_window, BubbleKind.CHILD) == ["line one\nline two"])
    wait_idle(qtbot, claude_window)
    assert box.toPlainText() == ""
    assert fake_api.requests[-1].user_texts == ["line one\nline two"]


def test_empty_message_is_not_sent(qtbot: QtBot, claude_window: ChatWindow, fake_api):
    """Pressing Enter on an empty box does nothing at all."""
    qtbot.keyClick(claude_window.message_box, Qt.Key.Key_Return)
    assert not claude_window.is_replying
    assert fake_api.requests == []
    assert not claude_window.send_button.isEnabled()


def test_ctrl_plus_and_minus_scale_the_text(qtbot: QtBot, demo_window: ChatWindow):
    """Ctrl+plus makes everything bigger, Ctrl+minus smaller, Ctrl+0 back to normal."""
    start = demo_window.point_size
    qtbot.keyClick(demo_window.message_box, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.point_size > start
    assert demo_window.message_box.font().pointSize() == demo_window.point_size
    qtbot.keyClick(demo_window.message_box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(demo_window.message_box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.point_size < start
    qtbot.keyClick(demo_window.message_box, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.point_size == start


def test_every_control_has_an_accessible_name(demo_window: ChatWindow):
    """Screen readers can name each control a child can reach."""
    for widget in (
        demo_window.message_box,
        demo_window.send_button,
        demo_window.stop_button,
        demo_window.try_again_button,
        demo_window.message_list,
        demo_window.banner,
    ):
        assert widget.accessibleName().strip(), widget


def test_closing_mid_reply_ends_the_stream_cleanly(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
):
    """Closing the window while an answer streams stops the stream and its thread."""
    fake_api.queue(Scenario(text="word " * 300, chunk_size=5, delay=0.2))
    type_and_send(qtbot, claude_window, "Long story please")
    qtbot.waitUntil(lambda: len(last_ai(claude_window).text) > 0, timeout=5000)
    threads = [thread for _worker, thread in claude_window._turns]
    claude_window.close()
    assert all(thread.isFinished() for thread in threads)


def test_markdown_renders_but_loads_nothing_and_runs_no_html():
    """Bold, lists and code render; raw HTML is shown as text; images are never fetched."""
    from PySide6.QtGui import QFont

    document = render_markdown(
        "**bold** and `code`\n\n- one\n- two\n\n<img src='http://example.com/x.png'>"
        "\n\n![pic](http://example.com/y.png)",
        QFont(),
    )
    plain = document.toPlainText()
    assert "bold" in plain
    assert "**" not in plain
    assert "one" in plain
    assert "two" in plain
    assert "<img" in plain  # shown as text, not interpreted
    assert document.loadResource(2, "http://example.com/y.png") is None


def _click_link(qtbot: QtBot, window: ChatWindow, text: str) -> None:
    """Click the middle of the link inside the last AI bubble."""
    row = window.model.append(BubbleKind.AI, text)
    view = window.message_list
    qtbot.waitUntil(lambda: view.visualRect(window.model.index(row)).isValid(), timeout=3000)
    view.scrollToBottom()
    rect = view.visualRect(window.model.index(row))
    index = window.model.index(row)
    for x in range(rect.left(), rect.right(), 4):
        for y in range(rect.top(), rect.bottom(), 4):
            from PySide6.QtCore import QPoint

            if window.delegate.link_at(index, QPoint(x, y)):
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                return
    raise AssertionError("no link found in the bubble")


def test_links_do_not_open_for_young_children(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For the youngest bands a link in a reply only explains that links don't open here."""
    from app.age_bands import AgeBand
    from app.chat.backends import DemoBackend
    from app.chat.conversation import Conversation

    window = ChatWindow(Conversation(DemoBackend(delay=0), "x"), band=AgeBand.AGES_5_7)
    qtbot.addWidget(window)
    window.resize(720, 700)
    window.show()
    qtbot.waitExposed(window)
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    _click_link(qtbot, window, "See [the museum](https://example.com/owls) for more.")
    assert opened == []
    assert window.model.bubbles()[-1].text == words("chat.links_closed")


def test_links_ask_first_for_older_children(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 14-year-old is asked before a web page opens; saying no opens nothing."""
    from PySide6.QtWidgets import QMessageBox

    from app.age_bands import AgeBand
    from app.chat.backends import DemoBackend
    from app.chat.conversation import Conversation

    window = ChatWindow(Conversation(DemoBackend(delay=0), "x"), band=AgeBand.AGES_13_15)
    qtbot.addWidget(window)
    window.resize(720, 700)
    window.show()
    qtbot.waitExposed(window)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    _click_link(qtbot, window, "Read [more](https://example.com/space).")
    assert len(asked) == 1
    assert "https://example.com/space" in asked[0]


def test_a_one_megabyte_paste_is_refused_kindly_and_nothing_freezes(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """Pasting 1 MB (one unbroken line) is refused at once with kind words; nothing is sent and
    what the child had typed stays."""
    import time

    from PySide6.QtGui import QGuiApplication

    qtbot.keyClicks(claude_window.message_box, "hello ")
    QGuiApplication.clipboard().setText("x" * 1_000_000)
    started = time.monotonic()
    claude_window.message_box.paste()
    assert time.monotonic() - started < 1.0
    assert claude_window.message_box.toPlainText() == "hello "
    assert claude_window.model.bubbles()[-1].text == words("chat.paste_too_long")
    assert fake_api.requests == []


def test_a_long_message_is_refused_before_anything_is_sent(
    qtbot: QtBot, claude_window: ChatWindow, fake_api: FakeAnthropic
) -> None:
    """Over 4,000 characters typed: the child is asked to shorten it; the text stays."""
    text = "owls " * 1000
    claude_window.message_box.setPlainText(text)
    qtbot.keyClick(claude_window.message_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not claude_window.is_replying, timeout=5000)
    assert claude_window.model.bubbles()[-1].text == words("chat.too_long")
    assert claude_window.message_box.toPlainText() == text
    assert fake_api.requests == []


def test_biggest_text_keeps_the_window_on_the_screen(qtbot: QtBot, demo_window: ChatWindow):
    """At the largest text size the window still fits the screen, so Send stays reachable;
    Ctrl+Shift+= (how many people type Ctrl+plus) zooms too."""
    start = demo_window.point_size
    qtbot.keyClick(
        demo_window.message_box,
        Qt.Key.Key_Equal,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert demo_window.point_size > start
    for _ in range(10):
        demo_window.zoom_in()
    screen = demo_window.screen().availableGeometry()
    assert demo_window.minimumWidth() <= screen.width()
    assert demo_window.minimumHeight() <= screen.height()


def test_the_opening_chat_window_shows_the_banner_and_takes_typing_at_once(
    qtbot: QtBot, data_dir
) -> None:
    """Before Hoot knows whose chat it is, the banner is up and the child can type; Enter
    waits, and the words go as soon as the chat is there (nothing lost)."""
    from app.chat.backends import DemoBackend
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession

    window = ChatWindow.opening()
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert words("chat.opening") in bubbles(window, BubbleKind.NOTICE)
    assert not window.learn_button.isEnabled()
    assert not window.is_ready
    qtbot.keyClicks(window.message_box, "hi Hoot")
    assert not window.send_button.isEnabled()
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    assert window.message_box.toPlainText() == "hi Hoot"  # kept, not lost

    with qtbot.waitSignal(window.ready, timeout=5000):
        window.bind(session=ChatSession(DemoBackend(delay=0.001), ChildContext()))
    qtbot.waitUntil(lambda: bubbles(window, BubbleKind.CHILD) == ["hi Hoot"], timeout=5000)
    wait_idle(qtbot, window)
    assert window.learn_button.isEnabled()
    assert words("chat.opening") not in bubbles(window, BubbleKind.NOTICE)
    assert window.demo_badge.isVisibleTo(window)


@pytest.mark.parametrize("opening", [False, True])
def test_the_text_box_shows_a_whole_line_and_the_owl_matches_the_title(
    qtbot: QtBot, opening: bool
) -> None:
    """Sizes follow the style sheet's fonts, including in the window painted at launch."""
    from app.chat.backends import DemoBackend
    from app.chat.conversation import Conversation

    window = ChatWindow.opening() if opening else ChatWindow(Conversation(DemoBackend(), "Hi"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    box = window.message_box
    assert box.viewport().height() >= box.fontMetrics().lineSpacing()
    assert not box.verticalScrollBar().isVisible()
    owl = window.owl.pixmap()
    assert owl.height() >= window.title.fontMetrics().height()


def test_nothing_jumps_when_the_opening_window_gets_its_chat(qtbot: QtBot) -> None:
    """The banner stays where the child first saw it once the header's buttons appear."""
    from app.chat.backends import DemoBackend
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession

    window = ChatWindow.opening()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = window.banner.mapTo(window, window.banner.rect().topLeft())
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.bind(session=ChatSession(DemoBackend(), ChildContext()), show_grown_ups=True)
    qtbot.waitUntil(window.grown_ups_button.isVisible, timeout=2000)
    QApplication.processEvents()  # let the layout settle; no timing involved
    assert window.banner.mapTo(window, window.banner.rect().topLeft()) == before


def test_enter_pressed_while_opening_is_sent_after_binding_not_during_it(qtbot: QtBot) -> None:
    """Whoever binds the window connects its signals first; only then does the message go."""
    from app.chat.backends import DemoBackend
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession

    window = ChatWindow.opening()
    qtbot.addWidget(window)
    window.show()
    window.message_box.setPlainText("hello")
    qtbot.keyClick(window.message_box, Qt.Key.Key_Return)
    window.bind(session=ChatSession(DemoBackend(delay=0.001), ChildContext()))
    seen: list[bool] = []
    window.ready.connect(lambda: seen.append(True))  # connected after bind: still in time
    qtbot.waitUntil(lambda: bubbles(window, BubbleKind.CHILD) == ["hello"], timeout=5000)
    assert seen == [True]
    wait_idle(qtbot, window)
