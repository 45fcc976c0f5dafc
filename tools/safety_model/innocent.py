"""Collect innocent English sentences from this machine, to count false alarms (dev-only).

Sources: Python standard-library docstrings (split by module: even hash -> training negatives,
odd -> evaluation), and, for evaluation only, text under /usr/share/doc (READMEs, copyright and
licence files) and rendered man pages. Writes JSON lines {"text", "source"}.

    python tools/safety_model/innocent.py --out /tmp/sm
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import subprocess
import sys
import sysconfig
import zlib
from collections.abc import Iterator
from pathlib import Path

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_SPACE = re.compile(r"\s+")


def sentences(block: str) -> Iterator[str]:
    for paragraph in re.split(r"\n\s*\n", block):
        flat = _SPACE.sub(" ", paragraph).strip()
        for sentence in _SENTENCE_END.split(flat):
            letters = sum(ch.isalpha() for ch in sentence)
            if 25 <= len(sentence) <= 300 and letters / len(sentence) > 0.7:
                yield sentence


def docstrings(path: Path) -> Iterator[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node)
            if doc:
                yield from sentences(doc)


def doc_files() -> Iterator[str]:
    for path in sorted(Path("/usr/share/doc").glob("*/*")):
        name = path.name.lower()
        if not (name.startswith(("readme", "copyright")) or "license" in name):
            continue
        try:
            raw = path.read_bytes()
            text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue
        yield from sentences(text)


def man_pages(every: int) -> Iterator[str]:
    pages = sorted(Path("/usr/share/man/man1").glob("*.1*"))[::every]
    for page in pages:
        result = subprocess.run(
            ["man", "-P", "cat", str(page)],
            capture_output=True,
            text=True,
            env={"MANWIDTH": "2000", "PATH": "/usr/bin:/bin"},
            check=False,
        )
        yield from sentences(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    train: dict[str, str] = {}
    held: dict[str, str] = {}
    for path in sorted(stdlib.rglob("*.py")):
        if "test" in path.parts or "site-packages" in path.parts:
            continue
        side = train if zlib.crc32(str(path.relative_to(stdlib)).encode()) % 2 == 0 else held
        for sentence in docstrings(path):
            side.setdefault(sentence, "python-docstrings")
    for sentence in doc_files():
        if sentence not in train:
            held.setdefault(sentence, "usr-share-doc")
    for sentence in man_pages(every=25):
        if sentence not in train:
            held.setdefault(sentence, "man-pages")
    for name, side in (("innocent_train.jsonl", train), ("innocent_eval.jsonl", held)):
        with (args.out / name).open("w", encoding="utf-8") as handle:
            for text, source in side.items():
                handle.write(json.dumps({"text": text, "source": source}) + "\n")
        print(name, len(side), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
