"""Stored settings: global and per child, each read back with the type asked for."""

from __future__ import annotations

import pytest

from app.store import ChildProfile, SettingTypeError, Store


def test_typed_values_round_trip(store: Store) -> None:
    """Text, numbers, flags and word lists come back as stored."""
    store.settings.set("name", "Hoot")
    store.settings.set("minutes", 45)
    store.settings.set("ratio", 0.5)
    store.settings.set("alerts_on", True)
    store.settings.set("blocked", ["alpha", "beta"])
    assert store.settings.get_str("name", "") == "Hoot"
    assert store.settings.get_int("minutes", 0) == 45
    assert store.settings.get_float("ratio", 0.0) == 0.5
    assert store.settings.get_float("minutes", 0.0) == 45.0
    assert store.settings.get_bool("alerts_on", False) is True
    assert store.settings.get_str_list("blocked") == ("alpha", "beta")


def test_missing_settings_give_the_default(store: Store) -> None:
    """Nothing stored means the caller's default."""
    assert store.settings.get_int("minutes", 30) == 30
    assert store.settings.get_optional_int("retention_days", 90) == 90
    assert not store.settings.has("minutes")


def test_null_is_a_real_value_for_optional_numbers(store: Store) -> None:
    """Retention's "keep until deleted" is stored as null, not as a missing setting."""
    store.settings.set("retention_days", None)
    assert store.settings.get_optional_int("retention_days", 90) is None


def test_a_value_of_the_wrong_type_is_an_error(store: Store) -> None:
    """A flag is not a number and a number is not text."""
    store.settings.set("flag", True)
    store.settings.set("count", 3)
    with pytest.raises(SettingTypeError):
        store.settings.get_int("flag", 0)
    with pytest.raises(SettingTypeError):
        store.settings.get_str("count", "")
    with pytest.raises(SettingTypeError):
        store.settings.get_str_list("count")


def test_child_settings_are_separate_from_global_ones(store: Store, child: ChildProfile) -> None:
    """A child's strictness does not change the global value or another child's."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    store.settings.set("strictness", "standard")
    store.settings.set("strictness", "strict", child_id=child.id)
    assert store.settings.get_str("strictness", "", child_id=child.id) == "strict"
    assert store.settings.get_str("strictness", "") == "standard"
    assert store.settings.get_str("strictness", "none", child_id=other.id) == "none"
    assert store.settings.all_for_child(child.id) == {"strictness": "strict"}
    assert store.settings.all_global() == {"strictness": "standard"}


def test_deleting_a_setting_restores_the_default(store: Store, child: ChildProfile) -> None:
    """Delete removes exactly one setting."""
    store.settings.set("minutes", 20, child_id=child.id)
    store.settings.set("minutes", 60)
    store.settings.delete("minutes", child_id=child.id)
    assert store.settings.get_int("minutes", 30, child_id=child.id) == 30
    assert store.settings.get_int("minutes", 30) == 60
