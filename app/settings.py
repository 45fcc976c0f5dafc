"""Effective settings: Hoot's defaults < the parent's choices < the school's machine policy.

Every setting Hoot has is declared once in `SPECS` (key, scope, type, default, allowed values),
so the parent area, the machine policy validator and `docs/ADMIN.md` all speak of the same
things. Values are stored by `app.store` (as JSON); this module decides which value wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Protocol
from urllib.parse import urlsplit

from app.chat.backends import DEFAULT_MAX_TOKENS, DEFAULT_MODEL
from app.guidance.crisis import INTERNATIONAL, REGIONS, normalise_region

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
    """A value a setting cannot take; the message says what is expected.

    `at` is where inside the value the problem is (`("start",)` for quiet hours' start time,
    `("days", 2)` for the third day), so a policy check can name `$.settings.quiet_hours.start`.
    """

    def __init__(self, message: str, *, at: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.at = at


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


def _clock(value: Value, *, at: tuple[str | int, ...] = ()) -> str:
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        raise SettingError('expected a time as "HH:MM"', at=at)
    hours, minutes = value[:2], value[3:]
    if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
        raise SettingError('expected a time as "HH:MM"', at=at)
    return value


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
QUIET_HOURS_KEYS = ("start", "end", "days")


def _quiet_hours(value: Value) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SettingError('expected {"start": "HH:MM", "end": "HH:MM", "days": ["mon", ...]}')
    for key in value:
        if key not in QUIET_HOURS_KEYS:
            raise SettingError('expected only "start", "end" and "days" here', at=(str(key),))
    days = value.get("days", list(DAYS))
    if not isinstance(days, list) or not days:
        raise SettingError(f"expected a list of days from: {', '.join(DAYS)}", at=("days",))
    for index, day in enumerate(days):
        if day not in DAYS:
            raise SettingError(f"expected a day from: {', '.join(DAYS)}", at=("days", index))
    start = _clock(value.get("start"), at=("start",))
    end = _clock(value.get("end"), at=("end",))
    return {"start": start, "end": end, "days": days}


#: Hosts plain http:// may reach: this computer only (a local gateway, or a test's fake API).
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
_URL_EXPECTED = (
    "expected an address starting with https:// "
    "(plain http:// is allowed only for this computer: localhost or 127.0.0.1)"
)


def _url(value: Value) -> str:
    # Plain http would carry the children's words and the API key unencrypted across the network.
    text = _text(2000)(value)
    if any(character.isspace() for character in text):
        raise SettingError("expected an address without spaces, like https://gateway.example")
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number, or too big
    except ValueError:
        raise SettingError(
            "expected an address like https://gateway.example:8443 (a port is a number up to 65535)"
        ) from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or (scheme == "http" and host not in LOCAL_HOSTS):
        raise SettingError(_URL_EXPECTED)
    if not host:
        raise SettingError(
            "expected a whole address with a server name, like https://gateway.example"
        )
    return text


#: What a model name looks like: Anthropic's ids ("claude-haiku-4-5", "claude-3-5-haiku-20241022")
#: and the dated forms some gateways use ("claude-sonnet-4-5@20250929").
MODEL_PATTERN = re.compile(r"claude-[a-z0-9][a-z0-9._:@-]*")


def _model(value: Value) -> str:
    text = _text(100)(value)
    if not MODEL_PATTERN.fullmatch(text):
        raise SettingError(
            f"expected a Claude model name matching {MODEL_PATTERN.pattern} "
            '(it starts with "claude-"), like "claude-haiku-4-5"'
        )
    return text


def is_absolute_path(text: str) -> bool:
    """True for /srv/x, C:\\x or \\\\server\\share\\x, whatever system this runs on."""
    # Either form: an admin may check a Windows policy on a Linux workstation, or the reverse.
    return PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()


def _folder(value: Value) -> str:
    text = _text(1000)(value)
    if not is_absolute_path(text):
        raise SettingError(
            "expected an absolute folder path, like /srv/hoot-reports, C:\\Reports or "
            "\\\\server\\share (a relative one depends on where Hoot was started)"
        )
    return text


def _email(value: Value) -> str:
    text = _text(254)(value)
    local, _, domain = text.partition("@")
    if not local or "." not in domain or " " in text:
        raise SettingError("expected an e-mail address like parent@example.com")
    return text


#: Every value `crisis_region` may take: a region with checked help lines, or the international
#: card.
CRISIS_REGIONS = (*REGIONS, INTERNATIONAL)


def _region(value: Value) -> str:
    text = _text(4)(value)
    code = normalise_region(text)
    if code is None and text.upper() == INTERNATIONAL:
        code = INTERNATIONAL
    if code is None:
        raise SettingError(
            f"expected a region Hoot has help lines for: {', '.join(REGIONS)}, "
            f'or "{INTERNATIONAL}" for the international help-line directories'
        )
    return code


STRICTNESS = ("relaxed", "standard", "strict")

_SPECS = (
    # -- the AI connection
    SettingSpec("model", Scope.GLOBAL, DEFAULT_MODEL, "Claude model to use (claude-...)", _model),
    SettingSpec("max_tokens", Scope.GLOBAL, DEFAULT_MAX_TOKENS, "longest reply", _int(64, 8192)),
    SettingSpec(
        "base_url",
        Scope.GLOBAL,
        None,
        "Messages API endpoint, https:// (a school's gateway)",
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
        "report_folder",
        Scope.GLOBAL,
        None,
        "absolute folder for weekly reports",
        _optional(_folder),
    ),
    # -- help and display
    SettingSpec(
        "crisis_region",
        Scope.GLOBAL,
        None,
        f"region of the help lines: {', '.join(CRISIS_REGIONS)} (null: from the system locale)",
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
