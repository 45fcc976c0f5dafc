"""Responsiveness: a long reply streams into the real chat window while the GUI thread is watched.

`.venv/bin/python -m benchmarks.responsiveness [--tokens 2000] [--rate 200] [--runs 3]`

The fake Messages API streams a 2,000-token reply, one token per event at 200 tokens per
second, through the real SDK into a real `ChatWindow` (offscreen). A 5 ms heartbeat timer on
the GUI thread records the longest gap between its ticks: the longest time the window could
not answer the child. Each token's arrival is stamped in the backend thread as the SDK hands
it over; the window's model updates and the list's repaints are stamped on the GUI thread, so
the delay from arrival to screen includes the output guard. Targets: longest stall < 50 ms,
first visible token < 30 ms after it arrived. Baseline, same run: the same stream with the
output guard replaced by a pass-through.
"""

from __future__ import annotations

import argparse
import bisect
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from benchmarks.desktop import ROOT, load_note

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_TARGET_MS = 50.0
FIRST_TOKEN_TARGET_MS = 30.0
HEARTBEAT_MS = 5
#: Every token is five characters, so the fake's fixed chunk size gives one token per event.
TOKEN_CHARS = 5
_WORDS = (
    *("owls", "hunt", "mice", "moon", "tree", "wing", "soft", "eyes", "fast", "dark", "calm"),
    *("barn", "snow", "leaf", "nest", "bird", "fly,", "sees", "all.", "Long", "ears", "they"),
    *("have", "rest"),
)


def reply_text(tokens: int) -> str:
    """`tokens` five-character pieces of plain English-like Markdown, with paragraphs."""
    pieces = []
    for number in range(tokens):
        if number % 60 == 59:
            pieces.append("end.\n")
        elif number % 60 == 0 and number:
            pieces.append("\nOwl ")
        else:
            word = _WORDS[(number * 7) % len(_WORDS)][:4]
            pieces.append(f"{word:<4} ")
    return "".join(pieces)


@dataclass
class Stamps:
    """What one run recorded (seconds on `time.monotonic()`)."""

    #: (arrival time, length of the raw reply so far) for each piece the SDK handed over.
    arrivals: list[tuple[float, int]] = field(default_factory=list)
    #: (time, length of the reply bubble's text) at each model update on the GUI thread.
    updates: list[tuple[float, int]] = field(default_factory=list)
    paints: list[float] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0


class PassThroughGuard:
    """The baseline's output guard: releases every chunk at once and checks nothing."""

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self._shown = ""

    @property
    def shown(self) -> str:
        return self._shown

    @property
    def replacement_text(self) -> str:
        return ""

    def feed(self, chunk: str) -> object:
        from app.safety.stream import GuardStep

        self._shown += chunk
        return GuardStep(chunk)

    def finish(self) -> object:
        from app.safety.stream import GuardStep

        return GuardStep("")


@dataclass(frozen=True)
class Result:
    label: str
    tokens_per_second: float
    max_stall_ms: float
    p99_gap_ms: float
    first_token_ms: float
    first_paint_ms: float
    median_token_ms: float
    p95_token_ms: float
    max_token_ms: float


_FAKE_SERVER = """
import sys
from tests.fakes.fake_anthropic import FakeAnthropic, Scenario
from benchmarks.responsiveness import TOKEN_CHARS, reply_text
tokens, rate = int(sys.argv[1]), float(sys.argv[2])
with FakeAnthropic() as api:
    api.default = Scenario(
        text=reply_text(tokens), chunk_size=TOKEN_CHARS, delay=max(0.0, 1.0 / rate - 0.0002)
    )
    print(api.base_url, flush=True)
    sys.stdin.read()  # serve until the benchmark closes our stdin
"""


