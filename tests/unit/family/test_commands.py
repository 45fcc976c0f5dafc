"""`hoot setup` and `hoot data` run as real subprocesses: PIN on stdin only, exit codes, and no
trace of the PIN in the data folder, the decrypted database, the output or the arguments."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.family.access import WrongPin
from app.family.kdf import hash_secret
from app.family.pin import store_pin, verify_pin
from app.guidance.notice import privacy_notice
from app.store import Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, use_no_keyring
from tests.unit.family.file_keyring import FILE_ENV
from tests.unit.store.file_scan import (
    database_key,
    decrypted_database,
    decrypted_wal,
    files_containing,
)

ROOT = Path(__file__).resolve().parents[3]
#: A passphrase nothing else in Hoot could contain by chance.
CANARY_PIN = "Canary-Quokka-7391"
NO_KEYRING = "keyring.backends.fail.Keyring"
FILE_KEYRING = "tests.unit.family.file_keyring.FileKeyring"


def hoot(
    data_dir: Path,
    *arguments: str,
    stdin: str = "",
    keyring_backend: str = NO_KEYRING,
    keyring_file: Path | None = None,
    policy: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGUMENTS` with its own data folder, the given keyring, and no
    machine policy unless one is given."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("ANTHROPIC")
    }
    environment.update(
        HOOT_DATA_DIR=str(data_dir),
        HOOT_POLICY=str(policy or data_dir.parent / "no-policy.json"),
        PYTHON_KEYRING_BACKEND=keyring_backend,
    )
    if keyring_file is not None:
        environment[FILE_ENV] = str(keyring_file)
    command = [sys.executable, "-m", "app", *arguments]
    assert not any(CANARY_PIN in part or GOOD_PIN in part for part in command)
    return subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.fixture
def no_keyring() -> None:
    """This process, too, uses the key file, so it can open what the subprocess wrote."""
    use_no_keyring()


def test_setup_then_export_then_delete(data_dir: Path, tmp_path: Path, no_keyring: None) -> None:
    """The whole headless life: set up, export a child, refuse delete without --yes, delete.
    Afterwards the canary PIN is nowhere: not in any file (raw or decrypted), not in output."""
    setup = hoot(
        data_dir,
        "setup",
        "--pin-stdin",
        "--accept-notice",
        "--child",
        "Mia",
        "--birth",
        "2016-05",
        "--child",
        "Sam",
        "--birth",
        "2019-11",
        stdin=CANARY_PIN + "\n",
    )
    assert setup.returncode == 0, setup.stderr
    assert "Hoot is set up." in setup.stdout
    assert "Mia: ages" in setup.stdout
    code_line = next(line.strip() for line in setup.stdout.splitlines() if line.startswith("    "))
    assert len(code_line) == 19
    assert "Write it down" in setup.stdout
    assert "no password store" in setup.stdout

    again = hoot(
        data_dir,
        "setup",
        "--pin-stdin",
        "--accept-notice",
        "--child",
        "Max",
        "--birth",
        "2015-01",
        stdin=CANARY_PIN + "\n",
    )
    assert again.returncode == 6
    assert "already set up" in again.stderr

    out = tmp_path / "mia.json"
    export = hoot(
        data_dir,
        "data",
        "export",
        "--child",
        "mia",
        "--pin-stdin",
        "--out",
        str(out),
        stdin=CANARY_PIN + "\n",
    )
    assert export.returncode == 0, export.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["child"]["nickname"] == "Mia"

    unconfirmed = hoot(data_dir, "data", "delete", "--child", "Sam", "--pin-stdin")
    assert unconfirmed.returncode == 2
    assert "add --yes" in unconfirmed.stderr

    delete = hoot(
        data_dir,
        "data",
        "delete",
        "--child",
        "Sam",
        "--pin-stdin",
        "--yes",
        stdin=CANARY_PIN + "\n",
    )
    assert delete.returncode == 0, delete.stderr
    assert "Deleted everything Hoot kept about Sam" in delete.stdout

    canary = CANARY_PIN.encode()
    assert files_containing(data_dir, canary) == []
    assert files_containing(tmp_path, canary) == []
    key = database_key(data_dir)
    database = data_dir / "hoot.db"
    assert canary not in decrypted_database(database, key)
    assert canary not in decrypted_wal(database.with_name("hoot.db-wal"), key)
    assert b"Mia" in decrypted_database(database, key) + decrypted_wal(
        database.with_name("hoot.db-wal"), key
    ), "the scan must be able to see stored text, or it proves nothing"
    for result in (setup, again, export, unconfirmed, delete):
        assert CANARY_PIN not in result.stdout + result.stderr
    with Store.open(data_dir) as store:
        assert [child.nickname for child in store.profiles.all()] == ["Mia"]


def test_setup_takes_no_pin_argument(data_dir: Path) -> None:
    """There is no option that takes a PIN: one given as an argument is a usage error."""
    as_argument = hoot(data_dir, "setup", "--pin", "583" + "xyz")
    assert as_argument.returncode == 2
    assert "unrecognized arguments" in as_argument.stderr
    assert not data_dir.exists()


def _main_with_stdin(monkeypatch: pytest.MonkeyPatch, stdin: str, *arguments: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(arguments))


def test_setup_stops_without_pin_stdin_or_accept_notice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The PIN only on stdin, and consent only with --accept-notice: both are asked for."""
    assert _main_with_stdin(monkeypatch, "", "setup", "--child", "Mia", "--birth", "2016-05") == 2
    assert "standard input" in capsys.readouterr().err
    code = _main_with_stdin(
        monkeypatch, GOOD_PIN + "\n", "setup", "--pin-stdin", "--child", "Mia", "--birth", "2016-05"
    )
    assert code == 2
    assert "--accept-notice" in capsys.readouterr().err
    code = _main_with_stdin(
        monkeypatch, GOOD_PIN + "\n", "setup", "--pin-stdin", "--accept-notice", "--child", "Mia"
    )
    assert code == 2
    assert "--birth" in capsys.readouterr().err
    code = _main_with_stdin(
        monkeypatch,
        "",
        "setup",
        "--pin-stdin",
        "--accept-notice",
        "--child",
        "Mia",
        "--birth",
        "2016-05",
    )
    assert code == 2
    assert "No PIN was given" in capsys.readouterr().err


