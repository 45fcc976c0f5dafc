"""Train the safety backstop's logistic layers and choose thresholds (dev-only, training venv).

Training rows: `safety_corpus.jsonl`, `safety_corpus_holdout.jsonl`, `redteam_round.jsonl`,
`safety_probes.jsonl` (their harmful lines' categories are the rules' own, as the probes carry
actions only) and innocent sentences from Python docstrings. Never trained on, never used to
choose anything: `redteam_round2.jsonl` and `redteam_round3.jsonl`.

Thresholds are chosen per category from 5-fold out-of-fold probabilities: the lowest that flags
no more than a per-category budget of the benign chat lines the rules allow (and a tenth of that
of the innocent sentences); the budget is the largest whose categories together flag at most
`--total-budget` (0.7%) of those benign lines. The rules alone already flag about 2% of fresh
benign traps, so this keeps the sum under the 3% target.

    /tmp/trainenv/bin/python tools/safety_model/train.py --static /tmp/sm/static.npz \
        --innocent /tmp/sm/innocent_train.jsonl --out resources/safety/model
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.safety import check  # noqa: E402
from app.safety.engine import backstop_disabled  # noqa: E402
from app.safety.normalize import views_of  # noqa: E402
from app.safety.semantic import SemanticModel, term_buckets  # noqa: E402
from app.safety.verdict import Category, Direction  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAIN_FILES = (
    "safety_corpus.jsonl",
    "safety_corpus_holdout.jsonl",
    "redteam_round.jsonl",
    "safety_probes.jsonl",
)
HELD_OUT_FILES = ("redteam_round2.jsonl", "redteam_round3.jsonl")
CATEGORIES = (
    Category.SELF_HARM,
    Category.GROOMING,
    Category.VIOLENCE,
    Category.BULLYING,
    Category.DRUGS,
    Category.SEXUAL,
    Category.HATE,
)


@dataclass(frozen=True)
class Example:
    source: str
    text: str
    canon_words: tuple[str, ...]
    direction: Direction
    band: str
    targets: frozenset[Category]
    #: True for benign lines; harmful lines of profanity or PII only are left out.
    benign: bool
    rules_allow: bool


def load_examples(name: str, *, use_rule_categories: bool = False) -> list[Example]:
    examples = []
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            verdict = check(row["text"], row["direction"], row["age_band"])
            expected = row.get("expected_categories")
            if expected is None or use_rule_categories:
                expected = (
                    [c.value for c in verdict.categories]
                    if row["expected_action"] != "allow"
                    else []
                )
            benign = row["expected_action"] == "allow"
            targets = frozenset(Category(c) for c in expected) & frozenset(CATEGORIES)
            if not benign and not targets:
                continue
            examples.append(
                Example(
                    name,
                    row["text"],
                    tuple(views_of(row["text"]).canon.split()),
                    Direction(row["direction"]),
                    row["age_band"],
                    targets,
                    benign,
                    verdict.action.value == "allow",
                )
            )
    return examples


def load_innocent(path: Path, limit: int) -> list[Example]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rng = np.random.default_rng(0)
    chosen = rng.choice(len(rows), size=min(limit, len(rows)), replace=False)
    return [
        Example(
            "innocent",
            rows[i]["text"],
            tuple(views_of(rows[i]["text"]).canon.split()),
            Direction.IN,
            "8-10",
            frozenset(),
            True,
            True,
        )
        for i in sorted(chosen)
    ]


def token_table(
    static: Path, dims: int, vocab_file: Path
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The shipped int8 table (SIF weights folded in) with one float scale per row."""
    data = np.load(static)
    vocab = [str(v) for v in data["vocab"]]
    shipped_vocab = vocab_file.read_text(encoding="utf-8").split("\n")[: len(vocab)]
    assert vocab == shipped_vocab, "distilled table and vocab.txt disagree"
    vectors = data["vectors"][:, :dims] * data["weights"][:, None]
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(vectors / scales[:, None]).astype(np.int8)
    return vocab, quantised, scales.astype(np.float32)


