"""The output guard: streamed reply text is shown only after the words it belongs to passed.

A reply that turns bad is cut and replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.age_bands import AgeBand
from app.safety.engine import check
from app.safety.verdict import Action, CustomWords, Direction, Strictness, Verdict
from app.text import words

#: A tail this long with no space in it is checked and released as it is (a long link, say),
#: so one unbroken string cannot hold the whole reply back.
MAX_HELD_BACK = 64
#: While a reply streams, each release checks the new text with this much of what came before
#: (enough for any phrase the rules look for to be seen whole); the whole reply is checked once
#: more when it ends. Checking everything at every word cost 11 ms a word by 2,000 tokens and
#: held the GUI thread up through the GIL.
CONTEXT_CHARS = 600


@dataclass(frozen=True, slots=True)
class GuardStep:
    """What one chunk changed: newly released safe text, and a verdict once the reply is bad."""

    visible: str
    verdict: Verdict | None = None


class OutputGuard:
    """Checks a streamed reply before any of it reaches the screen.

    Text is released up to the last complete word (and never in the middle of a run of spaced-out
    single letters). Each release re-checks the whole reply so far, so a word or phrase split
    across chunks is judged whole. Once a verdict blocks, nothing more is released and the UI
    replaces the bubble with `replacement_text`.
    """

    def __init__(
        self,
        age_band: AgeBand | str,
        custom: CustomWords | None = None,
        strictness: Strictness | str | None = None,
    ) -> None:
        self._band = age_band if isinstance(age_band, AgeBand) else AgeBand.parse(age_band)
        self._custom = custom
        self._strictness = strictness
        self._reply = ""
        self._released = 0
        self._verdict: Verdict | None = None

    @property
    def replacement_text(self) -> str:
        """The safe message shown instead of a reply that was cut."""
        return words("safety.guard.replacement")

    @property
    def verdict(self) -> Verdict | None:
        """The blocking verdict, once the reply tripped the filter."""
        return self._verdict

    @property
    def shown(self) -> str:
        """Everything released so far."""
        return self._reply[: self._released]

    def feed(self, chunk: str) -> GuardStep:
        """Take the next chunk; return the text that may now be shown."""
        if self._verdict is not None:
            return GuardStep("", self._verdict)
        self._reply += chunk
        return self._release(_safe_end(self._reply, self._released))

    def finish(self) -> GuardStep:
        """The stream ended: check the whole reply and release the held-back tail."""
        if self._verdict is not None:
            return GuardStep("", self._verdict)
        end = len(self._reply)
        verdict = self._check(self._reply)
        if verdict.action is Action.BLOCK:
            self._verdict = verdict
            return GuardStep("", verdict)
        visible = self._reply[self._released : end]
        self._released = end
        return GuardStep(visible)

    def _release(self, end: int) -> GuardStep:
        if end <= self._released:
            return GuardStep("")
        start = _window_start(self._reply, self._released - CONTEXT_CHARS)
        verdict = self._check(self._reply[start:end])
        if verdict.action is Action.BLOCK:
            self._verdict = verdict
            return GuardStep("", verdict)
        visible = self._reply[self._released : end]
        self._released = end
        return GuardStep(visible)

    def _check(self, text: str) -> Verdict:
        return check(
            text,
            Direction.OUT,
            self._band,
            custom=self._custom,
            strictness=self._strictness,
        )


def _window_start(reply: str, wanted: int) -> int:
    """The start of the checked window: at `wanted` or just after, on a word boundary (so no
    word is judged by its second half)."""
    if wanted <= 0:
        return 0
    boundary = max(reply.rfind(" ", 0, wanted), reply.rfind("\n", 0, wanted))
    return boundary + 1 if boundary >= 0 else 0


def _safe_end(reply: str, released: int) -> int:
    """Where the released text may end: after the last complete word, before any trailing run
    of single characters that might still grow into a spaced-out word."""
    cut = max(reply.rfind(" "), reply.rfind("\n"), reply.rfind("\t")) + 1
    if cut <= released:
        if len(reply) - released > MAX_HELD_BACK:
            return len(reply)
        return released
    # Step back over trailing one-letter words ("f u c ") so they are judged with what follows.
    words_before = reply[:cut].split()
    while words_before and len(words_before[-1]) == 1 and cut > released:
        cut = reply.rfind(words_before.pop(), released, cut)
    return max(cut, released)
