"""The weekly report as a self-contained HTML page, a PDF (reportlab) and JSON.

HTML and PDF are drawn from one neutral layout (`report_layout`): the same headings, words,
tables and bar chart in both. The HTML inlines its CSS and draws the chart as inline SVG, and
a Content-Security-Policy forbids loading anything: the file opens offline and tells no server
it was opened. The JSON has stable keys, documented in `docs/report-schema.md`.
"""

from __future__ import annotations

import html
import io
import json
import math
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from app import __version__
from app.monitor.alerts import severity_words
from app.monitor.reports import ChildSummary, ViolationRate, WeeklyReport
from app.paths import resource
from app.safety.verdict import Severity
from app.text import words

#: Name and version of the JSON format (`docs/report-schema.md`).
JSON_FORMAT = "hoot-weekly-report"
JSON_VERSION = 1

# -- a neutral layout both HTML and PDF draw ------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A paragraph; `style` is "body", "caption", "warning" or "info"."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class TableBlock:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Which columns hold numbers (right-aligned).
    numeric: tuple[bool, ...]
    #: Rows to stress (high and critical events).
    strong_rows: frozenset[int] = frozenset()
    #: Relative widths of the text columns (for print); None shares the width equally.
    weights: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Bar:
    label: str
    minutes: int
    x: float
    top: float
    width: float


@dataclass(frozen=True)
class Chart:
    """Bar geometry in a `width` x `height` box, y growing downwards (as in SVG)."""

    title: str
    width: float
    height: float
    baseline: float
    left: float
    right: float
    bars: tuple[Bar, ...]
    #: (minutes, y) of each grid value on the axis.
    ticks: tuple[tuple[int, float], ...]
    limit_y: float | None


Block = Text | TableBlock | Chart


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ReportLayout:
    title: str
    subtitle: str
    generated: str
    notices: tuple[Text, ...]
    sections: tuple[Section, ...]
    footer: str


def report_layout(report: WeeklyReport, tz: tzinfo | None = None) -> ReportLayout:
    """The report's words, tables and chart, ready for either renderer."""
    if report.child is not None:
        title = words("monitor.report.title_child", name=report.child.nickname)
    else:
        title = words("monitor.report.title_school")
    subtitle = week_words(report)
    generated = words(
        "monitor.report.generated",
        when=report.generated_at.astimezone(tz).strftime("%d %B %Y, %H:%M"),
    )
    notices = tuple(
        Text(notice.text, "info" if notice.kind == "week_in_progress" else "warning")
        for notice in report.notices
    )
    sections = [
        _time_section(report),
        _use_section(report),
        _flagged_section(report, tz),
        _pii_section(report),
        _lessons_section(report, tz),
        _cost_section(report),
        _rate_section(report),
    ]
    if report.is_school_report:
        sections.insert(0, _children_section(report.children))
    return ReportLayout(
        title=title,
        subtitle=subtitle,
        generated=generated,
        notices=notices,
        sections=tuple(sections),
        footer=words("monitor.report.footer"),
    )


def _time_section(report: WeeklyReport) -> Section:
    blocks: list[Block] = [
        Text(words("monitor.report.time_caption"), "caption"),
        bar_chart(report),
        TableBlock(
            headers=(words("monitor.report.column_day"), words("monitor.report.column_minutes")),
            rows=tuple((day.day.strftime("%A"), str(day.minutes)) for day in report.days),
            numeric=(False, True),
        ),
        Text(counted("monitor.report.total_minutes", report.total_minutes)),
    ]
    if report.daily_limit_minutes is not None:
        blocks.append(Text(words("monitor.report.daily_limit", minutes=report.daily_limit_minutes)))
    if report.time_limit_days:
        blocks.append(Text(words("monitor.report.limit_days", days=report.time_limit_days)))
    return Section(words("monitor.report.heading_time"), tuple(blocks))


