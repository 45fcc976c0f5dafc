"""Alerts to the parent: which events alert, when, by e-mail or desktop, and delivery exactly once.

Policy: `critical` events alert at once; `high` ones at once or in the daily digest (the
`alerts.high` setting); the rest appear only in reports. Each alert is a row in the store's
queue, one per (event, channel), so queueing twice is harmless. `deliver_pending` sends what
is due and marks each alert sent once; a failure stays queued with its attempt count and is
retried later with a growing delay, so an alert is neither lost offline nor sent twice.

E-mail goes through the parent's own SMTP server (password in the keyring). By default it
names the child, the time and the kind of concern, never message text; an excerpt of the
child's (already redacted) message is an opt-in. Desktop notices carry even less: the child
may be sitting at the same screen.
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum
from typing import Protocol

import keyring
from keyring.errors import KeyringError

from app import APP_NAME
from app.guidance.crisis import crisis_card, system_region
from app.monitor.events import Kind, describe
from app.policy import MachinePolicy, PolicyError
from app.policy import smtp_password as policy_smtp_password
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import Alert, ChildProfile, Event, RecordNotFound, Role, Store
from app.text import has_words, words

#: Keyring entry of the SMTP password (the parent types it in the alert settings).
KEYRING_SERVICE = APP_NAME
SMTP_PASSWORD_USERNAME = "smtp-password"
#: Seconds for connecting to the SMTP server and for each exchange with it.
SMTP_TIMEOUT_SECONDS = 20.0
#: The daily digest goes out at the first delivery run after this local hour.
DIGEST_HOUR = 18
#: Retries wait 1, 2, 4 ... minutes, never more than this.
MAX_RETRY_DELAY = timedelta(hours=1)
#: How long an excerpt (opt-in) of the child's redacted message may be.
EXCERPT_CHARS = 80

_DIGEST_SUFFIX = ".digest"
# One delivery run at a time in this process: the GUI may start one from a timer and one
# after a new event.
_DELIVERY_LOCK = threading.Lock()


class Medium(StrEnum):
    EMAIL = "email"
    DESKTOP = "desktop"


class Timing(StrEnum):
    IMMEDIATE = "immediate"
    DIGEST = "digest"


def channel_name(medium: Medium, timing: Timing) -> str:
    """The queue's channel string: "email", "desktop", "email.digest", "desktop.digest"."""
    return medium.value + (_DIGEST_SUFFIX if timing is Timing.DIGEST else "")


def alert_timing(severity: Severity, high_setting: str) -> Timing | None:
    """When an event of `severity` alerts: at once, in the digest, or never (reports only)."""
    if severity >= Severity.CRITICAL:
        return Timing.IMMEDIATE
    if severity >= Severity.HIGH:
        return Timing.DIGEST if high_setting == Timing.DIGEST.value else Timing.IMMEDIATE
    return None


# -- e-mail -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailConfig:
    """Where and how alert e-mails go, from the settings (the password stays in the keyring)."""

    host: str
    port: int
    security: str
    user: str | None
    sender: str
    recipient: str
    include_excerpt: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> EmailConfig | None:
        """The configuration, or None when no SMTP server or recipient is set."""
        host = settings.get("smtp.host")
        recipient = settings.get("alerts.email_to")
        if not host or not recipient:
            return None
        return cls(
            host=str(host),
            port=int(settings.get("smtp.port")),
            security=str(settings.get("smtp.security")),
            user=settings.get("smtp.user"),
            sender=str(settings.get("smtp.from") or recipient),
            recipient=str(recipient),
            include_excerpt=bool(settings.get("alerts.include_excerpt")),
        )


class EmailFailed(Exception):
    """Sending failed; `reason` is a short code such as "smtp-timeout" (never a password)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EmailSender(Protocol):
    """Sends one message or raises `EmailFailed`."""

    def send(self, message: EmailMessage) -> None: ...


def smtp_password() -> str | None:
    """The SMTP password from the keyring, or None when none is kept (or the keyring fails)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, SMTP_PASSWORD_USERNAME)
    except KeyringError:
        return None


