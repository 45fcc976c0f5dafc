"""The privacy notice shown at set-up and in the parent area, and its version for consent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from app.paths import resource

#: The first line of PRIVACY.md: a comment invisible when rendered, read by the app.
_VERSION_LINE = re.compile(r"^<!--\s*privacy-notice-version:\s*(\S+)\s*-->$")


@dataclass(frozen=True)
class Notice:
    """The notice's text (Markdown) and its version, recorded with the parent's consent."""

    version: str
    markdown: str

    @property
    def readable_markdown(self) -> str:
        """The text to show people: without the version comment (Hoot renders Markdown with
        raw HTML turned off, so a comment would show as text)."""
        first, _, rest = self.markdown.partition("\n")
        return rest.lstrip("\n") if _VERSION_LINE.match(first.strip()) else self.markdown


@cache
def privacy_notice() -> Notice:
    """The privacy notice shipped with this build (`resources/PRIVACY.md`)."""
    text = resource("PRIVACY.md").read_text(encoding="utf-8")
    first_line = text.split("\n", 1)[0].strip()
    match = _VERSION_LINE.match(first_line)
    if not match:
        raise ValueError("PRIVACY.md must start with '<!-- privacy-notice-version: X -->'")
    return Notice(version=match.group(1), markdown=text)