def _use_section(report: WeeklyReport) -> Section:
    topics = TableBlock(
        headers=(words("monitor.report.column_topic"), words("monitor.report.column_messages")),
        rows=tuple(
            (words(f"monitor.report.topic.{count.topic.value}"), str(count.messages))
            for count in report.topics
        ),
        numeric=(False, True),
    )
    return Section(
        words("monitor.report.heading_use"),
        (
            Text(words("monitor.report.chats", count=report.chats)),
            Text(
                words(
                    "monitor.report.messages_school"
                    if report.is_school_report
                    else "monitor.report.messages",
                    count=report.messages,
                    child=report.child_messages,
                )
            ),
            Text(words("monitor.report.heading_topics"), "subheading"),
            Text(words("monitor.report.topics_caption"), "caption"),
            topics,
        ),
    )


def _flagged_section(report: WeeklyReport, tz: tzinfo | None) -> Section:
    heading = words("monitor.report.heading_flagged")
    by_severity = TableBlock(
        headers=(words("monitor.report.column_severity"), words("monitor.report.column_flagged")),
        rows=tuple(
            (severity_words(count.severity), str(count.events))
            for count in reversed(report.flagged_by_severity)
        ),
        numeric=(False, True),
    )
    if not report.flagged:
        return Section(heading, (Text(words("monitor.report.no_flagged")), by_severity))
    headers = [words("monitor.report.column_when")]
    if report.is_school_report:
        headers.append(words("monitor.report.column_child"))
    headers += [
        words("monitor.report.column_concern"),
        words("monitor.report.column_severity"),
        words("monitor.report.column_where"),
    ]
    rows: list[tuple[str, ...]] = []
    strong: set[int] = set()
    for index, item in enumerate(report.flagged):
        if item.message_id is not None and item.conversation_id is not None:
            where = words(
                "monitor.report.where", conversation=item.conversation_id, message=item.message_id
            )
        else:
            where = words("monitor.report.where_unknown")
        row = [item.occurred_at.astimezone(tz).strftime("%a %d %b %H:%M")]
        if report.is_school_report:
            row.append(item.nickname or "")
        row += [item.concern, severity_words(item.severity), where]
        rows.append(tuple(row))
        if item.severity >= Severity.HIGH:
            strong.add(index)
    weights = (1.8, 1.0, 3.0, 2.0, 1.8) if report.is_school_report else (1.8, 3.0, 2.0, 1.8)
    table = TableBlock(
        headers=tuple(headers),
        rows=tuple(rows),
        numeric=tuple(False for _ in headers),
        strong_rows=frozenset(strong),
        weights=weights,
    )
    return Section(
        heading, (by_severity, Text(words("monitor.report.flagged_caption"), "caption"), table)
    )


def _pii_section(report: WeeklyReport) -> Section:
    heading = words("monitor.report.heading_pii")
    if not report.pii_hidden:
        return Section(heading, (Text(words("monitor.report.no_pii")),))
    return Section(
        heading,
        (
            Text(words("monitor.report.pii_caption"), "caption"),
            TableBlock(
                headers=(words("monitor.report.column_kind"), words("monitor.report.column_times")),
                rows=tuple((count.kind, str(count.times)) for count in report.pii_hidden),
                numeric=(False, True),
            ),
        ),
    )


def _lessons_section(report: WeeklyReport, tz: tzinfo | None) -> Section:
    heading = words("monitor.report.heading_lessons")
    if not report.lessons_completed:
        return Section(heading, (Text(words("monitor.report.no_lessons")),))
    headers = [words("monitor.report.column_when")]
    if report.is_school_report:
        headers.append(words("monitor.report.column_child"))
    headers.append(words("monitor.report.column_lesson"))
    rows = []
    for done in report.lessons_completed:
        row = [done.completed_at.astimezone(tz).strftime("%a %d %b")]
        if report.is_school_report:
            row.append(done.nickname)
        row.append(done.title)
        rows.append(tuple(row))
    return Section(
        heading, (TableBlock(tuple(headers), tuple(rows), tuple(False for _ in headers)),)
    )


