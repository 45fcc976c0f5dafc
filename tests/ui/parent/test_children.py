"""Children page: add a child (no default birth month), edit one, and remove one after a
confirmation that says what is deleted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.store import ChildProfile, RecordNotFound, Store
from tests.ui.parent.conftest import add_chat, open_page
from ui.parent.children import ChildDialog, ChildrenPage
from ui.parent.confirm import ConfirmRequest
from ui.parent.window import ParentWindow

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., ParentWindow]


def children_page(qtbot: QtBot, window: ParentWindow) -> ChildrenPage:
    page = open_page(qtbot, window, "children")
    assert isinstance(page, ChildrenPage)
    return page


def answer_dialog(
    qtbot: QtBot, fill: Callable[[ChildDialog], None]
) -> Callable[[ChildDialog], int]:
    """Stands in for the dialog's exec(): fills it in, presses Save, waits for the store."""

    def run(dialog: ChildDialog) -> int:
        dialog.show()
        fill(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
        return dialog.result()

    return run


def choose(box: object, data: object) -> None:
    index = box.findData(data)  # type: ignore[attr-defined]
    assert index >= 0
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_birth_month_and_year_start_empty(qtbot: QtBot, make_window: MakeWindow) -> None:
    """A neutral age screen: no month or year is chosen until the parent picks them."""
    window = make_window()
    seen: list[ChildDialog] = []
    page = children_page(qtbot, window)
    page.run_dialog = lambda dialog: seen.append(dialog) or QDialog.DialogCode.Rejected
    page.add()
    (dialog,) = seen
    assert dialog.month_box.currentIndex() == -1
    assert dialog.year_box.currentIndex() == -1
    assert dialog.birth() is None
    assert "ages" not in dialog.age_line.text()


def test_adding_a_child_saves_them_and_lists_them(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    window = make_window()
    page = children_page(qtbot, window)

    def fill(dialog: ChildDialog) -> None:
        qtbot.keyClicks(dialog.nickname_edit, "Mia")
        choose(dialog.avatar_box, "cat")
        choose(dialog.month_box, 7)
        choose(dialog.year_box, 2017)
        assert "ages 8-10" in dialog.age_line.text()

    page.run_dialog = answer_dialog(qtbot, fill)
    with qtbot.waitSignal(window.children_changed, timeout=5000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    mia = store.profiles.find_by_nickname("Mia")
    assert mia is not None
    assert (mia.avatar_id, mia.birth_year, mia.birth_month) == ("cat", 2017, 7)
    assert any("Mia" in page.list.item(row).text() for row in range(page.list.count()))
    assert "Saved Mia" in page.message.text()


def test_a_refused_child_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, make_window: MakeWindow, store: Store
) -> None:
    """An adult's birth year is refused in the core's words; nothing is saved."""
    window = make_window()
    page = children_page(qtbot, window)
    reasons: list[str] = []

    def fill(dialog: ChildDialog) -> None:
        qtbot.keyClicks(dialog.nickname_edit, "Grown")
        choose(dialog.month_box, 1)
        choose(dialog.year_box, 1990)

    def run(dialog: ChildDialog) -> int:
        result = answer_dialog(qtbot, fill)(dialog)
        reasons.append(dialog.message.text())
        return result

    page.run_dialog = run
    page.add()
    assert "18 or older" in reasons[0]
    assert store.profiles.find_by_nickname("Grown") is None


def test_a_taken_name_is_refused(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = children_page(qtbot, window)
    reasons: list[str] = []

    def fill(dialog: ChildDialog) -> None:
        qtbot.keyClicks(dialog.nickname_edit, "sam")
        choose(dialog.month_box, 1)
        choose(dialog.year_box, 2015)

    def run(dialog: ChildDialog) -> int:
        result = answer_dialog(qtbot, fill)(dialog)
        reasons.append(dialog.message.text())
        return result

    page.run_dialog = run
    page.add()
    assert "already a child called" in reasons[0]


def test_editing_a_child_changes_their_name_and_birth_month(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    window = make_window()
    page = children_page(qtbot, window)
    page.show_item(sam.id)

    def fill(dialog: ChildDialog) -> None:
        assert dialog.nickname_edit.text() == "Sam"
        assert dialog.birth() == (2016, 5)
        dialog.nickname_edit.setText("Samuel")
        choose(dialog.year_box, 2013)

    page.run_dialog = answer_dialog(qtbot, fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    edited = store.profiles.get(sam.id)
    assert (edited.nickname, edited.birth_year) == ("Samuel", 2013)


def test_removing_a_child_says_what_is_deleted_then_deletes_it(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    """The confirmation names the child and counts their chats and messages."""
    add_chat(store, sam, [("hello", "Hi Sam!"), ("tell me a joke", "Why did the owl...")])
    window = make_window()
    page = children_page(qtbot, window)
    page.show_item(sam.id)
    asked: list[ConfirmRequest] = []
    page.confirm = lambda request: asked.append(request) or True
    with qtbot.waitSignal(window.children_changed, timeout=5000):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    (request,) = asked
    assert "Sam" in request.title
    assert "1 chat with 4 messages" in request.message
    assert "cannot be undone" in request.message
    assert request.keep_text == "Keep Sam"
    with pytest.raises(RecordNotFound):
        store.profiles.get(sam.id)
    assert store.history.count_messages(sam.id) == 0
    assert "Removed Sam" in page.message.text()


def test_keeping_the_child_deletes_nothing(
    qtbot: QtBot, make_window: MakeWindow, store: Store, sam: ChildProfile
) -> None:
    window = make_window()
    page = children_page(qtbot, window)
    page.show_item(sam.id)
    page.confirm = lambda _request: False
    page.remove_selected()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert store.profiles.get(sam.id).nickname == "Sam"


def test_the_confirmation_dialog_keeps_by_default(qtbot: QtBot) -> None:
    """Enter on the confirmation keeps the child: deleting needs its own button."""
    from ui.parent.confirm import ConfirmDialog

    dialog = ConfirmDialog(ConfirmRequest("Remove Sam?", "Deletes...", "Remove", "Keep Sam"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.keep_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ConfirmDialog.DialogCode.Rejected
