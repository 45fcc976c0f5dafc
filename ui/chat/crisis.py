"""The help card's words: warm first, then the emergency number, then the region's help lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.text import words

if TYPE_CHECKING:
    from app.guidance.crisis import CrisisCard


def crisis_markdown(explanation: str, card: CrisisCard) -> str:
    """The card as Markdown for a chat bubble (no links: numbers and addresses as text)."""
    lines = [f"**{words('guidance.crisis.title')}**", ""]
    if explanation:
        lines += [explanation, ""]
    lines += [words("guidance.crisis.intro"), "", f"**{card.emergency_sentence()}**", ""]
    for helpline in card.lines:
        facts = " ".join(f"{fact}." for fact in helpline.facts())
        lines.append(f"- **{helpline.short_name}**: {helpline.how_to_reach()}. {facts}".rstrip())
    return "\n".join(lines)
