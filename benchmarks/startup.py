"""Start-up: from launch to Hoot's chat window on screen, against a bare PySide6 window, one run.

`.venv/bin/python -m benchmarks.startup [--runs 7]`

Both programs start the same way (a Python subprocess on one private Xvfb display, through
`benchmarks.first_frame`) and report the first frame their first window painted. Hoot runs as
`hoot --demo` on a data folder set up with one child, so it opens straight into the chat; a
second row starts it with an API key (not demo), the way a family with a key starts it.
Target: Hoot's chat window (titled "Hoot": banner, header, text box) painted within 1.5x the
bare window (medians). Hoot paints it before the store opens and fills it in after, so each
row also says when the chat was ready: the child's latest chat shown and Send working. (The
warm-up launch is the one where Hoot learns that it opens into a chat.) Then
`python -X importtime` lists what Hoot imports before its event loop, heaviest first.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.desktop import (
    ROOT,
    FirstFrame,
    NoDisplay,
    hoot_env,
    launch,
    load_note,
    median,
    probe_command,
    set_up_one_child,
    virtual_display,
)

TARGET_RATIO = 1.5
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass(frozen=True)
class Case:
    label: str
    mode: str
    hoot_args: tuple[str, ...]
    extra_env: tuple[tuple[str, str], ...] = ()


CASES = (
    Case("bare PySide6 window", "bare", ()),
    Case("hoot --demo (one child)", "hoot", ("--demo",)),
    Case(
        "hoot with an API key",
        "hoot",
        (),
        (("ANTHROPIC_API_KEY", "sk-ant-benchmark"), ("ANTHROPIC_BASE_URL", "http://127.0.0.1:9")),
    ),
)


def _measure(runs: int, data: Path, display: str) -> dict[str, list[FirstFrame]]:
    results: dict[str, list[FirstFrame]] = defaultdict(list)
    # One warm-up each fills the page cache; then the cases take turns so drift hits all alike.
    for attempt in range(runs + 1):
        for case in CASES:
            env = hoot_env(data, display, **dict(case.extra_env))
            _, frame = launch(case.mode, env, *case.hoot_args)
            if case.mode == "hoot" and (frame.to_titled("Hoot") is None or frame.to_ready is None):
                raise RuntimeError(f"expected the chat window, got {frame.title!r}")
            if attempt:
                results[case.label].append(frame)
    return results


@dataclass(frozen=True)
class ImportCost:
    name: str
    self_ms: float
    cumulative_ms: float


def import_profile(
    data: Path, display: str, *hoot_args: str, extra_env: tuple[tuple[str, str], ...] = ()
) -> list[ImportCost]:
    """Every module Hoot imports before its event loop starts, with `-X importtime` costs."""
    command = probe_command("hoot", *hoot_args, options=("--exit-at-exec",))
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=hoot_env(data, display, **dict(extra_env)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    costs = []
    for line in done.stderr.splitlines():
        found = _IMPORT_LINE.match(line)
        if found:
            costs.append(
                ImportCost(found.group(4), int(found.group(1)) / 1000, int(found.group(2)) / 1000)
            )
    return costs


def _print_imports(costs: list[ImportCost]) -> None:
    by_package: dict[str, float] = defaultdict(float)
    for cost in costs:
        parts = cost.name.split(".")
        top = ".".join(parts[:2]) if parts[0] in ("app", "ui", "PySide6") else parts[0]
        by_package[top] += cost.self_ms
    total = sum(by_package.values())
    print(f"\n  imported before the first screen: {len(costs)} modules, {total:.0f} ms in all")
    print("  heaviest packages (own time of all their modules):")
    for name, ms in sorted(by_package.items(), key=lambda item: -item[1])[:14]:
        print(f"    {name:<34}{ms:>8.0f} ms")
    ours = [c for c in costs if c.name.split(".")[0] in ("app", "ui")]
    print("  heaviest of Hoot's own modules (with what they import):")
    for cost in sorted(ours, key=lambda c: -c.cumulative_ms)[:12]:
        print(f"    {cost.name:<34}{cost.cumulative_ms:>8.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup")
    parser.add_argument("--runs", type=int, default=7, help="timed launches per case")
    args = parser.parse_args(argv if argv is not None else [])
    print(load_note())
    with tempfile.TemporaryDirectory(prefix="hoot-bench-") as folder:
        data = Path(folder) / "data"
        set_up_one_child(data)
        try:
            with virtual_display() as display:
                results = _measure(args.runs, data, display)
                demo_imports = import_profile(data, display, "--demo")
                key_imports = import_profile(data, display, extra_env=CASES[2].extra_env)
        except NoDisplay as missing:
            print(f"  skipped: {missing}")
            return 0
    bare = median([r.to_window for r in results[CASES[0].label]])
    print(f"  {args.runs} launches each; medians, from launch to the first painted frame")
    print(f"  {'':<28}{'to event loop':>14}{'to frame':>10}{'ratio':>8}  target")
    worst = 0
    for case in CASES:
        frames = results[case.label]
        to_exec = median([f.to_exec for f in frames])
        if case.mode == "bare":
            to_frame = bare
        else:
            to_frame = median([f.to_titled("Hoot") or float("nan") for f in frames])
        ratio = to_frame / bare
        target = "" if case.mode == "bare" else f"<= {TARGET_RATIO}x"
        verdict = ""
        if case.mode == "hoot":
            verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
            if case.hoot_args == ("--demo",) and ratio > TARGET_RATIO:
                worst = 1
        print(
            f"  {case.label:<28}{to_exec * 1000:>11.0f} ms{to_frame * 1000:>7.0f} ms"
            f"{ratio:>7.2f}x  {target} {verdict}"
        )
        readies = [f.to_ready for f in frames if f.to_ready is not None]
        if readies:
            ready = median(readies)
            print(
                f"  {'  (chat ready to send)':<28}{'':>14}{ready * 1000:>7.0f} ms"
                f"{ready / bare:>7.2f}x  store open, latest chat shown, Send works"
            )
    _print_imports(demo_imports)
    extra = {c.name for c in key_imports} - {c.name for c in demo_imports}
    extra_ms = sum(c.self_ms for c in key_imports if c.name in extra)
    heavy = sorted(
        (c for c in key_imports if c.name in extra and "." not in c.name),
        key=lambda c: -c.cumulative_ms,
    )[:5]
    print(
        f"  with an API key Hoot also imports {len(extra)} more modules ({extra_ms:.0f} ms) "
        "before its first screen: " + ", ".join(f"{c.name} {c.cumulative_ms:.0f} ms" for c in heavy)
    )
    return worst


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
