"""The machine policy: every key applied and locked, bad values refused at their JSON path,
broken or student-writable files refused (fail closed), and the shipped schema and example."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from app import paths
from app.family import guard
from app.family.lockout import LockoutState
from app.policy import (
    SCHEMA_FILE,
    TOP_LEVEL_KEYS,
    MachinePolicy,
    PolicyError,
    Problem,
    json_schema,
    load_machine_policy,
    parse_policy,
    policy_from_text,
    validate_policy,
    wipe_at_sign_out,
)
from app.settings import SPECS, Scope, SettingLocked, Settings, Source
from tests.unit.test_settings import DictStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "installer" / "linux" / "policy.example.json"
PIN_HASH = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("2468")

#: For every setting: a value a policy may set, and one it must refuse.
GOOD_AND_BAD: dict[str, tuple[Any, Any]] = {
    "model": ("claude-sonnet-4-5", "gpt-4o"),
    "max_tokens": (2048, 10),
    "base_url": ("https://llm-gateway.school.example/anthropic", "http://gateway.school.example"),
    "demo_allowed": (False, "no"),
    "history_enabled": (False, 1),
    "retention_days": (30, 0),
    "keyring_fallback_allowed": (False, "false"),
    "report_folder": ("\\\\fileserver\\safeguarding\\hoot", "hoot-reports"),
    "crisis_region": ("GB", "FR"),
    "text_size": (18, 40),
    "alerts.desktop": (False, None),
    "alerts.high": ("digest", "later"),
    "alerts.email_to": ("safeguarding@school.example", "nobody"),
    "alerts.include_excerpt": (True, "yes"),
    "smtp.host": ("smtp.school.example", 25),
    "smtp.port": (465, 70000),
    "smtp.security": ("ssl", "tls"),
    "smtp.user": ("hoot-alerts", ""),
    "smtp.from": ("hoot@school.example", "hoot"),
    "filter_strictness": ("strict", "extreme"),
    "blocked_words": (["Fortnite", "roblox"], "fortnite"),
    "allowed_words": (["scunthorpe"], [1]),
    "require_pin_to_start": (True, "yes"),
    "daily_minutes": (45, 2),
    "quiet_hours": ({"start": "21:00", "end": "07:00"}, "21:00-07:00"),
}


def _path_of(key: str) -> str:
    return f"$.settings.{key}" if "." not in key else f'$.settings["{key}"]'


def test_the_table_covers_every_setting() -> None:
    """A new setting in app.settings.SPECS needs a good and a bad policy value here."""
    assert set(GOOD_AND_BAD) == set(SPECS)


@pytest.mark.parametrize("key", sorted(SPECS))
def test_every_setting_in_a_policy_is_applied_and_locked(key: str) -> None:
    """A policy value wins over the parent's choice, and the parent area cannot change it."""
    good, _bad = GOOD_AND_BAD[key]
    policy = parse_policy({"version": 1, "settings": {key: good}})
    child = 7 if SPECS[key].scope is Scope.CHILD else None
    store = DictStore()
    settings = Settings(store, policy)
    assert settings.get(key, child) == SPECS[key].check(good)
    assert settings.source(key, child) is Source.POLICY
    assert settings.is_locked(key)
    with pytest.raises(SettingLocked):
        settings.set(key, SPECS[key].default, child)


@pytest.mark.parametrize("key", sorted(SPECS))
def test_every_setting_refuses_a_bad_value_with_its_path(key: str) -> None:
    """A value the setting cannot take is reported at `$.settings.<key>` with what is expected."""
    _good, bad = GOOD_AND_BAD[key]
    problems = validate_policy({"version": 1, "settings": {key: bad}})
    assert len(problems) == 1
    assert problems[0].path == _path_of(key)
    assert problems[0].expected.startswith("expected")


@pytest.mark.parametrize("key", sorted(SPECS))
def test_every_setting_can_be_locked_at_its_default(key: str) -> None:
    """`locked` keeps Hoot's default, whatever the parent had stored, and refuses changes."""
    good, _bad = GOOD_AND_BAD[key]
    child = 3 if SPECS[key].scope is Scope.CHILD else None
    store = DictStore()
    store.set(key, SPECS[key].check(good), child_id=child)
    settings = Settings(store, parse_policy({"version": 1, "locked": [key]}))
    assert settings.get(key, child) == SPECS[key].default
    with pytest.raises(SettingLocked):
        settings.reset(key, child)