def _cost_section(report: WeeklyReport) -> Section:
    tokens = report.tokens
    return Section(
        words("monitor.report.heading_cost"),
        (
            Text(
                words(
                    "monitor.report.tokens",
                    input=f"{tokens.input_tokens:,}",
                    output=f"{tokens.output_tokens:,}",
                )
            ),
            Text(words("monitor.report.cost", cost=f"{tokens.estimated_cost_usd:.2f}")),
            Text(
                words(
                    "monitor.report.cost_basis",
                    model=tokens.priced_model,
                    input_price=f"{tokens.input_usd_per_million:.2f}",
                    output_price=f"{tokens.output_usd_per_million:.2f}",
                    checked=_long_date(tokens.prices_checked),
                ),
                "caption",
            ),
        ),
    )


def _rate_section(report: WeeklyReport) -> Section:
    return Section(
        words("monitor.report.heading_rate"),
        (
            Text(rate_sentence(report.violation_rate)),
            # The guidelines' own name for the figure, in smaller print: auditors look for it.
            Text(words("monitor.report.rate_caption"), "caption"),
        ),
    )


def _children_section(children: tuple[ChildSummary, ...]) -> Section:
    headers = (
        words("monitor.report.column_child"),
        words("monitor.report.column_minutes"),
        words("monitor.report.column_chats"),
        words("monitor.report.column_messages"),
        words("monitor.report.column_flagged"),
        words("monitor.report.column_rate"),
    )
    rows = tuple(
        (
            child.nickname,
            str(child.minutes),
            str(child.chats),
            str(child.messages),
            str(child.flagged_events),
            blocked_words(child.violation_rate),
        )
        for child in children
    )
    return Section(
        words("monitor.report.heading_children"),
        (TableBlock(headers, rows, (False, True, True, True, True, True)),),
    )


def rate_sentence(rate: ViolationRate) -> str:
    """ "Messages Hoot blocked: 2 of 10 (20.0%)." (the violation rate in plain words)."""
    if rate.rate is None:
        return words("monitor.report.rate_none")
    return words("monitor.report.rate", blocked=blocked_words(rate))


def blocked_words(rate: ViolationRate) -> str:
    """ "2 of 10 (20.0%)", or "none of 0" style words for a week without messages."""
    if rate.rate is None:
        return words("monitor.report.blocked_none")
    return words(
        "monitor.report.blocked",
        flagged=rate.flagged_messages,
        total=rate.all_messages,
        rate=percent(rate.rate),
    )


def week_words(report: WeeklyReport) -> str:
    """ "Week of 23 November 2026 (2026-W48), Monday to Sunday 29 November 2026" """
    return words(
        "monitor.report.week_line",
        week=str(report.week),
        start=_long_date(report.starts),
        end=_long_date(report.ends),
    )


def counted(key: str, count: int) -> str:
    """ "1 minute ..." or "3 minutes ...": `key_one` for one, `key_many` (with {count})."""
    return words(f"{key}_one" if count == 1 else f"{key}_many", count=count)


def percent(fraction: float | None) -> str:
    """0.0123 -> "1.2%"; None (no messages) -> "-"."""
    return "-" if fraction is None else f"{fraction * 100:.1f}%"


def _long_date(day: Any) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


# -- the bar chart ------------------------------------------------------------------------------

_CHART_WIDTH, _CHART_HEIGHT = 560.0, 240.0
_CHART_LEFT, _CHART_RIGHT, _CHART_TOP, _CHART_BOTTOM = 44.0, 12.0, 22.0, 30.0
_STEPS = (5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720)


