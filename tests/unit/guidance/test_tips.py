"""Just-in-time tips: every filter category has a kind tip that links to a real lesson."""

from __future__ import annotations

import pytest

from app.age_bands import AgeBand
from app.guidance.lessons import lesson_by_id
from app.guidance.tips import CATEGORY_ORDER, LESSON_FOR_CATEGORY, tip_for

#: The safety filter's category names, exactly (issue 3).
FILTER_CATEGORIES = {
    "profanity",
    "sexual",
    "violence",
    "self_harm",
    "hate",
    "bullying",
    "drugs",
    "grooming",
    "pii",
}


def test_tips_cover_exactly_the_filters_categories() -> None:
    """No category is missing a tip, and no tip is for a category the filter does not have."""
    assert set(CATEGORY_ORDER) == FILTER_CATEGORIES
    assert set(LESSON_FOR_CATEGORY) == FILTER_CATEGORIES


@pytest.mark.parametrize("category", sorted(FILTER_CATEGORIES))
def test_every_category_gets_a_tip_linking_to_a_lesson_in_every_band(category: str) -> None:
    """A blocked message in any category explains itself and opens a lesson that exists."""
    tip = tip_for([category], "block")
    assert tip is not None
    assert tip.category == category
    assert tip.text
    for band in AgeBand:
        assert lesson_by_id(band, tip.lesson_id).id == tip.lesson_id


def test_personal_information_tip_points_to_the_privacy_lesson_without_repeating() -> None:
    """The chat's notice already says what was hidden or not sent; the tip does not say it
    again (a reviewer found the repeat confusing) but invites the child to the privacy lesson."""
    for action in ("redact", "block"):
        tip = tip_for(["pii"], action)
        assert tip is not None
        assert tip.lesson_id == "keep-private"
        assert "hid" not in tip.text
        assert "not sent" not in tip.text
        assert tip.text.rstrip().endswith("?")


def test_most_serious_category_wins() -> None:
    """Self-harm outranks a rude word in the same message."""
    tip = tip_for(["profanity", "self_harm"], "block")
    assert tip is not None
    assert tip.category == "self_harm"
    assert tip.lesson_id == "get-a-grown-up"


def test_allowed_messages_and_unknown_categories_get_no_tip() -> None:
    """Nothing hidden, nothing to explain."""
    assert tip_for([], "block") is None
    assert tip_for(["pii"], "allow") is None
    assert tip_for(["weather"], "block") is None


def test_an_unexpected_action_still_explains_itself() -> None:
    """A new kind of stop shows the blocking tip rather than nothing."""
    tip = tip_for(["bullying"], "hold")
    assert tip is not None
    assert tip.category == "bullying"


def test_tips_never_repeat_bad_words_and_stay_short() -> None:
    """Tips are a sentence or two for the youngest reader."""
    for category in FILTER_CATEGORIES:
        tip = tip_for([category], "block")
        assert tip is not None
        assert len(tip.text.split()) <= 25, category