def test_every_problem_is_reported_at_once_with_its_path() -> None:
    """One pass lists each mistake, so an admin fixes a file in one go, not one error a run."""
    problems = validate_policy(
        {
            "version": 2,
            "settings": {"retention_days": 0, "modle": "claude-haiku-4-5"},
            "locked": ["txt_size", 5],
            "retention_days": 30,
            "api_key": "sk-ant-secret",
            "shared_machine": {"enabled": "yes", "wipe": True},
            "min_filter_strictness": "lenient",
            "ca_bundle": "certs/school.pem",
            "api_key_file": "api-key.txt",
            "api_key_env": "1BAD",
            "admin_pin_hash": "1234",
            "shared": True,
        }
    )
    assert [str(problem) for problem in problems] == [
        "$.version: expected 1 (this Hoot reads policy version 1 only)",
        "$.settings.retention_days: expected a whole number from 1 to 3650",
        '$.settings.modle: unknown setting; did you mean "model"?',
        '$.locked[0]: expected a setting name (not "txt_size"); did you mean "text_size"?',
        "$.locked[1]: expected a setting name (not 5)",
        '$.retention_days: unknown key here; put it inside "settings": {"retention_days": ...}',
        "$.api_key: never put a secret in the policy file (every user can read it); "
        "use api_key_file, api_key_env or smtp_password_file",
        "$.shared_machine.enabled: expected true or false",
        '$.shared_machine.wipe: unknown key; did you mean "wipe_at_sign_out"?',
        "$.min_filter_strictness: expected one of: relaxed, standard, strict",
        "$.ca_bundle: expected an absolute file path (a relative one depends on who starts Hoot)",
        "$.api_key_file: expected an absolute file path "
        "(a relative one depends on who starts Hoot)",
        "$.api_key_env: expected the name of an environment variable, like SCHOOL_API_KEY",
        "$.admin_pin_hash: expected an argon2id hash made with `hoot policy hash-pin`",
        '$.shared: unknown key; did you mean "shared_machine"?',
        "$.api_key_env: expected only one of api_key_file and api_key_env",
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({}, Problem("$.version", "expected 1 (the policy format version)")),
        ([1], Problem("$", 'expected a JSON object, like {"version": 1}')),
        (
            {"version": True},
            Problem("$.version", "expected 1 (this Hoot reads policy version 1 only)"),
        ),
        (
            {"version": 1, "settings": []},
            Problem("$.settings", 'expected an object of settings, like {"retention_days": 30}'),
        ),
        (
            {"version": 1, "locked": "text_size"},
            Problem("$.locked", 'expected a list of setting names, like ["text_size"]'),
        ),
        (
            {"version": 1, "locked": ["text_size", "text_size"]},
            Problem("$.locked[1]", 'expected each setting once ("text_size" is listed twice)'),
        ),
        (
            {"version": 1, "api_key_file": "/etc/hoot/key", "api_key_env": "SCHOOL_KEY"},
            Problem("$.api_key_env", "expected only one of api_key_file and api_key_env"),
        ),
        (
            {"version": 1, "shared_machine": {"wipe_at_sign_out": True}},
            Problem(
                "$.shared_machine.wipe_at_sign_out",
                'expected "enabled": true as well (wiping is part of shared-machine mode)',
            ),
        ),
        (
            {"version": 1, "comment": 5},
            Problem("$.comment", "expected text"),
        ),
    ],
)
def test_structural_mistakes_are_named_at_their_path(document: Any, expected: Problem) -> None:
    """Wrong shapes, duplicates and conflicting keys each get one clear problem."""
    assert validate_policy(document) == [expected]


@pytest.mark.parametrize(
    ("api_key_file", "api_key_env"),
    [("relative/key", "SCHOOL_KEY"), ("/etc/hoot/api-key", "1BAD"), (5, "")],
)
def test_both_key_sources_conflict_even_when_one_is_also_invalid(
    api_key_file: Any, api_key_env: Any
) -> None:
    """Fixing a bad value must not reveal a second, hidden problem: the conflict shows at once."""
    problems = validate_policy(
        {"version": 1, "api_key_file": api_key_file, "api_key_env": api_key_env}
    )
    assert Problem("$.api_key_env", "expected only one of api_key_file and api_key_env") in problems


