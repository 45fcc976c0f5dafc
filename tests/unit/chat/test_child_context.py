"""A child's chat is tuned by their age, the parent's choices and the school's minimum."""

from __future__ import annotations

import datetime as dt

import pytest

from app.age_bands import AgeBand
from app.chat.child_context import NotAChild, child_context
from app.policy import parse_policy
from app.safety import Strictness
from app.settings import Settings
from app.store import Store

TODAY = dt.date(2026, 11, 26)


def test_band_default_strictness_and_words(store: Store) -> None:
    """A 6-year-old gets the 5-7 band's strictness and the parent's own word lists."""
    child = store.profiles.add("Leo", "bear", 2020, 3)
    settings = Settings(store.settings)
    settings.set("blocked_words", ["poop"], child.id)
    settings.set("crisis_region", "IE")
    context = child_context(store, settings, None, child.id, today=TODAY)
    assert context.band is AgeBand.AGES_5_7
    assert context.strictness is Strictness.STRICT
    assert context.custom is not None
    assert "poop" in context.custom.blocked
    assert context.region == "IE"


def test_school_minimum_raises_a_relaxed_choice(store: Store) -> None:
    """A parent's 'relaxed' is raised to the school's 'standard' minimum."""
    child = store.profiles.add("Zoe", "cat", 2010, 1)
    policy = parse_policy({"version": 1, "min_filter_strictness": "standard"})
    stored = Settings(store.settings)
    stored.set("filter_strictness", "relaxed", child.id)
    context = child_context(store, Settings(store.settings, policy), policy, child.id, today=TODAY)
    assert context.strictness is Strictness.STANDARD


def test_a_child_who_turned_18_gets_no_chat(store: Store) -> None:
    """Adults get no child profile; an old profile does not open a chat."""
    child = store.profiles.add("Max", "fox", 2008, 1)
    with pytest.raises(NotAChild):
        child_context(store, Settings(store.settings), None, child.id, today=TODAY)
