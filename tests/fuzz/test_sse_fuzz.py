"""Fuzzing the streamed reply through the real SDK: a gateway cuts the event stream at random
places, reorders events and slips junk in. The backend either delivers the reply or raises a
ChatError with a kind; nothing else ever escapes to the chat."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.chat.backends import (
    AnthropicBackend,
    CancelToken,
    ChatError,
    ChatMessage,
    ErrorKind,
    ReplyDone,
    Role,
    TextDelta,
)
from tests.hardening.gateway import Answer, Gateway, reply_events, split_at, sse

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HELLO = [ChatMessage(Role.USER, "Hello")]

JUNK = st.one_of(
    st.sampled_from(
        [
            b": comment\n\n",
            b"event: ping\ndata: {}\n\n",
            b"data: {not json\n\n",
            b"event: content_block_delta\ndata: null\n\n",
            b"event: content_block_delta\ndata: []\n\n",
            b"event: message_start\ndata: {}\n\n",
            b"event: error\ndata: {}\n\n",
            b"garbage without a field\n\n",
            b"\xff\xfe\xfd\n\n",
            b"retry: 5\n\n",
            b"id: 7\n\n",
            b"\n",
        ]
    ),
    st.binary(max_size=40),
    st.builds(
        sse,
        st.sampled_from(["content_block_delta", "message_delta", "mystery", "error", "ping"]),
        st.dictionaries(
            st.sampled_from(["type", "index", "delta", "text", "error"]),
            st.one_of(
                st.none(), st.integers(), st.text(max_size=8), st.just({"type": "text_delta"})
            ),
            max_size=4,
        ),
    ),
)
REPLIES = st.text(min_size=1, max_size=60)


def collect(backend: AnthropicBackend) -> tuple[str, bool]:
    """The reply's text and whether it ended properly; ChatError propagates."""
    texts: list[str] = []
    done = False
    for event in backend.stream("Be kind.", HELLO, CancelToken()):
        assert not done, "nothing may follow the end of the reply"
        if isinstance(event, TextDelta):
            assert isinstance(event.text, str)
            texts.append(event.text)
        else:
            assert isinstance(event, ReplyDone)
            done = True
    return "".join(texts), done


@FUZZ
@given(text=REPLIES, pieces=st.integers(1, 8), cuts=st.lists(st.integers(0, 3000), max_size=30))
def test_a_reply_cut_into_random_pieces_arrives_whole(
    gateway: Gateway, gateway_backend: AnthropicBackend, text: str, pieces: int, cuts: list[int]
) -> None:
    """TCP and proxies split the stream anywhere (inside a line, inside a UTF-8 character):
    the reply still arrives exactly."""
    body = b"".join(reply_events(text, pieces))
    gateway.answer = Answer(pieces=list(split_at(body, cuts)))
    assert collect(gateway_backend) == (text, True)


@FUZZ
@given(
    text=REPLIES,
    data=st.data(),
    cut_off=st.booleans(),
    content_type=st.sampled_from(["text/event-stream", "text/html", "application/json", ""]),
    status=st.sampled_from([200, 200, 200, 400, 401, 404, 429, 500, 502, 529]),
)
def test_events_out_of_order_with_junk_give_the_reply_or_a_chat_error(
    *,
    gateway: Gateway,
    gateway_backend: AnthropicBackend,
    text: str,
    data: st.DataObject,
    cut_off: bool,
    content_type: str,
    status: int,
) -> None:
    """Whatever arrives, the chat gets either a reply or a ChatError whose kind picks the
    child's words; a failure before any text is never reported as success."""
    events = reply_events(text, 3)
    kept = data.draw(st.lists(st.sampled_from(events), max_size=len(events) + 2))
    junk = data.draw(st.lists(JUNK, max_size=4))
    stream = data.draw(st.permutations(kept + junk))
    cuts = data.draw(st.lists(st.integers(0, 2000), max_size=10))
    body = b"".join(stream)
    gateway.answer = Answer(
        status=status, content_type=content_type, pieces=list(split_at(body, cuts)), cut_off=cut_off
    )
    failure: ErrorKind | None = None
    try:
        _received, done = collect(gateway_backend)
    except ChatError as error:
        failure = error.kind
    if failure is not None:
        assert isinstance(failure, ErrorKind)
    else:
        assert done
        assert status == 200
