"""Effective settings: Hoot's defaults < the parent's choices < the school's machine policy.

Every setting Hoot has is declared once in `SPECS` (key, scope, type, default, allowed values),
so the parent area, the machine policy validator and `docs/ADMIN.md` all speak of the same
things. Values are stored by `app.store` (as JSON); this module decides which value wins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from app.chat.backends import DEFAULT_MAX_TOKENS, DEFAULT_MODEL

#: JSON-able value of a setting.
Value = Any


class Scope(StrEnum):
    GLOBAL = "global"  # one value for the whole Hoot
    CHILD = "child"  # one value per child profile


class Source(StrEnum):
    DEFAULT = "default"
    PARENT = "parent"
    POLICY = "policy"


class SettingError(ValueError):
    """A value a setting cannot take; the message says what is expected."""


class SettingLocked(PermissionError):
    """The machine policy sets this value; the parent area shows "Set by your school"."""

    def __init__(self, key: str) -> None:
        super().__init__(f"{key} is set by the machine policy")
        self.key = key


@dataclass(frozen=True)
class SettingSpec:
    """One setting: where it applies, what it may hold, and its default."""

    key: str
    scope: Scope
    default: Value
    description: str
    check: Callable[[Value], Value]


def _optional(check: Callable[[Value], Value]) -> Callable[[Value], Value]:
    return lambda value: None if value is None else check(value)


def _bool(value: Value) -> bool:
    if not isinstance(value, bool):
        raise SettingError("expected true or false")
    return value


def _int(minimum: int, maximum: int) -> Callable[[Value], int]:
    def check(value: Value) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(f"expected a whole number from {minimum} to {maximum}")
        if not minimum <= value <= maximum:
            raise SettingError(f"expected a whole number from {minimum} to {maximum}")
        return value

    return check


def _text(max_length: int = 500) -> Callable[[Value], str]:
    def check(value: Value) -> str:
        if not isinstance(value, str) or not value.strip() or len(value) > max_length:
            raise SettingError(f"expected text of 1 to {max_length} characters")
        return value.strip()

    return check


def _choice(*choices: str) -> Callable[[Value], str]:
    def check(value: Value) -> str:
        if value not in choices:
            raise SettingError(f"expected one of: {', '.join(choices)}")
        return str(value)

    return check


def _words(value: Value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise SettingError("expected a list of words")
    cleaned = sorted({word.strip().lower() for word in value if word.strip()})
    if len(cleaned) > 500 or any(len(word) > 60 for word in cleaned):
        raise SettingError("expected at most 500 words of up to 60 characters each")
    return cleaned


def _clock(value: Value) -> str:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise SettingError('expected a time as "HH:MM"')
    hours, minutes = value[:2], value[3:]
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise SettingError('expected a time as "HH:MM"')
    return value


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _quiet_hours(value: Value) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) - {"start", "end", "days"}:
        raise SettingError('expected {"start": "HH:MM", "end": "HH:MM", "days": ["mon", ...]}')
    days = value.get("days", list(DAYS))
    if not isinstance(days, list) or not days or any(day not in DAYS for day in days):
        raise SettingError(f"expected days from: {', '.join(DAYS)}")
    return {"start": _clock(value.get("start")), "end": _clock(value.get("end")), "days": days}


def _url(value: Value) -> str:
    text = _text(2000)(value)
    if not text.startswith(("https://", "http://")):
        raise SettingError("expected an address starting with https://")
    return text


def _email(value: Value) -> str:
    text = _text(254)(value)
    local, _, domain = text.partition("@")
    if not local or "." not in domain or " " in text:
        raise SettingError("expected an e-mail address like parent@example.com")
    return text


def _region(value: Value) -> str:
    text = _text(4)(value).upper()
    if not text.isalpha():
        raise SettingError('expected a region code such as "GB" or "US"')
    return text


STRICTNESS = ("relaxed", "standard", "strict")

_SPECS = (
    # -- the AI connection
    SettingSpec("model", Scope.GLOBAL, DEFAULT_MODEL, "Claude model to use", _text(100)),
    SettingSpec("max_tokens", Scope.GLOBAL, DEFAULT_MAX_TOKENS, "longest reply", _int(64, 8192)),
    SettingSpec(
        "base_url",
        Scope.GLOBAL,
        None,
        "Messages API endpoint (a school's gateway)",
        _optional(_url),
    ),
    SettingSpec("demo_allowed", Scope.GLOBAL, True, "demo mode may be used", _bool),
    # -- data
    SettingSpec("history_enabled", Scope.GLOBAL, True, "keep chat history", _bool),
    SettingSpec(
        "retention_days",
        Scope.GLOBAL,
        90,
        "days history is kept (null: until deleted)",
        _optional(_int(1, 3650)),
    ),
    SettingSpec(
        "keyring_fallback_allowed",
        Scope.GLOBAL,
        True,
        "without an OS keyring, keep the database key in a private file",
        _bool,
    ),
    SettingSpec(
        "report_folder", Scope.GLOBAL, None, "folder for weekly reports", _optional(_text(1000))
    ),
    # -- help and display
    SettingSpec(
        "crisis_region",
        Scope.GLOBAL,
        None,
        "region of the help lines (null: from the system locale)",
        _optional(_region),
    ),
    SettingSpec("text_size", Scope.GLOBAL, 14, "text size in points", _int(11, 28)),
    # -- alerts
    SettingSpec("alerts.desktop", Scope.GLOBAL, True, "desktop notifications", _bool),
    SettingSpec(
        "alerts.high",
        Scope.GLOBAL,
        "immediate",
        "when high-severity alerts are sent",
        _choice("immediate", "digest"),
    ),
    SettingSpec("alerts.email_to", Scope.GLOBAL, None, "where alert e-mails go", _optional(_email)),
    SettingSpec(
        "alerts.include_excerpt",
        Scope.GLOBAL,
        False,
        "alert e-mails include an excerpt of the message",
        _bool,
    ),
    SettingSpec("smtp.host", Scope.GLOBAL, None, "SMTP server", _optional(_text(255))),
    SettingSpec("smtp.port", Scope.GLOBAL, 587, "SMTP port", _int(1, 65535)),
    SettingSpec(
        "smtp.security",
        Scope.GLOBAL,
        "starttls",
        "SMTP security",
        _choice("starttls", "ssl", "none"),
    ),
    SettingSpec("smtp.user", Scope.GLOBAL, None, "SMTP user name", _optional(_text(255))),
    SettingSpec(
        "smtp.from", Scope.GLOBAL, None, "sender address of alert e-mails", _optional(_email)
    ),
    # -- per child
    SettingSpec(
        "filter_strictness",
        Scope.CHILD,
        None,
        "filter strictness (null: the age band's default)",
        _optional(_choice(*STRICTNESS)),
    ),
    SettingSpec("blocked_words", Scope.CHILD, [], "extra words to block", _words),
    SettingSpec("allowed_words", Scope.CHILD, [], "words never to block", _words),
    SettingSpec(
        "require_pin_to_start",
        Scope.CHILD,
        False,
        "a parent's PIN is needed to start this child's session",
        _bool,
    ),
    SettingSpec(
        "daily_minutes",
        Scope.CHILD,
        None,
        "minutes of chat a day (null: no limit)",
        _optional(_int(5, 1440)),
    ),
    SettingSpec("quiet_hours", Scope.CHILD, None, "times Hoot is closed", _optional(_quiet_hours)),
)

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingError(f"unknown setting {key!r}") from None


def validate(key: str, value: Value) -> Value:
    """The cleaned value for `key`, or SettingError saying what is expected."""
    return spec(key).check(value)


class StoredSettings(Protocol):
    """What Settings needs from the store (`app.store.settings.SettingsRepository`)."""

    def has(self, key: str, *, child_id: int | None = None) -> bool: ...
    def get(self, key: str, default: Any = None, *, child_id: int | None = None) -> Any: ...
    def set(self, key: str, value: Any, *, child_id: int | None = None) -> None: ...
    def delete(self, key: str, *, child_id: int | None = None) -> None: ...


class PolicyOverrides(Protocol):
    """What Settings needs from a machine policy (`app.policy.MachinePolicy`)."""

    @property
    def settings(self) -> Mapping[str, Value]: ...

    @property
    def locked(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class NoPolicy:
    """No machine policy file: nothing forced, nothing locked."""

    settings: Mapping[str, Value] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()


class Settings:
    """Reads and writes settings, honouring the machine policy.

    A key the policy sets (or lists as locked) cannot be changed by the parent; its value is
    the policy's, or the default when the policy only locks it.
    """

    def __init__(self, stored: StoredSettings, policy: PolicyOverrides | None = None) -> None:
        self._stored = stored
        self._policy: PolicyOverrides = policy or NoPolicy()

    def is_locked(self, key: str) -> bool:
        return key in self._policy.settings or key in self._policy.locked

    def source(self, key: str, child_id: int | None = None) -> Source:
        if key in self._policy.settings:
            return Source.POLICY
        if not self.is_locked(key) and self._stored.has(key, child_id=self._owner(key, child_id)):
            return Source.PARENT
        return Source.DEFAULT

    def get(self, key: str, child_id: int | None = None) -> Value:
        definition = spec(key)
        if key in self._policy.settings:
            return self._policy.settings[key]
        if self.is_locked(key):
            return definition.default
        owner = self._owner(key, child_id)
        if owner is None and definition.scope is Scope.CHILD:
            return definition.default
        stored = self._stored.get(key, _ABSENT, child_id=owner)
        if stored is _ABSENT:
            return definition.default
        try:
            return definition.check(stored)
        except SettingError:
            return definition.default  # a value from an older Hoot that no longer fits

    def set(self, key: str, value: Value, child_id: int | None = None) -> None:
        if self.is_locked(key):
            raise SettingLocked(key)
        cleaned = validate(key, value)
        self._stored.set(key, cleaned, child_id=self._owner(key, child_id))

    def reset(self, key: str, child_id: int | None = None) -> None:
        if self.is_locked(key):
            raise SettingLocked(key)
        self._stored.delete(key, child_id=self._owner(key, child_id))

    @staticmethod
    def _owner(key: str, child_id: int | None) -> int | None:
        return child_id if spec(key).scope is Scope.CHILD else None


_ABSENT: Any = object()
