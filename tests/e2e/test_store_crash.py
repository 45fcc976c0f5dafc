"""Crash safety of the store: SIGKILL a writing process, reopen, and lose nothing acknowledged.

No GUI: a child Python process runs the chat's store calls in a loop and prints a line after
each call returns. Whatever it printed was acknowledged to the "child", so it must survive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import MessageState, Role, Store

REPO_ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from pathlib import Path
from app.store import FilterOutcome, Store

store = Store.open(Path(sys.argv[1]))
child = store.profiles.find_by_nickname("Kim") or store.profiles.add("Kim", "fox", 2015, 1)
conversation = store.history.latest_conversation(child.id)
if conversation is None:
    conversation = store.history.start_conversation(child.id, "v1")
print("ready", store.status.recovered_interrupted_replies, flush=True)
round_tag = sys.argv[2]
number = 0
while True:
    text = f"{round_tag} question {number} " + "about owls " * 30
    store.history.add_user_message(conversation.id, text, FilterOutcome("allow"))
    print("user", text, flush=True)
    reply = store.history.begin_assistant_message(conversation.id)
    store.history.save_partial_reply(reply.id, "Owls are")
    answer = f"{round_tag} answer {number}: owls eat mice."
    store.history.finish_assistant_message(reply.id, answer, tokens_in=5, tokens_out=6)
    print("reply", answer, flush=True)
    number += 1
"""

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _run_and_kill(data_dir: Path, round_tag: str, acknowledgements: int) -> tuple[int, list[str]]:
    """Start the writer, SIGKILL it after some acknowledged writes; return what it acknowledged."""
    environment = {
        **os.environ,
        "HOOT_DATA_DIR": str(data_dir),
        # The child process has no test keyring: it keeps the key in the data folder's file.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), round_tag],
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    ready = process.stdout.readline().split()
    assert ready, process.stderr.read() if process.stderr else "no output"
    assert ready[0] == "ready"
    acknowledged: list[str] = []
    try:
        while len(acknowledged) < acknowledgements:
            line = process.stdout.readline()
            assert line, "the writer stopped on its own"
            acknowledged.append(line.rstrip("\n"))
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    # Lines already in the pipe were printed after their write returned: they count too.
    acknowledged += [line.rstrip("\n") for line in process.stdout.read().splitlines()]
    process.stdout.close()
    if process.stderr:
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return int(ready[1]), acknowledged


@posix_only
@pytest.mark.parametrize("acknowledgements", [37, 90])
def test_sigkill_mid_write_loses_no_acknowledged_message(
    data_dir: Path, acknowledgements: int
) -> None:
    """Two kills at different points; after each, the file is sound and nothing acked is lost."""
    for round_number in range(2):
        tag = f"r{round_number}"
        _, acknowledged = _run_and_kill(data_dir, tag, acknowledgements + round_number * 13)

        with Store.open(data_dir, recover_interrupted=True) as store:
            report = store.check_integrity()
            assert report.ok, report.problems
            child = store.profiles.find_by_nickname("Kim")
            assert child is not None
            stored = store.history.recent_messages(child.id, limit=100_000)
            users = {m.text for m in stored if m.role is Role.USER}
            replies = {m.text: m for m in stored if m.role is Role.ASSISTANT}
            for line in acknowledged:
                kind, text = line.split(" ", 1)
                if kind == "user":
                    assert text in users
                else:
                    assert replies[text].state is MessageState.COMPLETE
            assert all(m.state is not MessageState.IN_PROGRESS for m in stored)


@posix_only
def test_a_reply_cut_by_sigkill_is_marked_interrupted_on_the_next_start(data_dir: Path) -> None:
    """Whatever the kill hit, a reply that never finished is shown as interrupted, not lost."""
    _run_and_kill(data_dir, "only", 20)
    with Store.open(data_dir) as store:
        child = store.profiles.find_by_nickname("Kim")
        assert child is not None
        stored = store.history.recent_messages(child.id, limit=100_000)
        unfinished = [m for m in stored if m.role is Role.ASSISTANT and m.completed_at is None]
        assert unfinished == []
        interrupted = [m for m in stored if m.interrupted]
        assert len(interrupted) == store.status.recovered_interrupted_replies
        assert all(m.text in ("", "Owls are") for m in interrupted)
