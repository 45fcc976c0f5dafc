"""Lessons about AI: every band has the six lessons, pictures, fair quizzes, and a tour."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.age_bands import AgeBand
from app.guidance.lessons import (
    CORE_LESSON_IDS,
    Lesson,
    QuizQuestion,
    TourTarget,
    lesson_by_id,
    lessons_for,
    score_quiz,
    tour_steps,
)
from app.guidance.readability import measure
from app.paths import resource

SVG = "{http://www.w3.org/2000/svg}svg"
BANDS = list(AgeBand)


def _all_words(lessons: tuple[Lesson, ...]) -> str:
    parts: list[str] = []
    for lesson in lessons:
        parts += [lesson.title, *lesson.body]
        for question in lesson.quiz:
            parts += [question.question, *question.choices, question.explanation]
    return "\n".join(parts)


@pytest.mark.parametrize("band", BANDS)
def test_every_band_has_the_six_core_lessons_in_order(band: AgeBand) -> None:
    """What an AI is, mistakes, privacy, kindness, getting help, honest homework."""
    lessons = lessons_for(band)
    assert len(lessons) >= 6
    assert tuple(lesson.id for lesson in lessons)[: len(CORE_LESSON_IDS)] == CORE_LESSON_IDS
    assert all(lesson.band is band for lesson in lessons)


@pytest.mark.parametrize("band", BANDS)
def test_each_lesson_has_a_short_body_and_a_fair_quiz(band: AgeBand) -> None:
    """Two or three questions, each with at least two distinct choices and a valid answer."""
    for lesson in lessons_for(band):
        assert lesson.title
        assert 2 <= len(lesson.body) <= 6, lesson.id
        assert 2 <= len(lesson.quiz) <= 3, lesson.id
        for question in lesson.quiz:
            assert len(question.choices) >= 2
            assert len(set(question.choices)) == len(question.choices)
            assert 0 <= question.correct < len(question.choices)
            assert question.explanation


@pytest.mark.parametrize("band", BANDS)
def test_quiz_answers_are_not_always_in_the_same_place(band: AgeBand) -> None:
    """A child cannot pass every quiz by always picking the first (or last) choice."""
    positions = {q.correct for lesson in lessons_for(band) for q in lesson.quiz}
    assert len(positions) >= 2


@pytest.mark.parametrize("band", BANDS)
def test_every_lesson_picture_exists_and_is_an_accessible_svg(band: AgeBand) -> None:
    """Each picture parses as SVG, has a viewBox to scale to 160 px, and a title for readers."""
    for lesson in lessons_for(band):
        assert lesson.picture.is_file(), lesson.picture
        root = ET.parse(lesson.picture).getroot()
        assert root.tag == SVG
        assert root.get("viewBox")
        assert root.find("{http://www.w3.org/2000/svg}title") is not None


def test_no_picture_loads_anything_from_outside() -> None:
    """Pictures draw everything themselves: no links to files or the network."""
    for path in resource("lessons", "pictures").glob("*.svg"):
        text = path.read_text(encoding="utf-8")
        assert "href" not in text, path.name
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in text


@pytest.mark.parametrize("region", ["GB", "US", "IE", "CA", "AU", "NZ"])
def test_get_help_lesson_shows_the_regions_line_and_emergency_number(region: str) -> None:
    """The help lesson names the same line and number as the crisis card for the region."""
    lesson = lesson_by_id(AgeBand.AGES_8_10, "get-a-grown-up", region)
    text = " ".join(lesson.body)
    assert "{" not in text
    assert {"GB": "0800 1111", "US": "988", "IE": "1800 66 66 66"}.get(region, "") in text
    emergency = {"GB": "999", "US": "911", "IE": "112", "CA": "911", "AU": "000", "NZ": "111"}
    assert f"In an emergency, call {emergency[region]}" in text


def test_get_help_lesson_without_a_region_points_to_the_directory() -> None:
    """With no known region the lesson shows where to find a line and the local number."""
    text = " ".join(lesson_by_id(AgeBand.AGES_5_7, "get-a-grown-up").body)
    assert "findahelpline.com" in text
    assert "local emergency number" in text


def test_no_lesson_text_keeps_a_placeholder() -> None:
    """Markers are filled in every band and region."""
    for band in BANDS:
        for region in (None, "GB", "NZ"):
            assert "{" not in _all_words(lessons_for(band, region))


def test_unknown_lesson_id_raises() -> None:
    """A tip linking to a lesson that does not exist fails loudly in tests."""
    with pytest.raises(KeyError):
        lesson_by_id(AgeBand.AGES_8_10, "no-such-lesson")


def test_all_right_answers_score_full_marks_with_kind_words() -> None:
    """Choosing every correct answer scores total out of total."""
    lesson = lessons_for(AgeBand.AGES_5_7)[0]
    result = score_quiz(lesson, [q.correct for q in lesson.quiz])
    assert (result.correct, result.total) == (len(lesson.quiz), len(lesson.quiz))
    assert result.all_correct
    assert result.summary().startswith(f"You got {result.total} out of {result.total}.")
    assert all(item.heading == "Yes, that's right!" for item in result.feedback)


def test_wrong_answers_get_the_explanation_and_a_gentle_summary() -> None:
    """Every wrong answer is marked, explained, and the summary never scolds."""
    lesson = lessons_for(AgeBand.AGES_8_10)[2]
    wrong = [(q.correct + 1) % len(q.choices) for q in lesson.quiz]
    result = score_quiz(lesson, wrong)
    assert result.correct == 0
    assert not result.all_correct
    for item, question in zip(result.feedback, lesson.quiz, strict=True):
        assert not item.is_correct
        assert item.heading == "Not quite."
        assert item.explanation == question.explanation
    assert "That's okay" in result.summary()


def test_a_mixed_score_counts_each_question() -> None:
    """One right and one wrong scores one."""
    question = QuizQuestion("Q?", ("a", "b"), 1, "Because b.")
    lesson = Lesson(
        "x", AgeBand.AGES_8_10, "X", ("Body.",), resource("x.svg"), (question, question)
    )
    result = score_quiz(lesson, [1, 0])
    assert (result.correct, result.total) == (1, 2)
    assert [item.is_correct for item in result.feedback] == [True, False]
    assert "Well done" in result.summary()


@pytest.mark.parametrize("answers", [[0], [0, 0, 0, 0], [0, 9, 0], [-1, 0, 0]])
def test_impossible_answers_are_refused(answers: list[int]) -> None:
    """Too few or too many answers, or a choice that does not exist, raise ValueError."""
    lesson = lessons_for(AgeBand.AGES_5_7)[0]
    assert len(lesson.quiz) == 3
    with pytest.raises(ValueError, match="what-is-ai"):
        score_quiz(lesson, answers)


@pytest.mark.parametrize("band", BANDS)
def test_tour_introduces_hoot_the_banner_privacy_help_and_learn(band: AgeBand) -> None:
    """The first-run tour says Hoot is an AI and points at the banner, box and Learn button."""
    steps = tour_steps(band)
    assert [step.id for step in steps] == ["hello", "banner", "private", "grown-up", "learn"]
    assert "AI" in steps[0].body
    assert "not a person" in steps[0].body
    targets = [step.target for step in steps]
    assert targets == [
        None,
        TourTarget.BANNER,
        TourTarget.MESSAGE_BOX,
        None,
        TourTarget.LEARN_BUTTON,
    ]
    assert "trust" in steps[3].body


def test_youngest_band_words_are_short_and_plain() -> None:
    """Lessons, quizzes and tour for 5-7 year olds use short sentences and few long words."""
    text = _all_words(lessons_for(AgeBand.AGES_5_7, "GB"))
    text += "\n" + "\n".join(f"{s.title}\n{s.body}" for s in tour_steps(AgeBand.AGES_5_7))
    figures = measure(text)
    assert figures.words_per_sentence <= 9.0
    assert figures.long_word_share <= 0.06


def test_eight_to_ten_words_stay_readable() -> None:
    """The 8-10 band may be a little fuller, but still short."""
    figures = measure(_all_words(lessons_for(AgeBand.AGES_8_10, "GB")))
    assert figures.words_per_sentence <= 13.0
    assert figures.long_word_share <= 0.08
