"""The readability measure: it must tell plain words for young children from dense prose."""

from __future__ import annotations

from app.guidance.readability import measure, syllables


def test_short_plain_sentences_measure_as_short() -> None:
    """Three short sentences average a few words each, with no long words."""
    figures = measure("Hoot is an AI. It is not a person! Ask a grown-up.")
    assert figures.sentences == 3
    assert figures.words == 12
    assert figures.words_per_sentence == 4.0
    assert figures.long_word_share == 0.0


def test_dense_prose_measures_as_long() -> None:
    """One long sentence of long words scores far above the young-reader limits."""
    figures = measure(
        "Organisations deploying conversational artificial intelligence systems must "
        "systematically evaluate probabilistic generalisation characteristics continuously."
    )
    assert figures.sentences == 1
    assert figures.words_per_sentence > 10
    assert figures.long_word_share > 0.5


def test_list_items_and_markup_are_not_counted_as_words() -> None:
    """Bullets, headings and placeholders do not inflate sentence length."""
    figures = measure("## Be kind\n- Use kind words\n- Tell a grown-up\n{{help_lines}} [school]")
    assert figures.sentences == 3
    assert figures.words == 8


def test_syllable_counts_are_roughly_right() -> None:
    """Common words get plausible counts; silent e is dropped."""
    assert syllables("cat") == 1
    assert syllables("make") == 1
    assert syllables("computer") == 3
    assert syllables("little") == 2
    assert syllables("information") >= 3


def test_empty_text_measures_as_zero() -> None:
    """No words, no division by zero."""
    figures = measure("")
    assert figures.words_per_sentence == 0.0
    assert figures.long_word_share == 0.0
