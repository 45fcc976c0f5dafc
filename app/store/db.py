"""The SQLCipher connection: keying, pragmas, one lock, transactions and error translation."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.store.errors import (
    DatabaseDamaged,
    DatabaseUnreadable,
    DataFolderUnwritable,
    DiskFull,
    StoreBusy,
    StoreError,
    UnreadableReason,
)

#: The encrypted database inside the data folder; SQLite adds `-wal` and `-shm` beside it.
DATABASE_FILE_NAME = "hoot.db"
#: How long a writer waits for another connection (e.g. `hoot report` while the app runs).
BUSY_TIMEOUT_SECONDS = 5.0
#: Keep the WAL file small after checkpoints so old (encrypted) frames do not linger on disk.
JOURNAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLite's words for "this file or folder cannot be written or created here".
_UNWRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")

Clock = Callable[[], datetime]
Row = Any  # sqlcipher3.Row: indexable by column name; the module ships no type hints.


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (the store's default clock)."""
    return datetime.now(UTC)


def to_millis(moment: datetime) -> int:
    """Milliseconds since the Unix epoch, the store's one time format on disk."""
    if moment.tzinfo is None:
        raise ValueError("the store only accepts timezone-aware datetimes")
    return round(moment.timestamp() * 1000)


def from_millis(millis: int) -> datetime:
    """The inverse of `to_millis`, in UTC."""
    return datetime.fromtimestamp(millis / 1000, tz=UTC)


def optional_from_millis(millis: int | None) -> datetime | None:
    return None if millis is None else from_millis(millis)


def database_path(data_dir: Path) -> Path:
    """The encrypted database file inside `data_dir`."""
    return data_dir / DATABASE_FILE_NAME


