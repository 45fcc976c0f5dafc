"""Chat backends behind one protocol: Claude through the official SDK, and an offline demo."""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from app.text import words

if TYPE_CHECKING:
    import anthropic

log = logging.getLogger(__name__)

DEFAULT_MODEL = "claude-haiku-4-5"
DEFAULT_MAX_TOKENS = 1024
#: Seconds to wait for the connection, and between two pieces of a streamed reply.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 45.0


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class ChatMessage:
    """One message of the conversation as it is (or was) sent to the model."""

    role: Role
    text: str


@dataclass(frozen=True)
class TextDelta:
    """A piece of the reply, in order."""

    text: str


@dataclass(frozen=True)
class ReplyDone:
    """The reply ended normally; token counts when the API reported them."""

    input_tokens: int | None = None
    output_tokens: int | None = None
    stop_reason: str | None = None


StreamEvent = TextDelta | ReplyDone


class ErrorKind(StrEnum):
    """Why a reply could not be had, in terms a child's message can be chosen from."""

    OFFLINE = "offline"
    TIMEOUT = "timeout"
    AUTH = "auth"
    MODEL = "model"
    RATE_LIMIT = "rate_limit"
    OVERLOADED = "overloaded"
    SERVER = "server"
    BROKEN_STREAM = "broken_stream"
    REFUSED = "refused"


class ChatError(Exception):
    """A reply failed; `kind` picks the kind words the child sees (`chat.errors.<kind>`)."""

    def __init__(self, kind: ErrorKind, status: int | None = None) -> None:
        super().__init__(
            f"chat request failed: {kind.value}" + (f" (HTTP {status})" if status else "")
        )
        self.kind = kind
        self.status = status


class CancelToken:
    """Set by the Stop button or window close; the stream checks it between pieces.

    A backend may register an aborter (closing the HTTP response) so a cancel also ends a read
    that is blocked waiting for the network.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._aborters: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            aborters, self._aborters = self._aborters, []
        for abort in aborters:
            try:
                abort()
            except Exception:  # an abort that fails must not break Stop
                log.debug("aborting the stream failed", exc_info=True)

    def on_cancel(self, abort: Callable[[], None]) -> None:
        """Run `abort` when cancelled (at once if already cancelled)."""
        with self._lock:
            if not self._event.is_set():
                self._aborters.append(abort)
                return
        abort()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`, waking early on cancel; True if cancelled."""
        return self._event.wait(seconds)


class ChatBackend(Protocol):
    """Streams a reply for a conversation; raises ChatError with a kind on failure."""

    @property
    def is_demo(self) -> bool: ...

    def stream(
        self, system: str, history: Sequence[ChatMessage], cancel: CancelToken
    ) -> Iterator[StreamEvent]: ...


@dataclass(frozen=True)
class ConnectionSettings:
    """How to reach the Messages API (from the environment, the parent, or a machine policy)."""

    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    max_tokens: int = DEFAULT_MAX_TOKENS
    #: Path of a CA bundle for schools whose gateway inspects TLS.
    ca_bundle: str | None = None
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    max_retries: int = 2

    @classmethod
    def from_environment(cls) -> ConnectionSettings:
        """ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, HOOT_MODEL and HOOT_CA_BUNDLE."""
        return cls(
            api_key=os.environ.get("ANTHROPIC_API_KEY") or None,
            base_url=os.environ.get("ANTHROPIC_BASE_URL") or None,
            model=os.environ.get("HOOT_MODEL") or DEFAULT_MODEL,
            ca_bundle=os.environ.get("HOOT_CA_BUNDLE") or None,
        )


