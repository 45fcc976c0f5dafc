"""Cheap readability measures, so words meant for young children stay short and plain."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s+|$)|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
#: Markdown decoration that is not words: headings, bullets, placeholders.
_MARKUP = re.compile(r"^\s*(?:#+|[-*]|\d+\.)\s+|\{\{?\w+\}?\}|\[[^\]]*\]", re.MULTILINE)


@dataclass(frozen=True)
class Readability:
    """Simple counts over a text; "long" words have three or more syllables."""

    sentences: int
    words: int
    long_words: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def long_word_share(self) -> float:
        return self.long_words / self.words if self.words else 0.0


def measure(text: str) -> Readability:
    """Count sentences, words and long words. Line breaks and list items end sentences too."""
    plain = _MARKUP.sub(" ", text)
    sentences = [part for part in _SENTENCE_END.split(plain) if _WORD.search(part)]
    all_words = _WORD.findall(plain)
    long_words = sum(1 for word in all_words if syllables(word) >= 3)
    return Readability(sentences=len(sentences), words=len(all_words), long_words=long_words)


def syllables(word: str) -> int:
    """A rough syllable count: groups of vowels, less a silent final "e"; at least one."""
    lowered = word.lower().strip("'’-")
    count = len(_VOWEL_GROUPS.findall(lowered))
    if lowered.endswith("e") and not lowered.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)
