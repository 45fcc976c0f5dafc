"""The readable chats page: built from the export document, every stored word escaped, nothing
loaded from anywhere, flags said in words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ui.parent.readable import readable_chats_html, readable_file_name


def document(nickname: str, title: str, messages: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "exported_at": "2026-11-25T15:30:00.000+00:00",
        "child": {"nickname": nickname},
        "conversations": [
            {"title": title, "started_at": "2026-11-24T19:00:00.000+00:00", "messages": messages}
        ],
    }


def message(role: str, text: str, flag: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "role": role,
        "text": text,
        "state": "complete",
        "created_at": "2026-11-24T19:01:00.000+00:00",
        "filter": flag,
    }


def test_names_titles_and_words_are_text_never_markup() -> None:
    page = readable_chats_html(
        document(
            '<img src="x">Max',
            "<script>alert(1)</script>",
            [message("user", "</div><a href='https://example.com'>hi</a>")],
        )
    )
    assert "<img" not in page
    assert "<script" not in page
    assert "<a " not in page
    assert "&lt;img src=&quot;x&quot;&gt;Max" in page
    assert "&lt;/div&gt;&lt;a href=&#x27;https://example.com&#x27;&gt;hi&lt;/a&gt;" in page
    assert "Content-Security-Policy" in page


def test_a_redacted_reply_and_an_empty_export_read_plainly() -> None:
    page = readable_chats_html(
        document(
            "Sam",
            "Homework",
            [
                message(
                    "user",
                    "my number is [phone number]",
                    {
                        "action": "redact",
                        "categories": ["pii"],
                        "severity": "medium",
                        "rule_ids": [],
                    },
                ),
                message("assistant", "Let's keep it private."),
            ],
        )
    )
    assert "Hoot hid personal information before sending" in page
    assert "1 chat, oldest first" in page
    empty = readable_chats_html({"child": {"nickname": "Ava"}, "conversations": []})
    assert "Ava has no saved chats." in empty
    assert "0 chats" in empty


def test_the_suggested_file_name_is_safe() -> None:
    assert (
        readable_file_name("Sam / Jo", datetime(2026, 11, 25))
        == "hoot-chats-Sam-Jo-2026-11-25.html"
    )
    assert readable_file_name("../..", datetime(2026, 11, 25)) == "hoot-chats-child-2026-11-25.html"
