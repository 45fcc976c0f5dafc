"""The learned backstop in `app/safety/semantic.py` and how the engine consults it."""

from __future__ import annotations

import json
import tomllib

import numpy as np
import pytest

from app.paths import resource
from app.safety import Action, Category, Direction, check
from app.safety.engine import backstop_disabled
from app.safety.normalize import views_of
from app.safety.semantic import (
    MODEL_PARTS,
    WINDOW_WORDS,
    SemanticModel,
    _windows,
    shipped_model,
    term_buckets,
)


@pytest.fixture(scope="module")
def model() -> SemanticModel:
    return shipped_model()


def _pieces(model: SemanticModel, word: str) -> list[str]:
    vocabulary = resource(*MODEL_PARTS, "vocab.txt").read_text(encoding="utf-8").split("\n")
    return [vocabulary[i] for i in model.tokenizer.word_ids(word)]


def test_shipped_model_loads_with_the_seven_semantic_categories(model: SemanticModel) -> None:
    """The model files load, name the seven categories, and carry one threshold each."""
    assert set(model.categories) == {
        Category.SELF_HARM,
        Category.GROOMING,
        Category.VIOLENCE,
        Category.BULLYING,
        Category.DRUGS,
        Category.SEXUAL,
        Category.HATE,
    }
    assert model.thresholds.shape == (len(model.categories),)
    assert all(0.0 < t < 1.0 for t in model.thresholds)


def test_shipped_files_stay_small() -> None:
    """The committed model stays within the 10 MB the app may carry."""
    folder = resource(*MODEL_PARTS)
    assert sum(path.stat().st_size for path in folder.iterdir()) < 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("hello", ["hello"]),
        ("myself", ["myself"]),
        ("unaffable", ["una", "##ffa", "##ble"]),
        ("respawning", ["res", "##pa", "##wn", "##ing"]),
        ("café", ["cafe"]),
        ("f*ck", ["f", "*", "ck"]),
    ],
)
def test_tokenizer_cuts_words_as_minilm_does(
    model: SemanticModel, word: str, pieces: list[str]
) -> None:
    """Greedy WordPiece with accents stripped and symbols split, as BERT's uncased tokenizer."""
    assert _pieces(model, word) == pieces


def test_a_word_longer_than_any_real_word_is_unknown(model: SemanticModel) -> None:
    """A 1,000-letter "word" is one unknown token, found without a slow search."""
    assert _pieces(model, "a" * 1000) == ["[UNK]"]


def test_words_with_no_letters_left_do_not_break_long_windows(model: SemanticModel) -> None:
    """Words that strip to nothing (combining marks alone) still score, in any window."""
    words = ["hello"] * 70 + ["\u0301\u0301"] * 40
    logits = model.window_logits(words, Direction.IN)
    assert logits.shape == (3, len(model.categories))
    assert np.isfinite(logits).all()


def test_scores_are_the_same_every_time(model: SemanticModel) -> None:
    """Same text, same logits, also from a freshly loaded copy of the model."""
    words = ["i", "keep", "thinking", "everyone", "would", "be", "better", "off", "without", "me"]
    first = model.window_logits(words, Direction.IN)
    again = SemanticModel.load(resource(*MODEL_PARTS)).window_logits(words, Direction.IN)
    assert np.array_equal(first, model.window_logits(words, Direction.IN))
    assert np.array_equal(first, again)


def test_window_scoring_matches_the_plain_computation(model: SemanticModel) -> None:
    """The all-windows-at-once path gives each window the logits training computed for it."""
    story = (
        "so today was fine we had maths and art then lunch and then i told my friend about the"
        " film we saw and she laughed and we played football until the bell rang and then"
    )
    words = story.split() * 4
    starts, ends = _windows(len(words))
    assert len(starts) > 2
    fast = model.window_logits(words, Direction.OUT)
    plain = np.array(
        [
            model.reference_logits(words[a:b], Direction.OUT)
            for a, b in zip(starts, ends, strict=True)
        ]
    )
    assert np.allclose(fast, plain, atol=1e-4)