@pytest.mark.parametrize(
    "case",
    [
        ("123456", "2016-05", "easy to guess"),
        (GOOD_PIN, "1980-01", "do not need a child profile"),
        (GOOD_PIN, "2099-01", "has not happened yet"),
        (GOOD_PIN, "May 2016", "like 2016-05"),
    ],
)
def test_setup_refuses_easy_pins_and_wrong_ages(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    case: tuple[str, str, str],
) -> None:
    """A refused PIN or birth month says why, and nothing is set up."""
    pin, birth, phrase = case
    code = _main_with_stdin(
        monkeypatch,
        pin + "\n",
        *("setup", "--pin-stdin", "--accept-notice", "--child", "Mia", "--birth", birth),
    )
    assert code in {1, 2}
    assert phrase in capsys.readouterr().err
    with Store.open(data_dir) as store:
        assert store.family.pin() is None


def test_show_notice_prints_the_privacy_notice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup", "--show-notice"]) == 0
    assert privacy_notice().markdown.strip() in capsys.readouterr().out


def test_data_needs_pin_stdin_and_a_known_child(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """No --pin-stdin: usage. A child who is not there: exit 1, listing who is (PIN given)."""
    assert main(["data", "export", "--child", "Mia", "--out", str(tmp_path / "a.json")]) == 2
    assert "standard input" in capsys.readouterr().err
    with Store.open(data_dir) as store:
        store_pin(store, GOOD_PIN, params=CHEAP)
        store.profiles.add("Mia", "owl", 2016, 5)
    code = _main_with_stdin(
        monkeypatch,
        GOOD_PIN + "\n",
        "data",
        "export",
        "--child",
        "Bob",
        "--pin-stdin",
        "--out",
        str(tmp_path / "b.json"),
    )
    assert code == 1
    assert "no child called Bob" in capsys.readouterr().err
    existing = tmp_path / "exists.json"
    existing.write_text("{}", encoding="utf-8")
    code = _main_with_stdin(
        monkeypatch,
        GOOD_PIN + "\n",
        "data",
        "export",
        "--child",
        "Mia",
        "--pin-stdin",
        "--out",
        str(existing),
    )
    assert code == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_text(encoding="utf-8") == "{}"


def test_wrong_pins_from_the_command_share_the_windows_lockout(
    data_dir: Path, tmp_path: Path, no_keyring: None
) -> None:
    """Three wrong PINs in the window, then a wrong one from `hoot data`: exit 4, locked."""
    with Store.open(data_dir) as store:
        store_pin(store, GOOD_PIN, params=CHEAP)
        store.profiles.add("Mia", "owl", 2016, 5)
        for _ in range(3):
            with pytest.raises(WrongPin):
                verify_pin(store, "999000", params=CHEAP)
    wrong = hoot(
        data_dir,
        "data",
        "export",
        "--child",
        "Mia",
        "--pin-stdin",
        "--out",
        "x.json",
        stdin="999000\n",
    )
    assert wrong.returncode == 3
    assert "1 more" in wrong.stderr or "One more" in wrong.stderr
    locked = hoot(
        data_dir,
        "data",
        "export",
        "--child",
        "Mia",
        "--pin-stdin",
        "--out",
        "x.json",
        stdin="999000\n",
    )
    assert locked.returncode == 4
    assert "wait 1 minute" in locked.stderr
    still = hoot(
        data_dir,
        "data",
        "export",
        "--child",
        "Mia",
        "--pin-stdin",
        "--out",
        "x.json",
        stdin=GOOD_PIN + "\n",
    )
    assert still.returncode == 4


def _recovery_code(output: str) -> str:
    return next(line.strip() for line in output.splitlines() if line.startswith("    "))


def test_deleting_the_data_folder_does_not_allow_a_fresh_setup(
    data_dir: Path, tmp_path: Path
) -> None:
    """With a keyring that outlives the folder, `hoot setup` after a deletion needs the old PIN
    (kept), or the recovery code and a new PIN on the next line."""
    keyring_file = tmp_path / "keyring.json"

    def setup(stdin: str) -> subprocess.CompletedProcess[str]:
        return hoot(
            data_dir,
            *("setup", "--pin-stdin", "--accept-notice", "--child", "Mia", "--birth", "2016-05"),
            stdin=stdin,
            keyring_backend=FILE_KEYRING,
            keyring_file=keyring_file,
        )

    first = setup(GOOD_PIN + "\n")
    assert first.returncode == 0
    assert "no password store" not in first.stdout
    shutil.rmtree(data_dir)
    child_try = setup("Child-Chose-This-9\n")
    assert child_try.returncode == 3
    assert "PIN used before" in child_try.stderr
    parent = setup(GOOD_PIN + "\n")
    assert parent.returncode == 0, parent.stderr
    shutil.rmtree(data_dir)
    with_code = setup(_recovery_code(parent.stdout) + "\nNew-Parent-Pass-42\n")
    assert with_code.returncode == 0, with_code.stderr
    assert _recovery_code(with_code.stdout) != _recovery_code(parent.stdout)
    stored = json.dumps(json.loads(keyring_file.read_text(encoding="utf-8")))
    assert GOOD_PIN not in stored
    assert "New-Parent-Pass-42" not in stored


def test_a_school_policy_admin_pin_is_needed_to_set_up(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """With an admin PIN in the machine policy, `hoot setup` wants it on the first line and the
    new parent PIN on the second; a wrong admin PIN is exit 3."""
    admin_hash = hash_secret("School-Admin-2026", CHEAP).encoded
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"version": 1, "admin_pin_hash": admin_hash}), encoding="utf-8")
    monkeypatch.setenv("HOOT_POLICY", str(policy))
    options = ("setup", "--pin-stdin", "--accept-notice", "--child", "Mia", "--birth", "2016-05")
    assert _main_with_stdin(monkeypatch, GOOD_PIN + "\n", *options) == 3
    assert "admin PIN" in capsys.readouterr().err
    assert _main_with_stdin(monkeypatch, "School-Admin-2026\n", *options) == 2
    assert "next line" in capsys.readouterr().err
    assert _main_with_stdin(monkeypatch, f"School-Admin-2026\n{GOOD_PIN}\n", *options) == 0
    assert "Hoot is set up." in capsys.readouterr().out
    with Store.open(data_dir) as store:
        verify_pin(store, GOOD_PIN)


