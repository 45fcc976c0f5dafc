"""The crisis card: the right help lines for each region, checked facts, dates, locale picking."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.age_bands import AgeBand
from app.guidance.crisis import (
    INTERNATIONAL,
    REGIONS,
    ContactKind,
    crisis_card,
    region_from_locale,
    system_region,
)
from app.paths import resource

#: What the reference file (shared/reference/helplines.md) confirms, region by region.
EXPECTED = {
    "US": ("911", "988", "1-800-422-4453"),
    "GB": ("999", "0800 1111", None),
    "IE": ("112", "1800 66 66 66", "50101"),
    "CA": ("911", "1-800-668-6868", "686868"),
    "AU": ("000", "1800 55 1800", None),
    "NZ": ("111", "1737", "0800 376 633"),
}


def _raw() -> dict[str, object]:
    with resource("crisis_lines.json").open(encoding="utf-8") as handle:
        data: dict[str, object] = json.load(handle)
    return data


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("en_GB.UTF-8", "GB"),
        ("en_US", "US"),
        ("en_US.UTF-8", "US"),
        ("en_IE", "IE"),
        ("fr_CA", "CA"),
        ("fr-CA", "CA"),
        ("en_AU.utf8", "AU"),
        ("en_NZ", "NZ"),
        ("ga_IE.UTF-8@euro", "IE"),
        ("English_United Kingdom.1252", "GB"),
    ],
)
def test_locale_names_give_their_region(locale_name: str, region: str) -> None:
    """A locale whose territory has checked lines picks that region."""
    assert region_from_locale(locale_name) == region


@pytest.mark.parametrize("locale_name", ["de_DE.UTF-8", "en", "C", "POSIX", "", None, "fr_FR", "x"])
def test_other_locales_give_no_region(locale_name: str | None) -> None:
    """Anything else gives None, so the card falls back to international help."""
    assert region_from_locale(locale_name) is None


def test_system_region_reads_the_environment_in_locale_order() -> None:
    """LC_ALL wins over LANG, as the C library does."""
    assert system_region({"LC_ALL": "en_NZ.UTF-8", "LANG": "en_US.UTF-8"}) == "NZ"
    assert system_region({"LANG": "en_AU.UTF-8"}) == "AU"
    assert system_region({"LANG": "de_DE.UTF-8"}) is None


@pytest.mark.parametrize("region", REGIONS)
def test_each_region_card_shows_its_emergency_number_and_checked_lines(region: str) -> None:
    """Every supported region has its emergency number first and the confirmed numbers."""
    emergency, first_number, other_number = EXPECTED[region]
    card = crisis_card(region)
    assert card.region == region
    assert card.emergency_number == emergency
    assert (
        card.emergency_sentence() == f"In an emergency, call {' or '.join(card.emergency_numbers)}."
    )
    values = [contact.value for line in card.lines for contact in line.contacts]
    assert first_number in values
    if other_number:
        assert other_number in values


@pytest.mark.parametrize("region", [None, "", "DE", "zz", "INTL"])
def test_unknown_region_falls_back_to_international_help(region: str | None) -> None:
    """No region, or one without checked lines, shows the directories and the local number."""
    card = crisis_card(region)
    assert card.region == INTERNATIONAL
    assert card.is_international
    assert card.emergency_number is None
    assert card.emergency_sentence() == "In an emergency, call your local emergency number."
    addresses = {contact.value for line in card.lines for contact in line.contacts}
    assert addresses == {"findahelpline.com", "childhelplineinternational.org"}
    assert {contact.kind for line in card.lines for contact in line.contacts} == {
        ContactKind.DIRECTORY
    }


def test_region_codes_are_read_in_any_case_and_uk_means_gb() -> None:
    """A parent's "uk" or "gb" both give the United Kingdom card."""
    assert crisis_card("uk").region == "GB"
    assert crisis_card(" gb ").region == "GB"


def test_unconfirmed_details_are_not_shipped() -> None:
    """Childhelp's texting and the press-3 sub-line are unconfirmed or ended: not on the card."""
    us = crisis_card("US")
    childhelp = next(line for line in us.lines if line.id == "us-childhelp")
    assert [contact.kind for contact in childhelp.contacts] == [ContactKind.CALL]
    assert "press 3" not in us.prompt_text().lower()
    ireland = crisis_card("IE").lines[0]
    assert "Phone open all day and all night" in ireland.facts()
    assert "Open all day and all night" not in ireland.facts()
    whats_up = next(line for line in crisis_card("NZ").lines if line.id == "nz-whats-up")
    assert not any("open" in fact.lower() for fact in whats_up.facts())


def test_lines_outside_the_childs_ages_are_left_off() -> None:
    """A 5-7 year old in New Zealand is not sent to Youthline (ages 12 to 24)."""
    young = {line.id for line in crisis_card("NZ", AgeBand.AGES_5_7).lines}
    teen = {line.id for line in crisis_card("NZ", AgeBand.AGES_13_15).lines}
    assert "nz-youthline" not in young
    assert "nz-youthline" in teen
    assert {"nz-1737", "nz-whats-up"} <= young


def test_every_band_in_every_region_keeps_at_least_one_line() -> None:
    """Age filtering never empties a card."""
    for region in (*REGIONS, None):
        for band in AgeBand:
            assert crisis_card(region, band).lines


def test_card_words_name_the_first_line_for_lessons() -> None:
    """The lesson paragraph names the region's first line and how to reach it."""
    assert crisis_card("GB").lesson_paragraph() == (
        "You can also talk to Childline. Call 0800 1111, or chat at childline.org.uk."
    )
    assert "findahelpline.com" in crisis_card(None).lesson_paragraph()


def test_file_dates_are_present_and_not_in_the_future() -> None:
    """The file-wide and per-line "last checked" dates exist, parse, and are not after today."""
    raw = _raw()
    today = dt.date.today()
    assert dt.date.fromisoformat(str(raw["last_checked"])) <= today
    regions = raw["regions"]
    assert isinstance(regions, dict)
    assert set(regions) == {*REGIONS, INTERNATIONAL}
    for entry in regions.values():
        for line in entry["lines"]:
            assert dt.date.fromisoformat(line["last_checked"]) <= today, line["id"]
            assert line["notes"], f"{line['id']} needs a maintainer note"


def test_card_carries_the_file_wide_date_and_can_tell_when_it_is_stale() -> None:
    """The card shows the date its facts were checked; half a year later it counts as stale."""
    card = crisis_card("CA")
    assert card.last_checked == dt.date.fromisoformat(str(_raw()["last_checked"]))
    assert not card.is_stale(card.last_checked + dt.timedelta(days=30))
    assert card.is_stale(card.last_checked + dt.timedelta(days=400))


def test_prompt_text_lists_the_same_numbers_as_the_card() -> None:
    """The AI is told exactly the lines the card shows, emergency number first."""
    card = crisis_card("CA")
    text = card.prompt_text()
    assert text.splitlines()[0] == "- In an emergency: call 911."
    assert "Kids Help Phone: Call 1-800-668-6868, or text CONNECT to 686868" in text
