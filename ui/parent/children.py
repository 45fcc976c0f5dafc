"""Children: the list, adding and editing a child (nickname, picture, birth month), removing one.

The birth month and year start empty, with no default and no hint of which ages are allowed;
the age band is shown only once both are chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.family.children import (
    AVATARS,
    MAX_NICKNAME,
    ChildRefused,
    add_child,
    check_birth,
    edit_child,
    next_free_avatar,
    remove_child,
)
from app.store import ChildProfile, DeletionResult, Store
from app.text import words
from ui.avatars import avatar_icon
from ui.parent.child_picker import child_line
from ui.parent.confirm import ConfirmRequest
from ui.parent.context import ParentContext
from ui.parent.labels import MessageLine, Tone, buddy, counted, heading, muted, text
from ui.parent.page import Page, button, button_row
from ui.parent.pin_dialog import failure_words
from ui.tasks import QueryOp

#: The birth years offered: this year and the 100 before (older is refused with a reason).
BIRTH_YEARS_SHOWN = 101


@dataclass(frozen=True)
class ChildDetails:
    """What the child dialog collects."""

    nickname: str
    avatar_id: str
    birth_year: int
    birth_month: int


@dataclass(frozen=True)
class ChildRecord:
    """How much Hoot keeps about a child, for the removal confirmation."""

    child: ChildProfile
    chats: int
    messages: int


def avatar_name(avatar_id: str) -> str:
    return words(f"parent.children.avatar.{avatar_id}")


def removed_words(result: DeletionResult, name: str) -> str:
    """What the parent reads once a child's data is gone: how much was deleted."""
    return words(
        "parent.children.removed",
        name=name,
        messages=counted("parent.common.messages", result.messages),
        chats=counted("parent.common.chats", result.conversations),
    )


def removal_request(record: ChildRecord) -> ConfirmRequest:
    """The confirmation that says exactly what removing a child deletes."""
    name = record.child.nickname
    return ConfirmRequest(
        title=words("parent.children.remove_title", name=name),
        message=words(
            "parent.children.remove_message",
            name=name,
            chats=counted("parent.common.chats", record.chats),
            messages=counted("parent.common.messages", record.messages),
        ),
        go_text=words("parent.children.remove_go", name=name),
        keep_text=words("parent.children.remove_keep", name=name),
    )


def child_record(store: Store, child_id: int) -> ChildRecord:
    return ChildRecord(
        store.profiles.get(child_id),
        len(store.history.conversations(child_id)),
        store.history.count_messages(child_id),
    )


def confirm_and_remove(
    page: Page,
    child_id: int,
    done: Callable[[DeletionResult, str], None],
    failed: Callable[[str], None],
) -> None:
    """Count what Hoot keeps about the child, ask, and delete everything when the parent agrees.

    `done` gets the result and the child's name; nothing happens when the parent keeps them.
    """
    context = page.context

    def on_counted(record: ChildRecord) -> None:
        if not page.confirm(removal_request(record)):
            return
        name = record.child.nickname

        def remove() -> DeletionResult:
            return remove_child(context.store, context.session, child_id)

        page.run(remove, lambda result: done(result, name), failed)

    page.run(lambda: child_record(context.store, child_id), on_counted, failed)


