"""Start-up problems end in a clear message, and a missing key never deletes anything silently."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

import ui.main
from app.store import Store
from app.text import words

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages Hoot would show in a dialog, recorded instead of blocking the test."""
    messages: list[str] = []
    monkeypatch.setattr(
        ui.main, "show_startup_problem", lambda text, parent=None: messages.append(text)
    )
    return messages


def test_broken_machine_policy_refuses_to_start(
    qapp, shown: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A policy with a typo: Hoot says what is wrong, exits 2, and opens nothing."""
    policy = tmp_path / "policy.json"
    policy.write_text('{"version": 1, "setings": {}}')
    monkeypatch.setenv("HOOT_POLICY", str(policy))
    assert ui.main.run_gui() == 2
    assert len(shown) == 1
    assert "setings" in shown[0]


def test_missing_key_moves_the_old_files_aside_after_a_grown_up_agrees(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key gone from the keyring: a grown-up confirms, the locked file is moved (not deleted)
    and a fresh store opens."""
    with Store.open(data_dir) as store:
        store.profiles.add("Sam", "fox", 2016, 5)
    keyring.get_keyring().secrets.clear()  # the keyring was wiped
    monkeypatch.setattr(ui.main, "_grown_up_confirms_start_fresh", lambda: True)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    store = ui.main.open_store(None)
    assert store is not None
    try:
        assert store.profiles.all() == []
    finally:
        store.close()
    kept = [path for path in data_dir.iterdir() if "set-aside" in path.name]
    assert kept, "the old database must be kept, renamed"


def test_missing_key_and_no_grown_up_changes_nothing(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a grown-up's yes, Hoot quits and the files stay exactly as they were."""
    with Store.open(data_dir) as store:
        store.profiles.add("Sam", "fox", 2016, 5)
    before = sorted(path.name for path in data_dir.iterdir())
    keyring.get_keyring().secrets.clear()
    monkeypatch.setattr(ui.main, "_grown_up_confirms_start_fresh", lambda: False)
    assert ui.main.open_store(None) is None
    assert sorted(path.name for path in data_dir.iterdir()) == before


def test_database_from_a_newer_hoot_is_left_untouched(
    qapp, shown: list[str], data_dir: Path
) -> None:
    """Opening a database a newer Hoot made: a clear message and no change to the file."""
    with Store.open(data_dir) as store:
        store.database.scalar("PRAGMA user_version = 999")
    database = data_dir / "hoot.db"
    before = database.read_bytes()
    assert ui.main.open_store(None) is None
    assert shown == [words("shell.startup.newer")]
    assert database.read_bytes() == before
