"""Real Hoot processes for fault tests: scripts that open the store, hold it, write to it or
migrate it, and can be stopped (or SIGKILLed) at a chosen point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

#: Builds a database at schema `target` with one child and some messages, using the raw
#: migration steps (as an older Hoot left it). argv: data folder, target version.
OLD_DATABASE = """
import sys
from pathlib import Path
from app.store.db import configure, connect, database_path
from app.store.keys import load_or_create_key
from app.store.migrations import migrate

folder = Path(sys.argv[1])
folder.mkdir(parents=True, exist_ok=True)
key = load_or_create_key(folder, database_exists=False)
connection = connect(database_path(folder), key.raw)
configure(connection)
migrate(connection, target=int(sys.argv[2]))
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "INSERT INTO children (id, nickname, avatar_id, birth_year, birth_month, created_at) "
    "VALUES (1, 'Kim', 'fox', 2015, 1, 0)"
)
connection.execute(
    "INSERT INTO conversations (id, child_id, started_at, prompt_version) VALUES (1, 1, 0, 'v1')"
)
for number in range(40):
    connection.execute(
        "INSERT INTO messages (conversation_id, child_id, role, text, state, created_at) "
        "VALUES (1, 1, ?, ?, 'complete', ?)",
        ("user" if number % 2 == 0 else "assistant", f"old message {number} about owls", number),
    )
connection.execute("COMMIT")
connection.close()
print("built", flush=True)
"""

#: Opens the store as Hoot does, but stops inside the migration at the first SQL statement
#: containing argv[2] (before it runs) and waits there to be killed. argv: folder, marker.
STOPPED_MIGRATION = """
import sys, time
from pathlib import Path
import app.store.store as store_module
from app.store.migrations import migrate as real_migrate

marker = sys.argv[2]

def migrate(connection, **options):
    def trace(statement):
        if marker in statement:
            print("stopped", flush=True)
            time.sleep(600)
    connection.set_trace_callback(trace)
    return real_migrate(connection, **options)

store_module.migrate = migrate
from app.store import Store
Store.open(Path(sys.argv[1])).close()
print("finished", flush=True)
"""

#: Holds the database's write lock (raw connection, so an old schema is not migrated) until
#: its stdin closes, as a second Hoot busy writing would. argv: folder, and "exclusive" to
#: lock readers out too (as SQLite does while it recovers a WAL or another program holds the
#: file in exclusive mode).
LOCK_HOLDER = """
import sys
from pathlib import Path
from app.store.db import connect, database_path
from app.store.keys import load_or_create_key

folder = Path(sys.argv[1])
key = load_or_create_key(folder, database_exists=True)
connection = connect(database_path(folder), key.raw)
if sys.argv[2:] == ["exclusive"]:
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE children SET avatar_id = avatar_id")
else:
    connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
connection.close()
"""


def hoot_process_env(data: Path) -> dict[str, str]:
    """A child process's environment: our data folder, and no keyring (the key is a file, so
    this test process, with its in-memory keyring, finds the same key)."""
    return {
        **os.environ,
        "HOOT_DATA_DIR": str(data),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def start(script: str, *args: str, data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        env=hoot_process_env(data),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(script: str, *args: str, data: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO_ROOT,
        env=hoot_process_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def wait_for_line(process: subprocess.Popen[str], expected: str) -> None:
    """Read the process's output until `expected` (fails with its stderr if it ends first)."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == expected:
            return
    _, errors = process.communicate(timeout=30)
    raise AssertionError(f"the process ended before {expected!r}: {errors}")
