"""`check`: normalise a message, run every detector, and decide allow, redact or block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import ahocorasick

from app.age_bands import AgeBand
from app.safety.detectors import grooming, harm, lexicon, pii, self_harm, signals
from app.safety.detectors.rules import PhraseRule
from app.safety.normalize import Views, views_of
from app.safety.verdict import (
    CRISIS_CATEGORIES,
    DEFAULT_STRICTNESS,
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

# The lowest severity that is blocked, per strictness; categories not named use the default.
_BLOCK_FROM: dict[Strictness, tuple[Severity, dict[Category, Severity]]] = {
    Strictness.STRICT: (Severity.LOW, {}),
    Strictness.STANDARD: (Severity.MEDIUM, {}),
    Strictness.RELAXED: (Severity.MEDIUM, {}),
}


_ENCOURAGEMENT = "self_harm.encouragement"
#: Bullying word-list entries that tell someone to harm themselves.
_ENCOURAGING_TERMS = frozenset(
    [
        "kys",
        "neck_yourself",
        "neck_urself",
        "kill_yourself",
        "killyourself",
        "kill_your_self",
        "go_kill_yourself",
        "go_die",
        "go_hang_yourself",
        "hang_yourself",
        "drink_bleach",
    ]
)

#: Body words that are fine in a health question ("what is a vagina?") for older children.
_HEALTH_TERMS = frozenset(
    {"sex", "penis", "vagina", "erection", "boner", "nipples", "sexual_intercourse", "boobs"}
)
#: Words a worried health question uses ("is it normal to ...").
_HEALTH_ACTS = frozenset({"masturbate", "masturbating", "masturbation"})
_REASSURANCE_WORDS = frozenset(["normal", "ok", "okay", "healthy", "bad", "safe", "wrong"])
#: Words a child may ask the meaning of ("what does sexy mean?").
_WORD_MEANINGS = frozenset({"sexy", "naked", "nude"})
_MEANING_WORDS = frozenset(["mean", "means", "meaning"])
_CONTENT_WORDS = frozenset(
    [
        "show",
        "see",
        "send",
        "describe",
        "draw",
        "picture",
        "pictures",
        "pic",
        "pics",
        "photo",
        "photos",
        "video",
        "videos",
        "story",
        "write",
        "detail",
        "details",
        "look",
    ]
)
_QUESTION_STARTS = frozenset(
    [
        "what",
        "why",
        "how",
        "is",
        "are",
        "when",
        "does",
        "do",
        "can",
        "should",
        "where",
        "who",
        "which",
        "whats",
    ]
)
_ECHO = re.compile(r"\(\(\(\s{0,3}[^\W\d_]{2,}(?:[ '-][^\W\d_]{1,20}){0,4}\s{0,3}\)\)\)")
_ROPE = "\U0001faa2"
_SELF_WORDS = frozenset(["me", "my", "i", "myself", "im"])
_SEXUAL_EMOJI = ("\U0001f346", "\U0001f351", "\U0001f4a6", "\U0001f445", "\U0001f975")
_EMOJI_CONTEXT = frozenset(
    [
        "send",
        "see",
        "show",
        "want",
        "my",
        "your",
        "pic",
        "pics",
        "picture",
        "pictures",
        "suck",
        "touch",
        "sit",
        "eat",
        "ride",
        "naked",
        "nudes",
        "me",
        "u",
        "you",
    ]
)


_DIRECTIONS: dict[object, Direction] = {
    **{d.value: d for d in Direction},
    **{d: d for d in Direction},
}
_BANDS: dict[object, AgeBand] = {**{b.value: b for b in AgeBand}, **{b: b for b in AgeBand}}

#: Concept signals read whole messages up to this length (longer ones mix too many topics).
_SIGNALS_UP_TO = 300

#: The learned backstop reads messages up to this length: chat messages are short, and the
#: cap keeps a 1,000-character message within its time budget (longer text has the rules alone).
_BACKSTOP_UP_TO = 400

#: Longer messages are judged in pieces of this many characters, overlapping by `_OVERLAP`.
_PIECE = 8192
_OVERLAP = 1024

#: How far either side of its trigger words a phrase rule reads; patterns are local, so this
#: keeps long messages linear without missing a match.
_WINDOW = 300


@cache
def _rules() -> tuple[PhraseRule, ...]:
    return (*self_harm.RULES, *grooming.RULES, *harm.RULES)


@cache
def _trigger_automaton() -> ahocorasick.Automaton:
    """All trigger words (" word ") -> indexes of the rules they wake."""
    keyed: dict[str, list[int]] = {}
    for position, one in enumerate(_rules()):
        for trigger in one.triggers:
            keyed.setdefault(f" {trigger} ", []).append(position)
    automaton = ahocorasick.Automaton()
    for key, positions in keyed.items():
        automaton.add_word(key, (len(key), tuple(positions)))
    automaton.make_automaton()
    return automaton


def _woken(views: tuple[str, ...], direction: Direction) -> dict[int, list[str]]:
    """Rule index -> the parts of each view around that rule's trigger words."""
    automaton = _trigger_automaton()
    every = _rules()
    windows: dict[int, list[str]] = {}
    for view in views:
        spans: dict[int, list[int]] = {}
        for end, (length, positions) in automaton.iter(view):
            start = end - length + 1
            for position in positions:
                wanted = every[position].direction
                if wanted is not None and wanted is not direction:
                    continue
                span = spans.get(position)
                if span is None:
                    spans[position] = [start, end]
                else:
                    span[1] = end
        for position, (start, end) in spans.items():
            windows.setdefault(position, []).append(_window(view, start, end))
    return windows


