"""Alerts: a real local SMTP server receives each alert once, with no message text by default."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.monitor import alerts
from app.monitor import events as monitor_events
from app.monitor.alerts import DesktopNotice, EmailConfig, SmtpSender
from app.policy import MachinePolicy
from app.safety.engine import check
from app.safety.verdict import Action, Category, Severity, Verdict
from app.settings import Settings
from app.store import AlertStatus, ChildProfile, Event, FilterOutcome, Store
from tests.unit.monitor.conftest import FakeClock
from tests.unit.monitor.smtp_server import LocalSmtp, free_port, server_tls_context

#: A word only the child's message contains: it must never reach an e-mail by default.
CANARY = "zebrafinch"


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    server = LocalSmtp().start()
    yield server
    server.stop()


def _use_server(settings: Settings, port: int, **extra: object) -> None:
    settings.set("smtp.host", "127.0.0.1")
    settings.set("smtp.port", port)
    settings.set("smtp.security", "none")
    settings.set("alerts.email_to", "parent@example.com")
    settings.set("smtp.from", "hoot@example.com")
    settings.set("alerts.desktop", False)
    for key, value in extra.items():
        settings.set(key.replace("__", "."), value)


def _crisis(store: Store, child: ChildProfile) -> Event:
    conversation = store.history.start_conversation(child.id, "8-10/test")
    text = f"my {CANARY} is sad and I want to kill myself"
    verdict = check(text, "in", "8-10")
    assert verdict.is_crisis
    message = store.history.add_user_message(
        conversation.id, verdict.text, FilterOutcome.from_verdict(verdict)
    )
    store.history.add_assistant_message(conversation.id, f"reply about the {CANARY}zz")
    (event,) = monitor_events.record_filter_verdict(
        store,
        child_id=child.id,
        verdict=verdict,
        direction="in",
        message_id=message.id,
        help_region="GB",
    )
    return event


def _event(store: Store, child: ChildProfile, severity: Severity) -> Event:
    verdict = Verdict(Action.BLOCK, (Category.BULLYING,), severity, "x", ("bullying.insult",))
    (event,) = monitor_events.record_filter_verdict(
        store, child_id=child.id, verdict=verdict, direction="in"
    )
    return event


def _text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_critical_event_sends_exactly_one_email_without_message_text(
    store: Store, settings: Settings, child: ChildProfile, smtp: LocalSmtp
) -> None:
    """One e-mail, subject "Sam may need help (urgent)", the help line, and no words of the chat."""
    _use_server(settings, smtp.port)
    event = _crisis(store, child)
    queued = alerts.queue_alerts(store, settings, [event])
    assert [alert.channel for alert in queued] == ["email"]

    first = alerts.deliver_pending(store, settings, tz=UTC)
    second = alerts.deliver_pending(store, settings, tz=UTC)

    assert (first.sent, first.failed) == (1, 0)
    assert (second.sent, second.failed) == (0, 0)
    assert len(smtp.inbox.messages) == 1
    mail = smtp.inbox.messages[0]
    assert mail["Subject"] == "Hoot alert: Sam may need help (urgent)"
    assert mail["To"] == "parent@example.com"
    assert mail["From"] == "hoot@example.com"
    text = _text_of(mail)
    assert "Child: Sam" in text
    assert "When: Monday 16 November 2026, 09:00" in text
    assert "self-harm or suicide" in text
    assert "urgent" in text
    assert "enter your parent PIN" in text
    assert "Childline" in text  # the help line for the child's region (GB)
    assert "999" in text
    assert CANARY not in mail.as_string()
    assert "kill" not in text.lower()
    (stored,) = store.alerts.for_event(event.id)
    assert (stored.status, stored.attempts) == (AlertStatus.SENT, 1)


def test_with_the_server_down_the_alert_waits_and_is_sent_once_when_it_is_back(
    store: Store, settings: Settings, child: ChildProfile, clock: FakeClock
) -> None:
    """Refused connection: queued with an attempt count; later delivered once, never twice."""
    port = free_port()
    _use_server(settings, port)
    event = _crisis(store, child)
    alerts.queue_alerts(store, settings, [event])

    down = alerts.deliver_pending(store, settings)
    (alert,) = store.alerts.for_event(event.id)
    assert (down.sent, down.failed) == (0, 1)
    assert (alert.status, alert.attempts, alert.last_error) == (
        AlertStatus.PENDING,
        1,
        "smtp-unreachable",
    )
    assert alert.next_attempt_at == clock.now + timedelta(minutes=1)
    # Not due yet: a run straight away does not hammer the server.
    assert alerts.deliver_pending(store, settings) == alerts.DeliveryReport()

    server = LocalSmtp(port).start()
    try:
        clock.advance(minutes=1)
        back = alerts.deliver_pending(store, settings)
        again = alerts.deliver_pending(store, settings)
        clock.advance(hours=2)
        later = alerts.deliver_pending(store, settings)
    finally:
        server.stop()
    assert back.sent == 1
    assert again.sent == later.sent == 0
    assert len(server.inbox.messages) == 1
    (alert,) = store.alerts.for_event(event.id)
    assert (alert.status, alert.attempts) == (AlertStatus.SENT, 2)


def test_retries_wait_longer_each_time_up_to_an_hour() -> None:
    """1, 2, 4 ... minutes after each failure, never more than an hour."""
    now = datetime(2026, 11, 16, tzinfo=UTC)
    delays = [alerts.retry_at(now, attempts) - now for attempts in range(9)]
    assert delays[:4] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert max(delays) == timedelta(hours=1)


def test_only_critical_and_high_events_alert(
    store: Store, settings: Settings, child: ChildProfile, smtp: LocalSmtp
) -> None:
    """Low and medium events go to the weekly report only; high ones alert at once by default."""
    _use_server(settings, smtp.port)
    low = _event(store, child, Severity.LOW)
    medium = _event(store, child, Severity.MEDIUM)
    high = _event(store, child, Severity.HIGH)
    queued = alerts.queue_alerts(store, settings, [low, medium, high])
    assert [alert.event_id for alert in queued] == [high.id]
    alerts.deliver_pending(store, settings)
    (mail,) = smtp.inbox.messages
    assert mail["Subject"] == "Hoot alert: please check Sam's chat today"
    assert "bullying" in _text_of(mail)


def test_high_events_wait_for_the_daily_digest_when_the_parent_chose_it(
    store: Store, settings: Settings, child: ChildProfile, smtp: LocalSmtp, clock: FakeClock
) -> None:
    """With `alerts.high = digest`, high events go out together at 18:00, critical ones at once."""
    _use_server(settings, smtp.port, alerts__high="digest")
    first = _event(store, child, Severity.HIGH)
    clock.advance(hours=2)
    second = _event(store, child, Severity.HIGH)
    queued = alerts.queue_alerts(store, settings, [first, second])
    assert {alert.channel for alert in queued} == {"email.digest"}
    crisis = _crisis(store, child)
    alerts.queue_alerts(store, settings, [crisis])

    morning = alerts.deliver_pending(store, settings, tz=UTC)
    assert (morning.sent, morning.waiting) == (1, 2)
    assert [mail["Subject"] for mail in smtp.inbox.messages] == [
        "Hoot alert: Sam may need help (urgent)"
    ]

    clock.set(datetime(2026, 11, 16, 18, 0, tzinfo=UTC))
    evening = alerts.deliver_pending(store, settings, tz=UTC)
    tomorrow = alerts.deliver_pending(store, settings, tz=UTC)
    assert evening.sent == 2
    assert tomorrow.sent == 0
    assert len(smtp.inbox.messages) == 2
    digest = smtp.inbox.messages[1]
    assert digest["Subject"] == "Hoot daily summary: 2 things to check"
    text = _text_of(digest)
    assert text.count(", Sam: bullying or unkind words. How serious: high") == 2
    assert CANARY not in digest.as_string()


def test_an_excerpt_of_the_childs_redacted_message_only_when_the_parent_opted_in(
    store: Store, settings: Settings, child: ChildProfile, smtp: LocalSmtp
) -> None:
    """Opt-in: the start of the child's message as stored (redacted), never the AI's reply."""
    _use_server(settings, smtp.port, alerts__include_excerpt=True)
    event = _crisis(store, child)
    alerts.queue_alerts(store, settings, [event])
    alerts.deliver_pending(store, settings)
    text = _text_of(smtp.inbox.messages[0])
    assert f'"my {CANARY} is sad and I want to kill myself"' in text
    assert f"{CANARY}zz" not in text


def test_an_excerpt_is_short_and_cut_at_a_word() -> None:
    """Long messages are cut at a word boundary with an ellipsis."""
    cut = alerts.excerpt("word " * 40)
    assert len(cut) <= alerts.EXCERPT_CHARS + 1
    assert cut.endswith("word…")


def test_desktop_notices_wait_for_the_window_and_name_no_concern(
    store: Store, settings: Settings, child: ChildProfile
) -> None:
    """No notifier (no window): the alert waits. With one: a notice naming the child only."""
    settings.set("alerts.desktop", True)
    event = _crisis(store, child)
    (queued,) = alerts.queue_alerts(store, settings, [event])
    assert queued.channel == "desktop"
    assert alerts.deliver_pending(store, settings).waiting == 1

    shown: list[DesktopNotice] = []

    class Tray:
        def notify(self, notice: DesktopNotice) -> bool:
            shown.append(notice)
            return True

    assert alerts.deliver_pending(store, settings, notifier=Tray()).sent == 1
    assert alerts.deliver_pending(store, settings, notifier=Tray()).sent == 0
    (notice,) = shown
    assert notice.title == "Hoot: please check on Sam now"
    assert notice.urgent
    assert notice.event_ids == (event.id,)
    assert "self-harm" not in notice.title + notice.body


def test_a_notifier_that_cannot_show_keeps_the_alert_for_later(
    store: Store, settings: Settings, child: ChildProfile
) -> None:
    """`notify` returning False is a failed attempt, retried later."""
    settings.set("alerts.desktop", True)
    event = _crisis(store, child)
    alerts.queue_alerts(store, settings, [event])

    class BrokenTray:
        def notify(self, notice: DesktopNotice) -> bool:
            return False

    report = alerts.deliver_pending(store, settings, notifier=BrokenTray())
    assert report.failed == 1
    (alert,) = store.alerts.for_event(event.id)
    assert (alert.status, alert.attempts) == (AlertStatus.PENDING, 1)
    assert alert.last_error == "desktop-unavailable"


def test_alerts_on_a_channel_switched_off_are_given_up_not_sent(
    store: Store, settings: Settings, child: ChildProfile
) -> None:
    """Turning desktop notices off drops the waiting ones (kept in the store as given up)."""
    settings.set("alerts.desktop", True)
    event = _crisis(store, child)
    alerts.queue_alerts(store, settings, [event])
    settings.set("alerts.desktop", False)
    assert alerts.deliver_pending(store, settings).given_up == 1
    (alert,) = store.alerts.for_event(event.id)
    assert (alert.status, alert.last_error) == (AlertStatus.GIVEN_UP, "channel-off")


def test_no_channel_configured_queues_nothing(
    store: Store, settings: Settings, child: ChildProfile
) -> None:
    """Without e-mail settings and with desktop notices off there is nowhere to alert."""
    settings.set("alerts.desktop", False)
    assert alerts.queue_alerts(store, settings, [_crisis(store, child)]) == ()


def test_a_pin_lockout_alert_names_no_child(
    store: Store, settings: Settings, smtp: LocalSmtp
) -> None:
    """Machine-wide happenings say what happened in the subject."""
    _use_server(settings, smtp.port)
    # As `app/family/pin.py` records it (that module decides the severity).
    event = store.events.record(
        child_id=None, category="access", severity=Severity.HIGH, kind="pin_lockout"
    )
    alerts.queue_alerts(store, settings, [event])
    alerts.deliver_pending(store, settings)
    (mail,) = smtp.inbox.messages
    assert mail["Subject"] == "Hoot alert: the parent PIN locked after wrong tries"
    assert "wrong parent PIN tries" in _text_of(mail)
    assert "Child:" not in _text_of(mail)


def test_the_test_email_reaches_the_server(settings: Settings, smtp: LocalSmtp) -> None:
    """ "Send test e-mail" works with the saved settings and says where it went."""
    _use_server(settings, smtp.port)
    result = alerts.send_test_email(settings)
    assert result.ok
    assert "parent@example.com" in result.explanation
    (mail,) = smtp.inbox.messages
    assert mail["Subject"] == "Hoot test e-mail"


def test_the_test_email_explains_an_unreachable_server(settings: Settings) -> None:
    """A refused connection comes back as a reason code and words saying what to check."""
    _use_server(settings, free_port())
    result = alerts.send_test_email(settings)
    assert (result.ok, result.reason) == (False, "smtp-unreachable")
    assert "server name" in result.explanation


def test_the_test_email_asks_for_settings_first(settings: Settings) -> None:
    """Nothing set up yet: no network call, just what to enter."""
    result = alerts.send_test_email(settings)
    assert (result.ok, result.reason) == (False, "not-configured")


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return str(cert), str(key)


def test_starttls_and_login_use_the_password_from_the_keyring(
    settings: Settings, certificate: tuple[str, str]
) -> None:
    """STARTTLS, then AUTH with the keyring's "smtp-password"; a wrong one is `smtp-auth`."""
    cert, key = certificate
    server = LocalSmtp(
        tls_context=server_tls_context(cert, key), require_starttls=True, with_auth=True
    ).start()
    try:
        _use_server(settings, server.port, smtp__security="starttls", smtp__user="mum")
        config = EmailConfig.from_settings(settings)
        assert config is not None
        trusting = ssl.create_default_context(cafile=cert)
        alerts.set_smtp_password("right-password")
        assert alerts.send_test_email(
            settings, email_sender=SmtpSender(config, ssl_context=trusting)
        ).ok
        alerts.set_smtp_password("wrong-password")
        refused = alerts.send_test_email(
            settings, email_sender=SmtpSender(config, ssl_context=trusting)
        )
        untrusted = alerts.send_test_email(settings)
    finally:
        server.stop()
    assert server.inbox.logins[0] == ("mum", "right-password")
    assert len(server.inbox.messages) == 1
    assert refused.reason == "smtp-auth"
    assert untrusted.reason == "smtp-tls"  # a certificate the system does not trust


def test_a_user_without_a_saved_password_is_told_to_enter_it(settings: Settings) -> None:
    """No password in the keyring: the reason says so, before any login is tried."""
    server = LocalSmtp(with_auth=True, auth_require_tls=False).start()
    try:
        _use_server(settings, server.port, smtp__user="mum")
        result = alerts.send_test_email(settings)
    finally:
        server.stop()
    assert result.reason == "smtp-no-password"


def test_a_schools_password_file_wins_over_the_keyring(settings: Settings, tmp_path: Path) -> None:
    """The machine policy's `smtp_password_file` is used to log in; the keyring is not asked."""
    secret = tmp_path / "smtp-password"
    secret.write_text("right-password\n", encoding="utf-8")
    alerts.set_smtp_password("wrong-password")
    server = LocalSmtp(with_auth=True, auth_require_tls=False).start()
    try:
        _use_server(settings, server.port, smtp__user="lab")
        result = alerts.send_test_email(
            settings, policy=MachinePolicy(smtp_password_file=str(secret))
        )
    finally:
        server.stop()
    assert result.ok
    assert server.inbox.logins == [("lab", "right-password")]
