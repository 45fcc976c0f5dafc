"""The "Set by your school" note says the school's value in words, so a greyed-out, unticked box
reads "off" rather than "not chosen"."""

from __future__ import annotations

from typing import Any

import pytest

from app.policy import parse_policy
from app.settings import Settings
from app.store import Store
from ui.parent.locked import school_lock, school_value_words


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("history_enabled", False, "off"),
        ("alerts.desktop", True, "on"),
        ("retention_days", 1, "1 day"),
        ("retention_days", 30, "30 days"),
        ("retention_days", None, "keep until deleted"),
        ("daily_minutes", 45, "45 minutes a day"),
        ("daily_minutes", None, "no limit"),
        ("quiet_hours", {"start": "20:30", "end": "07:00", "days": ["mon"]}, "20:30 to 07:00"),
        ("quiet_hours", None, "off"),
        ("alerts.high", "digest", "in the daily summary"),
        ("filter_strictness", "strict", "strict"),
        ("filter_strictness", None, "right for their age"),
        ("blocked_words", [], "no words"),
        ("blocked_words", ["a", "b", "c", "d", "e", "f"], "a, b, c, d, e…"),
        ("smtp.port", 465, "465"),
    ],
)
def test_the_schools_value_is_said_in_words(key: str, value: Any, said: str) -> None:
    assert school_value_words(key, value) == said


def test_values_the_field_shows_itself_are_not_repeated() -> None:
    """An address or a model name is in the greyed-out field already."""
    assert school_value_words("alerts.email_to", "it@school.example") is None
    assert school_value_words("model", "claude-haiku-4-5") is None


@pytest.mark.gui
def test_a_locked_unticked_box_says_off(store: Store) -> None:
    """Locked without a value: the default (off) is what the school's lock keeps."""
    policy = parse_policy({"version": 1, "locked": ["require_pin_to_start"]})
    note = school_lock(Settings(store.settings, policy), "require_pin_to_start")
    assert note is not None
    assert note.text() == "Set by your school: off"
    assert school_lock(Settings(store.settings), "require_pin_to_start") is None
