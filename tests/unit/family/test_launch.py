"""What Hoot opens with: set-up, the recover check, the picker, or one child's chat."""

from __future__ import annotations

import datetime as dt

import pytest

from app.family.consent import ConsentAnswers, record_consent
from app.family.guard import remember_pin
from app.family.kdf import hash_secret
from app.family.launch import (
    Launch,
    RecoverReason,
    Screen,
    decide_launch,
    picker_entries,
)
from app.family.pin import store_pin
from app.guidance.notice import Notice, privacy_notice
from app.settings import Settings
from app.store import Store
from tests.unit.family.conftest import CHEAP, GOOD_PIN, FakeTime

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def set_up(store: Store, fake_time: FakeTime) -> Store:
    """A store with a PIN and the parent's consent, but no children yet."""
    store_pin(store, GOOD_PIN, params=CHEAP, clock=fake_time)
    record_consent(store, ConsentAnswers.all_confirmed(), via="window")
    return store


def test_a_fresh_hoot_opens_the_set_up(store: Store) -> None:
    assert decide_launch(store, today=TODAY) == Launch.SETUP


def test_one_child_without_pin_opens_their_chat(set_up: Store) -> None:
    mia = set_up.profiles.add("Mia", "owl", 2016, 5)
    assert decide_launch(set_up, today=TODAY) == Launch.chat(mia.id)


def test_one_child_needing_the_pin_opens_the_picker(set_up: Store) -> None:
    mia = set_up.profiles.add("Mia", "owl", 2020, 5)
    Settings(set_up.settings).set("require_pin_to_start", True, mia.id)
    assert decide_launch(set_up, today=TODAY).screen is Screen.PICKER
    assert picker_entries(set_up, today=TODAY)[0].needs_pin


def test_two_children_open_the_picker(set_up: Store) -> None:
    set_up.profiles.add("Mia", "owl", 2016, 5)
    set_up.profiles.add("Sam", "fox", 2019, 1)
    launch = decide_launch(set_up, today=TODAY)
    assert launch.screen is Screen.PICKER
    assert [entry.nickname for entry in picker_entries(set_up, today=TODAY)] == ["Mia", "Sam"]


def test_no_children_opens_the_picker(set_up: Store) -> None:
    """The picker then invites a grown-up to add a child in the parent area."""
    assert decide_launch(set_up, today=TODAY).screen is Screen.PICKER


def test_a_child_who_turned_eighteen_is_not_opened_straight_away(set_up: Store) -> None:
    set_up.profiles.add("Alex", "bear", 2008, 1)
    assert decide_launch(set_up, today=TODAY).screen is Screen.PICKER
    assert not picker_entries(set_up, today=TODAY)[0].can_chat


def test_a_changed_privacy_notice_stops_at_the_picker(set_up: Store) -> None:
    """A parent must confirm the new notice, so the chat does not open by itself."""
    set_up.profiles.add("Mia", "owl", 2016, 5)
    newer = Notice(version=privacy_notice().version + "-next", markdown="changed")
    launch = decide_launch(set_up, today=TODAY, notice=newer)
    assert launch.screen is Screen.PICKER
    assert launch.consent_needed


def test_a_guard_in_the_keyring_without_data_asks_to_recover(store: Store) -> None:
    """The keyring remembers a PIN but the data has none: its folder was deleted."""
    remember_pin(hash_secret(GOOD_PIN, CHEAP).encoded)
    assert decide_launch(store, today=TODAY) == Launch.recover(RecoverReason.DATA_FOLDER_REMOVED)


def test_a_machine_policy_admin_pin_asks_for_it_before_set_up(store: Store) -> None:
    admin = hash_secret("school admin 2026", CHEAP).encoded
    launch = decide_launch(store, today=TODAY, admin_pin_hash=admin)
    assert launch == Launch.recover(RecoverReason.MACHINE_POLICY)


def test_once_set_up_the_admin_pin_does_not_block_launch(set_up: Store) -> None:
    admin = hash_secret("school admin 2026", CHEAP).encoded
    assert decide_launch(set_up, today=TODAY, admin_pin_hash=admin).screen is Screen.PICKER