def companion_files(path: Path) -> tuple[Path, Path, Path]:
    """The database file and the WAL and shared-memory files SQLite keeps next to it."""
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open `path` with the raw 256-bit key and prove the key fits by reading the schema.

    Nothing is written here, so a database from a newer Hoot can be refused untouched.
    """
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    try:
        connection = _raw_connection(path)
    except sqlcipher3.DatabaseError as error:
        raise _opening_error(path, error) from None
    try:
        # A raw key in x'..' form skips SQLCipher's passphrase KDF: the key is already random.
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise _opening_error(path, error) from None
    return connection


def _opening_error(path: Path, error: sqlcipher3.DatabaseError) -> StoreError:
    """Why the file did not open. Only a file that opened but did not decrypt is "unreadable"
    (which offers to start fresh); a busy, read-only or unopenable file is not damaged."""
    name = str(getattr(error, "sqlite_errorname", ""))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusy("the database stayed locked past the busy timeout")
    if name.startswith(_UNWRITABLE):
        return DataFolderUnwritable(path.parent, f"SQLite reported {name}")
    return DatabaseUnreadable(_unreadable_reason(path))


def connect_unencrypted_for_benchmark(path: Path) -> sqlcipher3.Connection:
    """A plain SQLite connection (no key) so the benchmark can show what encryption costs.

    Hoot itself never calls this: every database it keeps is encrypted.
    """
    return _raw_connection(path)


def _raw_connection(path: Path) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_SECONDS,
        # Autocommit at the driver level: the store issues BEGIN IMMEDIATE / COMMIT itself.
        isolation_level=None,
        # The GUI calls the store from a worker thread; `Database` serialises use with a lock.
        check_same_thread=False,
    )
    connection.row_factory = sqlcipher3.Row
    # SQLCipher logs HMAC failures to stderr by default; the caller turns them into typed errors.
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection


def _unreadable_reason(path: Path) -> UnreadableReason:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_PLAIN_SQLITE_HEADER))
    except OSError:
        return UnreadableReason.WRONG_KEY_OR_DAMAGED
    if header == _PLAIN_SQLITE_HEADER:
        return UnreadableReason.NOT_ENCRYPTED
    return UnreadableReason.WRONG_KEY_OR_DAMAGED


def schema_version(connection: sqlcipher3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def configure(connection: sqlcipher3.Connection) -> None:
    """Set the pragmas every Hoot connection runs with.

    - `auto_vacuum=INCREMENTAL` only takes effect before the first table exists, so it comes
      first; it lets purges and deletions shrink the file (`PRAGMA incremental_vacuum`).
    - WAL lets the GUI read while a worker writes and survives a killed process.
    - `synchronous=FULL`: in WAL mode NORMAL may lose the last commits on power loss; FULL
      fsyncs the WAL at every commit, so a message whose save returned is on disk even if
      the power goes. The cost is one fsync per message (measured in benchmarks/store.py).
    - `secure_delete` overwrites deleted rows with zeros instead of leaving them in free space.
    - `temp_store=MEMORY` keeps sorts and temporary tables (plaintext) off the disk.
    """
    connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseDamaged(f"could not switch the database to WAL (got {mode})")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    connection.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT_BYTES}")


@contextmanager
def translated_errors(folder: Path | None = None) -> Iterator[None]:
    """Turn SQLite's failures that people can meet (busy, full, read-only, corrupt) into typed
    errors; `folder` is the data folder, named when it turns out to be read-only.

    Programming errors (bad SQL, constraint violations) pass through unchanged: they are bugs
    or are handled by the repository that expects them.
    """
    try:
        yield
    except (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError, sqlcipher3.InterfaceError):
        raise
    except sqlcipher3.OperationalError as error:
        name = str(getattr(error, "sqlite_errorname", ""))
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise StoreBusy("the database stayed locked past the busy timeout") from error
        if name.startswith("SQLITE_FULL"):
            raise DiskFull("the disk is full") from error
        if name.startswith(_UNWRITABLE):
            raise DataFolderUnwritable(folder, f"SQLite reported {name}") from error
        if name.startswith(("SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise DatabaseDamaged(f"SQLite reported {name}") from error
        raise
    except sqlcipher3.DatabaseError as error:
        name = str(getattr(error, "sqlite_errorname", "unknown"))
        raise DatabaseDamaged(f"SQLite reported {name}") from error


class Database:
    """One connection shared by every repository, used by one thread at a time.

    The GUI runs store calls on a worker thread while the main thread may read too; a single
    re-entrant lock serialises them, which is simpler and safer than a connection per thread
    (SQLite writes are serialised anyway, and each call is short).
    """

    def __init__(self, connection: sqlcipher3.Connection, path: Path, clock: Clock) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path
        self.clock = clock

    def transaction(self) -> AbstractContextManager[sqlcipher3.Connection]:
        """A write transaction (BEGIN IMMEDIATE); nested uses join the outer one.

        When the outermost block returns, COMMIT has completed, so the data is on disk.
        """
        return self._block("BEGIN IMMEDIATE", write=True)

    def snapshot(self) -> AbstractContextManager[sqlcipher3.Connection]:
        """A read transaction: several queries see one consistent state without blocking writers
        in other processes. Inside a write transaction it simply joins that one."""
        return self._block("BEGIN DEFERRED", write=False)

    @contextmanager
    def _block(self, begin: str, *, write: bool) -> Iterator[sqlcipher3.Connection]:
        """One transaction, or a part of the one already open on this connection."""
        with self._lock, translated_errors(self.path.parent):
            if self._depth:
                self._depth += 1
                try:
                    yield self._connection
                finally:
                    self._depth -= 1
                return
            self._connection.execute(begin)
            self._depth = 1
            try:
                yield self._connection
                if write:
                    self._connection.execute("COMMIT")
            except BaseException:
                if write and self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
                # A read ends by letting go of its snapshot, whatever happened inside it.
                if not write and self._connection.in_transaction:
                    self._connection.execute("COMMIT")

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[Row]:
        with self._lock, translated_errors(self.path.parent):
            return list(self._connection.execute(sql, parameters).fetchall())

    def row(self, sql: str, parameters: Sequence[object] = ()) -> Row | None:
        with self._lock, translated_errors(self.path.parent):
            return self._connection.execute(sql, parameters).fetchone()

    def scalar(self, sql: str, parameters: Sequence[object] = ()) -> Any:
        found = self.row(sql, parameters)
        return None if found is None else found[0]

    def reclaim_space(self) -> None:
        """Give freed pages back to the file system and fold the WAL into the main file.

        Run after purges and deletions: together with secure_delete this leaves no deleted row
        in the database file or in an old WAL frame.
        """
        with self._lock, translated_errors(self.path.parent):
            if self._depth:
                raise RuntimeError("reclaim_space cannot run inside a transaction")
            # Python steps a statement once per fetch: fetchall() runs the vacuum to the end.
            self._connection.execute("PRAGMA incremental_vacuum").fetchall()
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def pragma_rows(self, pragma: str) -> list[Row]:
        """Rows of a read-only pragma such as `integrity_check` (store-internal use)."""
        return self.rows(f"PRAGMA {pragma}")

    def close(self) -> None:
        with self._lock:
            # Cheap statistics refresh SQLite recommends before closing long-lived connections.
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.execute("PRAGMA optimize")
            self._connection.close()
