"""Age bands: the one notion of a child's age that the filter, prompts and lessons all share."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class AgeBand(StrEnum):
    """A child's age band; its value is the text used on the command line and in files."""

    AGES_5_7 = "5-7"
    AGES_8_10 = "8-10"
    AGES_11_12 = "11-12"
    AGES_13_15 = "13-15"
    AGES_16_17 = "16-17"

    @property
    def youngest(self) -> int:
        return int(self.value.split("-")[0])

    @property
    def oldest(self) -> int:
        return int(self.value.split("-")[1])

    @classmethod
    def parse(cls, text: str) -> AgeBand:
        """The band written as `text` ("8-10"); ValueError naming the allowed bands otherwise."""
        try:
            return cls(text.strip())
        except ValueError:
            allowed = ", ".join(band.value for band in cls)
            raise ValueError(f"unknown age band {text!r}; use one of {allowed}") from None


DEFAULT_BAND = AgeBand.AGES_8_10
#: Youngest age Hoot is made for; younger children get the 5-7 band with a grown-up nearby.
MIN_AGE = 5
#: From this age a person is an adult and gets no child profile.
ADULT_AGE = 18


def age_on(birth_year: int, birth_month: int, today: dt.date) -> int:
    """Whole years of age on `today` for someone born in that month (counted from the 1st)."""
    years = today.year - birth_year
    if today.month < birth_month:
        years -= 1
    return years


def band_for_age(years: int) -> AgeBand | None:
    """The band for an age in years; None for adults (18+). Under-5s get the youngest band."""
    if years >= ADULT_AGE:
        return None
    for band in AgeBand:
        if years <= band.oldest:
            return band
    return None  # pragma: no cover - the loop always returns for years < 18
