"""Run every benchmark in turn: `python -m benchmarks` (or `make bench`).

Each one can also run alone: `python -m benchmarks.filter`, `python -m benchmarks.store`, ...
"""

from __future__ import annotations

import importlib
import sys
import time

#: Module names under `benchmarks/`, in the order they run.
ALL = ("filter", "store", "startup", "responsiveness", "long_history", "idle")


def main(argv: list[str] | None = None) -> int:
    chosen = list(argv if argv is not None else sys.argv[1:]) or list(ALL)
    worst = 0
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"\n=== benchmarks.{name} ===", flush=True)
        started = time.perf_counter()
        status = module.main([]) if name == "store" else module.main()
        print(f"(benchmarks.{name} took {time.perf_counter() - started:.0f} s)", flush=True)
        worst = max(worst, int(status or 0))
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
