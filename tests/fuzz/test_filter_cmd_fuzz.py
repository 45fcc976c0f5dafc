"""Fuzzing `hoot filter`: any bytes on stdin give exactly one JSON answer line per input line,
and the exit status says whether any line was bad."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.safety.filter_cmd import filter_lines

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Lines that are nearly right, right, or nothing like it.
JSON_LINES = st.one_of(
    st.text(max_size=80).map(lambda text: json.dumps({"text": text})),
    st.text(max_size=80).map(lambda text: json.dumps({"text": text}, ensure_ascii=False)),
    st.sampled_from(
        [
            '{"text": 1}',
            '{"txt": "hi"}',
            '["text"]',
            '"just a string"',
            "{",
            "",
            "null",
            '{"text": "a", "text": "b"}',
            '{"text": "tab\\tand\\nnewline"}',
        ]
    ),
).map(str.encode)
RAW_LINES = st.binary(max_size=120).map(lambda raw: raw.replace(b"\n", b""))
LINES = st.lists(st.one_of(JSON_LINES, RAW_LINES), max_size=12)
ENDINGS = st.sampled_from([b"\n", b"\r\n"])


def run_filter(data: bytes, direction: str = "in", band: str = "8-10") -> tuple[int, list[str]]:
    """`filter_lines` as `hoot filter` runs it: bytes in, a strict UTF-8 text stream out."""
    out = io.BytesIO()
    sink = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n")
    status = filter_lines(io.BytesIO(data), sink, direction, band)
    sink.flush()
    return status, out.getvalue().decode("utf-8").split("\n")


def expected_line_count(data: bytes) -> int:
    return len(io.BytesIO(data).readlines())


@FUZZ
@given(
    lines=LINES,
    ending=ENDINGS,
    last_newline=st.booleans(),
    direction=st.sampled_from(["in", "out"]),
)
def test_one_answer_line_per_input_line_and_the_right_exit_status(
    lines: list[bytes], ending: bytes, last_newline: bool, direction: str
) -> None:
    """Each input line gets one JSON object; bad lines get an error object and status 1."""
    data = ending.join(lines) + (ending if last_newline and lines else b"")
    status, output = run_filter(data, direction)
    assert output[-1] == ""  # every answer ends its line
    answers = [json.loads(line) for line in output[:-1]]
    assert len(answers) == expected_line_count(data)
    errors = [answer for answer in answers if answer["action"] == "error"]
    assert status == (1 if errors else 0)
    assert all(answer["action"] in ("allow", "redact", "block", "error") for answer in answers)


def test_a_json_escaped_lone_surrogate_gets_an_answer_line_not_a_crash() -> None:
    """`{"text": "\\ud800"}` is valid JSON but not valid Unicode text."""
    status, output = run_filter(b'{"text": "\\ud800 hi"}\n{"text": "fine"}\n')
    assert len(output) == 3
    assert json.loads(output[1])["action"] == "allow"
    assert status == 1


@settings(max_examples=4, deadline=None)
@given(data=st.binary(min_size=1, max_size=300))
def test_the_real_command_takes_any_bytes_without_a_traceback(data: bytes) -> None:
    """The `hoot filter` process itself, fed random bytes: answers, an exit status of 0 or 1,
    and nothing on stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "app", "filter", "--direction", "in"],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.stderr == b""
    assert done.returncode in (0, 1)
    lines = done.stdout.decode("utf-8").split("\n")
    assert len(lines) - 1 == expected_line_count(data.replace(b"\\u", b"u"))