def test_a_bad_admin_pin_hash_in_shared_mode_is_one_problem_not_two() -> None:
    """A malformed hash is named once, not again as 'missing' for shared_machine."""
    problems = validate_policy(
        {"version": 1, "admin_pin_hash": "1234", "shared_machine": {"enabled": True}}
    )
    assert problems == [
        Problem("$.admin_pin_hash", "expected an argon2id hash made with `hoot policy hash-pin`")
    ]


@pytest.mark.parametrize(
    ("quiet_hours", "path", "expected"),
    [
        ({"start": "9pm", "end": "07:00"}, "$.settings.quiet_hours.start", "expected a time"),
        ({"start": "21:00", "end": "7"}, "$.settings.quiet_hours.end", "expected a time"),
        (
            {"start": "21:00", "end": "07:00", "days": ["mon", "funday"]},
            "$.settings.quiet_hours.days[1]",
            "expected a day from: mon, tue",
        ),
        (
            {"start": "21:00", "end": "07:00", "weekends": True},
            "$.settings.quiet_hours.weekends",
            'expected only "start", "end" and "days" here',
        ),
    ],
)
def test_quiet_hours_problems_point_at_the_part_to_fix(
    quiet_hours: Any, path: str, expected: str
) -> None:
    """An admin is sent to the sub-key at fault, not just to `$.settings.quiet_hours`."""
    problems = validate_policy({"version": 1, "settings": {"quiet_hours": quiet_hours}})
    assert [problem.path for problem in problems] == [path]
    assert problems[0].expected.startswith(expected)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        (
            "base_url",
            "http://llm-gateway.school.example",
            "expected an address starting with https:// "
            "(plain http:// is allowed only for this computer: localhost or 127.0.0.1)",
        ),
        (
            "model",
            "gpt-4o",
            "expected a Claude model name matching claude-[a-z0-9][a-z0-9._:@-]* "
            '(it starts with "claude-"), like "claude-haiku-4-5"',
        ),
        (
            "crisis_region",
            "FR",
            "expected a region Hoot has help lines for: US, GB, IE, CA, AU, NZ, "
            'or "INTL" for the international help-line directories',
        ),
        ("report_folder", "reports", "expected an absolute folder path, like /srv/hoot-reports"),
    ],
)
def test_policy_check_names_what_the_deployment_settings_accept(
    key: str, value: str, expected: str
) -> None:
    """The school's gateway, model, help-line region and report folder are refused with the
    accepted form spelled out."""
    problems = validate_policy({"version": 1, "settings": {key: value}})
    assert len(problems) == 1
    assert problems[0].expected.startswith(expected)


def test_a_forced_strictness_below_the_minimum_is_refused() -> None:
    """`settings.filter_strictness` may not undercut `min_filter_strictness` in the same file."""
    problems = validate_policy(
        {
            "version": 1,
            "min_filter_strictness": "strict",
            "settings": {"filter_strictness": "standard"},
        }
    )
    assert problems == [
        Problem(
            "$.settings.filter_strictness",
            'expected "strict" or stricter (min_filter_strictness is "strict")',
        )
    ]


def test_shared_machine_mode_needs_the_schools_admin_pin() -> None:
    """In a lab no student may become the 'parent': shared mode requires admin_pin_hash."""
    problems = validate_policy({"version": 1, "shared_machine": {"enabled": True}})
    assert [problem.path for problem in problems] == ["$.admin_pin_hash"]
    policy = parse_policy(
        {
            "version": 1,
            "shared_machine": {"enabled": True, "wipe_at_sign_out": True},
            "admin_pin_hash": PIN_HASH,
        }
    )
    assert policy.shared_machine.enabled
    assert policy.shared_machine.wipe_at_sign_out


