"""The parent's first run, driven through every page of the set-up wizard."""

from __future__ import annotations

import functools
import random

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.family.first_run import complete_setup
from app.family.kdf import KdfParams, hash_secret
from app.family.launch import RecoverReason
from app.store import Store
from app.text import words
from tests.fakes.fake_anthropic import FakeAnthropic
from ui.setup.wizard import SetupWizard

pytestmark = pytest.mark.gui

CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PIN = "583920"


@pytest.fixture
def wizard(qtbot: QtBot, store: Store) -> SetupWizard:
    window = SetupWizard(
        store, rng=random.Random(7), setup=functools.partial(complete_setup, params=CHEAP)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def press_next(qtbot: QtBot, wizard: SetupWizard) -> None:
    assert wizard.next_button.isEnabled(), f"Next is disabled on {wizard.current.title!r}"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)


def wait_ready(qtbot: QtBot, wizard: SetupWizard) -> None:
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)


def answer_adult_check(qtbot: QtBot, wizard: SetupWizard) -> None:
    """An adult works the task out (here: by asking the check for its own answer)."""
    check = wizard.check
    assert check is not None
    answer = next(str(n) for n in range(100_000) if check.is_answer(str(n)))
    wizard.adult_field.setText(answer)
    press_next(qtbot, wizard)


def run_to_pin(qtbot: QtBot, wizard: SetupWizard) -> None:
    press_next(qtbot, wizard)  # welcome
    answer_adult_check(qtbot, wizard)
    assert wizard.current is wizard.consent_page
    for box in wizard.consent_boxes:
        box.setChecked(True)
    press_next(qtbot, wizard)
    assert wizard.current is wizard.pin_page


def test_whole_first_run_sets_up_hoot(qtbot: QtBot, wizard: SetupWizard, store: Store) -> None:
    """Welcome to done: consent recorded, PIN set, recovery code shown once, children added."""
    run_to_pin(qtbot, wizard)
    wizard.pin_field.setText(PIN)
    wizard.pin_confirm.setText(PIN)
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current is wizard.recovery_page, timeout=10_000)
    code = wizard.recovery_label.text()
    assert len(code.replace("-", "")) >= 12
    assert not wizard.next_button.isEnabled()  # must confirm it was written down
    assert not wizard.back_button.isEnabled()  # no way back to the PIN once it is set
    wizard.recovery_written.setChecked(True)
    press_next(qtbot, wizard)

    assert wizard.current is wizard.children_page
    assert not wizard.next_button.isEnabled()
    wizard.nickname_field.setText("Sam")
    wizard.avatar_buttons["fox"].setChecked(True)
    wizard.month_box.setCurrentIndex(5)  # May
    wizard.year_box.setCurrentIndex(wizard.year_box.findData(2017))
    qtbot.mouseClick(wizard.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(wizard.added_children) == 1, timeout=10_000)
    assert "Sam" in wizard.children_list.text()
    wizard.region_box.setCurrentIndex(0)
    assert not wizard.next_button.isEnabled()  # the help lines' country must be chosen
    wizard.region_box.setCurrentIndex(wizard.region_box.findData("GB"))
    press_next(qtbot, wizard)
    assert store.settings.get("crisis_region") == "GB"

    assert wizard.current is wizard.connect_page
    wizard.demo_box.setChecked(True)
    press_next(qtbot, wizard)
    assert wizard.current is wizard.done_page
    with qtbot.waitSignal(wizard.setup_finished) as finished:
        press_next(qtbot, wizard)
    _result, demo = finished.args
    assert demo is True
    assert store.family.pin() is not None
    assert store.family.current_consent() is not None
    [sam] = store.profiles.all()
    assert (sam.nickname, sam.avatar_id, sam.birth_year, sam.birth_month) == ("Sam", "fox", 2017, 5)


