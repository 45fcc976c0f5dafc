"""The weekly report as data: use, topics, flagged events, hidden details, lessons, cost, rate.

`weekly_report(store, child_id, "2026-W47", now)` reads one ISO week (Monday to Sunday, local
time) for one child, or for every profile (`child_id=None`: one school report). Everything is
computed on this computer; topics come from a small keyword list over the child's own
(already redacted) messages. Rendering to HTML, PDF and JSON is `app/monitor/rendering.py`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum
from functools import cache

from app.guidance.lessons import lesson_by_id
from app.monitor.events import Kind, describe, is_concern, pii_kinds
from app.monitor.time_limits import day_bounds
from app.paths import resource
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import ChildProfile, Event, LessonStatus, Message, RecordNotFound, Role, Store
from app.text import words

#: The cost estimate uses Anthropic's list prices for this model, in US dollars per million
#: tokens, as published on the model's page when last checked. They are constants on purpose
#: (not settings): the report says "estimate" and names the model and the date.
PRICED_MODEL = "claude-haiku-4-5"
INPUT_USD_PER_MILLION = Decimal("1.00")
OUTPUT_USD_PER_MILLION = Decimal("5.00")
PRICES_CHECKED = date(2026, 11, 26)

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


class Topic(StrEnum):
    """Coarse topics, in the order ties are broken (feelings first: they matter most)."""

    FEELINGS = "feelings"
    HOMEWORK = "homework"
    SCIENCE = "science"
    STORIES = "stories"
    GAMES = "games"
    OTHER = "other"


class NoticeKind(StrEnum):
    CHAIN_BROKEN = "chain_broken"
    DATA_FOLDER_REMOVED = "data_folder_removed"
    DATA_DELETED = "data_deleted"
    HISTORY_PURGED = "history_purged"
    WEEK_IN_PROGRESS = "week_in_progress"


@dataclass(frozen=True, order=True)
class IsoWeek:
    """An ISO 8601 week such as 2026-W47 (Monday to Sunday)."""

    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """ "2026-W47" -> IsoWeek(2026, 47); ValueError for anything else or a week that is
        not in that year."""
        found = _WEEK.match(text.strip().upper())
        if not found:
            raise ValueError(f"expected a week like 2026-W47, not {text!r}")
        week = cls(int(found.group(1)), int(found.group(2)))
        week.monday  # noqa: B018 - raises ValueError for a week 53 the year does not have
        return week

    @classmethod
    def containing(cls, day: date) -> IsoWeek:
        year, week, _weekday = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def previous(self) -> IsoWeek:
        return IsoWeek.containing(self.monday - timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


@dataclass(frozen=True)
class DayMinutes:
    day: date
    minutes: int


@dataclass(frozen=True)
class TopicCount:
    topic: Topic
    messages: int


@dataclass(frozen=True)
class SeverityCount:
    severity: Severity
    events: int


@dataclass(frozen=True)
class FlaggedEvent:
    """One flagged event, with what the parent needs to open the transcript at that message."""

    event_id: int
    child_id: int | None
    nickname: str | None
    occurred_at: datetime
    kind: str
    category: str
    #: The category in plain words ("bullying or unkind words").
    concern: str
    severity: Severity
    message_id: int | None
    conversation_id: int | None


@dataclass(frozen=True)
class PiiCount:
    """How many times one kind of personal information ("phone number") was hidden."""

    kind: str
    times: int


@dataclass(frozen=True)
class LessonDone:
    child_id: int
    nickname: str
    lesson_id: str
    title: str
    completed_at: datetime


@dataclass(frozen=True)
class TokenUse:
    """Tokens sent and received, and what they cost at `PRICED_MODEL` list prices (estimate)."""

    input_tokens: int
    output_tokens: int
    estimated_cost_usd: Decimal
    priced_model: str = PRICED_MODEL
    input_usd_per_million: Decimal = INPUT_USD_PER_MILLION
    output_usd_per_million: Decimal = OUTPUT_USD_PER_MILLION
    prices_checked: date = PRICES_CHECKED

    @classmethod
    def of(cls, input_tokens: int, output_tokens: int) -> TokenUse:
        cost = (
            input_tokens * INPUT_USD_PER_MILLION + output_tokens * OUTPUT_USD_PER_MILLION
        ) / 1_000_000
        return cls(input_tokens, output_tokens, cost.quantize(Decimal("0.0001")))


@dataclass(frozen=True)
class ViolationRate:
    """Messages the filter blocked (either side) out of all messages of the week."""

    flagged_messages: int
    all_messages: int

    @property
    def rate(self) -> float | None:
        """A fraction from 0 to 1, or None for a week without messages."""
        return None if not self.all_messages else self.flagged_messages / self.all_messages


@dataclass(frozen=True)
class Notice:
    """Something the reader must know about the figures themselves (shown at the top)."""

    kind: NoticeKind
    text: str


@dataclass(frozen=True)
class ChildSummary:
    """One child's line in the report (the only line in a child's report)."""

    child_id: int
    nickname: str
    minutes: int
    chats: int
    messages: int
    flagged_events: int
    violation_rate: ViolationRate


@dataclass(frozen=True)
class WeeklyReport:
    """Everything a weekly report shows, for one child or (school report) for every child."""

    week: IsoWeek
    generated_at: datetime
    #: The child the report is about; None for the school report.
    child: ChildSummary | None
    children: tuple[ChildSummary, ...]
    #: Active chatting per local day, Monday first (always seven).
    days: tuple[DayMinutes, ...]
    #: The child's daily limit (child report only), drawn on the chart.
    daily_limit_minutes: int | None
    chats: int
    messages: int
    child_messages: int
    topics: tuple[TopicCount, ...]
    flagged_by_severity: tuple[SeverityCount, ...]
    flagged: tuple[FlaggedEvent, ...]
    pii_hidden: tuple[PiiCount, ...]
    lessons_completed: tuple[LessonDone, ...]
    time_limit_days: int
    tokens: TokenUse
    violation_rate: ViolationRate
    notices: tuple[Notice, ...]

    @property
    def is_school_report(self) -> bool:
        return self.child is None

    @property
    def total_minutes(self) -> int:
        return sum(day.minutes for day in self.days)

    @property
    def starts(self) -> date:
        return self.week.monday

    @property
    def ends(self) -> date:
        return self.week.sunday


def weekly_report(
    store: Store,
    child_id: int | None,
    iso_week: IsoWeek | str,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    settings: Settings | None = None,
) -> WeeklyReport:
    """The report of `iso_week` for one child, or for every profile when `child_id` is None.

    Days run midnight to midnight in `tz` (default: this computer's time zone). `now` dates
    the report and tells whether the week is still going on. RecordNotFound for an unknown
    child.
    """
    week = iso_week if isinstance(iso_week, IsoWeek) else IsoWeek.parse(iso_week)
    settings = settings or Settings(store.settings)
    children = [store.profiles.get(child_id)] if child_id is not None else store.profiles.all()
    since, _ = day_bounds(week.monday, tz)
    _, until = day_bounds(week.sunday, tz)

    minutes_by_day: Counter[date] = Counter()
    all_messages: list[Message] = []
    flagged: list[FlaggedEvent] = []
    pii: Counter[str] = Counter()
    lessons: list[LessonDone] = []
    summaries: list[ChildSummary] = []
    limit_days: set[tuple[int, str]] = set()
    for profile in children:
        seconds = _seconds_by_day(store, profile.id, since, until, tz)
        minutes_by_day.update({day: value // 60 for day, value in seconds.items()})
        messages = store.history.messages_between(profile.id, since, until)
        all_messages += messages
        events = store.events.for_child(profile.id, since=since, until=until)
        concerns = [event for event in events if is_concern(event)]
        flagged += [_flagged(store, event, profile) for event in concerns]
        pii.update(_hidden_kinds(events))
        lessons += _lessons_done(store, profile, since, until)
        limit_days |= {
            (profile.id, str(event.details.get("day")))
            for event in events
            if event.kind == Kind.TIME_LIMIT_REACHED
        }
        summaries.append(
            ChildSummary(
                child_id=profile.id,
                nickname=profile.nickname,
                minutes=sum(value // 60 for value in seconds.values()),
                chats=len({message.conversation_id for message in messages}),
                messages=len(messages),
                flagged_events=len(concerns),
                violation_rate=_violation_rate(messages),
            )
        )

    child_texts = [message.text for message in all_messages if message.role is Role.USER]
    topic_counts = Counter(classify_topic(text) for text in child_texts)
    severity_counts = Counter(event.severity for event in flagged)
    daily_limit = None
    if child_id is not None:
        value = settings.get("daily_minutes", child_id)
        daily_limit = None if value is None else int(value)
    return WeeklyReport(
        week=week,
        generated_at=now,
        child=summaries[0] if child_id is not None else None,
        children=tuple(summaries),
        days=tuple(
            DayMinutes(day, minutes_by_day.get(day, 0))
            for day in (week.monday + timedelta(days=offset) for offset in range(7))
        ),
        daily_limit_minutes=daily_limit,
        chats=len({message.conversation_id for message in all_messages}),
        messages=len(all_messages),
        child_messages=len(child_texts),
        topics=tuple(TopicCount(topic, topic_counts.get(topic, 0)) for topic in Topic),
        flagged_by_severity=tuple(
            SeverityCount(severity, severity_counts.get(severity, 0)) for severity in Severity
        ),
        flagged=tuple(sorted(flagged, key=lambda item: (item.occurred_at, item.event_id))),
        pii_hidden=tuple(PiiCount(kind, times) for kind, times in sorted(pii.items())),
        lessons_completed=tuple(sorted(lessons, key=lambda done: done.completed_at)),
        time_limit_days=len(limit_days),
        tokens=_token_use(all_messages),
        violation_rate=_violation_rate(all_messages),
        notices=tuple(_notices(store, week, now, since=since, until=until, tz=tz)),
    )


def classify_topic(text: str) -> Topic:
    """The coarse topic of one message: the topic with most keyword hits, else `other`."""
    tokens = _WORD.findall(text.lower())
    best, best_hits = Topic.OTHER, 0
    for topic, (exact, prefixes) in _keywords().items():
        hits = sum(1 for token in tokens if token in exact or token.startswith(prefixes))
        if hits > best_hits:
            best, best_hits = topic, hits
    return best


@cache
def _keywords() -> dict[Topic, tuple[frozenset[str], tuple[str, ...]]]:
    with resource("report", "topics.toml").open("rb") as handle:
        raw = tomllib.load(handle)
    table: dict[Topic, tuple[frozenset[str], tuple[str, ...]]] = {}
    for topic in Topic:
        if topic is Topic.OTHER:
            continue
        entries = [str(entry).lower() for entry in raw[topic.value]["words"]]
        exact = frozenset(entry for entry in entries if not entry.endswith("*"))
        prefixes = tuple(entry[:-1] for entry in entries if entry.endswith("*"))
        table[topic] = (exact, prefixes)
    return table


def _seconds_by_day(
    store: Store, child_id: int, since: datetime, until: datetime, tz: tzinfo | None
) -> Counter[date]:
    # A session belongs to the day it started: the time limiter starts a new one each day.
    seconds: Counter[date] = Counter()
    for session in store.usage.sessions(child_id, since, until):
        seconds[session.started_at.astimezone(tz).date()] += session.active_seconds
    return seconds


def _flagged(store: Store, event: Event, profile: ChildProfile) -> FlaggedEvent:
    conversation = event.details.get("conversation_id")
    if conversation is None and event.message_id is not None:
        try:
            conversation = store.history.message(event.message_id).conversation_id
        except RecordNotFound:
            conversation = None
    return FlaggedEvent(
        event_id=event.id,
        child_id=event.child_id,
        nickname=profile.nickname,
        occurred_at=event.occurred_at,
        kind=event.kind,
        category=event.category,
        concern=describe(event),
        severity=event.severity,
        message_id=event.message_id,
        conversation_id=int(conversation) if conversation is not None else None,
    )


def _hidden_kinds(events: Iterable[Event]) -> Counter[str]:
    # `pii_repeated` sums up earlier events: counting it too would count those twice.
    return Counter(
        kind for event in events if event.kind != Kind.PII_REPEATED for kind in pii_kinds(event)
    )


def _lessons_done(
    store: Store, profile: ChildProfile, since: datetime, until: datetime
) -> list[LessonDone]:
    band = profile.age_band(since.date())
    done: list[LessonDone] = []
    for progress in store.lessons.progress(profile.id):
        finished = progress.completed_at
        if progress.status is not LessonStatus.COMPLETED or finished is None:
            continue
        if not since <= finished < until:
            continue
        title = progress.lesson_id
        if band is not None:
            try:
                title = lesson_by_id(band, progress.lesson_id).title
            except KeyError:
                title = progress.lesson_id
        done.append(LessonDone(profile.id, profile.nickname, progress.lesson_id, title, finished))
    return done


def _token_use(messages: Sequence[Message]) -> TokenUse:
    return TokenUse.of(
        sum(message.tokens_in or 0 for message in messages),
        sum(message.tokens_out or 0 for message in messages),
    )


def _violation_rate(messages: Sequence[Message]) -> ViolationRate:
    blocked = sum(1 for message in messages if message.filter and message.filter.action == "block")
    return ViolationRate(blocked, len(messages))


def _notices(
    store: Store,
    week: IsoWeek,
    now: datetime,
    *,
    since: datetime,
    until: datetime,
    tz: tzinfo | None,
) -> list[Notice]:
    notices: list[Notice] = []
    chain = store.events.verify_chain()
    if not chain.intact:
        problem = chain.problem.value if chain.problem else "unknown"
        if chain.first_broken_event_id is None:
            text = words("monitor.report.notice.chain_broken_head", problem=problem)
        else:
            text = words(
                "monitor.report.notice.chain_broken",
                event=chain.first_broken_event_id,
                problem=problem,
            )
        notices.append(Notice(NoticeKind.CHAIN_BROKEN, text))
    for event in store.events.between(since, until):
        when = event.occurred_at.astimezone(tz).strftime("%A %d %B %Y")
        if event.kind == Kind.DATA_FOLDER_REMOVED:
            text = words("monitor.report.notice.data_folder_removed", day=when)
            notices.append(Notice(NoticeKind.DATA_FOLDER_REMOVED, text))
        elif event.kind == Kind.DATA_DELETED:
            text = words("monitor.report.notice.data_deleted", day=when)
            notices.append(Notice(NoticeKind.DATA_DELETED, text))
        elif event.kind == Kind.HISTORY_PURGED:
            text = words("monitor.report.notice.history_purged", day=when)
            notices.append(Notice(NoticeKind.HISTORY_PURGED, text))
    if now < until:
        text = words("monitor.report.notice.week_in_progress", week=str(week))
        notices.append(Notice(NoticeKind.WEEK_IN_PROGRESS, text))
    return notices
