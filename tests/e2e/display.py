"""A private Xvfb display for end-to-end tests, plus screenshots and OCR of what is on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

GRAB_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
window = int(sys.argv[2], 0) if len(sys.argv) > 2 else 0
ok = app.primaryScreen().grabWindow(window).save(sys.argv[1])
sys.exit(0 if ok else 1)
"""


def require(tool: str) -> str:
    """The path of a system tool the e2e tests need; skip locally, fail in CI, if missing."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: `make test` installs it (tools/system-deps.sh)")
        pytest.skip(f"{tool} is not installed")
    return path


@contextmanager
def virtual_display(width: int = 1280, height: int = 900) -> Iterator[str]:
    """Start Xvfb on a free display number (it picks one and tells us) and yield ':N'."""
    xvfb = require("Xvfb")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-dpi",
            "96",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # blocks until Xvfb is ready to accept clients
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def display_env(display: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "QT_QPA"))}
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, **extra)
    return env


def wait_for_window(display: str, name: str, timeout: float = 20.0) -> str:
    """The X window id of the first visible window called `name`, waiting up to `timeout`."""
    xdotool = require("xdotool")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", f"^{name}$"],
            env=display_env(display),
            capture_output=True,
            text=True,
            check=False,
        )
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.1)  # polling another process's window: there is no signal to wait on
    pytest.fail(f"no window named {name!r} appeared within {timeout:.0f} s")


def screenshot(display: str, out: Path, window: str | None = None) -> Path:
    """Save the whole screen (or one window) of `display` as a PNG."""
    args = [sys.executable, "-c", GRAB_SCRIPT, str(out)] + ([window] if window else [])
    subprocess.run(args, env=display_env(display), check=True, timeout=60)
    return out


def read_text(png: Path) -> str:
    """The words tesseract reads off a screenshot, lower-cased, with AI's 'I'/'l' unified."""
    tesseract = require("tesseract")
    result = subprocess.run(
        [tesseract, str(png), "-", "--psm", "3"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.lower().split())
