"""Phrase rules: regular expressions over canonical views, woken only by their trigger words.

They catch what word lists miss: self-harm said indirectly, grooming, threats, requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
    #: Regular-expression source; compiled the first time the rule wakes, so `hoot filter`
    #: starts without compiling every rule.
    pattern_source: str
    triggers: frozenset[str]
    unless_source: str | None = None
    direction: Direction | None = None
    points: int = 0

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return _compiled(self.pattern_source)

    @property
    def unless(self) -> re.Pattern[str] | None:
        """The compiled exception, if the rule has one."""
        return None if self.unless_source is None else _compiled(self.unless_source)

    def hits(self, views: tuple[str, ...]) -> int:
        """How many distinct matches the best view has (0 if an exception is in any view)."""
        best = 0
        pattern = self.pattern
        for view in views:
            if pattern.search(view) is None:
                continue
            unless = self.unless
            if unless is not None and any(unless.search(one) for one in views):
                return 0
            if not self.points:
                return 1
            # A mild rule counts each distinct remark, so two in one message add up.
            best = max(best, min(3, len({m.group(0) for m in pattern.finditer(view)})))
        return best


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


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
    """Build a rule; `triggers` is a space-separated list of words, one of which must occur
    (an underscore joins a phrase: "no_one").

    Every match starts at a word, and every word in a view follows a space, so the pattern is
    compiled behind a literal space: the regex engine then jumps from space to space instead of
    trying every position, several times faster than a leading word boundary.
    """
    return PhraseRule(
        rule_id=rule_id,
        category=category,
        severity=severity,
        pattern_source=f" (?:{pattern})",
        triggers=frozenset(trigger.replace("_", " ") for trigger in triggers.split()),
        unless_source=unless or None,
        direction=direction,
        points=points,
    )


def words(*alternatives: str) -> str:
    """A non-capturing group of whole-word alternatives for building patterns."""
    return "(?:" + "|".join(alternatives) + ")"