def set_smtp_password(password: str | None) -> None:
    """Keep (or with None, forget) the SMTP password in the keyring."""
    if password:
        keyring.set_password(KEYRING_SERVICE, SMTP_PASSWORD_USERNAME, password)
        return
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, SMTP_PASSWORD_USERNAME)


class SmtpSender:
    """Sends through the parent's SMTP server with STARTTLS, SSL or neither, with timeouts."""

    def __init__(
        self,
        config: EmailConfig,
        *,
        password: str | None = None,
        policy: MachinePolicy | None = None,
        timeout: float = SMTP_TIMEOUT_SECONDS,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._config = config
        self._password = password
        self._policy = policy
        self._timeout = timeout
        self._context = ssl_context

    def _login_password(self) -> str:
        """The given password, else the school's (machine policy file), else the keyring's."""
        password = self._password
        if password is None and self._policy is not None:
            try:
                password = policy_smtp_password(self._policy)
            except PolicyError:
                raise EmailFailed("smtp-no-password") from None
        if password is None:
            password = smtp_password()
        if password is None:
            raise EmailFailed("smtp-no-password")
        return password

    def send(self, message: EmailMessage) -> None:
        config = self._config
        context = self._context or ssl.create_default_context()
        try:
            client: smtplib.SMTP
            if config.security == "ssl":
                client = smtplib.SMTP_SSL(
                    config.host, config.port, timeout=self._timeout, context=context
                )
            else:
                client = smtplib.SMTP(config.host, config.port, timeout=self._timeout)
            with client:
                if config.security == "starttls":
                    client.starttls(context=context)
                if config.user:
                    client.login(config.user, self._login_password())
                client.send_message(message)
        except EmailFailed:
            raise
        except smtplib.SMTPAuthenticationError:
            raise EmailFailed("smtp-auth") from None
        except (smtplib.SMTPNotSupportedError, ssl.SSLError, ssl.CertificateError):
            raise EmailFailed("smtp-tls") from None
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused):
            raise EmailFailed("smtp-refused") from None
        except TimeoutError:
            raise EmailFailed("smtp-timeout") from None
        except smtplib.SMTPException:
            raise EmailFailed("smtp-error") from None
        except OSError:
            # Refused connections, unknown host names, no network.
            raise EmailFailed("smtp-unreachable") from None


@dataclass(frozen=True)
class EmailCheck:
    """The outcome of "Send test e-mail": `explanation` says what to do, in plain words."""

    ok: bool
    reason: str | None
    explanation: str


def send_test_email(
    settings: Settings,
    *,
    email_sender: EmailSender | None = None,
    policy: MachinePolicy | None = None,
    now: datetime | None = None,
) -> EmailCheck:
    """Send a short test message with the current settings (the parent's "Send test e-mail").

    Talks to the network (up to `SMTP_TIMEOUT_SECONDS` per step): call it off the GUI thread.
    """
    config = EmailConfig.from_settings(settings)
    if config is None:
        return EmailCheck(False, "not-configured", words("monitor.email_problem.not-configured"))
    message = _envelope(
        config,
        words("monitor.email.test_subject"),
        words("monitor.email.test_body", address=config.recipient),
        now or datetime.now().astimezone(),
        "test",
    )
    try:
        (email_sender or SmtpSender(config, policy=policy)).send(message)
    except EmailFailed as failure:
        return EmailCheck(False, failure.reason, _problem_words(failure.reason))
    return EmailCheck(True, None, words("monitor.email.test_sent", address=config.recipient))


# -- desktop ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DesktopNotice:
    """A tray notification. No concern and no text: a child may be at the same screen."""

    title: str
    body: str
    urgent: bool
    event_ids: tuple[int, ...]


class DesktopNotifier(Protocol):
    """Implemented by the UI (system tray). Returns False when it could not show the notice."""

    def notify(self, notice: DesktopNotice) -> bool: ...


# -- queueing and delivery ----------------------------------------------------------------------


