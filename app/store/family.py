"""The family's records: the parent PIN record, the recovery code, and parental consent.

Storage only: hashing, lockout rules and recovery live in `app/family/`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from app.store.db import Database, Row, from_millis, optional_from_millis, to_millis
from app.store.errors import RecordNotFound


@dataclass(frozen=True)
class PinRecord:
    """Everything the PIN logic needs to survive a restart and a clock set backwards."""

    kdf: str
    kdf_params: Mapping[str, Any]
    pin_hash: str
    failed_attempts: int
    lockout_until: datetime | None
    #: Length of the current (or last) lockout, so the next one can double it.
    lockout_seconds: int
    last_failure_at: datetime | None
    #: The latest wall-clock time Hoot has seen; a clock earlier than this was set backwards.
    latest_time_seen: datetime
    #: Which boot the lockout started in, and the monotonic clock then: within the same boot,
    #: elapsed time can be measured without trusting the wall clock.
    lockout_boot_id: str | None
    lockout_monotonic_start: float | None
    changed_at: datetime


@dataclass(frozen=True)
class RecoveryCodeRecord:
    kdf: str
    kdf_params: Mapping[str, Any]
    code_hash: str
    created_at: datetime
    #: Set when the code reset the PIN; a used code does not work again.
    used_at: datetime | None


@dataclass(frozen=True)
class Consent:
    """A recorded consent (the parent's, at set-up): which notice they agreed to, and when."""

    id: int
    kind: str
    notice_version: str
    given_at: datetime
    withdrawn_at: datetime | None
    details: Mapping[str, Any]


PARENTAL_CONSENT = "parental_consent"


def _pin(row: Row) -> PinRecord:
    return PinRecord(
        kdf=row["kdf"],
        kdf_params=MappingProxyType(json.loads(row["kdf_params"])),
        pin_hash=row["pin_hash"],
        failed_attempts=row["failed_attempts"],
        lockout_until=optional_from_millis(row["lockout_until"]),
        lockout_seconds=row["lockout_seconds"],
        last_failure_at=optional_from_millis(row["last_failure_at"]),
        latest_time_seen=from_millis(row["latest_time_seen"]),
        lockout_boot_id=row["lockout_boot_id"],
        lockout_monotonic_start=row["lockout_monotonic_start"],
        changed_at=from_millis(row["changed_at"]),
    )


def _consent(row: Row) -> Consent:
    return Consent(
        id=row["id"],
        kind=row["kind"],
        notice_version=row["notice_version"],
        given_at=from_millis(row["given_at"]),
        withdrawn_at=optional_from_millis(row["withdrawn_at"]),
        details=MappingProxyType(json.loads(row["details"])),
    )


def _optional_millis(moment: datetime | None) -> int | None:
    return None if moment is None else to_millis(moment)


class FamilyRecords:
    """Reads and replaces the single PIN and recovery-code rows; appends consents."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def pin(self) -> PinRecord | None:
        row = self._db.row("SELECT * FROM parent_pin WHERE id = 1")
        return None if row is None else _pin(row)

    def save_pin(self, record: PinRecord) -> None:
        """Store the whole record (build changes with `dataclasses.replace`)."""
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO parent_pin (id, kdf, kdf_params, pin_hash, "
                "failed_attempts, lockout_until, lockout_seconds, last_failure_at, "
                "latest_time_seen, lockout_boot_id, lockout_monotonic_start, changed_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.kdf,
                    json.dumps(dict(record.kdf_params), sort_keys=True),
                    record.pin_hash,
                    record.failed_attempts,
                    _optional_millis(record.lockout_until),
                    record.lockout_seconds,
                    _optional_millis(record.last_failure_at),
                    to_millis(record.latest_time_seen),
                    record.lockout_boot_id,
                    record.lockout_monotonic_start,
                    to_millis(record.changed_at),
                ),
            )

    def recovery_code(self) -> RecoveryCodeRecord | None:
        row = self._db.row("SELECT * FROM recovery_code WHERE id = 1")
        if row is None:
            return None
        return RecoveryCodeRecord(
            kdf=row["kdf"],
            kdf_params=MappingProxyType(json.loads(row["kdf_params"])),
            code_hash=row["code_hash"],
            created_at=from_millis(row["created_at"]),
            used_at=optional_from_millis(row["used_at"]),
        )

    def save_recovery_code(self, record: RecoveryCodeRecord) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO recovery_code (id, kdf, kdf_params, code_hash, "
                "created_at, used_at) VALUES (1, ?, ?, ?, ?, ?)",
                (
                    record.kdf,
                    json.dumps(dict(record.kdf_params), sort_keys=True),
                    record.code_hash,
                    to_millis(record.created_at),
                    _optional_millis(record.used_at),
                ),
            )

    def record_consent(
        self,
        notice_version: str,
        *,
        kind: str = PARENTAL_CONSENT,
        details: Mapping[str, Any] | None = None,
    ) -> Consent:
        """Append a consent given now; earlier consents stay on record."""
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO consents (kind, notice_version, given_at, details) "
                "VALUES (?, ?, ?, ?)",
                (
                    kind,
                    notice_version,
                    to_millis(self._db.clock()),
                    json.dumps(dict(details or {}), sort_keys=True),
                ),
            )
            consent_id = int(cursor.lastrowid)
        return self._consent(consent_id)

    def withdraw_consent(self, consent_id: int) -> Consent:
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE consents SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                (to_millis(self._db.clock()), consent_id),
            )
        return self._consent(consent_id)

    def consents(self) -> list[Consent]:
        return [_consent(row) for row in self._db.rows("SELECT * FROM consents ORDER BY id")]

    def current_consent(self, kind: str = PARENTAL_CONSENT) -> Consent | None:
        """The newest consent of this kind that has not been withdrawn."""
        row = self._db.row(
            "SELECT * FROM consents WHERE kind = ? AND withdrawn_at IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (kind,),
        )
        return None if row is None else _consent(row)

    def _consent(self, consent_id: int) -> Consent:
        row = self._db.row("SELECT * FROM consents WHERE id = ?", (consent_id,))
        if row is None:
            raise RecordNotFound("consent", consent_id)
        return _consent(row)
