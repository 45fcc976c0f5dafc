"""The learned backstop: a small static-embedding classifier for harm no rule was written for.

A message's canonical view (see `normalize.Views.canon`) is cut into MiniLM's WordPiece tokens;
each token has a fixed vector (distilled once, offline, from all-MiniLM-L6-v2; see
`resources/safety/README.md`). The vectors' weighted mean, plus hashed word and word-pair
features, go through one logistic layer per category. A category is flagged when its
probability reaches the threshold chosen on the training data. Pure numpy, deterministic,
loaded once on first use.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.paths import resource
from app.safety.verdict import Category, Direction

#: The folder of the shipped model files.
MODEL_PARTS = ("safety", "model")

#: Words longer than this become "[UNK]" without a search (BERT allows 100; real words are
#: far shorter, and the cap keeps a 1,000-character string of one "word" fast).
_MAX_WORD = 40
#: A long message is judged in windows of this many words, overlapping by half.
WINDOW_WORDS = 64

_UNKNOWN = "[UNK]"

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class SemanticFlag:
    """One category the backstop flagged, with its probability and the threshold it passed."""

    category: Category
    probability: float
    threshold: float


class WordPieceTokenizer:
    """BERT's uncased tokenizer for text that is already lower case and free of punctuation.

    Accents are stripped (NFD, marks dropped), Chinese-Japanese-Korean ideographs stand alone,
    and each word is cut greedily into the longest pieces the vocabulary has.
    """

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self._ids = {piece: index for index, piece in enumerate(vocabulary)}
        self.unknown_id = self._ids[_UNKNOWN]
        self._longest = max(len(piece.removeprefix("##")) for piece in vocabulary)
        self.word_ids = lru_cache(maxsize=16384)(self._word_ids)

    def ids(self, text: str) -> list[int]:
        """Token ids of `text` (words separated by white space)."""
        out: list[int] = []
        for word in text.split():
            out.extend(self.word_ids(word))
        return out

    def _word_ids(self, word: str) -> tuple[int, ...]:
        if word.isascii() and word.isalnum():
            return self._pieces(word)
        return tuple(i for part in _basic_split(word) for i in self._pieces(part))

    def _pieces(self, word: str) -> tuple[int, ...]:
        if len(word) > _MAX_WORD:
            return (self.unknown_id,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = min(len(word), start + self._longest)
            found = -1
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self._ids.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                return (self.unknown_id,)
            pieces.append(found)
            start = end
        return tuple(pieces)


def _basic_split(word: str) -> list[str]:
    """Strip accents and stand ideographs alone, as BERT's basic tokenizer does."""
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )
    parts: list[str] = []
    current: list[str] = []
    for ch in stripped:
        if _is_ideograph(ord(ch)) or _is_punctuation(ch):
            if current:
                parts.append("".join(current))
                current = []
            parts.append(ch)
        else:
            current.append(ch)
    if current:
        parts.append("".join(current))
    return parts


