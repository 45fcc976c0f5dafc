"""Child profiles as the parent manages them: nickname, avatar, birth month, derived age band.

The age screen asks for birth month and year with no default and no hint of which ages "pass".
Rules, decided here:

- 18 or older: no profile (an adult does not need Hoot's child safeguards); the parent is
  told so kindly.
- A birth month in the future, or a year more than 120 years ago, is a typing slip: refused.
- Under 3: refused (Hoot needs a child who can read a little or be read to).
- 3 and 4: allowed, in the 5-7 band, with a note that a grown-up should sit with them.

Every change needs an unlocked `ParentSession`, so only the parent changes a child's age.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.age_bands import ADULT_AGE, MIN_AGE, AgeBand, age_on, band_for_age
from app.family.access import ParentSession
from app.family.errors import FamilyError
from app.store import ChildProfile, DeletionResult, Store, delete_child
from app.text import words

#: The avatars a child can pick; the UI has one picture for each (resources/icons/avatars/).
AVATARS = ("owl", "fox", "cat", "rabbit", "bear", "penguin")
MAX_NICKNAME = 30
#: Below this age Hoot does not make a profile.
YOUNGEST_AGE = 3
OLDEST_BIRTH_YEARS_AGO = 120

_BIRTH = re.compile(r"(\d{4})-(\d{1,2})")


class ChildProblem(StrEnum):
    """Why a child's details were not accepted; each has a sentence in `family.children`."""

    NO_NICKNAME = "no_nickname"
    NICKNAME_TOO_LONG = "nickname_too_long"
    NICKNAME_CHARACTERS = "nickname_characters"
    UNKNOWN_AVATAR = "unknown_avatar"
    BIRTH_FORMAT = "birth_format"
    BIRTH_MONTH = "birth_month"
    FUTURE = "future"
    IMPLAUSIBLE = "implausible"
    ADULT = "adult"
    TOO_YOUNG = "too_young"


class ChildRefused(FamilyError, ValueError):
    """A child's details that Hoot cannot take; `problem` says why, `message()` tells the parent."""

    def __init__(self, problem: ChildProblem) -> None:
        super().__init__(f"child details refused: {problem.value}")
        self.problem = problem

    def message(self) -> str:
        return words(f"family.children.{self.problem.value}", oldest=ADULT_AGE - 1)


@dataclass(frozen=True)
class AgeCheck:
    """An accepted birth month: the age today, its band, and a note for the parent if any."""

    age: int
    band: AgeBand
    note: str | None = None


def parse_birth(text: str) -> tuple[int, int]:
    """ "2016-05" -> (2016, 5); `ChildRefused(BIRTH_FORMAT)` for anything else."""
    match = _BIRTH.fullmatch(text.strip())
    if match is None:
        raise ChildRefused(ChildProblem.BIRTH_FORMAT)
    return int(match.group(1)), int(match.group(2))


def check_birth(year: int, month: int, *, today: dt.date | None = None) -> AgeCheck:
    """The age and band for a birth month, or `ChildRefused` saying why there is none."""
    day = today or dt.date.today()
    if not 1 <= month <= 12:
        raise ChildRefused(ChildProblem.BIRTH_MONTH)
    if (year, month) > (day.year, day.month):
        raise ChildRefused(ChildProblem.FUTURE)
    if year < day.year - OLDEST_BIRTH_YEARS_AGO:
        raise ChildRefused(ChildProblem.IMPLAUSIBLE)
    age = age_on(year, month, day)
    band = band_for_age(age)
    if band is None:
        raise ChildRefused(ChildProblem.ADULT)
    if age < YOUNGEST_AGE:
        raise ChildRefused(ChildProblem.TOO_YOUNG)
    note = words("family.children.under_five_note") if age < MIN_AGE else None
    return AgeCheck(age, band, note)


def clean_nickname(text: str) -> str:
    """The nickname as stored (spaces tidied), or `ChildRefused` saying what to change."""
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if not name:
        raise ChildRefused(ChildProblem.NO_NICKNAME)
    if len(name) > MAX_NICKNAME:
        raise ChildRefused(ChildProblem.NICKNAME_TOO_LONG)
    if any(unicodedata.category(character).startswith("C") for character in name):
        raise ChildRefused(ChildProblem.NICKNAME_CHARACTERS)
    return name


def check_avatar(avatar_id: str) -> str:
    if avatar_id not in AVATARS:
        raise ChildRefused(ChildProblem.UNKNOWN_AVATAR)
    return avatar_id


def add_child(
    store: Store,
    session: ParentSession,
    nickname: str,
    *,
    avatar_id: str,
    birth_year: int,
    birth_month: int,
    today: dt.date | None = None,
) -> ChildProfile:
    """A new child profile. Raises `SessionLocked`, `ChildRefused`, or the store's
    `NicknameTaken` (another child has that name, any case); all have `message()`."""
    session.require_unlocked()
    name = clean_nickname(nickname)
    check_birth(birth_year, birth_month, today=today)
    return store.profiles.add(name, check_avatar(avatar_id), birth_year, birth_month)


def edit_child(
    store: Store,
    session: ParentSession,
    child_id: int,
    *,
    nickname: str | None = None,
    avatar_id: str | None = None,
    birth: tuple[int, int] | None = None,
    today: dt.date | None = None,
) -> ChildProfile:
    """Change a child's nickname, avatar or birth month (so their age band); parent only."""
    session.require_unlocked()
    name = None if nickname is None else clean_nickname(nickname)
    avatar = None if avatar_id is None else check_avatar(avatar_id)
    if birth is not None:
        check_birth(*birth, today=today)
    return store.profiles.update(child_id, nickname=name, avatar_id=avatar, birth=birth)


def remove_child(store: Store, session: ParentSession, child_id: int) -> DeletionResult:
    """Delete the child and everything stored about them (the store's `delete_child`)."""
    session.require_unlocked()
    return delete_child(store, child_id)


def next_free_avatar(store: Store) -> str:
    """The first avatar no child has yet (the first one again when all are taken)."""
    taken = {child.avatar_id for child in store.profiles.all()}
    return next((avatar for avatar in AVATARS if avatar not in taken), AVATARS[0])
