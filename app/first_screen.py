"""Which screen Hoot opened with last time, so the next start can draw it at once.

Hoot cannot know whose chat to show until the encrypted store is open, which takes a moment on
an old laptop. Most starts open straight into one child's chat, so Hoot remembers that and
paints the chat window first (banner, header, text box), then fills it in. The file holds one
word, "chat" or "other": nothing about who chats or what they said.
"""

from __future__ import annotations

import contextlib
import logging
import os
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

#: The hint, inside the data folder (0600 like every file Hoot writes).
HINT_FILE_NAME = "first-screen"
#: Read with the hint: with no database there is nothing to open into (first run, after a wipe).
_DATABASE_FILE_NAME = "hoot.db"


class FirstScreen(StrEnum):
    CHAT = "chat"
    OTHER = "other"


def last_first_screen(folder: Path) -> FirstScreen:
    """What Hoot opened with last time in `folder`; OTHER when unknown or nothing is set up."""
    if not (folder / _DATABASE_FILE_NAME).exists():
        return FirstScreen.OTHER
    try:
        word = (folder / HINT_FILE_NAME).read_text(encoding="ascii").strip()
    except (OSError, UnicodeError):
        return FirstScreen.OTHER
    return FirstScreen.CHAT if word == FirstScreen.CHAT else FirstScreen.OTHER


def remember_first_screen(folder: Path, screen: FirstScreen) -> None:
    """Keep `screen` for the next start; a folder that cannot be written only costs speed."""
    if last_first_screen(folder) is screen and (folder / HINT_FILE_NAME).exists():
        return
    temporary = folder / f".{HINT_FILE_NAME}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(f"{screen.value}\n")
        os.replace(temporary, folder / HINT_FILE_NAME)
    except OSError as error:
        log.info("could not keep the first-screen hint: %s", type(error).__name__)
        with contextlib.suppress(OSError):
            temporary.unlink()
