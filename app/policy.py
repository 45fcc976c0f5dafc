"""The machine policy file: read it, validate every key with its JSON path, and fail closed.

A school (or a careful family) puts one JSON file where only administrators can write it
(`app.paths.machine_policy_path()`). It forces and locks settings (through `app.settings`),
says where the API key comes from, sets a minimum filter strictness, holds the admin PIN hash,
and turns on shared-machine mode. A file that exists but is broken, or that a student could
change, stops Hoot from starting: it is never silently ignored.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.chat.backends import DEFAULT_MAX_TOKENS, DEFAULT_MODEL, ConnectionSettings
from app.paths import machine_policy_path, policy_override_in_use
from app.settings import SPECS, STRICTNESS, SettingError, Value, is_absolute_path

#: The policy format this Hoot reads; a file must say `"version": 1`.
POLICY_VERSION = 1
#: The JSON Schema of version 1 (for editors), shipped in `resources/policy/`.
SCHEMA_FILE = f"policy.schema.v{POLICY_VERSION}.json"

#: Top-level keys of a version 1 policy, with a one-line description (also used in the schema).
TOP_LEVEL_KEYS: dict[str, str] = {
    "$schema": "address of the JSON Schema, for editors (ignored by Hoot)",
    "comment": "free text for the people who keep this file (ignored by Hoot)",
    "version": "policy format version; must be 1",
    "settings": "settings forced for every user and child; each one is also locked",
    "locked": "settings the parent cannot change; they keep Hoot's default unless set above",
    "api_key_file": "absolute path of a file holding the API key (for the school's gateway)",
    "api_key_env": "name of an environment variable holding the API key",
    "ca_bundle": "absolute path of a PEM file of CA certificates (TLS-inspecting gateways)",
    "smtp_password_file": "absolute path of a file holding the SMTP password for alert e-mails",
    "min_filter_strictness": "the least strict filter a parent may pick: relaxed, standard, strict",
    "admin_pin_hash": "argon2id hash of the school's admin PIN (make it: hoot policy hash-pin)",
    "shared_machine": 'shared lab machine: {"enabled": true, "wipe_at_sign_out": false}',
}
SHARED_MACHINE_KEYS: dict[str, str] = {
    "enabled": "each OS user has their own encrypted Hoot data; the school holds the admin PIN",
    "wipe_at_sign_out": "`hoot policy sign-out` (run by a sign-out script) deletes the user's data",
}
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")
_PIN_HASH = re.compile(r"\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a policy: where (a JSON path such as `$.settings.model`) and what."""

    path: str
    expected: str

    def __str__(self) -> str:
        return f"{self.path}: {self.expected}"


class PolicyError(Exception):
    """The machine policy cannot be used; Hoot must not start. `str()` is for the admin."""

    def __init__(self, source: Path | None, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.admin_message())

    def admin_message(self) -> str:
        where = f"The machine policy {self.source}" if self.source else "The machine policy"
        count = len(self.problems)
        lines = [f"Hoot will not start. {where} has {count} problem{'s' if count != 1 else ''}:"]
        lines += [f"  {problem}" for problem in self.problems]
        check = f"hoot policy check {self.source}" if self.source else "hoot policy check FILE"
        lines.append(f"Ask the person who looks after this computer to fix it (`{check}`).")
        return "\n".join(lines)


@dataclass(frozen=True)
class SharedMachine:
    """Shared lab machine behaviour."""

    enabled: bool = False
    wipe_at_sign_out: bool = False


