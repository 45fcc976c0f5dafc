"""What a child's chat is tuned by: age band, help-line region, filter strictness, word lists."""

from __future__ import annotations

import datetime as dt

from app.chat.conversation import ChildContext
from app.guidance.crisis import system_region
from app.policy import MachinePolicy
from app.safety.verdict import DEFAULT_STRICTNESS, CustomWords, Strictness
from app.settings import Settings
from app.store import Store


class NotAChild(ValueError):
    """The profile's owner has turned 18: no child chat for them."""


def help_region(settings: Settings) -> str | None:
    """The parent's chosen help-line region, else the one from the system locale."""
    chosen = settings.get("crisis_region")
    return str(chosen) if chosen else system_region()


def child_context(
    store: Store,
    settings: Settings,
    policy: MachinePolicy | None,
    child_id: int,
    *,
    today: dt.date | None = None,
) -> ChildContext:
    """Everything the filter, prompt and help card need for this child, today.

    Strictness is the parent's choice or the band's default, raised to the school's minimum.
    """
    profile = store.profiles.get(child_id)
    band = profile.age_band(today or dt.date.today())
    if band is None:
        raise NotAChild(profile.nickname)
    chosen = settings.get("filter_strictness", child_id) or DEFAULT_STRICTNESS[band].value
    if policy is not None:
        chosen = policy.strictness_at_least(chosen)
    custom = CustomWords.of(
        blocked=list(settings.get("blocked_words", child_id)),
        allowed=list(settings.get("allowed_words", child_id)),
    )
    return ChildContext(
        child_id=child_id,
        band=band,
        region=help_region(settings),
        strictness=Strictness(chosen),
        custom=custom,
    )
