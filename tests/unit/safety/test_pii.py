"""Personal information is found and replaced by readable placeholders; the rest stays."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.safety import Action, check
from app.safety.detectors.pii import find, redact


def _redacted(text: str) -> str:
    return redact(text, find(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my number is +44 7700 900123", "my number is [phone number]"),
        ("call me at (555) 123-4567", "call me at [phone number]"),
        ("my phone is 555.123.4567", "my phone is [phone number]"),
        ("text me 555 123 4567 after school", "text me [phone number] after school"),
        ("my number is five five five one two three four", "my number is [phone number]"),
        ("my email is emma.jones@gmail.com", "my email is [email address]"),
        ("my email is emma at gmail dot com", "my email is [email address]"),
        ("I live at 42 Oak Street", "I live at [address]"),
        ("my address is 12 rue de la Paix", "my address is [address]"),
        ("my name is Emma Johnson", "my name is Emma [last name]"),
        ("I go to Lincoln Elementary", "I go to [school]"),
        ("im in 4th grade at st marys", "im in 4th grade at [school]"),
        ("my insta is @emma_sparkles", "my insta is [username]"),
        ("my roblox username is CoolDude2014", "my roblox username is [username]"),
        ("im 9 and i live in leeds", "im 9 and i live in [town]"),
        ("my password is fluffy123", "my password is [password]"),
        ("my ssn is 123-45-6789", "my ssn is [ID number]"),
        ("add me its shadowwolf#4421", "add me its [username]"),
        ("i live in apartment 4B, 300 West 23rd St", "i live in [address], [address]"),
        ("im in 3rd class in Scoil Mhuire", "im in 3rd class in [school]"),
        ("I'm 12 years old from Cork", "I'm 12 years old from [town]"),
        ("my dad is Michael O'Connor", "my dad is Michael [last name]"),
    ],
)
def test_each_kind_of_personal_information_is_replaced(text: str, expected: str) -> None:
    """Phone, e-mail, address, last name, school, handle, town with age, password, ID."""
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what is 555 + 123",
        "in 1969 people landed on the moon",
        "the score was 21 - 14",
        "my name is on the list",
        "who was Abraham Lincoln",
        "my name is lily",
        "im 9 years old",
        "i live in a big house",
        "write a story about a kid who goes to Lincoln Elementary",
        "count 1 2 3 4 5 6 7 8 9 10",
        "pi is 3.14159265",
        "i go to school by bus",
        "i think my password is too easy",
    ],
)
def test_numbers_names_and_places_that_are_not_personal_pass(text: str) -> None:
    """Maths, years, famous people, a first name alone and story prompts are left alone."""
    assert find(text) == []


def test_redacted_message_is_sent_with_the_rest_kept() -> None:
    """The verdict is redact, names what was hidden, and keeps the child's other words."""
    verdict = check("hi my number is 07700 900123 and i like cats", "in", "8-10")
    assert verdict.action is Action.REDACT
    assert verdict.redactions == ("phone number",)
    assert verdict.text == "hi my number is [phone number] and i like cats"


def test_replies_are_not_redacted() -> None:
    """A model reply may give a help line number; the output direction does not redact it."""
    verdict = check("You can call Childline on 0800 1111.", "out", "8-10")
    assert verdict.action is Action.ALLOW


_FILLER = st.text(alphabet="abcdefghij klmnop,!?", max_size=30)
_PHONES = st.one_of(
    st.from_regex(r"\+44 7\d{3} \d{6}", fullmatch=True),
    st.from_regex(r"\(\d{3}\) \d{3}-\d{4}", fullmatch=True),
    st.from_regex(r"\d{3}\.\d{3}\.\d{4}", fullmatch=True),
    st.from_regex(r"07\d{3} \d{6}", fullmatch=True),
)
_EMAILS = st.from_regex(r"[a-z][a-z0-9._]{0,15}@[a-z]{2,10}\.(com|org|co\.uk)", fullmatch=True)


@given(before=_FILLER, after=_FILLER, secret=st.one_of(_PHONES, _EMAILS))
def test_redaction_never_lets_the_personal_information_through(
    before: str, after: str, secret: str
) -> None:
    """Whatever surrounds a phone number or e-mail, the verdict text never contains it."""
    verdict = check(f"{before} my number {secret} {after}", "in", "8-10")
    assert verdict.action is not Action.ALLOW
    assert secret not in verdict.text


@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_the_text(text: str) -> None:
    """Spans are ordered, never overlap and lie inside the original text, for any Unicode."""
    spans = find(text)
    for first, second in itertools.pairwise(spans):
        assert first.end <= second.start
    assert all(0 <= span.start < span.end <= len(text) for span in spans)
