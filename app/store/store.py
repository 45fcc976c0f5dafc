"""The `Store`: opens the encrypted database once and hands out the typed repositories."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from app import paths
from app.store.alerts import AlertQueue
from app.store.db import (
    Clock,
    Database,
    companion_files,
    configure,
    connect,
    connect_unencrypted_for_benchmark,
    database_path,
    schema_version,
    translated_errors,
    utc_now,
)
from app.store.errors import DatabaseDamaged, DatabaseFromNewerHoot, DataFolderUnwritable
from app.store.events import EventRepository
from app.store.family import FamilyRecords
from app.store.history import HistoryRepository
from app.store.keys import KeyStorage, fsync_directory, load_or_create_key
from app.store.migrations import LATEST_VERSION, migrate
from app.store.profiles import ProfileRepository
from app.store.settings import SettingsRepository
from app.store.usage import LessonRepository, UsageRepository


@dataclass(frozen=True)
class StoreStatus:
    """What opening found, for the parent area's "how your data is protected" panel."""

    key_storage: KeyStorage
    #: The database file was created by this start.
    database_created: bool
    #: The key was created by this start. A key found while the database was just created
    #: means Hoot's data folder was deleted while the keyring kept its key (see issue 5).
    key_created: bool
    schema_version: int
    #: Replies left "in progress" by a crash and now marked interrupted.
    recovered_interrupted_replies: int

    @property
    def data_folder_was_removed(self) -> bool:
        return self.database_created and not self.key_created


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    #: SQLite's and SQLCipher's own wording for each problem (no row content).
    problems: tuple[str, ...]


class Store:
    """One open encrypted database. Use from any thread; calls are serialised internally.

    Repositories: `profiles`, `history`, `events`, `alerts`, `settings`, `family`, `usage`,
    `lessons`. Export, deletion and retention are functions in their own modules.
    """

    def __init__(self, database: Database, status: StoreStatus) -> None:
        self.database = database
        self.status = status
        self.profiles = ProfileRepository(database)
        self.history = HistoryRepository(database)
        self.events = EventRepository(database)
        self.alerts = AlertQueue(database)
        self.settings = SettingsRepository(database)
        self.family = FamilyRecords(database)
        self.usage = UsageRepository(database)
        self.lessons = LessonRepository(database)

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        allow_key_file: bool = True,
        recover_interrupted: bool = True,
        clock: Clock = utc_now,
    ) -> Store:
        """Open (or create) the database in `data_dir` (default: `paths.data_dir()`).

        Raises a `StoreError` subclass with words for the parent when it cannot: `KeyMissing`,
        `KeyringUnreachable`, `KeyFileForbidden`, `KeyDamaged`, `DatabaseUnreadable`,
        `DatabaseFromNewerHoot`, `StoreBusy`, `DiskFull`, `DatabaseDamaged`,
        `DataFolderUnwritable`.

        `recover_interrupted=False` is for headless commands that may run beside the app: they
        must not mark the app's reply that is streaming right now as interrupted.
        """
        folder = data_dir if data_dir is not None else paths.data_dir(create=False)
        path = database_path(folder)
        try:
            paths.ensure_private_dir(folder)
            existed = path.exists() and path.stat().st_size > 0
            key = load_or_create_key(folder, database_exists=existed, allow_key_file=allow_key_file)
            if not existed:
                _create_private_file(path)
        except OSError as error:
            # A read-only disk or folder, or one that belongs to someone else: say so plainly.
            raise DataFolderUnwritable(folder, error.strerror or type(error).__name__) from None
        connection = connect(path, key.raw)
        try:
            # Busy (another Hoot migrating), full or read-only disks become typed errors here
            # too, not raw SQLite ones.
            with translated_errors(folder):
                found = schema_version(connection)
                if found > LATEST_VERSION:
                    raise DatabaseFromNewerHoot(found=found, supported=LATEST_VERSION)
                configure(connection)
                version = migrate(connection)
        except BaseException:
            connection.close()
            raise
        database = Database(connection, path, clock)
        store = cls(
            database,
            StoreStatus(
                key_storage=key.storage,
                database_created=not existed,
                key_created=key.created,
                schema_version=version,
                recovered_interrupted_replies=0,
            ),
        )
        if recover_interrupted:
            store.status = dataclasses.replace(
                store.status, recovered_interrupted_replies=store.history.recover_interrupted()
            )
        return store

    def check_integrity(self) -> IntegrityReport:
        """SQLite's `integrity_check` and SQLCipher's page HMAC check (reads the whole file)."""
        # SQLCipher's check lists pages whose HMAC fails; SQLite's own check may then stop
        # with an error at the first such page instead of returning rows.
        problems = [str(row[0]) for row in self.database.pragma_rows("cipher_integrity_check")]
        try:
            problems += [
                str(row[0])
                for row in self.database.pragma_rows("integrity_check")
                if str(row[0]).lower() != "ok"
            ]
        except DatabaseDamaged as error:
            problems.append(str(error))
        return IntegrityReport(ok=not problems, problems=tuple(problems))

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_unencrypted_for_benchmark(path: Path, *, clock: Clock = utc_now) -> Store:
    """A `Store` over a plain SQLite file, only so `benchmarks/store.py` can show what
    encryption costs. Hoot never calls this; everything it keeps is encrypted."""
    connection = connect_unencrypted_for_benchmark(path)
    configure(connection)
    version = migrate(connection)
    status = StoreStatus(KeyStorage.FILE, False, False, version, 0)
    store = Store(Database(connection, path, clock), status)
    store.history.recover_interrupted()
    return store


@dataclass(frozen=True)
class SetAside:
    """Where "start fresh" moved the old database files (nothing was deleted)."""

    moved: tuple[Path, ...]


def start_fresh(data_dir: Path | None = None, *, now: datetime | None = None) -> SetAside:
    """Move an unopenable database (and its WAL and shm files) aside, so Hoot can start anew.

    For a parent who confirmed it, after `KeyMissing` or `DatabaseUnreadable`. The files are
    renamed with a timestamp in the same folder; the key (if any) is left where it is. Call
    it with no `Store` open on that folder.
    """
    folder = data_dir if data_dir is not None else paths.data_dir()
    stamp = (now or utc_now()).strftime("%Y%m%dT%H%M%SZ")
    source = database_path(folder)
    target = folder / f"{source.stem}-set-aside-{stamp}{source.suffix}"
    counter = 1
    while any(candidate.exists() for candidate in companion_files(target)):
        counter += 1
        target = folder / f"{source.stem}-set-aside-{stamp}-{counter}{source.suffix}"
    moved: list[Path] = []
    # Keep the `-wal`/`-shm` names matched to the new main name so the trio still opens together.
    for old, new in zip(companion_files(source), companion_files(target), strict=True):
        if old.exists():
            os.replace(old, new)
            moved.append(new)
    if moved:
        fsync_directory(folder)
    return SetAside(tuple(moved))


def _create_private_file(path: Path) -> None:
    """Create the empty database file as 0600 first: SQLite gives its -wal and -shm files the
    same permissions as the main file."""
    with contextlib.suppress(FileExistsError):
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