@contextmanager
def fake_api_process(tokens: int, rate: float) -> Iterator[str]:
    """The fake Messages API in its own process, so its threads do not share Hoot's GIL (a
    real server is on another machine). Yields its base URL."""
    server = subprocess.Popen(
        [sys.executable, "-c", _FAKE_SERVER, str(tokens), str(rate)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    assert server.stdin is not None
    try:
        yield server.stdout.readline().strip()
    finally:
        server.stdin.close()
        server.wait(timeout=30)


def _run_once(label: str, tokens: int, rate: float, guarded: bool) -> Result:
    from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer

    import app.chat.conversation as conversation_module
    from app.age_bands import AgeBand
    from app.chat.backends import (
        AnthropicBackend,
        ChatMessage,
        ConnectionSettings,
        StreamEvent,
        TextDelta,
    )
    from app.chat.conversation import ChildContext, Conversation
    from app.chat.prompts import system_prompt
    from app.safety.stream import OutputGuard
    from ui.chat.model import BubbleKind
    from ui.chat.window import ChatWindow

    stamps = Stamps()

    class TimedBackend:
        """The real backend, stamping each piece as it leaves the SDK (backend thread)."""

        def __init__(self, inner: AnthropicBackend) -> None:
            self._inner = inner
            self._length = 0

        @property
        def is_demo(self) -> bool:
            return False

        def stream(
            self, system: str, history: Sequence[ChatMessage], cancel: object
        ) -> Iterator[StreamEvent]:
            for event in self._inner.stream(system, history, cancel):  # type: ignore[arg-type]
                if isinstance(event, TextDelta):
                    self._length += len(event.text)
                    stamps.arrivals.append((time.monotonic(), self._length))
                yield event

    conversation_module.OutputGuard = OutputGuard if guarded else PassThroughGuard  # type: ignore[misc]
    band = AgeBand("8-10")
    with fake_api_process(tokens, rate) as base_url:
        settings = ConnectionSettings(api_key="sk-ant-bench", base_url=base_url, max_retries=0)
        backend = TimedBackend(AnthropicBackend(settings))
        conversation = Conversation(backend, system_prompt(band, None), ChildContext(band=band))
        window = ChatWindow(conversation)
        window.resize(760, 800)
        window.show()

        def on_model_change(top_left: QModelIndex, *_rest: object) -> None:
            bubble = window.model.bubble(top_left.row())
            if bubble.kind is BubbleKind.AI and stamps.started:
                stamps.updates.append((time.monotonic(), len(bubble.text)))

        window.model.dataChanged.connect(on_model_change)

        class PaintWatch(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    stamps.paints.append(time.monotonic())
                return False

        watch = PaintWatch()
        window.message_list.viewport().installEventFilter(watch)

        loop = QEventLoop()
        last_tick = [time.monotonic()]

        def tick() -> None:
            now = time.monotonic()
            if stamps.started:
                stamps.gaps.append(now - last_tick[0])
            last_tick[0] = now
            if stamps.started and not window.is_replying:
                stamps.ended = now
                loop.quit()

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(tick)
        heartbeat.start()
        QTimer.singleShot(300, lambda: _send(window, stamps))  # let the window settle first
        loop.exec()
        heartbeat.stop()
        window.message_list.viewport().removeEventFilter(watch)
        final = window.model.bubble(window.model.rowCount(QModelIndex()) - 1).text
        window.close()
        window.deleteLater()
    conversation_module.OutputGuard = OutputGuard  # type: ignore[misc]
    if len(final) != len(reply_text(tokens)):
        raise RuntimeError(f"{label}: the reply did not arrive whole ({len(final)} characters)")
    return _summarise(label, tokens, stamps)


def _send(window: object, stamps: Stamps) -> None:
    from ui.chat.window import ChatWindow

    assert isinstance(window, ChatWindow)
    window.message_box.setPlainText("Tell me a long story about owls")
    stamps.started = time.monotonic()
    window.send()


def _summarise(label: str, tokens: int, stamps: Stamps) -> Result:
    update_times = [t for t, _ in stamps.updates]
    update_lengths = [n for _, n in stamps.updates]
    latencies = []
    for arrived, length in stamps.arrivals:
        # The first update whose bubble is at least this long showed this token.
        position = bisect.bisect_left(update_lengths, length)
        if position < len(update_times):
            latencies.append((update_times[position] - arrived) * 1000)
    first_arrival = stamps.arrivals[0][0]
    first_shown = next(t for t, n in stamps.updates if n > 0)
    first_paint = stamps.paints[bisect.bisect_left(stamps.paints, first_shown)]
    stream_seconds = stamps.arrivals[-1][0] - first_arrival
    gaps_ms = sorted(gap * 1000 for gap in stamps.gaps)
    ordered = sorted(latencies)
    return Result(
        label=label,
        tokens_per_second=(tokens - 1) / stream_seconds,
        max_stall_ms=gaps_ms[-1],
        p99_gap_ms=gaps_ms[int(len(gaps_ms) * 0.99)],
        first_token_ms=(first_shown - first_arrival) * 1000,
        first_paint_ms=(first_paint - first_arrival) * 1000,
        median_token_ms=statistics.median(ordered),
        p95_token_ms=ordered[int(len(ordered) * 0.95)],
        max_token_ms=ordered[-1],
    )


def _row(result: Result) -> str:
    return (
        f"  {result.label:<20}{result.tokens_per_second:>7.0f}{result.max_stall_ms:>9.1f}"
        f"{result.p99_gap_ms:>8.1f}{result.first_token_ms:>9.1f}{result.first_paint_ms:>9.1f}"
        f"{result.median_token_ms:>9.1f}{result.p95_token_ms:>8.1f}{result.max_token_ms:>8.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.responsiveness")
    parser.add_argument("--tokens", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=200.0, help="tokens per second")
    parser.add_argument("--runs", type=int, default=3, help="runs per case")
    args = parser.parse_args(argv if argv is not None else [])
    print(load_note())

    import tempfile

    from ui.main import create_application

    with tempfile.TemporaryDirectory(prefix="hoot-bench-") as folder:
        os.environ["HOOT_DATA_DIR"] = folder  # nothing is stored: the window has no store
        app = create_application([sys.argv[0]])
        _run_once("warm-up", 100, args.rate, guarded=True)
        results: dict[str, list[Result]] = {"pass-through (base)": [], "Hoot (guarded)": []}
        for _ in range(args.runs):
            for label, runs in results.items():
                runs.append(_run_once(label, args.tokens, args.rate, label.startswith("Hoot")))
        del app
    print(
        f"  {args.tokens} tokens at {args.rate:.0f}/s, {args.runs} runs each; times in ms; "
        "latency is from a token's arrival in the backend thread to the model update"
    )
    print(
        f"  {'':<20}{'tok/s':>7}{'stall':>9}{'p99 gap':>8}{'first':>9}{'1st pnt':>9}"
        f"{'tok p50':>9}{'p95':>8}{'max':>8}"
    )
    for runs in results.values():
        for result in runs:
            print(_row(result))
    base, hoot = results["pass-through (base)"], results["Hoot (guarded)"]
    stall = max(r.max_stall_ms for r in hoot)
    first = statistics.median(r.first_token_ms for r in hoot)
    first_paint = statistics.median(r.first_paint_ms for r in hoot)
    base_stall = max(r.max_stall_ms for r in base)
    base_first = statistics.median(r.first_token_ms for r in base)
    print(
        f"  longest stall (worst run): Hoot {stall:.1f} ms, baseline {base_stall:.1f} ms, "
        f"ratio {stall / base_stall:.2f}x; target < {STALL_TARGET_MS:.0f} ms: "
        + ("ok" if stall < STALL_TARGET_MS else "MISSED")
    )
    print(
        f"  first visible token (median): Hoot {first:.1f} ms (painted {first_paint:.1f} ms), "
        f"baseline {base_first:.1f} ms, ratio {first / max(base_first, 0.01):.2f}x; "
        f"target < {FIRST_TOKEN_TARGET_MS:.0f} ms: "
        + ("ok" if first_paint < FIRST_TOKEN_TARGET_MS else "MISSED")
    )
    return 0 if stall < STALL_TARGET_MS and first_paint < FIRST_TOKEN_TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