def test_data_before_set_up_makes_no_database(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """`hoot data` on a computer where Hoot was never set up says so (exit 5) and leaves no
    empty database behind."""
    code = main(["data", "delete", "--child", "Mia", "--pin-stdin", "--yes"])
    assert code == 5
    assert "not set up yet" in capsys.readouterr().err
    assert not (data_dir / "hoot.db").exists()


ADMIN_PIN = "School-Admin-2026"
LAB_OPTIONS = (
    "setup",
    "--use-admin-pin",
    "--pin-stdin",
    "--accept-notice",
    "--child",
    "jsmith23",
    "--birth",
    "2016-09",
)


def _lab_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pin: str = ADMIN_PIN) -> None:
    """A shared-lab machine policy with the school's admin PIN and a wipe at sign-out."""
    policy = tmp_path / "policy.json"
    document = {
        "version": 1,
        "admin_pin_hash": hash_secret(pin, CHEAP).encoded,
        "shared_machine": {"enabled": True, "wipe_at_sign_out": True},
    }
    policy.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setenv("HOOT_POLICY", str(policy))


def test_a_lab_account_is_set_up_from_the_admin_pin_alone(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """`--use-admin-pin`: one line, the school's admin PIN, which then opens this account's parent
    area; no recovery code is printed, since the admin PIN is the way back in."""
    _lab_policy(tmp_path, monkeypatch)
    assert _main_with_stdin(monkeypatch, ADMIN_PIN + "\n", *LAB_OPTIONS) == 0
    out = capsys.readouterr().out
    assert "Hoot is set up." in out
    assert "jsmith23: ages 8-10" in out
    assert "parent PIN is the school's admin PIN" in out
    assert "recovery code (Hoot shows it only this once)" not in out
    assert not [line for line in out.splitlines() if line.startswith("    ")]
    assert ADMIN_PIN not in out
    with Store.open(data_dir) as store:
        verify_pin(store, ADMIN_PIN)
        assert [child.nickname for child in store.profiles.all()] == ["jsmith23"]


def test_a_lab_set_up_refuses_a_wrong_admin_pin_and_counts_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """A wrong line is exit 3 and nothing is set up; it counts toward the gate's lockout."""
    _lab_policy(tmp_path, monkeypatch)
    assert _main_with_stdin(monkeypatch, "Not-The-Admin-99\n", *LAB_OPTIONS) == 3
    err = capsys.readouterr().err
    assert "enter the admin PIN they gave you" in err
    assert "You have 4 more tries" in err
    with Store.open(data_dir) as store:
        assert store.family.pin() is None


def test_a_lab_set_up_needs_an_admin_pin_in_the_policy(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """Without a machine policy admin PIN there is nothing to use: a usage error (2) that says
    what to add, and no parent PIN taken from the line."""
    assert _main_with_stdin(monkeypatch, ADMIN_PIN + "\n", *LAB_OPTIONS) == 2
    assert "has no admin_pin_hash" in capsys.readouterr().err
    with Store.open(data_dir) as store:
        assert store.family.pin() is None


def test_a_lab_set_up_refuses_an_admin_pin_too_easy_to_be_a_parent_pin(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """A 4-digit admin PIN is right but too easy to become every student account's parent PIN:
    exit 1, the parent-PIN rule that failed, and how to make a stronger one."""
    _lab_policy(tmp_path, monkeypatch, pin="2468")
    assert _main_with_stdin(monkeypatch, "2468\n", *LAB_OPTIONS) == 1
    err = capsys.readouterr().err
    assert "too easy to guess" in err
    assert "Please use at least 6 digits." in err
    assert "hoot policy hash-pin" in err
    with Store.open(data_dir) as store:
        assert store.family.pin() is None


def test_a_lab_set_up_does_not_take_an_old_parent_pin_for_the_admin_pin(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """After the data folder was deleted by hand, the old parent PIN opens the ordinary set-up,
    but it cannot become the parent PIN through --use-admin-pin (it is not the school's)."""
    _lab_policy(tmp_path, monkeypatch)
    family = ("setup", "--pin-stdin", "--accept-notice", "--child", "Mia", "--birth", "2016-05")
    assert _main_with_stdin(monkeypatch, f"{ADMIN_PIN}\n{GOOD_PIN}\n", *family) == 0
    shutil.rmtree(data_dir)
    capsys.readouterr()
    assert _main_with_stdin(monkeypatch, GOOD_PIN + "\n", *LAB_OPTIONS) == 3
    assert "must be the school's admin PIN" in capsys.readouterr().err


def test_a_wiped_lab_account_is_set_up_again_without_a_deleted_data_alarm(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
) -> None:
    """Sign in (set up), sign out (the policy wipes), sign in again: the second set-up works
    from the admin PIN too, and records the school's routine unlock, not the high-severity
    "Hoot's data was deleted" that a student deleting their own data would raise."""
    _lab_policy(tmp_path, monkeypatch)
    assert _main_with_stdin(monkeypatch, ADMIN_PIN + "\n", *LAB_OPTIONS) == 0
    assert main(["policy", "sign-out"]) == 0
    assert not data_dir.exists()
    assert _main_with_stdin(monkeypatch, ADMIN_PIN + "\n", *LAB_OPTIONS) == 0
    assert "parent PIN is the school's admin PIN" in capsys.readouterr().out
    with Store.open(data_dir) as store:
        kinds = [event.kind for event in store.events.between()]
    assert "setup_unlocked_by_admin" in kinds
    assert "data_folder_removed" not in kinds


def test_a_lab_set_up_runs_as_a_process_with_the_pin_only_on_stdin(
    data_dir: Path, tmp_path: Path, no_keyring: None
) -> None:
    """As the sign-in hook runs it: a real process, no keyring (the student's keyring is not open
    yet at sign-in), the admin PIN only on stdin; it never appears in output or files."""
    policy = tmp_path / "policy.json"
    admin = hash_secret(CANARY_PIN, CHEAP).encoded
    document = {"version": 1, "admin_pin_hash": admin, "shared_machine": {"enabled": True}}
    policy.write_text(json.dumps(document), encoding="utf-8")
    result = hoot(data_dir, *LAB_OPTIONS, stdin=CANARY_PIN + "\n", policy=policy)
    assert result.returncode == 0, result.stderr
    assert CANARY_PIN not in result.stdout + result.stderr
    # Deleting the folder brings back the admin-PIN gate, so no "anyone could set it up" note.
    assert "no password store" not in result.stdout
    assert files_containing(data_dir, CANARY_PIN.encode()) == []
    again = hoot(data_dir, *LAB_OPTIONS, stdin=CANARY_PIN + "\n", policy=policy)
    assert again.returncode == 6


def test_setup_records_the_help_line_region(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """--region GB makes the children's help card name Childline; a region Hoot has no lines
    for is refused before anything is set up."""
    setup = ("setup", "--pin-stdin", "--accept-notice", "--child", "Mia", "--birth", "2016-05")
    assert _main_with_stdin(monkeypatch, GOOD_PIN + "\n", *setup, "--region", "XX") == 2
    assert "--region" in capsys.readouterr().err
    assert _main_with_stdin(monkeypatch, GOOD_PIN + "\n", *setup, "--region", "uk") == 0
    with Store.open(data_dir) as store:
        assert store.settings.get("crisis_region") == "GB"
