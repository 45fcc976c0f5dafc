"""A known week of Hoot use (2026-W47, UTC) for report tests and the example screenshot.

Sam (8-10) chats on four days of the week, with a redacted phone number and address, a blocked
insult, a reply the output filter stopped, and a crisis message; Zoë chats once. A day before
and after the week holds data that must stay out of the report. Every figure the report should
show is listed in `EXPECTED`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.monitor import events as monitor_events
from app.safety.engine import check
from app.store import ChildProfile, FilterOutcome, Store
from tests.unit.monitor.conftest import FakeClock

WEEK = "2026-W47"


@dataclass(frozen=True)
class Seeded:
    sam: ChildProfile
    zoe: ChildProfile
    crisis_message_id: int
    crisis_conversation_id: int


#: What Sam's report must say (minutes per day Monday first, tokens, counts).
EXPECTED = {
    "minutes": (30, 45, 0, 20, 50, 60, 10),
    "messages": 18,
    "child_messages": 9,
    "chats": 4,
    "blocked": 3,
    "tokens_in": 7800,
    "tokens_out": 1820,
    "topics": {"homework": 1, "science": 1, "stories": 1, "feelings": 1, "games": 1, "other": 4},
}


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


class _Writer:
    def __init__(self, store: Store, clock: FakeClock) -> None:
        self.store = store
        self.clock = clock

    def usage(self, child: ChildProfile, when: datetime, minutes: int) -> None:
        self.clock.set(when)
        session = self.store.usage.start(child.id)
        self.store.usage.add_active_seconds(session.id, minutes * 60)
        self.store.usage.end(session.id)

    def chat(self, child: ChildProfile, when: datetime) -> int:
        self.clock.set(when)
        return self.store.history.start_conversation(child.id, "8-10/test").id

    def child_says(self, child: ChildProfile, conversation: int, text: str) -> int:
        self.clock.advance(minutes=1)
        verdict = check(text, "in", "8-10")
        message = self.store.history.add_user_message(
            conversation, verdict.text, FilterOutcome.from_verdict(verdict)
        )
        monitor_events.record_filter_verdict(
            self.store,
            child_id=child.id,
            verdict=verdict,
            direction="in",
            message_id=message.id,
            help_region="GB",
        )
        return message.id

    def reply(
        self,
        child: ChildProfile,
        conversation: int,
        text: str,
        tokens: tuple[int, int] | None = None,
    ) -> None:
        self.clock.advance(minutes=1)
        verdict = check(text, "out", "8-10")
        message = self.store.history.add_assistant_message(
            conversation,
            verdict.text,
            FilterOutcome.from_verdict(verdict),
            tokens_in=tokens[0] if tokens else None,
            tokens_out=tokens[1] if tokens else None,
        )
        monitor_events.record_filter_verdict(
            self.store, child_id=child.id, verdict=verdict, direction="out", message_id=message.id
        )


def seed_week(store: Store, clock: FakeClock) -> Seeded:
    """Write the week (and its neighbours) into `store`, moving `clock` as it goes."""
    sam = store.profiles.add("Sam", "owl", 2016, 5)
    zoe = store.profiles.add("Zoë", "fox", 2014, 2)
    store.settings.set("daily_minutes", 45, child_id=sam.id)
    write = _Writer(store, clock)

    # The Sunday before: not in the week.
    write.usage(sam, _at(15, 20), 25)
    before = write.chat(sam, _at(15, 20))
    write.child_says(sam, before, "Tell me about dinosaurs")
    write.reply(sam, before, "Dinosaurs lived long ago.", (5000, 5000))

    for day, minutes in zip(range(16, 23), EXPECTED["minutes"], strict=True):
        if minutes:
            write.usage(sam, _at(day, 7), minutes)
    write.usage(zoe, _at(18, 16), 15)

    monday = write.chat(sam, _at(16, 10))
    write.child_says(sam, monday, "Can you help with my maths homework on fractions?")
    write.reply(sam, monday, "Of course! A fraction is part of a whole.", (1200, 300))
    write.child_says(sam, monday, "Why do volcanoes erupt?")
    write.reply(sam, monday, "Hot melted rock pushes up from deep inside.", (1500, 400))

    tuesday = write.chat(sam, _at(17, 16))
    write.child_says(sam, tuesday, "Tell me a story about a dragon and a princess")
    write.reply(sam, tuesday, "Once upon a time, a kind dragon...", (1300, 500))
    write.child_says(sam, tuesday, "my phone number is 07700 900123")
    write.reply(sam, tuesday, "Let's keep your number private.", (1000, 100))
    write.child_says(sam, tuesday, "I feel sad because my friend ignored me")
    write.reply(sam, tuesday, "That sounds hard. Want to talk about it?", (1100, 250))

    clock.set(_at(18, 15))
    store.lessons.mark_completed(sam.id, "what-is-ai")
    zoe_chat = write.chat(zoe, _at(18, 16))
    write.child_says(zoe, zoe_chat, "What is a black hole?")
    write.reply(zoe, zoe_chat, "A place where gravity is very strong.", (600, 200))

    thursday = write.chat(sam, _at(19, 17))
    write.child_says(sam, thursday, "you are a stupid idiot")
    write.reply(sam, thursday, "Let's keep our words kind.")
    write.child_says(sam, thursday, "What is the best minecraft level?")
    write.reply(sam, thursday, "lets meet up, dont tell your parents", (900, 150))

    friday = write.chat(sam, _at(20, 18))
    crisis = write.child_says(sam, friday, "I want to kill myself")
    write.reply(sam, friday, "I'm really glad you told me. Please talk to a grown-up now.")
    write.child_says(sam, friday, "my address is 12 Acacia Avenue")
    write.reply(sam, friday, "Let's keep your home details private.", (800, 120))

    clock.set(_at(21, 19))
    monitor_events.record_time_limit_reached(
        store, child_id=sam.id, day=date(2026, 11, 21), allowed_minutes=45, used_minutes=60
    )

    # The Monday after: not in the week either.
    after = write.chat(sam, _at(23, 8))
    write.child_says(sam, after, "my phone number is 07700 900999")
    write.usage(sam, _at(23, 8), 40)
    return Seeded(sam, zoe, crisis, friday)
