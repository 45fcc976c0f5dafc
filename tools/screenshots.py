"""Renders Hoot's screens with sample content and saves them to docs/ (run under Xvfb).

make screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HOOT_DATA_DIR", tempfile.mkdtemp(prefix="hoot-shots-"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.age_bands import AgeBand  # noqa: E402
from app.chat.backends import DemoBackend  # noqa: E402
from app.chat.conversation import Conversation  # noqa: E402
from ui.chat.model import BubbleKind  # noqa: E402
from ui.chat.window import ChatWindow  # noqa: E402
from ui.learn import LearnDialog  # noqa: E402
from ui.main import create_application  # noqa: E402

DOCS = ROOT / "docs"


def settle(milliseconds: int = 300) -> None:
    """Let Qt lay out and paint before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], seconds: float = 20) -> None:
    """Let background work finish; fail loudly instead of hanging."""
    for _ in range(int(seconds * 10)):
        if condition():
            return
        settle(100)
    raise SystemExit("a screen did not get ready in time")


def save(widget: QWidget, name: str) -> None:
    settle()
    path = DOCS / name
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT)}")


def chat_window() -> None:
    from app.age_bands import AgeBand
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession
    from app.store import Store

    store = Store.open(Path(tempfile.mkdtemp(prefix="hoot-shots-chat-")))
    sam = store.profiles.add("Sam", "fox", 2016, 5)
    store.profiles.add("Mia", "penguin", 2019, 2)
    session = ChatSession(DemoBackend(delay=0), ChildContext(sam.id, AgeBand.AGES_8_10), store)
    window = ChatWindow(session=session, child_name="Sam", can_switch=True, show_grown_ups=True)
    window.resize(760, 780)
    window.show()
    settle()
    model = window.model
    model.append(BubbleKind.CHILD, "Why do owls hoot at night?")
    model.append(
        BubbleKind.AI,
        "Great question! Owls hoot at night because that is when they are **awake**.\n\n"
        "- A hoot says *this is my home*.\n- It helps owl friends find each other.\n\n"
        "What other night animals do you know?",
    )
    model.append(BubbleKind.CHILD, "bats! and foxes")
    save(window, "chat-window.png")
    window.close()
    store.close()


def opening_window() -> None:
    """The chat window as Hoot paints it at launch, before the store is open."""
    window = ChatWindow.opening()
    window.resize(760, 780)
    window.show()
    window.message_box.setPlainText("hi Hoot")
    save(window, "chat-window-opening.png")
    window.close()


def crisis_and_tour() -> None:
    from app.age_bands import AgeBand
    from app.guidance.crisis import crisis_card
    from app.text import words
    from ui.chat.crisis import crisis_markdown

    window = ChatWindow(Conversation(DemoBackend(delay=0), "demo"), band=AgeBand.AGES_8_10)
    window.resize(720, 760)
    window.show()
    window.model.append(BubbleKind.CHILD, "i feel like nobody would miss me")
    card = crisis_card("GB", AgeBand.AGES_8_10)
    window.model.append(
        BubbleKind.CRISIS,
        crisis_markdown(words("safety.crisis.self_harm"), card),
    )
    save(window, "crisis-card.png")
    tour = window.start_tour()
    tour.next()
    frame = window.frameGeometry()
    tour.move(frame.left() + 140, frame.top() + 380)
    settle()
    shot = QGuiApplication.primaryScreen().grabWindow(
        0, frame.left(), frame.top(), frame.width(), frame.height()
    )
    shot.save(str(DOCS / "tour-banner.png"))
    print("saved docs/tour-banner.png")
    tour.finish()
    window.close()


def learn_screens() -> None:
    dialog = LearnDialog(AgeBand.AGES_5_7, region="GB")
    dialog.resize(640, 640)
    dialog.show()
    save(dialog, "learn-lessons.png")
    dialog.open_lesson(dialog.lessons[0])
    save(dialog, "learn-lesson.png")
    dialog.start_quiz()
    dialog.choice_buttons[1].click()
    dialog.check_button.click()
    save(dialog, "learn-quiz.png")
    dialog.close()


def setup_screens() -> None:
    import functools
    import random

    from app.family.first_run import complete_setup
    from app.family.kdf import KdfParams
    from app.store import Store
    from ui.setup.wizard import SetupWizard

    cheap = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
    store = Store.open(Path(tempfile.mkdtemp(prefix="hoot-shots-setup-")))
    wizard = SetupWizard(
        store, rng=random.Random(3), setup=functools.partial(complete_setup, params=cheap)
    )
    wizard.resize(680, 720)
    wizard.show()
    save(wizard, "setup-1-welcome.png")
    wizard.next()
    save(wizard, "setup-2-grown-up-check.png")
    check = wizard.check
    assert check is not None
    wizard.adult_field.setText(next(str(n) for n in range(100000) if check.is_answer(str(n))))
    wizard.next()
    for box in wizard.consent_boxes:
        box.setChecked(True)
    save(wizard, "setup-3-privacy-and-consent.png")
    wizard.next()
    wizard.pin_field.setText("583920")
    wizard.pin_confirm.setText("583920")
    save(wizard, "setup-4-pin.png")
    wizard.next()
    wait_for(lambda: wizard.current is wizard.recovery_page)
    save(wizard, "setup-5-recovery-code.png")
    wizard.recovery_written.setChecked(True)
    wizard.next()
    wizard.nickname_field.setText("Sam")
    wizard.avatar_buttons["fox"].setChecked(True)
    wizard.month_box.setCurrentIndex(5)
    wizard.year_box.setCurrentIndex(wizard.year_box.findData(2017))
    wizard.add_child()
    wait_for(lambda: bool(wizard.added_children))
    wizard.nickname_field.setText("Mia")
    wizard.region_box.setCurrentIndex(wizard.region_box.findData("GB"))
    save(wizard, "setup-6-children.png")
    wizard.nickname_field.clear()
    wizard.next()
    save(wizard, "setup-7-connect.png")
    wizard.demo_box.setChecked(True)
    wizard.next()
    save(wizard, "setup-8-done.png")
    wizard.close()
    store.close()


def picker_and_limits() -> None:
    from app.age_bands import AgeBand
    from app.family.launch import PickerEntry
    from app.monitor.time_limits import LimitState, LimitStatus
    from ui.limits import TimeUpWindow
    from ui.picker import PickerWindow

    entries = [
        PickerEntry(1, "Sam", "fox", AgeBand.AGES_8_10, False),
        PickerEntry(2, "Mia", "penguin", AgeBand.AGES_5_7, True),
        PickerEntry(3, "Leo", "bear", AgeBand.AGES_13_15, False),
    ]
    picker = PickerWindow(entries)
    picker.resize(720, 560)
    picker.show()
    save(picker, "picker.png")
    picker.close()
    status = LimitStatus(LimitState.TIME_UP, 60, 60, 0, None, 0)
    time_up = TimeUpWindow(status, can_switch=True)
    time_up.resize(640, 560)
    time_up.show()
    save(time_up, "time-up.png")
    time_up.close()


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    app = create_application()
    chat_window()
    opening_window()
    crisis_and_tour()
    learn_screens()
    setup_screens()
    picker_and_limits()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