def queue_alerts(store: Store, settings: Settings, events: Iterable[Event]) -> tuple[Alert, ...]:
    """Queue alerts for the events that deserve one, on the channels the parent switched on.

    Safe to call twice for the same event: the store keeps one alert per event and channel.
    """
    mediums: list[Medium] = []
    if EmailConfig.from_settings(settings) is not None:
        mediums.append(Medium.EMAIL)
    if settings.get("alerts.desktop"):
        mediums.append(Medium.DESKTOP)
    high_setting = str(settings.get("alerts.high"))
    queued: list[Alert] = []
    for event in events:
        timing = alert_timing(event.severity, high_setting)
        if timing is None:
            continue
        for medium in mediums:
            queued.append(store.alerts.enqueue(event.id, channel_name(medium, timing)))
    return tuple(queued)


@dataclass(frozen=True)
class DeliveryReport:
    """What one `deliver_pending` run did (counts of alerts, not of messages sent)."""

    sent: int = 0
    failed: int = 0
    #: Still queued without an attempt: digest not due yet, no notifier, or the server was
    #: already unreachable in this run.
    waiting: int = 0
    #: Dropped because the channel was switched off (kept in the store for the record).
    given_up: int = 0


def deliver_pending(
    store: Store,
    settings: Settings,
    *,
    notifier: DesktopNotifier | None = None,
    email_sender: EmailSender | None = None,
    policy: MachinePolicy | None = None,
    tz: tzinfo | None = None,
) -> DeliveryReport:
    """Send every alert that is due; each is marked sent exactly once, failures wait and retry.

    Desktop alerts wait while `notifier` is None (no window). The SMTP password comes from the
    machine `policy`'s password file when it names one, else the keyring. Times in messages
    are shown in `tz` (default: this computer's). Run it on a worker thread: it talks to the
    network.
    """
    with _DELIVERY_LOCK:
        sender = email_sender
        config = EmailConfig.from_settings(settings)
        if sender is None and config is not None:
            sender = SmtpSender(config, policy=policy)
        return _Delivery(store, settings, notifier, sender, tz).run()


def retry_at(now: datetime, attempts_before: int) -> datetime:
    """When to try again after a failure: 1, 2, 4 ... minutes, at most `MAX_RETRY_DELAY`."""
    delay = timedelta(minutes=2 ** min(attempts_before, 10))
    return now + min(delay, MAX_RETRY_DELAY)


def next_digest_time(after: datetime, tz: tzinfo | None = None) -> datetime:
    """The first `DIGEST_HOUR` o'clock (local) at or after `after`."""
    local = after.astimezone(tz)
    candidate = datetime.combine(local.date(), time(DIGEST_HOUR), tzinfo=local.tzinfo)
    if candidate < local:
        candidate = datetime.combine(
            local.date() + timedelta(days=1), time(DIGEST_HOUR), tzinfo=local.tzinfo
        )
    return candidate


@dataclass
class _Counts:
    sent: int = 0
    failed: int = 0
    waiting: int = 0
    given_up: int = 0