def to_api_messages(history: Sequence[ChatMessage]) -> list[dict[str, str]]:
    """Messages in the API's shape: starts with the child, roles alternate, nothing empty.

    A reply that failed leaves two child messages in a row; they are joined so the model sees
    both and the API accepts the list.
    """
    merged: list[dict[str, str]] = []
    for message in history:
        text = message.text.strip()
        if not text or (not merged and message.role is not Role.USER):
            continue
        if merged and merged[-1]["role"] == message.role.value:
            merged[-1]["content"] += "\n\n" + text
        else:
            merged.append({"role": message.role.value, "content": text})
    return merged


class AnthropicBackend:
    """Claude through the official `anthropic` SDK, streaming with `messages.stream`.

    The SDK takes seconds to import, so the client is made on first use (or by `warm_up()`,
    which the app calls off the GUI thread once the window is on screen), never at start-up.
    """

    def __init__(self, settings: ConnectionSettings) -> None:
        self._settings = settings
        self._client_lock = threading.Lock()
        self._made: anthropic.Anthropic | None = None

    def warm_up(self) -> None:
        """Import the SDK and make the client now (from a worker thread)."""
        self._client()

    def _client(self) -> anthropic.Anthropic:
        with self._client_lock:
            if self._made is None:
                self._made = _make_client(self._settings)
            return self._made

    @property
    def is_demo(self) -> bool:
        return False

    @property
    def model(self) -> str:
        return self._settings.model

    def stream(
        self, system: str, history: Sequence[ChatMessage], cancel: CancelToken
    ) -> Iterator[StreamEvent]:
        import anthropic

        started = False
        finished = False
        try:
            manager = self._client().messages.stream(
                model=self._settings.model,
                max_tokens=self._settings.max_tokens,
                system=system,
                messages=to_api_messages(history),  # type: ignore[arg-type]
            )
            with manager as stream:
                cancel.on_cancel(lambda: _abort_response(stream.response))
                for event in stream:
                    if cancel.cancelled:
                        return
                    if event.type == "text":
                        started = True
                        yield TextDelta(event.text)
                    elif event.type == "message_stop":
                        finished = True
                        usage = event.message.usage
                        yield ReplyDone(
                            input_tokens=usage.input_tokens,
                            output_tokens=usage.output_tokens,
                            stop_reason=event.message.stop_reason,
                        )
                        return
            if not finished and not cancel.cancelled:
                # Nothing arrived (a captive portal's page, an empty body): the server's fault,
                # not a reply cut off halfway.
                raise ChatError(ErrorKind.BROKEN_STREAM if started else ErrorKind.SERVER)
        except ChatError:
            raise
        except anthropic.APIStatusError as error:
            if cancel.cancelled:
                return
            raise ChatError(
                _kind_for_status(error.status_code, started, _error_type(error.body)),
                error.status_code,
            ) from None
        except anthropic.APITimeoutError:
            if cancel.cancelled:
                return
            raise ChatError(ErrorKind.BROKEN_STREAM if started else ErrorKind.TIMEOUT) from None
        except anthropic.APIConnectionError:
            if cancel.cancelled:
                return
            raise ChatError(ErrorKind.BROKEN_STREAM if started else ErrorKind.OFFLINE) from None
        except Exception as error:
            # A broken or malformed stream surfaces as httpx or JSON errors from inside the SDK.
            if cancel.cancelled:
                return
            log.warning("reply stream failed: %s", type(error).__name__)
            raise ChatError(ErrorKind.BROKEN_STREAM if started else ErrorKind.SERVER) from None

    def check_connection(self) -> None:
        """A tiny request that proves the key and endpoint work; raises ChatError otherwise."""
        cancel = CancelToken()
        for _event in self.stream("Reply with OK.", [ChatMessage(Role.USER, "Hi")], cancel):
            pass


