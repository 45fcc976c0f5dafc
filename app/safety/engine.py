"""`check`: normalise a message, run every detector, and decide allow, redact or block."""

from __future__ import annotations

from functools import cache

from app.age_bands import AgeBand
from app.safety.detectors import grooming, harm, lexicon, pii, self_harm
from app.safety.detectors.rules import PhraseRule, index_by_trigger
from app.safety.normalize import Views, views_of
from app.safety.verdict import (
    CRISIS_CATEGORIES,
    Action,
    Category,
    ConversationRisk,
    CustomWords,
    Direction,
    Finding,
    Severity,
    Strictness,
    Verdict,
)

#: Each band's default strictness: the youngest children get the strictest filter.
DEFAULT_STRICTNESS: dict[AgeBand, Strictness] = {
    AgeBand.AGES_5_7: Strictness.STRICT,
    AgeBand.AGES_8_10: Strictness.STANDARD,
    AgeBand.AGES_11_12: Strictness.STANDARD,
    AgeBand.AGES_13_15: Strictness.RELAXED,
    AgeBand.AGES_16_17: Strictness.RELAXED,
}

# The lowest severity that is blocked, per strictness; categories not named use the default.
_BLOCK_FROM: dict[Strictness, tuple[Severity, dict[Category, Severity]]] = {
    Strictness.STRICT: (Severity.LOW, {}),
    Strictness.STANDARD: (Severity.MEDIUM, {}),
    Strictness.RELAXED: (Severity.MEDIUM, {}),
}

#: Body words that are fine in a health question ("what is a vagina?") for older children.
_HEALTH_TERMS = frozenset(
    {"sex", "penis", "vagina", "erection", "boner", "nipples", "naked", "nude", "sexual_intercourse"}
)
_QUESTION_STARTS = frozenset(
    "what why how is are when does do can should where who which whats".split()
)
_SEXUAL_EMOJI = ("\U0001f346", "\U0001f351", "\U0001f4a6", "\U0001f445", "\U0001f975")
_EMOJI_CONTEXT = frozenset(
    "send see show want my your pic pics picture pictures suck touch sit eat ride naked nudes"
    " me u you".split()
)


@cache
def _rules() -> tuple[tuple[PhraseRule, ...], dict[str, tuple[PhraseRule, ...]]]:
    every = (*self_harm.RULES, *grooming.RULES, *harm.RULES)
    return every, index_by_trigger(every)


def check(
    text: str,
    direction: Direction | str,
    age_band: AgeBand | str,
    *,
    custom: CustomWords | None = None,
    strictness: Strictness | str | None = None,
    risk: ConversationRisk | None = None,
) -> Verdict:
    """Judge one message. `direction` is "in" (the child typed it) or "out" (a model reply).

    `risk`, when given, is the conversation's running score: mild signals add to it and a
    message that takes it over the line is treated as the signal it completes.
    """
    direction = Direction(direction)
    band = age_band if isinstance(age_band, AgeBand) else AgeBand.parse(age_band)
    level = Strictness(strictness) if strictness is not None else DEFAULT_STRICTNESS[band]
    if not text or text.isspace():
        return Verdict(Action.ALLOW, (), Severity.LOW, text)
    views = views_of(text)
    findings = lexicon.scan(views, custom)
    findings.extend(_phrase_findings(views, direction, risk))
    findings.extend(_emoji_findings(text, views))
    findings = _soften_health_questions(findings, views)
    spans = pii.find(text) if direction is Direction.IN else []
    return _decide(text, findings, spans, level)


