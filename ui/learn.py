"""'Learn about AI': short lessons with a picture and a little quiz, for the child's age band."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.age_bands import AgeBand
from app.guidance.lessons import Lesson, QuizResult, lessons_for, score_quiz
from app.text import words

PICTURE_SIZE = 160


def _label(text: str, *, bold: bool = False, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class LessonCard(QPushButton):
    """A big button with the lesson's picture and its title, wrapped over several lines."""

    def __init__(self, lesson: Lesson) -> None:
        super().__init__()
        self.setObjectName("LessonCard")
        self.setAccessibleName(lesson.title)
        self.setMinimumHeight(104)
        self.setIcon(QIcon(str(lesson.picture)))  # kept for tests and screen readers' role
        self.setIconSize(QSize(0, 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        picture = QLabel()
        picture.setPixmap(QIcon(str(lesson.picture)).pixmap(76, 76))
        picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(picture)
        self.lesson = lesson
        self.title = _label(lesson.title, bold=True)
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.title, 1)

    def set_done(self, done: bool) -> None:
        """Say in words (not just a mark) that the child finished this lesson's quiz."""
        suffix = f"\n{words('guidance.learn.done')}" if done else ""
        self.title.setText(self.lesson.title + suffix)
        self.setAccessibleName(
            self.lesson.title + (f", {words('guidance.learn.done')}" if done else "")
        )


class LearnDialog(QDialog):
    """Lesson list -> one lesson -> its quiz -> the score, all in one window.

    Signals: lesson_opened(lesson_id); lesson_finished(lesson_id, correct, total) when a quiz
    is completed.
    """

    lesson_opened = Signal(str)
    lesson_finished = Signal(str, int, int)

    def __init__(
        self,
        band: AgeBand,
        region: str | None = None,
        parent: QWidget | None = None,
        *,
        done: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(words("guidance.learn.title"))
        self.setObjectName("LearnDialog")
        self.setMinimumSize(560, 560)
        self.lessons = lessons_for(band, region)
        self.finished_lessons = set(done)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.pages)
        self.list_page = self._build_list()
        self.pages.addWidget(self.list_page)
        self.lesson: Lesson | None = None
        self.answers: list[int] = []
        self.quiz_result: QuizResult | None = None

    # ----- the list of lessons ------------------------------------------------------------
    def _build_list(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(_label(words("guidance.learn.title"), object_name="AppTitle"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.lesson_buttons: list[LessonCard] = []
        for index, lesson in enumerate(self.lessons):
            button = LessonCard(lesson)
            button.clicked.connect(lambda _checked=False, chosen=lesson: self.open_lesson(chosen))
            grid.addWidget(button, index // 2, index % 2)
            self.lesson_buttons.append(button)
        outer.addLayout(grid)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(words("guidance.learn.close"))
        self.close_button.setObjectName("SecondaryButton")
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        for card in self.lesson_buttons:
            card.set_done(card.lesson.id in self.finished_lessons)
        return page

    # ----- one lesson ---------------------------------------------------------------------
    def open_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.lesson_opened.emit(lesson.id)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(_label(lesson.title, object_name="AppTitle"))
        picture = QLabel()
        picture.setPixmap(QIcon(str(lesson.picture)).pixmap(PICTURE_SIZE, PICTURE_SIZE))
        picture.setAccessibleName(words("guidance.learn.picture_accessible", title=lesson.title))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(picture)
        text = QWidget()
        text_layout = QVBoxLayout(text)
        for paragraph in lesson.body:
            text_layout.addWidget(_label(paragraph))
        text_layout.addStretch(1)
        text.setObjectName("LessonText")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        back = QPushButton(words("guidance.learn.back"))
        back.setObjectName("SecondaryButton")
        back.clicked.connect(self.show_list)
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.quiz_button = QPushButton(words("guidance.learn.take_quiz"))
        self.quiz_button.clicked.connect(self.start_quiz)
        buttons.addWidget(self.quiz_button)
        outer.addLayout(buttons)
        self._show(page)
        self.quiz_button.setFocus()

    def show_list(self) -> None:
        self._show(self.list_page)

    def _show(self, page: QWidget) -> None:
        current = self.pages.currentWidget()
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if current is not None and current is not self.list_page and current is not page:
            self.pages.removeWidget(current)
            current.deleteLater()

    # ----- the quiz -----------------------------------------------------------------------
    def start_quiz(self) -> None:
        self.answers = []
        self.quiz_result = None
        self._show_question(0)

    def _show_question(self, number: int) -> None:
        assert self.lesson is not None
        question = self.lesson.quiz[number]
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(_label(self.lesson.title, object_name="Muted"))
        step = f"{number + 1} / {len(self.lesson.quiz)}"
        outer.addWidget(_label(f"{step}   {question.question}", bold=True))
        self.choice_group = QButtonGroup(page)
        self.choice_buttons: list[QRadioButton] = []
        for index, choice in enumerate(question.choices):
            radio = QRadioButton(choice)
            radio.setAccessibleName(choice)
            self.choice_group.addButton(radio, index)
            self.choice_buttons.append(radio)
            outer.addWidget(radio)
        self.feedback = _label("")
        self.feedback.setObjectName("QuizFeedback")
        self.feedback.hide()
        outer.addWidget(self.feedback)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.check_button = QPushButton(words("guidance.quiz.check"))
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self._check(number))
        self.choice_group.idClicked.connect(lambda _id: self.check_button.setEnabled(True))
        row.addWidget(self.check_button)
        outer.addLayout(row)
        self._show(page)
        self.choice_buttons[0].setFocus()

    def _check(self, number: int) -> None:
        assert self.lesson is not None
        question = self.lesson.quiz[number]
        chosen = self.choice_group.checkedId()
        self.answers.append(chosen)
        for radio in self.choice_buttons:
            radio.setEnabled(False)
        verdict = words(
            "guidance.quiz.right" if chosen == question.correct else "guidance.quiz.not_quite"
        )
        self.feedback.setText(f"{verdict} {question.explanation}")
        self.feedback.show()
        last = number + 1 == len(self.lesson.quiz)
        self.check_button.setText(words("guidance.quiz.done" if last else "guidance.quiz.next"))
        self.check_button.clicked.disconnect()
        if last:
            self.check_button.clicked.connect(self._finish)
        else:
            self.check_button.clicked.connect(lambda: self._show_question(number + 1))
        self.check_button.setFocus()

    def _finish(self) -> None:
        assert self.lesson is not None
        result = score_quiz(self.lesson, self.answers)
        self.quiz_result = result
        self.finished_lessons.add(self.lesson.id)
        for card in self.lesson_buttons:
            card.set_done(card.lesson.id in self.finished_lessons)
        self.lesson_finished.emit(self.lesson.id, result.correct, result.total)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addWidget(_label(self.lesson.title, object_name="AppTitle"))
        outer.addWidget(
            _label(
                words("guidance.quiz.score", correct=result.correct, total=result.total), bold=True
            )
        )
        if result.correct == result.total:
            summary = words("guidance.quiz.all_right")
        elif result.correct:
            summary = words("guidance.quiz.some_right")
        else:
            summary = words("guidance.quiz.none_right")
        self.summary = _label(summary)
        outer.addWidget(self.summary)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        back = QPushButton(words("guidance.learn.back"))
        back.clicked.connect(self.show_list)
        row.addWidget(back)
        outer.addLayout(row)
        self._show(page)
        back.setFocus()
