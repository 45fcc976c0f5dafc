"""Stored settings: global and per-child key/value pairs (JSON values) with typed getters.

This is storage only; `app/settings.py` decides the effective value (defaults < parent's
choice < machine policy).
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from app.store.db import Database
from app.store.errors import SettingTypeError

#: What a setting may hold: anything JSON can carry.
SettingValue = None | bool | int | float | str | list[Any] | dict[str, Any]

_Wanted = TypeVar("_Wanted")
_MISSING = object()


class SettingsRepository:
    """`child_id=None` means a global setting; otherwise the setting belongs to that child."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def set(self, key: str, value: SettingValue, *, child_id: int | None = None) -> None:
        encoded = json.dumps(value, sort_keys=True, allow_nan=False)
        with self._db.transaction() as connection:
            if child_id is None:
                connection.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, encoded),
                )
            else:
                connection.execute(
                    "INSERT INTO child_settings (child_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT (child_id, key) DO UPDATE SET value = excluded.value",
                    (child_id, key, encoded),
                )

    def delete(self, key: str, *, child_id: int | None = None) -> None:
        """Forget a setting, so its default applies again."""
        with self._db.transaction() as connection:
            if child_id is None:
                connection.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                connection.execute(
                    "DELETE FROM child_settings WHERE child_id = ? AND key = ?", (child_id, key)
                )

    def has(self, key: str, *, child_id: int | None = None) -> bool:
        return self._raw(key, child_id) is not _MISSING

    def get(self, key: str, default: SettingValue = None, *, child_id: int | None = None) -> Any:
        """The stored value of any type, or `default` when not set."""
        value = self._raw(key, child_id)
        return default if value is _MISSING else value

    def get_str(self, key: str, default: str, *, child_id: int | None = None) -> str:
        return self._typed(key, default, child_id, str, "text")

    def get_int(self, key: str, default: int, *, child_id: int | None = None) -> int:
        value = self._raw(key, child_id)
        if value is _MISSING:
            return default
        # JSON true/false are Python ints too; a flag is not a number.
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingTypeError(key, "whole number")
        return value

    def get_optional_int(
        self, key: str, default: int | None, *, child_id: int | None = None
    ) -> int | None:
        """An int where null is meaningful (e.g. retention: null = keep until deleted)."""
        value = self._raw(key, child_id)
        if value is _MISSING:
            return default
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingTypeError(key, "whole number or nothing")
        return value

    def get_float(self, key: str, default: float, *, child_id: int | None = None) -> float:
        value = self._raw(key, child_id)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SettingTypeError(key, "number")
        return float(value)

    def get_bool(self, key: str, default: bool, *, child_id: int | None = None) -> bool:
        return self._typed(key, default, child_id, bool, "yes/no value")

    def get_str_list(
        self, key: str, default: tuple[str, ...] = (), *, child_id: int | None = None
    ) -> tuple[str, ...]:
        """A list of words (e.g. a child's extra blocked words)."""
        value = self._raw(key, child_id)
        if value is _MISSING:
            return default
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise SettingTypeError(key, "list of words")
        return tuple(value)

    def all_global(self) -> dict[str, Any]:
        return {
            row["key"]: json.loads(row["value"])
            for row in self._db.rows("SELECT key, value FROM settings ORDER BY key")
        }

    def all_for_child(self, child_id: int) -> dict[str, Any]:
        rows = self._db.rows(
            "SELECT key, value FROM child_settings WHERE child_id = ? ORDER BY key", (child_id,)
        )
        return {row["key"]: json.loads(row["value"]) for row in rows}

    def _typed(
        self,
        key: str,
        default: _Wanted,
        child_id: int | None,
        wanted: type[_Wanted],
        description: str,
    ) -> _Wanted:
        value = self._raw(key, child_id)
        if value is _MISSING:
            return default
        if not isinstance(value, wanted):
            raise SettingTypeError(key, description)
        return value

    def _raw(self, key: str, child_id: int | None) -> Any:
        if child_id is None:
            row = self._db.row("SELECT value FROM settings WHERE key = ?", (key,))
        else:
            row = self._db.row(
                "SELECT value FROM child_settings WHERE child_id = ? AND key = ?", (child_id, key)
            )
        return _MISSING if row is None else json.loads(row["value"])
