"""Idle: with nothing happening, Hoot's chat window should use no CPU and not wake up.

`.venv/bin/python -m benchmarks.idle [--seconds 10] [--settle 3]`

`hoot --demo` (one child set up, so the chat opens) and a bare PySide6 window each start on a
private Xvfb display. After the first frame and a settling pause, the benchmark reads the
process's CPU time and every thread's context switches from /proc over the idle period. A
thread that wakes up shows as switches; a polling timer shows as a steady rate. Target: CPU
time ~0 and no more wake-ups than the bare window (the text cursor's blink, which Qt drives
with a timer while the text box has focus, is the one expected extra).
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.desktop import (
    CpuSample,
    NoDisplay,
    cpu_sample,
    hoot_env,
    launch,
    load_note,
    set_up_one_child,
    virtual_display,
)

#: CPU use while idle above this share of one core counts as "not idle".
CPU_TARGET_PERCENT = 0.5


@dataclass(frozen=True)
class Idle:
    label: str
    cpu_ms: float
    wakeups: int
    by_thread: dict[str, int]


def _idle(label: str, mode: str, env: dict[str, str], seconds: float, settle: float) -> Idle:
    process, _frame = launch(mode, env, *(("--demo",) if mode == "hoot" else ()), stay=True)
    try:
        time.sleep(settle)  # let start-up work (history load, alert check) finish
        before = cpu_sample(process.pid)
        time.sleep(seconds)  # the period being measured: nothing may happen in it
        after = cpu_sample(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    return Idle(
        label,
        (after.cpu_seconds - before.cpu_seconds) * 1000,
        after.switches - before.switches,
        _by_thread(before, after),
    )


def _by_thread(before: CpuSample, after: CpuSample) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for tid, thread in after.threads.items():
        earlier = before.threads.get(tid)
        counts[thread.name] += thread.switches - (earlier.switches if earlier else 0)
    return {name: count for name, count in counts.most_common() if count}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.idle")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of the idle period")
    parser.add_argument("--settle", type=float, default=3.0, help="pause after the first frame")
    args = parser.parse_args(argv if argv is not None else [])
    print(load_note())
    with tempfile.TemporaryDirectory(prefix="hoot-bench-") as folder:
        data = Path(folder) / "data"
        set_up_one_child(data)
        try:
            with virtual_display() as display:
                env = hoot_env(data, display)
                results = [
                    _idle("bare PySide6 window", "bare", env, args.seconds, args.settle),
                    _idle("bare, focused text box", "bare-text", env, args.seconds, args.settle),
                    _idle("hoot --demo (chat open)", "hoot", env, args.seconds, args.settle),
                ]
        except NoDisplay as missing:
            print(f"  skipped: {missing}")
            return 0
    print(f"  over {args.seconds:.0f} s of idling, {args.settle:.0f} s after the first frame")
    print(f"  {'':<26}{'CPU':>9}{'% core':>8}{'wake-ups':>10}{'per s':>7}  by thread")
    for result in results:
        share = result.cpu_ms / (args.seconds * 10)
        threads = ", ".join(f"{name} {count}" for name, count in result.by_thread.items())
        print(
            f"  {result.label:<26}{result.cpu_ms:>7.0f}ms{share:>7.2f}%{result.wakeups:>10}"
            f"{result.wakeups / args.seconds:>7.1f}  {threads}"
        )
    _bare, bare, hoot = results
    share = hoot.cpu_ms / (args.seconds * 10)
    ratio = hoot.wakeups / max(bare.wakeups, 1)
    print(
        f"  Hoot idle CPU {share:.2f}% of a core (target < {CPU_TARGET_PERCENT}%): "
        + ("ok" if share < CPU_TARGET_PERCENT else "MISSED")
        + f"; wake-ups {hoot.wakeups} vs a bare window with a text box {bare.wakeups} "
        f"({ratio:.1f}x)"
    )
    return 0 if share < CPU_TARGET_PERCENT else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
