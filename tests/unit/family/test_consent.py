"""The parent's consent: what is recorded, and when Hoot must ask again."""

from __future__ import annotations

import pytest

from app.family.consent import (
    ConsentAnswers,
    ConsentIncomplete,
    needs_fresh_consent,
    record_consent,
)
from app.guidance.notice import Notice, privacy_notice
from app.store import Store


def test_consent_records_the_notice_version_time_and_confirmations(store: Store) -> None:
    consent = record_consent(store, ConsentAnswers.all_confirmed(), via="command")
    assert consent.notice_version == privacy_notice().version
    assert consent.given_at == store.database.clock()
    assert dict(consent.details) == {
        "parent_or_guardian": True,
        "adult": True,
        "read_notice": True,
        "via": "command",
        "method": "parental_gate",
    }


@pytest.mark.parametrize(
    "answers",
    [
        ConsentAnswers(is_parent_or_guardian=False, is_adult=True, has_read_notice=True),
        ConsentAnswers(is_parent_or_guardian=True, is_adult=False, has_read_notice=True),
        ConsentAnswers(is_parent_or_guardian=True, is_adult=True, has_read_notice=False),
    ],
)
def test_every_box_must_be_ticked(store: Store, answers: ConsentAnswers) -> None:
    with pytest.raises(ConsentIncomplete) as refused:
        record_consent(store, answers, via="window")
    assert "all three" in refused.value.message()
    assert store.family.current_consent() is None


def test_fresh_consent_is_needed_until_given_and_after_the_notice_changes(store: Store) -> None:
    """The notice promises Hoot asks again when its version changes."""
    assert needs_fresh_consent(store)
    record_consent(store, ConsentAnswers.all_confirmed(), via="window")
    assert not needs_fresh_consent(store)
    newer = Notice(version=privacy_notice().version + "-next", markdown="changed")
    assert needs_fresh_consent(store, newer)
    record_consent(store, ConsentAnswers.all_confirmed(), via="window", notice=newer)
    assert not needs_fresh_consent(store, newer)