def bar_chart(report: WeeklyReport) -> Chart:
    """Seven bars of minutes per day, with the daily limit as a line when there is one."""
    highest = max([day.minutes for day in report.days] + [report.daily_limit_minutes or 0, 10])
    step = next((step for step in _STEPS if highest / step <= 5), _STEPS[-1])
    top_value = math.ceil(highest / step) * step
    baseline = _CHART_HEIGHT - _CHART_BOTTOM
    plot_height = baseline - _CHART_TOP
    right = _CHART_WIDTH - _CHART_RIGHT
    slot = (right - _CHART_LEFT) / len(report.days)

    def y_of(value: float) -> float:
        return baseline - plot_height * value / top_value

    bars = tuple(
        Bar(
            label=day.day.strftime("%a"),
            minutes=day.minutes,
            x=_CHART_LEFT + slot * index + slot * 0.2,
            top=y_of(day.minutes),
            width=slot * 0.6,
        )
        for index, day in enumerate(report.days)
    )
    ticks = tuple((value, y_of(value)) for value in range(0, top_value + 1, step))
    limit = report.daily_limit_minutes
    return Chart(
        title=words("monitor.report.chart_title"),
        width=_CHART_WIDTH,
        height=_CHART_HEIGHT,
        baseline=baseline,
        left=_CHART_LEFT,
        right=right,
        bars=bars,
        ticks=ticks,
        limit_y=None if limit is None else y_of(limit),
    )


# -- HTML ---------------------------------------------------------------------------------------

