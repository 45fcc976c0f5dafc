"""Benchmark of the encrypted store against the same store on plain SQLite, in one run.

`.venv/bin/python -m benchmarks.store [--messages 100000] [--children 20]`

With 100,000 messages across 20 children it times: opening the database and reading a
child's last 50 messages (target < 150 ms), a full-text search (< 50 ms), and saving one
message durably (< 5 ms). The baseline is identical code on an unencrypted SQLite file with
the same pragmas, so the ratio is the cost of SQLCipher alone.
"""

from __future__ import annotations

import argparse
import functools
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail

from app.store import Store
from app.store.db import database_path
from app.store.store import open_unencrypted_for_benchmark

TARGETS_MS = {"open + last 50": 150.0, "search": 50.0, "store one message": 5.0}
SEARCH_TERMS = ("volcano", "dinosaur", "dino", "homework", "why", "the")
_BATCH = 5_000
_ROW = "{:<26}{:>13}{:>8}{:>10}{:>7}{:>9}  {}"


@dataclass(frozen=True)
class Timing:
    median_ms: float
    p95_ms: float


def _time(action: Callable[[], object], repeats: int) -> Timing:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return Timing(
        statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    )


def _vocabulary(rng: random.Random) -> list[str]:
    topics = [
        "volcano",
        "dinosaur",
        "homework",
        "friend",
        "space",
        "planet",
        "story",
        "dragon",
        "math",
        "fraction",
        "school",
        "teacher",
        "football",
        "music",
        "piano",
        "ocean",
        "shark",
        "rainbow",
        "science",
        "robot",
        "castle",
        "history",
        "owl",
        "forest",
    ]
    glue = ["the", "a", "is", "why", "how", "what", "and", "do", "you", "my", "about", "can"]
    syllables = ["ka", "lo", "mi", "ra", "tu", "ven", "sol", "dri", "pa", "zen", "qui", "bo"]
    made_up = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(3000)}
    return glue * 40 + topics * 4 + sorted(made_up)


def _sentence(rng: random.Random, vocabulary: list[str]) -> str:
    return " ".join(rng.choices(vocabulary, k=rng.randint(6, 40))).capitalize() + "?"


def _populate(store: Store, messages: int, children: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    child_ids = [
        store.profiles.add(f"Child {n}", "owl", 2012 + n % 8, 1 + n % 12).id
        for n in range(children)
    ]
    conversations = {
        child_id: store.history.start_conversation(child_id, "v1").id for child_id in child_ids
    }
    written = 0
    while written < messages:
        # Big transactions only to build the data quickly; the timed writes below commit one by one.
        with store.database.transaction():
            for _ in range(min(_BATCH, messages - written)):
                child_id = rng.choice(child_ids)
                if rng.random() < 0.02:
                    conversations[child_id] = store.history.start_conversation(child_id, "v1").id
                conversation = conversations[child_id]
                if written % 2 == 0:
                    store.history.add_user_message(conversation, _sentence(rng, vocabulary))
                else:
                    store.history.add_assistant_message(
                        conversation, _sentence(rng, vocabulary), tokens_in=50, tokens_out=80
                    )
                written += 1
    # One more child with only a few messages: a common word is rare for them, the case that
    # is slow when a search filters by child after matching everyone's messages.
    newcomer = store.profiles.add("Newcomer", "owl", 2018, 6).id
    first_chat = store.history.start_conversation(newcomer, "v1").id
    for _ in range(10):
        store.history.add_user_message(first_chat, _sentence(rng, vocabulary))
    store.database.reclaim_space()
    return [*child_ids, newcomer]


def _search_random_child(store: Store, rng: random.Random, child_ids: list[int], term: str) -> None:
    store.history.search(rng.choice(child_ids), term)


def _measure(
    label: str,
    open_store: Callable[[], Store],
    messages: int,
    children: int,
    repeats: int,
) -> dict[str, Timing]:
    store = open_store()
    start = time.perf_counter()
    *child_ids, newcomer = _populate(store, messages, children, seed=7)
    print(f"  {label}: built {messages:,} messages in {time.perf_counter() - start:.1f} s")
    store.close()

    results: dict[str, Timing] = {}
    rng = random.Random(11)

    def open_and_read() -> None:
        opened = open_store()
        opened.history.recent_messages(rng.choice(child_ids), limit=50)
        opened.close()

    results["open + last 50"] = _time(open_and_read, repeats)

    store = open_store()
    try:
        for term in SEARCH_TERMS:
            results[f"search '{term}'"] = _time(
                functools.partial(_search_random_child, store, rng, child_ids, term), repeats
            )
        results["search 'the', newcomer"] = _time(
            lambda: store.history.search(newcomer, "the"), repeats
        )
        searches = [timing for name, timing in results.items() if name.startswith("search")]
        results["search"] = Timing(
            max(timing.median_ms for timing in searches), max(timing.p95_ms for timing in searches)
        )
        conversation = store.history.start_conversation(child_ids[0], "v1").id
        results["store one message"] = _time(
            lambda: store.history.add_user_message(conversation, "How tall is a giraffe?"),
            repeats * 4,
        )
    finally:
        store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--children", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=25)
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="where to build the databases (a real disk, not tmpfs)",
    )
    args = parser.parse_args(argv)

    # Never touch the real OS keyring from a benchmark: the key goes to the temporary folder.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="hoot-bench-", dir=args.dir) as folder:
        encrypted_dir = Path(folder) / "encrypted"
        plain_path = Path(folder) / "plain.db"
        print(f"Store benchmark: {args.messages:,} messages, {args.children} children ({folder})")
        encrypted = _measure(
            "SQLCipher",
            lambda: Store.open(encrypted_dir),
            args.messages,
            args.children,
            args.repeats,
        )
        plain = _measure(
            "plain SQLite",
            lambda: open_unencrypted_for_benchmark(plain_path),
            args.messages,
            args.children,
            args.repeats,
        )
        encrypted_size = database_path(encrypted_dir).stat().st_size
        plain_size = plain_path.stat().st_size

    print()
    header = ("operation", "SQLCipher ms", "p95", "plain ms", "ratio", "target", "ok")
    print(_ROW.format(*header))
    failed = False
    for name, timing in encrypted.items():
        baseline = plain[name]
        target = TARGETS_MS.get(name)
        within = target is None or timing.median_ms < target
        failed |= not within
        print(
            _ROW.format(
                name,
                f"{timing.median_ms:.2f}",
                f"{timing.p95_ms:.2f}",
                f"{baseline.median_ms:.2f}",
                f"{timing.median_ms / baseline.median_ms:.2f}",
                "" if target is None else f"< {target:.0f}",
                "" if target is None else ("yes" if within else "NO"),
            )
        )
    sizes = (encrypted_size / 1e6, plain_size / 1e6)
    print(
        _ROW.format(
            "file size (MB)",
            f"{sizes[0]:.1f}",
            "",
            f"{sizes[1]:.1f}",
            f"{sizes[0] / sizes[1]:.2f}",
            "",
            "",
        )
    )
    print("(median of repeated runs; 'search' is the slowest term; store = one durable commit)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
