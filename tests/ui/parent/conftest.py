"""Fixtures for the parent area: a set-up Hoot (cheap PIN hashing), a session, sample children."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.family.access import ParentSession
from app.family.consent import ConsentAnswers
from app.family.first_run import NewChild, SetupPlan, complete_setup
from app.family.kdf import KdfParams
from app.family.lockout import BootReading
from app.policy import MachinePolicy
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import ChildProfile, FilterOutcome, Store
from ui.parent.page import Page
from ui.parent.window import ParentWindow

#: argon2id at its lowest costs: these tests check the screens, not the slowness.
CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
#: A PIN that passes the rules.
GOOD_PIN = "583920"


class FakeTime:
    """The wall clock and boot clock the lockout reads, and the session's idle clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.boot_seconds = 1000.0
        self.monotonic = 5000.0

    def wall(self) -> datetime:
        return self.now

    def boot(self) -> BootReading:
        return BootReading("boot-1", self.boot_seconds)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.boot_seconds += seconds
        self.monotonic += seconds

    def session_clock(self) -> float:
        return self.monotonic

    def store_clock(self) -> datetime:
        return self.now


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(data_dir: Path, fake_time: FakeTime) -> Iterator[Store]:
    """A set-up Hoot with the PIN GOOD_PIN and two children, Sam (10) and Ava (6)."""
    opened = Store.open(data_dir, clock=fake_time.store_clock)
    complete_setup(
        opened,
        SetupPlan(
            pin=GOOD_PIN,
            consent=ConsentAnswers.all_confirmed(),
            children=(NewChild("Sam", 2016, 5, "owl"), NewChild("Ava", 2020, 3, "fox")),
        ),
        params=CHEAP,
        clock=fake_time,
        session_clock=fake_time.session_clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def settings(store: Store) -> Settings:
    return Settings(store.settings)


@pytest.fixture
def session(fake_time: FakeTime) -> ParentSession:
    """An unlocked parent session on the fake idle clock."""
    return ParentSession(clock=fake_time.session_clock)


@pytest.fixture
def sam(store: Store) -> ChildProfile:
    found = store.profiles.find_by_nickname("Sam")
    assert found is not None
    return found


@pytest.fixture
def ava(store: Store) -> ChildProfile:
    found = store.profiles.find_by_nickname("Ava")
    assert found is not None
    return found


@pytest.fixture
def make_window(
    qtbot: QtBot, store: Store, settings: Settings, session: ParentSession, fake_time: FakeTime
) -> Callable[..., ParentWindow]:
    """Open a ParentWindow on the test's store (cheap hashing, fake clocks); closed afterwards."""

    def make(
        *,
        policy: MachinePolicy | None = None,
        settings_override: Settings | None = None,
        **options: Any,
    ) -> ParentWindow:
        window = ParentWindow(
            store,
            settings_override or (Settings(store.settings, policy) if policy else settings),
            policy,
            session,
            clock=fake_time,
            session_clock=fake_time.session_clock,
            params=CHEAP,
            now=lambda: fake_time.now,
            **options,
        )
        qtbot.addWidget(window)
        window.resize(1100, 800)
        window.show()
        qtbot.waitExposed(window)
        wait_idle(qtbot, window)
        return window

    return make


def wait_idle(qtbot: QtBot, window: ParentWindow) -> None:
    """Wait until no page has a core call running."""
    qtbot.waitUntil(
        lambda: not any(page.busy for page in window.page_by_id.values()), timeout=10000
    )


def open_page(qtbot: QtBot, window: ParentWindow, page_id: str) -> Page:
    window.show_page(page_id)
    wait_idle(qtbot, window)
    return window.page(page_id)


def add_chat(
    store: Store, child: ChildProfile, turns: list[tuple[str, str]], *, flag_last: bool = False
) -> int:
    """A saved chat: the child's words and the AI's replies; optionally the last child message
    blocked by the filter as bullying (medium), with its event."""
    chat = store.history.start_conversation(child.id, "test").id
    for index, (said, reply) in enumerate(turns):
        outcome = None
        last = index == len(turns) - 1
        if flag_last and last:
            outcome = FilterOutcome("block", ("bullying",), Severity.MEDIUM, ("lexicon.bullying",))
        message = store.history.add_user_message(chat, said, outcome)
        if outcome is not None:
            store.events.record(
                child_id=child.id,
                category="bullying",
                severity=Severity.MEDIUM,
                kind="message_blocked",
                message_id=message.id,
                details={"conversation_id": chat},
            )
        store.history.add_assistant_message(chat, reply)
    return chat


def add_crisis(
    store: Store,
    child: ChildProfile,
    said: str = "i want to hurt myself",
    *,
    at: datetime | None = None,
) -> int:
    """A chat where the child's words were a crisis: blocked, the help card shown (for GB),
    and a critical event, as the chat window records them. Returns the chat's id."""
    chat = store.history.start_conversation(child.id, "test").id
    outcome = FilterOutcome("block", ("self_harm",), Severity.CRITICAL, ("crisis.self_harm",))
    message = store.history.add_user_message(chat, said, outcome)
    store.events.record(
        child_id=child.id,
        category="self_harm",
        severity=Severity.CRITICAL,
        kind="crisis",
        message_id=message.id,
        details={"conversation_id": chat, "crisis_card_shown": True, "help_region": "GB"},
        at=at,
    )
    return chat
