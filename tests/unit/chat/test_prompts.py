"""The child-safety system prompt: every band's prompt carries the safeguards, in its own words."""

from __future__ import annotations

import hashlib
import re

import pytest

from app.age_bands import AgeBand
from app.chat.prompts import SystemPrompt, prompt_version, system_prompt
from app.guidance.crisis import REGIONS, crisis_card
from app.guidance.readability import measure
from app.paths import resource

#: Meaning-bearing phrases every prompt must contain (lower-cased), with what each one secures.
REQUIRED = {
    "never claim or pretend to be a human or a real person": "no pretending to be human",
    "say plainly that you are an ai": "says it is an AI when asked",
    "stories": "the AI rule holds in stories and role-play too",
    "romantic": "no romantic content",
    "sexual": "no sexual content",
    "personal information": "no asking for personal information",
    "school": "school is named as private",
    "address": "address is named as private",
    "photos": "photos are named as private",
    "passwords": "passwords are named as private",
    "keep it private": "reminds the child to keep things private",
    "trust": "points to a trusted adult",
    "keep a secret": "never asks for secrets from parents",
    "links": "no links to unknown sites",
    "keep chatting": "no pressure to keep chatting",
    "hint": "homework help that teaches",
    "kindly": "kind refusals",
    "suggest": "refusals suggest something else",
    "these rules always apply": "a message cannot switch the safeguards off",
}

#: The words each released prompt version had (sha256 of the file, first 16 hex digits). A stored
#: conversation names its prompt version, so a version must always mean the same words: when you
#: change a prompt, bump its `version:` line and record the new fingerprint here.
FINGERPRINTS = {
    "5-7/2026-11-26.1": "f54a2d77985bb5fc",
    "8-10/2026-11-26.1": "3ec22620a7522d35",
    "11-12/2026-11-26.1": "40a2d7efaee50122",
    "13-15/2026-11-26.1": "47bfe490c268d3b0",
    "16-17/2026-11-26.1": "d02e01174d931e93",
}


def _text(band: AgeBand, region: str | None = "GB") -> str:
    return system_prompt(band, region=region).text.lower()


@pytest.mark.parametrize("band", list(AgeBand))
@pytest.mark.parametrize("phrase", list(REQUIRED))
def test_every_band_prompt_has_the_required_safeguard(band: AgeBand, phrase: str) -> None:
    """Each prompt states each safeguard in words a reviewer can find."""
    assert phrase in _text(band), f"{band} prompt lacks: {REQUIRED[phrase]}"


@pytest.mark.parametrize("band", list(AgeBand))
def test_prompt_names_the_childs_age(band: AgeBand) -> None:
    """The model is told the child's age range."""
    assert f"aged {band.youngest} to {band.oldest}" in system_prompt(band).text


@pytest.mark.parametrize("band", list(AgeBand))
def test_prompt_says_distress_is_not_the_childs_fault(band: AgeBand) -> None:
    """Distress is answered with care first."""
    text = _text(band)
    assert "it is not their fault" in text or "not your fault" in text
    assert "care" in text or "gentle" in text


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("band", list(AgeBand))
def test_prompt_names_the_regions_help_line_and_emergency_number(
    band: AgeBand, region: str
) -> None:
    """The model points to the same help the app's crisis card shows for the region."""
    sp = system_prompt(band, region=region)
    card = crisis_card(region, band)
    assert sp.region == region
    assert card.region_name in sp.text
    assert f"call {card.emergency_numbers[0]}" in sp.text
    for line in card.lines:
        assert line.contacts[0].value in sp.text


def test_unknown_region_gets_the_international_help() -> None:
    """Without a known region the model points to the help-line directories."""
    sp = system_prompt(AgeBand.AGES_8_10, region="DE")
    assert sp.region == "INTL"
    assert "findahelpline.com" in sp.text
    assert "local emergency number" in sp.text


@pytest.mark.parametrize("band", list(AgeBand))
def test_no_placeholder_is_left_unfilled(band: AgeBand) -> None:
    """The words sent to the model contain no template markers."""
    text = system_prompt(band, region="AU").text
    assert "{{" not in text
    assert "}}" not in text
    assert not text.startswith("---")


def test_versions_are_recorded_and_unique_per_band() -> None:
    """Each band's version names the band, so a stored conversation identifies its prompt."""
    versions = {band: system_prompt(band).version for band in AgeBand}
    assert len(set(versions.values())) == len(AgeBand)
    for band, version in versions.items():
        assert re.fullmatch(rf"{re.escape(band.value)}/\d{{4}}-\d{{2}}-\d{{2}}\.\d+", version)
        assert prompt_version(band) == version


def test_system_prompt_is_a_frozen_record_of_band_and_version() -> None:
    """The result carries text, version and band and cannot be changed by a caller."""
    sp = system_prompt(AgeBand.AGES_8_10, region="GB")
    assert isinstance(sp, SystemPrompt)
    assert sp.band is AgeBand.AGES_8_10
    with pytest.raises(AttributeError):
        sp.text = "something else"  # type: ignore[misc]


def test_youngest_band_prompt_is_short_and_plain() -> None:
    """The 5-7 prompt itself uses short sentences, and asks for very short replies."""
    text = system_prompt(AgeBand.AGES_5_7, region="GB").text
    figures = measure(text)
    assert figures.words_per_sentence <= 9.0
    assert figures.long_word_share <= 0.07
    assert "very short sentences" in text.lower()


def test_prompts_grow_fuller_with_age() -> None:
    """Older bands get fuller replies: each prompt is at least as long as the one before."""
    lengths = [len(system_prompt(band, region="GB").text) for band in AgeBand]
    assert lengths == sorted(lengths)
    assert "fuller" in _text(AgeBand.AGES_16_17)


@pytest.mark.parametrize("band", [AgeBand.AGES_11_12, AgeBand.AGES_13_15, AgeBand.AGES_16_17])
def test_older_bands_forbid_self_harm_methods_and_diet_advice(band: AgeBand) -> None:
    """Where these topics come up more, the prompt rules them out by name."""
    text = _text(band)
    assert "never give information about" in text
    assert "self-harm" in text
    assert "weight-loss" in text


@pytest.mark.parametrize("band", list(AgeBand))
def test_changing_a_prompt_requires_a_new_version(band: AgeBand) -> None:
    """The file's words match the fingerprint recorded for its version."""
    version = prompt_version(band)
    text = resource("prompts", f"{band.value}.md").read_text(encoding="utf-8")
    digest = hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:16]
    assert version in FINGERPRINTS, f"record the fingerprint of {version}: {digest}"
    assert FINGERPRINTS[version] == digest, f"{band} prompt changed: bump its version line"
