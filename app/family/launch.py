"""What Hoot opens with: set-up, the "set up again?" check, the "Who's chatting?" picker, or
straight into a child's chat.

`decide_launch` is the whole decision, so the window and the end-to-end tests agree on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from app.age_bands import AgeBand
from app.family import guard
from app.family.consent import needs_fresh_consent
from app.guidance.notice import Notice
from app.settings import Settings
from app.store import Store


class Screen(StrEnum):
    #: No parent PIN yet: the set-up wizard.
    SETUP = "setup"
    #: No PIN in the data, but Hoot was set up on this account before (the keyring guard) or a
    #: machine policy has an admin PIN: ask for the old PIN, recovery code or admin PIN first.
    RECOVER = "recover"
    #: "Who's chatting?"
    PICKER = "picker"
    #: One child, no PIN needed to start: straight into their chat.
    CHAT = "chat"


class RecoverReason(StrEnum):
    DATA_FOLDER_REMOVED = "data_folder_removed"
    MACHINE_POLICY = "machine_policy"


@dataclass(frozen=True)
class Launch:
    """The screen to open, with the child (for CHAT) or the reason (for RECOVER)."""

    screen: Screen
    child_id: int | None = None
    recover_reason: RecoverReason | None = None
    #: The privacy notice changed since the parent's consent: the picker asks a parent to
    #: confirm again (and Hoot never opens straight into a chat meanwhile).
    consent_needed: bool = False

    SETUP: ClassVar[Launch]
    PICKER: ClassVar[Launch]

    @classmethod
    def chat(cls, child_id: int) -> Launch:
        return cls(Screen.CHAT, child_id=child_id)

    @classmethod
    def recover(cls, reason: RecoverReason) -> Launch:
        return cls(Screen.RECOVER, recover_reason=reason)


Launch.SETUP = Launch(Screen.SETUP)
Launch.PICKER = Launch(Screen.PICKER)


@dataclass(frozen=True)
class PickerEntry:
    """One child on the "Who's chatting?" screen."""

    child_id: int
    nickname: str
    avatar_id: str
    #: None once the child has turned 18: shown greyed out, with a note for the parent.
    band: AgeBand | None
    #: The parent asked for the PIN before this child's session starts.
    needs_pin: bool

    @property
    def can_chat(self) -> bool:
        return self.band is not None


def picker_entries(
    store: Store, *, settings: Settings | None = None, today: dt.date | None = None
) -> list[PickerEntry]:
    """Every child in the order they were added, with their band today."""
    effective = settings if settings is not None else Settings(store.settings)
    day = today or dt.date.today()
    return [
        PickerEntry(
            child_id=child.id,
            nickname=child.nickname,
            avatar_id=child.avatar_id,
            band=child.age_band(day),
            needs_pin=bool(effective.get("require_pin_to_start", child.id)),
        )
        for child in store.profiles.all()
    ]


def recover_reason(store: Store, *, admin_pin_hash: str | None = None) -> RecoverReason | None:
    """Why set-up must first ask for an old PIN, recovery code or admin PIN (None: it need not).

    Only asked while there is no PIN in the data: a set-up Hoot unlocks with its own PIN.
    """
    if store.family.pin() is not None:
        return None
    found = guard.read_guard()
    if found is not None and (found.pin_hash or found.recovery_hash):
        return RecoverReason.DATA_FOLDER_REMOVED
    if admin_pin_hash:
        return RecoverReason.MACHINE_POLICY
    return None


def decide_launch(
    store: Store,
    *,
    settings: Settings | None = None,
    today: dt.date | None = None,
    admin_pin_hash: str | None = None,
    notice: Notice | None = None,
) -> Launch:
    """The first screen for this start of Hoot.

    `admin_pin_hash` is the machine policy's admin PIN hash (issue 8), when there is one.
    """
    if store.family.pin() is None:
        reason = recover_reason(store, admin_pin_hash=admin_pin_hash)
        return Launch.SETUP if reason is None else Launch.recover(reason)
    consent_needed = needs_fresh_consent(store, notice)
    entries = picker_entries(store, settings=settings, today=today)
    only = entries[0] if len(entries) == 1 else None
    if only is not None and only.can_chat and not only.needs_pin and not consent_needed:
        return Launch.chat(only.child_id)
    return Launch(Screen.PICKER, consent_needed=consent_needed)
