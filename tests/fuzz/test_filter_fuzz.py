"""Fuzzing the safety filter: any text, in any shape a child or a model could produce, gets a
verdict; the streamed-reply guard never raises and only ever shows the reply's own words."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.age_bands import AgeBand
from app.safety import ConversationRisk, CustomWords, Strictness, check
from app.safety.stream import OutputGuard

#: Pieces that stress each stage: normalising (confusables, leetspeak, spacing, zero-width,
#: combining marks, right-to-left), the PII detectors (digits, @, dots) and the word lists.
TRICKY = st.sampled_from(
    [
        "k i l l",
        "k.i.l.l",
        "k1ll",
        "ｋｉｌｌ",
        "s\u200bu\u200bi\u200bc\u200bi\u200bd\u200be",
        "e\u0301\u0301\u0301",
        "\u202emirror\u202c",
        "555-0134",
        "+44 20 7946 0958",
        "me@example.com",
        "me [at] example [dot] com",
        "123 Main Street",
        "http://example.com/?q=a b",
        "**bold** _it_ `code`",
        "\n\n- list\n- item\n",
        "\t",
        "\x00",
        "\ufeff",
        "\ud800",
        "\udfff",
        "🙂" * 3,
        "a" * 300,
        " " * 50,
        "I want to hurt myself",
        "don't tell your parents",
        "what is your address",
    ]
)
#: Text with anything in it, lone surrogates included (they reach Python strings from JSON
#: escapes and from some clipboards).
ANY_CHARACTERS = st.text(alphabet=st.characters(codec=None), max_size=300)
MESSAGES = st.lists(st.one_of(ANY_CHARACTERS, TRICKY), max_size=8).map("".join)
WORDS = st.lists(st.text(min_size=1, max_size=12), max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=MESSAGES,
    direction=st.sampled_from(["in", "out"]),
    band=st.sampled_from(list(AgeBand)),
    strictness=st.one_of(st.none(), st.sampled_from(list(Strictness))),
    blocked=WORDS,
    allowed=WORDS,
)
def test_the_filter_gives_a_verdict_for_any_text(
    *,
    text: str,
    direction: str,
    band: AgeBand,
    strictness: Strictness | None,
    blocked: list[str],
    allowed: list[str],
) -> None:
    """No message, however strange, makes the filter raise; the verdict is well formed."""
    custom = CustomWords.of(blocked, allowed)
    verdict = check(text, direction, band, custom=custom, strictness=strictness)
    assert isinstance(verdict.text, str)
    assert verdict.to_json()["action"] in ("allow", "redact", "block")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(turns=st.lists(MESSAGES, min_size=1, max_size=6), band=st.sampled_from(list(AgeBand)))
def test_a_conversation_of_strange_messages_never_breaks_the_running_risk(
    turns: list[str], band: AgeBand
) -> None:
    """The risk carried across turns copes with any sequence of messages."""
    risk = ConversationRisk()
    for text in turns:
        check(text, "in", band, risk=risk)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    reply=MESSAGES,
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
    band=st.sampled_from(list(AgeBand)),
)
def test_the_reply_guard_copes_with_any_chunks_and_shows_only_the_reply(
    reply: str, cuts: list[int], band: AgeBand
) -> None:
    """Cut a reply anywhere: the guard never raises, what it shows is always the start of the
    reply, and at the end it shows all of it unless it blocked it."""
    guard = OutputGuard(band)
    points = sorted({c for c in cuts if 0 < c < len(reply)})
    shown = ""
    for start, end in zip([0, *points], [*points, len(reply)], strict=True):
        step = guard.feed(reply[start:end])
        shown += step.visible
        assert reply.startswith(shown)
        if step.verdict is not None:
            return
    final = guard.finish()
    shown += final.visible
    if final.verdict is None:
        assert shown == reply
    assert guard.shown == shown