def test_windows_cover_every_word_and_overlap_by_half() -> None:
    """Long texts are read in overlapping windows; short ones in one."""
    assert [tuple(x) for x in _windows(10)] == [(0,), (10,)]
    starts, ends = _windows(WINDOW_WORDS * 2 + 5)
    assert starts[0] == 0
    assert ends[-1] == WINDOW_WORDS * 2 + 5
    assert all(b - a <= WINDOW_WORDS for a, b in zip(starts, ends, strict=True))
    assert list(starts[1:]) == [s + WINDOW_WORDS // 2 for s in starts[:-1]]


def test_word_pairs_hash_the_same_on_every_run() -> None:
    """Hashed features use CRC-32, not Python's per-process `hash`."""
    assert term_buckets(["go", "away"], 1 << 14) == term_buckets(["go", "away"], 1 << 14)
    assert len(term_buckets(["go", "away", "now"], 1 << 14)) == 5


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i want to disappear forever and never wake up", Category.SELF_HARM),
        ("nobody would miss me if i was gone for good", Category.SELF_HARM),
        ("he said to keep our chats secret and send him a photo", Category.GROOMING),
    ],
)
def test_clear_harm_is_flagged(model: SemanticModel, text: str, category: Category) -> None:
    """Plain harmful messages pass their category's threshold."""
    flags = model.flags(views_of(text).canon, Direction.IN)
    assert category in {flag.category for flag in flags}


@pytest.mark.parametrize(
    "text",
    [
        "how do i kill the ender dragon",
        "my dog died yesterday and i miss him",
        "can you help me with fractions",
        "what is photosynthesis",
        "i nearly died laughing at that video",
        "why did the titanic sink",
    ],
)
def test_clear_traps_are_spared(model: SemanticModel, text: str) -> None:
    """Everyday messages with alarming words are not flagged."""
    assert model.flags(views_of(text).canon, Direction.IN) == ()


def test_engine_blocks_harm_the_rules_miss_with_a_semantic_rule_id() -> None:
    """A message no rule knows, flagged by the backstop, is blocked as a crisis."""
    text = "nothing matters anymore and i want to stop being here"
    with backstop_disabled():
        assert check(text, "in", "13-15").action is Action.ALLOW
    verdict = check(text, "in", "13-15")
    assert verdict.action is Action.BLOCK
    assert verdict.categories == (Category.SELF_HARM,)
    assert verdict.rule_ids == ("semantic.self_harm",)
    assert verdict.is_crisis


def test_backstop_is_not_consulted_when_the_rules_block() -> None:
    """Rule verdicts are left exactly as the rules made them."""
    text = "i want to kill myself"
    with backstop_disabled():
        rules = check(text, "in", "8-10")
    assert rules.action is Action.BLOCK
    assert check(text, "in", "8-10") == rules


def test_a_single_low_mood_remark_stays_with_the_conversation_score() -> None:
    """Mild signals the rules score across turns are not escalated by the backstop."""
    assert check("i hate myself", "in", "8-10").action is Action.ALLOW


def _safety_words() -> list[str]:
    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for value in node.values() for s in strings(value)]
        if isinstance(node, list):
            return [s for value in node for s in strings(value)]
        return []

    with resource("text", "safety.toml").open("rb") as handle:
        return strings(tomllib.load(handle))


def test_help_card_and_explanations_pass_as_replies() -> None:
    """The help card's and the filter's own words, shown as a reply, are never cut."""
    for text in _safety_words():
        assert check(text, "out", "8-10").action is Action.ALLOW, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm an AI, so I don't have a body or a family, but I'm happy to help with your homework!",
        "I'm a computer program, not a person. I can't meet up, but I can help you plan a story.",
        "If you ever feel like hurting yourself, please talk to a grown-up you trust or call a "
        "help line.",
    ],
)
def test_replies_saying_they_are_an_ai_or_pointing_to_help_pass(text: str) -> None:
    """An honest AI disclosure or a pointer to help is never flagged."""
    assert check(text, "out", "8-10").action is Action.ALLOW


def test_category_names_file_matches_the_verdict_vocabulary() -> None:
    """The model's category list uses the filter's own category names."""
    names = json.loads(resource(*MODEL_PARTS, "categories.json").read_text(encoding="utf-8"))
    assert all(Category(name).value == name for name in names)