def _is_punctuation(ch: str) -> bool:
    """BERT counts every ASCII symbol ("$", "*", "^") as punctuation, and Unicode's P classes."""
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_ideograph(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


#: Odd multiplier that mixes a word pair's two hashes into one (arithmetic modulo 2**32).
_PAIR_MIX = 0x9E3779B1
_MASK = 0xFFFFFFFF


def word_hash(word: str) -> int:
    """CRC-32 of the word: stable across runs and machines, unlike Python's `hash`."""
    return zlib.crc32(word.encode("utf-8"))


def term_buckets(words: Sequence[str], buckets: int) -> list[int]:
    """Buckets of every word, then of every adjacent pair, repeats kept (a bag, not a set)."""
    hashes = [word_hash(word) for word in words]
    pairs = [((a * _PAIR_MIX) + b) & _MASK for a, b in pairwise(hashes)]
    return [h % buckets for h in (*hashes, *pairs)]


class SemanticModel:
    """Token vectors, tokenizer and per-category logistic layers; `flags` judges a text."""

    def __init__(  # noqa: PLR0917 - the parts of one model file set, always given together
        self,
        vocabulary: Sequence[str],
        vectors: npt.NDArray[np.int8],
        scales: Floats,
        dense: Floats,
        hashed: Floats,
        bias: Floats,
        thresholds: Floats,
        categories: Sequence[Category],
    ) -> None:
        self.tokenizer = WordPieceTokenizer(vocabulary)
        self._vectors = vectors
        self._scales = scales
        #: (dims + 1) x categories: the embedding part, then a "reply" indicator.
        self._dense = dense
        #: buckets x categories.
        self._hashed = hashed
        self._bias = bias
        self.thresholds = thresholds
        # Comparing logits with the thresholds' logits spares an exp per window.
        self._logit_thresholds = np.log(thresholds / (1 - thresholds)).astype(np.float32)
        self.categories = tuple(categories)
        self._word = lru_cache(maxsize=16384)(self._word_entry)

    @classmethod
    def load(cls, folder: Path) -> SemanticModel:
        """Read the model files in `folder` (see `resources/safety/README.md`)."""
        vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        # Memory-mapped: only the rows of tokens actually seen are read into memory.
        # (A plain array view of the map: indexing a `np.memmap` costs more per call.)
        vectors = np.asarray(
            np.load(folder / "token_vectors.npy", mmap_mode="r", allow_pickle=False)
        )
        scales = np.load(folder / "token_scales.npy", allow_pickle=False).astype(np.float32)
        with np.load(folder / "classifier.npz", allow_pickle=False) as layer:
            dense = layer["dense"].astype(np.float32)
            hashed = layer["hashed"].astype(np.float32)
            bias = layer["bias"].astype(np.float32)
            thresholds = layer["thresholds"].astype(np.float32)
        names = json.loads((folder / "categories.json").read_text(encoding="utf-8"))
        return cls(
            vocabulary[: len(vectors)],
            vectors,
            scales,
            dense,
            hashed,
            bias,
            thresholds,
            [Category(name) for name in names],
        )

    @property
    def buckets(self) -> int:
        return int(self._hashed.shape[0])

    @property
    def dims(self) -> int:
        return int(self._vectors.shape[1])

    def _word_entry(self, word: str) -> tuple[tuple[int, ...], int]:
        # Every word keeps at least one token, so window blocks are never empty.
        ids = self.tokenizer.word_ids(word) or (self.tokenizer.unknown_id,)
        return ids, word_hash(word)

    def embedding(self, words: Sequence[str]) -> Floats:
        """The unit-length weighted mean of the words' token vectors (zeros when none)."""
        ids = [i for word in words for i in self._word(word)[0]]
        if not ids:
            return np.zeros(self.dims, dtype=np.float32)
        index = np.fromiter(ids, dtype=np.intp, count=len(ids))
        total: Floats = self._scales[index] @ self._vectors[index].astype(np.float32)
        norm = float(np.sqrt(total @ total))
        return total / norm if norm > 0 else total

    def reference_logits(self, words: Sequence[str], direction: Direction) -> Floats:
        """One window's logits, computed the plain way (training uses the same features)."""
        logits = self._bias + self.embedding(words) @ self._dense[:-1]
        if direction is Direction.OUT:
            logits = logits + self._dense[-1]
        terms = term_buckets(words, self.buckets)
        if terms:
            index = np.fromiter(terms, dtype=np.intp, count=len(terms))
            logits = logits + self._hashed[index].sum(axis=0) / np.float32(np.sqrt(len(terms)))
        result: Floats = logits.astype(np.float32)
        return result

    def window_logits(self, words: Sequence[str], direction: Direction) -> Floats:
        """Logits of every window of `words` (one row each), all windows at once.

        Windows are `WINDOW_WORDS` long and overlap by half, so each is two half-window blocks
        and every token vector is added up once, whatever the number of windows.
        """
        count = len(words)
        if count <= WINDOW_WORDS:
            return self._one_window_logits(words, direction)[None, :]
        token_ids: list[int] = []
        per_word: list[int] = []
        hash_list: list[int] = []
        for word in words:
            ids, hashed_word = self._word(word)
            token_ids.extend(ids)
            per_word.append(len(ids))
            hash_list.append(hashed_word)
        index = np.array(token_ids, dtype=np.intp)
        starts, ends = _windows(count)
        half = WINDOW_WORDS // 2
        word_starts = np.concatenate(([0], np.cumsum(per_word, dtype=np.intp)[:-1]))
        rows = self._vectors[index].astype(np.float32) * self._scales[index, None]
        blocks = np.add.reduceat(rows, word_starts[::half], axis=0)
        sums = blocks[:-1] + blocks[1:]
        norms = np.sqrt(np.einsum("ij,ij->i", sums, sums))
        sums /= np.where(norms > 0, norms, 1)[:, None]
        logits = self._bias + sums @ self._dense[:-1]
        if direction is Direction.OUT:
            logits += self._dense[-1]
        # Hashed part: running totals of the words' and the pairs' weight rows.
        hashes = np.array(hash_list, dtype=np.int64)
        pairs = ((hashes[:-1] * _PAIR_MIX) + hashes[1:]) & _MASK
        single = np.zeros((count + 1, len(self.categories)), dtype=np.float32)
        np.cumsum(self._hashed[hashes % self.buckets], axis=0, out=single[1:])
        double = np.zeros((count, len(self.categories)), dtype=np.float32)
        if count > 1:
            np.cumsum(self._hashed[pairs % self.buckets], axis=0, out=double[1:])
        terms = (ends - starts) * 2 - 1
        hashed = single[ends] - single[starts] + double[ends - 1] - double[starts]
        logits += hashed / np.sqrt(terms).astype(np.float32)[:, None]
        result: Floats = logits.astype(np.float32)
        return result

    def _one_window_logits(self, words: Sequence[str], direction: Direction) -> Floats:
        """The usual case, a short message: as `reference_logits`, with fewer numpy calls."""
        token_ids: list[int] = []
        terms: list[int] = []
        previous = -1
        buckets = self.buckets
        for word in words:
            ids, hashed_word = self._word(word)
            token_ids.extend(ids)
            terms.append(hashed_word % buckets)
            if previous >= 0:
                terms.append((((previous * _PAIR_MIX) + hashed_word) & _MASK) % buckets)
            previous = hashed_word
        index = np.array(token_ids, dtype=np.intp)
        total = self._scales[index] @ self._vectors[index].astype(np.float32)
        norm = float(np.sqrt(total @ total))
        logits = self._bias + (total @ self._dense[:-1]) / (norm if norm > 0 else 1.0)
        if direction is Direction.OUT:
            logits += self._dense[-1]
        logits += self._hashed[terms].sum(axis=0) / np.float32(np.sqrt(len(terms)))
        result: Floats = logits.astype(np.float32)
        return result

    def flags(self, canon: str, direction: Direction) -> tuple[SemanticFlag, ...]:
        """The categories whose probability reaches its threshold in any window of `canon`."""
        words = canon.split()
        if not words:
            return ()
        best = self.window_logits(words, direction).max(axis=0)
        return tuple(
            SemanticFlag(category, float(1 / (1 + np.exp(-best[i]))), float(self.thresholds[i]))
            for i, category in enumerate(self.categories)
            if best[i] >= self._logit_thresholds[i]
        )


def _windows(count: int) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Start and end word indexes of the windows over `count` words."""
    if count <= WINDOW_WORDS:
        return np.zeros(1, dtype=np.intp), np.full(1, count, dtype=np.intp)
    step = WINDOW_WORDS // 2
    starts = np.arange(0, count - step, step, dtype=np.intp)
    return starts, np.minimum(starts + WINDOW_WORDS, count)


@cache
def shipped_model() -> SemanticModel:
    """The model in `resources/safety/model/`, read once."""
    return SemanticModel.load(resource(*MODEL_PARTS))
