"""What the family code refuses, as exceptions that carry words for the parent (`message()`).

`str(error)` is a short English line for logs and never holds a PIN, code or key.
"""

from __future__ import annotations

import math
from datetime import datetime
from enum import StrEnum
from typing import ClassVar

from app.text import words


class FamilyError(Exception):
    """Base of the family errors; `message()` is what to show the parent."""

    message_key: ClassVar[str] = "family.errors.generic"

    def message(self) -> str:
        return words(self.message_key, **self.message_fields())

    def message_fields(self) -> dict[str, object]:
        return {}


def wait_words(seconds: float) -> str:
    """ "45 seconds", "1 minute", "17 minutes", "1 hour": how long a parent must wait."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return words("family.time.seconds", count=whole)
    minutes = math.ceil(whole / 60)
    if minutes == 1:
        return words("family.time.one_minute")
    if minutes < 60:
        return words("family.time.minutes", count=minutes)
    return words("family.time.one_hour")


class NoPinSet(FamilyError):
    """Hoot has not been set up: there is no parent PIN to check."""

    message_key = "family.errors.no_pin_set"

    def __init__(self) -> None:
        super().__init__("no parent PIN is set")


class WrongPin(FamilyError):
    """The PIN (or code) did not match; `tries_left` more wrong tries start a lockout."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN ({tries_left} tries before a lockout)")
        self.tries_left = tries_left

    def message(self) -> str:
        if self.tries_left == 1:
            return words("family.errors.wrong_pin_last_try")
        return words("family.errors.wrong_pin", tries_left=self.tries_left)


class LockedOut(FamilyError):
    """Too many wrong tries: no PIN is checked until `until` (`seconds_left` from now)."""

    message_key = "family.errors.locked_out"

    def __init__(self, until: datetime, seconds_left: int) -> None:
        super().__init__(f"locked out for {seconds_left} s")
        self.until = until
        self.seconds_left = seconds_left

    def message_fields(self) -> dict[str, object]:
        return {"wait": wait_words(self.seconds_left)}


class SessionLocked(FamilyError):
    """The parent area locked itself (idle, or "Lock now"): the PIN is needed again."""

    message_key = "family.errors.session_locked"

    def __init__(self) -> None:
        super().__init__("the parent session is locked")


class PinProblem(StrEnum):
    """Why a new PIN was refused; each has a sentence in `family.pin_problems`."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    SAME_DIGIT = "same_digit"
    SEQUENCE = "sequence"
    REPEATED = "repeated"
    COMMON = "common"
    YEAR = "year"
    DATE = "date"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"
    PASSPHRASE_NEEDS_MIX = "passphrase_needs_mix"
    TOO_FEW_DIFFERENT = "too_few_different"


class PinRefused(FamilyError, ValueError):
    """A new PIN that is too easy to guess; `problem` says why."""

    def __init__(self, problem: PinProblem) -> None:
        super().__init__(f"PIN refused: {problem.value}")
        self.problem = problem

    def message(self) -> str:
        return words(f"family.pin_problems.{self.problem.value}")


class WrongRecoveryCode(FamilyError):
    """The recovery code is not right, or was used already."""

    message_key = "family.errors.wrong_recovery_code"

    def __init__(self) -> None:
        super().__init__("recovery code not accepted")
