"""Child help lines by region: the crisis card's facts, chosen from the locale or the parent."""

from __future__ import annotations

import datetime as dt
import json
import locale
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from app.age_bands import AgeBand
from app.paths import resource
from app.text import words

#: Regions with checked help lines, in the order a parent's region picker lists them.
REGIONS: tuple[str, ...] = ("US", "GB", "IE", "CA", "AU", "NZ")
#: The card for every other region: help-line directories and "your local emergency number".
INTERNATIONAL = "INTL"
#: Other ways people write a region code; the card only knows ISO 3166 codes.
_REGION_ALIASES = {"UK": "GB"}
#: Windows locale names carry the country in words ("English_United Kingdom.1252").
_COUNTRY_NAMES = {
    "united states": "US",
    "united kingdom": "GB",
    "ireland": "IE",
    "canada": "CA",
    "australia": "AU",
    "new zealand": "NZ",
}
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


class OpenHours(StrEnum):
    """What is confirmed about when a help line answers."""

    ALL = "all"
    PHONE = "phone"
    UNCONFIRMED = "unconfirmed"


class ContactKind(StrEnum):
    """How a child reaches a help line."""

    CALL = "call"
    TEXT = "text"
    CHAT = "chat"
    DIRECTORY = "directory"


@dataclass(frozen=True)
class Contact:
    """One way to reach a help line: a number to call or text, or a web address."""

    kind: ContactKind
    value: str
    #: The word to text, where the service asks for one ("CONNECT").
    message: str = ""

    def describe(self) -> str:
        """The child-facing instruction, e.g. "Call 0800 1111" or "Text CONNECT to 686868"."""
        if self.kind is ContactKind.CALL:
            return words("guidance.crisis.call", number=self.value)
        if self.kind is ContactKind.TEXT:
            if self.message:
                return words(
                    "guidance.crisis.text_message", message=self.message, number=self.value
                )
            return words("guidance.crisis.text", number=self.value)
        if self.kind is ContactKind.CHAT:
            return words("guidance.crisis.chat", address=self.value)
        return words("guidance.crisis.directory", address=self.value)


@dataclass(frozen=True)
class Helpline:
    """A checked help line; `notes` are for maintainers and never shown to children."""

    id: str
    name: str
    #: The name said to a child; it may leave out words a young child should not meet cold.
    short_name: str
    contacts: tuple[Contact, ...]
    #: Only confirmed hours are shown: "all" (every contact, 24/7), "phone" (the phone line only).
    always_open: OpenHours
    free: bool
    min_age: int | None
    max_age: int | None
    languages: tuple[str, ...]
    notes: str
    last_checked: dt.date

    def serves(self, band: AgeBand) -> bool:
        """True when some age in `band` is within this line's published age range."""
        too_young = self.max_age is not None and band.youngest > self.max_age
        too_old = self.min_age is not None and band.oldest < self.min_age
        return not (too_young or too_old)

    def how_to_reach(self) -> str:
        """All the ways to reach it in one phrase: "Call 0800 1111, or Chat at childline.org.uk"."""
        separator = words("guidance.crisis.contact_separator")
        phrases = [contact.describe() for contact in self.contacts]
        # Later phrases sit mid-sentence: "Call 0800 1111, or chat at childline.org.uk".
        return separator.join([phrases[0], *(p[:1].lower() + p[1:] for p in phrases[1:])])

    def facts(self) -> tuple[str, ...]:
        """Short confirmed facts for the card ("Free to call", "Open all day and all night")."""
        shown: list[str] = []
        if self.free:
            shown.append(words("guidance.crisis.free"))
        if self.always_open is OpenHours.ALL:
            shown.append(words("guidance.crisis.always_open"))
        elif self.always_open is OpenHours.PHONE:
            shown.append(words("guidance.crisis.phone_always_open"))
        if self.min_age is not None and self.max_age is not None:
            shown.append(
                words("guidance.crisis.ages_range", youngest=self.min_age, oldest=self.max_age)
            )
        elif self.max_age is not None:
            shown.append(words("guidance.crisis.ages_up_to", oldest=self.max_age))
        elif self.min_age is not None:
            shown.append(words("guidance.crisis.ages_from", youngest=self.min_age))
        return tuple(shown)


