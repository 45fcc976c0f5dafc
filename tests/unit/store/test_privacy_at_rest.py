"""Nothing a child types is readable in any file under the data folder."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail

from app.store import Store
from app.store.db import companion_files, database_path
from tests.unit.store.file_scan import database_key, decrypted_wal, files_containing

CANARY = "the purple giraffe canary sings at midnight 4417"


def _chat(data_dir: Path) -> Store:
    store = Store.open(data_dir)
    child = store.profiles.add("Canary Kid", "owl", 2016, 5)
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(conversation.id, CANARY)
    store.history.add_assistant_message(conversation.id, f"You said: {CANARY}")
    return store


def test_a_canary_sentence_is_never_in_plaintext_on_disk(data_dir: Path) -> None:
    """While Hoot runs (WAL in use) and after it closes, no file holds the sentence."""
    store = _chat(data_dir)
    wal = companion_files(database_path(data_dir))[1]
    # Sanity: the sentence really is in the WAL, encrypted, so the scan below means something.
    assert CANARY.encode() in decrypted_wal(wal, database_key(data_dir))
    assert files_containing(data_dir, CANARY.encode()) == []
    assert files_containing(data_dir, b"giraffe") == []
    store.close()
    assert files_containing(data_dir, b"giraffe") == []
    assert files_containing(data_dir, b"Canary Kid") == []


def test_no_plaintext_with_the_key_file_fallback_either(data_dir: Path) -> None:
    """On a machine without a keyring the key file sits beside the database; still no text."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = _chat(data_dir)
    assert store.status.key_storage.value == "file"
    store.close()
    assert files_containing(data_dir, b"giraffe") == []
