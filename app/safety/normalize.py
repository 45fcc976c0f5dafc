"""Normalised views of a message for matching (case, lookalikes, leetspeak, txt speak, spacing).

Views are for matching only; nothing here is ever shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import ahocorasick

from app.paths import resource

# Invisible characters evaders put inside words (zero-width space/joiners, soft hyphen, marks).
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)
# Combining marks (accents, "zalgo" stacks) left after NFKD.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u0060\u00b4]")
# "he'll", "she'd", "we'll" lose their apostrophe and become "hell", "shed", "well"; spell the
# short forms out first so they cannot turn into (or hide) other words.
_SHORT_WILL_WOULD = re.compile("(?<=[a-z])['\u2018\u2019\u02bc](ll|d)\\b")
_SHORT_FORMS = {"ll": " will", "d": " would"}
# A token: letters, digits and the symbols evaders use in place of letters or to mask them.
_TOKEN = re.compile(r"[a-z0-9@$!*|+#%(€£]+")
_EDGE_PUNCT = "!(|+#%"
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "6": "g",
        "7": "t",
        "8": "b",
        "9": "g",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "+": "t",
        "(": "c",
        "€": "e",
        "£": "l",
    }
)
MASK_CHARS = frozenset("*#")
_NOT_ALNUM = re.compile(r"[^a-z0-9*#%]")
# Long messages reach here in pieces of a few thousand characters (see engine), so the
# back-reference repeat cannot grow without bound.
_RUN_OF_THREE = re.compile(r"([a-z])\1{2,}")
# Every ASCII character that cannot be part of a token becomes a space.
_ASCII_SEPARATORS = str.maketrans(
    {
        chr(code): " "
        for code in range(128)
        if not ((chr(code).isalnum() and chr(code).islower()) or chr(code).isdigit())
        and chr(code) not in "@$!*|+#%("
    }
)
_NEEDS_DECODING = re.compile(r"[@$!*|+€£#%(0-9]")
# Three or more one-character words in a row ("f u c k", "s.e.x" after tokenising).
_SPACED_LETTERS = re.compile(r" [a-z0-9*](?: [a-z0-9*]){2,} ")
_DOTTED_LETTERS = re.compile(
    r"(?<![^\s])(?:[a-z0-9@$!*|+#%(][.\-_*]){1,}[a-z0-9@$!*|+#%(](?![^\s.,!?])"
)
_LETTER_SEPARATORS = re.compile(r"[.\-_]")
_SPACED_RUN = re.compile(r"(?<![^\s])(?:[a-z0-9@$!*|+#%(] ){2,}[a-z0-9@$!*|+#%(](?![^\s.,!?])")


@cache
def _confusables() -> dict[int, str]:
    table: dict[int, str] = {}
    with resource("safety", "confusables.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or "\t" not in line:
                continue
            char, latin = line.rstrip("\n").split("\t")[:2]
            table[ord(char)] = latin
    return table


@cache
def shorthand() -> dict[str, str]:
    """Txt-speak token -> the spelling the rules are written in ("u" -> "you")."""
    table: dict[str, str] = {}
    with resource("safety", "shorthand.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or "\t" not in line:
                continue
            token, expansion = line.rstrip("\n").split("\t")[:2]
            table[token] = expansion
    return table


def clean(text: str) -> str:
    """Lower-case skeleton of `text`: NFKC, no invisible characters, lookalikes mapped to Latin,
    accents dropped, apostrophes removed ("don't" -> "dont")."""
    if text.isascii():
        # Most messages: nothing to fold but case and apostrophes.
        text = text.lower()
        if "'" in text:
            text = _spell_out_short_forms(text).replace("'", "")
        return text.replace("`", "")
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).casefold().translate(_confusables())
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return _APOSTROPHES.sub("", _spell_out_short_forms(text))


def _spell_out_short_forms(text: str) -> str:
    return _SHORT_WILL_WOULD.sub(lambda match: _SHORT_FORMS[match.group(1)], text)


def _has_run_of_three(view: str) -> bool:
    """True when a letter repeats three times in a row ("sooo"); one automaton pass."""
    return next(_triples().iter(view), None) is not None


@cache
def _triples() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        automaton.add_word(letter * 3, letter)
    automaton.make_automaton()
    return automaton


def _strip_edges(token: str) -> str:
    # "hello!!!" keeps its word; "sh!t" keeps its inner "!" for the leetspeak view.
    return token.strip(_EDGE_PUNCT)


def deleet(token: str) -> str:
    """Leetspeak token -> letters ("sh1t" -> "shit", "@$$" -> "ass"); numbers and words stay."""
    if token.isalpha() or token.isdigit():
        return token
    if not any(char.isalpha() for char in token) and not (
        len(token) >= 3 and sum(char in "@$!|€£" for char in token) >= 2
    ):
        return token
    return _NOT_ALNUM.sub("", token.translate(_LEET).replace("ph", "f"))


@dataclass(frozen=True, slots=True)
class Views:
    """The different spellings of one message that matchers look at.

    Every view is lower case, single-spaced and padded with one space at each end, so a match
    is on a word boundary when the characters either side of it are spaces.
    """

    #: Letters and digits only, words as written.
    plain: str
    #: Leetspeak decoded and txt speak expanded: what phrase rules read.
    canon: str
    #: Further spellings (repeated letters squeezed, spaced letters joined); may be empty.
    extra: tuple[str, ...]
    #: Tokens that hide letters behind "*", "#" or "%" ("f*ck"), de-leeted otherwise.
    masked: tuple[str, ...]

    @property
    def word_set(self) -> frozenset[str]:
        """The distinct words as written (letters and digits only)."""
        return frozenset(self.plain.split())

    @property
    def for_words(self) -> tuple[str, ...]:
        """All distinct views, for word lists."""
        return _distinct((self.plain, self.canon, *self.extra))

    @property
    def for_phrases(self) -> tuple[str, ...]:
        """The views phrase rules read (no plain view: rules are written in canonical spelling)."""
        return _distinct((self.canon, *self.extra))


def _distinct(views: tuple[str, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for view in views:
        if view not in seen:
            seen.append(view)
    return tuple(seen)


def _join_spaced_letters(cleaned: str) -> str:
    """Join letters spelled out one by one ("s.e.x", "f-u-c-k", "s e n d  p i c s").

    Dotted letters are joined first, so a single space can then separate their words
    ("a.d.d m.e" -> "add me"); single letters with single spaces join, and a double space
    stays a word break.
    """
    joined = _DOTTED_LETTERS.sub(lambda match: _LETTER_SEPARATORS.sub("", match.group(0)), cleaned)
    return _SPACED_RUN.sub(lambda match: match.group(0).replace(" ", ""), joined)


def views_of(text: str) -> Views:
    """All matching views of `text`."""
    table = shorthand()
    cleaned = clean(text)
    if cleaned.isascii():
        # The common case, several times faster than the regular expression below.
        tokens = cleaned.translate(_ASCII_SEPARATORS).split()
    else:
        tokens = _TOKEN.findall(cleaned)
    masked: list[str] = []
    if _NEEDS_DECODING.search(cleaned) is None:
        # Plain words only (the usual case): no leetspeak or masks to decode.
        plain_tokens = tokens
        canon_tokens = [table.get(token, token) for token in tokens]
    else:
        plain_tokens, canon_tokens = _decoded(tokens, table, masked)
    plain = _padded(plain_tokens)
    canon = _padded(canon_tokens)
    extra: list[str] = []
    if _has_run_of_three(canon):
        extra.append(_RUN_OF_THREE.sub(r"\1", canon))
        extra.append(_RUN_OF_THREE.sub(r"\1\1", canon))
    if _SPACED_LETTERS.search(plain):
        joined = _join_spaced_letters(cleaned)
        joined_tokens = _TOKEN.findall(joined)
        extra.append(_padded(_decoded(joined_tokens, table, [])[1]))
    return Views(plain=plain, canon=canon, extra=tuple(extra), masked=tuple(masked))


def _decoded(
    tokens: list[str], table: dict[str, str], masked: list[str]
) -> tuple[list[str], list[str]]:
    plain_tokens: list[str] = []
    canon_tokens: list[str] = []
    for raw in tokens:
        token = raw
        if not token.isalnum():
            token = _strip_edges(token)
            if not token:
                continue
            if any(char in MASK_CHARS for char in token) and any(c.isalpha() for c in token):
                masked.append(token.translate(_LEET))
            plain_tokens.append(_NOT_ALNUM.sub("", token).strip("*#%"))
        else:
            plain_tokens.append(token)
        expanded = table.get(token)
        if expanded is None:
            expanded = token if token.isalpha() else deleet(token)
            expanded = table.get(expanded, expanded)
        canon_tokens.append(expanded)
    return plain_tokens, canon_tokens


def _padded(tokens: list[str]) -> str:
    return " " + " ".join(filter(None, tokens)) + " "


def normalize_term(term: str) -> str:
    """A word-list entry in the same canonical spelling as the `canon` view (no padding)."""
    return views_of(term).canon.strip()
