"""Child profiles: the age gate's edges, the parent-only rule, and removing a child."""

from __future__ import annotations

import datetime as dt

import pytest

from app.age_bands import AgeBand
from app.family.access import ParentSession, SessionLocked
from app.family.children import (
    AVATARS,
    ChildProblem,
    ChildRefused,
    add_child,
    check_birth,
    edit_child,
    next_free_avatar,
    parse_birth,
    remove_child,
)
from app.store import NicknameTaken, RecordNotFound, Store
from tests.unit.family.conftest import FakeTime

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def session(fake_time: FakeTime) -> ParentSession:
    return ParentSession(clock=fake_time.session_clock)


def test_seventeen_years_eleven_months_gets_the_oldest_band() -> None:
    assert check_birth(2008, 4, today=TODAY).band is AgeBand.AGES_16_17


def test_eighteen_is_refused_kindly() -> None:
    """Turning 18 this month is 18: no child profile, and the parent is told why."""
    with pytest.raises(ChildRefused) as refused:
        check_birth(2008, 3, today=TODAY)
    assert refused.value.problem is ChildProblem.ADULT
    assert "18 or older do not need a child profile" in refused.value.message()


@pytest.mark.parametrize(("year", "month"), [(2026, 4), (2027, 1)])
def test_a_future_birth_month_is_refused(year: int, month: int) -> None:
    with pytest.raises(ChildRefused) as refused:
        check_birth(year, month, today=TODAY)
    assert refused.value.problem is ChildProblem.FUTURE


def test_an_implausible_year_is_refused() -> None:
    with pytest.raises(ChildRefused) as refused:
        check_birth(1880, 5, today=TODAY)
    assert refused.value.problem is ChildProblem.IMPLAUSIBLE


def test_month_must_be_a_month() -> None:
    with pytest.raises(ChildRefused) as refused:
        check_birth(2016, 13, today=TODAY)
    assert refused.value.problem is ChildProblem.BIRTH_MONTH


def test_under_five_gets_the_youngest_band_with_a_note() -> None:
    """A 3- or 4-year-old is allowed, with a grown-up nearby; under 3 is not."""
    four = check_birth(2021, 12, today=TODAY)
    assert four.band is AgeBand.AGES_5_7
    assert four.note is not None
    assert "sit with them" in four.note
    assert check_birth(2016, 3, today=TODAY).note is None
    with pytest.raises(ChildRefused) as refused:
        check_birth(2023, 4, today=TODAY)
    assert refused.value.problem is ChildProblem.TOO_YOUNG


@pytest.mark.parametrize(("text", "expected"), [("2016-05", (2016, 5)), (" 2016-5 ", (2016, 5))])
def test_birth_is_read_as_year_and_month(text: str, expected: tuple[int, int]) -> None:
    assert parse_birth(text) == expected


@pytest.mark.parametrize("text", ["05/2016", "2016", "2016-05-01", "May 2016"])
def test_other_birth_formats_are_refused(text: str) -> None:
    with pytest.raises(ChildRefused) as refused:
        parse_birth(text)
    assert refused.value.problem is ChildProblem.BIRTH_FORMAT


def test_parent_adds_and_edits_a_child(store: Store, session: ParentSession) -> None:
    child = add_child(
        store, session, "  Mia  ", avatar_id="owl", birth_year=2016, birth_month=5, today=TODAY
    )
    assert child.nickname == "Mia"
    assert child.age_band(TODAY) is AgeBand.AGES_8_10
    older = edit_child(store, session, child.id, birth=(2012, 1), avatar_id="fox", today=TODAY)
    assert older.age_band(TODAY) is AgeBand.AGES_13_15
    assert older.avatar_id == "fox"


def test_editing_an_age_to_adult_is_refused(store: Store, session: ParentSession) -> None:
    child = add_child(
        store, session, "Mia", avatar_id="owl", birth_year=2016, birth_month=5, today=TODAY
    )
    with pytest.raises(ChildRefused):
        edit_child(store, session, child.id, birth=(2000, 1), today=TODAY)
    assert store.profiles.get(child.id).birth_year == 2016


def test_only_an_unlocked_parent_session_changes_a_child(
    store: Store, session: ParentSession, fake_time: FakeTime
) -> None:
    """Five idle minutes later, the age cannot be changed without the PIN again."""
    child = add_child(
        store, session, "Mia", avatar_id="owl", birth_year=2016, birth_month=5, today=TODAY
    )
    fake_time.advance(300)
    with pytest.raises(SessionLocked):
        edit_child(store, session, child.id, birth=(2010, 1), today=TODAY)
    with pytest.raises(SessionLocked):
        add_child(store, session, "Sam", avatar_id="fox", birth_year=2018, birth_month=1)
    with pytest.raises(SessionLocked):
        remove_child(store, session, child.id)
    assert store.profiles.get(child.id).birth_year == 2016


def test_unknown_avatar_and_empty_name_are_refused(store: Store, session: ParentSession) -> None:
    with pytest.raises(ChildRefused) as avatar:
        add_child(store, session, "Mia", avatar_id="dragon", birth_year=2016, birth_month=5)
    assert avatar.value.problem is ChildProblem.UNKNOWN_AVATAR
    with pytest.raises(ChildRefused) as name:
        add_child(store, session, "   ", avatar_id="owl", birth_year=2016, birth_month=5)
    assert name.value.problem is ChildProblem.NO_NICKNAME
    with pytest.raises(ChildRefused) as control:
        add_child(store, session, "Mi\u0007a", avatar_id="owl", birth_year=2016, birth_month=5)
    assert control.value.problem is ChildProblem.NICKNAME_CHARACTERS


def test_two_children_cannot_share_a_name(store: Store, session: ParentSession) -> None:
    add_child(store, session, "Mia", avatar_id="owl", birth_year=2016, birth_month=5, today=TODAY)
    with pytest.raises(NicknameTaken):
        add_child(
            store, session, "mia", avatar_id="fox", birth_year=2017, birth_month=5, today=TODAY
        )


def test_removing_a_child_deletes_their_profile(store: Store, session: ParentSession) -> None:
    child = add_child(
        store, session, "Mia", avatar_id="owl", birth_year=2016, birth_month=5, today=TODAY
    )
    result = remove_child(store, session, child.id)
    assert result.child_id == child.id
    with pytest.raises(RecordNotFound):
        store.profiles.get(child.id)
    assert any(event.kind == "data_deleted" for event in store.events.between())


def test_new_children_get_the_next_free_avatar(store: Store, session: ParentSession) -> None:
    assert next_free_avatar(store) == AVATARS[0]
    add_child(store, session, "Mia", avatar_id=AVATARS[0], birth_year=2016, birth_month=5)
    assert next_free_avatar(store) == AVATARS[1]
