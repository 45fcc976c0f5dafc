"""A local fake of Anthropic's Messages API: a real HTTP server on 127.0.0.1 for the real SDK.

Tests queue `Scenario`s; each request takes the next one (or the default: a short reply). The
server speaks the streaming event sequence (message_start, content_block_start,
content_block_delta..., content_block_stop, message_delta, message_stop), answers plain JSON for
non-streaming calls, and can answer slowly, fail with a status, hang, break the stream halfway,
or send malformed events. Every request is recorded so tests can assert what left the machine.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


@dataclass
class Scenario:
    """What the fake does for one request."""

    text: str = "Hello! I am an AI helper."
    #: Characters per content_block_delta.
    chunk_size: int = 4
    #: Seconds to wait before each delta (a slow stream).
    delay: float = 0.0
    #: Answer with this HTTP status and an error body instead of a reply.
    status: int | None = None
    #: Stop after this many deltas and drop the connection (a stream that breaks halfway).
    break_after: int | None = None
    #: Send this many deltas, then an `error` event (overloaded mid-stream).
    error_event_after: int | None = None
    #: Send a line that is not valid SSE JSON after this many deltas (a broken gateway).
    malformed_after: int | None = None
    #: Hold the request open without answering until released (or the client gives up).
    hang: bool = False
    input_tokens: int = 12
    stop_reason: Literal["end_turn", "max_tokens"] = "end_turn"
    #: Extra response headers (e.g. retry-after-ms for 429s).
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def system(self) -> str:
        system = self.body.get("system", "")
        if isinstance(system, list):
            return "".join(block.get("text", "") for block in system)
        return str(system)

    @property
    def user_texts(self) -> list[str]:
        texts: list[str] = []
        for message in self.body.get("messages", []):
            if message.get("role") != "user":
                continue
            content = message.get("content")
            if isinstance(content, str):
                texts.append(content)
            else:
                texts.extend(part.get("text", "") for part in content)
        return texts


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (a cancelled stream) are normal here, not errors to print."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class FakeAnthropic:
    """Start with `with FakeAnthropic() as api:`; point the SDK at `api.base_url`."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.default = Scenario()
        self._scenarios: queue.SimpleQueue[Scenario] = queue.SimpleQueue()
        self.release = threading.Event()
        #: Set when a streaming request has sent at least one delta.
        self.first_delta_sent = threading.Event()
        #: How many deltas all streams have sent so far.
        self.deltas_sent = 0
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def queue(self, *scenarios: Scenario) -> None:
        """The next requests get these scenarios, in order."""
        for scenario in scenarios:
            self._scenarios.put(scenario)

    def next_scenario(self) -> Scenario:
        try:
            return self._scenarios.get_nowait()
        except queue.Empty:
            return self.default

    def __enter__(self) -> FakeAnthropic:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Keep test output quiet."""

            def do_GET(self) -> None:
                fake.requests.append(RecordedRequest(self.path, _lower(self.headers), {}))
                if self.path.startswith("/v1/models"):
                    self._send_json(200, {"data": [{"id": "claude-haiku-4-5", "type": "model"}]})
                else:
                    self._send_json(404, _error_body(404))

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(RecordedRequest(self.path, _lower(self.headers), body))
                scenario = fake.next_scenario()
                if scenario.hang:
                    fake.release.wait(timeout=30)
                    self.close_connection = True
                    return
                if scenario.status is not None:
                    self._send_json(scenario.status, _error_body(scenario.status), scenario.headers)
                    return
                if body.get("stream"):
                    self._stream(scenario, body)
                else:
                    self._send_json(200, _message_json(scenario, body))

            def _send_json(
                self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.send_header("request-id", "req_fake")
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, scenario: Scenario, body: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("transfer-encoding", "chunked")
                self.send_header("request-id", "req_fake")
                self.end_headers()
                try:
                    for raw in _events(scenario, body):
                        if raw is None:  # break the stream: drop the connection mid-body
                            self.close_connection = True
                            self.wfile.flush()
                            self.connection.shutdown(2)
                            return
                        if raw.startswith(b"event: content_block_delta"):
                            if scenario.delay:
                                time.sleep(scenario.delay)  # a slow server, not test sync
                            fake.first_delta_sent.set()
                            fake.deltas_sent += 1
                        self._chunk(raw)
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError, OSError):
                    self.close_connection = True

            def _chunk(self, data: bytes) -> None:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()

        return Handler


def _error_body(status: int) -> dict[str, Any]:
    kind = ERROR_TYPES.get(status, "api_error")
    return {"type": "error", "error": {"type": kind, "message": f"fake {kind}"}}


def _sse(event: str, data: dict[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), max(1, size))]


def _usage(scenario: Scenario, output_tokens: int) -> dict[str, int]:
    return {"input_tokens": scenario.input_tokens, "output_tokens": output_tokens}


def _message_json(scenario: Scenario, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", "claude-haiku-4-5"),
        "content": [{"type": "text", "text": scenario.text}],
        "stop_reason": scenario.stop_reason,
        "stop_sequence": None,
        "usage": _usage(scenario, max(1, len(scenario.text) // 4)),
    }


def _events(scenario: Scenario, body: dict[str, Any]) -> Iterator[bytes | None]:
    message = _message_json(scenario, body) | {"content": [], "stop_reason": None}
    message["usage"] = _usage(scenario, 1)
    yield _sse("message_start", {"type": "message_start", "message": message})
    yield _sse(
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    )
    pieces = _pieces(scenario.text, scenario.chunk_size)
    for count, piece in enumerate(pieces):
        if count == scenario.break_after:
            yield None
            return
        if count == scenario.error_event_after:
            error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
            yield _sse("error", error)
            return
        if count == scenario.malformed_after:
            yield b"event: content_block_delta\ndata: {not json\n\n"
            return
        delta = {"type": "text_delta", "text": piece}
        yield _sse(
            "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
        )
    yield _sse("content_block_stop", {"type": "content_block_stop", "index": 0})
    yield _sse(
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": scenario.stop_reason, "stop_sequence": None},
            "usage": {"output_tokens": max(1, len(pieces))},
        },
    )
    yield _sse("message_stop", {"type": "message_stop"})


def _lower(headers: Any) -> dict[str, str]:
    """Header names in lower case, as HTTP treats them."""
    return {name.lower(): value for name, value in headers.items()}
