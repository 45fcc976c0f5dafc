"""Which AI a chat talks to: the school's key, the parent's key, the environment, or the demo."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from app.chat.backends import AnthropicBackend, CancelToken, ChatError, ChatMessage, Role
from app.chat.connect import Mode, choose_backend
from app.policy import PolicyError, parse_policy
from app.settings import Settings
from app.store import Store


def test_no_key_anywhere_means_demo(store: Store) -> None:
    """A family that has not connected the AI yet gets demo mode."""
    choice = choose_backend(store, Settings(store.settings), None, {})
    assert choice.mode is Mode.DEMO
    assert choice.backend.is_demo


def test_parents_saved_key_is_used(store: Store) -> None:
    """The key the parent pasted at set-up (in the keyring) connects to Claude."""
    keyring.set_password("Hoot", "anthropic-api-key", "sk-ant-parent")
    choice = choose_backend(store, Settings(store.settings), None, {})
    assert choice.mode is Mode.CLAUDE
    assert isinstance(choice.backend, AnthropicBackend)


def test_environment_key_works_without_set_up() -> None:
    """ANTHROPIC_API_KEY alone is enough (developers, quick tries)."""
    choice = choose_backend(None, None, None, {"ANTHROPIC_API_KEY": "sk-ant-env"})
    assert choice.mode is Mode.CLAUDE


def test_demo_flag_wins_unless_the_school_forbids_demo(store: Store, tmp_path: Path) -> None:
    """--demo gives practice answers; a policy with demo_allowed false refuses it."""
    assert (
        choose_backend(store, Settings(store.settings), None, {}, force_demo=True).mode is Mode.DEMO
    )
    policy = parse_policy({"version": 1, "settings": {"demo_allowed": False}})
    settings = Settings(store.settings, policy)
    choice = choose_backend(store, settings, policy, {}, force_demo=True)
    assert choice.mode is Mode.NOT_CONNECTED
    with pytest.raises(ChatError):
        list(choice.backend.stream("s", [ChatMessage(Role.USER, "hi")], CancelToken()))


def test_schools_key_file_beats_the_parents_key(store: Store, tmp_path: Path) -> None:
    """In a lab the key comes from the admin's file, never from a student's own key."""
    keyring.set_password("Hoot", "anthropic-api-key", "sk-ant-student")
    key_file = tmp_path / "key.txt"
    key_file.write_text("sk-ant-school\n")
    policy = parse_policy({"version": 1, "api_key_file": str(key_file)})
    choice = choose_backend(store, Settings(store.settings, policy), policy, {})
    assert choice.mode is Mode.CLAUDE
    assert choice.backend._settings.api_key == "sk-ant-school"  # type: ignore[attr-defined]


def test_missing_school_key_fails_closed(store: Store, tmp_path: Path) -> None:
    """A policy naming a key file that is not there stops Hoot with the admin's message."""
    policy = parse_policy({"version": 1, "api_key_file": str(tmp_path / "missing.txt")})
    with pytest.raises(PolicyError):
        choose_backend(store, Settings(store.settings, policy), policy, {})