#: Severity of a learned-backstop flag per category (self-harm and grooming become critical in
#: `_decide`, as every crisis finding does); all of them block in every band.
_SEMANTIC_SEVERITY: dict[Category, Severity] = {
    Category.SELF_HARM: Severity.CRITICAL,
    Category.GROOMING: Severity.CRITICAL,
    Category.VIOLENCE: Severity.HIGH,
    Category.SEXUAL: Severity.HIGH,
    Category.HATE: Severity.HIGH,
    Category.BULLYING: Severity.MEDIUM,
    Category.DRUGS: Severity.MEDIUM,
}


class _Backstop:
    """Whether `check` consults the learned backstop (switched off only to compare)."""

    on = True


@contextmanager
def backstop_disabled() -> Iterator[None]:
    """Judge with the rules alone inside this block (benchmarks and evaluation compare both)."""
    before = _Backstop.on
    _Backstop.on = False
    try:
        yield
    finally:
        _Backstop.on = before


def _semantic_findings(canons: list[str], direction: Direction) -> list[Finding]:
    """What the learned backstop flags in text the rules let through (numpy loads on first use)."""
    from app.safety.semantic import shipped_model

    model = shipped_model()
    flagged: dict[Category, Finding] = {}
    for canon in canons:
        for flag in model.flags(canon, direction):
            flagged.setdefault(
                flag.category,
                Finding(
                    flag.category,
                    _SEMANTIC_SEVERITY.get(flag.category, Severity.HIGH),
                    f"semantic.{flag.category.value}",
                ),
            )
    return list(flagged.values())


def _window(view: str, start: int, end: int) -> str:
    if start <= _WINDOW and end + _WINDOW >= len(view):
        return view
    left = 0 if start <= _WINDOW else view.find(" ", start - _WINDOW)
    right = len(view) if end + _WINDOW >= len(view) else view.rfind(" ", 0, end + _WINDOW) + 1
    return view[left:right]


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
    direction = _DIRECTIONS.get(direction) or Direction(direction)
    band = _BANDS.get(age_band) or AgeBand.parse(age_band)
    level = Strictness(strictness) if strictness is not None else DEFAULT_STRICTNESS[band]
    if not text or text.isspace():
        return Verdict(Action.ALLOW, (), Severity.LOW, text)
    findings: list[Finding] = []
    spans: list[pii.PiiSpan] = []
    canons: list[str] = []
    mild: set[Category] = set()
    for start, piece in _pieces(text):
        views = views_of(piece)
        canons.append(views.canon)
        found = lexicon.scan(views, custom)
        found.extend(_phrase_findings(views, direction, risk, mild))
        found.extend(_emoji_findings(piece, views))
        found.extend(_echo_findings(piece))
        found.extend(_rope_findings(piece, views))
        if len(piece) <= _SIGNALS_UP_TO and not found:
            found.extend(signals.scan(views.canon, direction))
        findings.extend(_with_encouragement(_soften_health_questions(found, views, direction)))
        if direction is Direction.IN:
            spans.extend(
                pii.PiiSpan(span.start + start, span.end + start, span.kind)
                for span in pii.find(piece, views.word_set)
            )
    if len(text) > _PIECE:
        findings = list({finding.rule_id: finding for finding in findings}.values())
        spans = pii.merged(spans)
    verdict = _decide(text, findings, spans, level, direction)
    if verdict.action is Action.BLOCK or not _Backstop.on or len(text) > _BACKSTOP_UP_TO:
        return verdict
    # The rules let it through: the learned backstop looks for harm said in ways no rule knows.
    # A category the rules saw as a mild signal is left to the conversation's running score.
    learned = [f for f in _semantic_findings(canons, direction) if f.category not in mild]
    if not learned:
        return verdict
    return _decide(text, [*findings, *learned], spans, level, direction)


def _pieces(text: str) -> list[tuple[int, str]]:
    """Long text in overlapping pieces, so memory stays small and time grows linearly.

    The overlap is wider than any phrase rule reads, so nothing that fits in one piece of the
    whole text is missed at a seam.
    """
    if len(text) <= _PIECE:
        return [(0, text)]
    return [
        (start, text[start : start + _PIECE + _OVERLAP]) for start in range(0, len(text), _PIECE)
    ]