@dataclass(frozen=True)
class MachinePolicy:
    """A valid machine policy. Plugs into `app.settings.Settings` via `settings` and `locked`."""

    settings: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))
    #: Every key the parent cannot change: those listed in `locked` and those in `settings`.
    locked: frozenset[str] = frozenset()
    api_key_file: str | None = None
    api_key_env: str | None = None
    ca_bundle: str | None = None
    smtp_password_file: str | None = None
    min_filter_strictness: str | None = None
    admin_pin_hash: str | None = field(default=None, repr=False)
    shared_machine: SharedMachine = SharedMachine()
    source: Path | None = None

    def strictness_at_least(self, chosen: str) -> str:
        """`chosen` raised to the policy's minimum filter strictness when it is below it."""
        floor = self.min_filter_strictness
        if floor is None or STRICTNESS.index(chosen) >= STRICTNESS.index(floor):
            return chosen
        return floor

    def allows_strictness(self, chosen: str) -> bool:
        """False when a parent's choice is below the minimum (the parent area greys it out)."""
        return self.strictness_at_least(chosen) == chosen

    def verify_admin_pin(self, pin: str) -> bool:
        """True when `pin` matches the school's admin PIN hash (False when there is none)."""
        if self.admin_pin_hash is None:
            return False
        from argon2 import PasswordHasher
        from argon2.exceptions import Argon2Error

        try:
            return PasswordHasher().verify(self.admin_pin_hash, pin)
        except Argon2Error:
            return False


