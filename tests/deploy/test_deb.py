"""`make deb`: the package layout, and an install, run and clean removal with dpkg."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from app import __version__
from app.policy import validate_policy
from tests.deploy.packaging import (
    build_deb,
    dpkg,
    files_outside_dpkg_db,
    private_dpkg_root,
    staged_linux_app,
)
from tests.e2e.display import require

pytestmark = pytest.mark.slow


@pytest.fixture
def deb(tmp_path: Path) -> Path:
    """A .deb built by tools/build_deb.sh from a staged app folder."""
    require("dpkg-deb")
    return build_deb(staged_linux_app(tmp_path / "app"), tmp_path / "out")


def _contents(deb: Path) -> dict[str, str]:
    """Path in the package -> its `ls`-style mode and link target."""
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    entries: dict[str, str] = {}
    for line in listing.splitlines():
        mode, owner, _size, _date, _time, name, *link = line.split()
        entries[name.removeprefix(".")] = f"{mode} {owner} {' '.join(link)}".strip()
    return entries


def test_the_package_has_the_agreed_layout(deb: Path) -> None:
    """App in /opt/hoot, /usr/bin/hoot link, desktop entry, hicolor icon, example policy."""
    assert deb.name == f"hoot-chat_{__version__}_{deb.name.rsplit('_', 1)[1]}"
    contents = _contents(deb)
    assert contents["/opt/hoot/hoot"] == "-rwxr-xr-x root/root"
    assert contents["/usr/bin/hoot"] == "lrwxrwxrwx root/root -> /opt/hoot/hoot"
    assert contents["/usr/share/applications/hoot-chat.desktop"] == "-rw-r--r-- root/root"
    assert "/usr/share/icons/hicolor/scalable/apps/hoot-chat.svg" in contents
    assert "/usr/share/doc/hoot-chat/policy.example.json" in contents
    assert "/usr/share/doc/hoot-chat/ADMIN.md" in contents
    assert contents["/usr/lib/hoot-chat/sign-out-hook"] == "-rwxr-xr-x root/root"
    assert contents["/usr/lib/hoot-chat/sign-in-hook"] == "-rwxr-xr-x root/root"
    assert contents["/etc/hoot/"] == "drwxr-xr-x root/root"
    assert not any(name.startswith("/etc/hoot/policy") for name in contents)
    assert all("root/root" in entry for entry in contents.values())


def test_the_control_file_names_the_package_and_its_libraries(deb: Path) -> None:
    """Package hoot-chat at this version, depending on the libraries Qt's window needs."""
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: hoot-chat" in fields
    assert f"Version: {__version__}" in fields
    assert "libxcb-cursor0" in fields
    assert "libegl1" in fields


def test_the_desktop_entry_starts_hoot_with_its_icon(deb: Path, tmp_path: Path) -> None:
    """The menu entry runs /usr/bin/hoot and shows the hicolor icon."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "x")], check=True)
    entry = (tmp_path / "x/usr/share/applications/hoot-chat.desktop").read_text("utf-8")
    assert "\nExec=/usr/bin/hoot\n" in entry
    assert "\nIcon=hoot-chat\n" in entry
    assert "\nType=Application\n" in entry
    example = json.loads((tmp_path / "x/usr/share/doc/hoot-chat/policy.example.json").read_text())
    assert validate_policy(example) == []


def test_installs_runs_and_removes_without_leaving_files(deb: Path, tmp_path: Path) -> None:
    """dpkg -i into a private root, run hoot --version, dpkg -r: nothing of Hoot is left."""
    require("dpkg")
    root = private_dpkg_root(tmp_path / "root")
    dpkg(root, "--install", str(deb))
    assert os.readlink(root / "usr/bin/hoot") == "/opt/hoot/hoot"
    version = subprocess.run(
        [str(root / "opt/hoot/hoot"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"hoot {__version__}"
    status = dpkg(root, "--status", "hoot-chat").stdout
    assert "Status: install ok installed" in status
    dpkg(root, "--remove", "hoot-chat")
    assert files_outside_dpkg_db(root) == []


def test_the_sign_in_hook_is_valid_shell() -> None:
    """The PAM sign-in hook (it sets a student's Hoot up as that student) parses."""
    hook = Path(__file__).resolve().parents[2] / "installer" / "linux" / "sign-in-hook"
    subprocess.run(["sh", "-n", str(hook)], check=True)


def test_the_sign_out_hook_is_valid_shell() -> None:
    """The PAM sign-out hook parses (it is run by pam_exec as root at every sign-out)."""
    hook = Path(__file__).resolve().parents[2] / "installer" / "linux" / "sign-out-hook"
    subprocess.run(["sh", "-n", str(hook)], check=True)
    result = subprocess.run(
        ["sh", str(hook)], env={"PAM_TYPE": "open_session", "PATH": "/usr/bin:/bin"}, check=False
    )
    assert result.returncode == 0