def features(
    model: SemanticModel, examples: list[Example], buckets: int, use_dense: bool, use_hashed: bool
) -> sparse.csr_matrix:
    dims = model.dims
    dense = np.zeros((len(examples), dims + 1), dtype=np.float32)
    rows, cols, vals = [], [], []
    for i, ex in enumerate(examples):
        words = ex.canon_words[:64]
        if use_dense:
            dense[i, :dims] = model.embedding(words)
        dense[i, dims] = 1.0 if ex.direction is Direction.OUT else 0.0
        if use_hashed:
            terms = term_buckets(words, buckets)
            for t in terms:
                rows.append(i)
                cols.append(t)
                vals.append(1.0 / np.sqrt(len(terms)))
    hashed = sparse.csr_matrix(
        (vals, (rows, cols)), shape=(len(examples), buckets), dtype=np.float32
    )
    return sparse.hstack([sparse.csr_matrix(dense), hashed], format="csr")


def labels(examples: list[Example]) -> np.ndarray:
    y = np.zeros((len(examples), len(CATEGORIES)), dtype=np.int8)
    for i, ex in enumerate(examples):
        for j, cat in enumerate(CATEGORIES):
            y[i, j] = cat in ex.targets
    return y


def fit(
    x: sparse.csr_matrix, y: np.ndarray, c: float, weights: np.ndarray
) -> list[LogisticRegression]:
    layers = []
    for j in range(y.shape[1]):
        layer = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
        layer.fit(x, y[:, j], sample_weight=weights)
        layers.append(layer)
    return layers


def predict(layers: list[LogisticRegression], x: sparse.csr_matrix) -> np.ndarray:
    return np.column_stack([layer.predict_proba(x)[:, 1] for layer in layers])


