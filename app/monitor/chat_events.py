"""The chat's link to the parent's monitor: flagged turns become chained events and alerts."""

from __future__ import annotations

from collections.abc import Callable

from app.chat.conversation import Flagged
from app.monitor.alerts import queue_alerts
from app.monitor.events import record_filter_verdict
from app.settings import Settings
from app.store import Store


class ChatMonitor:
    """Implements the conversation's `SafetyEvents`.

    `on_alerts_queued` is called (on the chat's worker thread) when an alert is waiting, so
    the app can deliver it at once instead of waiting for its next scheduled run.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        help_region: str | None = None,
        on_alerts_queued: Callable[[], None] | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._help_region = help_region
        self._on_alerts_queued = on_alerts_queued

    def flagged(self, turn: Flagged) -> None:
        if turn.child_id is None:
            return
        events = record_filter_verdict(
            self._store,
            child_id=turn.child_id,
            verdict=turn.verdict,
            direction=turn.direction,
            message_id=turn.message_id,
            conversation_id=turn.conversation_id,
            help_region=self._help_region,
        )
        queued = queue_alerts(self._store, self._settings, events) if events else ()
        if queued and self._on_alerts_queued is not None:
            self._on_alerts_queued()
