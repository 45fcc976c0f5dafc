"""The filter's vocabulary: actions, categories, severities, findings and the verdict itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.age_bands import AgeBand


class Action(StrEnum):
    """What happens to a message."""

    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"


class Category(StrEnum):
    """The kinds of harm the filter knows; the values are the names used in files and JSON."""

    PROFANITY = "profanity"
    SEXUAL = "sexual"
    VIOLENCE = "violence"
    SELF_HARM = "self_harm"
    HATE = "hate"
    BULLYING = "bullying"
    DRUGS = "drugs"
    GROOMING = "grooming"
    PII = "pii"


#: Categories that mean a child may be in danger: always critical, always the help card.
CRISIS_CATEGORIES = frozenset({Category.SELF_HARM, Category.GROOMING})


class Severity(StrEnum):
    """How serious a finding is: "low" < "medium" < "high" < "critical".

    The value is the lower-case name used in JSON and files; comparisons follow seriousness,
    not spelling.
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """1 for low up to 4 for critical."""
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        """The lower-case name ("low" ... "critical")."""
        return self.value

    @classmethod
    def parse(cls, text: str) -> Severity:
        """The severity written as `text` ("low", "medium", "high", "critical")."""
        return cls(text.strip().lower())

    def __lt__(self, other: str) -> bool:
        return self.rank < Severity(other).rank

    def __le__(self, other: str) -> bool:
        return self.rank <= Severity(other).rank

    def __gt__(self, other: str) -> bool:
        return self.rank > Severity(other).rank

    def __ge__(self, other: str) -> bool:
        return self.rank >= Severity(other).rank


_SEVERITY_RANK = {Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3, Severity.CRITICAL: 4}


class Direction(StrEnum):
    """`in`: the child typed it. `out`: the model wrote it."""

    IN = "in"
    OUT = "out"


class Strictness(StrEnum):
    """How low a severity is still blocked; each age band has a default."""

    RELAXED = "relaxed"
    STANDARD = "standard"
    STRICT = "strict"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a detector noticed: a category, how serious, and the rule that saw it."""

    category: Category
    severity: Severity
    rule_id: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The filter's decision about one message."""

    action: Action
    categories: tuple[Category, ...]
    severity: Severity
    text: str
    rule_ids: tuple[str, ...] = ()
    #: Plain names of the kinds of personal information hidden ("phone number", "school").
    redactions: tuple[str, ...] = ()

    @property
    def is_crisis(self) -> bool:
        """True when the child may be in danger: show the help card.

        Self-harm and grooming are always critical; so is a child telling us a grown-up hurts them.
        """
        return self.action is not Action.ALLOW and self.severity is Severity.CRITICAL

    def to_json(self) -> dict[str, object]:
        """The verdict as the `hoot filter` JSON object."""
        return {
            "action": self.action.value,
            "categories": [category.value for category in self.categories],
            "severity": self.severity.label,
            "text": self.text,
            "rule_ids": list(self.rule_ids),
        }


@dataclass(frozen=True)
class CustomWords:
    """A parent's extra blocked and allowed words for one child (stored by the store)."""

    blocked: frozenset[str] = frozenset()
    allowed: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, blocked: tuple[str, ...] | list[str] = (), allowed: tuple[str, ...] | list[str] = ()
    ) -> CustomWords:
        """Build from any sequences of words, dropping blanks."""
        return cls(
            blocked=frozenset(word.strip() for word in blocked if word.strip()),
            allowed=frozenset(word.strip() for word in allowed if word.strip()),
        )


@dataclass
class ConversationRisk:
    """Signals that are mild alone but add up across the turns of one conversation.

    Mutable on purpose: one instance belongs to one conversation and `check` adds to it.
    """

    grooming_points: int = 0
    low_mood_points: int = 0
    signals: list[str] = field(default_factory=list)

    #: Points at which mild grooming signals together count as grooming.
    GROOMING_THRESHOLD = 3
    #: Points at which low-mood remarks together count as a self-harm worry.
    LOW_MOOD_THRESHOLD = 3

    def add(self, rule_id: str, *, grooming: int = 0, low_mood: int = 0) -> None:
        """Record one mild signal."""
        self.grooming_points += grooming
        self.low_mood_points += low_mood
        self.signals.append(rule_id)

    @property
    def grooming_reached(self) -> bool:
        return self.grooming_points >= self.GROOMING_THRESHOLD

    @property
    def low_mood_reached(self) -> bool:
        return self.low_mood_points >= self.LOW_MOOD_THRESHOLD


#: Each band's default strictness: the youngest children get the strictest filter.
DEFAULT_STRICTNESS: dict[AgeBand, Strictness] = {
    AgeBand.AGES_5_7: Strictness.STRICT,
    AgeBand.AGES_8_10: Strictness.STANDARD,
    AgeBand.AGES_11_12: Strictness.STANDARD,
    AgeBand.AGES_13_15: Strictness.RELAXED,
    AgeBand.AGES_16_17: Strictness.RELAXED,
}
