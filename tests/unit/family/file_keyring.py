"""A keyring backend kept in a JSON file, so `hoot` in a subprocess has a keyring that outlives
its data folder (select it with PYTHON_KEYRING_BACKEND and HOOT_TEST_KEYRING_FILE)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "HOOT_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def _save(self, secrets: dict[str, str]) -> None:
        self._path().write_text(json.dumps(secrets), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._load()
        secrets[f"{service}/{username}"] = password
        self._save(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._load()
        if secrets.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(secrets)