class ChildDialog(QDialog):
    """Add or edit a child. Saving runs `save` on a worker; a refusal keeps the dialog open
    with the reason. Signals: none beyond QDialog's; `saved` holds the profile afterwards."""

    def __init__(
        self,
        save: Callable[[ChildDetails], ChildProfile],
        *,
        child: ChildProfile | None = None,
        suggested_avatar: str = AVATARS[0],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._today = today
        self._busy = False
        self.saved: ChildProfile | None = None
        self.setObjectName("ChildDialog")
        editing = child is not None
        title = (
            words("parent.children.edit_title", name=child.nickname)
            if child is not None
            else words("parent.children.add_title")
        )
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(title, level=2))

        form = QFormLayout()
        self.nickname_edit = QLineEdit(child.nickname if child else "")
        self.nickname_edit.setMaxLength(MAX_NICKNAME)
        self.nickname_edit.setPlaceholderText(words("parent.children.nickname_placeholder"))
        form.addRow(
            buddy(words("parent.children.nickname_label"), self.nickname_edit), self.nickname_edit
        )

        self.avatar_box = QComboBox()
        self.avatar_box.setIconSize(QSize(28, 28))
        for avatar in AVATARS:
            self.avatar_box.addItem(avatar_icon(avatar), avatar_name(avatar), avatar)
        chosen = child.avatar_id if child else suggested_avatar
        self.avatar_box.setCurrentIndex(max(0, self.avatar_box.findData(chosen)))
        form.addRow(buddy(words("parent.children.avatar_label"), self.avatar_box), self.avatar_box)

        self.month_box = QComboBox()
        self.month_box.setPlaceholderText(words("parent.children.month_placeholder"))
        for number in range(1, 13):
            self.month_box.addItem(dt.date(2000, number, 1).strftime("%B"), number)
        self.year_box = QComboBox()
        self.year_box.setPlaceholderText(words("parent.children.year_placeholder"))
        for year in range(today.year, today.year - BIRTH_YEARS_SHOWN, -1):
            self.year_box.addItem(str(year), year)
        self.month_box.setAccessibleName(words("parent.children.month_accessible"))
        self.year_box.setAccessibleName(words("parent.children.year_accessible"))
        if child is not None:
            self.month_box.setCurrentIndex(self.month_box.findData(child.birth_month))
            self.year_box.setCurrentIndex(self.year_box.findData(child.birth_year))
        else:
            # No default: the parent chooses both.
            self.month_box.setCurrentIndex(-1)
            self.year_box.setCurrentIndex(-1)
        birth = QHBoxLayout()
        birth.addWidget(self.month_box)
        birth.addWidget(self.year_box)
        birth.addStretch(1)
        birth_label = buddy(words("parent.children.birth_label"), self.month_box)
        form.addRow(birth_label, birth)
        layout.addLayout(form)
        self.age_line = muted("")
        layout.addWidget(self.age_line)
        if editing:
            layout.addWidget(muted(words("parent.children.edit_note")))
        self.message = MessageLine()
        layout.addWidget(self.message)

        self.cancel_button = button(words("parent.common.cancel"), secondary=True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            words("parent.children.save_edit") if editing else words("parent.children.save_add")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        layout.addLayout(button_row(self.cancel_button, self.save_button, stretch_first=True))
        self.nickname_edit.returnPressed.connect(self.submit)
        self.month_box.currentIndexChanged.connect(self._show_age)
        self.year_box.currentIndexChanged.connect(self._show_age)
        self._show_age()

    @property
    def busy(self) -> bool:
        return self._busy

    def birth(self) -> tuple[int, int] | None:
        if self.month_box.currentIndex() < 0 or self.year_box.currentIndex() < 0:
            return None
        return int(self.year_box.currentData()), int(self.month_box.currentData())

    def _show_age(self) -> None:
        birth = self.birth()
        if birth is None:
            self.age_line.setText(words("parent.children.birth_hint"))
            return
        try:
            age = check_birth(*birth, today=self._today)
        except ChildRefused as refused:
            self.age_line.setText(refused.message())
            return
        line = words("parent.children.age_line", age=age.age, band=age.band.value)
        if age.note:
            line += " " + age.note
        self.age_line.setText(line)

    def submit(self) -> None:
        if self._busy:
            return
        birth = self.birth()
        if not self.nickname_edit.text().strip():
            self.message.say(words("family.children.no_nickname"), Tone.PROBLEM)
            self.nickname_edit.setFocus()
            return
        if birth is None:
            self.message.say(words("parent.children.birth_missing"), Tone.PROBLEM)
            self.month_box.setFocus()
            return
        details = ChildDetails(
            nickname=self.nickname_edit.text(),
            avatar_id=str(self.avatar_box.currentData()),
            birth_year=birth[0],
            birth_month=birth[1],
        )
        self._busy = True
        self.save_button.setEnabled(False)
        self.message.say(words("parent.common.saving"))
        save = self._save
        QueryOp(parent=self, op=lambda: save(details), success=self._on_saved).failure(
            self._on_refused
        ).run_in_background()

    def _on_saved(self, profile: ChildProfile) -> None:
        self._busy = False
        self.saved = profile
        self.accept()

    def _on_refused(self, error: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.message.say(failure_words(error), Tone.PROBLEM)


class ChildrenPage(Page):
    """The children: add, edit, remove, and a link to each child's settings."""

    page_id = "children"
    title_key = "parent.children.title"
    intro_key = "parent.children.intro"

    def __init__(self, context: ParentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.known_children: list[ChildProfile] = []
        self.dialog: ChildDialog | None = None
        #: Replaced in tests: shows the dialog and waits for it.
        self.run_dialog: Callable[[ChildDialog], int] = lambda dialog: dialog.exec()

        self.list = QListWidget()
        self.list.setObjectName("ParentList")
        self.list.setAccessibleName(words("parent.children.list_accessible"))
        self.list.setIconSize(QSize(32, 32))
        self.list.setMinimumHeight(220)
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.body.addWidget(self.list)
        self.empty_line = text(words("parent.children.none"))
        self.body.addWidget(self.empty_line)

        self.add_button = button(words("parent.children.add"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = button(words("parent.children.edit"), secondary=True)
        self.edit_button.clicked.connect(self.edit_selected)
        self.settings_button = button(words("parent.children.settings"), secondary=True)
        self.settings_button.clicked.connect(self._open_settings)
        self.remove_button = button(words("parent.children.remove"), object_name="DangerButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.body.addLayout(
            button_row(self.add_button, self.edit_button, self.settings_button, self.remove_button)
        )
        self.message = MessageLine()
        self.body.addWidget(self.message)
        self.body.addWidget(muted(words("parent.children.age_note")))
        self.body.addStretch(1)
        self._update_buttons()

    def refresh(self) -> None:
        self.run(self.context.store.profiles.all, self._show_children, self._on_failed)

    def _on_failed(self, message: str) -> None:
        self.message.say(message, Tone.PROBLEM)

    def _show_children(self, children: list[ChildProfile]) -> None:
        keep = self.selected_id()
        self.known_children = children
        self.list.clear()
        today = self.context.today()
        for child in children:
            line = f"{child_line(child, today)}  ·  {avatar_name(child.avatar_id)}"
            item = QListWidgetItem(avatar_icon(child.avatar_id), line)
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.list.addItem(item)
            if child.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and children:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(children))
        self.empty_line.setVisible(not children)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected(self) -> ChildProfile | None:
        chosen = self.selected_id()
        return next((child for child in self.known_children if child.id == chosen), None)

    def show_item(self, argument: object) -> None:
        if isinstance(argument, int):
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == argument:
                    self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for widget in (self.edit_button, self.settings_button, self.remove_button):
            widget.setEnabled(chosen)

    # -- add and edit -------------------------------------------------------------------------

    def add(self) -> None:
        context = self.context

        def save(details: ChildDetails) -> ChildProfile:
            return add_child(
                context.store,
                context.session,
                details.nickname,
                avatar_id=details.avatar_id,
                birth_year=details.birth_year,
                birth_month=details.birth_month,
                today=context.today(),
            )

        taken = {child.avatar_id for child in self.known_children}
        suggested = next((avatar for avatar in AVATARS if avatar not in taken), AVATARS[0])
        self._open_dialog(
            ChildDialog(save, suggested_avatar=suggested, today=context.today(), parent=self)
        )

    def edit_selected(self) -> None:
        child = self.selected()
        if child is None:
            return
        context = self.context

        def save(details: ChildDetails) -> ChildProfile:
            return edit_child(
                context.store,
                context.session,
                child.id,
                nickname=details.nickname,
                avatar_id=details.avatar_id,
                birth=(details.birth_year, details.birth_month),
                today=context.today(),
            )

        self._open_dialog(ChildDialog(save, child=child, today=context.today(), parent=self))

    def _open_dialog(self, dialog: ChildDialog) -> None:
        self.dialog = dialog
        result = self.run_dialog(dialog)
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.message.say(words("parent.children.saved", name=dialog.saved.nickname), Tone.GOOD)
            self.children_changed.emit()
            self.refresh()
            self.show_item(dialog.saved.id)

    def _open_settings(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.navigate.emit("child_settings", chosen)

    # -- remove -------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        confirm_and_remove(self, chosen, self._on_removed, self._on_failed)

    def _on_removed(self, result: DeletionResult, name: str) -> None:
        self.message.say(removed_words(result, name), Tone.GOOD)
        self.children_changed.emit()
        self.refresh()


__all__ = [
    "ChildDetails",
    "ChildDialog",
    "ChildrenPage",
    "confirm_and_remove",
    "next_free_avatar",
    "removed_words",
]
