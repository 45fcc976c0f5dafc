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


@pytest.mark.parametrize(
    "address",
    [
        "https://llm-gateway.school.example/anthropic",
        "https://gateway.example:8443",
        "http://localhost:8080",
        "http://127.0.0.1:9",
        "http://[::1]:4000/v1",
        "HTTP://LOCALHOST",
    ],
)
def test_https_or_plain_http_to_this_computer_is_a_valid_address(address: str) -> None:
    """https anywhere; plain http only to a local gateway (or a test's fake API)."""
    assert validate("base_url", address) == address


@pytest.mark.parametrize(
    "address",
    [
        "http://llm-gateway.school.example/anthropic",
        "http://192.168.1.20:8080",
        "http://localhost.attacker.example",
        "http://127.0.0.1.nip.io",
        "http://localhost@gateway.example",
        "ftp://gateway",
        "gateway.school.example",
    ],
)
def test_plain_http_across_the_network_is_refused(address: str) -> None:
    """Children's words and the API key must never travel unencrypted, so http:// to another
    machine is refused, also when the host only looks local."""
    with pytest.raises(SettingError) as raised:
        validate("base_url", address)
    assert str(raised.value) == (
        "expected an address starting with https:// "
        "(plain http:// is allowed only for this computer: localhost or 127.0.0.1)"
    )


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://", "expected a whole address with a server name"),
        ("https://gateway.example:99999", "a port is a number up to 65535"),
        ("https://gateway .example", "expected an address without spaces"),
    ],
)
def test_an_incomplete_address_says_what_is_missing(address: str, expected: str) -> None:
    """No server, a port out of range or a space: refused with what to fix."""
    with pytest.raises(SettingError, match=expected):
        validate("base_url", address)


@pytest.mark.parametrize(
    "model", ["claude-haiku-4-5", "claude-3-5-haiku-20241022", "claude-sonnet-4-5@20250929"]
)
def test_claude_model_names_are_accepted(model: str) -> None:
    """Anthropic's ids and the dated forms gateways use pass."""
    assert validate("model", model) == model


@pytest.mark.parametrize("model", ["gpt-4o", "Claude Haiku", "claude-", "haiku-4-5", "claude 3"])
def test_a_model_that_is_not_claude_is_refused_with_the_pattern(model: str) -> None:
    """The parent's free text and the policy go through the same check, which names the
    pattern a model must match."""
    with pytest.raises(SettingError) as raised:
        Settings(DictStore()).set("model", model)
    assert "claude-[a-z0-9][a-z0-9._:@-]*" in str(raised.value)
    assert 'like "claude-haiku-4-5"' in str(raised.value)


@pytest.mark.parametrize(
    "folder",
    ["/srv/hoot-reports", "C:\\Reports\\Hoot", "\\\\fileserver\\safeguarding\\hoot", "//nas/hoot"],
)
def test_report_folder_takes_absolute_posix_windows_and_share_paths(folder: str) -> None:
    """A local folder on either system or a network share is accepted as written."""
    assert validate("report_folder", folder) == folder


@pytest.mark.parametrize("folder", ["reports", "./reports", "C:Reports", "~/reports"])
def test_a_relative_report_folder_is_refused(folder: str) -> None:
    """A relative folder would depend on where Hoot happened to start."""
    with pytest.raises(SettingError, match="expected an absolute folder path"):
        validate("report_folder", folder)


@pytest.mark.parametrize(
    ("region", "stored"), [("GB", "GB"), ("uk", "GB"), ("nz", "NZ"), ("INTL", "INTL")]
)
def test_crisis_region_is_a_region_with_help_lines_or_international(
    region: str, stored: str
) -> None:
    """Regions Hoot has checked help lines for (UK is GB), or the international card."""
    assert validate("crisis_region", region) == stored


@pytest.mark.parametrize("region", ["FR", "DE", "G1", "XX"])
def test_a_region_without_help_lines_is_refused_naming_the_allowed_ones(region: str) -> None:
    """A region Hoot has no help lines for would silently show the international card: refused,
    and the message lists what is allowed."""
    with pytest.raises(SettingError) as raised:
        validate("crisis_region", region)
    assert str(raised.value) == (
        "expected a region Hoot has help lines for: US, GB, IE, CA, AU, NZ, "
        'or "INTL" for the international help-line directories'
    )


@pytest.mark.parametrize(
    ("value", "at"),
    [
        ({"start": "9pm", "end": "07:00"}, ("start",)),
        ({"start": "21:00"}, ("end",)),
        ({"start": "21:00", "end": "07:00", "days": ["mon", "someday"]}, ("days", 1)),
        ({"start": "21:00", "end": "07:00", "days": []}, ("days",)),
        ({"start": "21:00", "end": "07:00", "weekdays": ["mon"]}, ("weekdays",)),
        ("21:00-07:00", ()),
    ],
)
def test_quiet_hours_problems_say_which_part_is_wrong(value: Any, at: tuple[Any, ...]) -> None:
    """The error carries the part of the value at fault, for `$.settings.quiet_hours.start`."""
    with pytest.raises(SettingError) as raised:
        validate("quiet_hours", value)
    assert raised.value.at == at
    assert str(raised.value).startswith("expected")
