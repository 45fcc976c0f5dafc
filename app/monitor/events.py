"""What the monitor records: filter verdicts and other happenings as store events, never text.

Every event has a child (or none, for machine-wide happenings), a time, a category, a severity
and, where there is one, a link to the message. `details` holds only facts about the event
(which rules fired, which kinds of personal information were hidden, how many minutes were
used): never the words of a message. The store chains events by hash (`app/store/events.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.safety.verdict import Action, Category, Direction, Severity, Verdict
from app.store import Event, Store
from app.store.events import EventKind
from app.text import has_words, words


class Kind(StrEnum):
    """Kinds of event: those the monitor records, and others' that reports and alerts read."""

    #: The child's message was blocked by the filter.
    MESSAGE_BLOCKED = "message_blocked"
    #: Personal information was hidden from the child's message before sending.
    MESSAGE_REDACTED = "message_redacted"
    #: A reply from the AI was stopped by the output filter; the child did not see it.
    REPLY_BLOCKED = "reply_blocked"
    #: The child's words suggest they may be in danger; the help card was shown.
    CRISIS = "crisis"
    #: The help card was opened some other way (the child pressed "I need help").
    CRISIS_CARD_SHOWN = "crisis_card_shown"
    #: The child tried several times in one chat to share personal information.
    PII_REPEATED = "pii_repeated"
    TIME_LIMIT_REACHED = "time_limit_reached"
    EXTRA_TIME_GRANTED = "extra_time_granted"
    # Recorded by other parts, listed so reports and alerts can name them:
    #: Too many wrong PIN tries locked the parent area (`app/family/pin.py`).
    PIN_LOCKOUT = "pin_lockout"
    #: Hoot's data folder was deleted while the keyring kept its key (`app/family/first_run.py`).
    DATA_FOLDER_REMOVED = "data_folder_removed"
    #: The parent deleted a child's data (`app/store/deletion.py`).
    DATA_DELETED = EventKind.DATA_DELETED.value
    #: Retention removed old history (`app/store/retention.py`).
    HISTORY_PURGED = EventKind.HISTORY_PURGED.value


#: Categories of events that are not about a message's content.
TIME_CATEGORY = "time"
HELP_CATEGORY = "help"

#: Categories that count as "flagged" in reports: the safety filter's own.
CONCERN_CATEGORIES = frozenset(category.value for category in Category)

#: The third time a chat hides personal information, the parent hears about it.
PII_REPEAT_THRESHOLD = 3

# When a verdict has several categories, the event is filed under the most worrying one.
_CATEGORY_PRIORITY = (
    Category.SELF_HARM,
    Category.GROOMING,
    Category.SEXUAL,
    Category.VIOLENCE,
    Category.HATE,
    Category.BULLYING,
    Category.DRUGS,
    Category.PROFANITY,
    Category.PII,
)

_PII_KINDS = (Kind.MESSAGE_REDACTED, Kind.MESSAGE_BLOCKED, Kind.CRISIS)


def record_filter_verdict(
    store: Store,
    *,
    child_id: int,
    verdict: Verdict,
    direction: Direction | str,
    message_id: int | None = None,
    conversation_id: int | None = None,
    help_region: str | None = None,
    at: datetime | None = None,
) -> tuple[Event, ...]:
    """Record what the filter did to one message; nothing for a message it allowed.

    A crisis in the child's words is one `crisis` event (critical), which also says the help
    card was shown (for `help_region`): do not call `record_crisis_card_shown` for the same
    message. A reply the output filter stopped is at most `high`: the child never saw it.
    The third message in one chat with personal information hidden adds a `pii_repeated`
    event (high). Returns the events recorded, for `alerts.queue_alerts`.
    """
    direction = Direction(direction)
    if verdict.action is Action.ALLOW:
        return ()
    if conversation_id is None and message_id is not None:
        conversation_id = store.history.message(message_id).conversation_id
    categories = [category for category in _CATEGORY_PRIORITY if category in verdict.categories]
    main = categories[0] if categories else Category.PII
    details: dict[str, Any] = {
        "direction": direction.value,
        "action": verdict.action.value,
        "categories": [category.value for category in categories],
        "rule_ids": _rule_families(verdict.rule_ids),
    }
    if verdict.redactions:
        details["pii_kinds"] = list(verdict.redactions)
    if conversation_id is not None:
        details["conversation_id"] = conversation_id
    severity = verdict.severity
    if direction is Direction.OUT:
        kind = Kind.REPLY_BLOCKED
        severity = min(severity, Severity.HIGH)
    elif verdict.is_crisis:
        kind = Kind.CRISIS
        severity = Severity.CRITICAL
        details["crisis_card_shown"] = True
        if help_region:
            details["help_region"] = help_region
    elif verdict.action is Action.REDACT:
        kind = Kind.MESSAGE_REDACTED
    else:
        kind = Kind.MESSAGE_BLOCKED
    recorded = [
        store.events.record(
            child_id=child_id,
            category=main.value,
            severity=severity,
            kind=kind.value,
            message_id=message_id,
            details=details,
            at=at,
        )
    ]
    if direction is Direction.IN and verdict.redactions and conversation_id is not None:
        repeated = _record_if_pii_repeated(store, child_id, conversation_id, message_id, at)
        if repeated is not None:
            recorded.append(repeated)
    return tuple(recorded)


