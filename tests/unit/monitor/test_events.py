"""Monitor events: filter verdicts and other happenings become chained events without text."""

from __future__ import annotations

import json
from datetime import date

from app.monitor import events as monitor_events
from app.monitor.events import Kind
from app.safety.engine import check
from app.safety.verdict import Action, Category, Severity, Verdict
from app.store import ChildProfile, FilterOutcome, Message, Store


def _child_message(store: Store, child: ChildProfile, text: str, verdict: Verdict) -> Message:
    conversation = store.history.start_conversation(child.id, "8-10/test")
    return store.history.add_user_message(
        conversation.id, verdict.text, FilterOutcome.from_verdict(verdict)
    )


def test_an_allowed_message_records_nothing(store: Store, child: ChildProfile) -> None:
    """Ordinary chatting leaves no event (reports count messages, not events)."""
    verdict = check("Why is the sky blue?", "in", "8-10")
    recorded = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="in"
    )
    assert recorded == ()
    assert store.events.between() == []


def test_a_crisis_is_one_critical_event_linked_to_the_message_without_its_words(
    store: Store, child: ChildProfile
) -> None:
    """Self-harm words: one `crisis` event, critical, linked, details hold no message words."""
    verdict = check("I want to kill myself", "in", "8-10")
    message = _child_message(store, child, "I want to kill myself", verdict)
    recorded = monitor_events.record_filter_verdict(
        store,
        child_id=child.id,
        verdict=verdict,
        direction="in",
        message_id=message.id,
        help_region="GB",
    )
    assert len(recorded) == 1
    event = recorded[0]
    assert (event.kind, event.category, event.severity) == (
        "crisis",
        "self_harm",
        Severity.CRITICAL,
    )
    assert event.message_id == message.id
    assert event.child_id == child.id
    assert event.details["conversation_id"] == message.conversation_id
    assert event.details["crisis_card_shown"] is True
    assert event.details["help_region"] == "GB"
    stored = json.dumps(dict(event.details)).lower()
    # Rule names may echo a theme ("self_harm.kill_self"); the child's own words never appear.
    assert "myself" not in stored
    assert "want" not in stored
    assert store.events.verify_chain().intact


def test_word_list_rule_ids_lose_the_matched_word(store: Store, child: ChildProfile) -> None:
    """`lexicon.profanity:<word>` names a word from the message: only `lexicon.profanity` stays."""
    verdict = check("you are a stupid idiot and I hate you, fuck off", "out", "8-10")
    (event,) = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="out"
    )
    assert "lexicon.profanity" in event.details["rule_ids"]
    assert all(":" not in rule for rule in event.details["rule_ids"])
    assert "fuck" not in json.dumps(dict(event.details))


def test_a_stopped_reply_is_at_most_high_because_the_child_never_saw_it(
    store: Store, child: ChildProfile
) -> None:
    """A grooming-like reply the output guard replaced: `reply_blocked`, capped at high."""
    verdict = check("lets meet up, dont tell your parents", "out", "8-10")
    assert verdict.severity is Severity.CRITICAL
    (event,) = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="out"
    )
    assert event.kind == Kind.REPLY_BLOCKED
    assert event.category == "grooming"
    assert event.severity is Severity.HIGH


def test_the_most_worrying_category_names_the_event(store: Store, child: ChildProfile) -> None:
    """Sexual and profanity together are filed under sexual; all categories stay in details."""
    verdict = Verdict(
        Action.BLOCK, (Category.PROFANITY, Category.SEXUAL), Severity.HIGH, "x", ("a", "b")
    )
    (event,) = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="in"
    )
    assert event.category == "sexual"
    assert event.kind == Kind.MESSAGE_BLOCKED
    assert event.details["categories"] == ["sexual", "profanity"]


def test_the_third_personal_detail_in_one_chat_adds_a_high_event_once(
    store: Store, child: ChildProfile
) -> None:
    """Two redactions are routine; the third in the same chat is `pii_repeated` (high), once."""
    conversation = store.history.start_conversation(child.id, "8-10/test")
    texts = [
        "my phone number is 07700 900123",
        "my address is 12 Acacia Avenue",
        "call me on 07700 900456",
        "my address is 14 Acacia Avenue",
    ]
    repeated = []
    for text in texts:
        verdict = check(text, "in", "8-10")
        assert verdict.action is Action.REDACT, text
        message = store.history.add_user_message(
            conversation.id, verdict.text, FilterOutcome.from_verdict(verdict)
        )
        recorded = monitor_events.record_filter_verdict(
            store, child_id=child.id, verdict=verdict, direction="in", message_id=message.id
        )
        repeated += [event for event in recorded if event.kind == Kind.PII_REPEATED]
    assert len(repeated) == 1
    event = repeated[0]
    assert event.severity is Severity.HIGH
    assert event.details["attempts"] == 3
    assert set(event.details["pii_kinds"]) == {"phone number", "address"}
    other_chat = store.history.start_conversation(child.id, "8-10/test")
    verdict = check("my phone number is 07700 900123", "in", "8-10")
    recorded = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="in", conversation_id=other_chat.id
    )
    assert [event.kind for event in recorded] == [Kind.MESSAGE_REDACTED]


def test_other_happenings_have_their_own_kinds_and_severities(
    store: Store, child: ChildProfile
) -> None:
    """Time limit and extra time are low; the help button is high."""
    limit = monitor_events.record_time_limit_reached(
        store, child_id=child.id, day=date(2026, 11, 16), allowed_minutes=30, used_minutes=30
    )
    extra = monitor_events.record_extra_time(
        store, child_id=child.id, minutes=15, day=date(2026, 11, 16)
    )
    helped = monitor_events.record_crisis_card_shown(
        store, child_id=child.id, reason="help_button", help_region="NZ"
    )
    assert (limit.kind, limit.severity, limit.details["used_minutes"]) == (
        "time_limit_reached",
        Severity.LOW,
        30,
    )
    assert (extra.kind, extra.details["minutes"]) == ("extra_time_granted", 15)
    assert (helped.kind, helped.category, helped.severity) == (
        "crisis_card_shown",
        "help",
        Severity.HIGH,
    )
    assert helped.details["help_region"] == "NZ"
    assert store.events.verify_chain().intact


def test_every_category_has_plain_words_for_parents() -> None:
    """Each safety category, and the monitor's own, reads as plain words; unknown ones too."""
    for category in (*monitor_events.CONCERN_CATEGORIES, "time", "access", "help", "data"):
        assert monitor_events.concern_words(category)
        assert "_" not in monitor_events.concern_words(category)
    assert monitor_events.concern_words("no-such") == monitor_events.concern_words("other")
