"""Normalised views: the spellings evaders use all come out as the plain word."""

from __future__ import annotations

import pytest

from app.safety.normalize import clean, deleet, normalize_term, views_of


def _all_views(text: str) -> str:
    views = views_of(text)
    return "|".join((*views.for_words, *views.masked))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("𝐛𝐨𝐥𝐝", "bold"),
        ("z\u200be\u200br\u200bo", "zero"),
        ("Сyrillic", "cyrillic"),
        ("naïve café", "naive cafe"),
        ("DON'T", "dont"),
    ],
)
def test_clean_maps_lookalikes_and_invisible_characters(text: str, expected: str) -> None:
    """Fullwidth, maths letters, zero-width characters, Cyrillic lookalikes and accents vanish."""
    assert clean(text) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("sh1t", "shit"),
        ("@sshole", "asshole"),
        ("b!tch", "bitch"),
        ("ph4t", "fat"),
        ("2024", "2024"),
    ],
)
def test_leetspeak_is_decoded_but_numbers_stay(token: str, expected: str) -> None:
    """Digits and symbols inside words become letters; a plain number is left alone."""
    assert deleet(token) == expected


@pytest.mark.parametrize(
    ("text", "expected_word"),
    [
        ("f u c k", " fuck "),
        ("s.e.x", " sex "),
        ("fuuuuck", " fuck "),
        ("killll", " kill "),
        ("u r", " you are "),
        ("i wanna go", " i want to go "),
    ],
)
def test_views_include_joined_squeezed_and_expanded_spellings(
    text: str, expected_word: str
) -> None:
    """Spaced letters are joined, repeated letters squeezed, and txt speak expanded."""
    assert expected_word in _all_views(text)


def test_masked_tokens_are_kept_for_the_word_lists() -> None:
    """A word hidden behind asterisks is passed on as a masked token."""
    assert views_of("what the f*ck").masked == ("f*ck",)


def test_terms_are_normalised_like_messages() -> None:
    """Word-list entries use the same canonical spelling as the views they are matched against."""
    assert normalize_term("Wanna Die") == "want to die"


def test_views_are_padded_with_spaces() -> None:
    """Every view starts and ends with a space, so boundaries are spaces."""
    views = views_of("Hello, World!")
    assert views.plain == " hello world "
    assert views.canon == " hello world "


@pytest.mark.parametrize(
    ("text", "expected"),
    [("he'll be here soon", " he will be here soon "), ("she’d like it", " she would like it ")],
)
def test_short_forms_are_spelled_out_before_apostrophes_go(text: str, expected: str) -> None:
    """ "he'll" must not become "hell", nor "she'd" become "shed"."""
    assert views_of(text).canon == expected


def test_one_slip_spellings_of_key_words_are_read_as_the_word() -> None:
    """Swapped or dropped letters in the words rules rely on ("wnat", "mysefl") are undone."""
    assert views_of("i wnat to kil mysefl").canon == " i want to kil myself "


def test_spellings_by_sound_are_read_as_the_word() -> None:
    """Young children's phonetic spellings ("cud", "wayk", "forevr") reach the rules."""
    assert views_of("i wish i cud sleep and never wayk up forevr").canon == (
        " i wish i could sleep and never wake up forever "
    )