# -- validation ----------------------------------------------------------------------------------


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers keys written twice (json keeps only the last, silently)."""

    duplicates: tuple[str, ...] = ()


def _object_with_duplicates(pairs: list[tuple[str, Any]]) -> _JsonObject:
    result = _JsonObject()
    seen: list[str] = []
    for key, value in pairs:
        if key in result:
            seen.append(key)
        result[key] = value
    result.duplicates = tuple(seen)
    return result


def parse_json(text: str) -> Any:
    """JSON text -> Python values, remembering duplicate keys; ValueError on bad JSON."""
    return json.loads(text, object_pairs_hook=_object_with_duplicates)


def _member(parent: str, key: str) -> str:
    """JSON path of `key` inside the object at `parent` (`$.a.b`, or `$.a['x.y']`)."""
    if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_]*", key):
        return f"{parent}.{key}"
    return f"{parent}[{json.dumps(key)}]"


def _shown(value: Any, limit: int = 60) -> str:
    """`value` as JSON for a problem line, cut short so one bad value cannot flood the message."""
    text = json.dumps(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _suggest(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    close = close or [name for name in known if len(key) >= 3 and name.startswith(key)][:1]
    return f'; did you mean "{close[0]}"?' if close else ""


def _check_path(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 1000:
        raise SettingError("expected an absolute file path as text")
    if not is_absolute_path(value.strip()):
        raise SettingError(
            "expected an absolute file path (a relative one depends on who starts Hoot)"
        )
    return value.strip()


def _check_env_name(value: Any) -> str:
    if not isinstance(value, str) or not _ENV_NAME.fullmatch(value):
        raise SettingError("expected the name of an environment variable, like SCHOOL_API_KEY")
    return value


def _check_strictness(value: Any) -> str:
    if value not in STRICTNESS:
        raise SettingError(f"expected one of: {', '.join(STRICTNESS)}")
    return str(value)


def _check_pin_hash(value: Any) -> str:
    if not isinstance(value, str) or not _PIN_HASH.fullmatch(value):
        raise SettingError("expected an argon2id hash made with `hoot policy hash-pin`")
    from argon2 import extract_parameters
    from argon2.exceptions import InvalidHashError

    try:
        extract_parameters(value)
    except (InvalidHashError, ValueError):
        raise SettingError("expected an argon2id hash made with `hoot policy hash-pin`") from None
    return value


def _check_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingError("expected true or false")
    return value


_SIMPLE_CHECKS: dict[str, Callable[[Any], Any]] = {
    "api_key_file": _check_path,
    "api_key_env": _check_env_name,
    "ca_bundle": _check_path,
    "smtp_password_file": _check_path,
    "min_filter_strictness": _check_strictness,
    "admin_pin_hash": _check_pin_hash,
}


@dataclass
class _Checked:
    """What validation collected on the way: problems and the cleaned values."""

    problems: list[Problem] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Value] = field(default_factory=dict)
    locked: set[str] = field(default_factory=set)
    shared: dict[str, bool] = field(default_factory=dict)

    def add(self, path: str, expected: str) -> None:
        self.problems.append(Problem(path, expected))


def _unknown_key_message(key: str, known: list[str]) -> str:
    return "unknown key" + _suggest(key, known)


def _inside(path: str, steps: tuple[str | int, ...]) -> str:
    """`path` extended into a value: steps ("days", 2) give `<path>.days[2]`."""
    for step in steps:
        path = f"{path}[{step}]" if isinstance(step, int) else _member(path, step)
    return path


def _check_duplicates(data: Any, path: str, checked: _Checked) -> None:
    for key in getattr(data, "duplicates", ()):
        checked.add(_member(path, key), "expected each key once (this one is written twice)")


def _check_settings(data: Any, checked: _Checked) -> None:
    path = "$.settings"
    if not isinstance(data, dict):
        checked.add(path, 'expected an object of settings, like {"retention_days": 30}')
        return
    _check_duplicates(data, path, checked)
    for key, value in data.items():
        where = _member(path, key)
        if key not in SPECS:
            checked.add(where, "unknown setting" + _suggest(key, list(SPECS)))
            continue
        try:
            checked.settings[key] = SPECS[key].check(value)
        except SettingError as error:
            checked.add(_inside(where, error.at), str(error))


def _check_locked(data: Any, checked: _Checked) -> None:
    if not isinstance(data, list):
        checked.add("$.locked", 'expected a list of setting names, like ["text_size"]')
        return
    for index, key in enumerate(data):
        where = f"$.locked[{index}]"
        if not isinstance(key, str) or key not in SPECS:
            shown = _shown(key)
            suggestion = _suggest(key, list(SPECS)) if isinstance(key, str) else ""
            checked.add(where, f"expected a setting name (not {shown}){suggestion}")
        elif key in checked.locked:
            checked.add(where, f'expected each setting once ("{key}" is listed twice)')
        else:
            checked.locked.add(key)


def _check_shared_machine(data: Any, checked: _Checked) -> None:
    path = "$.shared_machine"
    if not isinstance(data, dict):
        checked.add(path, 'expected {"enabled": true or false, "wipe_at_sign_out": true or false}')
        return
    _check_duplicates(data, path, checked)
    for key, value in data.items():
        where = _member(path, key)
        if key not in SHARED_MACHINE_KEYS:
            checked.add(where, _unknown_key_message(key, list(SHARED_MACHINE_KEYS)))
        elif not isinstance(value, bool):
            checked.add(where, "expected true or false")
        else:
            checked.shared[key] = value


def _check_together(data: Mapping[str, Any], checked: _Checked) -> None:
    """Rules that tie two keys together; each is reported at the key an admin should change.

    Whether a key is *there* is read from the document, not from the values that passed their
    own checks: a file with a bad api_key_file and an api_key_env has two problems, not one.
    """
    values = checked.values
    if "api_key_file" in data and "api_key_env" in data:
        checked.add("$.api_key_env", "expected only one of api_key_file and api_key_env")
    floor = values.get("min_filter_strictness")
    forced = checked.settings.get("filter_strictness")
    if floor and forced and STRICTNESS.index(forced) < STRICTNESS.index(floor):
        checked.add(
            "$.settings.filter_strictness",
            f'expected "{floor}" or stricter (min_filter_strictness is "{floor}")',
        )
    shared = checked.shared
    if shared.get("wipe_at_sign_out") and not shared.get("enabled"):
        checked.add(
            "$.shared_machine.wipe_at_sign_out",
            'expected "enabled": true as well (wiping is part of shared-machine mode)',
        )
    if shared.get("enabled") and "admin_pin_hash" not in data:
        checked.add(
            "$.admin_pin_hash",
            "expected the school's admin PIN hash when shared_machine.enabled is true, so no "
            "student becomes the parent (make one with: hoot policy hash-pin)",
        )


def _check_document(data: Any) -> _Checked:
    checked = _Checked()
    if not isinstance(data, dict):
        checked.add("$", 'expected a JSON object, like {"version": 1}')
        return checked
    _check_duplicates(data, "$", checked)
    version = data.get("version")
    if "version" not in data:
        checked.add("$.version", f"expected {POLICY_VERSION} (the policy format version)")
    elif isinstance(version, bool) or version != POLICY_VERSION:
        checked.add(
            "$.version",
            f"expected {POLICY_VERSION} (this Hoot reads policy version {POLICY_VERSION} only)",
        )
    for key, value in data.items():
        where = _member("$", key)
        if key in ("$schema", "comment", "version"):
            if key != "version" and not isinstance(value, str):
                checked.add(where, "expected text")
        elif key == "settings":
            _check_settings(value, checked)
        elif key == "locked":
            _check_locked(value, checked)
        elif key == "shared_machine":
            _check_shared_machine(value, checked)
        elif key in _SIMPLE_CHECKS:
            try:
                checked.values[key] = _SIMPLE_CHECKS[key](value)
            except SettingError as error:
                checked.add(where, str(error))
        elif key in ("api_key", "key", "password", "smtp_password"):
            checked.add(
                where,
                "never put a secret in the policy file (every user can read it); "
                "use api_key_file, api_key_env or smtp_password_file",
            )
        elif key in SPECS:
            checked.add(where, f'unknown key here; put it inside "settings": {{"{key}": ...}}')
        else:
            hint = _suggest(key, list(TOP_LEVEL_KEYS))
            if not hint and _suggest(key, list(SPECS)):
                hint = _suggest(key, list(SPECS))[:-1] + ' inside "settings"?'
            checked.add(where, "unknown key" + hint)
    _check_together(data, checked)
    return checked


def validate_policy(data: Any) -> list[Problem]:
    """Every problem in a parsed policy document, each with its JSON path; [] when it is valid."""
    return _check_document(data).problems


def parse_policy(data: Any, *, source: Path | None = None) -> MachinePolicy:
    """A MachinePolicy from a parsed document, or PolicyError listing every problem."""
    checked = _check_document(data)
    if checked.problems:
        raise PolicyError(source, checked.problems)
    values = checked.values
    return MachinePolicy(
        settings=MappingProxyType(dict(checked.settings)),
        locked=frozenset(checked.locked | set(checked.settings)),
        api_key_file=values.get("api_key_file"),
        api_key_env=values.get("api_key_env"),
        ca_bundle=values.get("ca_bundle"),
        smtp_password_file=values.get("smtp_password_file"),
        min_filter_strictness=values.get("min_filter_strictness"),
        admin_pin_hash=values.get("admin_pin_hash"),
        shared_machine=SharedMachine(**checked.shared),
        source=source,
    )


def policy_from_text(text: str, *, source: Path | None = None) -> MachinePolicy:
    """Parse and validate policy JSON text; PolicyError on bad JSON or any invalid key."""
    try:
        data = parse_json(text)
    except ValueError as error:
        detail = (
            f"line {error.lineno}, column {error.colno}: {error.msg}"
            if isinstance(error, json.JSONDecodeError)
            else str(error)
        )
        raise PolicyError(source, [Problem("$", f"expected valid JSON ({detail})")]) from None
    except RecursionError:
        # Brackets nested thousands deep: no policy looks like that, and json gives up.
        problem = Problem("$", "expected valid JSON (it is nested too deeply to read)")
        raise PolicyError(source, [problem]) from None
    return parse_policy(data, source=source)


# -- loading -------------------------------------------------------------------------------------


def writable_by_non_admins(path: Path) -> list[Problem]:
    """Why a student could change `path` on POSIX: owner not root, or group/other may write.

    The file and every folder above it are checked, since whoever can rename a folder on the
    way can swap the file. A sticky folder such as /tmp is fine when the next entry is root's.
    """
    problems: list[Problem] = []
    current = path
    chain = [current, *current.parents]
    for index, item in enumerate(chain):
        try:
            info = item.stat()
        except OSError as error:
            problems.append(Problem("$", f"expected {item} to be readable ({error.strerror})"))
            break
        is_folder = index > 0
        writable = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        if is_folder and info.st_mode & stat.S_ISVTX:
            writable = 0  # others may add entries, but not replace the root-owned one below
        what = "folder" if is_folder else "file"
        if info.st_uid != 0:
            problems.append(
                Problem("$", f"expected the {what} {item} to be owned by root (uid {info.st_uid})")
            )
        if writable:
            mode = stat.filemode(info.st_mode)
            problems.append(
                Problem("$", f"expected the {what} {item} not to be writable by others ({mode})")
            )
    return problems


def load_machine_policy(
    path: Path | None = None, *, require_admin_owned: bool | None = None
) -> MachinePolicy | None:
    """This machine's policy, None when there is no policy file, PolicyError when it is unusable.

    `path` defaults to `app.paths.machine_policy_path()`. On POSIX the file must be owned by
    root and writable by nobody else (`require_admin_owned`, default: on unless `HOOT_POLICY`
    points elsewhere for a test or a portable install). On Windows the installer sets the ACL.
    """
    source = path if path is not None else machine_policy_path()
    if require_admin_owned is None:
        require_admin_owned = not policy_override_in_use()
    try:
        os.lstat(source)  # a dangling link still means "a policy was meant to be here"
    except FileNotFoundError:
        return None
    except OSError as error:
        raise PolicyError(source, [Problem("$", f"expected a readable file ({error})")]) from None
    if require_admin_owned and os.name == "posix":
        problems = writable_by_non_admins(source)
        if problems:
            fix = Problem("$", f"fix: sudo chown root:root {source} && sudo chmod 0644 {source}")
            raise PolicyError(source, [*problems, fix])
    try:
        raw = source.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PolicyError(source, [Problem("$", f"expected a readable file ({reason})")]) from None
    try:
        text = raw.decode("utf-8-sig")  # Windows Notepad may add a byte-order mark
    except UnicodeDecodeError:
        raise PolicyError(source, [Problem("$", "expected UTF-8 text")]) from None
    return policy_from_text(text, source=source)


# -- the connection ------------------------------------------------------------------------------


def _read_secret_file(path: str, where: str, source: Path | None) -> str:
    try:
        secret = Path(path).read_text(encoding="utf-8-sig").strip()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PolicyError(
            source, [Problem(where, f"expected a readable file ({reason})")]
        ) from None
    if not secret:
        raise PolicyError(source, [Problem(where, "expected a file holding the key (it is empty)")])
    return secret


def connection_settings(
    policy: MachinePolicy | None, environ: Mapping[str, str]
) -> ConnectionSettings:
    """How to reach the Messages API: the policy's values win over the environment's.

    The key comes from `api_key_file` or `api_key_env` when the policy names one (a missing
    key is then a PolicyError, so a lab does not fall back to a student's own key), else
    from ANTHROPIC_API_KEY. A setting the policy sets or locks ignores the environment too.
    Proxies come from HTTPS_PROXY / the system, which the SDK's HTTP client honours.
    """
    settings = policy.settings if policy else {}
    locked = policy.locked if policy else frozenset()
    source = policy.source if policy else None

    def chosen(key: str, variable: str, default: Any) -> Any:
        if key in settings:
            return settings[key]
        if key in locked:
            return default
        return environ.get(variable) or default

    if policy and policy.api_key_file:
        api_key: str | None = _read_secret_file(policy.api_key_file, "$.api_key_file", source)
    elif policy and policy.api_key_env:
        api_key = environ.get(policy.api_key_env) or None
        if api_key is None:
            problem = Problem(
                "$.api_key_env", f"expected the environment variable {policy.api_key_env} to be set"
            )
            raise PolicyError(source, [problem])
    else:
        api_key = environ.get("ANTHROPIC_API_KEY") or None
    max_tokens = settings.get("max_tokens", DEFAULT_MAX_TOKENS)
    return ConnectionSettings(
        api_key=api_key,
        base_url=chosen("base_url", "ANTHROPIC_BASE_URL", None),
        model=chosen("model", "HOOT_MODEL", DEFAULT_MODEL),
        max_tokens=int(max_tokens),
        ca_bundle=(policy.ca_bundle if policy and policy.ca_bundle else None)
        or environ.get("HOOT_CA_BUNDLE")
        or None,
    )


def smtp_password(policy: MachinePolicy) -> str | None:
    """The SMTP password from `smtp_password_file`, or None when the policy names none."""
    if policy.smtp_password_file is None:
        return None
    return _read_secret_file(policy.smtp_password_file, "$.smtp_password_file", policy.source)


# -- shared machines -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SignOutWipe:
    """What `wipe_at_sign_out` did for one OS user."""

    wiped: bool
    folder: Path
    keyring_entry_removed: bool = False
    #: The keyring's copy of the parent PIN hash was dropped, so the next set-up is a school
    #: one (admin PIN) rather than "Hoot's data was deleted" (a high-severity event each time).
    parent_guard_cleared: bool = False


def wipe_at_sign_out(policy: MachinePolicy | None, data_folder: Path) -> SignOutWipe:
    """Delete this OS user's Hoot data when the policy asks for it (a no-op otherwise).

    Run by a sign-out script as the user who is leaving (`hoot policy sign-out`). The
    database, the key file and the logs go with the folder; the keyring entry is removed too,
    so nothing of the session is left to unlock. The parent guard's PIN and recovery-code
    hashes go as well (the school asked for this deletion; it is no bypass), but its count of
    wrong admin-PIN tries stays, so signing out and in again gives a guesser no fresh tries.
    """
    if policy is None or not policy.shared_machine.wipe_at_sign_out:
        return SignOutWipe(wiped=False, folder=data_folder)
    if data_folder.exists():
        shutil.rmtree(data_folder)
    return SignOutWipe(
        wiped=True,
        folder=data_folder,
        keyring_entry_removed=_forget_key(),
        parent_guard_cleared=_clear_parent_guard(),
    )


def _clear_parent_guard() -> bool:
    from app.family import guard
    from app.family.lockout import LockoutState

    found = guard.read_guard()
    if found is None or not (found.pin_hash or found.recovery_hash):
        return False
    guard.forget_guard()
    if found.lockout != LockoutState():
        guard.save_gate_lockout(found.lockout)
    return True


def _forget_key() -> bool:
    import keyring
    from keyring.errors import KeyringError

    from app.store.keys import KEYRING_SERVICE, KEYRING_USERNAME, keyring_usable

    if not keyring_usable():
        return False
    try:
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except KeyringError:  # no entry, or the keyring is locked after sign-out began
        return False
    return True


# -- the JSON Schema (for editors) ---------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a version 1 policy, for editors; Hoot itself validates with Python."""
    path_type = {"type": "string", "minLength": 1}
    settings = {
        key: {"description": f"{spec.description} (default: {json.dumps(spec.default)})"}
        for key, spec in SPECS.items()
    }
    properties: dict[str, Any] = {
        "$schema": {"type": "string"},
        "comment": {"type": "string"},
        "version": {"const": POLICY_VERSION},
        "settings": {"type": "object", "properties": settings, "additionalProperties": False},
        "locked": {"type": "array", "items": {"enum": list(SPECS)}, "uniqueItems": True},
        "api_key_file": path_type,
        "api_key_env": {"type": "string", "pattern": f"^{_ENV_NAME.pattern}$"},
        "ca_bundle": path_type,
        "smtp_password_file": path_type,
        "min_filter_strictness": {"enum": list(STRICTNESS)},
        "admin_pin_hash": {"type": "string", "pattern": "^\\$argon2id\\$"},
        "shared_machine": {
            "type": "object",
            "properties": {
                key: {"type": "boolean", "description": text}
                for key, text in SHARED_MACHINE_KEYS.items()
            },
            "additionalProperties": False,
        },
    }
    for key, text in TOP_LEVEL_KEYS.items():
        properties[key] = {"description": text, **properties[key]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Hoot machine policy, version {POLICY_VERSION}",
        "type": "object",
        "required": ["version"],
        "properties": properties,
        "additionalProperties": False,
    }