def record_crisis_card_shown(
    store: Store,
    *,
    child_id: int,
    reason: str,
    message_id: int | None = None,
    help_region: str | None = None,
    at: datetime | None = None,
) -> Event:
    """The help card was opened other than by the filter (e.g. `reason="help_button"`): high."""
    details: dict[str, Any] = {"reason": reason}
    if help_region:
        details["help_region"] = help_region
    return store.events.record(
        child_id=child_id,
        category=HELP_CATEGORY,
        severity=Severity.HIGH,
        kind=Kind.CRISIS_CARD_SHOWN.value,
        message_id=message_id,
        details=details,
        at=at,
    )


def record_time_limit_reached(
    store: Store,
    *,
    child_id: int,
    day: date,
    allowed_minutes: int,
    used_minutes: int,
    at: datetime | None = None,
) -> Event:
    """The child used up the day's minutes (low: it goes in the weekly report only)."""
    return store.events.record(
        child_id=child_id,
        category=TIME_CATEGORY,
        severity=Severity.LOW,
        kind=Kind.TIME_LIMIT_REACHED.value,
        details={
            "day": day.isoformat(),
            "allowed_minutes": allowed_minutes,
            "used_minutes": used_minutes,
        },
        at=at,
    )


def record_extra_time(
    store: Store, *, child_id: int, minutes: int, day: date, at: datetime | None = None
) -> Event:
    """The parent (with the PIN) granted extra minutes today; kept so a restart keeps them."""
    return store.events.record(
        child_id=child_id,
        category=TIME_CATEGORY,
        severity=Severity.LOW,
        kind=Kind.EXTRA_TIME_GRANTED.value,
        details={"day": day.isoformat(), "minutes": minutes},
        at=at,
    )


def concern_words(category: str) -> str:
    """The category in plain words for a parent ("self-harm or suicide")."""
    key = f"monitor.category.{category}"
    return words(key) if has_words(key) else words("monitor.category.other")


def describe(event: Event) -> str:
    """What an event is about, in plain words: by its kind when that says more than its
    category (a deleted data folder is filed under "access" by the set-up code)."""
    key = f"monitor.kind.{event.kind}"
    return words(key) if has_words(key) else concern_words(event.category)


def is_concern(event: Event) -> bool:
    """True for events about what was said (the report's "flagged" list)."""
    return event.category in CONCERN_CATEGORIES


def pii_kinds(event: Event) -> tuple[str, ...]:
    """The kinds of personal information an event says were hidden ("phone number", ...)."""
    found = event.details.get("pii_kinds", ())
    return tuple(str(kind) for kind in found) if isinstance(found, list | tuple) else ()


def _rule_families(rule_ids: Iterable[str]) -> list[str]:
    # Word-list rules are named "lexicon.profanity:<the word>": the word came from the message,
    # so only the part before ":" is kept.
    return list(dict.fromkeys(rule_id.split(":", 1)[0] for rule_id in rule_ids))


def _record_if_pii_repeated(
    store: Store,
    child_id: int,
    conversation_id: int,
    message_id: int | None,
    at: datetime | None,
) -> Event | None:
    started = store.history.conversation(conversation_id).started_at
    in_chat = [
        event
        for event in store.events.for_child(child_id, since=started)
        if _same_conversation(event.details, conversation_id)
    ]
    if any(event.kind == Kind.PII_REPEATED for event in in_chat):
        return None
    attempts = [event for event in in_chat if event.kind in _PII_KINDS and pii_kinds(event)]
    if len(attempts) < PII_REPEAT_THRESHOLD:
        return None
    kinds = list(dict.fromkeys(kind for event in attempts for kind in pii_kinds(event)))
    return store.events.record(
        child_id=child_id,
        category=Category.PII.value,
        severity=Severity.HIGH,
        kind=Kind.PII_REPEATED.value,
        message_id=message_id,
        details={
            "conversation_id": conversation_id,
            "attempts": len(attempts),
            "pii_kinds": kinds,
        },
        at=at,
    )


def _same_conversation(details: Mapping[str, Any], conversation_id: int) -> bool:
    return details.get("conversation_id") == conversation_id
