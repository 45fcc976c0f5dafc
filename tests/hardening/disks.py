"""Disks that misbehave on purpose: a tiny tmpfs that fills up, a read-only data folder.

A real small disk needs root (to mount a tmpfs); tests that need one skip elsewhere. The
read-only folder works for everyone: as root it is a read-only mount (root ignores file
modes), otherwise the database files are made read-only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.store import Store

SMALL_DISK_SIZE = "4m"


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def mounted_tmpfs(mount_point: Path, size: str = SMALL_DISK_SIZE) -> Iterator[Path]:
    mount_point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB disk of its own (a tmpfs), so filling it affects nothing else."""
    if not _can_mount():
        pytest.skip("a small disk of its own needs root (mount -t tmpfs)")
    with mounted_tmpfs(tmp_path / "small-disk") as mount_point:
        yield mount_point


def fill(disk: Path) -> Path:
    """Write a file until `disk` is full; delete the returned file to free the space."""
    filler = disk / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        while True:
            os.write(descriptor, b"\0" * 65536)
    except OSError:
        pass  # ENOSPC: full
    finally:
        os.close(descriptor)
    return filler


def make_store(folder: Path) -> None:
    """A set-up store with one child and a message in `folder`."""
    with Store.open(folder) as store:
        child = store.profiles.add("Sam", "owl", 2016, 5)
        chat = store.history.start_conversation(child.id, "v1")
        store.history.add_user_message(chat.id, "Hello")


@contextlib.contextmanager
def made_read_only(tmp_path: Path, fill_folder: Callable[[Path], object]) -> Iterator[Path]:
    """A data folder filled by `fill_folder`, then made impossible for Hoot to write."""
    if _can_mount():
        with mounted_tmpfs(tmp_path / "read-only-disk") as disk:
            folder = disk / "data"
            fill_folder(folder)
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            yield folder
        return
    folder = tmp_path / "data"
    fill_folder(folder)
    for path in folder.iterdir():
        path.chmod(0o400)
    folder.chmod(0o500)
    try:
        yield folder
    finally:
        folder.chmod(0o700)


@pytest.fixture
def read_only_store_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a set-up store that Hoot can no longer write to."""
    with made_read_only(tmp_path, make_store) as folder:
        yield folder
