"""Age bands derived from a birth month decide prompts, filter strictness and lessons."""

from __future__ import annotations

import datetime as dt

import pytest

from app.age_bands import AgeBand, age_on, band_for_age


@pytest.mark.parametrize(
    ("years", "band"),
    [
        (4, AgeBand.AGES_5_7),
        (5, AgeBand.AGES_5_7),
        (7, AgeBand.AGES_5_7),
        (8, AgeBand.AGES_8_10),
        (10, AgeBand.AGES_8_10),
        (11, AgeBand.AGES_11_12),
        (12, AgeBand.AGES_11_12),
        (13, AgeBand.AGES_13_15),
        (15, AgeBand.AGES_13_15),
        (16, AgeBand.AGES_16_17),
        (17, AgeBand.AGES_16_17),
    ],
)
def test_each_age_lands_in_its_band(years: int, band: AgeBand) -> None:
    """Band edges are inclusive on both ends."""
    assert band_for_age(years) is band


def test_adults_get_no_band() -> None:
    """An 18-year-old is an adult: no child profile."""
    assert band_for_age(18) is None
    assert band_for_age(40) is None


def test_age_counts_birthday_month() -> None:
    """A child born in March 2016 is 9 in February 2026 and 10 from March 2026."""
    assert age_on(2016, 3, dt.date(2026, 2, 28)) == 9
    assert age_on(2016, 3, dt.date(2026, 3, 1)) == 10


def test_parse_rejects_unknown_band_with_the_allowed_list() -> None:
    """A typo on the command line names the bands that exist."""
    with pytest.raises(ValueError, match="5-7, 8-10"):
        AgeBand.parse("9-11")
    assert AgeBand.parse(" 13-15 ") is AgeBand.AGES_13_15
