"""Long histories: a child with 20,000 messages opens their chat and scrolls it top to bottom.

`.venv/bin/python -m benchmarks.long_history [--messages 20000] [--baseline 200]`

The store is seeded directly (one child, one chat holding every message, the worst case for
opening it). A fresh process then opens the child's chat in the real `ChatWindow` (offscreen,
760x800), scrolls up until the whole chat is loaded (older messages arrive a page at a time),
then pages down from the top to the bottom, painting each step. It reports the time to open,
each page load, the time per scroll step, the longest stall of the GUI thread (a 5 ms
heartbeat) and the process's peak resident memory (target < 250 MB). Baseline, same run: the
same child with 200 messages.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.desktop import ROOT, hoot_env, load_note, rss_megabytes

RSS_TARGET_MB = 250.0
STEP_TARGET_MS = 16.0
_TOPICS = ("owls", "volcanoes", "fractions", "dinosaurs", "the moon", "sharks", "rainbows")
_REPLY_WORDS = [
    "they",
    "can",
    "see",
    "far",
    "and",
    "are",
    "very",
    "good",
    "at",
    "finding",
    "food",
    "in",
    "the",
    "dark",
]


def _reply(rng: random.Random) -> str:
    """An AI reply of 40 to 200 words with the Markdown replies use (bold, lists)."""
    topic = rng.choice(_TOPICS)
    words = " ".join(rng.choices(_REPLY_WORDS, k=rng.randint(40, 200)))
    if rng.random() < 0.3:
        return f"**{topic.title()}** are amazing!\n\n- {words[:80]}\n- {words[80:160]}\n\n{words}"
    return f"Here is what I know about {topic}: {words}."


def seed(data: Path, messages: int) -> None:
    """One child, one chat with `messages` messages (child and AI taking turns)."""
    from app.store import Store

    rng = random.Random(5)
    with Store.open(data) as store:
        child = store.profiles.add("Sam", "owl", 2016, 5)
        chat = store.history.start_conversation(child.id, "v1").id
        written = 0
        while written < messages:
            with store.database.transaction():
                for _ in range(min(2000, messages - written)):
                    if written % 2 == 0:
                        text = f"Can you tell me about {rng.choice(_TOPICS)}? " * rng.randint(1, 3)
                        store.history.add_user_message(chat, text.strip())
                    else:
                        store.history.add_assistant_message(
                            chat, _reply(rng), tokens_in=40, tokens_out=120
                        )
                    written += 1


@dataclass(frozen=True)
class Measured:
    messages: int
    open_ms: float
    bubbles_loaded: int
    page_loads: int
    page_load_median_ms: float
    page_load_max_ms: float
    layout_settle_ms: float
    steps: int
    scroll_range_px: int
    reached_last_message: bool
    step_median_ms: float
    step_p95_ms: float
    step_max_ms: float
    max_stall_ms: float
    rss_mb: float
    peak_rss_mb: float


def measure(data: Path, messages: int) -> Measured:
    """Open the child's chat, load it all by scrolling up, then page down to the bottom."""
    os.environ["HOOT_DATA_DIR"] = str(data)
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.age_bands import AgeBand
    from app.chat.backends import DemoBackend
    from app.chat.conversation import ChildContext
    from app.chat.session import ChatSession
    from app.store import Store
    from ui.chat.window import ChatWindow
    from ui.main import create_application

    app = create_application([sys.argv[0]])
    store = Store.open(data)
    [child] = store.profiles.all()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(tick)
    heartbeat.start(5)

    def wait_until(condition: object, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting for the chat window")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    session = ChatSession(DemoBackend(), ChildContext(child.id, AgeBand("8-10")), store)
    started = time.perf_counter()
    window = ChatWindow(session=session, child_name=child.nickname)
    window.resize(760, 800)
    window.show()
    model = window.model
    wait_until(lambda: model.rowCount(QModelIndex()) > 1)
    window.message_list.viewport().repaint()
    open_ms = (time.perf_counter() - started) * 1000

    bar = window.message_list.verticalScrollBar()

    def settle(quiet: float = 0.3) -> None:
        """Wait until the scroll range and rows stop changing for `quiet` seconds. A batched
        layout lays rows out while the GUI is idle but moves the scroll range on only when
        the view updates its geometry, so ask it to each time round."""
        stable_since, seen = time.monotonic(), (bar.maximum(), model.rowCount(QModelIndex()))
        while time.monotonic() - stable_since < quiet:
            window.message_list.updateGeometries()
            pause = time.monotonic() + 0.05
            while time.monotonic() < pause:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            now = (bar.maximum(), model.rowCount(QModelIndex()))
            if now != seen:
                stable_since, seen = time.monotonic(), now

    settle()
    page_loads: list[float] = []
    expected = messages + 1  # and the welcome bubble
    while model.rowCount(QModelIndex()) < expected:
        rows = model.rowCount(QModelIndex())
        started = time.perf_counter()
        # From one step below the top, so the move to the top is a real scroll the window sees.
        bar.setValue(bar.minimum() + 1)
        bar.setValue(bar.minimum())
        try:
            wait_until(lambda rows=rows: model.rowCount(QModelIndex()) > rows, timeout=60.0)  # type: ignore[misc]
        except RuntimeError:
            break  # nothing older arrived: the top of the chat (some messages are hidden)
        window.message_list.viewport().repaint()
        page_loads.append((time.perf_counter() - started) * 1000)
    loaded = model.rowCount(QModelIndex())

    started = time.perf_counter()
    settle(1.0)
    settle_ms = (time.perf_counter() - started) * 1000 - 1000
    steps: list[float] = []
    bar.setValue(bar.minimum())
    QApplication.processEvents()
    view = window.message_list

    def last_row_visible() -> bool:
        last = model.index(model.rowCount(QModelIndex()) - 1)
        return view.visualRect(last).intersects(view.viewport().rect())

    reached_end = True
    while True:
        if bar.value() >= bar.maximum() and not last_row_visible():
            settle(1.5)  # the batched layout has not reached the last rows yet
            if bar.value() >= bar.maximum():
                reached_end = False  # the range stopped short of the last message
                break
        elif bar.value() >= bar.maximum():
            break
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.message_list.viewport().repaint()
        QApplication.processEvents()
        steps.append((time.perf_counter() - started) * 1000)
    scroll_range = bar.maximum()
    heartbeat.stop()
    rss, peak = rss_megabytes(os.getpid())
    window.close()
    store.close()
    del app
    ordered = sorted(steps) or [0.0]
    return Measured(
        messages=messages,
        open_ms=open_ms,
        bubbles_loaded=loaded,
        page_loads=len(page_loads),
        page_load_median_ms=statistics.median(page_loads) if page_loads else 0.0,
        page_load_max_ms=max(page_loads, default=0.0),
        layout_settle_ms=max(0.0, settle_ms),
        steps=len(steps),
        scroll_range_px=scroll_range,
        reached_last_message=reached_end,
        step_median_ms=statistics.median(ordered),
        step_p95_ms=ordered[int(len(ordered) * 0.95)],
        step_max_ms=ordered[-1],
        max_stall_ms=max(gaps, default=0.0),
        rss_mb=rss,
        peak_rss_mb=peak,
    )


def _in_fresh_process(*args: str, data: Path) -> str:
    env = hoot_env(data, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.long_history", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-3000:])
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.long_history")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--baseline", type=int, default=200)
    parser.add_argument("--seed", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv if argv is not None else [])
    if args.seed:
        seed(args.seed, args.messages)
        return 0
    if args.measure:
        print(json.dumps(asdict(measure(args.measure, args.messages))))
        return 0

    print(load_note())
    results: list[Measured] = []
    for count in (args.baseline, args.messages):
        with tempfile.TemporaryDirectory(prefix="hoot-bench-") as folder:
            data = Path(folder) / "data"
            started = time.perf_counter()
            _in_fresh_process("--seed", str(data), "--messages", str(count), data=data)
            print(f"  seeded {count:,} messages in {time.perf_counter() - started:.1f} s")
            output = _in_fresh_process("--measure", str(data), "--messages", str(count), data=data)
            results.append(Measured(**json.loads(output.strip().splitlines()[-1])))
    base, big = results
    rows = (
        ("open the chat (to first paint)", "open_ms", "ms"),
        ("bubbles loaded by scrolling up", "bubbles_loaded", ""),
        ("older pages loaded", "page_loads", ""),
        ("page load, median", "page_load_median_ms", "ms"),
        ("page load, worst", "page_load_max_ms", "ms"),
        ("layout settling after the last page", "layout_settle_ms", "ms"),
        ("scroll range", "scroll_range_px", "px"),
        ("scroll steps (a page each) top to bottom", "steps", ""),
        ("scroll step, median", "step_median_ms", "ms"),
        ("scroll step, p95", "step_p95_ms", "ms"),
        ("scroll step, worst", "step_max_ms", "ms"),
        ("longest GUI stall (whole run)", "max_stall_ms", "ms"),
        ("resident memory at the end", "rss_mb", "MB"),
        ("peak resident memory", "peak_rss_mb", "MB"),
    )
    print(f"  {'':<38}{base.messages:>10,}{big.messages:>10,}{'ratio':>8}")
    for label, name, unit in rows:
        small, large = getattr(base, name), getattr(big, name)
        ratio = f"{large / small:>7.1f}x" if small else ""
        print(f"  {label:<38}{small:>8.0f}{unit:<2}{large:>8.0f}{unit:<2}{ratio}")
    for result in results:
        if not result.reached_last_message:
            print(f"  with {result.messages:,} messages the scroll range ended before the last one")
    ok = big.peak_rss_mb < RSS_TARGET_MB
    print(
        f"  peak RSS {big.peak_rss_mb:.0f} MB, target < {RSS_TARGET_MB:.0f} MB: "
        + ("ok" if ok else "MISSED")
        + f"; scroll step p95 {big.step_p95_ms:.1f} ms (one frame is {STEP_TARGET_MS:.0f} ms)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