# Nothing may load: no scripts, images, fonts or frames; only the inline style sheet.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def offline_html_head(title: str, css: str) -> list[str]:
    """The opening of a self-contained page that may load nothing at all (its content security
    policy forbids every fetch), up to and including `<body>`."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_h(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
    ]


def render_html(report: WeeklyReport, tz: tzinfo | None = None) -> str:
    """One self-contained HTML file: inline CSS and SVG, no address of anything anywhere."""
    layout = report_layout(report, tz)
    parts = [
        *offline_html_head(layout.title, f"\n{_css()}"),
        "<header>",
        f"<h1>{_h(layout.title)}</h1>",
        f'<p class="week">{_h(layout.subtitle)}</p>',
        f'<p class="generated">{_h(layout.generated)}</p>',
        "</header>",
    ]
    if layout.notices:
        parts.append('<section class="notices">')
        parts += [_html_text(notice) for notice in layout.notices]
        parts.append("</section>")
    for section in layout.sections:
        parts.append("<section>")
        parts.append(f"<h2>{_h(section.heading)}</h2>")
        parts += [_html_block(block) for block in section.blocks]
        parts.append("</section>")
    parts += [f"<footer>{_h(layout.footer)}</footer>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _h(text: str) -> str:
    return html.escape(text, quote=True)


@cache
def _css() -> str:
    return resource("report", "report.css").read_text(encoding="utf-8")


def _html_block(block: Block) -> str:
    if isinstance(block, Text):
        return _html_text(block)
    if isinstance(block, TableBlock):
        return _html_table(block)
    return _svg_chart(block)


def _html_text(block: Text) -> str:
    if block.style == "subheading":
        return f"<h3>{_h(block.text)}</h3>"
    classes = {
        "body": "",
        "caption": ' class="caption"',
        "warning": ' class="notice" role="alert"',
        "info": ' class="notice info"',
    }
    return f"<p{classes.get(block.style, '')}>{_h(block.text)}</p>"


def _html_table(table: TableBlock) -> str:
    def cell(tag: str, text: str, numeric: bool) -> str:
        attribute = ' class="number"' if numeric else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{attribute}{scope}>{_h(text)}</{tag}>"

    head = "".join(
        cell("th", text, numeric)
        for text, numeric in zip(table.headers, table.numeric, strict=True)
    )
    rows = []
    for index, row in enumerate(table.rows):
        strong = ' class="severity-high"' if index in table.strong_rows else ""
        cells = "".join(
            cell("td", text, numeric) for text, numeric in zip(row, table.numeric, strict=True)
        )
        rows.append(f"<tr{strong}>{cells}</tr>")
    return (
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def _svg_chart(chart: Chart) -> str:
    # No xmlns attribute: inline SVG in HTML needs none, and the page stays free of addresses.
    parts = [
        f'<svg class="chart" viewBox="0 0 {chart.width:.0f} {chart.height:.0f}" role="img" '
        f'aria-labelledby="chart-title">',
        f'<title id="chart-title">{_h(chart.title)}</title>',
    ]
    for value, y in chart.ticks:
        parts.append(
            f'<text x="{chart.left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end">{value}</text>'
        )
    parts.append(
        f'<line class="axis" x1="{chart.left:.1f}" y1="{chart.baseline:.1f}" '
        f'x2="{chart.right:.1f}" y2="{chart.baseline:.1f}"/>'
    )
    for bar in chart.bars:
        height = chart.baseline - bar.top
        middle = bar.x + bar.width / 2
        parts.append(
            f'<rect class="bar" x="{bar.x:.1f}" y="{bar.top:.1f}" width="{bar.width:.1f}" '
            f'height="{height:.1f}" rx="3"><title>{_h(bar.label)}: {bar.minutes}</title></rect>'
        )
        parts.append(
            f'<text class="value" x="{middle:.1f}" y="{bar.top - 5:.1f}" '
            f'text-anchor="middle">{bar.minutes}</text>'
        )
        parts.append(
            f'<text x="{middle:.1f}" y="{chart.baseline + 18:.1f}" '
            f'text-anchor="middle">{_h(bar.label)}</text>'
        )
    if chart.limit_y is not None:
        parts.append(
            f'<line class="limit" x1="{chart.left:.1f}" y1="{chart.limit_y:.1f}" '
            f'x2="{chart.right:.1f}" y2="{chart.limit_y:.1f}"/>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


# -- PDF ----------------------------------------------------------------------------------------


def render_pdf(report: WeeklyReport, tz: tzinfo | None = None) -> bytes:
    """The same layout as a PDF (A4), with reportlab's built-in Helvetica.

    Built-in fonts cover Western European letters; other characters (e.g. an emoji in a
    nickname) print as "?" rather than as an empty box.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import Flowable

    layout = report_layout(report, tz)
    accent = colors.HexColor("#0F6E66")
    muted = colors.HexColor("#57606A")
    rule = colors.HexColor("#E2DBCF")
    sheet = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("title", parent=sheet["Title"], textColor=accent, alignment=0),
        "heading": ParagraphStyle("heading", parent=sheet["Heading2"], spaceBefore=10),
        "subheading": ParagraphStyle("subheading", parent=sheet["Heading3"]),
        "body": ParagraphStyle("body", parent=sheet["BodyText"], fontSize=10, leading=13),
        "caption": ParagraphStyle(
            "caption", parent=sheet["BodyText"], fontSize=9, leading=11.5, textColor=muted
        ),
        "warning": ParagraphStyle(
            "warning",
            parent=sheet["BodyText"],
            textColor=colors.HexColor("#6B1111"),
            backColor=colors.HexColor("#FDECEC"),
            borderColor=colors.HexColor("#E7A3A3"),
            borderWidth=0.5,
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=6,
        ),
        "info": ParagraphStyle(
            "info",
            parent=sheet["BodyText"],
            textColor=colors.HexColor("#3D2F00"),
            backColor=colors.HexColor("#FFF3CC"),
            borderColor=colors.HexColor("#E9C96A"),
            borderWidth=0.5,
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=6,
        ),
    }

    def paragraph(text: str, style: str = "body") -> Paragraph:
        return Paragraph(xml_escape(_latin(text)), styles.get(style, styles["body"]))

    class ChartFlowable(Flowable):
        def __init__(self, chart: Chart, width: float) -> None:
            super().__init__()
            self.chart = chart
            self.scale = width / chart.width
            self.width = width
            self.height = chart.height * self.scale

        def draw(self) -> None:
            canvas = self.canv
            chart = self.chart
            canvas.saveState()
            canvas.scale(self.scale, self.scale)

            def flip(y: float) -> float:
                return chart.height - y

            canvas.setFont("Helvetica", 9)
            canvas.setFillColor(colors.black)
            for value, y in chart.ticks:
                canvas.drawRightString(chart.left - 6, flip(y) - 3, str(value))
            canvas.setStrokeColor(muted)
            canvas.line(chart.left, flip(chart.baseline), chart.right, flip(chart.baseline))
            for bar in chart.bars:
                middle = bar.x + bar.width / 2
                height = chart.baseline - bar.top
                if height > 0:
                    canvas.setFillColor(accent)
                    canvas.rect(bar.x, flip(chart.baseline), bar.width, height, stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                canvas.setFont("Helvetica-Bold", 9)
                canvas.drawCentredString(middle, flip(bar.top) + 4, str(bar.minutes))
                canvas.setFont("Helvetica", 9)
                canvas.drawCentredString(middle, flip(chart.baseline) - 14, bar.label)
            if chart.limit_y is not None:
                canvas.setStrokeColor(colors.HexColor("#7A4E2D"))
                canvas.setLineWidth(1.5)
                canvas.setDash(6, 4)
                canvas.line(chart.left, flip(chart.limit_y), chart.right, flip(chart.limit_y))
            canvas.restoreState()

    cell_style = ParagraphStyle("cell", parent=styles["body"], fontSize=9.5, leading=12)
    strong_style = ParagraphStyle("strong", parent=cell_style, fontName="Helvetica-Bold")
    number_style = ParagraphStyle("number", parent=cell_style, alignment=2)
    number_head = ParagraphStyle("number_head", parent=styles["caption"], alignment=2)

    def column_widths(block: TableBlock, width: float) -> list[float]:
        number_width = 24 * mm
        texts = [index for index, numeric in enumerate(block.numeric) if not numeric]
        left = width - number_width * (len(block.numeric) - len(texts))
        weights = block.weights or tuple(1.0 for _ in texts)
        if block.weights is None and len(texts) == 1:
            left = min(left, 80 * mm)  # a short list reads better narrow
        total = sum(weights)
        shares = iter(weights)
        return [
            number_width if numeric else left * next(shares) / total for numeric in block.numeric
        ]

    def table(block: TableBlock, width: float) -> Table:
        data: list[list[Any]] = [
            [
                Paragraph(xml_escape(_latin(text)), number_head if numeric else styles["caption"])
                for text, numeric in zip(block.headers, block.numeric, strict=True)
            ]
        ]
        for index, row in enumerate(block.rows):
            style = strong_style if index in block.strong_rows else cell_style
            data.append(
                [
                    Paragraph(xml_escape(_latin(text)), number_style if numeric else style)
                    for text, numeric in zip(row, block.numeric, strict=True)
                ]
            )
        commands: list[tuple[Any, ...]] = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, rule),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        return Table(
            data,
            colWidths=column_widths(block, width),
            hAlign="LEFT",
            style=TableStyle(commands),
            repeatRows=1,
        )

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=_latin(layout.title),
        author="Hoot",
        subject=_latin(layout.subtitle),
        creator=f"Hoot {__version__}",
        # No creation time or random id in the file: the same report gives the same bytes.
        invariant=True,
        lang="en",
    )
    width = document.width
    story: list[Flowable] = [
        paragraph(layout.title, "title"),
        paragraph(layout.subtitle),
        paragraph(layout.generated, "caption"),
    ]
    story += [paragraph(notice.text, notice.style) for notice in layout.notices]
    for section in layout.sections:
        story.append(paragraph(section.heading, "heading"))
        for block in section.blocks:
            if isinstance(block, Text):
                story.append(paragraph(block.text, block.style))
            elif isinstance(block, TableBlock):
                story += [table(block, width), Spacer(1, 4)]
            else:
                story.append(ChartFlowable(block, min(width, 150 * mm)))
    story += [Spacer(1, 10), paragraph(layout.footer, "caption")]

    def page_footer(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(muted)
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, f"{_latin(layout.title)} - {report.week} - {doc.page}"
        )
        canvas.restoreState()

    document.build(story, onFirstPage=page_footer, onLaterPages=page_footer)
    return buffer.getvalue()


