"""Effective settings: defaults, then the parent's choice, then the school's machine policy."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.settings import SPECS, Scope, SettingError, SettingLocked, Settings, Source, validate


class DictStore:
    """The store's settings repository, in memory."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, int | None], Any] = {}

    def has(self, key: str, *, child_id: int | None = None) -> bool:
        return (key, child_id) in self.values

    def get(self, key: str, default: Any = None, *, child_id: int | None = None) -> Any:
        return self.values.get((key, child_id), default)

    def set(self, key: str, value: Any, *, child_id: int | None = None) -> None:
        self.values[(key, child_id)] = value

    def delete(self, key: str, *, child_id: int | None = None) -> None:
        self.values.pop((key, child_id), None)


@dataclass(frozen=True)
class Policy:
    settings: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()


def test_defaults_apply_until_the_parent_chooses() -> None:
    """Nothing stored: the default; the parent's choice then wins."""
    settings = Settings(DictStore())
    assert settings.get("retention_days") == 90
    assert settings.source("retention_days") is Source.DEFAULT
    settings.set("retention_days", 30)
    assert settings.get("retention_days") == 30
    assert settings.source("retention_days") is Source.PARENT
    settings.reset("retention_days")
    assert settings.get("retention_days") == 90


def test_child_settings_belong_to_one_child() -> None:
    """One child's blocked words do not touch another child's."""
    settings = Settings(DictStore())
    settings.set("blocked_words", ["Poop", " poop ", "wee"], child_id=1)
    assert settings.get("blocked_words", child_id=1) == ["poop", "wee"]
    assert settings.get("blocked_words", child_id=2) == []


def test_policy_value_wins_and_locks_the_setting() -> None:
    """A school's policy value beats the parent's, and the parent cannot change it."""
    store = DictStore()
    store.set("retention_days", 365)
    settings = Settings(store, Policy(settings={"retention_days": 30}))
    assert settings.get("retention_days") == 30
    assert settings.source("retention_days") is Source.POLICY
    assert settings.is_locked("retention_days")
    with pytest.raises(SettingLocked):
        settings.set("retention_days", 60)
    with pytest.raises(SettingLocked):
        settings.reset("retention_days")


def test_policy_can_lock_a_setting_at_its_default() -> None:
    """Locked without a value: the default applies, whatever was stored before."""
    store = DictStore()
    store.set("alerts.include_excerpt", True)
    settings = Settings(store, Policy(locked=frozenset({"alerts.include_excerpt"})))
    assert settings.get("alerts.include_excerpt") is False
    assert settings.source("alerts.include_excerpt") is Source.DEFAULT


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("retention_days", 0),
        ("retention_days", "90"),
        ("retention_days", True),
        ("filter_strictness", "lenient"),
        ("base_url", "ftp://gateway"),
        ("alerts.email_to", "not-an-address"),
        ("quiet_hours", {"start": "25:00", "end": "07:00"}),
        ("quiet_hours", {"start": "20:30", "end": "07:00", "days": ["someday"]}),
        ("blocked_words", "one string"),
        ("text_size", 99),
    ],
)
def test_bad_values_are_refused_with_what_is_expected(key: str, bad: Any) -> None:
    """A wrong value never gets stored; the message says what would be right."""
    settings = Settings(DictStore())
    with pytest.raises(SettingError, match="expected"):
        settings.set(key, bad, child_id=1)


def test_quiet_hours_default_to_every_day() -> None:
    """Quiet hours without days apply all week."""
    cleaned = validate("quiet_hours", {"start": "20:30", "end": "07:00"})
    assert cleaned["days"] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def test_unknown_setting_is_an_error() -> None:
    """A typo in a key fails loudly."""
    with pytest.raises(SettingError, match="unknown setting"):
        Settings(DictStore()).get("retension_days")


def test_every_default_passes_its_own_check() -> None:
    """Defaults are valid values (so a reset never stores something broken)."""
    for definition in SPECS.values():
        assert definition.check(definition.default) == definition.default
        assert definition.scope in (Scope.GLOBAL, Scope.CHILD)
        assert definition.description


def test_stale_stored_value_falls_back_to_default() -> None:
    """A value an older Hoot stored that no longer fits is ignored, not crashed on."""
    store = DictStore()
    store.set("filter_strictness", "lenient", child_id=1)
    assert Settings(store).get("filter_strictness", child_id=1) is None
