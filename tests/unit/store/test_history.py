"""Conversations and messages as the chat saves them, and as children and parents read them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.safety.verdict import Action, Category, Verdict
from app.store import (
    ChildProfile,
    FilterOutcome,
    MessageState,
    RecordNotFound,
    Role,
    Severity,
    Store,
)
from app.store.history import first_words, fts_query
from tests.unit.store.conftest import FakeClock


def test_a_turn_is_saved_step_by_step(store: Store, child: ChildProfile, clock: FakeClock) -> None:
    """User message committed first, then a reply in progress, then the finished reply."""
    conversation = store.history.start_conversation(child.id, "prompt-v3")
    verdict = FilterOutcome("redact", ("pii.phone",), Severity.MEDIUM, ("pii-phone-01",))
    sent = store.history.add_user_message(conversation.id, "call me on [number hidden]", verdict)
    assert sent.role is Role.USER
    assert sent.state is MessageState.COMPLETE
    assert sent.filter == verdict

    clock.advance(seconds=1)
    reply = store.history.begin_assistant_message(conversation.id)
    assert reply.state is MessageState.IN_PROGRESS
    assert reply.completed_at is None

    clock.advance(seconds=2)
    done = store.history.finish_assistant_message(
        reply.id, "Let's keep numbers private!", FilterOutcome("allow"), tokens_in=42, tokens_out=7
    )
    assert done.state is MessageState.COMPLETE
    assert (done.tokens_in, done.tokens_out) == (42, 7)
    assert done.completed_at is not None
    assert done.completed_at > done.created_at
    assert store.history.messages(conversation.id) == [sent, done]


def test_the_child_message_is_on_disk_before_the_call_returns(
    store: Store, child: ChildProfile, data_dir: Path
) -> None:
    """A second, independent connection sees the message at once: it was committed."""
    conversation = store.history.start_conversation(child.id, "v1")
    sent = store.history.add_user_message(conversation.id, "Hello Hoot")
    with Store.open(data_dir, recover_interrupted=False) as other:
        assert other.history.message(sent.id).text == "Hello Hoot"


def test_an_interrupted_reply_keeps_what_the_child_saw(store: Store, child: ChildProfile) -> None:
    """Stop or a broken stream: the partial text stays, flagged as interrupted."""
    conversation = store.history.start_conversation(child.id, "v1")
    reply = store.history.begin_assistant_message(conversation.id)
    store.history.save_partial_reply(reply.id, "Owls eat mice and")
    stopped = store.history.mark_interrupted(reply.id, "Owls eat mice and insects")
    assert stopped.interrupted
    assert stopped.text == "Owls eat mice and insects"


def test_a_finished_reply_is_never_downgraded_to_interrupted(
    store: Store, child: ChildProfile
) -> None:
    """A late "interrupted" after completion (a race with Stop) changes nothing."""
    conversation = store.history.start_conversation(child.id, "v1")
    reply = store.history.begin_assistant_message(conversation.id)
    store.history.finish_assistant_message(reply.id, "All done.")
    assert store.history.mark_interrupted(reply.id, "All").state is MessageState.COMPLETE


def test_a_whole_reply_can_be_saved_at_once(store: Store, child: ChildProfile) -> None:
    """Refusals and crisis cards are stored complete in one call."""
    conversation = store.history.start_conversation(child.id, "v1")
    card = store.history.add_assistant_message(
        conversation.id, "You can talk to a grown-up you trust.", FilterOutcome("crisis_card")
    )
    assert card.role is Role.ASSISTANT
    assert card.state is MessageState.COMPLETE


def test_recent_messages_are_the_last_ones_oldest_first(store: Store, child: ChildProfile) -> None:
    """The last N across conversations, in reading order; another child's are not mixed in."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    first = store.history.start_conversation(child.id, "v1")
    second = store.history.start_conversation(child.id, "v1")
    foreign = store.history.start_conversation(other.id, "v1")
    for number in range(30):
        store.history.add_user_message((first if number < 20 else second).id, f"m{number}")
        store.history.add_user_message(foreign.id, f"leo {number}")
    recent = store.history.recent_messages(child.id, limit=15)
    assert [message.text for message in recent] == [f"m{number}" for number in range(15, 30)]


def test_latest_conversation_is_what_reopening_shows(store: Store, child: ChildProfile) -> None:
    """After "New chat", the newest conversation is the one to show."""
    assert store.history.latest_conversation(child.id) is None
    store.history.start_conversation(child.id, "v1")
    newest = store.history.start_conversation(child.id, "v1")
    assert store.history.latest_conversation(child.id) == newest


def test_conversation_list_shows_titles_newest_first(store: Store, child: ChildProfile) -> None:
    """Untitled chats are listed by their first words; a named chat by its name."""
    older = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(
        older.id, "Can you tell me a story about a dragon who loves baking bread?"
    )
    store.history.add_assistant_message(older.id, "Once upon a time...")
    named = store.history.start_conversation(child.id, "v1")
    store.history.set_title(named.id, "Space questions")
    empty = store.history.start_conversation(child.id, "v1")

    listed = store.history.conversations(child.id)
    assert [summary.conversation.id for summary in listed] == [empty.id, named.id, older.id]
    assert listed[0].display_title == ""
    assert listed[1].display_title == "Space questions"
    assert listed[2].display_title == "Can you tell me a story about a…"
    assert listed[2].message_count == 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hi", "Hi"),
        ("one two three four five six seven eight", "one two three four five six seven eight"),
        (
            "one two three four five six seven eight nine",
            "one two three four five six seven eight…",
        ),
        ("x" * 100, "x" * 60 + "…"),
    ],
)
def test_first_words_make_a_short_title(text: str, title: str) -> None:
    """At most eight words or sixty characters, with an ellipsis when cut."""
    assert first_words(text) == title


