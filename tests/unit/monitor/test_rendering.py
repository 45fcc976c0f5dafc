"""Report rendering: HTML that loads nothing, a PDF that renders to PNG, JSON fitting its schema."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.monitor.rendering import render_html, render_json, render_pdf, report_json
from app.monitor.reports import WeeklyReport, weekly_report
from app.store import Store
from tests.unit.monitor.conftest import FakeClock
from tests.unit.monitor.seed import WEEK, Seeded, seed_week

SCHEMA_DOC = Path(__file__).resolve().parents[3] / "docs" / "report-schema.md"
AFTER_THE_WEEK = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
#: Words from the seeded chats: none may appear in any report.
CHAT_WORDS = ("fractions", "volcanoes", "dragon", "ignored", "idiot", "minecraft", "myself")


@pytest.fixture
def seeded(store: Store, clock: FakeClock) -> Seeded:
    return seed_week(store, clock)


@pytest.fixture
def report(store: Store, seeded: Seeded) -> WeeklyReport:
    return weekly_report(store, seeded.sam.id, WEEK, AFTER_THE_WEEK, tz=UTC)


@pytest.fixture
def school(store: Store, seeded: Seeded) -> WeeklyReport:
    return weekly_report(store, None, WEEK, AFTER_THE_WEEK, tz=UTC)


class _Tags(HTMLParser):
    """Collects start tags and their attributes, and checks every element is closed."""

    VOID = frozenset({"meta", "br", "img", "input", "link", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open[-1] == tag, f"</{tag}> closes <{self.open[-1]}>"
        self.open.pop()


@pytest.mark.parametrize("which", ["report", "school"])
def test_the_html_report_loads_nothing_from_anywhere(
    which: str, request: pytest.FixtureRequest
) -> None:
    """No address of any kind (http://, https://, //), no scripts, links or sources; a CSP."""
    page = render_html(request.getfixturevalue(which), UTC)
    for forbidden in ("http://", "https://", "//", "<script", "<link", "<iframe", "@import"):
        assert forbidden not in page.lower(), forbidden
    assert not re.search(r"url\s*\(", page)
    parser = _Tags()
    parser.feed(page)
    assert parser.open == []
    for tag, attributes in parser.tags:
        for name in ("src", "href", "srcset", "action", "data", "xlink:href"):
            assert name not in attributes, f"<{tag} {name}=...>"
    csp = [attrs["content"] for tag, attrs in parser.tags if attrs.get("http-equiv")]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]


def test_the_html_report_shows_the_figures_and_no_chat_words(report: WeeklyReport) -> None:
    """Title, a seven-bar chart, the limit line, the flagged rows with their links, no chat text."""
    page = render_html(report, UTC)
    assert "<h1>Hoot weekly report: Sam</h1>" in page
    assert page.count('<rect class="bar"') == 7
    assert '<line class="limit"' in page
    assert "215 minutes in total this week." in page
    assert "chat 6, message 19" in page
    assert "<p>Messages Hoot blocked: 3 of 18 (16.7%).</p>" in page
    assert "Estimated cost: about US$0.02." in page
    for word in CHAT_WORDS:
        assert word not in page.lower()


def test_the_report_says_its_week_and_blocked_messages_in_plain_words(report: WeeklyReport) -> None:
    """The week by its Monday (the ISO code in brackets); the violation rate as "Messages Hoot
    blocked: 3 of 18", its audited name kept in the caption under it."""
    page = render_html(report, UTC)
    assert (
        '<p class="week">Week of 16 November 2026 (2026-W47), Monday to Sunday 22 November 2026</p>'
    ) in page
    assert "<h2>Messages Hoot blocked</h2>" in page
    caption = re.search(r'<p class="caption">([^<]*violation rate[^<]*)</p>', page)
    assert caption is not None
    assert "Anthropic" in caption.group(1)
    assert "Violation rate" not in page


def test_one_minute_and_one_message_are_singular(store: Store, clock: FakeClock) -> None:
    """ "1 minute in total", never "1 minutes"."""
    child = store.profiles.add("Max", "owl", 2015, 1)
    session = store.usage.start(child.id)
    store.usage.add_active_seconds(session.id, 60)
    store.usage.end(session.id)
    page = render_html(weekly_report(store, child.id, WEEK, AFTER_THE_WEEK, tz=UTC), UTC)
    assert "1 minute in total this week." in page
    assert "1 minutes" not in page


