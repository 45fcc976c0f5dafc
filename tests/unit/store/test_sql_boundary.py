"""SQL lives only in app/store: no other part of Hoot opens a database driver."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DRIVER_IMPORT = re.compile(r"^\s*(import|from)\s+(sqlite3|sqlcipher3|pysqlite3)\b", re.MULTILINE)


def test_only_the_store_imports_a_database_driver() -> None:
    """Every module under app/ and ui/ outside app/store reaches data through the store."""
    store = REPO / "app" / "store"
    offenders = [
        str(path.relative_to(REPO))
        for folder in ("app", "ui")
        for path in sorted((REPO / folder).rglob("*.py"))
        if store not in path.parents
        if DRIVER_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_boundary_check_sees_the_store_itself() -> None:
    """The pattern matches the store's own import, so an empty result above means something."""
    assert DRIVER_IMPORT.search((REPO / "app" / "store" / "db.py").read_text(encoding="utf-8"))
