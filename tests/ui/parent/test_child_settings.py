"""Per-child settings: saved as typed, a setting the school locked shows "Set by your school" and
cannot be changed, a strictness below the school's minimum cannot be picked, extra time today."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from app.policy import parse_policy
from app.settings import Settings
from app.store import ChildProfile, Store
from tests.ui.parent.conftest import FakeTime, open_page
from ui.parent.child_settings import ChildSettingsPage
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def settings_page(qtbot: QtBot, window: ParentWindow, child: ChildProfile) -> ChildSettingsPage:
    page = open_page(qtbot, window, "child_settings")
    assert isinstance(page, ChildSettingsPage)
    page.show_item(child.id)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.state is not None
    assert page.state.child.id == child.id
    return page


def save(qtbot: QtBot, page: ChildSettingsPage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def test_settings_are_saved_for_that_child_only(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings, sam: ChildProfile, ava: ChildProfile
) -> None:
    window = make_window()
    page = settings_page(qtbot, window, sam)
    page.strictness_box.setCurrentIndex(page.strictness_box.findData("strict"))
    page.blocked_edit.setPlainText("Creeper\nzombie, skeleton")
    page.require_pin.setChecked(True)
    page.limit_check.setChecked(True)
    page.minutes_spin.setValue(45)
    page.quiet_check.setChecked(True)
    save(qtbot, page)
    assert "Saved the settings for Sam" in page.message.text()
    assert settings.get("filter_strictness", sam.id) == "strict"
    assert settings.get("blocked_words", sam.id) == ["creeper", "skeleton", "zombie"]
    assert settings.get("require_pin_to_start", sam.id) is True
    assert settings.get("daily_minutes", sam.id) == 45
    assert settings.get("quiet_hours", sam.id)["start"] == "20:30"
    assert settings.get("daily_minutes", ava.id) is None
    assert settings.get("require_pin_to_start", ava.id) is False


def test_turning_a_limit_off_goes_back_to_no_limit(
    qtbot: QtBot, make_window: MakeWindow, settings: Settings, sam: ChildProfile
) -> None:
    settings.set("daily_minutes", 30, sam.id)
    window = make_window()
    page = settings_page(qtbot, window, sam)
    assert page.limit_check.isChecked()
    assert page.minutes_spin.value() == 30
    page.limit_check.setChecked(False)
    save(qtbot, page)
    assert settings.get("daily_minutes", sam.id) is None


def test_a_setting_the_school_locked_says_so_and_cannot_be_changed(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """Greyed out with "Set by your school" and the school's value in words (an unticked box
    says "off"); saving leaves the school's value."""
    policy = parse_policy(
        {"version": 1, "settings": {"daily_minutes": 40}, "locked": ["require_pin_to_start"]}
    )
    window = make_window(policy=policy)
    page = settings_page(qtbot, window, sam)
    for key, controls, said in (
        ("daily_minutes", (page.limit_check, page.minutes_spin), "40 minutes a day"),
        ("require_pin_to_start", (page.require_pin,), "off"),
    ):
        note = page.lock_notes[key]
        assert note.text() == f"Set by your school: {said}"
        assert note.accessibleName() == note.text()
        assert note.isVisible()
        assert all(not control.isEnabled() for control in controls)
    assert page.minutes_spin.value() == 40
    page.minutes_spin.setValue(90)  # even if a value got in, saving does not write it
    save(qtbot, page)
    school = Settings(store.settings, policy)
    assert school.get("daily_minutes", sam.id) == 40
    assert not store.settings.has("daily_minutes", child_id=sam.id)
    assert "quiet_hours" not in page.lock_notes


def test_a_strictness_below_the_schools_minimum_cannot_be_chosen(
    qtbot: QtBot, make_window: MakeWindow, sam: ChildProfile
) -> None:
    policy = parse_policy({"version": 1, "min_filter_strictness": "standard"})
    window = make_window(policy=policy)
    page = settings_page(qtbot, window, sam)
    model = page.strictness_box.model()
    assert isinstance(model, QStandardItemModel)
    relaxed = model.item(page.strictness_box.findData("relaxed"))
    strict = model.item(page.strictness_box.findData("strict"))
    assert not relaxed.isEnabled()
    assert "below your school's minimum" in relaxed.text()
    assert strict.isEnabled()


def test_extra_time_is_given_for_today(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile, fake_time: FakeTime
) -> None:
    window = make_window()
    page = settings_page(qtbot, window, sam)
    page.extra_spin.setValue(20)
    qtbot.mouseClick(page.extra_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert "20 extra minutes" in page.extra_message.text()
    (grant,) = [e for e in store.events.for_child(sam.id) if e.kind == "extra_time_granted"]
    assert grant.details["minutes"] == 20


def test_a_locked_session_refuses_to_save_and_locks_the_window(
    qtbot: QtBot,
    make_window: MakeWindow,
    settings: Settings,
    sam: ChildProfile,
    fake_time: FakeTime,
) -> None:
    """If the session ran out between two checks, nothing is written and the PIN is asked for."""
    window = make_window()
    page = settings_page(qtbot, window, sam)
    page.require_pin.setChecked(True)
    fake_time.advance(301)
    with qtbot.waitSignal(window.area_locked, timeout=5000):
        page.save()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert settings.get("require_pin_to_start", sam.id) is False
