"""Weekly report figures, checked against a seeded week whose every number is known."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.monitor.reports import (
    IsoWeek,
    NoticeKind,
    TokenUse,
    Topic,
    WeeklyReport,
    classify_topic,
    weekly_report,
)
from app.safety.verdict import Severity
from app.store import Store
from tests.unit.monitor.conftest import FakeClock
from tests.unit.monitor.seed import EXPECTED, WEEK, Seeded, seed_week

AFTER_THE_WEEK = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeded(store: Store, clock: FakeClock) -> Seeded:
    return seed_week(store, clock)


@pytest.fixture
def report(store: Store, seeded: Seeded) -> WeeklyReport:
    return weekly_report(store, seeded.sam.id, WEEK, AFTER_THE_WEEK, tz=UTC)


def test_minutes_per_day_count_only_the_week(report: WeeklyReport) -> None:
    """Monday to Sunday from the usage sessions; the Sunday before and Monday after stay out."""
    assert [day.day.isoformat() for day in report.days][::6] == ["2026-11-16", "2026-11-22"]
    assert tuple(day.minutes for day in report.days) == EXPECTED["minutes"]
    assert report.total_minutes == 215
    assert report.daily_limit_minutes == 45
    assert report.time_limit_days == 1


def test_chats_messages_and_topics(report: WeeklyReport) -> None:
    """4 chats, 18 messages (9 the child's), one topic each plus 4 that fit none."""
    assert (report.chats, report.messages, report.child_messages) == (4, 18, 9)
    assert {count.topic.value: count.messages for count in report.topics} == EXPECTED["topics"]
    assert [count.topic for count in report.topics] == list(Topic)


def test_flagged_events_by_severity_with_links_to_the_message(
    report: WeeklyReport, seeded: Seeded
) -> None:
    """Two redactions and an insult (medium), a stopped reply (high), a crisis (critical)."""
    counts = {count.severity: count.events for count in report.flagged_by_severity}
    assert counts == {Severity.LOW: 0, Severity.MEDIUM: 3, Severity.HIGH: 1, Severity.CRITICAL: 1}
    assert [item.kind for item in report.flagged] == [
        "message_redacted",
        "message_blocked",
        "reply_blocked",
        "crisis",
        "message_redacted",
    ]
    crisis = report.flagged[3]
    assert (crisis.message_id, crisis.conversation_id) == (
        seeded.crisis_message_id,
        seeded.crisis_conversation_id,
    )
    assert crisis.concern == "self-harm or suicide"
    assert all(item.nickname == "Sam" for item in report.flagged)


def test_personal_information_lessons_tokens_cost_and_violation_rate(report: WeeklyReport) -> None:
    """Hidden details by kind, one lesson, tokens and their cost, 3 blocked of 18 messages."""
    assert [(count.kind, count.times) for count in report.pii_hidden] == [
        ("address", 1),
        ("phone number", 1),
    ]
    assert [(done.lesson_id, done.title) for done in report.lessons_completed] == [
        ("what-is-ai", "What is an AI?")
    ]
    assert (report.tokens.input_tokens, report.tokens.output_tokens) == (7800, 1820)
    # 7,800 x $1/M + 1,820 x $5/M = $0.0078 + $0.0091
    assert report.tokens.estimated_cost_usd == Decimal("0.0169")
    assert (report.violation_rate.flagged_messages, report.violation_rate.all_messages) == (3, 18)
    assert report.violation_rate.rate == pytest.approx(3 / 18)
    assert report.notices == ()


def test_the_cost_estimate_uses_the_documented_haiku_prices() -> None:
    """One million tokens each way cost $1 + $5 at claude-haiku-4-5 list prices."""
    use = TokenUse.of(1_000_000, 1_000_000)
    assert use.estimated_cost_usd == Decimal("6.0000")
    assert use.priced_model == "claude-haiku-4-5"
    assert use.prices_checked.isoformat() == "2026-11-26"


def test_the_school_report_covers_every_profile(store: Store, seeded: Seeded) -> None:
    """`child_id=None`: both children's figures added up, with one line per child."""
    school = weekly_report(store, None, WEEK, AFTER_THE_WEEK, tz=UTC)
    assert school.is_school_report
    assert school.child is None
    assert [day.minutes for day in school.days] == [30, 45, 15, 20, 50, 60, 10]
    assert (school.chats, school.messages, school.child_messages) == (5, 20, 10)
    assert school.daily_limit_minutes is None
    lines = {child.nickname: child for child in school.children}
    assert (lines["Zoë"].minutes, lines["Zoë"].chats, lines["Zoë"].messages) == (15, 1, 2)
    assert (lines["Sam"].minutes, lines["Sam"].flagged_events) == (215, 5)
    assert school.violation_rate.all_messages == 20
    assert school.tokens.input_tokens == 7800 + 600


def test_days_follow_the_local_time_zone(store: Store, seeded: Seeded) -> None:
    """In UTC+13 Sunday 20:00 UTC is Monday morning, and next Monday 08:00 UTC is outside."""
    auckland = timezone(timedelta(hours=13))
    report = weekly_report(store, seeded.sam.id, WEEK, AFTER_THE_WEEK, tz=auckland)
    assert [day.minutes for day in report.days] == [55, 45, 0, 20, 50, 60, 10]


def test_a_week_still_going_on_says_so(store: Store, seeded: Seeded) -> None:
    """Made on the Thursday of the week: a notice says the figures are so far."""
    report = weekly_report(store, seeded.sam.id, WEEK, datetime(2026, 11, 19, tzinfo=UTC), tz=UTC)
    assert [notice.kind for notice in report.notices] == [NoticeKind.WEEK_IN_PROGRESS]


def test_an_edited_event_row_puts_a_warning_naming_it_on_the_report(
    store: Store, seeded: Seeded
) -> None:
    """Tampering with the event chain is reported at the top, with the first broken event."""
    target = store.events.between()[2]
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET severity = 'low' WHERE id = ?", (target.id,))
    report = weekly_report(store, seeded.sam.id, WEEK, AFTER_THE_WEEK, tz=UTC)
    (notice,) = report.notices
    assert notice.kind is NoticeKind.CHAIN_BROKEN
    assert f"event {target.id}" in notice.text


def test_a_removed_data_folder_is_noticed_in_that_weeks_report(
    store: Store, seeded: Seeded, clock: FakeClock
) -> None:
    """The `data_folder_removed` event of that week becomes a notice; other weeks do not show it."""
    clock.set(datetime(2026, 11, 18, 12, 0, tzinfo=UTC))
    # As `app/family/first_run.py` records it when Hoot is set up again.
    store.events.record(
        child_id=None, category="access", severity=Severity.HIGH, kind="data_folder_removed"
    )
    report = weekly_report(store, seeded.sam.id, WEEK, AFTER_THE_WEEK, tz=UTC)
    assert [notice.kind for notice in report.notices] == [NoticeKind.DATA_FOLDER_REMOVED]
    assert "Wednesday 18 November 2026" in report.notices[0].text
    earlier = weekly_report(store, seeded.sam.id, "2026-W46", AFTER_THE_WEEK, tz=UTC)
    assert earlier.notices == ()


def test_a_week_without_use_has_zeros_and_no_rate(store: Store, seeded: Seeded) -> None:
    """An empty week: seven zero days, no messages, and a rate of None (not 0%)."""
    report = weekly_report(store, seeded.zoe.id, "2026-W40", AFTER_THE_WEEK, tz=UTC)
    assert [day.minutes for day in report.days] == [0] * 7
    assert report.messages == 0
    assert report.violation_rate.rate is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Can you help with my maths homework?", Topic.HOMEWORK),
        ("How big were the dinosaurs?", Topic.SCIENCE),
        ("Write a poem about a unicorn", Topic.STORIES),
        ("I'm worried my friend is cross with me", Topic.FEELINGS),
        ("How do I beat the boss in Minecraft?", Topic.GAMES),
        ("hello", Topic.OTHER),
        ("my phone number is [phone number]", Topic.OTHER),
        # One word each for homework and feelings: feelings wins the tie.
        ("I'm sad about my test", Topic.FEELINGS),
    ],
)
def test_topics_come_from_keywords_in_the_childs_words(text: str, topic: Topic) -> None:
    """Keyword counts decide; word endings match with `*`; ties go to feelings first."""
    assert classify_topic(text) is topic


@pytest.mark.parametrize("text", ["2026-47", "W47", "2026-W7", "2025-W53", "2026-W00"])
def test_a_week_must_be_written_like_2026_w47(text: str) -> None:
    """Anything else, or a week 53 in a year with 52, is refused with an example."""
    with pytest.raises(ValueError, match=r"2026-W47|week"):
        IsoWeek.parse(text)


def test_iso_weeks_know_their_days_and_neighbours() -> None:
    """2026-W47 is Monday 16 to Sunday 22 November; the week before is W46; 2026 has a W53."""
    week = IsoWeek.parse("2026-w47")
    assert (week.monday.isoformat(), week.sunday.isoformat()) == ("2026-11-16", "2026-11-22")
    assert str(week.previous()) == "2026-W46"
    assert str(IsoWeek.parse("2026-W53")) == "2026-W53"
    assert str(IsoWeek.parse("2027-W01").previous()) == "2026-W53"
