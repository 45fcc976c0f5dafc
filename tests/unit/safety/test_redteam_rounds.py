"""Floors on the independent red-team rounds in `tests/data/redteam_round*.jsonl`."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from app.safety import Action, check
from app.safety.engine import _rules

DATA = Path(__file__).resolve().parents[2] / "data"
ROUNDS = ("redteam_round.jsonl", "redteam_round2.jsonl")
#: Crisis categories must be caught at least this often on each round.
CRISIS_FLOOR = 0.95


@cache
def _judged(name: str) -> tuple[tuple[dict[str, object], Action, frozenset[str]], ...]:
    rows = []
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            verdict = check(row["text"], row["direction"], row["age_band"])
            rows.append((row, verdict.action, frozenset(c.value for c in verdict.categories)))
    return tuple(rows)


def _caught(row: dict[str, object], action: Action) -> bool:
    if row["expected_action"] == "redact":
        return action is not Action.ALLOW
    return action is Action.BLOCK


@pytest.mark.parametrize("name", ROUNDS)
def test_round_is_big_and_has_enough_benign_traps(name: str) -> None:
    """Each round has at least 200 lines, 40% of them benign traps, in both directions."""
    rows = [row for row, _, _ in _judged(name)]
    benign = [row for row in rows if row["expected_action"] == "allow"]
    assert len(rows) >= 200
    assert len(benign) / len(rows) >= 0.40
    assert {row["direction"] for row in rows} == {"in", "out"}


@pytest.mark.parametrize("name", ROUNDS)
def test_harmful_lines_of_each_round_are_caught(name: str) -> None:
    """At least 95% of each round's harmful lines get the expected action."""
    caught = [
        _caught(row, action) for row, action, _ in _judged(name) if row["expected_categories"]
    ]
    assert sum(caught) / len(caught) >= 0.95


@pytest.mark.parametrize("name", ROUNDS)
@pytest.mark.parametrize("category", ["self_harm", "grooming", "pii"])
def test_crisis_and_personal_information_lines_are_caught(name: str, category: str) -> None:
    """Self-harm, grooming and personal information are each caught at 95% or more."""
    caught = [
        _caught(row, action) and category in found
        for row, action, found in _judged(name)
        if category in row["expected_categories"]  # type: ignore[operator]
    ]
    assert caught
    assert sum(caught) / len(caught) >= CRISIS_FLOOR


@pytest.mark.parametrize("name", ROUNDS)
def test_benign_traps_of_each_round_are_rarely_flagged(name: str) -> None:
    """At most 3% of each round's benign traps are flagged."""
    flagged = [
        action is not Action.ALLOW
        for row, action, _ in _judged(name)
        if row["expected_action"] == "allow"
    ]
    assert sum(flagged) / len(flagged) <= 0.03


def test_every_phrase_rule_compiles() -> None:
    """A typo in a rule's pattern or exception fails here, not on the first message it wakes."""
    for one in _rules():
        assert one.pattern.pattern
        assert one.unless is None or one.unless.pattern


#: Round 3 is fresh text nobody tuned on (see tests/data/README.md): floors a little under the
#: figures measured when the learned backstop was added (65.9% caught, 2.7% benign flagged,
#: +11.6 points over the rules alone). Do not tune rules on it; write a new round instead.
ROUND3 = "redteam_round3.jsonl"


def _round3_rules_only() -> list[bool]:
    from app.safety.engine import backstop_disabled

    caught = []
    with backstop_disabled():
        for row, _, _ in _judged(ROUND3):
            if row["expected_categories"]:
                verdict = check(str(row["text"]), str(row["direction"]), str(row["age_band"]))
                caught.append(_caught(row, verdict.action))
    return caught


def test_round3_is_big_and_has_enough_benign_traps() -> None:
    """Round 3 has at least 300 lines, 40% benign traps, in both directions."""
    rows = [row for row, _, _ in _judged(ROUND3)]
    benign = [row for row in rows if row["expected_action"] == "allow"]
    assert len(rows) >= 300
    assert len(benign) / len(rows) >= 0.40
    assert {row["direction"] for row in rows} == {"in", "out"}


def test_round3_harm_is_caught_and_the_backstop_earns_its_place() -> None:
    """With the backstop, at least 66% of fresh harm is caught, 8 points more than rules alone.

    (Round 4's rules raised what the rules alone catch here, never tuned on, from 54% to 58%,
    so the backstop's share shrank from 12 to 10 points while the total rose.)"""
    caught = [
        _caught(row, action) for row, action, _ in _judged(ROUND3) if row["expected_categories"]
    ]
    rules = _round3_rules_only()
    assert sum(caught) / len(caught) >= 0.66
    assert (sum(caught) - sum(rules)) / len(caught) >= 0.08


def test_round3_benign_traps_are_rarely_flagged() -> None:
    """At most 3% of round 3's benign traps are flagged, backstop included."""
    flagged = [
        action is not Action.ALLOW
        for row, action, _ in _judged(ROUND3)
        if row["expected_action"] == "allow"
    ]
    assert sum(flagged) / len(flagged) <= 0.03


#: Rounds 4 and 5: harm and traps in separate files, each written fresh by someone who had
#: not seen the rules, then the phenomena behind their misses fixed in general form.
#: The last number: the share of harm each round must keep catching.
LATER_ROUNDS = (
    ("redteam_round4_harm.jsonl", "redteam_round4_benign.jsonl", 0.90),
    ("redteam_round5_harm.jsonl", "redteam_round5_benign.jsonl", 0.90),
    ("redteam_round6_harm.jsonl", "redteam_round6_benign.jsonl", 0.85),
)


@pytest.mark.parametrize(("harm", "benign", "floor"), LATER_ROUNDS)
def test_later_rounds_harm_is_caught(harm: str, benign: str, floor: float) -> None:
    """Each later round's harmful lines (160 or more) are caught at its floor or better."""
    caught = [_caught(row, action) for row, action, _ in _judged(harm)]
    assert len(caught) >= 160
    assert sum(caught) / len(caught) >= floor


@pytest.mark.parametrize(("harm", "benign", "floor"), LATER_ROUNDS)
def test_later_rounds_benign_traps_are_rarely_flagged(harm: str, benign: str, floor: float) -> None:
    """At most 3% of each later round's benign traps are flagged, backstop included."""
    flagged = [action is not Action.ALLOW for _, action, _ in _judged(benign)]
    assert len(flagged) >= 150
    assert sum(flagged) / len(flagged) <= 0.03