def test_a_key_written_twice_is_an_error_not_silently_the_last_one() -> None:
    """Plain JSON keeps the last duplicate; a policy names it so a typo cannot hide."""
    text = '{"version": 1, "settings": {"retention_days": 30, "retention_days": 3000}}'
    with pytest.raises(PolicyError) as raised:
        policy_from_text(text)
    assert [str(p) for p in raised.value.problems] == [
        "$.settings.retention_days: expected each key once (this one is written twice)"
    ]


def test_minimum_strictness_raises_a_lower_choice_only() -> None:
    """The floor lifts "relaxed" to "standard" and leaves "strict" alone."""
    policy = parse_policy({"version": 1, "min_filter_strictness": "standard"})
    assert policy.min_filter_strictness == "standard"
    assert policy.strictness_at_least("relaxed") == "standard"
    assert policy.strictness_at_least("strict") == "strict"
    assert not policy.allows_strictness("relaxed")
    assert policy.allows_strictness("standard")
    assert MachinePolicy().strictness_at_least("relaxed") == "relaxed"


def test_the_admin_pin_hash_checks_the_schools_pin() -> None:
    """The school's PIN opens the parent area; another PIN does not; no hash opens nothing."""
    policy = parse_policy({"version": 1, "admin_pin_hash": PIN_HASH})
    assert policy.verify_admin_pin("2468")
    assert not policy.verify_admin_pin("1357")
    assert not MachinePolicy().verify_admin_pin("2468")
    assert PIN_HASH not in repr(policy)


def test_policy_only_keys_are_carried_into_the_policy() -> None:
    """Key source, CA bundle and SMTP password file come through as given."""
    policy = parse_policy(
        {
            "version": 1,
            "api_key_env": "SCHOOL_ANTHROPIC_KEY",
            "ca_bundle": "C:\\ProgramData\\Hoot\\school-ca.pem",
            "smtp_password_file": "/etc/hoot/smtp-password",
        }
    )
    assert policy.api_key_env == "SCHOOL_ANTHROPIC_KEY"
    assert policy.ca_bundle == "C:\\ProgramData\\Hoot\\school-ca.pem"
    assert policy.smtp_password_file == "/etc/hoot/smtp-password"
    assert policy.settings == {}
    assert policy.locked == frozenset()


# -- loading the file ----------------------------------------------------------------------------


def _write(path: Path, document: Any, mode: int = 0o644) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    path.chmod(mode)
    return path


def test_no_policy_file_means_no_policy(tmp_path: Path) -> None:
    """Most families have no policy file: Hoot starts with nothing forced."""
    assert load_machine_policy(tmp_path / "policy.json") is None


def test_the_default_location_comes_from_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """With no argument the file at `app.paths.machine_policy_path()` (HOOT_POLICY) is read."""
    policy_file = _write(tmp_path / "school.json", {"version": 1, "settings": {"text_size": 16}})
    monkeypatch.setenv(paths.POLICY_ENV, str(policy_file))
    policy = load_machine_policy()
    assert policy is not None
    assert policy.settings["text_size"] == 16
    assert policy.source == policy_file


def test_a_broken_policy_refuses_to_start_with_a_message_for_the_admin(tmp_path: Path) -> None:
    """An invalid file raises PolicyError (the app shows it and exits); it is never ignored."""
    policy_file = _write(
        tmp_path / "policy.json", {"version": 1, "settings": {"retention_days": -1}, "demo": 1}
    )
    with pytest.raises(PolicyError) as raised:
        load_machine_policy(policy_file, require_admin_owned=False)
    message = str(raised.value)
    assert message.startswith(
        f"Hoot will not start. The machine policy {policy_file} has 2 problems"
    )
    assert "$.settings.retention_days: expected a whole number from 1 to 3650" in message
    assert "$.demo: unknown key" in message
    assert f"hoot policy check {policy_file}" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"version": 1,}', "$: expected valid JSON (line 1, column 15: Expecting property name"),
        (b"", "$: expected valid JSON (line 1, column 1: Expecting value)"),
        (b"\xff\xfe{}", "$: expected UTF-8 text"),
    ],
)
def test_unreadable_json_refuses_to_start(tmp_path: Path, content: bytes, expected: str) -> None:
    """Bad JSON or a non-UTF-8 file is a problem at `$` with the line and column."""
    policy_file = tmp_path / "policy.json"
    policy_file.write_bytes(content)
    with pytest.raises(PolicyError) as raised:
        load_machine_policy(policy_file, require_admin_owned=False)
    assert str(raised.value.problems[0]).startswith(expected)


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path: Path) -> None:
    """Windows Notepad may save UTF-8 with a BOM; that is still a valid policy."""
    policy_file = tmp_path / "policy.json"
    policy_file.write_bytes(b'\xef\xbb\xbf{"version": 1}')
    assert load_machine_policy(policy_file, require_admin_owned=False) == MachinePolicy(
        source=policy_file
    )


