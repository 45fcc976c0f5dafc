"""'Learn about AI': a child opens lessons from the chat, reads one, and takes its quiz."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.age_bands import AgeBand
from app.chat.backends import DemoBackend
from app.text import words
from tests.ui.conftest import MakeWindow
from ui.chat.window import ChatWindow
from ui.learn import LearnDialog

pytestmark = pytest.mark.gui


def answer(qtbot: QtBot, dialog: LearnDialog, choice: int) -> None:
    dialog.choice_buttons[choice].click()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("band", list(AgeBand))
def test_every_band_offers_at_least_six_lessons(qtbot: QtBot, band: AgeBand) -> None:
    """Each age band gets its own list of six or more lessons, each a button with a picture."""
    dialog = LearnDialog(band)
    qtbot.addWidget(dialog)
    assert len(dialog.lesson_buttons) >= 6
    assert all(not button.icon().isNull() for button in dialog.lesson_buttons)


def test_all_right_answers_score_full_marks(qtbot: QtBot) -> None:
    """Answering every question right says so and reports the lesson as finished."""
    dialog = LearnDialog(AgeBand.AGES_5_7)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.lesson_buttons[0], Qt.MouseButton.LeftButton)
    lesson = dialog.lesson
    assert lesson is not None
    qtbot.mouseClick(dialog.quiz_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.lesson_finished) as finished:
        for question in lesson.quiz:
            answer(qtbot, dialog, question.correct)
            assert dialog.feedback.text().startswith(words("guidance.quiz.right"))
            qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert finished.args == [lesson.id, len(lesson.quiz), len(lesson.quiz)]
    assert dialog.summary.text() == words("guidance.quiz.all_right")


def test_a_wrong_answer_gets_a_kind_explanation(qtbot: QtBot) -> None:
    """A wrong choice says 'Not quite.' and explains, and the score counts it."""
    dialog = LearnDialog(AgeBand.AGES_8_10)
    qtbot.addWidget(dialog)
    dialog.open_lesson(dialog.lessons[1])
    lesson = dialog.lesson
    assert lesson is not None
    dialog.start_quiz()
    first = lesson.quiz[0]
    wrong = next(i for i in range(len(first.choices)) if i != first.correct)
    answer(qtbot, dialog, wrong)
    assert dialog.feedback.text() == f"{words('guidance.quiz.not_quite')} {first.explanation}"
    assert not any(button.isEnabled() for button in dialog.choice_buttons)
    with qtbot.waitSignal(dialog.lesson_finished) as finished:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        for question in lesson.quiz[1:]:
            answer(qtbot, dialog, question.correct)
            qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert finished.args[1] == len(lesson.quiz) - 1


def test_check_needs_a_choice_first(qtbot: QtBot) -> None:
    """'Check my answer' waits until the child picks something."""
    dialog = LearnDialog(AgeBand.AGES_11_12)
    qtbot.addWidget(dialog)
    dialog.open_lesson(dialog.lessons[0])
    dialog.start_quiz()
    assert not dialog.check_button.isEnabled()
    dialog.choice_buttons[0].click()
    assert dialog.check_button.isEnabled()


def test_learn_button_opens_lessons_for_the_childs_band(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """From the chat, Learn opens the lessons of the child's age band (and the banner stays)."""
    from app.chat.backends import DemoBackend
    from app.chat.conversation import Conversation

    window = ChatWindow(Conversation(DemoBackend(delay=0), "x"), band=AgeBand.AGES_13_15)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.learn_button, Qt.MouseButton.LeftButton)
    dialog = window.learn_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert all(lesson.band is AgeBand.AGES_13_15 for lesson in dialog.lessons)
    assert window.banner.isVisible()


def test_help_lesson_names_the_regions_help_line(qtbot: QtBot) -> None:
    """The 'get a grown-up' lesson shows the help line of the child's region."""
    dialog = LearnDialog(AgeBand.AGES_8_10, region="GB")
    qtbot.addWidget(dialog)
    text = " ".join(" ".join(lesson.body) for lesson in dialog.lessons)
    assert "Childline" in text
    assert "0800 1111" in text


def test_finished_lessons_are_recorded_for_the_weekly_report(qtbot: QtBot, store) -> None:
    """A quiz finished from the chat is saved as a completed lesson and shown as done."""
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession

    child = store.profiles.add("Sam", "fox", 2016, 5)
    session = ChatSession(DemoBackend(delay=0), ChildContext(child.id, AgeBand.AGES_8_10), store)
    window = ChatWindow(session=session)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_learning()
    first = dialog.lessons[0]
    dialog.open_lesson(first)
    dialog.start_quiz()
    for question in first.quiz:
        answer(qtbot, dialog, question.correct)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    def completed() -> list[str]:
        return [p.lesson_id for p in store.lessons.progress(child.id) if p.completed_at]

    qtbot.waitUntil(lambda: completed() == [first.id], timeout=5000)
    assert words("guidance.learn.done") in dialog.lesson_buttons[0].title.text()
    assert dialog.close_button.text() == words("guidance.learn.close")