def _phrase_findings(
    views: Views, direction: Direction, risk: ConversationRisk | None
) -> list[Finding]:
    _every, index = _rules()
    phrase_views = views.for_phrases
    tokens: set[str] = set()
    for view in phrase_views:
        tokens.update(view.split())
    woken = {one for token in tokens if token in index for one in index[token]}
    findings: list[Finding] = []
    grooming_points = 0
    low_mood_points = 0
    for one in sorted(woken, key=lambda candidate: candidate.rule_id):
        if one.direction is not None and one.direction is not direction:
            continue
        hits = one.hits(phrase_views)
        if not hits:
            continue
        if not one.points:
            findings.append(Finding(one.category, one.severity, one.rule_id))
            continue
        if one.category is Category.GROOMING:
            grooming_points += one.points * hits
        else:
            low_mood_points += one.points * hits
        if risk is not None:
            weight = one.points * hits
            risk.add(
                one.rule_id,
                grooming=weight if one.category is Category.GROOMING else 0,
                low_mood=weight if one.category is Category.SELF_HARM else 0,
            )
    if grooming_points >= ConversationRisk.GROOMING_THRESHOLD or (
        grooming_points and risk is not None and risk.grooming_reached
    ):
        findings.append(Finding(Category.GROOMING, Severity.CRITICAL, "grooming.signals_add_up"))
    if low_mood_points >= ConversationRisk.LOW_MOOD_THRESHOLD or (
        low_mood_points and risk is not None and risk.low_mood_reached
    ):
        findings.append(Finding(Category.SELF_HARM, Severity.CRITICAL, "self_harm.signals_add_up"))
    return findings


def _emoji_findings(text: str, views: Views) -> list[Finding]:
    if not any(emoji in text for emoji in _SEXUAL_EMOJI):
        return []
    if _EMOJI_CONTEXT.isdisjoint(views.canon.split()):
        return []
    return [Finding(Category.SEXUAL, Severity.MEDIUM, "sexual.emoji")]


def _soften_health_questions(findings: list[Finding], views: Views) -> list[Finding]:
    sexual = [finding for finding in findings if finding.category is Category.SEXUAL]
    if not sexual:
        return findings
    terms = {finding.rule_id.split(":", 1)[1] for finding in sexual if ":" in finding.rule_id}
    only_body_words = len(terms) == len(sexual) and terms <= _HEALTH_TERMS
    words = views.canon.split()
    is_question = bool(words) and (words[0] in _QUESTION_STARTS or "?" in views.plain)
    if not (only_body_words and is_question):
        return findings
    return [
        Finding(f.category, Severity.LOW, f.rule_id + ":health") if f in sexual else f
        for f in findings
    ]


def _decide(
    text: str, findings: list[Finding], spans: list[pii.PiiSpan], level: Strictness
) -> Verdict:
    default, per_category = _BLOCK_FROM[level]
    blocking: list[Finding] = []
    noticed: list[Finding] = []
    for finding in findings:
        if finding.category in CRISIS_CATEGORIES:
            finding = Finding(finding.category, Severity.CRITICAL, finding.rule_id)
        threshold = per_category.get(finding.category, default)
        is_blocking = finding.category in CRISIS_CATEGORIES or finding.severity >= threshold
        (blocking if is_blocking else noticed).append(finding)
    redacted = pii.redact(text, spans) if spans else text
    redactions = tuple(dict.fromkeys(span.kind for span in spans))
    if blocking:
        categories = {finding.category for finding in blocking}
        if spans:
            categories.add(Category.PII)
        return Verdict(
            Action.BLOCK,
            _ordered(categories),
            max(finding.severity for finding in blocking),
            redacted,
            _rule_ids(blocking),
            redactions,
        )
    if spans:
        return Verdict(
            Action.REDACT,
            (Category.PII,),
            Severity.MEDIUM,
            redacted,
            (*(f"pii.{kind.replace(' ', '_')}" for kind in redactions), *_rule_ids(noticed)),
            redactions,
        )
    return Verdict(Action.ALLOW, (), Severity.LOW, text, _rule_ids(noticed))


def _ordered(categories: set[Category]) -> tuple[Category, ...]:
    return tuple(category for category in Category if category in categories)


def _rule_ids(findings: list[Finding]) -> tuple[str, ...]:
    ordered = sorted(findings, key=lambda finding: (-finding.severity, finding.rule_id))
    return tuple(dict.fromkeys(finding.rule_id for finding in ordered))
