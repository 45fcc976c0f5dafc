"""Renders Hoot's screens with sample content and saves them to docs/ (run under Xvfb).

make screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HOOT_DATA_DIR", tempfile.mkdtemp(prefix="hoot-shots-"))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
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


def save(widget: QWidget, name: str) -> None:
    settle()
    path = DOCS / name
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT)}")


def chat_window() -> None:
    window = ChatWindow(Conversation(DemoBackend(delay=0), "demo"))
    window.resize(720, 760)
    window.show()
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


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    app = create_application()
    chat_window()
    learn_screens()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