def choose_thresholds(oof: np.ndarray, examples: list[Example], budget: float) -> np.ndarray:
    chat_benign = np.array(
        [ex.benign and ex.source != "innocent" and ex.rules_allow for ex in examples]
    )
    innocent = np.array([ex.source == "innocent" for ex in examples])
    thresholds = np.ones(len(CATEGORIES), dtype=np.float32)
    for j in range(len(CATEGORIES)):
        for t in np.arange(0.30, 0.995, 0.005):
            fp_chat = (oof[chat_benign, j] >= t).mean()
            fp_innocent = (oof[innocent, j] >= t).mean()
            if fp_chat <= budget and fp_innocent <= budget / 10:
                thresholds[j] = t
                break
    return thresholds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--static", type=Path, required=True)
    parser.add_argument("--innocent", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--buckets", type=int, default=1 << 14)
    parser.add_argument("--c", type=float, default=256.0)
    parser.add_argument("--total-budget", type=float, default=0.007)
    parser.add_argument("--innocent-limit", type=int, default=4000)
    parser.add_argument("--innocent-weight", type=float, default=0.5)
    parser.add_argument("--no-dense", action="store_true")
    parser.add_argument("--no-hashed", action="store_true")
    parser.add_argument("--innocent-eval", type=Path, help="innocent sentences never trained on")
    args = parser.parse_args()

    vocab_file = ROOT / "resources" / "safety" / "model" / "vocab.txt"
    vocab, table, scales = token_table(args.static, args.dims, vocab_file)
    empty = np.zeros((1, len(CATEGORIES)), dtype=np.float32)
    model = SemanticModel(
        vocab,
        table,
        scales,
        np.zeros((args.dims + 1, len(CATEGORIES)), np.float32),
        np.zeros((args.buckets, len(CATEGORIES)), np.float32),
        empty[0],
        empty[0],
        CATEGORIES,
    )
    train: list[Example] = []
    for name in TRAIN_FILES:
        train.extend(load_examples(name))
    train.extend(load_innocent(args.innocent, args.innocent_limit))
    use_dense, use_hashed = not args.no_dense, not args.no_hashed
    x = features(model, train, args.buckets, use_dense, use_hashed)
    y = labels(train)
    weights = np.array([args.innocent_weight if ex.source == "innocent" else 1.0 for ex in train])
    print(f"training rows {len(train)}: harmful {int((y.sum(1) > 0).sum())}", file=sys.stderr)

    oof = np.zeros(y.shape, dtype=np.float64)
    for fold_train, fold_test in KFold(5, shuffle=True, random_state=0).split(x):
        layers = fit(x[fold_train], y[fold_train], args.c, weights[fold_train])
        oof[fold_test] = predict(layers, x[fold_test])
    # The largest per-category budget whose combined out-of-fold false alarms on the benign chat
    # lines the rules allow stay within the total budget.
    chat_benign = np.array(
        [ex.benign and ex.source != "innocent" and ex.rules_allow for ex in train]
    )
    for budget in (0.003, 0.0025, 0.002, 0.0015, 0.001, 0.0005, 0.0):
        thresholds = choose_thresholds(oof, train, budget)
        if (oof[chat_benign] >= thresholds).any(axis=1).mean() <= args.total_budget:
            break
    print(f"per-category budget {budget}", file=sys.stderr)
    harmful = y.sum(1) > 0
    flagged_oof = (oof >= thresholds).any(axis=1)
    print("thresholds", dict(zip([c.value for c in CATEGORIES], thresholds.round(3), strict=True)))
    print(
        f"out-of-fold: harmful flagged {flagged_oof[harmful].mean():.3f}, "
        f"chat benign flagged {flagged_oof[chat_benign].mean():.4f}, "
        f"innocent flagged {flagged_oof[[ex.source == 'innocent' for ex in train]].mean():.4f}"
    )
    for j, cat in enumerate(CATEGORIES):
        mask = y[:, j] == 1
        print(
            f"  oof {cat.value:<10} n={mask.sum():4d}"
            f" caught {(oof[mask, j] >= thresholds[j]).mean():.3f}"
        )

    layers = fit(x, y, args.c, weights)
    coef = np.column_stack([layer.coef_[0] for layer in layers]).astype(np.float32)
    bias = np.array([layer.intercept_[0] for layer in layers], dtype=np.float32)
    dense, hashed = coef[: args.dims + 1], coef[args.dims + 1 :]
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        np.save(args.out / "token_vectors.npy", table)
        np.save(args.out / "token_scales.npy", scales.astype(np.float16))
        np.savez(
            args.out / "classifier.npz",
            dense=dense.astype(np.float16),
            hashed=hashed.astype(np.float16),
            bias=bias,
            thresholds=thresholds,
        )
        (args.out / "categories.json").write_text(
            json.dumps([c.value for c in CATEGORIES]) + "\n", encoding="utf-8"
        )
    trained = SemanticModel(vocab, table, scales, dense, hashed, bias, thresholds, CATEGORIES)
    for name in HELD_OUT_FILES:
        summarise(trained, name)
    if args.innocent_eval:
        rows = [json.loads(line)["text"] for line in args.innocent_eval.open(encoding="utf-8")]
        flagged = sum(
            bool(trained.flags(views_of(text).canon, Direction.IN))
            for text in rows
            if check(text, "in", "13-15").action.value == "allow"
        )
        print(
            f"innocent eval: backstop flags {flagged} of {len(rows)}"
            f" ({100 * flagged / len(rows):.2f}%)"
        )
    return 0


def summarise(model: SemanticModel, name: str) -> None:
    """Rules-only vs rules+backstop on a held-out round (the backstop runs where rules allow)."""
    tally = {"harm": 0, "rules": 0, "both": 0, "alone": 0, "benign": 0, "fp_rules": 0, "fp_both": 0}
    per_cat: dict[str, list[int]] = {}
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            verdict = check(row["text"], row["direction"], row["age_band"])
            flags = model.flags(views_of(row["text"]).canon, Direction(row["direction"]))
            rules_hit = verdict.action.value != "allow"
            both = rules_hit or bool(flags)
            if row["expected_action"] == "allow":
                tally["benign"] += 1
                tally["fp_rules"] += rules_hit
                tally["fp_both"] += both
                continue
            cats = set(row["expected_categories"])
            if not cats & {c.value for c in CATEGORIES}:
                continue
            tally["harm"] += 1
            tally["rules"] += rules_hit
            tally["both"] += both
            tally["alone"] += bool(flags)
            for cat in cats:
                cell = per_cat.setdefault(cat, [0, 0, 0])
                cell[0] += 1
                cell[1] += rules_hit
                cell[2] += both
    h, b = tally["harm"], tally["benign"]
    print(
        f"{name}: semantic-category harm n={h} rules {100 * tally['rules'] / h:.1f}% "
        f"-> rules+backstop {100 * tally['both'] / h:.1f}%"
        f" (backstop alone {100 * tally['alone'] / h:.1f}%); benign n={b}"
        f" flagged {100 * tally['fp_rules'] / b:.1f}% -> {100 * tally['fp_both'] / b:.1f}%"
    )
    print("   " + ", ".join(f"{k} {v[1]}/{v[0]}->{v[2]}" for k, v in sorted(per_cat.items())))


if __name__ == "__main__":
    # Labels, "rules allow" and the comparisons are all about the rules alone.
    with backstop_disabled():
        raise SystemExit(main())
