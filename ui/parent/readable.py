"""One child's chats as a page a parent can open and read: self-contained HTML from the export.

Qt-free. Built from the store's export document (`app.store.export_child`), the same record the
JSON export saves. Every word from the store is escaped, the style sheet is inline, and a
Content-Security-Policy forbids loading anything: the page opens offline and tells no server it
was opened. Flagged messages say in words what the filter did (as the Chats page does).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from app.monitor.alerts import severity_words
from app.monitor.events import concern_words
from app.monitor.rendering import offline_html_head
from app.safety.verdict import Category, Severity
from app.store import Role
from app.text import words

#: Categories whose critical blocks in the child's words are crises (the help card was shown).
_CRISIS_CATEGORIES = frozenset({Category.SELF_HARM.value, Category.GROOMING.value})

# Colours from resources/styles/palette.toml (light scheme); contrast meets WCAG AA.
_CSS = """
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; background: #FBF8F3; color: #1F2328;
  font-family: system-ui, "Segoe UI", "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
h1 { color: #0F6E66; font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.25rem; border-bottom: 2px solid #E2DBCF; }
.muted { color: #57606A; }
.message { background: #FFFFFF; border: 1px solid #E2DBCF; border-radius: 0.5rem;
  padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.message.child { border-left: 4px solid #0F6E66; }
.message.flagged { background: #FFF4E5; border-color: #C77700; }
.who { font-weight: 700; margin: 0; }
.flag { font-weight: 700; margin: 0.25rem 0; }
.text { margin: 0.25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: 0.9rem; color: #57606A; }
@media print { body { background: #FFFFFF; max-width: none; } .message { break-inside: avoid; } }
"""


def flag_sentence(
    role: Role,
    action: str,
    categories: Iterable[str],
    severity: Severity | None,
    nickname: str,
) -> str:
    """ "Flagged: bullying or unkind words. How serious: medium. Hoot did not send this..." """
    listed = list(categories)
    concern = ", ".join(concern_words(category) for category in listed)
    crisis = (
        role is Role.USER
        and action == "block"
        and severity is Severity.CRITICAL
        and bool(_CRISIS_CATEGORIES & set(listed))
    )
    if crisis:
        done = words("parent.transcripts.action_child_crisis", name=nickname)
    else:
        side = "child" if role is Role.USER else "ai"
        done = words(f"parent.transcripts.action_{side}_{action}", name=nickname)
    return words(
        "parent.transcripts.flag",
        concern=concern or words("parent.transcripts.flag_unknown"),
        severity=severity_words(severity) if severity is not None else "-",
        action=done,
    )


def readable_file_name(nickname: str, day: datetime) -> str:
    """ "hoot-chats-Sam-2026-11-25.html" """
    safe = re.sub(r"[^\w-]+", "-", nickname).strip("-") or "child"
    return f"hoot-chats-{safe}-{day:%Y-%m-%d}.html"


def readable_chats_html(document: Mapping[str, Any]) -> str:
    """The chats of an export document as one self-contained HTML page, oldest first."""
    child = document.get("child") or {}
    name = str(child.get("nickname") or "")
    title = words("parent.readable.title", name=name)
    conversations: Sequence[Mapping[str, Any]] = document.get("conversations") or []
    parts = [
        *offline_html_head(title, _CSS),
        "<header>",
        f"<h1>{_h(title)}</h1>",
        _paragraph(
            words(
                "parent.readable.saved",
                when=_when(document.get("exported_at")),
                chats=_chats(len(conversations)),
            ),
            "muted",
        ),
        _paragraph(words("parent.readable.private"), "muted"),
        "</header>",
    ]
    if not conversations:
        parts.append(_paragraph(words("parent.readable.no_chats", name=name)))
    for conversation in conversations:
        parts += _conversation(conversation, name)
    parts += [
        f"<footer>{_h(words('parent.readable.footer'))}</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _conversation(conversation: Mapping[str, Any], name: str) -> list[str]:
    heading = str(conversation.get("title") or words("parent.transcripts.untitled"))
    parts = [
        "<section>",
        f"<h2>{_h(heading)}</h2>",
        _paragraph(
            words("parent.readable.started", when=_when(conversation.get("started_at"))),
            "muted",
        ),
    ]
    messages: Sequence[Mapping[str, Any]] = conversation.get("messages") or []
    if not messages:
        parts.append(_paragraph(words("parent.transcripts.empty_chat")))
    for message in messages:
        parts.append(_message(message, name))
    parts.append("</section>")
    return parts


def _message(message: Mapping[str, Any], name: str) -> str:
    role = Role.USER if message.get("role") == Role.USER.value else Role.ASSISTANT
    who = name if role is Role.USER else words("parent.transcripts.ai_name")
    header = words("parent.transcripts.header", who=who, when=_when(message.get("created_at")))
    if message.get("state") == "interrupted":
        header += " " + words("parent.transcripts.interrupted")
    outcome = message.get("filter")
    flagged = isinstance(outcome, Mapping) and outcome.get("action") in ("redact", "block")
    classes = ["message", "child" if role is Role.USER else "ai"]
    inner = [_paragraph(header, "who")]
    if flagged and isinstance(outcome, Mapping):
        classes.append("flagged")
        severity = outcome.get("severity")
        inner.append(
            _paragraph(
                flag_sentence(
                    role,
                    str(outcome.get("action")),
                    [str(category) for category in outcome.get("categories") or []],
                    Severity.parse(severity) if isinstance(severity, str) else None,
                    name,
                ),
                "flag",
            )
        )
    said = str(message.get("text") or "") or words("parent.transcripts.no_text")
    inner.append(_paragraph(said, "text"))
    return f'<div class="{" ".join(classes)}">' + "".join(inner) + "</div>"


def _chats(count: int) -> str:
    # The singular and plural of labels.counted, without importing Qt here.
    return words(
        "parent.common.chats_one" if count == 1 else "parent.common.chats_many", count=count
    )


def _paragraph(content: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{_h(content)}</p>"


def _h(content: str) -> str:
    return html.escape(content, quote=True)


def _when(stamp: object) -> str:
    if not isinstance(stamp, str):
        return "-"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")
