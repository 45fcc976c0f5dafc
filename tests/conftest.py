"""Shared fixtures: every test gets its own data folder and an in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.chat.backends import AnthropicBackend, ConnectionSettings
from app.store import Store
from tests.fakes.fake_anthropic import FakeAnthropic
from tests.fakes.memory_keyring import MemoryKeyring

# Qt widgets render offscreen unless a test starts its own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The SDK must never find a real key or endpoint on a developer's machine during tests.
for _name in ("ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "ANTHROPIC_AUTH_TOKEN", "HOOT_DEMO"):
    os.environ.pop(_name, None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOOT_DATA_DIR (and no machine policy) for each test."""
    folder = tmp_path / "hoot-data"
    monkeypatch.setenv("HOOT_DATA_DIR", str(folder))
    monkeypatch.setenv("HOOT_POLICY", str(tmp_path / "no-policy.json"))
    return folder


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring installed as the process's keyring backend."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """An open encrypted store in this test's data folder."""
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture
def fake_api() -> Iterator[FakeAnthropic]:
    """A running local fake of the Messages API."""
    with FakeAnthropic() as api:
        yield api


def claude_settings(fake_api: FakeAnthropic, **overrides: object) -> ConnectionSettings:
    """Settings that point the real SDK at the fake, with short timeouts for tests."""
    values: dict[str, object] = {
        "api_key": "sk-ant-test-key",
        "base_url": fake_api.base_url,
        "connect_timeout": 2.0,
        "read_timeout": 3.0,
        "max_retries": 0,
    }
    values.update(overrides)
    return ConnectionSettings(**values)  # type: ignore[arg-type]


def warm_claude(fake_api: FakeAnthropic, **overrides: object) -> AnthropicBackend:
    """An AnthropicBackend on the fake API with its SDK already imported (the app warms it up
    once its window is on screen), so no test times that seconds-long import."""
    backend = AnthropicBackend(claude_settings(fake_api, **overrides))
    backend.warm_up()
    return backend


@pytest.fixture
def claude(fake_api: FakeAnthropic) -> AnthropicBackend:
    """The real AnthropicBackend talking to the fake API (warmed up, as the app does after
    its window shows, so no test times the SDK's seconds-long import)."""
    return warm_claude(fake_api)
