"""Data and privacy page: export a child's data to a file (JSON, and their chats as a readable
page), delete a child's data, how long chats are kept (and a school's fixed value), the privacy
notice and a fresh consent."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.policy import parse_policy
from app.settings import Settings
from app.store import ChildProfile, RecordNotFound, Store
from tests.ui.parent.conftest import add_chat, add_crisis, open_page
from ui.parent.confirm import ConfirmRequest
from ui.parent.data import DataPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def data_page(qtbot: QtBot, window: ParentWindow) -> DataPage:
    page = open_page(qtbot, window, "data")
    assert isinstance(page, DataPage)
    return page


def wait(qtbot: QtBot, page: DataPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def test_export_writes_the_childs_data_to_the_chosen_file(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, tmp_path: Path
) -> None:
    add_chat(store, sam, [("what do owls eat", "Mice and insects.")])
    window = make_window()
    page = data_page(qtbot, window)
    page.picker.choose(sam.id)
    asked: list[Path] = []

    def choose_file(_title: str, suggested: Path, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / "sam-export"

    page.ask_save_path = choose_file
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    written = tmp_path / "sam-export.json"
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["child"]["nickname"] == "Sam"
    texts = [m["text"] for c in document["conversations"] for m in c["messages"]]
    assert "what do owls eat" in texts
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert asked[0].name.startswith("hoot-export-Sam-")
    assert str(written) in page.child_message.text()


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile, tmp_path: Path
) -> None:
    window = make_window()
    page = data_page(qtbot, window)
    page.ask_save_path = lambda *_args: tmp_path / "no-such-folder" / "sam.json"
    page.export()
    wait(qtbot, page)
    assert "could not write" in page.child_message.text()
    assert page.child_message.tone == "problem"


def test_cancelling_the_file_dialog_exports_nothing(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    page = data_page(qtbot, window)
    page.ask_save_path = lambda *_args: None
    page.export()
    assert not page.busy
    assert list(tmp_path.glob("*.json")) == []


def test_delete_removes_the_child_and_their_data_after_confirming(
    qtbot: QtBot, make_window: MakeWindow, store: Store, ava: ChildProfile
) -> None:
    add_chat(store, ava, [("hello", "Hi Ava!")])
    window = make_window()
    page = data_page(qtbot, window)
    page.picker.choose(ava.id)
    asked: list[ConfirmRequest] = []
    page.confirm = lambda request: asked.append(request) or True
    with qtbot.waitSignal(window.children_changed, timeout=5000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert "Ava" in asked[0].message
    with pytest.raises(RecordNotFound):
        store.profiles.get(ava.id)
    assert store.history.count_messages(ava.id) == 0
    assert [e.kind for e in store.events.between()][-1] == "data_deleted"
    assert page.picker.findText("Ava", Qt.MatchFlag.MatchStartsWith) == -1


def test_keeping_chats_until_deleted_is_saved(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings
) -> None:
    window = make_window()
    page = data_page(qtbot, window)
    assert page.keep_days.isChecked()
    assert page.days_spin.value() == 90
    page.keep_forever.setChecked(True)
    assert not page.days_spin.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    assert settings.get("retention_days") is None
    page.keep_days.setChecked(True)
    page.days_spin.setValue(30)
    page.save_keeping()
    wait(qtbot, page)
    assert settings.get("retention_days") == 30


def test_a_retention_the_school_set_is_shown_and_fixed(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    policy = parse_policy({"version": 1, "settings": {"retention_days": 14}})
    window = make_window(policy=policy)
    page = data_page(qtbot, window)
    assert page.lock_notes["retention_days"].text() == "Set by your school: 14 days"
    assert page.days_spin.value() == 14
    assert not page.days_spin.isEnabled()
    assert not page.keep_forever.isEnabled()
    page.save_keeping()
    wait(qtbot, page)
    assert not store.settings.has("retention_days")


def test_the_privacy_notice_is_shown_and_a_changed_one_can_be_confirmed(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    store.family.record_consent("older-version", details={"via": "test"})
    window = make_window()
    page = data_page(qtbot, window)
    assert "Hoot privacy notice" in page.notice_view.toPlainText()
    assert "has changed" in page.consent_line.text()
    page.consent_checks[0].setChecked(True)
    page.confirm_notice()
    assert "tick all three" in page.notice_message.text()
    for check in page.consent_checks:
        check.setChecked(True)
    page.confirm_notice()
    wait(qtbot, page)
    assert "You agreed to this notice" in page.consent_line.text()
    assert store.family.current_consent().notice_version != "older-version"  # type: ignore[union-attr]


def test_a_childs_chats_are_saved_as_a_page_a_parent_can_read(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, tmp_path: Path
) -> None:
    """HTML from the export: every word escaped, nothing loaded from anywhere, flags in words,
    readable only by this user."""
    add_chat(store, sam, [("<b>owls</b> & <script>x()</script>", "Owls hunt at night.")])
    add_crisis(store, sam)
    window = make_window()
    page = data_page(qtbot, window)
    page.picker.choose(sam.id)
    asked: list[tuple[Path, str]] = []

    def choose_file(_title: str, suggested: Path, file_filter: str) -> Path:
        asked.append((suggested, file_filter))
        return tmp_path / "sam-chats"

    page.ask_save_path = choose_file
    qtbot.mouseClick(page.readable_button, Qt.MouseButton.LeftButton)
    wait(qtbot, page)
    written = tmp_path / "sam-chats.html"
    shown = written.read_text(encoding="utf-8")
    assert asked[0][0].name.startswith("hoot-chats-Sam-")
    assert asked[0][1] == "Web page (*.html)"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "<title>Sam&#x27;s chats in Hoot</title>" in shown
    assert "&lt;b&gt;owls&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;" in shown
    assert "<script" not in shown
    assert "Owls hunt at night." in shown
    assert "Sam was shown the help card" in shown
    assert "default-src &#x27;none&#x27;" in shown or "default-src 'none'" in shown
    for address in ("http://", "https://", "src=", "href="):
        assert address not in shown
    assert str(written) in page.child_message.text()
    assert page.child_message.tone == "good"