def _make_client(settings: ConnectionSettings) -> anthropic.Anthropic:
    import anthropic  # here, not at the top: `hoot filter` and start-up never pay for it

    timeout = anthropic.Timeout(
        settings.read_timeout, connect=settings.connect_timeout, pool=settings.connect_timeout
    )
    http_client = None
    if settings.ca_bundle:
        # Schools whose gateway inspects TLS give their own CA; the system's CAs stay too.
        context = ssl.create_default_context()
        context.load_verify_locations(cafile=settings.ca_bundle)
        http_client = anthropic.DefaultHttpxClient(verify=context, timeout=timeout)
    return anthropic.Anthropic(
        api_key=settings.api_key,
        base_url=settings.base_url,
        timeout=timeout,
        max_retries=settings.max_retries,
        http_client=http_client,
    )


def _error_type(body: object) -> str:
    """The API's error type ("overloaded_error", ...) from an error body, or ""."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("type", ""))
    return ""


def _abort_response(response: object) -> None:
    """Make a blocked read of this response return now (called from the GUI thread on Stop).

    Closing an httpx response does not wake a thread blocked in `recv`; shutting the socket
    down does. The SDK then raises inside the worker, which reports it as a stop.
    """
    extensions = getattr(response, "extensions", {})
    network_stream = extensions.get("network_stream")
    sock = network_stream.get_extra_info("socket") if network_stream is not None else None
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _kind_for_status(status: int, started: bool, error_type: str = "") -> ErrorKind:
    if error_type == "overloaded_error":  # also sent as an event inside a 200 stream
        return ErrorKind.BROKEN_STREAM if started else ErrorKind.OVERLOADED
    if status in (401, 403):
        return ErrorKind.AUTH
    if status == 404:
        return ErrorKind.MODEL
    if status == 429:
        return ErrorKind.RATE_LIMIT
    if status == 529:
        return ErrorKind.OVERLOADED
    if status in (400, 413, 422):
        return ErrorKind.REFUSED
    if started:
        return ErrorKind.BROKEN_STREAM
    return ErrorKind.SERVER


class DemoBackend:
    """Friendly canned replies, streamed offline, so Hoot can be explored with no key."""

    #: Keyword -> reply key in resources/text/demo.toml; first match wins.
    TOPICS: tuple[tuple[tuple[str, ...], str], ...] = (
        (("who are you", "what are you", "are you real", "are you a person", "human"), "about"),
        (("hello", "hi ", "hey", "good morning"), "hello"),
        (("space", "planet", "star", "moon"), "space"),
        (("animal", "dog", "cat", "owl", "bird"), "animals"),
        (("story", "tale"), "story"),
        (("math", "maths", "sum", "plus", "times"), "maths"),
    )

    def __init__(self, *, delay: float = 0.03, chunk_words: int = 1, seed: int | None = None):
        self._delay = delay
        self._chunk_words = chunk_words
        self._random = random.Random(seed)

    @property
    def is_demo(self) -> bool:
        return True

    def reply_for(self, text: str) -> str:
        lowered = f" {text.lower()} "
        for keywords, key in self.TOPICS:
            if any(keyword in lowered for keyword in keywords):
                return words(f"demo.replies.{key}")
        return words(f"demo.replies.general_{self._random.randint(1, 3)}")

    def stream(
        self, system: str, history: Sequence[ChatMessage], cancel: CancelToken
    ) -> Iterator[StreamEvent]:
        last_user = next((m.text for m in reversed(history) if m.role is Role.USER), "")
        reply = self.reply_for(last_user)
        pieces = reply.split(" ")
        for index in range(0, len(pieces), self._chunk_words):
            if cancel.cancelled or (self._delay and cancel.wait(self._delay)):
                return
            chunk = " ".join(pieces[index : index + self._chunk_words])
            yield TextDelta(chunk if index == 0 else " " + chunk)
        yield ReplyDone(stop_reason="end_turn")


def backend_from_environment(*, demo: bool = False) -> ChatBackend:
    """The backend `hoot` starts with: Claude when a key is set, the demo otherwise."""
    settings = ConnectionSettings.from_environment()
    if demo or os.environ.get("HOOT_DEMO") == "1" or not settings.api_key:
        return DemoBackend()
    return AnthropicBackend(settings)
