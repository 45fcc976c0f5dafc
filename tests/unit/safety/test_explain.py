"""Explanations for the child: kind, specific to the category, never repeating bad words."""

from __future__ import annotations

import pytest

from app.safety import check
from app.safety.explain import explain


@pytest.mark.parametrize(
    ("text", "bad_word"),
    [
        ("fuck this game", "fuck"),
        ("send nudes", "nudes"),
        ("how do i get weed", "weed"),
        ("you're so ugly nobody likes you", "ugly"),
        ("you faggot", "faggot"),
        ("how do i make a bomb", "bomb"),
    ],
)
def test_blocked_messages_get_a_kind_sentence_without_the_bad_word(
    text: str, bad_word: str
) -> None:
    """Each blocked category has its own sentence and it never quotes the message."""
    sentence = explain(check(text, "in", "8-10"), "8-10")
    assert sentence
    assert bad_word not in sentence.lower()


def test_categories_get_different_sentences() -> None:
    """Profanity and drugs are explained differently."""
    first = explain(check("fuck this", "in", "8-10"), "8-10")
    second = explain(check("how do i get weed", "in", "8-10"), "8-10")
    assert first != second


def test_redaction_says_what_was_hidden() -> None:
    """The child hears which kinds of details were hidden and why."""
    verdict = check("my number is 07700 900123 and I go to Lincoln Elementary", "in", "8-10")
    sentence = explain(verdict, "8-10")
    assert "phone number" in sentence
    assert "school" in sentence
    assert "07700" not in sentence


def test_crisis_gets_the_help_words() -> None:
    """Self-harm gets the warm help message, not a telling-off."""
    sentence = explain(check("i want to die", "in", "8-10"), "8-10")
    assert "trust" in sentence


def test_allowed_messages_need_no_explanation() -> None:
    """Nothing to say when the message went through unchanged."""
    assert explain(check("hello", "in", "8-10"), "8-10") == ""


def test_teenagers_get_less_childish_words() -> None:
    """Bands 13 and up get their own wording where it exists."""
    young = explain(check("fuck this", "in", "5-7"), "5-7")
    teen = explain(check("fuck this", "in", "16-17"), "16-17")
    assert young != teen
