"""The privacy notice: versioned, complete, honest about consent, and one text in two places."""

from __future__ import annotations

import re
from pathlib import Path

from app.guidance.notice import privacy_notice
from app.paths import resource

ROOT = Path(__file__).resolve().parents[3]

SECTIONS = (
    "## In short",
    "## Who is responsible",
    "## What Hoot keeps",
    "## Where it is stored and how it is protected",
    "## What leaves this computer",
    "## What Hoot does not do",
    "## How long data is kept (retention policy)",
    "## Your rights as a parent or guardian",
    "## How consent is obtained, and what it is not",
    "## Information security programme",
    "## COPPA statement",
    "## Changes to this notice",
    "## Contact",
)


def _text() -> str:
    """The notice with line breaks folded, so phrases wrapped across lines are found."""
    return " ".join(privacy_notice().markdown.split())


def test_notice_has_a_machine_readable_version_matching_the_visible_one() -> None:
    """The version the app records with consent is the one the parent reads."""
    notice = privacy_notice()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\.\d+", notice.version)
    assert notice.markdown.startswith(f"<!-- privacy-notice-version: {notice.version} -->\n")
    assert f"**Version {notice.version}**" in notice.markdown


def test_notice_has_every_section_in_order() -> None:
    """Collected, stored, sent, not done, retention, rights, consent, security, COPPA, contact."""
    text = _text()
    positions = [text.find(section) for section in SECTIONS]
    assert all(position >= 0 for position in positions), [
        s for s, p in zip(SECTIONS, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions)


def test_top_level_privacy_file_is_the_same_text_as_the_shipped_one() -> None:
    """PRIVACY.md at the top (for readers of the repository) equals resources/PRIVACY.md.

    The app ships and reads resources/PRIVACY.md; edit it there and copy it to the top level.
    """
    shipped = resource("PRIVACY.md").read_bytes()
    assert (ROOT / "PRIVACY.md").read_bytes() == shipped


def test_notice_is_honest_about_consent_and_says_it_is_not_legal_advice() -> None:
    """A PIN gate is not verifiable parental consent, and operators and schools are told why."""
    text = _text()
    assert "Not legal advice" in text
    assert 'It is not "verifiable parental consent"' in text
    assert "parental gate" in text
    assert "Schools" in text
    assert "educational purpose" in text
    for method in ("signed consent form", "payment transaction", "text plus"):
        assert method in text


def test_notice_names_what_is_sent_to_anthropic_and_under_which_terms() -> None:
    """Only the redacted conversation and the system prompt; commercial terms; no training."""
    text = _text()
    assert "the conversation text" in text
    assert "the child-safety instructions" in text
    assert "Nothing else" in text
    assert "Anthropic, PBC" in text
    assert "Commercial Terms" in text
    assert "may not train its models" in text


def test_notice_quotes_no_retention_figure_but_hoots_own_default() -> None:
    """Anthropic's retention period is pointed to, not quoted; Hoot's default is 90 days."""
    figures = set(re.findall(r"(\d+)\s*days", _text()))
    assert figures == {"90"}


def test_coppa_statement_covers_the_2025_amendments_and_what_hoot_does_not_do() -> None:
    """Retention policy, security programme, named third parties, no AI training, identifiers."""
    text = _text()
    coppa = text[text.index("## COPPA statement") :]
    for phrase in (
        "Written retention policy",
        "Information security programme",
        "Third parties, named with purpose",
        "No use of children's data to train AI",
        "Biometric and government identifiers",
        "2025",
    ):
        assert phrase in coppa
    for promise in ("No advertising", "No analytics", "No selling", "tracking"):
        assert promise in text


def test_notice_states_parents_rights() -> None:
    """Review, export, delete, and refuse further collection."""
    text = _text()
    for right in ("**Review**", "**Export**", "**Delete**", "**Refuse further collection**"):
        assert right in text


def test_readable_text_has_no_version_comment() -> None:
    """People see the notice without the machine-readable version line."""
    from app.guidance.notice import privacy_notice

    notice = privacy_notice()
    assert "privacy-notice-version" not in notice.readable_markdown
    assert notice.readable_markdown.lstrip().startswith("#")
