"""Hoot's safety filter against better-profanity on the labelled corpus, in one run.

Run with `.venv/bin/python -m benchmarks.filter`. Prints, per category, how much harm each filter
caught and how many benign messages it wrongly flagged, the time per message (mean and p99),
the speed ratio, growth with message length, and the filter process's resident memory.
Then the learned backstop: each red-team round with the rules alone and with the backstop, and
the time per message of both.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "tests" / "data" / "safety_corpus.jsonl",
    ROOT / "tests" / "data" / "safety_corpus_holdout.jsonl",
    # Independent red-team rounds, written in voices the team's corpus did not use.
    ROOT / "tests" / "data" / "redteam_round.jsonl",
    ROOT / "tests" / "data" / "redteam_round2.jsonl",
    # Fresh round written before the learned backstop was trained; never trained or tuned on.
    ROOT / "tests" / "data" / "redteam_round3.jsonl",
    # Rounds 4-6, written fresh by someone who had not seen the rules; misses then fixed.
    ROOT / "tests" / "data" / "redteam_round4_harm.jsonl",
    ROOT / "tests" / "data" / "redteam_round4_benign.jsonl",
    ROOT / "tests" / "data" / "redteam_round5_harm.jsonl",
    ROOT / "tests" / "data" / "redteam_round5_benign.jsonl",
    ROOT / "tests" / "data" / "redteam_round6_harm.jsonl",
    ROOT / "tests" / "data" / "redteam_round6_benign.jsonl",
)
PROBES = ROOT / "tests" / "data" / "safety_probes.jsonl"
LENGTH_SAMPLE = (
    "my little brother keeps taking my lego and i want to tell mom but he is only four, "
    "what should i do? also can you help me with fractions after that please "
)


@dataclass(frozen=True)
class Row:
    text: str
    direction: str
    age_band: str
    expected_action: str
    categories: tuple[str, ...]


def load_rows() -> list[Row]:
    return [row for path in CORPORA for row in load_rows_of(path)]


def timed(
    judge: Callable[[Row], bool], rows: list[Row], repeats: int
) -> tuple[list[bool], list[float]]:
    """Each message's verdict and its median time over `repeats` runs (in microseconds).

    The median of a few runs measures the code, not a busy machine's scheduling hiccups.
    """
    flags: list[bool] = []
    micros: list[float] = []
    for row in rows:
        samples = []
        for _ in range(repeats):
            start = time.perf_counter_ns()
            flagged = judge(row)
            samples.append((time.perf_counter_ns() - start) / 1000)
        micros.append(statistics.median(samples))
        flags.append(flagged)
    return flags, micros


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def hoot_rss_mb() -> float:
    """Peak resident memory of a fresh process that loads the filter and runs the corpus."""
    script = (
        "import resource, json, sys\n"
        "from app.safety import check\n"
        f"for path in {[str(path) for path in CORPORA]!r}:\n"
        "    for line in open(path, encoding='utf-8'):\n"
        "        row = json.loads(line)\n"
        "        check(row['text'], row['direction'], row['age_band'])\n"
        "check(('my little brother keeps taking my lego ' * 30000)[:1_000_000], 'in', '8-10')\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout.strip())


def main() -> int:
    from better_profanity import profanity

    from app.safety import check

    rows = load_rows()
    profanity.load_censor_words()
    check("warm up", "in", "8-10")

    hoot_flags, hoot_us = timed(
        lambda row: check(row.text, row.direction, row.age_band).action.value != "allow", rows, 5
    )
    bp_flags, bp_us = timed(lambda row: bool(profanity.contains_profanity(row.text)), rows, 3)

    caught: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for row, mine, theirs in zip(rows, hoot_flags, bp_flags, strict=True):
        if row.expected_action == "allow":
            caught["(benign)"].append((mine, theirs))
            continue
        caught["(all harmful)"].append((mine, theirs))
        for category in row.categories:
            caught[category].append((mine, theirs))

    print(f"corpus: {len(rows)} messages ({len(caught['(benign)'])} benign)\n")
    print(f"{'category':<15}{'n':>5}{'Hoot caught':>14}{'better-prof.':>14}")
    for name in [*sorted(name for name in caught if not name.startswith("(")), "(all harmful)"]:
        pairs = caught[name]
        mine = 100 * sum(a for a, _ in pairs) / len(pairs)
        theirs = 100 * sum(b for _, b in pairs) / len(pairs)
        print(f"{name:<15}{len(pairs):>5}{mine:>13.1f}%{theirs:>13.1f}%")
    benign = caught["(benign)"]
    mine_fp = 100 * sum(a for a, _ in benign) / len(benign)
    theirs_fp = 100 * sum(b for _, b in benign) / len(benign)
    print(f"{'benign flagged':<15}{len(benign):>5}{mine_fp:>13.1f}%{theirs_fp:>13.1f}%\n")

    probes = [json.loads(line) for line in PROBES.open(encoding="utf-8")]
    hoot_agree = sum(
        check(row["text"], row["direction"], row["age_band"]).action.value == row["expected_action"]
        for row in probes
    )
    bp_agree = sum(
        bool(profanity.contains_profanity(row["text"])) == (row["expected_action"] != "allow")
        for row in probes
    )
    print(
        f"probe rounds ({len(probes)} messages, expected action only): "
        f"Hoot {100 * hoot_agree / len(probes):.1f}% agree, "
        f"better-profanity {100 * bp_agree / len(probes):.1f}% (flagged vs not)\n"
    )

    mean_hoot, mean_bp = statistics.fmean(hoot_us), statistics.fmean(bp_us)
    print("per message (median of repeated runs of each message)")
    print(f"{'':<15}{'mean us':>10}{'p99 us':>10}")
    print(f"{'Hoot':<15}{mean_hoot:>10.1f}{p99(hoot_us):>10.1f}")
    print(f"{'better-prof.':<15}{mean_bp:>10.1f}{p99(bp_us):>10.1f}")
    print(
        "speed ratio (better-profanity time / Hoot time, same texts): "
        f"{sum(bp_us) / sum(hoot_us):.0f}"
        f"x\n"
    )

    print("growth with length (Hoot, direction in):")
    for length in (100, 1_000, 10_000, 100_000, 1_000_000):
        text = (LENGTH_SAMPLE * (length // len(LENGTH_SAMPLE) + 1))[:length]
        runs = 200 if length <= 1_000 else 3
        samples = []
        for _ in range(runs):
            start = time.perf_counter_ns()
            check(text, "in", "8-10")
            samples.append((time.perf_counter_ns() - start) / 1000)
        print(
            f"  {length:>9} chars: median {statistics.median(samples):>10.0f} us,"
            f" p99 {p99(samples):>10.0f} us"
        )
    bp_text = (LENGTH_SAMPLE * 8)[:1000]
    start = time.perf_counter_ns()
    profanity.contains_profanity(bp_text)
    print(f"  better-profanity, 1000 chars: {(time.perf_counter_ns() - start) / 1000:.0f} us")

    print(f"\nHoot filter process peak RSS: {hoot_rss_mb():.1f} MB")
    backstop_report(rows)
    return 0


def load_rows_of(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [
            Row(
                item["text"],
                item["direction"],
                item["age_band"],
                item["expected_action"],
                tuple(item["expected_categories"]),
            )
            for item in map(json.loads, handle)
        ]


def backstop_report(rows: list[Row]) -> None:
    """Rules alone vs rules + learned backstop, per round and per category, and their cost."""
    from app.safety import check
    from app.safety.engine import backstop_disabled

    def flagged(row: Row) -> bool:
        action = check(row.text, row.direction, row.age_band).action.value
        return action == "block" or (row.expected_action == "redact" and action != "allow")

    print("\nlearned backstop (consulted only when the rules allow)")
    print(f"{'round':<34}{'harm caught':>22}{'benign flagged':>22}")
    for path in CORPORA:
        part = load_rows_of(path)
        with backstop_disabled():
            before = [flagged(row) for row in part]
        after = [flagged(row) for row in part]
        harm = [i for i, row in enumerate(part) if row.categories]
        benign = [i for i, row in enumerate(part) if not row.categories]

        def rate(marks: list[bool], which: list[int]) -> float:
            return 100 * sum(marks[i] for i in which) / len(which)

        def pair(marks_before: list[bool], marks_after: list[bool], which: list[int]) -> str:
            if not which:  # a file of harm only, or of traps only
                return f"{'-':>10} ->{'-':>7}"
            return f"{rate(marks_before, which):>9.1f}% ->{rate(marks_after, which):>6.1f}%"

        print(f"{path.name:<34}{pair(before, after, harm)}  {pair(before, after, benign)}")
        if path.name == "redteam_round3.jsonl":
            cats = sorted({c for row in part for c in row.categories})
            for cat in cats:
                which = [i for i, row in enumerate(part) if cat in row.categories]
                print(
                    f"  {cat:<32}{rate(before, which):>9.1f}% ->{rate(after, which):>6.1f}%"
                    f"   (n={len(which)})"
                )
    with backstop_disabled():
        _, rules_us = timed(
            lambda row: check(row.text, row.direction, row.age_band) is None, rows, 5
        )
    _, both_us = timed(lambda row: check(row.text, row.direction, row.age_band) is None, rows, 5)
    print(
        f"per message, rules alone: mean {statistics.fmean(rules_us):.1f} us,"
        f" p99 {p99(rules_us):.1f} us; with backstop: mean {statistics.fmean(both_us):.1f} us,"
        f" p99 {p99(both_us):.1f} us"
    )
    text = (LENGTH_SAMPLE * 8)[:1000]
    for label in ("rules alone", "with backstop"):
        samples = []
        for _ in range(300):
            start = time.perf_counter_ns()
            if label == "rules alone":
                with backstop_disabled():
                    check(text, "in", "8-10")
            else:
                check(text, "in", "8-10")
            samples.append((time.perf_counter_ns() - start) / 1000)
        print(
            f"  1000 chars, {label}: median {statistics.median(samples):.0f} us,"
            f" p99 {p99(samples):.0f} us"
        )


if __name__ == "__main__":
    raise SystemExit(main())
