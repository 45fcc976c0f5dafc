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
) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGUMENTS` with its own data folder, the given keyring, no policy."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("ANTHROPIC")
    }
    environment.update(
        HOOT_DATA_DIR=str(data_dir),
        HOOT_POLICY=str(data_dir.parent / "no-policy.json"),
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
