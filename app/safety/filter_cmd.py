"""`hoot filter`: check JSON lines from stdin with the safety filter and write one verdict each."""

from __future__ import annotations

import argparse
import json
import sys
from typing import BinaryIO, TextIO

from app.age_bands import DEFAULT_BAND, AgeBand


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `hoot filter`."""
    parser.add_argument(
        "--direction",
        choices=("in", "out"),
        required=True,
        help="in: text a child typed; out: a model reply",
    )
    parser.add_argument(
        "--age-band",
        default=DEFAULT_BAND.value,
        choices=[band.value for band in AgeBand],
        help=f"the child's age band (default {DEFAULT_BAND.value})",
    )
    parser.epilog = (
        'Reads JSON lines such as {"text": "..."} on stdin and writes one JSON object per line: '
        '{"action", "categories", "severity", "text", "rule_ids"}, or {"action": "error", '
        '"error": "..."} for a bad line. Exit status 1 if any line was bad.'
    )


def run(args: argparse.Namespace) -> int:
    """Filter stdin to stdout; 0 when every line was good, 1 otherwise."""
    return filter_lines(sys.stdin.buffer, sys.stdout, args.direction, args.age_band)


def filter_lines(source: BinaryIO, sink: TextIO, direction: str, age_band: str) -> int:
    """Judge each JSON line of `source`, writing (and flushing) one answer line per input line."""
    from app.safety.engine import check  # Loaded here so `hoot --help` stays quick.

    band = AgeBand.parse(age_band)
    status = 0
    for raw in source:
        line = raw.rstrip(b"\r\n")
        try:
            text = _text_of(line)
        except ValueError as problem:
            status = 1
            answer: dict[str, object] = {"action": "error", "error": str(problem)}
        else:
            answer = check(text, direction, band).to_json()
        sink.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sink.flush()
    return status


def _text_of(line: bytes) -> str:
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("line is not valid UTF-8") from None
    try:
        payload = json.loads(decoded)
    except json.JSONDecodeError as problem:
        raise ValueError(f"line is not valid JSON: {problem.msg}") from None
    if not isinstance(payload, dict):
        raise ValueError('line must be a JSON object like {"text": "..."}')
    text = payload.get("text")
    if not isinstance(text, str):
        raise ValueError('the object needs a string "text" field')
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # JSON allows "\\ud800" (half a character); it cannot be checked or written back out.
        raise ValueError('"text" holds an unpaired surrogate (\\ud800-\\udfff escape)') from None
    return text
