"""Helpers for the build and install tests: staged app folders and a private dpkg root."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


def staged_linux_app(folder: Path) -> Path:
    """A stand-in one-folder build: a `hoot` that answers --version, and an _internal/."""
    folder.mkdir(parents=True)
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "_internal" / "resources" / "marker.txt").write_text("staged\n", encoding="utf-8")
    script = folder / "hoot"
    script.write_text(f'#!/bin/sh\necho "hoot {__version__}"\n', encoding="utf-8")
    script.chmod(0o755)
    return folder


def staged_windows_app(folder: Path) -> Path:
    """A stand-in Windows build tree (the real one is made on a Windows runner)."""
    (folder / "_internal" / "resources" / "text").mkdir(parents=True)
    for name in ("hoot.exe", "hoot-cli.exe", "_internal/python311.dll"):
        (folder / name).write_bytes(b"MZ stand-in for " + name.encode())
    (folder / "_internal" / "resources" / "text" / "chat.toml").write_text("x = 1\n", "utf-8")
    return folder


def build_deb(app_dir: Path, out_dir: Path, *, compression: str = "none") -> Path:
    """Run tools/build_deb.sh and return the .deb it made."""
    result = subprocess.run(
        [str(ROOT / "tools" / "build_deb.sh"), str(app_dir), str(out_dir)],
        env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOOT_DEB_COMPRESSION": compression},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return Path(result.stdout.strip().splitlines()[-1])


def private_dpkg_root(root: Path) -> Path:
    """An empty dpkg database under `root`, so `dpkg --root` installs nothing system-wide."""
    for part in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / part).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    return root


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """dpkg on the private root; maintainer scripts run outside a chroot with DPKG_ROOT set."""
    return subprocess.run(
        ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )


def files_outside_dpkg_db(root: Path) -> list[str]:
    """Everything under `root` except dpkg's own database folders."""
    return sorted(
        str(path.relative_to(root))
        for path in root.rglob("*")
        if not str(path.relative_to(root)).startswith("var")
    )