class _Delivery:
    """One delivery run (a class only to share its collaborators between steps)."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        notifier: DesktopNotifier | None,
        email_sender: EmailSender | None,
        tz: tzinfo | None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.notifier = notifier
        self.email = EmailConfig.from_settings(settings)
        self.sender = email_sender
        self.desktop_on = bool(settings.get("alerts.desktop"))
        self.tz = tz
        self.now = store.database.clock()
        self.counts = _Counts()
        self.email_down = False

    def run(self) -> DeliveryReport:
        due = self.store.alerts.due(limit=1000)
        digests: dict[Medium, list[Alert]] = {}
        for alert in due:
            medium, timing = _parse_channel(alert.channel)
            if medium is None:
                self._give_up([alert], "unknown-channel")
            elif not self._switched_on(medium):
                self._give_up([alert], "channel-off")
            elif timing is Timing.DIGEST:
                digests.setdefault(medium, []).append(alert)
            else:
                self._deliver(medium, [alert])
        for medium, alerts in digests.items():
            oldest = min(alert.created_at for alert in alerts)
            if self.now < next_digest_time(oldest, self.tz):
                self.counts.waiting += len(alerts)
            else:
                self._deliver(medium, alerts)
        counts = self.counts
        return DeliveryReport(counts.sent, counts.failed, counts.waiting, counts.given_up)

    def _switched_on(self, medium: Medium) -> bool:
        return self.email is not None if medium is Medium.EMAIL else self.desktop_on

    def _give_up(self, alerts: Sequence[Alert], reason: str) -> None:
        for alert in alerts:
            self.store.alerts.record_failure(alert.id, reason, None)
            self.counts.given_up += 1

    def _deliver(self, medium: Medium, alerts: Sequence[Alert]) -> None:
        events = self._events(alerts)
        if not events:
            return
        alerts = [alert for alert in alerts if alert.event_id in {e.id for e in events}]
        if medium is Medium.DESKTOP and self.notifier is None:
            self.counts.waiting += len(alerts)
            return
        if medium is Medium.EMAIL and self.email_down:
            self.counts.waiting += len(alerts)
            return
        try:
            if medium is Medium.EMAIL:
                self._send_email(alerts, events)
            else:
                self._show_desktop(events)
        except EmailFailed as failure:
            self.email_down = True
            self._failed(alerts, failure.reason)
            return
        except _DesktopFailed:
            self._failed(alerts, "desktop-unavailable")
            return
        for alert in alerts:
            self.store.alerts.mark_sent(alert.id)
            self.counts.sent += 1

    def _failed(self, alerts: Sequence[Alert], reason: str) -> None:
        for alert in alerts:
            self.store.alerts.record_failure(alert.id, reason, retry_at(self.now, alert.attempts))
            self.counts.failed += 1

    def _events(self, alerts: Sequence[Alert]) -> list[Event]:
        found: list[Event] = []
        for alert in alerts:
            try:
                found.append(self.store.events.get(alert.event_id))
            except RecordNotFound:
                self._give_up([alert], "event-gone")
        return found

    def _send_email(self, alerts: Sequence[Alert], events: Sequence[Event]) -> None:
        if self.email is None or self.sender is None:
            raise EmailFailed("not-configured")
        if len(events) == 1 and _parse_channel(alerts[0].channel)[1] is Timing.IMMEDIATE:
            subject, body = self._alert_email(events[0])
            message_key = f"alert-{alerts[0].id}-{events[0].hash[:12]}"
        else:
            subject, body = self._digest_email(events)
            message_key = f"digest-{alerts[0].id}-{len(alerts)}"
        self.sender.send(_envelope(self.email, subject, body, self.now, message_key))

    def _show_desktop(self, events: Sequence[Event]) -> None:
        if self.notifier is None:
            raise _DesktopFailed
        urgent = any(event.severity >= Severity.CRITICAL for event in events)
        names = {self._nickname(event) for event in events} - {None}
        if urgent and len(names) == 1:
            title = words("monitor.desktop.title_urgent", name=next(iter(names)))
        elif len(events) == 1:
            title = words("monitor.desktop.title_one")
        else:
            title = words("monitor.desktop.title_many", count=len(events))
        notice = DesktopNotice(
            title=title,
            body=words("monitor.desktop.body"),
            urgent=urgent,
            event_ids=tuple(event.id for event in events),
        )
        if not self.notifier.notify(notice):
            raise _DesktopFailed

    # -- wording --------------------------------------------------------------------------------

    def _alert_email(self, event: Event) -> tuple[str, str]:
        child = self._child(event)
        name = child.nickname if child else None
        concern = describe(event)
        if name is None:
            key = f"monitor.email.subject_machine.{event.kind}"
            subject = words(key if has_words(key) else "monitor.email.subject_machine.other")
        elif event.kind == Kind.CRISIS:
            subject = words("monitor.email.subject_crisis", name=name)
        elif event.severity >= Severity.CRITICAL:
            subject = words("monitor.email.subject_urgent", name=name)
        else:
            subject = words("monitor.email.subject_high", name=name)
        lines = [
            words("monitor.email.intro"),
            "",
        ]
        if name is not None:
            lines.append(words("monitor.email.line_child", name=name))
        lines += [
            words("monitor.email.line_when", when=_when(event.occurred_at, self.tz)),
            words("monitor.email.line_concern", concern=concern),
            words("monitor.email.line_severity", severity=severity_words(event.severity)),
            "",
        ]
        if child is not None and event.kind in (Kind.CRISIS, Kind.CRISIS_CARD_SHOWN):
            lines += [*self._help_lines(child, event), ""]
        lines += [words("monitor.email.what_to_do"), ""]
        excerpt = self._excerpt(event)
        if excerpt is None:
            lines.append(words("monitor.email.no_text"))
        else:
            lines += [words("monitor.email.excerpt_intro"), f'"{excerpt}"']
        lines += ["", "-- ", words("monitor.email.footer")]
        return subject, "\n".join(lines) + "\n"

    def _digest_email(self, events: Sequence[Event]) -> tuple[str, str]:
        if len(events) == 1:
            subject = words("monitor.email.subject_digest_one")
        else:
            subject = words("monitor.email.subject_digest", count=len(events))
        lines = [words("monitor.email.digest_intro"), ""]
        for event in events:
            child = self._child(event)
            lines.append(
                words(
                    "monitor.email.digest_line",
                    when=_when(event.occurred_at, self.tz),
                    name=child.nickname if child else words("monitor.email.no_child"),
                    concern=describe(event),
                    severity=severity_words(event.severity),
                )
            )
        lines += ["", words("monitor.email.what_to_do"), "", words("monitor.email.no_text")]
        lines += ["", "-- ", words("monitor.email.footer")]
        return subject, "\n".join(lines) + "\n"

    def _help_lines(self, child: ChildProfile, event: Event) -> list[str]:
        region = event.details.get("help_region") or self.settings.get("crisis_region")
        region = region or system_region()
        card = crisis_card(str(region) if region else None, child.age_band(self.now.date()))
        lines: list[str] = []
        if card.emergency_numbers:
            number = words("monitor.email.or").join(card.emergency_numbers)
            lines.append(words("monitor.email.emergency", name=child.nickname, number=number))
        for line in card.lines[:2]:
            lines.append(
                words(
                    "monitor.email.help_line",
                    region=card.region_name,
                    line=line.name,
                    how=line.how_to_reach(),
                )
            )
        return lines

    def _excerpt(self, event: Event) -> str | None:
        if self.email is None or not self.email.include_excerpt or event.message_id is None:
            return None
        try:
            message = self.store.history.message(event.message_id)
        except RecordNotFound:
            return None
        # Only the child's own words, as stored: personal information already hidden.
        if message.role is not Role.USER or not message.text.strip():
            return None
        return excerpt(message.text)

    def _child(self, event: Event) -> ChildProfile | None:
        if event.child_id is None:
            return None
        try:
            return self.store.profiles.get(event.child_id)
        except RecordNotFound:
            return None

    def _nickname(self, event: Event) -> str | None:
        child = self._child(event)
        return child.nickname if child else None


class _DesktopFailed(Exception):
    pass


def severity_words(severity: Severity) -> str:
    """ "urgent", "high" ... as a parent reads them."""
    return words(f"monitor.severity.{severity.label}")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first words of `text`, at most `limit` characters, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + "…"


def _parse_channel(channel: str) -> tuple[Medium | None, Timing]:
    timing = Timing.DIGEST if channel.endswith(_DIGEST_SUFFIX) else Timing.IMMEDIATE
    base = channel.removesuffix(_DIGEST_SUFFIX)
    try:
        return Medium(base), timing
    except ValueError:
        return None, timing


def _when(moment: datetime, tz: tzinfo | None) -> str:
    return moment.astimezone(tz).strftime("%A %d %B %Y, %H:%M")


def _envelope(
    config: EmailConfig, subject: str, body: str, now: datetime, message_key: str
) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = config.sender
    message["To"] = config.recipient
    message["Date"] = format_datetime(now.astimezone())
    # A stable id per alert: if a crash ever made Hoot send one twice, mail programs that
    # de-duplicate by Message-ID still show it once.
    message["Message-ID"] = f"<hoot-{message_key}@hoot.invalid>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    return message


def _problem_words(reason: str) -> str:
    key = f"monitor.email_problem.{reason}"
    return words(key) if has_words(key) else words("monitor.email_problem.smtp-error")