@dataclass(frozen=True)
class CrisisCard:
    """What the crisis card shows for one region: the emergency number first, then help lines."""

    region: str
    region_name: str
    #: The first local emergency number, or None on the international card.
    emergency_number: str | None
    #: Every local emergency number ("112", "999" in Ireland); empty on the international card.
    emergency_numbers: tuple[str, ...]
    lines: tuple[Helpline, ...]
    #: The file-wide date the help-line facts were last confirmed.
    last_checked: dt.date

    @property
    def is_international(self) -> bool:
        return self.region == INTERNATIONAL

    def emergency_sentence(self) -> str:
        """ "In an emergency, call 999." (always the card's first line)."""
        if not self.emergency_numbers:
            return words("guidance.crisis.emergency_local")
        number = words("guidance.crisis.emergency_or").join(self.emergency_numbers)
        return words("guidance.crisis.emergency", number=number)

    def lesson_paragraph(self) -> str:
        """The sentence the "get a grown-up" lesson shows about this region's first help line."""
        first = self.lines[0]
        if self.is_international:
            return words("guidance.crisis.lesson_fallback", how=first.how_to_reach())
        return words(
            "guidance.crisis.lesson_regional", name=first.short_name, how=first.how_to_reach()
        )

    def prompt_text(self) -> str:
        """The same facts as the card, as lines for the AI's system prompt."""
        if self.emergency_numbers:
            number = words("guidance.crisis.emergency_or").join(self.emergency_numbers)
            first = words("guidance.crisis.prompt_emergency", number=number)
        else:
            first = words("guidance.crisis.prompt_emergency_local")
        entries = [f"- {first}"]
        for line in self.lines:
            name = line.short_name[:1].upper() + line.short_name[1:]
            entry = words("guidance.crisis.prompt_line", name=name, how=line.how_to_reach())
            facts = "; ".join(line.facts())
            entries.append(f"- {entry}" + (f" ({facts})" if facts else ""))
        return "\n".join(entries)

    def is_stale(self, today: dt.date, max_age_days: int = 183) -> bool:
        """True when the facts were last checked more than `max_age_days` before `today`."""
        return (today - self.last_checked).days > max_age_days


def normalise_region(region: str | None) -> str | None:
    """The supported region code for `region` ("uk" -> "GB"), or None when it has no lines."""
    if not region:
        return None
    code = region.strip().upper()
    code = _REGION_ALIASES.get(code, code)
    return code if code in REGIONS else None


def crisis_card(region: str | None, band: AgeBand | None = None) -> CrisisCard:
    """The card for `region` (ISO code, any case); unknown or None gives the international card.

    With `band`, lines whose published age range leaves out every age in the band are dropped
    (a 6-year-old in New Zealand is not sent to a line for ages 12 to 24); a card always keeps at
    least one line.
    """
    data = _crisis_data()
    code = normalise_region(region) or INTERNATIONAL
    entry = data.regions[code]
    lines = entry.lines
    if band is not None:
        fitting = tuple(line for line in lines if line.serves(band))
        lines = fitting or lines
    numbers = entry.emergency_numbers
    return CrisisCard(
        region=code,
        region_name=entry.name,
        emergency_number=numbers[0] if numbers else None,
        emergency_numbers=numbers,
        lines=lines,
        last_checked=data.last_checked,
    )


def region_name(region: str) -> str:
    """The English name of a supported region ("GB" -> "United Kingdom")."""
    code = normalise_region(region) or INTERNATIONAL
    return _crisis_data().regions[code].name


def region_from_locale(name: str | None) -> str | None:
    """The supported region in a locale name ("en_GB.UTF-8" -> "GB", "fr-CA" -> "CA"), else None.

    Also reads Windows names ("English_United Kingdom.1252"). A locale without a territory, or
    with one Hoot has no checked lines for, gives None, and the card falls back to international.
    """
    if not name:
        return None
    base = re.split(r"[.@]", name.strip(), maxsplit=1)[0]
    parts = re.split(r"[_-]", base, maxsplit=1)
    if len(parts) != 2:  # a language and a territory
        return None
    territory = parts[1].strip()
    by_name = _COUNTRY_NAMES.get(territory.lower())
    if by_name:
        return by_name
    return normalise_region(territory) if len(territory) == 2 else None


def system_region(environ: Mapping[str, str] | None = None) -> str | None:
    """The region of this computer's locale (environment first, then the C library's), or None."""
    env = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable)
        if value:
            return region_from_locale(value)
    try:
        current = locale.getlocale()[0]
    except ValueError:  # an unparsable locale setting: fall back rather than fail
        return None
    return region_from_locale(current)


@dataclass(frozen=True)
class _Region:
    name: str
    emergency_numbers: tuple[str, ...]
    lines: tuple[Helpline, ...]


@dataclass(frozen=True)
class _CrisisData:
    last_checked: dt.date
    regions: dict[str, _Region]


@cache
def _crisis_data() -> _CrisisData:
    with resource("crisis_lines.json").open(encoding="utf-8") as handle:
        raw: dict[str, Any] = json.load(handle)
    regions = {
        code: _Region(
            name=str(entry["name"]),
            emergency_numbers=tuple(str(number) for number in entry["emergency_numbers"]),
            lines=tuple(_helpline(line) for line in entry["lines"]),
        )
        for code, entry in raw["regions"].items()
    }
    return _CrisisData(last_checked=dt.date.fromisoformat(raw["last_checked"]), regions=regions)


def _helpline(raw: dict[str, Any]) -> Helpline:
    return Helpline(
        id=str(raw["id"]),
        name=str(raw["name"]),
        short_name=str(raw["short_name"]),
        contacts=tuple(
            Contact(ContactKind(c["kind"]), str(c["value"]), str(c.get("message", "")))
            for c in raw["contacts"]
        ),
        always_open=OpenHours(raw["always_open"]),
        free=bool(raw["free"]),
        min_age=raw["min_age"],
        max_age=raw["max_age"],
        languages=tuple(raw["languages"]),
        notes=str(raw["notes"]),
        last_checked=dt.date.fromisoformat(raw["last_checked"]),
    )
