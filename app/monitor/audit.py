"""The safety audit: is each safeguard on, is the event record intact, what is the violation rate.

`run_audit` reads settings, the store's status and counts, and runs the filter on a few fixed
test sentences; it reads no message text and needs no PIN. `hoot audit` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.age_bands import AgeBand
from app.monitor.alerts import EmailConfig
from app.monitor.reports import ViolationRate
from app.settings import Settings
from app.store import ChainCheck, KeyStorage, Store
from app.text import words

#: The violation rate covers this many days up to now.
RATE_DAYS = 30

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


class Status(StrEnum):
    ON = "on"
    #: On, with something the parent should know (e.g. the key is in a file).
    NOTE = "note"
    OFF = "off"
    #: Meant to be on but not working.
    BROKEN = "broken"


@dataclass(frozen=True)
class Safeguard:
    """One line of the audit: which safeguard, whether it is on, and a short explanation."""

    id: str
    title: str
    status: Status
    detail: str

    @property
    def ok(self) -> bool:
        return self.status in (Status.ON, Status.NOTE)


@dataclass(frozen=True)
class AuditResult:
    safeguards: tuple[Safeguard, ...]
    #: Blocked messages over all messages of the last `RATE_DAYS` days, every child.
    violation_rate: ViolationRate
    chain: ChainCheck

    @property
    def ok(self) -> bool:
        """True when every safeguard is on and the event record is intact."""
        return self.chain.intact and all(safeguard.ok for safeguard in self.safeguards)


def run_audit(store: Store, settings: Settings, *, now: datetime | None = None) -> AuditResult:
    """Check every safeguard; never raises for a safeguard that fails, it reports it."""
    moment = now or store.database.clock()
    safeguards = (
        _age_gate(store, moment),
        _parent_pin(store),
        _ai_banner(),
        _filters(),
        _system_prompts(),
        _encryption(store),
        _key_storage(store),
        _alerts(settings),
    )
    return AuditResult(safeguards, _recent_rate(store, moment), store.events.verify_chain())


def _line(id_: str, status: Status, detail_key: str, **fields: object) -> Safeguard:
    return Safeguard(
        id=id_,
        title=words(f"monitor.audit.{id_}.title"),
        status=status,
        detail=words(f"monitor.audit.{id_}.{detail_key}", **fields),
    )


def _age_gate(store: Store, now: datetime) -> Safeguard:
    children = store.profiles.all()
    if not children:
        return _line("age_gate", Status.OFF, "no_children")
    adults = [child for child in children if child.age_band(now.date()) is None]
    if adults:
        return _line("age_gate", Status.NOTE, "adults", count=len(children), adults=len(adults))
    return _line("age_gate", Status.ON, "on", count=len(children))


def _parent_pin(store: Store) -> Safeguard:
    if store.family.pin() is None:
        return _line("parent_pin", Status.OFF, "off")
    return _line("parent_pin", Status.ON, "on")


def _ai_banner() -> Safeguard:
    # The banner is part of the chat window and has no setting that could hide it.
    return _line("ai_banner", Status.ON, "on")


#: (text, direction, the action the filter must take) for the smoke check.
_FILTER_CHECKS = (
    ("Why is the sky blue?", "in", "allow"),
    ("I want to kill myself", "in", "block"),
    ("my phone number is 07700 900123", "in", "redact"),
    ("Why is the sky blue? Because sunlight scatters.", "out", "allow"),
    ("lets meet up, dont tell your parents", "out", "block"),
)


def _filters() -> Safeguard:
    try:
        from app.safety.engine import check
    except Exception as error:  # an import failure is exactly what the audit must report
        return _line("filters", Status.BROKEN, "import_failed", error=type(error).__name__)
    for text, direction, expected in _FILTER_CHECKS:
        try:
            action = check(text, direction, AgeBand.AGES_8_10).action.value
        except Exception as error:
            return _line("filters", Status.BROKEN, "crashed", error=type(error).__name__)
        if action != expected:
            return _line("filters", Status.BROKEN, "wrong", direction=direction, expected=expected)
    return _line("filters", Status.ON, "on", checks=len(_FILTER_CHECKS))


def _system_prompts() -> Safeguard:
    from app.chat.prompts import system_prompt

    versions = []
    for band in AgeBand:
        try:
            prompt = system_prompt(band)
        except Exception as error:  # a missing or damaged prompt file
            return _line(
                "system_prompts",
                Status.BROKEN,
                "missing",
                band=band.value,
                error=type(error).__name__,
            )
        if not prompt.text.strip():
            return _line("system_prompts", Status.BROKEN, "empty", band=band.value)
        versions.append(prompt.version)
    return _line("system_prompts", Status.ON, "on", count=len(versions))


def _encryption(store: Store) -> Safeguard:
    try:
        with store.database.path.open("rb") as handle:
            header = handle.read(len(_PLAIN_SQLITE_HEADER))
    except OSError:
        return _line("encryption", Status.BROKEN, "unreadable")
    if header == _PLAIN_SQLITE_HEADER:
        return _line("encryption", Status.OFF, "plain")
    rows = store.database.pragma_rows("cipher_version")
    version = str(rows[0][0]) if rows else ""
    if not version:
        return _line("encryption", Status.OFF, "no_cipher")
    return _line("encryption", Status.ON, "on", version=version)


def _key_storage(store: Store) -> Safeguard:
    if store.status.key_storage is KeyStorage.KEYRING:
        return _line("key_storage", Status.ON, "keyring")
    return _line("key_storage", Status.NOTE, "file")


def _alerts(settings: Settings) -> Safeguard:
    email = EmailConfig.from_settings(settings)
    desktop = bool(settings.get("alerts.desktop"))
    if email is not None and desktop:
        return _line("alerts", Status.ON, "both", address=email.recipient)
    if email is not None:
        return _line("alerts", Status.ON, "email", address=email.recipient)
    if desktop:
        return _line("alerts", Status.NOTE, "desktop")
    return _line("alerts", Status.OFF, "off")


def _recent_rate(store: Store, now: datetime) -> ViolationRate:
    since = now - timedelta(days=RATE_DAYS)
    until = now + timedelta(seconds=1)  # the range ends before `until`: include this moment
    blocked = total = 0
    for child in store.profiles.all():
        for message in store.history.messages_between(child.id, since, until):
            total += 1
            if message.filter is not None and message.filter.action == "block":
                blocked += 1
    return ViolationRate(blocked, total)
