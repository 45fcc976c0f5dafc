"""Export: one JSON document with everything stored about one child, and nothing else."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.store import (
    ChildProfile,
    FilterOutcome,
    RecordNotFound,
    Severity,
    Store,
    export_child,
    write_export,
)


def _fill(store: Store, child: ChildProfile) -> None:
    store.settings.set("strictness", "strict", child_id=child.id)
    conversation = store.history.start_conversation(child.id, "v2")
    question = store.history.add_user_message(
        conversation.id, "How far is the moon?", FilterOutcome("allow")
    )
    store.history.add_assistant_message(
        conversation.id, "About 384,000 km.", FilterOutcome("allow"), tokens_in=12, tokens_out=9
    )
    event = store.events.record(
        child_id=child.id,
        category="pii",
        severity=Severity.MEDIUM,
        kind="filter_redact",
        message_id=question.id,
        details={"rule": "address"},
    )
    store.alerts.enqueue(event.id, "email")
    store.usage.start(child.id)
    store.lessons.mark_completed(child.id, "what-is-ai")


def test_export_holds_every_kind_of_record(store: Store, child: ChildProfile) -> None:
    """Profile, settings, chats with filter decisions, events with alerts, usage and lessons."""
    _fill(store, child)
    document = export_child(store, child.id)
    assert document["format"] == "hoot-child-export"
    assert document["version"] == 1
    assert document["child"]["nickname"] == "Mia"
    assert document["settings"] == {"strictness": "strict"}
    [conversation] = document["conversations"]
    assert conversation["title"] == "How far is the moon?"
    assert [m["text"] for m in conversation["messages"]] == [
        "How far is the moon?",
        "About 384,000 km.",
    ]
    assert conversation["messages"][1]["tokens_out"] == 9
    assert conversation["messages"][0]["filter"]["action"] == "allow"
    [event] = document["events"]
    assert event["severity"] == "medium"
    assert event["alerts"][0]["channel"] == "email"
    assert len(document["usage_sessions"]) == 1
    assert document["lesson_progress"][0]["status"] == "completed"
    json.dumps(document)  # plain JSON all the way down


def test_export_leaves_out_other_children(store: Store, child: ChildProfile) -> None:
    """Leo's chats are not in Mia's export."""
    other = store.profiles.add("Leo", "fox", 2014, 3)
    _fill(store, other)
    document = export_child(store, child.id)
    assert document["conversations"] == []
    assert document["events"] == []
    assert "Leo" not in json.dumps(document)


def test_write_export_makes_a_private_json_file(
    store: Store, child: ChildProfile, tmp_path: Path
) -> None:
    """The file parses back to the same document and is readable by the user only."""
    _fill(store, child)
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "mia.json"
    write_export(store, child.id, target)
    assert json.loads(target.read_text(encoding="utf-8")) == export_child(store, child.id)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in target.parent.iterdir()] == ["mia.json"]


def test_export_of_an_unknown_child_fails_clearly(store: Store, tmp_path: Path) -> None:
    """No file is written for a child who does not exist."""
    with pytest.raises(RecordNotFound):
        write_export(store, 77, tmp_path / "nobody.json")
    assert not (tmp_path / "nobody.json").exists()
