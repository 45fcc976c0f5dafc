"""The adult check: random tasks, never the same twice in a row, forgiving about how a number
is written."""

from __future__ import annotations

import random

import pytest

from app.family.adult_check import AdultCheck, TaskKind, new_adult_check, number_words


def _answer(check: AdultCheck) -> int:
    return next(value for value in range(1, 10_000) if check.is_answer(str(value)))


def test_tasks_vary_and_both_kinds_appear() -> None:
    """Fifty tasks from the secure random source: many different prompts, both kinds."""
    checks = [new_adult_check() for _ in range(50)]
    assert len({check.prompt for check in checks}) > 25
    assert {check.kind for check in checks} == set(TaskKind)


def test_never_the_same_task_twice_in_a_row() -> None:
    rng = random.Random(7)
    previous = new_adult_check(rng)
    for _ in range(200):
        current = new_adult_check(rng, previous=previous)
        assert current.prompt != previous.prompt
        assert current.kind is not previous.kind
        previous = current


def test_multiplication_answer_is_the_product() -> None:
    rng = random.Random(3)
    check = new_adult_check(rng)
    while check.kind is not TaskKind.MULTIPLY:
        check = new_adult_check(rng, previous=check)
    left, right = (int(part) for part in check.prompt.rstrip("?").split()[-3::2])
    assert check.is_answer(str(left * right))
    assert not check.is_answer(str(left * right + 1))
    assert not check.is_answer(str(left + right))


@pytest.mark.parametrize("typed", ["4026", " 4026 ", "4,026", "4 026", "4.026", "４０２６"])
def test_number_answers_may_be_written_with_grouping(typed: str) -> None:
    """Spaces, commas or dots between thousands, and other keyboards' digits, all count."""
    check = AdultCheck(
        "Type the number four thousand and twenty-six in digits.", TaskKind.NUMBER_IN_WORDS, 4026
    )
    assert check.is_answer(typed)


@pytest.mark.parametrize("typed", ["", "four thousand", "40.26", "4026.5", "-4026", "40 26 1"])
def test_other_answers_are_wrong(typed: str) -> None:
    check = AdultCheck("x", TaskKind.NUMBER_IN_WORDS, 4026)
    assert not check.is_answer(typed)


def test_the_answer_is_not_shown_in_the_repr() -> None:
    """A debug print or log line of the task does not give the answer away."""
    check = AdultCheck("What is 47 × 3?", TaskKind.MULTIPLY, 141)
    assert "141" not in repr(check)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (4026, "four thousand and twenty-six"),
        (9999, "nine thousand nine hundred and ninety-nine"),
        (1100, "one thousand one hundred"),
        (7013, "seven thousand and thirteen"),
        (2340, "two thousand three hundred and forty"),
    ],
)
def test_numbers_in_words(number: int, text: str) -> None:
    assert number_words(number) == text


def test_number_in_words_task_matches_its_prompt() -> None:
    rng = random.Random(11)
    check = new_adult_check(rng)
    while check.kind is not TaskKind.NUMBER_IN_WORDS:
        check = new_adult_check(rng, previous=check)
    answer = _answer(check)
    assert number_words(answer) in check.prompt