def test_wrong_adult_answer_gives_a_new_task(qtbot: QtBot, wizard: SetupWizard) -> None:
    """A wrong answer keeps the parent on the check, with a fresh task and a kind note."""
    press_next(qtbot, wizard)
    first = wizard.check
    wizard.adult_field.setText("not a number")
    press_next(qtbot, wizard)
    assert wizard.current is wizard.adult_page
    assert wizard.check is not first
    assert wizard.adult_page.problem.text() == words("family.adult_check.wrong")


def test_consent_needs_all_three_boxes(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Next stays off until the parent has ticked every confirmation."""
    press_next(qtbot, wizard)
    answer_adult_check(qtbot, wizard)
    wizard.consent_boxes[0].setChecked(True)
    wizard.consent_boxes[1].setChecked(True)
    assert not wizard.next_button.isEnabled()
    wizard.consent_boxes[2].setChecked(True)
    assert wizard.next_button.isEnabled()


def test_easy_pin_is_refused_with_a_reason(qtbot: QtBot, wizard: SetupWizard, store: Store):
    """123456 is explained as easy to guess and nothing is saved."""
    run_to_pin(qtbot, wizard)
    wizard.pin_field.setText("123456")
    assert wizard.pin_hint.text() == words("family.pin_problems.sequence")
    wizard.pin_confirm.setText("123456")
    press_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    assert wizard.current is wizard.pin_page
    assert wizard.pin_page.problem.isVisible()
    assert store.family.pin() is None


def test_pins_that_differ_are_refused(qtbot: QtBot, wizard: SetupWizard, store: Store) -> None:
    """Two different PINs: asked to type again, nothing saved."""
    run_to_pin(qtbot, wizard)
    wizard.pin_field.setText(PIN)
    wizard.pin_confirm.setText("583921")
    press_next(qtbot, wizard)
    assert wizard.pin_page.problem.text() == words("setup.pin.mismatch")
    assert store.family.pin() is None


def test_adult_is_refused_a_child_profile(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Someone born 19 years ago gets a kind 'no profile for adults' and is not added."""
    run_to_pin(qtbot, wizard)
    wizard.pin_field.setText(PIN)
    wizard.pin_confirm.setText(PIN)
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current is wizard.recovery_page, timeout=10_000)
    wizard.recovery_written.setChecked(True)
    press_next(qtbot, wizard)
    wizard.nickname_field.setText("Grown")
    wizard.month_box.setCurrentIndex(1)
    wizard.year_box.setCurrentIndex(wizard.year_box.count() - 1)  # the oldest year offered
    qtbot.mouseClick(wizard.add_child_button, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, wizard)
    assert wizard.added_children == []
    assert "18" in wizard.children_page.problem.text()


def test_api_key_is_tested_against_the_api(
    qtbot: QtBot, wizard: SetupWizard, fake_api: FakeAnthropic
) -> None:
    """'Test connection' reaches the (fake) API with the pasted key and says it worked."""
    wizard.base_url = fake_api.base_url
    wizard.key_field.setText("sk-ant-test-key-123")
    wizard.test_connection()
    wait_ready(qtbot, wizard)
    assert wizard.connection_ok
    assert fake_api.requests
    assert "sk-ant-test-key-123" not in wizard.connection_result.text()


def test_school_managed_set_up_asks_for_the_admin_pin_first(qtbot: QtBot, store: Store) -> None:
    """On a school machine the first page asks for the admin PIN; a wrong one goes no further."""
    admin_hash = hash_secret("246810", CHEAP).encoded
    wizard = SetupWizard(
        store,
        recover_reason=RecoverReason.MACHINE_POLICY,
        admin_pin_hash=admin_hash,
        setup=functools.partial(complete_setup, params=CHEAP),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.current is wizard.gate_page
    wizard.gate_field.setText("135799")
    press_next(qtbot, wizard)
    wait_ready(qtbot, wizard)
    assert wizard.current is wizard.gate_page
    assert "not right" in wizard.gate_page.problem.text()
    wizard.gate_field.setText("246810")
    press_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current is wizard.welcome_page, timeout=10_000)
    assert wizard.gate is not None
