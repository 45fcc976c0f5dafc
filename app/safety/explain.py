"""Short, kind, category-specific sentences that tell a child why a message was changed."""

from __future__ import annotations

from app.age_bands import AgeBand
from app.safety.verdict import Action, Category, Verdict
from app.text import has_words, words

# When several categories were found, the child hears about the most important one.
_PRIORITY = (
    Category.SELF_HARM,
    Category.GROOMING,
    Category.VIOLENCE,
    Category.SEXUAL,
    Category.HATE,
    Category.BULLYING,
    Category.DRUGS,
    Category.PROFANITY,
    Category.PII,
)
_TEEN_BANDS = frozenset({AgeBand.AGES_13_15, AgeBand.AGES_16_17})


def explain(verdict: Verdict, age_band: AgeBand | str) -> str:
    """What to tell the child about `verdict`; empty for a message that went through as it was.

    The sentence never repeats the words that were caught.
    """
    band = age_band if isinstance(age_band, AgeBand) else AgeBand.parse(age_band)
    if verdict.action is Action.ALLOW:
        return ""
    if verdict.action is Action.REDACT:
        return words("safety.redact.intro", what=_what_was_hidden(verdict.redactions))
    for category in _PRIORITY:
        if category not in verdict.categories:
            continue
        if verdict.is_crisis and category in (Category.SELF_HARM, Category.GROOMING):
            return words(f"safety.crisis.{category.value}")
        if verdict.is_crisis and category is Category.VIOLENCE:
            return words("safety.crisis.abuse")
        teen_key = f"safety.teen.{category.value}"
        if band in _TEEN_BANDS and has_words(teen_key):
            return words(teen_key)
        return words(f"safety.block.{category.value}")
    return words("safety.block.other")


def _what_was_hidden(kinds: tuple[str, ...]) -> str:
    names = [
        words(key) if has_words(key := f"safety.redact.names.{kind.replace(' ', '_')}") else kind
        for kind in kinds
    ] or [words("safety.redact.names.phone_number")]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {words('safety.redact.and')} " + names[-1]
