"""The real `hoot` process: a fresh machine gets the set-up wizard; after `hoot setup` it opens
the child's chat; killing it mid-reply loses nothing the child saw sent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.display import (
    display_env,
    read_text,
    require,
    screenshot,
    virtual_display,
    wait_for_window,
)
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PIN = "583920"


def hoot(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("hoot")
    return [str(script), *args] if script.exists() else [sys.executable, "-m", "app", *args]


def hoot_env(data: Path, display: str | None = None, **extra: str) -> dict[str, str]:
    base = display_env(display) if display else dict(os.environ)
    base.update(
        HOOT_DATA_DIR=str(data),
        HOOT_POLICY=str(data.parent / "no-policy.json"),
        # These machines have no keyring: Hoot keeps its key in a private file instead.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **extra,
    )
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"):
        if name not in extra:
            base.pop(name, None)
    return base


def set_up(data: Path, *children: tuple[str, str]) -> None:
    args = ["setup", "--pin-stdin", "--accept-notice"]
    for name, birth in children:
        args += ["--child", name, "--birth", birth]
    done = subprocess.run(
        hoot(*args),
        input=f"{PIN}\n",
        env=hoot_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def screen_text(display: str, window: str, tmp_path: Path, expect: str) -> str:
    """OCR the window until `expect` shows up (or 15 s pass); return what was read."""
    deadline = time.monotonic() + 15
    text = ""
    while time.monotonic() < deadline:
        text = read_text(screenshot(display, tmp_path / "screen.png", window))
        if expect in text:
            break
    return text


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_display() as name:
        yield name


def stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=20)


def test_fresh_machine_opens_the_set_up_wizard(display: str, tmp_path: Path) -> None:
    """No data yet: Hoot starts with the parent's set-up, not a chat."""
    process = subprocess.Popen(hoot(), env=hoot_env(tmp_path / "data", display))
    try:
        window = wait_for_window(display, "Set up Hoot", timeout=30)
        text = screen_text(display, window, tmp_path, "welcome to hoot")
        assert "welcome to hoot" in text
    finally:
        assert stop(process) == 0


def test_after_headless_setup_hoot_opens_the_childs_chat(display: str, tmp_path: Path) -> None:
    """After `hoot setup` with one child, Hoot opens straight into that child's chat."""
    data = tmp_path / "data"
    set_up(data, ("Sam", "2016-05"))
    process = subprocess.Popen(hoot(), env=hoot_env(data, display))
    try:
        window = wait_for_window(display, "Hoot", timeout=30)
        text = screen_text(display, window, tmp_path, "computer program")
        assert "computer program" in text
        assert "sam" in text
        assert "new chat" in text
        assert "set up hoot" not in text
    finally:
        assert stop(process) == 0


def test_two_children_get_the_picker(display: str, tmp_path: Path) -> None:
    """With two children, Hoot asks who is chatting."""
    data = tmp_path / "data"
    set_up(data, ("Sam", "2016-05"), ("Mia", "2019-02"))
    process = subprocess.Popen(hoot(), env=hoot_env(data, display))
    try:
        window = wait_for_window(display, "Hoot", timeout=30)
        text = screen_text(display, window, tmp_path, "chatting")
        assert "who's chatting" in text or "who’s chatting" in text
        assert "mia" in text
    finally:
        assert stop(process) == 0


def test_killed_mid_reply_keeps_every_sent_message(display: str, tmp_path: Path) -> None:
    """SIGKILL while a reply streams: the database is intact, the child's message is there,
    and the half reply is marked interrupted."""
    xdotool = require("xdotool")
    data = tmp_path / "data"
    set_up(data, ("Sam", "2016-05"))
    with FakeAnthropic() as api:
        api.default = Scenario(text="word " * 400, chunk_size=5, delay=0.05)
        env = hoot_env(
            data, display, ANTHROPIC_API_KEY="sk-ant-e2e", ANTHROPIC_BASE_URL=api.base_url
        )
        process = subprocess.Popen(hoot(), env=env)
        try:
            window = wait_for_window(display, "Hoot", timeout=30)
            screen_text(display, window, tmp_path, "computer program")
            keys = display_env(display)
            # A new child's first chat opens the welcome tour: Esc skips it (and does nothing
            # to the chat), so the words below go into the message box.
            subprocess.run([xdotool, "key", "Escape"], env=keys, check=True)
            subprocess.run([xdotool, "windowfocus", "--sync", window], env=keys, check=True)
            subprocess.run(
                [xdotool, "type", "--delay", "20", "tell me a long story"], env=keys, check=True
            )
            subprocess.run([xdotool, "key", "Return"], env=keys, check=True)
            assert api.first_delta_sent.wait(timeout=20), "the reply never started streaming"
            # Past Hoot's first partial save (every 2 s) before the crash.
            deadline = time.monotonic() + 30
            while api.deltas_sent < 60 and time.monotonic() < deadline:
                time.sleep(0.05)  # the fake server counts on its own thread; nothing to wait on
        finally:
            process.kill()
            process.wait(timeout=10)
    check = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT],
        env=hoot_env(data),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    integrity, user_text, reply_state, reply_length = check.stdout.strip().split("|")
    assert integrity == "ok"
    assert user_text == "tell me a long story"
    assert reply_state == "interrupted"
    assert int(reply_length) > 0


CHECK_SCRIPT = """
from app.store import Store
with Store.open() as store:
    report = store.check_integrity()
    [sam] = store.profiles.all()
    messages = store.history.recent_messages(sam.id)
    user = [m for m in messages if m.role.value == "user"][-1]
    reply = [m for m in messages if m.role.value == "assistant"][-1]
    print("ok" if report.ok else "broken", user.text, reply.state.value, len(reply.text), sep="|")
"""


def test_second_launch_brings_the_first_forward(
    display: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting Hoot again while it runs opens no second window and touches no database."""
    data = tmp_path / "data"
    set_up(data, ("Sam", "2016-05"))
    monkeypatch.setenv("HOOT_DATA_DIR", str(data))
    from ui.single_instance import _unix_socket_path

    listening = _unix_socket_path()
    first = subprocess.Popen(hoot(), env=hoot_env(data, display))
    try:
        wait_for_window(display, "Hoot", timeout=30)
        # It listens right after its first frame; another process's socket gives no signal.
        deadline = time.monotonic() + 30
        while not listening.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run(hoot(), env=hoot_env(data, display), timeout=30, check=False)
        assert second.returncode == 0
        windows = subprocess.run(
            [require("xdotool"), "search", "--onlyvisible", "--name", "^Hoot$"],
            env=display_env(display),
            capture_output=True,
            text=True,
            check=False,
        )
        assert len(windows.stdout.split()) == 1
        assert first.poll() is None, "the first Hoot must keep running"
    finally:
        assert stop(first) == 0
