"""The "Learn about AI" lessons and quizzes per age band, and the first-run tour for a new child."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from app.age_bands import AgeBand
from app.guidance.crisis import crisis_card, normalise_region
from app.paths import resource
from app.text import words

#: The lessons every band has, in the order they are shown.
CORE_LESSON_IDS: tuple[str, ...] = (
    "what-is-ai",
    "ai-can-be-wrong",
    "keep-private",
    "be-kind",
    "get-a-grown-up",
    "homework-honestly",
)
#: Markers in lesson paragraphs, replaced by the region's help (the same facts as the crisis card).
_HELP_LINE = "{help_line}"
_EMERGENCY = "{emergency}"
_MIN_QUESTIONS, _MAX_QUESTIONS = 2, 3


@dataclass(frozen=True)
class QuizQuestion:
    """One multiple-choice question; `explanation` is shown after any answer, right or wrong."""

    question: str
    choices: tuple[str, ...]
    correct: int
    explanation: str


@dataclass(frozen=True)
class Lesson:
    """A short lesson: title, a few paragraphs, a picture, and a two- or three-question quiz."""

    id: str
    band: AgeBand
    title: str
    body: tuple[str, ...]
    picture: Path
    quiz: tuple[QuizQuestion, ...]


@dataclass(frozen=True)
class AnswerFeedback:
    """What the child sees after answering one question."""

    question: QuizQuestion
    chosen: int
    is_correct: bool

    @property
    def heading(self) -> str:
        """ "Yes, that's right!" or "Not quite." """
        return words("guidance.quiz.right" if self.is_correct else "guidance.quiz.not_quite")

    @property
    def explanation(self) -> str:
        return self.question.explanation


@dataclass(frozen=True)
class QuizResult:
    """The score of one quiz, with per-question feedback in question order."""

    correct: int
    total: int
    feedback: tuple[AnswerFeedback, ...]

    @property
    def all_correct(self) -> bool:
        return self.correct == self.total

    def summary(self) -> str:
        """ "You got 2 out of 3. Well done! ..." worded kindly for any score."""
        score = words("guidance.quiz.score", correct=self.correct, total=self.total)
        if self.all_correct:
            cheer = words("guidance.quiz.all_right")
        elif self.correct:
            cheer = words("guidance.quiz.some_right")
        else:
            cheer = words("guidance.quiz.none_right")
        return f"{score} {cheer}"


class TourTarget(StrEnum):
    """The part of the chat screen a tour step points at."""

    BANNER = "banner"
    MESSAGE_BOX = "message_box"
    LEARN_BUTTON = "learn_button"


@dataclass(frozen=True)
class TourStep:
    """One step of the first-run tour; `target` is None for a step that points at nothing."""

    id: str
    title: str
    body: str
    target: TourTarget | None


def lessons_for(band: AgeBand, region: str | None = None) -> tuple[Lesson, ...]:
    """The lessons for `band`, with the region's help line in the "get a grown-up" lesson.

    An unknown or missing region shows the international help (directories, local emergency).
    """
    return _lessons(band, normalise_region(region))


def lesson_by_id(band: AgeBand, lesson_id: str, region: str | None = None) -> Lesson:
    """One lesson of `band` by id (a tip links to it); KeyError when there is no such lesson."""
    for candidate in lessons_for(band, region):
        if candidate.id == lesson_id:
            return candidate
    raise KeyError(lesson_id)


def score_quiz(lesson: Lesson, answers: Sequence[int]) -> QuizResult:
    """Score one answer (a choice index) per question, in order.

    ValueError when the number of answers differs from the number of questions or an index
    points at no choice: the screen must not offer an answer the quiz does not have.
    """
    if len(answers) != len(lesson.quiz):
        raise ValueError(f"{lesson.id}: {len(answers)} answers for {len(lesson.quiz)} questions")
    feedback: list[AnswerFeedback] = []
    for number, (question, chosen) in enumerate(zip(lesson.quiz, answers, strict=True), 1):
        if not 0 <= chosen < len(question.choices):
            raise ValueError(f"{lesson.id}: question {number} has no choice {chosen}")
        feedback.append(AnswerFeedback(question, chosen, chosen == question.correct))
    correct = sum(1 for item in feedback if item.is_correct)
    return QuizResult(correct=correct, total=len(feedback), feedback=tuple(feedback))


def tour_steps(band: AgeBand) -> tuple[TourStep, ...]:
    """The first-run tour for a new child in `band`: Hoot is an AI, the banner, privacy, help."""
    return tuple(
        TourStep(
            id=str(raw["id"]),
            title=str(raw["title"]),
            body=str(raw["body"]),
            target=TourTarget(raw["target"]) if raw.get("target") else None,
        )
        for raw in _band_file(band)["tour"]
    )


@cache
def _lessons(band: AgeBand, region: str | None) -> tuple[Lesson, ...]:
    card = crisis_card(region, band)
    fills = {_HELP_LINE: card.lesson_paragraph(), _EMERGENCY: card.emergency_sentence()}
    return tuple(_lesson(band, raw, fills) for raw in _band_file(band)["lesson"])


def _lesson(band: AgeBand, raw: dict[str, Any], fills: dict[str, str]) -> Lesson:
    lesson_id = str(raw["id"])
    body = []
    for paragraph in raw["body"]:
        filled = str(paragraph)
        for marker, text in fills.items():
            filled = filled.replace(marker, text)
        body.append(filled)
    quiz = tuple(
        QuizQuestion(
            question=str(item["question"]),
            choices=tuple(str(choice) for choice in item["choices"]),
            correct=int(item["correct"]),
            explanation=str(item["explanation"]),
        )
        for item in raw["quiz"]
    )
    if not _MIN_QUESTIONS <= len(quiz) <= _MAX_QUESTIONS:
        raise ValueError(f"{band}/{lesson_id}: a quiz has 2 or 3 questions, not {len(quiz)}")
    for question in quiz:
        if not 0 <= question.correct < len(question.choices):
            raise ValueError(f"{band}/{lesson_id}: answer index out of range in {question}")
    return Lesson(
        id=lesson_id,
        band=band,
        title=str(raw["title"]),
        body=tuple(body),
        picture=resource("lessons", "pictures", str(raw["picture"])),
        quiz=quiz,
    )


@cache
def _band_file(band: AgeBand) -> dict[str, Any]:
    path = resource("lessons", f"{band.value}.toml")
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    if data.get("band") != band.value:
        raise ValueError(f"{path.name} says band {data.get('band')!r}, expected {band.value!r}")
    return data
