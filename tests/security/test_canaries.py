"""Canaries: a full session with a marked message, PIN, recovery code and API key, after which
no file Hoot wrote (data folder with its WAL and shm, logs, temporary files, anything under
HOME) holds any of them in plain text, nor does the running process's command line. The data
folder is 0700 and every file in it 0600.

The session is the real thing: `hoot setup`, the chat window on a private display talking to
the fake Messages API through the real SDK, then the parent's export and weekly report.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.display import display_env, require, virtual_display, wait_for_window
from tests.e2e.test_first_run import hoot, hoot_env
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PIN = "730519"
API_KEY = "sk-ant-api03-canaryKEY7Qz9wXv4"
MESSAGE = "Please tell me about the zorblaxian quokkafish"
REPLY = "The marmaladewombat canary reply says hello"
#: Distinctive pieces of the message and reply: no encryption output contains them by chance.
MESSAGE_MARKS = ("zorblaxian", "quokkafish")
REPLY_MARKS = ("marmaladewombat",)

#: The first-run tour would take the keyboard from the chat's text box: mark it as seen.
TOUR_ALREADY_SEEN = """
from app.store import Store
from ui.shell import TOUR_SEEN
with Store.open() as store:
    [child] = store.profiles.all()
    store.settings.set(TOUR_SEEN, True, child_id=child.id)
"""

STORED = """
from app.store import Store
with Store.open(recover_interrupted=False) as store:
    [child] = store.profiles.all()
    texts = " ".join(m.text for m in store.history.recent_messages(child.id, 100))
print("saved" if "marmaladewombat" in texts and "quokkafish" in texts else "waiting")
"""


def encodings(secret: str) -> list[bytes]:
    """The ways a secret could sit in a file: UTF-8, UTF-16 (Qt's own strings), any case."""
    forms: list[bytes] = []
    for text in {secret, secret.lower(), secret.upper()}:
        forms += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return forms


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        if folder.exists():
            yield from (path for path in folder.rglob("*") if path.is_file())


def leaks(canaries: dict[str, str], *folders: Path) -> list[str]:
    found = []
    for path in files_under(*folders):
        content = path.read_bytes()
        for name, secret in canaries.items():
            if any(form in content for form in encodings(secret)):
                found.append(f"{name} in {path}")
    return found


def cmdlines_of_tree(pid: int) -> list[str]:
    """The command lines of a process and all its descendants (Linux /proc)."""
    lines = []
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            raw = Path(f"/proc/{current}/cmdline").read_bytes()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        lines.append(raw.replace(b"\0", b" ").decode("utf-8", "replace"))
        pending += [int(child) for child in children]
    return lines


@pytest.fixture
def display() -> Iterator[str]:
    with virtual_display() as name:
        yield name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_no_secret_is_left_in_plain_text_anywhere_hoot_writes(display: str, tmp_path: Path) -> None:
    """Set-up, a chat, an export and a report leave no canary in the data folder, the logs,
    TMPDIR or HOME, nor in the command line of the running app; the folder is private."""
    xdotool = require("xdotool")
    data, temporary, home = tmp_path / "data", tmp_path / "tmp", tmp_path / "home"
    outside = tmp_path / "parent-chose-this-folder"
    for folder in (temporary, home, outside):
        folder.mkdir()
    private = {"TMPDIR": str(temporary), "HOME": str(home), "XDG_RUNTIME_DIR": str(temporary)}
    private |= {"XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config")}

    setup = subprocess.run(
        hoot("setup", "--pin-stdin", "--accept-notice", "--child", "Sam", "--birth", "2016-05"),
        input=f"{PIN}\n",
        env=hoot_env(data, **private),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    recovery = re.search(r"\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\b", setup.stdout)
    assert recovery is not None, setup.stdout
    subprocess.run(
        [sys.executable, "-c", TOUR_ALREADY_SEEN],
        env=hoot_env(data, **private),
        timeout=120,
        check=True,
    )
    canaries = {
        "PIN": PIN,
        "API key": API_KEY,
        "recovery code": recovery.group(1),
        "recovery code without dashes": recovery.group(1).replace("-", ""),
        **{f"message word {word!r}": word for word in MESSAGE_MARKS},
        **{f"reply word {word!r}": word for word in REPLY_MARKS},
    }

    with FakeAnthropic() as api:
        api.default = Scenario(text=REPLY)
        env = hoot_env(
            data, display, ANTHROPIC_API_KEY=API_KEY, ANTHROPIC_BASE_URL=api.base_url, **private
        )
        process = subprocess.Popen(hoot(), env=env)
        try:
            window = wait_for_window(display, "Hoot", timeout=30)
            keys = display_env(display)
            subprocess.run([xdotool, "windowfocus", "--sync", window], env=keys, check=True)
            subprocess.run([xdotool, "type", "--delay", "10", MESSAGE], env=keys, check=True)
            subprocess.run([xdotool, "key", "Return"], env=keys, check=True)
            wait_until_saved(data, private)
            assert api.requests[-1].user_texts == [MESSAGE]  # the canaries really went through
            assert cmdlines_of_tree(process.pid)
            for line in cmdlines_of_tree(process.pid):
                assert not [name for name, secret in canaries.items() if secret in line], line
            # While Hoot runs, the WAL and shm files exist and hold the newest pages.
            assert list(data.glob("hoot.db-wal"))
            assert leaks(canaries, data, temporary, home) == []
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0

    for command in (
        ["data", "export", "--child", "Sam", "--pin-stdin", "--out", str(outside / "sam.json")],
        ["report", "--child", "Sam", "--pin-stdin", "--out", str(outside / "sam.html")],
    ):
        subprocess.run(
            hoot(*command),
            input=f"{PIN}\n",
            env=hoot_env(data, **private),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    # The export is the parent's own plain copy, by design: private, and it has the chat.
    export = (outside / "sam.json").read_bytes()
    assert b"quokkafish" in export
    assert stat.S_IMODE((outside / "sam.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((outside / "sam.html").stat().st_mode) == 0o600
    assert sorted(path.name for path in outside.iterdir()) == ["sam.html", "sam.json"]

    assert leaks(canaries, data, temporary, home) == []
    assert_private(data)


def wait_until_saved(data: Path, private: dict[str, str]) -> None:
    """Poll (in another process) until the message and the reply are in the store."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = subprocess.run(
            [sys.executable, "-c", STORED],
            env=hoot_env(data, **private),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if done.stdout.strip() == "saved":
            return
    pytest.fail("the chat was never saved")


def assert_private(data: Path) -> None:
    """The data folder and its folders are 0700; every file is 0600."""
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for path in data.rglob("*"):
        mode = stat.S_IMODE(path.lstat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{path} is {oct(mode)}"
    assert os.access(data, os.R_OK)
