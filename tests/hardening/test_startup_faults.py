"""The real `hoot` process starting on a data folder it cannot write: a clear message in a
window, a normal exit, and no traceback."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.text import words
from tests.e2e.display import (
    display_env,
    read_text,
    require,
    screenshot,
    virtual_display,
    wait_for_window,
)
from tests.e2e.test_first_run import hoot, hoot_env, set_up
from tests.hardening.disks import made_read_only

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_display() as name:
        yield name


def test_a_read_only_data_folder_gets_a_clear_message_not_a_traceback(
    display: str, tmp_path: Path
) -> None:
    """Hoot set up, then its folder made read-only: Hoot says it can't start, in words, and
    ends normally when the message is closed."""
    xdotool = require("xdotool")
    with made_read_only(tmp_path, lambda folder: set_up(folder, ("Sam", "2016-05"))) as data:
        process = subprocess.Popen(
            hoot(),
            env=hoot_env(data, display),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = wait_for_window(display, f"{words('shell.startup.title')}.*", timeout=30)
            text = read_text(screenshot(display, tmp_path / "message.png", window))
            assert "saved chats" in text
            keys = display_env(display)
            subprocess.run([xdotool, "windowfocus", "--sync", window], env=keys, check=True)
            subprocess.run([xdotool, "key", "Return"], env=keys, check=True)
            _, errors = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate(timeout=10)
    assert process.returncode == 1
    assert "Traceback" not in errors