def test_the_school_report_says_blocked_messages_per_child(school: WeeklyReport) -> None:
    page = render_html(school, UTC)
    assert '<th class="number" scope="col">Messages blocked</th>' in page
    assert '<td class="number">3 of 18 (16.7%)</td>' in page


def test_names_are_escaped_in_html(store: Store, clock: FakeClock) -> None:
    """A nickname with markup is shown as text, never run as HTML."""
    child = store.profiles.add("<b>Max</b>", "owl", 2015, 1)
    page = render_html(weekly_report(store, child.id, WEEK, AFTER_THE_WEEK, tz=UTC), UTC)
    assert "&lt;b&gt;Max&lt;/b&gt;" in page
    assert "<b>" not in page


def _require(tool: str) -> str:
    """The tool's path; skipped locally when missing, a failure in CI (CI=true)."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{tool} is missing in CI (poppler-utils: tools/system-deps.sh test)")
        pytest.skip(f"{tool} is not installed")
    return found


def test_the_pdf_renders_to_png_pages(report: WeeklyReport, tmp_path: Path) -> None:
    """pdftoppm draws every page; the first is an A4 page at 50 dpi."""
    pdftoppm = _require("pdftoppm")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(report, UTC))
    subprocess.run(
        [pdftoppm, "-r", "50", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2
    header = pages[0].read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (414, 585)  # 210 x 297 mm (595 x 842 pt) at 50 dpi


def test_the_pdf_says_what_the_html_says_without_chat_words(
    report: WeeklyReport, tmp_path: Path
) -> None:
    """The PDF's text holds the same figures and none of the chats' words."""
    pdftotext = _require("pdftotext")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(report, UTC))
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "Hoot weekly report: Sam" in text
    assert "215 minutes in total this week." in text
    assert "chat 6, message 19" in text
    assert "claude-haiku-4-5" in text
    assert "Week of 16 November 2026 (2026-W47)" in text
    assert "Messages Hoot blocked: 3 of 18 (16.7%)." in text
    for word in CHAT_WORDS:
        assert word not in text.lower()


def test_the_same_report_gives_the_same_pdf_bytes(report: WeeklyReport) -> None:
    """No creation time or random id inside: reproducible files."""
    first = render_pdf(report, UTC)
    assert first.startswith(b"%PDF-")
    assert render_pdf(report, UTC) == first


def _documented_schema() -> dict[str, Any]:
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    section = text.split("## JSON Schema", 1)[1]
    block = re.search(r"```json\n(.*?)\n```", section, re.DOTALL)
    assert block is not None, "docs/report-schema.md lost its JSON Schema block"
    schema: dict[str, Any] = json.loads(block.group(1))
    return schema


@pytest.mark.parametrize("which", ["report", "school"])
def test_the_json_report_matches_the_documented_schema(
    which: str, request: pytest.FixtureRequest
) -> None:
    """Child and school reports both validate against the schema in docs/report-schema.md."""
    schema = _documented_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(render_json(request.getfixturevalue(which)))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_a_report_with_notices_matches_the_schema_too(store: Store, seeded: Seeded) -> None:
    """A broken chain and a week in progress: the notices validate as documented."""
    with store.database.transaction() as connection:
        connection.execute("UPDATE events SET details = '{}' WHERE id = 1")
    report = weekly_report(store, seeded.sam.id, WEEK, datetime(2026, 11, 18, tzinfo=UTC), tz=UTC)
    data = report_json(report)
    assert [notice["kind"] for notice in data["notices"]] == ["chain_broken", "week_in_progress"]
    jsonschema.Draft202012Validator(_documented_schema()).validate(data)


def test_every_top_level_key_is_described_in_the_document(report: WeeklyReport) -> None:
    """The tables on the page name every key the JSON has, so the doc cannot fall behind."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    for key in report_json(report):
        assert f"`{key}`" in text, key


def test_json_keys_and_figures_are_stable(report: WeeklyReport) -> None:
    """Key order and a few figures, as a reader's script would rely on them."""
    data = report_json(report)
    assert list(data)[:4] == ["format", "version", "hoot_version", "week"]
    assert data["scope"] == "child"
    assert data["tokens"]["estimated_cost_usd"] == 0.0169
    assert data["violation_rate"]["rate"] == pytest.approx(0.1667, abs=1e-4)
    assert data["flagged"]["by_severity"] == {"low": 0, "medium": 3, "high": 1, "critical": 1}
    assert data["days"][0] == {"date": "2026-11-16", "minutes": 30}
    for word in CHAT_WORDS:
        assert word not in json.dumps(data).lower()
