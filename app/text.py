"""All words Hoot shows to people, loaded from `resources/text/*.toml` by dotted key."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from app.paths import resources_dir


@cache
def _file(stem: str) -> dict[str, str]:
    """The words of one `resources/text/<stem>.toml`, flattened to dotted keys (read once).

    Files are read one by one as their words are first needed, so start-up reads only what
    the first screen says.
    """
    flat: dict[str, str] = {}
    path = resources_dir() / "text" / f"{stem}.toml"
    if path.exists():
        with path.open("rb") as handle:
            _flatten(stem, tomllib.load(handle), flat)
    return flat


def _flatten(prefix: str, node: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in node.items():
        dotted = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(dotted, value, out)
        else:
            out[dotted] = str(value)


def words(key: str, **fields: object) -> str:
    """The text for `key` (file stem, then table path), with `{field}` placeholders filled in.

    A missing key raises KeyError: a typo must fail a test, not show a blank to a child.
    """
    template = _file(key.split(".", 1)[0])[key]
    return template.format(**fields) if fields else template


def has_words(key: str) -> bool:
    """True when `key` exists in the catalogue."""
    return key in _file(key.split(".", 1)[0])