def _phrase_findings(
    views: Views, direction: Direction, risk: ConversationRisk | None, mild: set[Category]
) -> list[Finding]:
    """Findings of the phrase rules; categories of mild signals (points) are added to `mild`."""
    every = _rules()
    woken = _woken(views.for_phrases, direction)
    findings: list[Finding] = []
    grooming_points = 0
    low_mood_points = 0
    for position in sorted(woken):
        one = every[position]
        hits = one.hits(tuple(woken[position]))
        if not hits:
            continue
        if not one.points:
            findings.append(Finding(one.category, one.severity, one.rule_id))
            continue
        mild.add(one.category)
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


def _echo_findings(text: str) -> list[Finding]:
    """Triple parentheses around a word ("(((they)))") mark Jewish people in antisemitic posts."""
    if "(((" not in text or _ECHO.search(text) is None:
        return []
    return [Finding(Category.HATE, Severity.HIGH, "hate.echo")]


def _rope_findings(text: str, views: Views) -> list[Finding]:
    """A rope emoji about oneself ("me when the 🪢") is a suicide meme, not a knot."""
    if _ROPE not in text or _SELF_WORDS.isdisjoint(views.canon.split()):
        return []
    return [Finding(Category.SELF_HARM, Severity.CRITICAL, "self_harm.rope_emoji")]


def _emoji_findings(text: str, views: Views) -> list[Finding]:
    if not any(emoji in text for emoji in _SEXUAL_EMOJI):
        return []
    if _EMOJI_CONTEXT.isdisjoint(views.canon.split()):
        return []
    return [Finding(Category.SEXUAL, Severity.MEDIUM, "sexual.emoji")]


def _soften_health_questions(
    findings: list[Finding], views: Views, direction: Direction
) -> list[Finding]:
    """Body words in a health question, or in a reply answering one, count as low severity."""
    sexual = [finding for finding in findings if finding.category is Category.SEXUAL]
    if not sexual:
        return findings
    terms = {finding.rule_id.split(":", 1)[1] for finding in sexual if ":" in finding.rule_id}
    canon_words = views.canon.split()
    reassurance = not _REASSURANCE_WORDS.isdisjoint(canon_words)
    asks_meaning = not _MEANING_WORDS.isdisjoint(canon_words)
    allowed_terms = (
        _HEALTH_TERMS
        | (_HEALTH_ACTS if reassurance else frozenset())
        | (_WORD_MEANINGS if asks_meaning else frozenset())
    )
    only_body_words = len(terms) == len(sexual) and terms <= allowed_terms
    words = views.canon.split()
    # A reply that only names body parts is answering a health question.
    is_question = direction is Direction.OUT or (bool(words) and words[0] in _QUESTION_STARTS)
    # "Can you show me ..." or "describe ..." asks for content, not for health facts.
    wants_content = not _CONTENT_WORDS.isdisjoint(words)
    if not (only_body_words and is_question) or wants_content:
        return findings
    return [
        Finding(f.category, Severity.LOW, f.rule_id + ":health") if f in sexual else f
        for f in findings
    ]


def _with_encouragement(findings: list[Finding]) -> list[Finding]:
    """Telling someone to kill themselves is bullying and self-harm encouragement (high).

    It is not the writer's own crisis, so it stays high rather than critical: no help card for
    the bully, but both categories are recorded.
    """
    if any(_is_encouragement(finding.rule_id) for finding in findings):
        return [*findings, Finding(Category.SELF_HARM, Severity.HIGH, _ENCOURAGEMENT)]
    return findings


def _is_encouragement(rule_id: str) -> bool:
    if rule_id == "bullying.wish_death":
        return True
    term = rule_id.partition(":")[2].removesuffix(":masked")
    return rule_id.startswith("lexicon.bullying:") and term in _ENCOURAGING_TERMS


def _decide(
    text: str,
    findings: list[Finding],
    spans: list[pii.PiiSpan],
    level: Strictness,
    direction: Direction,
) -> Verdict:
    if not findings and not spans:
        return Verdict(Action.ALLOW, (), Severity.LOW, text)
    default, per_category = _BLOCK_FROM[level]
    if direction is Direction.OUT:
        # A reply has no business insulting a child, however mildly.
        per_category = {**per_category, Category.BULLYING: Severity.LOW}
    blocking: list[Finding] = []
    noticed: list[Finding] = []
    for found in findings:
        finding = (
            Finding(found.category, Severity.CRITICAL, found.rule_id)
            if found.category in CRISIS_CATEGORIES and found.rule_id != _ENCOURAGEMENT
            else found
        )
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
    ordered = sorted(findings, key=lambda finding: (-finding.severity.rank, finding.rule_id))
    return tuple(dict.fromkeys(finding.rule_id for finding in ordered))
