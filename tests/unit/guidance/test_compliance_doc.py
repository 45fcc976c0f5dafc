"""docs/COMPLIANCE.md maps every safeguard to a feature and tests that exist (or are planned)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TEST_PATH = re.compile(r"`(tests/[^`]+\.py)`( \(planned\))?")

SAFEGUARDS = (
    "Age verification",
    "Moderation and filtering, child to AI",
    "Moderation and filtering, AI to child",
    "Monitoring and reporting",
    "Education for minors",
    "Child-safety system prompt",
    "Compliance statement (COPPA)",
    "AI disclosure",
)


def _rows() -> list[str]:
    text = (ROOT / "docs" / "COMPLIANCE.md").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_every_safeguard_has_a_row_with_a_feature_and_a_test() -> None:
    """Each of Anthropic's safeguards appears once, with a feature and at least one test path."""
    rows = _rows()
    for safeguard in SAFEGUARDS:
        matching = [row for row in rows if row.startswith(f"| {safeguard}")]
        assert len(matching) == 1, safeguard
        cells = [cell.strip() for cell in matching[0].strip("|").split("|")]
        assert len(cells) == 3
        assert cells[1]
        assert TEST_PATH.search(cells[2]), safeguard


def test_every_test_path_not_marked_planned_exists() -> None:
    """A path without "(planned)" must be a real test file, so the table never points at nothing."""
    missing = [
        match.group(1)
        for row in _rows()
        for match in TEST_PATH.finditer(row)
        if not match.group(2) and not (ROOT / match.group(1)).is_file()
    ]
    assert missing == []
