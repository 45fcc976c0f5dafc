"""Hoot's local encrypted store: the only place that speaks SQL (SQLCipher via `sqlcipher3`).

Open it with `Store.open()`; read and write through its typed repositories. Export,
deletion and retention are plain functions over a `Store`.
"""

from __future__ import annotations

from app.safety.verdict import Severity
from app.store.alerts import Alert, AlertStatus
from app.store.deletion import DeletionResult, delete_child
from app.store.errors import (
    DatabaseDamaged,
    DatabaseFromNewerHoot,
    DatabaseUnreadable,
    DataFolderUnwritable,
    DiskFull,
    KeyDamaged,
    KeyFileForbidden,
    KeyMissing,
    KeyringUnreachable,
    NicknameTaken,
    RecordNotFound,
    SettingTypeError,
    StoreBusy,
    StoreError,
    UnreadableReason,
    child_help,
)
from app.store.events import ChainCheck, ChainProblem, Event
from app.store.export import export_child, write_export
from app.store.family import Consent, PinRecord, RecoveryCodeRecord
from app.store.history import (
    Conversation,
    ConversationSummary,
    FilterOutcome,
    Message,
    MessageState,
    Role,
    SearchHit,
)
from app.store.keys import KeyStorage, key_in_keyring
from app.store.profiles import ChildProfile
from app.store.retention import (
    PurgeResult,
    purge_expired,
    purge_older_than,
    retention_days,
    set_retention_days,
)
from app.store.store import IntegrityReport, SetAside, Store, StoreStatus, start_fresh
from app.store.usage import LessonProgress, LessonStatus, UsageSession

__all__ = [
    "Alert",
    "AlertStatus",
    "ChainCheck",
    "ChainProblem",
    "ChildProfile",
    "Consent",
    "Conversation",
    "ConversationSummary",
    "DataFolderUnwritable",
    "DatabaseDamaged",
    "DatabaseFromNewerHoot",
    "DatabaseUnreadable",
    "DeletionResult",
    "DiskFull",
    "Event",
    "FilterOutcome",
    "IntegrityReport",
    "KeyDamaged",
    "KeyFileForbidden",
    "KeyMissing",
    "KeyStorage",
    "KeyringUnreachable",
    "LessonProgress",
    "LessonStatus",
    "Message",
    "MessageState",
    "NicknameTaken",
    "PinRecord",
    "PurgeResult",
    "RecordNotFound",
    "RecoveryCodeRecord",
    "Role",
    "SearchHit",
    "SetAside",
    "SettingTypeError",
    "Severity",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreStatus",
    "UnreadableReason",
    "UsageSession",
    "child_help",
    "delete_child",
    "export_child",
    "key_in_keyring",
    "purge_expired",
    "purge_older_than",
    "retention_days",
    "set_retention_days",
    "start_fresh",
    "write_export",
]
