"""Phrase rules: regular expressions over canonical views, woken only by their trigger words.

They catch what word lists miss: self-harm said indirectly, grooming, threats, requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.safety.verdict import Category, Direction, Severity


@dataclass(frozen=True, slots=True, eq=False)
class PhraseRule:
    """One phrase rule.

    The pattern reads a canonical view: lower case, txt speak expanded ("u" -> "you",
    "wanna" -> "want to", "dont" -> "do not"), one space between words, a space at each end.
    A rule with `points` is a mild signal: it adds to a risk score instead of deciding alone.
    """

    rule_id: str
    category: Category
    severity: Severity
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    unless: re.Pattern[str] | None = None
    direction: Direction | None = None
    points: int = 0

    def hits(self, views: tuple[str, ...]) -> int:
        """How many distinct matches the best view has (0 if an exception is in any view)."""
        best = 0
        for view in views:
            if self.pattern.search(view) is None:
                continue
            if self.unless is not None and any(self.unless.search(one) for one in views):
                return 0
            if not self.points:
                return 1
            # A mild rule counts each distinct remark, so two in one message add up.
            best = max(best, min(3, len({m.group(0) for m in self.pattern.finditer(view)})))
        return best


def rule(
    rule_id: str,
    category: Category,
    severity: Severity,
    pattern: str,
    triggers: str,
    *,
    unless: str | None = None,
    direction: Direction | None = None,
    points: int = 0,
) -> PhraseRule:
    """Build a rule; `triggers` is a space-separated list of words, one of which must occur.

    Every match starts at a word, and every word in a view follows a space, so the pattern is
    compiled behind a literal space: the regex engine then jumps from space to space instead of
    trying every position, several times faster than a leading word boundary.
    """
    return PhraseRule(
        rule_id=rule_id,
        category=category,
        severity=severity,
        pattern=re.compile(f" (?:{pattern})"),
        triggers=frozenset(triggers.split()),
        unless=re.compile(unless) if unless else None,
        direction=direction,
        points=points,
    )


def words(*alternatives: str) -> str:
    """A non-capturing group of whole-word alternatives for building patterns."""
    return "(?:" + "|".join(alternatives) + ")"
