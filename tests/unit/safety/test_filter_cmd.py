"""`hoot filter` as a subprocess: order, flushing, bad lines, exit status, huge lines, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys

PYTHON = sys.executable
COMMAND = [PYTHON, "-m", "app", "filter"]


def _run(lines: list[str], *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *options],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_one_answer_per_line_in_order() -> None:
    """Each input line gets one JSON object, in the same order, with the documented fields."""
    result = _run(
        [json.dumps({"text": t}) for t in ["hello", "fuck this", "my number is 07700 900123"]],
        "--direction",
        "in",
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["action"] for answer in answers] == ["allow", "block", "redact"]
    assert answers[2]["text"] == "my number is [phone number]"
    assert set(answers[0]) == {"action", "categories", "severity", "text", "rule_ids"}
    assert result.returncode == 0


def test_bad_lines_get_an_error_object_and_exit_status_one() -> None:
    """Invalid JSON or a missing string text gives an error line; the rest still runs."""
    result = _run(
        ["not json", json.dumps({"text": 5}), json.dumps(["x"]), json.dumps({"text": ""})],
        "--direction",
        "out",
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["action"] for answer in answers] == ["error", "error", "error", "allow"]
    assert all(answer["error"] for answer in answers[:3])
    assert result.returncode == 1


def test_age_band_option_changes_the_verdict() -> None:
    """Mild words pass for 16-17 and are blocked for 5-7; 8-10 is the default."""
    line = [json.dumps({"text": "this sucks"})]
    assert (
        json.loads(_run(line, "--direction", "in", "--age-band", "16-17").stdout)["action"]
        == "allow"
    )
    assert (
        json.loads(_run(line, "--direction", "in", "--age-band", "5-7").stdout)["action"] == "block"
    )


def test_each_answer_is_flushed_before_the_next_line_arrives() -> None:
    """A caller can read the answer to one line before writing the next (no buffering)."""
    process = subprocess.Popen(
        [*COMMAND, "--direction", "in"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        for text, action in [("hi", "allow"), ("shit", "block")]:
            process.stdin.write(json.dumps({"text": text}) + "\n")
            process.stdin.flush()
            assert json.loads(process.stdout.readline())["action"] == action
    finally:
        process.stdin.close()
        process.wait(timeout=30)
    assert process.returncode == 0


def test_a_one_megabyte_line_is_handled() -> None:
    """A 1 MB text is answered (not hung), and the next line still gets its answer."""
    big = "my brother and i play lego " * 40_000
    result = _run([json.dumps({"text": big}), json.dumps({"text": "ok"})], "--direction", "in")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["action"] for answer in answers] == ["allow", "allow"]
    assert len(answers[0]["text"]) == len(big)


def test_filter_loads_no_qt_and_no_store() -> None:
    """`hoot filter` stays headless and light: no PySide6, no store, no API client."""
    script = (
        "import io, sys\n"
        'sys.stdin = io.TextIOWrapper(io.BytesIO(b\'{"text": "hi"}\\n\'))\n'
        "from app.cli import main\n"
        "main(['filter', '--direction', 'in'])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'anthropic', 'sqlcipher"
        "3')"
        " or m.startswith('app.store') or m.startswith('ui')]\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"
