"""Paging through a long chat in the store: a slice by position is exactly the same messages as
reading the whole chat and cutting it, so the chat screen can load a page at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Store


@pytest.fixture
def long_chat(data_dir: Path) -> Iterator[tuple[Store, int, int]]:
    """A chat of 1,000 messages next to another child's chat (kept out of every page)."""
    with Store.open(data_dir) as store:
        sam = store.profiles.add("Sam", "owl", 2016, 5)
        mia = store.profiles.add("Mia", "cat", 2015, 2)
        chat = store.history.start_conversation(sam.id, "v1").id
        other = store.history.start_conversation(mia.id, "v1").id
        with store.database.transaction():
            for number in range(1000):
                store.history.add_user_message(chat, f"sam {number}")
                if number % 10 == 0:
                    store.history.add_user_message(other, f"mia {number}")
        yield store, chat, other


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=st.integers(0, 1100), count=st.integers(0, 300))
def test_a_slice_is_the_same_as_cutting_the_whole_chat(
    long_chat: tuple[Store, int, int], start: int, count: int
) -> None:
    """Any window onto the chat, including ones running past its end."""
    store, chat, _other = long_chat
    whole = store.history.messages(chat)
    assert store.history.messages_slice(chat, start, count) == whole[start : start + count]


def test_the_count_and_the_last_page_of_a_chat(long_chat: tuple[Store, int, int]) -> None:
    """The chat screen opens at the last page: count, then the slice that ends there."""
    store, chat, other = long_chat
    total = store.history.message_count(chat)
    assert total == 1000
    assert store.history.message_count(other) == 100
    last = store.history.messages_slice(chat, total - 200, 200)
    assert [m.text for m in last] == [f"sam {n}" for n in range(800, 1000)]


def test_a_negative_window_is_refused(long_chat: tuple[Store, int, int]) -> None:
    """Positions count from the chat's first message; a negative one is a caller's bug."""
    store, chat, _other = long_chat
    with pytest.raises(ValueError, match="negative"):
        store.history.messages_slice(chat, -1, 10)
