"""The child-safety system prompt for each age band, with the region's help lines filled in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.age_bands import AgeBand
from app.guidance.crisis import crisis_card
from app.paths import resource

#: Placeholders in `resources/prompts/<band>.md`, filled from the same crisis card the app shows.
_REGION_NAME = "{{region_name}}"
_HELP_LINES = "{{help_lines}}"
_FRONT_MATTER = "---"


@dataclass(frozen=True)
class SystemPrompt:
    """The prompt sent with every request for a child in `band`.

    `version` names the band and the file's version ("8-10/2026-11-26.1"), so a stored
    conversation that records it says exactly which words the model was given.
    """

    text: str
    version: str
    band: AgeBand
    #: The region whose help lines the text names ("GB"), or "INTL" for the international card.
    region: str


@dataclass(frozen=True)
class _PromptTemplate:
    version: str
    band: AgeBand
    body: str


def system_prompt(band: AgeBand, region: str | None = None) -> SystemPrompt:
    """The child-safety prompt for `band`, naming the help lines the crisis card shows there."""
    template = _template(band)
    card = crisis_card(region, band)
    # Indented so the lines sit as a sub-list under the instruction that introduces them.
    help_lines = "\n".join(f"  {line}" for line in card.prompt_text().splitlines())
    text = template.body.replace(_REGION_NAME, card.region_name).replace(_HELP_LINES, help_lines)
    return SystemPrompt(text=text, version=template.version, band=band, region=card.region)


def prompt_version(band: AgeBand) -> str:
    """The version of the prompt `band` currently gets, without building its text."""
    return _template(band).version


@cache
def _template(band: AgeBand) -> _PromptTemplate:
    path = resource("prompts", f"{band.value}.md")
    header, body = _split_front_matter(path.read_text(encoding="utf-8"), path.name)
    if header.get("band") != band.value:
        raise ValueError(f"{path.name} says band {header.get('band')!r}, expected {band.value!r}")
    version = header.get("version", "")
    if not version:
        raise ValueError(f"{path.name} has no version line")
    for placeholder in (_REGION_NAME, _HELP_LINES):
        if placeholder not in body:
            raise ValueError(f"{path.name} lacks the {placeholder} placeholder")
    return _PromptTemplate(version=f"{band.value}/{version}", band=band, body=body.strip() + "\n")


def _split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """Split the small `---` header (`key: value` lines) from the prompt's words."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != _FRONT_MATTER:
        raise ValueError(f"{name} must start with a '---' header")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == _FRONT_MATTER)
    except StopIteration:
        raise ValueError(f"{name}: the '---' header is not closed") from None
    header: dict[str, str] = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        header[key.strip()] = value.strip()
    return header, "\n".join(lines[end + 1 :])