def test_unknown_conversation_is_a_typed_error(store: Store) -> None:
    """Writing into a conversation that does not exist fails clearly."""
    with pytest.raises(RecordNotFound):
        store.history.add_user_message(999, "hello")


def test_search_finds_words_and_prefixes_in_one_childs_history(
    store: Store, child: ChildProfile
) -> None:
    """Matches come newest first with highlights; another child's messages never appear."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    mine = store.history.start_conversation(child.id, "v1")
    theirs = store.history.start_conversation(other.id, "v1")
    store.history.add_user_message(mine.id, "Volcanoes are hot mountains")
    store.history.add_user_message(mine.id, "Tell me about a volcano in Iceland")
    store.history.add_user_message(theirs.id, "volcano volcano volcano")

    hits = store.history.search(child.id, "volcan")
    assert [hit.message.text for hit in hits] == [
        "Tell me about a volcano in Iceland",
        "Volcanoes are hot mountains",
    ]
    first = hits[0]
    start, end = first.highlights[0]
    assert first.snippet[start:end] == "volcano"


def test_search_ignores_accents_and_case(store: Store, child: ChildProfile) -> None:
    """ "cafe" finds "Café"."""
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(conversation.id, "We went to the CAFÉ")
    assert len(store.history.search(child.id, "cafe")) == 1


@pytest.mark.parametrize(
    "typed",
    ['"', "AND", "NEAR(", "a OR", "*", "col:volcano", "(((", "-x", "^start", "'; DROP TABLE"],
)
def test_search_never_fails_on_what_people_type(
    store: Store, child: ChildProfile, typed: str
) -> None:
    """FTS5 syntax in the search box is searched for as words, never a syntax error."""
    store.history.search(child.id, typed)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=40))
def test_search_accepts_any_text(store: Store, child: ChildProfile, typed: str) -> None:
    """Arbitrary Unicode in the search box returns a list and never raises."""
    assert isinstance(store.history.search(child.id, typed), list)


def test_search_with_no_words_finds_nothing(store: Store, child: ChildProfile) -> None:
    """Only punctuation or spaces: an empty result, not every message."""
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(conversation.id, "hello")
    assert store.history.search(child.id, "  ?! ") == []
    assert fts_query("  ?! ", child.id) is None


def test_search_sees_the_final_text_of_a_streamed_reply(store: Store, child: ChildProfile) -> None:
    """The index follows the reply from empty to finished."""
    conversation = store.history.start_conversation(child.id, "v1")
    reply = store.history.begin_assistant_message(conversation.id)
    store.history.finish_assistant_message(reply.id, "Penguins cannot fly")
    assert [hit.message.id for hit in store.history.search(child.id, "penguins")] == [reply.id]


def test_search_does_not_match_the_hidden_child_token(store: Store, child: ChildProfile) -> None:
    """The index tags each message with its child; typing that tag finds nothing extra."""
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(conversation.id, "hello there")
    assert store.history.search(child.id, f"c{child.id}") == []


def test_very_short_last_words_match_whole_words_only(store: Store, child: ChildProfile) -> None:
    """ "do" finds "do" but not "dog": two-letter prefixes would match half the dictionary."""
    conversation = store.history.start_conversation(child.id, "v1")
    store.history.add_user_message(conversation.id, "my dog barks")
    store.history.add_user_message(conversation.id, "what do owls eat")
    assert [hit.message.text for hit in store.history.search(child.id, "do")] == [
        "what do owls eat"
    ]
    assert len(store.history.search(child.id, "dog")) == 1


def test_search_returns_at_most_the_limit_newest_first(store: Store, child: ChildProfile) -> None:
    """A common word returns the newest `limit` matches."""
    conversation = store.history.start_conversation(child.id, "v1")
    for number in range(30):
        store.history.add_user_message(conversation.id, f"owl fact number {number}")
    hits = store.history.search(child.id, "owl", limit=5)
    assert [hit.message.text for hit in hits] == [f"owl fact number {n}" for n in range(29, 24, -1)]


def test_a_filter_verdict_is_stored_without_its_text(store: Store, child: ChildProfile) -> None:
    """Action, categories, severity and rules are kept; the verdict's text is the message."""
    verdict = Verdict(
        action=Action.REDACT,
        categories=(Category.PII,),
        severity=Severity.MEDIUM,
        text="call me on [phone number hidden]",
        rule_ids=("pii.phone.uk",),
    )
    conversation = store.history.start_conversation(child.id, "v1")
    saved = store.history.add_user_message(
        conversation.id, verdict.text, FilterOutcome.from_verdict(verdict)
    )
    assert saved.filter == FilterOutcome("redact", ("pii",), Severity.MEDIUM, ("pii.phone.uk",))
    assert store.history.message(saved.id).filter == saved.filter
