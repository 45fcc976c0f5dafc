"""Just-in-time tips: what a child sees when the filter hides or blocks something, and why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.text import words

#: The safety filter's categories, most serious first: when a message hits several, the tip for
#: the most serious one is shown (a crisis matters more than a rude word in the same message).
CATEGORY_ORDER: tuple[str, ...] = (
    "self_harm",
    "grooming",
    "sexual",
    "violence",
    "hate",
    "bullying",
    "drugs",
    "profanity",
    "pii",
)
#: The lesson each tip's "Learn more" opens.
LESSON_FOR_CATEGORY: dict[str, str] = {
    "self_harm": "get-a-grown-up",
    "grooming": "get-a-grown-up",
    "sexual": "get-a-grown-up",
    "violence": "get-a-grown-up",
    "hate": "be-kind",
    "bullying": "be-kind",
    "drugs": "get-a-grown-up",
    "profanity": "be-kind",
    "pii": "keep-private",
}
#: The filter's actions (see app.safety): redact hides personal information, block stops a message.
ALLOW, REDACT, BLOCK = "allow", "redact", "block"


@dataclass(frozen=True)
class Tip:
    """A short, kind explanation for the child, linking to the lesson that says more."""

    category: str
    text: str
    lesson_id: str


def tip_for(categories: Iterable[str], action: str) -> Tip | None:
    """The tip for a filter decision, or None when nothing was hidden or blocked.

    Unknown category names are ignored; an action other than allow and redact is treated as a
    block, so a new kind of stop still explains itself rather than showing nothing.
    """
    if action == ALLOW:
        return None
    found = set(categories)
    category = next((name for name in CATEGORY_ORDER if name in found), None)
    if category is None:
        return None
    if category == "pii":
        key = "guidance.tips.pii.redact" if action == REDACT else "guidance.tips.pii.block"
    else:
        key = f"guidance.tips.other.{category}"
    return Tip(category=category, text=words(key), lesson_id=LESSON_FOR_CATEGORY[category])
