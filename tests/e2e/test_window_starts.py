"""The real `hoot` command opens its window on a (virtual) display, in demo mode, readable."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.display import display_env, read_text, screenshot, virtual_display, wait_for_window

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

DOCS = Path(__file__).resolve().parents[2] / "docs"


def hoot_command() -> list[str]:
    """The installed `hoot` script next to this Python (what `make run` starts)."""
    script = Path(sys.executable).with_name("hoot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def test_hoot_opens_in_demo_mode_and_the_banner_can_be_read(tmp_path: Path):
    """What `make run` starts with no key (`hoot --demo`): the window appears within 20 s and
    OCR reads the banner and the demo label off the screen."""
    with virtual_display() as display:
        env = display_env(
            display,
            HOOT_DATA_DIR=str(tmp_path / "data"),
            HOOT_POLICY=str(tmp_path / "no-policy.json"),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        started = time.monotonic()
        process = subprocess.Popen([*hoot_command(), "--demo"], env=env)
        try:
            window = wait_for_window(display, "Hoot", timeout=20)
            opened_after = time.monotonic() - started
            assert opened_after < 20
            deadline = time.monotonic() + 15
            text = ""
            while time.monotonic() < deadline:
                png = screenshot(display, tmp_path / "hoot.png", window)
                text = read_text(png)
                if "computer program" in text:
                    break
            assert "computer program" in text, text
            assert "not a person" in text, text
            assert "demo mode" in text, text
            if os.environ.get("HOOT_UPDATE_SCREENSHOTS"):
                shutil.copy(png, DOCS / "chat-window.png")
        finally:
            process.send_signal(signal.SIGTERM)
            code = process.wait(timeout=15)
        assert code == 0, "hoot should quit cleanly on SIGTERM"
