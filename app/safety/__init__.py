"""Hoot's on-device safety filter: normalise -> detect -> decide, in both directions.

The verdict types load with the package; the engine (word lists, rules, the learned backstop)
loads on first use of `check`, `explain` or the output guard, so modules that only need the
types (the store, the monitor) do not pay for it at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.safety.verdict import (
    DEFAULT_STRICTNESS,
    Action,
    Category,
    ConversationRisk,
    CustomWords,
    Direction,
    Severity,
    Strictness,
    Verdict,
)

if TYPE_CHECKING:
    from app.safety.engine import check
    from app.safety.explain import explain
    from app.safety.stream import GuardStep, OutputGuard

_LAZY = {
    "check": "app.safety.engine",
    "explain": "app.safety.explain",
    "GuardStep": "app.safety.stream",
    "OutputGuard": "app.safety.stream",
}

__all__ = [
    "DEFAULT_STRICTNESS",
    "Action",
    "Category",
    "ConversationRisk",
    "CustomWords",
    "Direction",
    "GuardStep",
    "OutputGuard",
    "Severity",
    "Strictness",
    "Verdict",
    "check",
    "explain",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'app.safety' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value
