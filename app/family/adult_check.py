"""The adult check before set-up: a randomised task an adult does at once and a young child
cannot (the app stores' "parental gate"). It keeps small children out of the parent's steps;
it is not proof of identity or age, and the documents say so.
"""

from __future__ import annotations

import dataclasses
import random
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from app.text import words


class TaskKind(StrEnum):
    #: "What is 47 × 3?"
    MULTIPLY = "multiply"
    #: "Type four thousand and twenty-six in digits."
    NUMBER_IN_WORDS = "number_in_words"


@dataclass(frozen=True)
class AdultCheck:
    """One task: `prompt` to show; `is_answer` to check what was typed."""

    prompt: str
    kind: TaskKind
    _answer: int = dataclasses.field(repr=False)

    def is_answer(self, text: str) -> bool:
        """True for the right number, written with or without spaces, commas or dots between
        thousands ("4026", "4,026", "4 026", "4.026")."""
        value = _number_typed(text)
        return value is not None and value == self._answer


_GROUPING = str.maketrans("", "", " ,'_\u00a0\u2009\u202f")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def _number_typed(text: str) -> int | None:
    cleaned = text.strip().translate(_GROUPING)
    if _DOTTED_THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    if not cleaned or not cleaned.isdecimal() or len(cleaned) > 9:
        return None
    return int(cleaned)


def new_adult_check(
    rng: random.Random | None = None, *, previous: AdultCheck | None = None
) -> AdultCheck:
    """A new task, never of the same kind as `previous` (so never the same task twice in a row:
    a child who watched once cannot simply repeat the answer)."""
    source = rng if rng is not None else secrets.SystemRandom()
    kinds = [kind for kind in TaskKind if previous is None or kind is not previous.kind]
    kind = source.choice(kinds)
    if kind is TaskKind.MULTIPLY:
        return _multiplication(source)
    return _number_in_words(source)


def _multiplication(source: random.Random) -> AdultCheck:
    # Two digits times one digit, no round tens: quick for an adult, out of reach below ~8.
    left = source.choice([n for n in range(13, 50) if n % 10])
    right = source.randint(3, 9)
    prompt = words("family.adult_check.multiply", left=left, right=right)
    return AdultCheck(prompt, TaskKind.MULTIPLY, left * right)


def _number_in_words(source: random.Random) -> AdultCheck:
    number = source.choice([n for n in range(1001, 10000) if n % 1000])
    prompt = words("family.adult_check.number_in_words", number=number_words(number))
    return AdultCheck(prompt, TaskKind.NUMBER_IN_WORDS, number)


def number_words(number: int) -> str:
    """1 to 9999 in words: 4026 -> "four thousand and twenty-six"."""
    if not 1 <= number <= 9999:
        raise ValueError("only 1 to 9999")
    thousands, rest = divmod(number, 1000)
    hundreds, below_hundred = divmod(rest, 100)
    parts: list[str] = []
    if thousands:
        parts.append(words("family.adult_check.thousand", count=_below_hundred(thousands)))
    if hundreds:
        parts.append(words("family.adult_check.hundred", count=_below_hundred(hundreds)))
    if below_hundred:
        if parts:
            parts.append(words("family.adult_check.and"))
        parts.append(_below_hundred(below_hundred))
    return " ".join(parts)


def _below_hundred(number: int) -> str:
    if number < 20:
        return words(f"family.adult_check.numbers.{number}")
    tens, ones = divmod(number, 10)
    tens_word = words(f"family.adult_check.numbers.{tens * 10}")
    if not ones:
        return tens_word
    return f"{tens_word}-{words(f'family.adult_check.numbers.{ones}')}"
