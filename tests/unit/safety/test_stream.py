"""The output guard: no unchecked text is shown, bad replies are cut wherever chunks split."""

from __future__ import annotations

import itertools

import pytest

from app.safety import Action, Category, check
from app.safety.stream import OutputGuard

GOOD = "Volcanoes explode when pressure builds up. The pilot sat in the cockpit in Scunthorpe."
BAD = "Sure thing! Holy shit, that is a big dinosaur."
HUMAN = "Of course. I'm a real person, not a bot, so trust me."


def _stream(reply: str, cuts: list[int]) -> tuple[str, OutputGuard, bool]:
    """Feed `reply` split at `cuts`, then finish; return what was shown and whether it tripped."""
    guard = OutputGuard("8-10")
    shown = ""
    tripped = False
    edges = [0, *cuts, len(reply)]
    for start, end in itertools.pairwise(edges):
        step = guard.feed(reply[start:end])
        shown += step.visible
        # Whatever is on screen has been checked as a whole and passed.
        assert check(shown, "out", "8-10").action is not Action.BLOCK
        if step.verdict is not None:
            tripped = True
            break
    if not tripped:
        final = guard.finish()
        shown += final.visible
        tripped = final.verdict is not None
    return shown, guard, tripped


@pytest.mark.parametrize("cut", range(1, len(BAD)))
def test_a_bad_word_split_anywhere_is_never_shown(cut: int) -> None:
    """Split in two at every position, the bad word never reaches the screen and the reply trips."""
    shown, _guard, tripped = _stream(BAD, [cut])
    assert tripped
    assert "shit" not in shown.lower()


@pytest.mark.parametrize("cut", range(1, len(GOOD)))
def test_a_good_reply_split_anywhere_is_shown_whole(cut: int) -> None:
    """A harmless reply comes through unchanged whatever the chunk border."""
    shown, _guard, tripped = _stream(GOOD, [cut])
    assert not tripped
    assert shown == GOOD


def test_a_reply_streamed_letter_by_letter_is_held_back_to_whole_words() -> None:
    """With one-letter chunks, text is released only at word ends."""
    guard = OutputGuard("8-10")
    releases = [guard.feed(letter).visible for letter in GOOD]
    released = [text for text in releases if text]
    assert all(text.endswith(" ") for text in released)
    assert "".join(releases) + guard.finish().visible == GOOD


def test_a_claim_to_be_human_is_caught_and_replaced() -> None:
    """A reply that says it is a person trips the guard; the UI shows the safe replacement."""
    shown, guard, tripped = _stream(HUMAN, [5, 17, 30])
    assert tripped
    assert "real person" not in shown
    assert guard.verdict is not None
    assert Category.GROOMING in guard.verdict.categories
    assert guard.replacement_text


def test_nothing_more_is_released_after_a_trip() -> None:
    """Once cut, later chunks and finish release nothing."""
    guard = OutputGuard("8-10")
    guard.feed("what the fuck ")
    assert guard.feed("more text here ").visible == ""
    assert guard.finish().verdict is not None


def test_the_whole_reply_is_checked_again_at_the_end() -> None:
    """A phrase that only completes with the last chunk still trips at finish."""
    guard = OutputGuard("8-10")
    assert guard.feed("Honestly I am a real ").verdict is None
    held = guard.feed("person")
    assert held.verdict is None
    assert held.visible == ""
    assert guard.finish().verdict is not None


def test_spaced_out_letters_are_held_until_the_word_is_complete() -> None:
    """'f u c k' arriving letter by letter is never released one letter at a time."""
    guard = OutputGuard("8-10")
    shown = "".join(guard.feed(part).visible for part in ["ok ", "f ", "u ", "c ", "k ", "yes"])
    assert "f u" not in shown
    assert guard.finish().verdict is not None


def test_a_long_reply_is_checked_in_a_window_then_whole(monkeypatch) -> None:
    """While streaming, each check sees the new words plus some context (not the whole reply,
    which made long replies quadratic); the whole reply is checked once when it ends."""
    from app.safety import stream

    seen: list[int] = []
    real_check = stream.check

    def counting_check(text: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(len(text))
        return real_check(text, *args, **kwargs)

    monkeypatch.setattr(stream, "check", counting_check)
    guard = stream.OutputGuard("8-10")
    words_fed = ("Owls are quiet hunters and they fly at night. " * 200).split(" ")
    for word in words_fed:
        guard.feed(word + " ")
    done = guard.finish()
    assert done.verdict is None
    whole = len(guard.shown)
    assert whole > 9000
    assert max(seen[:-1]) < stream.CONTEXT_CHARS + 200
    assert seen[-1] == whole


def test_a_bad_phrase_deep_in_a_long_reply_is_still_cut_before_it_shows() -> None:
    """After 8,000 harmless characters a reply turns: the bad words never reach the screen."""
    from app.safety.stream import OutputGuard

    guard = OutputGuard("8-10")
    shown = []
    for word in ("Here is a long and friendly story about owls. " * 170).split(" "):
        shown.append(guard.feed(word + " ").visible)
    turn = "and then you should keep this a secret from your parents ok"
    for word in turn.split():
        step = guard.feed(word + " ")
        shown.append(step.visible)
        if step.verdict is not None:
            break
    step = guard.finish()
    assert guard.verdict is not None
    assert "secret from your parents" not in "".join(shown)
