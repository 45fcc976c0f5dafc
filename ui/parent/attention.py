"""Which serious events the parent has not read yet, and what to do after a crisis.

Qt-free: the home page and the chats page call these on a worker. An event counts as read once
the parent opened its chat in the parent area (or went to it from home). The ids read are kept
in the store's settings, not in the event chain: reading is not a happening to audit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.age_bands import AgeBand
from app.guidance.crisis import crisis_card, system_region
from app.monitor.events import Kind
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import Event, RecordNotFound, Store
from app.text import words

#: Where the ids of the events the parent has read are kept (a list of ints).
READ_EVENTS_SETTING = "parent_area.read_events"
#: Events this serious or more wait for the parent at the top of home until read.
NEEDS_ATTENTION = Severity.HIGH
#: How far back home looks for them.
ATTENTION_DAYS = 7
#: The newest this many read ids are kept; older events have left the window anyway.
_READ_IDS_KEPT = 500
#: Kinds that mean a child may be in danger and was shown the help card.
CRISIS_KINDS = frozenset({Kind.CRISIS.value, Kind.CRISIS_CARD_SHOWN.value})
#: At most this many help lines are listed in the advice.
_LINES_SHOWN = 2


def read_event_ids(store: Store) -> frozenset[int]:
    stored = store.settings.get(READ_EVENTS_SETTING, [])
    if not isinstance(stored, list):
        return frozenset()
    return frozenset(item for item in stored if isinstance(item, int))


def mark_read(store: Store, event_ids: Iterable[int]) -> None:
    """Remember that the parent has read these events."""
    new = set(event_ids)
    if not new:
        return
    known = read_event_ids(store)
    if new <= known:
        return
    kept = sorted(known | new)[-_READ_IDS_KEPT:]
    store.settings.set(READ_EVENTS_SETTING, kept)


def mark_chat_read(
    store: Store, child_id: int, conversation_id: int, message_ids: Iterable[int]
) -> None:
    """The parent opened this chat: its serious events are read."""
    in_chat = set(message_ids)
    read = [
        event.id
        for event in store.events.for_child(child_id, min_severity=NEEDS_ATTENTION)
        if event.details.get("conversation_id") == conversation_id
        or (event.message_id is not None and event.message_id in in_chat)
    ]
    mark_read(store, read)


def unread_serious(store: Store, now: datetime, days: int = ATTENTION_DAYS) -> tuple[Event, ...]:
    """A child's high and critical events of the last `days` the parent has not read yet,
    most serious (then newest) first."""
    read = read_event_ids(store)
    found = [
        event
        for event in store.events.between(now - timedelta(days=days), None)
        if event.child_id is not None and event.severity >= NEEDS_ATTENTION and event.id not in read
    ]
    found.sort(key=lambda event: (event.severity.rank, event.occurred_at, event.id), reverse=True)
    return tuple(found)


@dataclass(frozen=True)
class CrisisAdvice:
    """ "What to do next" after a child was shown the help card: numbered steps, the last of
    which introduces the help lines the child saw."""

    heading: str
    steps: tuple[str, ...]
    help_lines: tuple[str, ...]


def crisis_advice(
    store: Store,
    settings: Settings,
    now: datetime,
    days: int = ATTENTION_DAYS,
) -> CrisisAdvice | None:
    """Advice for the newest crisis of the last `days` (read or not: the parent needs the help
    lines after reading the chat too), or None when there was none."""
    crises = [
        event
        for event in store.events.between(now - timedelta(days=days), None)
        if event.kind in CRISIS_KINDS and event.child_id is not None
    ]
    if not crises:
        return None
    event = max(crises, key=lambda found: (found.occurred_at, found.id))
    assert event.child_id is not None
    try:
        child = store.profiles.get(event.child_id)
    except RecordNotFound:
        return None
    band: AgeBand | None = child.age_band(now.date())
    region = event.details.get("help_region") or settings.get("crisis_region") or system_region()
    card = crisis_card(str(region) if region else None, band)
    name = child.nickname
    shown = "crisis_shown" if event.kind == Kind.CRISIS.value else "card_opened"
    if card.emergency_numbers:
        number = words("parent.home.advice.or").join(card.emergency_numbers)
        emergency = words("parent.home.advice.emergency", name=name, number=number)
    else:
        emergency = words("parent.home.advice.emergency_local", name=name)
    steps = [
        emergency,
        words("parent.home.advice.talk", name=name),
        words(f"parent.home.advice.{shown}", name=name),
    ]
    help_lines = tuple(
        words(
            "parent.home.advice.line",
            line=line.name,
            how=line.how_to_reach(),
            region=card.region_name,
        )
        for line in card.lines[:_LINES_SHOWN]
    )
    return CrisisAdvice(words("parent.home.advice.heading", name=name), tuple(steps), help_lines)
