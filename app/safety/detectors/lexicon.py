"""Word lists (`resources/safety/lexicon/*.tsv`) matched with one Aho-Corasick automaton.

Every view is matched at once; each hit is checked for word boundaries and the allow-list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick

from app.paths import resource
from app.safety.normalize import MASK_CHARS, Views, normalize_term
from app.safety.verdict import Category, CustomWords, Finding, Severity


@dataclass(frozen=True, slots=True)
class Entry:
    """One word-list line: the term (canonical spelling), where it belongs, and how to match it."""

    term: str
    category: Category
    severity: Severity
    inside_words: bool
    #: False for words too short or too foreign to guess from a masked spelling ("k*a").
    maskable: bool = True

    @property
    def rule_id(self) -> str:
        return f"lexicon.{self.category.value}:{self.term.replace(' ', '_')}"


@dataclass(frozen=True, slots=True)
class _Allow:
    phrase: str


#: Listed words that read as an everyday word or name when reversed ("tard" -> "drat").
_REAL_WORDS_BACKWARDS = frozenset({"drat", "lana", "zaps", "tums", "flim", "trons", "gnom"})
_DOUBLES = re.compile("|".join(f"{c}{c}+" for c in "abcdefghijklmnopqrstuvwxyz"))


def _read_table(name: str) -> Iterator[list[str]]:
    with resource("safety", name).open(encoding="utf-8") as handle:
        for line in handle:
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                yield line.rstrip("\n").split("\t")


@cache
def entries() -> tuple[Entry, ...]:
    """Every word-list entry from `resources/safety/lexicon/`."""
    found: list[Entry] = []
    for category in Category:
        path = resource("safety", "lexicon", f"{category.value}.tsv")
        if not path.exists():
            continue
        for fields in _read_table(f"lexicon/{category.value}.tsv"):
            term = normalize_term(fields[0])
            if not term:
                continue
            severity = Severity.parse(fields[1]) if len(fields) > 1 else Severity.MEDIUM
            flags = fields[2].split(",") if len(fields) > 2 else []
            found.append(Entry(term, category, severity, "sub" in flags, "nomask" not in flags))
    return tuple(found)


@cache
def allowed_phrases() -> tuple[str, ...]:
    """Everyday words and idioms that contain or sit next to a listed word."""
    return tuple(term for fields in _read_table("allow.txt") if (term := normalize_term(fields[0])))


@cache
def _automaton() -> ahocorasick.Automaton:
    keyed: dict[str, list[Entry | _Allow]] = {}
    for entry in entries():
        key = entry.term if entry.inside_words else f" {entry.term} "
        keyed.setdefault(key, []).append(entry)
        for variant in _doubled(entry.term):
            keyed.setdefault(f" {variant} ", []).append(entry)
        backwards = entry.term[::-1]
        if (
            entry.severity >= Severity.MEDIUM
            and entry.term.isalpha()
            and len(entry.term) >= 4
            and backwards not in _REAL_WORDS_BACKWARDS
        ):
            # Written backwards to slip past a filter ("kcuf").
            keyed.setdefault(f" {backwards} ", []).append(entry)
    for phrase in allowed_phrases():
        # Matched from a word start, so "assassin" also covers "assassins".
        keyed.setdefault(f" {phrase}", []).append(_Allow(phrase))
    automaton = ahocorasick.Automaton()
    for key, values in keyed.items():
        automaton.add_word(key, (len(key), tuple(values)))
    automaton.make_automaton()
    return automaton


def _doubled(term: str) -> list[str]:
    """One-letter-doubled spellings of a single word ("fukk", "shitt", "biitch").

    Runs of three or more letters are squeezed in the views; a doubled letter is matched here
    instead, so ordinary words with double letters ("all", "will") need no extra view.
    """
    if not term.isalpha() or len(term) < 3 or _DOUBLES.search(term):
        return []
    return [term[: i + 1] + term[i] + term[i + 1 :] for i in range(len(term))]


@cache
def _maskable() -> tuple[Entry, ...]:
    """Single words serious enough that a masked spelling ("f*ck") should still count."""
    return tuple(
        entry
        for entry in entries()
        if entry.severity >= Severity.MEDIUM
        and entry.maskable
        and entry.term.isalpha()
        and len(entry.term) >= 3
    )


def _scan_view(view: str, allowed_extra: Iterable[str]) -> list[Entry]:
    hits: list[tuple[int, int, Entry]] = []
    allowed: list[tuple[int, int]] = []
    for end, (length, values) in _automaton().iter(view):
        start = end - length + 1
        for value in values:
            if isinstance(value, _Allow):
                allowed.append((start, end))
            else:
                hits.append((start, end, value))
    if not hits:
        return []
    for phrase in allowed_extra:
        key = f" {phrase} "
        position = view.find(key)
        while position != -1:
            allowed.append((position, position + len(key) - 1))
            position = view.find(key, position + 1)
    return [
        entry
        for start, end, entry in hits
        if not any(start <= a_end and a_start <= end for a_start, a_end in allowed)
    ]


def _unmask(token: str) -> Entry | None:
    """The serious word a masked token stands for ("f**k" -> fuck), if exactly one fits well."""
    first = min(token.index(char) for char in MASK_CHARS if char in token)
    last = max(token.rindex(char) for char in MASK_CHARS if char in token)
    prefix, suffix = token[:first], token[last + 1 :]
    hidden = last - first + 1
    if not prefix or len(prefix) + len(suffix) < 2:
        return None
    fitting = [
        entry
        for entry in _maskable()
        if entry.term.startswith(prefix)
        and entry.term.endswith(suffix)
        and len(prefix) + len(suffix) < len(entry.term)
        and (len(entry.term) == len(token) or (hidden == 1 and len(entry.term) - len(token) <= 2))
    ]
    if not fitting:
        return None
    return min(fitting, key=lambda entry: (entry.severity.rank, entry.term))


def scan(views: Views, custom: CustomWords | None = None) -> list[Finding]:
    """Findings from the word lists (and a parent's custom words) over all views."""
    allowed_extra = _custom_allowed(custom)
    seen: dict[str, Finding] = {}
    for view in views.for_words:
        for entry in _scan_view(view, allowed_extra):
            seen.setdefault(entry.rule_id, Finding(entry.category, entry.severity, entry.rule_id))
    for token in views.masked:
        unmasked = _unmask(token)
        if unmasked is not None:
            rule_id = unmasked.rule_id + ":masked"
            seen.setdefault(rule_id, Finding(unmasked.category, unmasked.severity, rule_id))
    if custom is not None and custom.blocked:
        for word in _normalized(custom.blocked):
            key = f" {word} "
            if any(key in view for view in views.for_words):
                rule_id = f"custom.blocked:{word.replace(' ', '_')}"
                seen.setdefault(rule_id, Finding(Category.PROFANITY, Severity.MEDIUM, rule_id))
    return list(seen.values())


def _custom_allowed(custom: CustomWords | None) -> tuple[str, ...]:
    if custom is None or not custom.allowed:
        return ()
    return _normalized(custom.allowed)


@cache
def _normalized(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({term for word in words if (term := normalize_term(word))}))