def test_a_dangling_link_is_not_mistaken_for_no_policy(tmp_path: Path) -> None:
    """A link to a missing file means a policy was meant to be there: refuse, do not ignore."""
    link = tmp_path / "policy.json"
    link.symlink_to(tmp_path / "gone.json")
    with pytest.raises(PolicyError):
        load_machine_policy(link, require_admin_owned=False)


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX ownership and modes")
root_only = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="needs root to own and chown files (CI is root)"
)


@root_only
def test_a_root_owned_read_only_policy_is_accepted(tmp_path: Path) -> None:
    """root:root 0644 in root-owned folders is how an admin installs it: accepted."""
    policy_file = _write(tmp_path / "policy.json", {"version": 1})
    assert load_machine_policy(policy_file, require_admin_owned=True) is not None


@posix_only
@pytest.mark.parametrize("mode", [0o666, 0o664, 0o646])
def test_a_policy_others_can_write_is_refused(tmp_path: Path, mode: int) -> None:
    """Group- or world-writable: a student could rewrite it, so Hoot refuses to start."""
    policy_file = _write(tmp_path / "policy.json", {"version": 1}, mode)
    with pytest.raises(PolicyError) as raised:
        load_machine_policy(policy_file, require_admin_owned=True)
    text = str(raised.value)
    assert f"expected the file {policy_file} not to be writable by others" in text
    assert f"sudo chown root:root {policy_file} && sudo chmod 0644 {policy_file}" in text


@root_only
def test_a_policy_owned_by_a_user_is_refused(tmp_path: Path) -> None:
    """Owned by an ordinary account (uid 1000), the owner could change it: refused."""
    policy_file = _write(tmp_path / "policy.json", {"version": 1})
    os.chown(policy_file, 1000, 1000)
    with pytest.raises(PolicyError) as raised:
        load_machine_policy(policy_file, require_admin_owned=True)
    assert f"expected the file {policy_file} to be owned by root (uid 1000)" in str(raised.value)


@root_only
def test_a_policy_in_a_folder_others_can_write_is_refused(tmp_path: Path) -> None:
    """Whoever can write the folder can swap the file: the folder is checked too."""
    folder = tmp_path / "hoot"
    folder.mkdir()
    folder.chmod(0o777)
    policy_file = _write(folder / "policy.json", {"version": 1})
    with pytest.raises(PolicyError) as raised:
        load_machine_policy(policy_file, require_admin_owned=True)
    assert f"expected the folder {folder} not to be writable by others" in str(raised.value)


