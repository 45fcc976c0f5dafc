"""Where Hoot keeps its data, logs, resources and the machine policy on Linux, Windows and macOS."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from app import APP_NAME

#: Environment variable that moves all per-user data (tests and portable installs use it).
DATA_DIR_ENV = "HOOT_DATA_DIR"
#: Environment variable that points at a machine policy file instead of the OS default.
POLICY_ENV = "HOOT_POLICY"


def resources_dir() -> Path:
    """The folder holding lexicons, prompts, lessons, icons and styles.

    Inside a PyInstaller build it sits next to the unpacked code; from a source checkout it is
    the top-level `resources/` folder.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one file inside `resources/`."""
    return resources_dir().joinpath(*parts)


def data_dir(*, create: bool = True) -> Path:
    """The per-user data folder (encrypted database, key fallback, logs), private to the user."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else _user_data_dir()
    if create:
        ensure_private_dir(path)
    return path


def _user_data_dir() -> Path:
    """The OS's folder for a user's app data. On Linux that is the XDG rule, written out here
    because Hoot needs it before its first frame and platformdirs takes a while to import (a
    test checks both agree); platformdirs answers for Windows and macOS."""
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_DATA_HOME", "").strip()
        # The spec (and platformdirs) ignore a relative value, e.g. an unexpanded "~/data".
        base = xdg if os.path.isabs(xdg) else os.path.expanduser("~/.local/share")
        return Path(base) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, False))


def log_dir(*, create: bool = True) -> Path:
    """Folder for Hoot's log files; they never hold message text, PINs or keys."""
    path = data_dir(create=create) / "logs"
    if create:
        ensure_private_dir(path)
    return path


def os_machine_policy_path() -> Path:
    """Where a school's machine policy lives on this operating system."""
    if sys.platform.startswith("win"):
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / APP_NAME / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policy.json"
    return Path("/etc/hoot/policy.json")


def machine_policy_path() -> Path:
    """The machine policy to read: the OS location, or `HOOT_POLICY` when there is none there.

    A school's file always wins: a student cannot point `HOOT_POLICY` elsewhere to escape it.
    `HOOT_POLICY` serves tests and machines without a school policy.
    """
    official = os_machine_policy_path()
    override = os.environ.get(POLICY_ENV)
    if override and not os.path.lexists(official):
        return Path(override)
    return official


def policy_override_in_use() -> bool:
    """True when the policy read comes from `HOOT_POLICY` rather than the OS location."""
    return machine_policy_path() != os_machine_policy_path()


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) and make it readable by this user only (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        # A folder we do not own (e.g. a shared parent) stays as it is; files inside are 0600.
        with contextlib.suppress(PermissionError):
            os.chmod(path, 0o700)
