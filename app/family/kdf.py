"""Slow hashing of parent secrets (PIN, recovery code) with argon2id, parameters kept with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError

KDF_NAME = "argon2id"


@dataclass(frozen=True)
class KdfParams:
    """argon2id costs. The defaults take about 0.35 s per verify on a 2-core laptop (measured
    2026: 64 MiB, 3 passes), slow enough that guessing a 6-digit PIN offline takes days."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 1

    def as_mapping(self) -> Mapping[str, Any]:
        return MappingProxyType(
            {
                "time_cost": self.time_cost,
                "memory_kib": self.memory_kib,
                "parallelism": self.parallelism,
            }
        )

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            type=Type.ID,
        )


DEFAULT_PARAMS = KdfParams()


@dataclass(frozen=True)
class SecretHash:
    """An argon2id hash in its standard encoded form (`$argon2id$v=19$m=...`), which carries
    its own salt and costs; `params` repeats the costs for the store's record."""

    kdf: str
    params: Mapping[str, Any]
    encoded: str = field(repr=False)


def hash_secret(secret: str, params: KdfParams = DEFAULT_PARAMS) -> SecretHash:
    return SecretHash(KDF_NAME, params.as_mapping(), params.hasher().hash(secret))


def verify_secret(encoded: str, secret: str) -> bool:
    """True when `secret` matches; False for a mismatch or a damaged hash (never raises)."""
    try:
        # The costs come from the encoded hash itself, so old hashes verify after a change.
        return PasswordHasher().verify(encoded, secret)
    except (VerificationError, InvalidHashError):
        return False


def params_of(encoded: str) -> KdfParams:
    """The costs an encoded hash was made with (InvalidHashError when it is not one)."""
    found = extract_parameters(encoded)
    return KdfParams(found.time_cost, found.memory_cost, found.parallelism)


def needs_rehash(encoded: str, params: KdfParams) -> bool:
    """True when the hash was made with other costs than `params` (e.g. after Hoot raised them)."""
    try:
        return params_of(encoded) != params
    except InvalidHashError:
        return True
