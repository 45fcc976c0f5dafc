"""The parent's consent at set-up: who confirmed what, for which version of the privacy notice.

This is a parental gate (an adult confirms on this computer), not the "verifiable parental
consent" of the US COPPA Rule; PRIVACY.md says so and says when that matters. The notice
promises that Hoot asks again when its version changes: `needs_fresh_consent` tells when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.guidance.notice import Notice, privacy_notice
from app.store import Consent, Store
from app.text import words

#: How consent was given, stored with it (never a person's name or other details).
Via = Literal["window", "command"]
METHOD = "parental_gate"


@dataclass(frozen=True)
class ConsentAnswers:
    """The three boxes the parent ticks (or `--accept-notice` on the command line)."""

    is_parent_or_guardian: bool
    is_adult: bool
    has_read_notice: bool

    @classmethod
    def all_confirmed(cls) -> ConsentAnswers:
        return cls(is_parent_or_guardian=True, is_adult=True, has_read_notice=True)

    @property
    def complete(self) -> bool:
        return self.is_parent_or_guardian and self.is_adult and self.has_read_notice


class ConsentIncomplete(ValueError):
    """A box was not ticked: Hoot is not set up without all three."""

    def message(self) -> str:
        return words("family.consent.incomplete")


def record_consent(
    store: Store, answers: ConsentAnswers, *, via: Via, notice: Notice | None = None
) -> Consent:
    """Record the parent's consent to `notice` (default: the notice shipped with this build)."""
    if not answers.complete:
        raise ConsentIncomplete("all three confirmations are needed")
    shown = notice if notice is not None else privacy_notice()
    return store.family.record_consent(
        shown.version,
        details={
            "parent_or_guardian": True,
            "adult": True,
            "read_notice": True,
            "via": via,
            "method": METHOD,
        },
    )


def needs_fresh_consent(store: Store, notice: Notice | None = None) -> bool:
    """True when no consent is on record, or it was given to another version of the notice."""
    current = store.family.current_consent()
    shown = notice if notice is not None else privacy_notice()
    return current is None or current.notice_version != shown.version
