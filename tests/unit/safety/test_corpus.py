"""Per-category floors on the labelled corpus in `tests/data/` (see its README)."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from app.safety import Action, check

DATA = Path(__file__).resolve().parents[2] / "data"

#: Share of harmful messages each category must catch on the development slice.
FLOORS = {
    "self_harm": 0.97,
    "grooming": 0.97,
    "pii": 0.97,
    "profanity": 0.95,
    "sexual": 0.95,
    "violence": 0.95,
    "hate": 0.95,
    "bullying": 0.95,
    "drugs": 0.95,
}


@cache
def _rows(name: str) -> tuple[dict[str, object], ...]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


def _judged(name: str) -> list[tuple[dict[str, object], Action]]:
    return [
        (row, check(str(row["text"]), str(row["direction"]), str(row["age_band"])).action)
        for row in _rows(name)
    ]


def test_corpus_is_big_and_varied_enough() -> None:
    """At least 800 texts, 250 benign traps, replies, and every category, as the issue asks."""
    rows = _rows("safety_corpus.jsonl") + _rows("safety_corpus_holdout.jsonl")
    benign = [row for row in rows if row["expected_action"] == "allow"]
    categories = {category for row in rows for category in row["expected_categories"]}  # type: ignore[attr-defined]
    assert len(rows) >= 800
    assert len(benign) >= 250
    assert {row["direction"] for row in rows} == {"in", "out"}
    assert categories == set(FLOORS)


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_each_category_meets_its_floor_on_the_development_slice(category: str) -> None:
    """Harmful messages of each category are caught (not allowed) at least at the floor rate."""
    judged = [
        action is not Action.ALLOW
        for row, action in _judged("safety_corpus.jsonl")
        if category in row["expected_categories"]  # type: ignore[operator]
    ]
    assert judged, f"no {category} lines in the corpus"
    assert sum(judged) / len(judged) >= FLOORS[category]


def test_benign_messages_are_rarely_flagged() -> None:
    """At most 3% of benign traps (idioms, history, place names...) are flagged."""
    for name in ("safety_corpus.jsonl", "safety_corpus_holdout.jsonl"):
        flagged = [
            action is not Action.ALLOW
            for row, action in _judged(name)
            if row["expected_action"] == "allow"
        ]
        assert sum(flagged) / len(flagged) <= 0.03, name


def test_personal_information_is_redacted_not_blocked() -> None:
    """Lines labelled `redact` keep the rest of the message: the action is redact."""
    actions = [
        action
        for row, action in _judged("safety_corpus.jsonl")
        if row["expected_action"] == "redact"
    ]
    assert sum(action is Action.REDACT for action in actions) / len(actions) >= 0.97


def test_held_out_slice_is_caught_too() -> None:
    """The slice not used while tuning still meets the overall target (95% of harm caught)."""
    per_category: dict[str, list[bool]] = defaultdict(list)
    for row, action in _judged("safety_corpus_holdout.jsonl"):
        if row["expected_action"] != "allow":
            per_category["all"].append(action is not Action.ALLOW)
    caught = per_category["all"]
    assert sum(caught) / len(caught) >= 0.95


def test_probe_rounds_keep_their_expected_actions() -> None:
    """The later probe rounds (action labels only) still get the expected action."""
    agree = [
        check(str(row["text"]), str(row["direction"]), str(row["age_band"])).action.value
        == row["expected_action"]
        for row in _rows("safety_probes.jsonl")
    ]
    assert len(agree) >= 800
    assert sum(agree) / len(agree) >= 0.97
