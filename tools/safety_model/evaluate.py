"""Rules-only vs rules+backstop on each labelled round: harm caught and benign flagged.

Run from the repository root with the app's virtualenv:
`.venv/bin/python -m tools.safety_model.evaluate [--backstop]`.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
ROUNDS = (
    "safety_corpus.jsonl",
    "safety_corpus_holdout.jsonl",
    "redteam_round.jsonl",
    "redteam_round2.jsonl",
    "redteam_round3.jsonl",
)


def rows_of(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def caught(row: dict[str, object], action: str) -> bool:
    """A harmful line is caught when it is not allowed; `block` lines must be blocked."""
    if row["expected_action"] == "redact":
        return action != "allow"
    return action == "block"


def score(
    name: str, judge: Callable[[str, str, str], tuple[str, frozenset[str]]]
) -> dict[str, tuple[int, int]]:
    """Category (or "(all harmful)", "(benign)") -> (hits, n)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows_of(name):
        action, found = judge(str(row["text"]), str(row["direction"]), str(row["age_band"]))
        cats = list(row["expected_categories"])  # type: ignore[call-overload]
        if not cats:
            tally["(benign)"][0] += action != "allow"
            tally["(benign)"][1] += 1
            continue
        hit = caught(row, action)
        tally["(all harmful)"][0] += hit
        tally["(all harmful)"][1] += 1
        for category in cats:
            tally[category][0] += hit and (category in found or category not in CRISIS)
            tally[category][1] += 1
    return {key: (value[0], value[1]) for key, value in tally.items()}


#: For these categories a catch must also name the category (the help card depends on it).
CRISIS = frozenset({"self_harm", "grooming", "pii"})


def judge_with(use_backstop: bool) -> Callable[[str, str, str], tuple[str, frozenset[str]]]:
    from app.safety import check

    def judge(text: str, direction: str, band: str) -> tuple[str, frozenset[str]]:
        verdict = (
            check(text, direction, band) if use_backstop else rules_only(text, direction, band)
        )
        return verdict.action.value, frozenset(c.value for c in verdict.categories)

    return judge


def rules_only(text: str, direction: str, band: str):  # type: ignore[no-untyped-def]
    """The engine with the backstop switched off (when it exists)."""
    from app.safety import engine

    switch = getattr(engine, "backstop_disabled", None)
    if switch is None:
        return engine.check(text, direction, band)
    with switch():
        return engine.check(text, direction, band)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backstop", action="store_true", help="compare with the backstop on")
    args = parser.parse_args()
    modes = [("rules", judge_with(False))]
    if args.backstop:
        modes.append(("rules+backstop", judge_with(True)))
    for name in ROUNDS:
        results = [(label, score(name, judge)) for label, judge in modes]
        keys = sorted(results[0][1], key=lambda k: (k.startswith("("), k))
        print(f"\n{name}")
        print(f"  {'category':<15}{'n':>5}" + "".join(f"{label:>17}" for label, _ in results))
        for key in keys:
            n = results[0][1][key][1]
            cells = "".join(f"{100 * tally[key][0] / n:>16.1f}%" for _, tally in results)
            print(f"  {key:<15}{n:>5}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
