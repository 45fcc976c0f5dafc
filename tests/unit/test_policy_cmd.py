"""`hoot policy check | hash-pin | schema | sign-out` as an admin runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from app import paths
from app.cli import main
from app.policy import json_schema

GOOD = {
    "version": 1,
    "settings": {"retention_days": 30, "demo_allowed": False},
    "locked": ["text_size"],
}
BAD = {
    "version": 1,
    "settings": {"retention_days": 0, "alerts.email_to": "nobody"},
    "locked": ["txt_size"],
    "history": False,
}


def _file(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_check_accepts_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A valid file: exit 0 and a one-line summary of what it sets and locks."""
    path = _file(tmp_path, GOOD)
    assert main(["policy", "check", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"{path}: valid Hoot machine policy (version 1); 2 settings set, 3 locked.\n"
    )


def test_check_prints_every_problem_with_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken file: exit 1 and one line per problem, each with its JSON path."""
    path = _file(tmp_path, BAD)
    assert main(["policy", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: $.settings.retention_days: expected a whole number from 1 to 3650",
        f'{path}: $.settings["alerts.email_to"]: '
        "expected an e-mail address like parent@example.com",
        f'{path}: $.locked[0]: expected a setting name (not "txt_size"); did you mean "text_size"?',
        f'{path}: $.history: unknown key; did you mean "history_enabled" inside "settings"?',
        f"{path}: 4 problems; Hoot will not start with it.",
    ]


def test_check_as_json_for_configuration_management(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--json` gives a machine-readable verdict (Ansible, Intune scripts)."""
    path = _file(tmp_path, BAD)
    assert main(["policy", "check", "--json", str(path)]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["found"] is True
    assert result["valid"] is False
    assert result["problems"][0] == {
        "path": "$.settings.retention_days",
        "expected": "expected a whole number from 1 to 3650",
    }


def test_check_reports_bad_json_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A syntax error is a problem at `$` that says where it is."""
    path = tmp_path / "policy.json"
    path.write_text('{\n  "version": 1\n  "settings": {}\n}\n', encoding="utf-8")
    assert main(["policy", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: $: expected valid JSON (line 3, column 3: Expecting ',' delimiter)" in out


def test_check_names_files_missing_on_this_computer_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An admin may check a file on a workstation where the key file does not exist."""
    path = _file(tmp_path, {"version": 1, "api_key_file": str(tmp_path / "api-key")})
    assert main(["policy", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"$.api_key_file: note: {tmp_path / 'api-key'} does not exist on this computer" in out


def test_check_of_a_missing_file_fails_with_its_own_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not there: exit 3 (not 0, not a traceback) and a message saying so, so a
    deployment loop notices a copy that failed."""
    missing = tmp_path / "nope.json"
    assert main(["policy", "check", str(missing)]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"hoot policy check: {missing} does not exist; nothing was checked.\n"


def test_check_of_a_dangling_link_says_where_it_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link whose target is gone is 'missing' too, and the message says it is a link."""
    link = tmp_path / "policy.json"
    link.symlink_to(tmp_path / "gone.json")
    assert main(["policy", "check", str(link)]) == 3
    assert "a link to a file that is not there" in capsys.readouterr().err


def test_check_of_an_unreadable_file_is_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """There but not readable as text (here: not UTF-8): exit 2, kept apart from 'missing'."""
    path = tmp_path / "policy.json"
    path.write_bytes(b"\xff\xfe{}")
    assert main(["policy", "check", str(path)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_check_without_a_file_checks_this_machines_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No FILE: the machine's own policy (here HOOT_POLICY). None there is exit 3 with a clear
    message, so 'copy the policy, then check it' fails loudly when the copy did not happen."""
    absent = tmp_path / "absent.json"
    monkeypatch.setenv(paths.POLICY_ENV, str(absent))
    assert main(["policy", "check"]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"hoot policy check: no machine policy at {absent}; ")
    monkeypatch.setenv(paths.POLICY_ENV, str(_file(tmp_path, BAD)))
    assert main(["policy", "check"]) == 1
    assert "4 problems" in capsys.readouterr().out
    monkeypatch.setenv(paths.POLICY_ENV, str(_file(tmp_path, GOOD)))
    assert main(["policy", "check"]) == 0


def test_check_as_json_of_a_missing_file_says_not_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scripts reading --json see found: false (and the same exit 3)."""
    missing = tmp_path / "nope.json"
    assert main(["policy", "check", "--json", str(missing)]) == 3
    result = json.loads(capsys.readouterr().out)
    assert result == {
        "file": str(missing),
        "found": False,
        "valid": False,
        "problems": [],
        "notes": [],
    }


def test_check_help_documents_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    """`hoot policy check --help` lists 0, 1, 2 and 3 with their meaning."""
    with pytest.raises(SystemExit):
        main(["policy", "check", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0 the policy is valid; 1 it has problems" in text
    assert "2 the file cannot be read; 3 the file does not exist" in text


def test_hash_pin_makes_an_argon2id_hash_the_policy_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`hash-pin --pin-stdin` prints a hash that verifies the PIN and passes `check`."""
    monkeypatch.setattr("sys.stdin", io.StringIO("482916\n"))
    assert main(["policy", "hash-pin", "--pin-stdin"]) == 0
    out = capsys.readouterr().out
    digest = out.strip()
    assert digest.startswith("$argon2id$")
    assert "482916" not in out
    assert PasswordHasher().verify(digest, "482916")
    path = _file(tmp_path, {"version": 1, "admin_pin_hash": digest})
    assert main(["policy", "check", str(path)]) == 0


def test_hash_pin_warns_when_the_pin_is_too_easy_for_lab_accounts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 4-digit admin PIN still gets its hash, with a note that lab set-up (which makes it every
    student account's parent PIN) will refuse it; a strong one gets no note."""
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["policy", "hash-pin", "--pin-stdin"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("$argon2id$")
    assert "`hoot setup --use-admin-pin` will refuse this PIN" in captured.err
    assert "Please use at least 6 digits." in captured.err
    monkeypatch.setattr("sys.stdin", io.StringIO("School-Admin-2026\n"))
    assert main(["policy", "hash-pin", "--pin-stdin"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("pin", ["12", " " * 6, "x" * 65])
def test_hash_pin_refuses_a_pin_that_is_too_short_or_blank(
    pin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Too short, blank or too long: exit 1, nothing printed to stdout."""
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    assert main(["policy", "hash-pin", "--pin-stdin"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "expected a PIN of 4 to 64 characters" in captured.err


def test_hash_pin_prompt_needs_the_same_pin_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typed at a prompt, a mistyped second PIN makes nothing."""
    answers = iter(["482916", "482917"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["policy", "hash-pin"]) == 1
    assert "the two PINs differ" in capsys.readouterr().err


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`hoot policy schema` prints the schema editors use."""
    assert main(["policy", "schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()


def test_sign_out_wipes_only_when_the_policy_says_so(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The sign-out hook deletes the user's data under a wipe policy and nothing otherwise."""
    data_dir.mkdir(parents=True)
    (data_dir / "hoot.db").write_bytes(b"encrypted")
    assert main(["policy", "sign-out"]) == 0
    assert (data_dir / "hoot.db").exists()
    digest = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("2468")
    wipe = {
        "version": 1,
        "admin_pin_hash": digest,
        "shared_machine": {"enabled": True, "wipe_at_sign_out": True},
    }
    monkeypatch.setenv(paths.POLICY_ENV, str(_file(tmp_path, wipe)))
    assert main(["policy", "sign-out"]) == 0
    assert not data_dir.exists()
    assert "Deleted this user's Hoot data" in capsys.readouterr().out


def test_sign_out_with_a_broken_policy_keeps_the_data(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A broken policy cannot say whether to wipe: keep everything, exit 1, tell the admin."""
    data_dir.mkdir(parents=True)
    (data_dir / "hoot.db").write_bytes(b"encrypted")
    monkeypatch.setenv(paths.POLICY_ENV, str(_file(tmp_path, BAD)))
    assert main(["policy", "sign-out"]) == 1
    assert (data_dir / "hoot.db").exists()
    assert "Hoot will not start" in capsys.readouterr().err
