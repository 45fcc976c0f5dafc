"""Child profiles: adding, finding by nickname, editing, and the derived age band."""

from __future__ import annotations

import datetime as dt

import pytest

from app.age_bands import AgeBand
from app.store import NicknameTaken, RecordNotFound, Store
from tests.unit.store.conftest import FakeClock


def test_a_profile_is_stored_with_its_creation_time(store: Store, clock: FakeClock) -> None:
    """All fields come back as given; the nickname's spacing is tidied."""
    child = store.profiles.add("  Mia   Rose ", "owl-blue", 2016, 5)
    assert child.nickname == "Mia Rose"
    assert (child.avatar_id, child.birth_year, child.birth_month) == ("owl-blue", 2016, 5)
    assert child.created_at == clock.now
    assert store.profiles.get(child.id) == child


def test_nicknames_are_unique_ignoring_case(store: Store) -> None:
    """Commands pick a child by name, so two children cannot share one."""
    store.profiles.add("Mia", "owl", 2016, 5)
    with pytest.raises(NicknameTaken):
        store.profiles.add("MIA", "cat", 2014, 1)


def test_find_by_nickname_ignores_case(store: Store) -> None:
    """`--child mia` finds Mia."""
    child = store.profiles.add("Mia", "owl", 2016, 5)
    assert store.profiles.find_by_nickname("mia") == child
    assert store.profiles.find_by_nickname("Leo") is None


def test_profiles_are_listed_in_the_order_they_were_added(store: Store) -> None:
    """The "Who's chatting?" screen shows children in a stable order."""
    names = ["Zoe", "Abe", "Mo"]
    for name in names:
        store.profiles.add(name, "owl", 2015, 1)
    assert [child.nickname for child in store.profiles.all()] == names


def test_a_parent_can_change_the_birth_month_and_nickname(store: Store) -> None:
    """Only given fields change; a rename onto another child's name is refused."""
    child = store.profiles.add("Mia", "owl", 2016, 5)
    store.profiles.add("Leo", "fox", 2013, 2)
    updated = store.profiles.update(child.id, birth=(2015, 12), nickname="Mimi")
    assert (updated.nickname, updated.avatar_id, updated.birth_year, updated.birth_month) == (
        "Mimi",
        "owl",
        2015,
        12,
    )
    with pytest.raises(NicknameTaken):
        store.profiles.update(child.id, nickname="leo")


def test_age_band_follows_the_birth_month(store: Store) -> None:
    """A child born May 2016 is 10 (band 8-10) in May 2026 and 11 (11-12) a year later."""
    child = store.profiles.add("Mia", "owl", 2016, 5)
    assert child.age_band(dt.date(2026, 5, 1)) is AgeBand.AGES_8_10
    assert child.age_band(dt.date(2027, 5, 1)) is AgeBand.AGES_11_12


@pytest.mark.parametrize(("year", "month"), [(2016, 0), (2016, 13), (1800, 5)])
def test_impossible_birth_dates_are_refused(store: Store, year: int, month: int) -> None:
    """Month 1-12 and a plausible year only."""
    with pytest.raises(ValueError, match="birth"):
        store.profiles.add("Mia", "owl", year, month)


def test_an_unknown_child_is_a_typed_error(store: Store) -> None:
    """Asking for a removed child gives RecordNotFound, not None."""
    with pytest.raises(RecordNotFound):
        store.profiles.get(404)
