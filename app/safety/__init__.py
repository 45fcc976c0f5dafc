"""Hoot's on-device safety filter: normalise -> detect -> decide, in both directions."""

from app.safety.engine import DEFAULT_STRICTNESS, check
from app.safety.explain import explain
from app.safety.stream import GuardStep, OutputGuard
from app.safety.verdict import (
    Action,
    Category,
    ConversationRisk,
    CustomWords,
    Direction,
    Severity,
    Strictness,
    Verdict,
)

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
