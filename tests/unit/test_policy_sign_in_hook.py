"""installer/linux/sign-in-hook: a lab student's account is set up at sign-in, as the student,
with the school's admin PIN on standard input only, and only for the accounts the school lists."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

HOOK = Path(__file__).resolve().parents[2] / "installer" / "linux" / "sign-in-hook"
ADMIN_PIN = "Lab-Admin-Pin-2026"

root_only = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or shutil.which("runuser") is None,
    reason="the hook runs as root and switches to the student with runuser (CI is root)",
)


def test_the_sign_in_hook_is_valid_shell_and_executable() -> None:
    """pam_exec runs it directly: it must parse and carry the executable bit."""
    subprocess.run(["sh", "-n", str(HOOK)], check=True)
    assert HOOK.stat().st_mode & stat.S_IXUSR


@pytest.fixture
def lab() -> Iterator[Path]:
    """A config folder (admin PIN root-only, classes) and a stand-in `hoot` that records how it
    was started, in a folder the unprivileged student account can reach (unlike tmp_path)."""
    folder = Path(tempfile.mkdtemp(prefix="hoot-sign-in-"))
    folder.chmod(0o755)
    (folder / "admin-pin").write_text(ADMIN_PIN + "\n", encoding="utf-8")
    (folder / "admin-pin").chmod(0o600)
    record = folder / "record"
    record.mkdir(mode=0o777)
    record.chmod(0o777)
    fake = folder / "hoot"
    fake.write_text(
        "#!/bin/sh\n"
        f'out="{record}"\n'
        'id -u > "$out/uid"\n'
        'printf "%s\\n" "$@" > "$out/args"\n'
        'cat > "$out/stdin"\n'
        'printf "%s|%s" "$HOME" "$PYTHON_KEYRING_BACKEND" > "$out/env"\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def _sign_in(
    lab: Path, classes: str, user: str = "nobody", pam_type: str = "open_session"
) -> subprocess.CompletedProcess[str]:
    (lab / "lab-classes").write_text(classes, encoding="utf-8")
    environment = {"PAM_TYPE": pam_type, "PAM_USER": user, "PATH": "/usr/sbin:/usr/bin:/bin"}
    return subprocess.run(
        ["sh", str(HOOK), str(lab), str(lab / "hoot")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@root_only
def test_a_listed_student_is_set_up_as_themselves_with_the_pin_on_stdin(lab: Path) -> None:
    """The student's group picks the class birth month; the command runs under the student's
    own uid, with no keyring, and the PIN arrives on stdin, never among the arguments."""
    student = pwd.getpwnam("nobody")
    group = grp.getgrgid(student.pw_gid).gr_name
    result = _sign_in(lab, f"# class  birth\nyear3 2017-08\n{group} 2016-09\n* 2018-08\n")
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""
    record = lab / "record"
    assert (record / "uid").read_text().strip() == str(student.pw_uid)
    arguments = (record / "args").read_text().splitlines()
    assert arguments == [
        "setup",
        "--use-admin-pin",
        "--pin-stdin",
        "--accept-notice",
        "--child",
        "nobody",
        "--birth",
        "2016-09",
    ]
    assert (record / "stdin").read_text() == ADMIN_PIN + "\n"
    assert (record / "env").read_text() == f"{student.pw_dir}|keyring.backends.fail.Keyring"


@root_only
def test_an_account_in_no_listed_group_gets_the_catch_all_class(lab: Path) -> None:
    """`*` covers every other account; lines are read in order."""
    _sign_in(lab, "year3 2017-08\n* 2018-08\n")
    assert (lab / "record" / "args").read_text().splitlines()[-1] == "2018-08"


@root_only
@pytest.mark.parametrize(
    ("classes", "user", "pam_type"),
    [
        ("year3 2017-08\n", "nobody", "open_session"),  # staff: in no listed group, no "*"
        ("* 2018-08\n", "root", "open_session"),  # root and system accounts: never
        ("* 2018-08\n", "nobody", "close_session"),  # only when a session opens
        ("* 2018-08\n", "no-such-user-here", "open_session"),
    ],
)
def test_nothing_runs_for_accounts_the_school_did_not_list(
    lab: Path, classes: str, user: str, pam_type: str
) -> None:
    """Staff, root, a closing session or an unknown account: Hoot is not run, sign-in goes on."""
    result = _sign_in(lab, classes, user=user, pam_type=pam_type)
    assert result.returncode == 0
    assert not (lab / "record" / "args").exists()


@root_only
def test_without_the_admin_pin_file_the_hook_does_nothing(lab: Path) -> None:
    """Installed but not configured: sign-in is untouched."""
    (lab / "admin-pin").unlink()
    assert _sign_in(lab, "* 2018-08\n").returncode == 0
    assert not (lab / "record" / "args").exists()