def _latin(text: str) -> str:
    # The built-in PDF fonts only know cp1252; anything else would print as an empty box.
    return text.encode("cp1252", errors="replace").decode("cp1252")


# -- JSON ---------------------------------------------------------------------------------------


def report_json(report: WeeklyReport) -> dict[str, Any]:
    """The report as JSON-ready data with the stable keys of `docs/report-schema.md`."""
    tokens = report.tokens
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "hoot_version": __version__,
        "week": str(report.week),
        "starts": report.starts.isoformat(),
        "ends": report.ends.isoformat(),
        "generated_at": _time(report.generated_at),
        "scope": "school" if report.is_school_report else "child",
        "child": None if report.child is None else _child_json(report.child),
        "children": [_child_json(child) for child in report.children],
        "days": [{"date": day.day.isoformat(), "minutes": day.minutes} for day in report.days],
        "total_minutes": report.total_minutes,
        "daily_limit_minutes": report.daily_limit_minutes,
        "time_limit_days": report.time_limit_days,
        "chats": report.chats,
        "messages": report.messages,
        "child_messages": report.child_messages,
        "topics": {count.topic.value: count.messages for count in report.topics},
        "flagged": {
            "by_severity": {
                count.severity.label: count.events for count in report.flagged_by_severity
            },
            "events": [
                {
                    "event_id": item.event_id,
                    "child_id": item.child_id,
                    "nickname": item.nickname,
                    "occurred_at": _time(item.occurred_at),
                    "kind": item.kind,
                    "category": item.category,
                    "concern": item.concern,
                    "severity": item.severity.label,
                    "message_id": item.message_id,
                    "conversation_id": item.conversation_id,
                }
                for item in report.flagged
            ],
        },
        "pii_hidden": [{"kind": count.kind, "times": count.times} for count in report.pii_hidden],
        "lessons_completed": [
            {
                "child_id": done.child_id,
                "nickname": done.nickname,
                "lesson_id": done.lesson_id,
                "title": done.title,
                "completed_at": _time(done.completed_at),
            }
            for done in report.lessons_completed
        ],
        "tokens": {
            "input": tokens.input_tokens,
            "output": tokens.output_tokens,
            "estimated_cost_usd": float(tokens.estimated_cost_usd),
            "is_estimate": True,
            "priced_model": tokens.priced_model,
            "input_usd_per_million": float(tokens.input_usd_per_million),
            "output_usd_per_million": float(tokens.output_usd_per_million),
            "prices_checked": tokens.prices_checked.isoformat(),
        },
        "violation_rate": _rate_json(report.violation_rate),
        "notices": [{"kind": notice.kind.value, "text": notice.text} for notice in report.notices],
    }


def render_json(report: WeeklyReport) -> str:
    return json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n"


def _child_json(child: ChildSummary) -> dict[str, Any]:
    return {
        "child_id": child.child_id,
        "nickname": child.nickname,
        "minutes": child.minutes,
        "chats": child.chats,
        "messages": child.messages,
        "flagged_events": child.flagged_events,
        "violation_rate": _rate_json(child.violation_rate),
    }


def _rate_json(rate: ViolationRate) -> dict[str, Any]:
    return {
        "flagged_messages": rate.flagged_messages,
        "all_messages": rate.all_messages,
        "rate": rate.rate,
    }


def _time(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")
