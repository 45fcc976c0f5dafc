"""Which backend a child's chat uses: Claude with the school's or parent's key, or the demo."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.chat.backends import (
    AnthropicBackend,
    CancelToken,
    ChatBackend,
    ChatError,
    ChatMessage,
    DemoBackend,
    ErrorKind,
    StreamEvent,
)
from app.family.connection import load_api_key
from app.policy import MachinePolicy, connection_settings
from app.settings import Settings, Source
from app.store import Store


class Mode(StrEnum):
    CLAUDE = "claude"
    DEMO = "demo"
    #: No key and demo mode not allowed (a school policy): the child is asked to get a grown-up.
    NOT_CONNECTED = "not_connected"


@dataclass(frozen=True)
class BackendChoice:
    backend: ChatBackend
    mode: Mode


class NotConnected:
    """Answers every message with 'ask a grown-up to set Hoot up' (no key, demo not allowed)."""

    @property
    def is_demo(self) -> bool:
        return False

    def stream(
        self, system: str, history: Sequence[ChatMessage], cancel: CancelToken
    ) -> Iterator[StreamEvent]:
        raise ChatError(ErrorKind.AUTH)
        yield  # pragma: no cover - makes this a generator like the real backends


def choose_backend(
    store: Store | None,
    settings: Settings | None,
    policy: MachinePolicy | None,
    environ: Mapping[str, str],
    *,
    force_demo: bool = False,
) -> BackendChoice:
    """The backend for a chat: the machine policy first, then the parent's saved key, then
    ANTHROPIC_API_KEY; without any key, demo mode when allowed.

    Raises PolicyError when the school's policy names a key source that is missing.
    """
    demo_allowed = bool(settings.get("demo_allowed")) if settings is not None else True
    wants_demo = force_demo or environ.get("HOOT_DEMO") == "1"
    if wants_demo and demo_allowed:
        return BackendChoice(DemoBackend(), Mode.DEMO)
    connection = connection_settings(policy, environ)
    policy_names_key = policy is not None and bool(policy.api_key_file or policy.api_key_env)
    if not policy_names_key and store is not None:
        saved = load_api_key(store)
        if saved:
            connection = replace(connection, api_key=saved)
    if settings is not None:
        for key in ("model", "base_url"):
            if settings.source(key) is Source.PARENT:
                connection = replace(connection, **{key: settings.get(key)})
        connection = replace(connection, max_tokens=int(settings.get("max_tokens")))
    if connection.api_key:
        return BackendChoice(AnthropicBackend(connection), Mode.CLAUDE)
    if demo_allowed:
        return BackendChoice(DemoBackend(), Mode.DEMO)
    return BackendChoice(NotConnected(), Mode.NOT_CONNECTED)
