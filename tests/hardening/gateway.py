"""A misbehaving gateway for fault tests: a local HTTP server that answers every request with
exactly the bytes it is given (status, headers, body pieces), however wrong they are.

The fake Messages API (`tests/fakes/fake_anthropic.py`) speaks the real event sequence; a
school's proxy or a broken gateway may not. This one can send HTML with 200, a wrong content
type, garbage between events, events out of order, or stop mid-body, and it splits the body
into the pieces the test chose, so chunk boundaries fall anywhere.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Answer:
    """One canned response."""

    status: int = 200
    content_type: str = "text/event-stream"
    #: The body, sent piece by piece with chunked transfer encoding.
    pieces: Sequence[bytes] = ()
    #: Drop the connection after the pieces instead of ending the body properly.
    cut_off: bool = False
    #: Keep the connection open after the pieces, sending nothing more (a stalled stream).
    stall: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up on purpose is not an error worth printing."""


class Gateway:
    """`with Gateway() as gateway:` then `gateway.answer = Answer(...)`; point the SDK at
    `gateway.base_url`."""

    def __init__(self) -> None:
        self.answer = Answer()
        self.requests = 0
        #: Set to let stalled answers end (the test is over).
        self.release = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Gateway:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Keep test output quiet."""

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", "0")))
                gateway.requests += 1
                answer = gateway.answer
                self.send_response(answer.status)
                self.send_header("content-type", answer.content_type)
                self.send_header("transfer-encoding", "chunked")
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    for piece in answer.pieces:
                        if piece:
                            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                            self.wfile.flush()
                    if answer.stall:
                        gateway.release.wait(timeout=30)
                    if answer.cut_off or answer.stall:
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                except OSError:
                    self.close_connection = True

        return Handler


# ----- the real event sequence, as pieces a test can cut, reorder or spoil --------------------
def sse(event: str, data: object) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n".encode()


def reply_events(text: str, pieces: int = 4) -> list[bytes]:
    """The Messages API's streaming events for a reply of `text`, split into `pieces` deltas."""
    size = max(1, -(-len(text) // pieces))
    message = {
        "id": "msg_gateway",
        "type": "message",
        "role": "assistant",
        "model": "claude-haiku-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 1},
    }
    events = [
        sse("message_start", {"type": "message_start", "message": message}),
        sse(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
    ]
    for start in range(0, len(text), size):
        delta = {"type": "text_delta", "text": text[start : start + size]}
        events.append(
            sse("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta})
        )
    events += [
        sse("content_block_stop", {"type": "content_block_stop", "index": 0}),
        sse(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 3},
            },
        ),
        sse("message_stop", {"type": "message_stop"}),
    ]
    return events


def split_at(data: bytes, cuts: Sequence[int]) -> Iterator[bytes]:
    """`data` in pieces, cut at the given offsets (any order; out-of-range ones ignored)."""
    previous = 0
    for cut in sorted({c for c in cuts if 0 < c < len(data)}):
        yield data[previous:cut]
        previous = cut
    yield data[previous:]


HTML_ERROR_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    b"<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p>"
    b"</body></html>"
)
