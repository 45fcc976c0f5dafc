"""Child profiles: nickname, avatar and birth month, from which the age band is derived."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlcipher3

from app.age_bands import AgeBand, age_on, band_for_age
from app.store.db import Database, Row, from_millis, to_millis
from app.store.errors import NicknameTaken, RecordNotFound

_COLUMNS = "id, nickname, avatar_id, birth_year, birth_month, created_at"


@dataclass(frozen=True)
class ChildProfile:
    """One child who uses Hoot. Per-child settings live in `store.settings`."""

    id: int
    nickname: str
    avatar_id: str
    birth_year: int
    birth_month: int
    created_at: dt.datetime

    def age_on(self, today: dt.date) -> int:
        return age_on(self.birth_year, self.birth_month, today)

    def age_band(self, today: dt.date) -> AgeBand | None:
        """The band on `today`; None once the child has turned 18."""
        return band_for_age(self.age_on(today))


def _profile(row: Row) -> ChildProfile:
    return ChildProfile(
        id=row["id"],
        nickname=row["nickname"],
        avatar_id=row["avatar_id"],
        birth_year=row["birth_year"],
        birth_month=row["birth_month"],
        created_at=from_millis(row["created_at"]),
    )


class ProfileRepository:
    """Adds, reads and edits child profiles. Removing a child is `deletion.delete_child`."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, nickname: str, avatar_id: str, birth_year: int, birth_month: int) -> ChildProfile:
        """A new profile; `NicknameTaken` when another child has the same name (any case)."""
        name = _clean_nickname(nickname)
        _check_birth(birth_year, birth_month)
        try:
            with self._db.transaction() as connection:
                cursor = connection.execute(
                    "INSERT INTO children (nickname, avatar_id, birth_year, birth_month, "
                    "created_at) VALUES (?, ?, ?, ?, ?)",
                    (name, avatar_id, birth_year, birth_month, to_millis(self._db.clock())),
                )
                child_id = int(cursor.lastrowid)
        except sqlcipher3.IntegrityError:
            raise NicknameTaken(name) from None
        return self.get(child_id)

    def get(self, child_id: int) -> ChildProfile:
        row = self._db.row(f"SELECT {_COLUMNS} FROM children WHERE id = ?", (child_id,))
        if row is None:
            raise RecordNotFound("child", child_id)
        return _profile(row)

    def find_by_nickname(self, nickname: str) -> ChildProfile | None:
        """The child with this nickname, ignoring case (the `--child NAME` of the commands)."""
        row = self._db.row(
            f"SELECT {_COLUMNS} FROM children WHERE nickname = ? COLLATE NOCASE",
            (nickname.strip(),),
        )
        return None if row is None else _profile(row)

    def all(self) -> list[ChildProfile]:
        """Every child, in the order they were added."""
        return [
            _profile(row) for row in self._db.rows(f"SELECT {_COLUMNS} FROM children ORDER BY id")
        ]

    def update(
        self,
        child_id: int,
        *,
        nickname: str | None = None,
        avatar_id: str | None = None,
        birth: tuple[int, int] | None = None,
    ) -> ChildProfile:
        """Change some fields; `birth` is (year, month). Only the parent may call this."""
        current = self.get(child_id)
        name = current.nickname if nickname is None else _clean_nickname(nickname)
        year, month = (current.birth_year, current.birth_month) if birth is None else birth
        _check_birth(year, month)
        try:
            with self._db.transaction() as connection:
                connection.execute(
                    "UPDATE children SET nickname = ?, avatar_id = ?, birth_year = ?, "
                    "birth_month = ? WHERE id = ?",
                    (name, avatar_id or current.avatar_id, year, month, child_id),
                )
        except sqlcipher3.IntegrityError:
            raise NicknameTaken(name) from None
        return self.get(child_id)


def _clean_nickname(nickname: str) -> str:
    name = " ".join(nickname.split())
    if not name:
        raise ValueError("a child's nickname cannot be empty")
    return name


def _check_birth(year: int, month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError("birth month must be 1 to 12")
    if not 1900 <= year <= 2999:
        raise ValueError("birth year is out of range")
