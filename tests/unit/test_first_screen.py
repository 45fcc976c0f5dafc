"""The first-screen hint: one word, private, and harmless when missing, odd or unwritable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.first_screen import HINT_FILE_NAME, FirstScreen, last_first_screen, remember_first_screen
from app.store import Store
from app.store.db import DATABASE_FILE_NAME


@pytest.fixture
def folder(store: Store, data_dir: Path) -> Path:
    """A data folder with a database in it, as after set-up."""
    return data_dir


def test_database_file_name_matches_the_store() -> None:
    import app.first_screen as hint

    assert hint._DATABASE_FILE_NAME == DATABASE_FILE_NAME


def test_a_chat_start_is_remembered_in_a_private_one_word_file(folder: Path) -> None:
    assert last_first_screen(folder) is FirstScreen.OTHER
    remember_first_screen(folder, FirstScreen.CHAT)
    assert last_first_screen(folder) is FirstScreen.CHAT
    path = folder / HINT_FILE_NAME
    assert path.read_text(encoding="ascii") == "chat\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    remember_first_screen(folder, FirstScreen.OTHER)
    assert last_first_screen(folder) is FirstScreen.OTHER


def test_without_a_database_the_hint_is_ignored(data_dir: Path) -> None:
    """First run, or after a parent deleted everything: nothing to open into."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / HINT_FILE_NAME).write_text("chat\n", encoding="ascii")
    assert last_first_screen(data_dir) is FirstScreen.OTHER


@pytest.mark.parametrize("content", [b"", b"CHAT", b"\xff\xfe", b"picker\n"])
def test_an_odd_hint_means_other(folder: Path, content: bytes) -> None:
    (folder / HINT_FILE_NAME).write_bytes(content)
    assert last_first_screen(folder) is FirstScreen.OTHER


def test_a_hint_that_cannot_be_written_only_costs_speed(folder: Path) -> None:
    """Something else sits where the hint goes (works as root too, unlike a read-only folder)."""
    blocker = folder / HINT_FILE_NAME
    blocker.mkdir()
    (blocker / "keep").write_text("x", encoding="ascii")
    remember_first_screen(folder, FirstScreen.CHAT)
    assert last_first_screen(folder) is FirstScreen.OTHER
    assert not any(p.name.startswith(".first-screen") for p in folder.iterdir())