@posix_only
def test_ownership_is_checked_unless_hoot_policy_points_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default the check is on; HOOT_POLICY (tests, portable installs) turns it off."""
    policy_file = _write(tmp_path / "policy.json", {"version": 1}, 0o666)
    monkeypatch.setenv(paths.POLICY_ENV, str(policy_file))
    assert load_machine_policy() is not None
    monkeypatch.delenv(paths.POLICY_ENV)
    with pytest.raises(PolicyError):
        load_machine_policy(policy_file)


# -- shared machines -----------------------------------------------------------------------------


def _shared(wipe: bool) -> MachinePolicy:
    return parse_policy(
        {
            "version": 1,
            "admin_pin_hash": PIN_HASH,
            "shared_machine": {"enabled": True, "wipe_at_sign_out": wipe},
        }
    )


def test_sign_out_wipes_the_users_data_and_key_when_the_policy_says_so(
    data_dir: Path, memory_keyring: Any
) -> None:
    """The data folder (database, key file, logs) and the keyring entry are gone."""
    (data_dir / "logs").mkdir(parents=True)
    (data_dir / "hoot.db").write_bytes(b"encrypted")
    memory_keyring.set_password("Hoot", "database-key", "00" * 32)
    result = wipe_at_sign_out(_shared(wipe=True), data_dir)
    assert result.wiped
    assert result.keyring_entry_removed
    assert not data_dir.exists()
    assert memory_keyring.get_password("Hoot", "database-key") is None


def test_sign_out_wipe_makes_the_next_set_up_a_school_one_not_a_deleted_data_alarm(
    data_dir: Path, memory_keyring: Any
) -> None:
    """After the school's own wipe, the keyring's copy of the parent PIN is dropped, so the next
    sign-in asks for the admin PIN instead of raising "Hoot's data was deleted" each time; the
    count of wrong admin-PIN tries stays, so signing out and in gives no fresh guesses."""
    data_dir.mkdir(parents=True)
    guard.remember_pin("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")
    guard.remember_recovery_code("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$Y29kZWNvZGU")
    guard.save_gate_lockout(LockoutState(failed_attempts=3))
    result = wipe_at_sign_out(_shared(wipe=True), data_dir)
    assert result.parent_guard_cleared
    left = guard.read_guard()
    assert left is not None
    assert (left.pin_hash, left.recovery_hash) == (None, None)
    assert left.lockout.failed_attempts == 3


def test_sign_out_wipe_without_wrong_tries_leaves_no_guard(
    data_dir: Path, memory_keyring: Any
) -> None:
    """Nothing to carry over: the guard entry is simply gone."""
    data_dir.mkdir(parents=True)
    guard.remember_pin("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")
    assert wipe_at_sign_out(_shared(wipe=True), data_dir).parent_guard_cleared
    assert guard.read_guard() is None


@pytest.mark.parametrize("policy", [None, "no-wipe"])
def test_sign_out_keeps_the_data_without_a_wipe_policy(data_dir: Path, policy: str | None) -> None:
    """No policy, or shared mode without wiping: the sign-out hook deletes nothing."""
    data_dir.mkdir(parents=True)
    (data_dir / "hoot.db").write_bytes(b"encrypted")
    result = wipe_at_sign_out(_shared(wipe=False) if policy else None, data_dir)
    assert not result.wiped
    assert (data_dir / "hoot.db").exists()


# -- the shipped schema and example --------------------------------------------------------------


def test_the_shipped_json_schema_matches_the_validator() -> None:
    """resources/policy/ holds exactly what `hoot policy schema` prints (regenerate it if not)."""
    shipped = json.loads((ROOT / "resources" / "policy" / SCHEMA_FILE).read_text("utf-8"))
    assert shipped == json_schema(), "run: hoot policy schema > resources/policy/" + SCHEMA_FILE


def test_the_schema_names_every_key_the_validator_knows() -> None:
    """Editors suggest the same keys Hoot accepts: top level, settings, shared_machine."""
    schema = json_schema()
    assert set(schema["properties"]) == set(TOP_LEVEL_KEYS)
    assert set(schema["properties"]["settings"]["properties"]) == set(SPECS)
    assert schema["properties"]["version"]["const"] == 1


def test_the_example_policy_in_the_installer_is_valid() -> None:
    """The example the .deb ships in /usr/share/doc/hoot-chat passes its own check."""
    document = json.loads(EXAMPLE.read_text("utf-8"))
    assert validate_policy(document) == []


def test_the_admin_guide_documents_every_key() -> None:
    """docs/ADMIN.md's schema reference names every top-level key and every setting."""
    guide = (ROOT / "docs" / "ADMIN.md").read_text("utf-8")
    for key in [
        *TOP_LEVEL_KEYS,
        *SPECS,
        "shared_machine.enabled",
        "shared_machine.wipe_at_sign_out",
    ]:
        assert f"| `{key}` |" in guide, key


def test_the_policy_examples_in_the_admin_guide_are_valid() -> None:
    """Every JSON example an admin may copy from docs/ADMIN.md passes the validator."""
    guide = (ROOT / "docs" / "ADMIN.md").read_text("utf-8")
    examples = [block.split("```", 1)[0] for block in guide.split("```json\n")[1:]]
    assert len(examples) >= 2
    for example in examples:
        assert validate_policy(json.loads(example)) == []
