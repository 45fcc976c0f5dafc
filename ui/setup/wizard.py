"""First-run set-up: welcome -> grown-up check -> privacy notice and consent -> PIN -> recovery
code -> children -> connect the AI -> done. Each step calls the family core; slow steps (the
PIN hash, the connection test) run off the GUI thread."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.age_bands import ADULT_AGE
from app.family.adult_check import AdultCheck, new_adult_check
from app.family.children import AVATARS, add_child, check_birth, next_free_avatar
from app.family.connection import KeyLocation, check_connection, save_api_key
from app.family.consent import ConsentAnswers
from app.family.first_run import GatePass, SetupPlan, SetupResult, complete_setup, pass_setup_gate
from app.family.launch import RecoverReason
from app.family.pin import pin_problem
from app.guidance.crisis import INTERNATIONAL, REGIONS, region_name, system_region
from app.guidance.notice import privacy_notice
from app.settings import Settings
from app.store import ChildProfile, Store
from app.text import words
from ui import theme
from ui.avatars import avatar_icon
from ui.tasks import QueryOp


def _label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def _markdown_label(text: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.MarkdownText)
    label.setText(text)
    return label


class _WrappingLabel(QLabel):
    """A label that ticks its check box when clicked (a check box's own text cannot wrap)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._box.toggle()
        super().mousePressEvent(event)


def _check_row(text: str) -> tuple[QCheckBox, QWidget]:
    """A check box with a label that wraps at any text size."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(text)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_WrappingLabel(text, box), 1)
    return box, row


def _message(error: Exception) -> str:
    """The parent-facing words of a core refusal."""
    message = getattr(error, "message", None)
    if callable(message):
        return str(message())
    return words("family.errors.generic")


class _Page(QWidget):
    """One step: a title, its widgets, and whether Next may be pressed."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        heading = _label(title, "AppTitle")
        self.layout_.addWidget(heading)
        self.problem = _label("", "FormProblem")
        self.problem.hide()

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.problem)
        self.layout_.addStretch(1)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


class SetupWizard(QMainWindow):
    """The whole first run in one window.

    Signals: setup_finished(SetupResult, demo: bool) once the parent presses the last button.
    """

    setup_finished = Signal(object, bool)

    def __init__(
        self,
        store: Store,
        *,
        recover_reason: RecoverReason | None = None,
        admin_pin_hash: str | None = None,
        base_url: str | None = None,
        rng: random.Random | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        setup: Callable[..., SetupResult] = complete_setup,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.recover_reason = recover_reason
        self.admin_pin_hash = admin_pin_hash
        self.base_url = base_url
        self.rng = rng or random.Random()
        self.today = today
        self._setup = setup
        self.settings = settings or Settings(store.settings)
        self.gate: GatePass | None = None
        self.result: SetupResult | None = None
        self.added_children: list[ChildProfile] = []
        self.check: AdultCheck | None = None
        self.demo = False
        self._busy = False
        self.setWindowTitle(words("setup.window_title"))
        self.setWindowIcon(theme.owl_icon())
        self.setMinimumSize(620, 640)
        self._build()

    # ----- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("ChatPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 18, 24, 18)
        self.step_label = _label("", "Muted")
        outer.addLayout(theme.owl_header(self.step_label, 44))
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(words("setup.back"))
        self.back_button.setObjectName("SecondaryButton")
        self.back_button.clicked.connect(self.back)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.busy_label = _label(words("setup.working"), "Muted")
        self.busy_label.hide()
        buttons.addWidget(self.busy_label)
        self.next_button = QPushButton(words("setup.next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self.setCentralWidget(page)

        self.gate_page = self._gate_page() if self.recover_reason else None
        self.welcome_page = self._welcome_page()
        self.adult_page = self._adult_page()
        self.consent_page = self._consent_page()
        self.pin_page = self._pin_page()
        self.recovery_page = self._recovery_page()
        self.children_page = self._children_page()
        self.connect_page = self._connect_page()
        self.done_page = self._done_page()
        order = [
            self.gate_page,
            self.welcome_page,
            self.adult_page,
            self.consent_page,
            self.pin_page,
            self.recovery_page,
            self.children_page,
            self.connect_page,
            self.done_page,
        ]
        self.order: list[_Page] = [p for p in order if p is not None]
        for step in self.order:
            self.pages.addWidget(step)
        self._go(self.order[0])

    def _gate_page(self) -> _Page:
        managed = self.recover_reason is RecoverReason.MACHINE_POLICY
        page = _Page(words("setup.gate.machine_policy_title" if managed else "setup.gate.title"))
        reason = self.recover_reason or RecoverReason.DATA_FOLDER_REMOVED
        page.layout_.addWidget(_label(words(f"setup.gate.{reason.value}")))
        self.gate_field = QLineEdit()
        self.gate_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.gate_field.setAccessibleName(words("setup.gate.field"))
        self.gate_field.setPlaceholderText(words("setup.gate.field"))
        self.gate_field.returnPressed.connect(self.next)
        page.layout_.addWidget(self.gate_field)
        page.finish_layout()
        return page

    def _welcome_page(self) -> _Page:
        page = _Page(words("setup.welcome.title"))
        page.layout_.addWidget(_label(words("setup.welcome.body")))
        page.layout_.addWidget(_markdown_label(words("setup.welcome.points")))
        page.layout_.addWidget(_label(words("setup.welcome.who"), "Muted"))
        page.finish_layout()
        return page

    def _adult_page(self) -> _Page:
        page = _Page(words("setup.adult.title"))
        page.layout_.addWidget(_label(words("family.adult_check.intro")))
        self.adult_prompt = _label("", "BigPrompt")
        page.layout_.addWidget(self.adult_prompt)
        self.adult_field = QLineEdit()
        self.adult_field.setAccessibleName(words("setup.adult.field"))
        self.adult_field.setPlaceholderText(words("setup.adult.field"))
        self.adult_field.returnPressed.connect(self.next)
        page.layout_.addWidget(self.adult_field)
        page.finish_layout()
        self._new_adult_check()
        return page

    def _consent_page(self) -> _Page:
        page = _Page(words("setup.consent.title"))
        page.layout_.addWidget(_label(words("setup.consent.intro")))
        notice = privacy_notice()
        self.notice_version = notice.version
        self.notice_view = QTextBrowser()
        self.notice_view.setOpenLinks(False)
        self.notice_view.setOpenExternalLinks(False)
        self.notice_view.document().setMarkdown(
            notice.readable_markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML
        )
        self.notice_view.setAccessibleName(words("setup.consent.title"))
        page.layout_.addWidget(self.notice_view, 1)
        self.consent_boxes: list[QCheckBox] = []
        for key in ("parent_or_guardian", "adult", "read_notice"):
            box, row = _check_row(words(f"family.consent.{key}"))
            box.toggled.connect(self._update_buttons)
            self.consent_boxes.append(box)
            page.layout_.addWidget(row)
        page.layout_.addWidget(_label(words("setup.consent.honest"), "Muted"))
        page.layout_.addWidget(page.problem)
        return page

    def _pin_page(self) -> _Page:
        page = _Page(words("setup.pin.title"))
        page.layout_.addWidget(_label(words("setup.pin.intro")))
        form = QFormLayout()
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setAccessibleName(words("setup.pin.field"))
        self.pin_confirm = QLineEdit()
        self.pin_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_confirm.setAccessibleName(words("setup.pin.confirm"))
        self.pin_confirm.returnPressed.connect(self.next)
        form.addRow(words("setup.pin.field"), self.pin_field)
        form.addRow(words("setup.pin.confirm"), self.pin_confirm)
        page.layout_.addLayout(form)
        self.pin_show = QCheckBox(words("setup.pin.show"))
        self.pin_show.toggled.connect(self._toggle_pin_echo)
        page.layout_.addWidget(self.pin_show)
        self.pin_hint = _label("", "Muted")
        page.layout_.addWidget(self.pin_hint)
        self.pin_field.textChanged.connect(self._on_pin_typed)
        self.pin_confirm.textChanged.connect(self._update_buttons)
        page.finish_layout()
        return page

    def _recovery_page(self) -> _Page:
        page = _Page(words("setup.recovery.title"))
        page.layout_.addWidget(_label(words("setup.recovery.intro")))
        self.recovery_label = QLabel()
        self.recovery_label.setObjectName("RecoveryCode")
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.layout_.addWidget(self.recovery_label)
        page.layout_.addWidget(_label(words("setup.recovery.advice")))
        row = QHBoxLayout()
        self.print_button = QPushButton(words("setup.recovery.print"))
        self.print_button.setObjectName("SecondaryButton")
        self.print_button.clicked.connect(self._print_recovery_code)
        row.addWidget(self.print_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.recovery_written, written_row = _check_row(words("setup.recovery.written"))
        self.recovery_written.toggled.connect(self._update_buttons)
        page.layout_.addWidget(written_row)
        page.finish_layout()
        return page

    def _children_page(self) -> _Page:
        page = _Page(words("setup.children.title"))
        page.layout_.addWidget(_label(words("setup.children.intro")))
        form = QFormLayout()
        self.nickname_field = QLineEdit()
        self.nickname_field.setPlaceholderText(words("setup.children.nickname_hint"))
        self.nickname_field.setAccessibleName(words("setup.children.nickname"))
        form.addRow(words("setup.children.nickname"), self.nickname_field)
        avatars = QHBoxLayout()
        self.avatar_buttons: dict[str, QPushButton] = {}
        for avatar in AVATARS:
            button = QPushButton()
            button.setObjectName("AvatarChoice")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setIcon(avatar_icon(avatar))
            button.setIconSize(QSize(44, 44))
            button.setAccessibleName(avatar)
            button.setToolTip(avatar)
            avatars.addWidget(button)
            self.avatar_buttons[avatar] = button
        avatars.addStretch(1)
        form.addRow(words("setup.children.picture"), avatars)
        birth = QHBoxLayout()
        self.month_box = QComboBox()
        self.month_box.setAccessibleName(words("setup.children.month"))
        self.month_box.addItem(words("setup.children.month"), None)
        for month in range(1, 13):
            self.month_box.addItem(words(f"setup.children.months.{month}"), month)
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(words("setup.children.year"))
        self._fill_years()
        birth.addWidget(self.month_box)
        birth.addWidget(self.year_box)
        birth.addStretch(1)
        form.addRow(words("setup.children.birth"), birth)
        page.layout_.addLayout(form)
        row = QHBoxLayout()
        self.add_child_button = QPushButton(words("setup.children.add"))
        self.add_child_button.clicked.connect(self.add_child)
        row.addWidget(self.add_child_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.children_list = _label(words("setup.children.none_yet"), "Muted")
        page.layout_.addWidget(self.children_list)
        self.children_notes = _label("", "Muted")
        page.layout_.addWidget(self.children_notes)
        region_row = QHBoxLayout()
        self.region_label = _label(words("setup.children.region"))
        region_row.addWidget(self.region_label, 1)
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(words("setup.children.region"))
        self.region_box.addItem(words("setup.children.region_choose"), None)
        for code in REGIONS:
            self.region_box.addItem(region_name(code), code)
        self.region_box.addItem(words("setup.children.region_elsewhere"), INTERNATIONAL)
        found = self.region_box.findData(system_region())
        self.region_box.setCurrentIndex(max(0, found))
        self.region_box.currentIndexChanged.connect(self._update_buttons)
        region_row.addWidget(self.region_box)
        page.layout_.addLayout(region_row)
        # A school's policy may fix the region; then the parent is not asked.
        asked = not self.settings.is_locked("crisis_region")
        self.region_label.setVisible(asked)
        self.region_box.setVisible(asked)
        page.finish_layout()
        return page

    def _connect_page(self) -> _Page:
        page = _Page(words("setup.connect.title"))
        page.layout_.addWidget(_label(words("setup.connect.intro")))
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(words("setup.connect.key_hint"))
        self.key_field.setAccessibleName(words("setup.connect.key"))
        self.key_field.textChanged.connect(self._on_key_typed)
        page.layout_.addWidget(self.key_field)
        row = QHBoxLayout()
        self.test_button = QPushButton(words("setup.connect.test"))
        self.test_button.setObjectName("SecondaryButton")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        page.layout_.addLayout(row)
        self.connection_result = _label("", "Muted")
        page.layout_.addWidget(self.connection_result)
        self.demo_box, demo_row = _check_row(words("setup.connect.demo"))
        self.demo_box.toggled.connect(self._update_buttons)
        page.layout_.addWidget(demo_row)
        self.connection_ok = False
        page.finish_layout()
        return page

    def _done_page(self) -> _Page:
        page = _Page(words("setup.done.title"))
        page.layout_.addWidget(_label(words("setup.done.body")))
        page.layout_.addWidget(_label(words("setup.done.parent_area")))
        self.done_demo = _label(words("setup.done.demo"), "Muted")
        page.layout_.addWidget(self.done_demo)
        self.done_notes = _label("", "Muted")
        page.layout_.addWidget(self.done_notes)
        page.finish_layout()
        return page

    # ----- navigation ----------------------------------------------------------------------
    @property
    def current(self) -> _Page:
        widget = self.pages.currentWidget()
        assert isinstance(widget, _Page)
        return widget

    def _go(self, page: _Page) -> None:
        self.pages.setCurrentWidget(page)
        if page is self.consent_page:
            self.notice_view.verticalScrollBar().setValue(0)
        number = self.order.index(page) + 1
        self.step_label.setText(words("setup.step_of", step=number, total=len(self.order)))
        last = page is self.done_page
        self.next_button.setText(words("setup.finish" if last else "setup.next"))
        page.show_problem("")
        self._update_buttons()
        focus = {
            self.gate_page: getattr(self, "gate_field", None),
            self.adult_page: self.adult_field,
            self.pin_page: self.pin_field,
            self.children_page: self.nickname_field,
            self.connect_page: self.key_field,
        }.get(page)
        (focus or self.next_button).setFocus()

    def back(self) -> None:
        index = self.order.index(self.current)
        if index > 0 and self._can_go_back():
            self._go(self.order[index - 1])

    def _can_go_back(self) -> bool:
        # Once the PIN is set there is no way back to the steps before it.
        done_pages = {self.recovery_page, self.children_page, self.connect_page, self.done_page}
        return not self._busy and not (self.result and self.current in done_pages)

    def next(self) -> None:
        if self._busy or not self._can_continue():
            return
        page = self.current
        if page is self.gate_page:
            self._pass_gate()
        elif page is self.adult_page:
            self._check_adult()
        elif page is self.pin_page:
            self._set_pin()
        elif page is self.children_page:
            self._save_region()
            self._advance()
        elif page is self.connect_page:
            self._connect()
        elif page is self.done_page:
            assert self.result is not None
            self.setup_finished.emit(self.result, self.demo)
        else:
            self._advance()

    def _advance(self) -> None:
        index = self.order.index(self.current)
        self._go(self.order[index + 1])

    def _can_continue(self) -> bool:
        page = self.current
        if page is self.consent_page:
            return all(box.isChecked() for box in self.consent_boxes)
        if page is self.pin_page:
            return bool(self.pin_field.text()) and bool(self.pin_confirm.text())
        if page is self.recovery_page:
            return self.recovery_written.isChecked()
        if page is self.children_page:
            region_chosen = (
                not self.region_box.isVisibleTo(self) or self.region_box.currentData() is not None
            )
            return bool(self.added_children) and region_chosen
        if page is self.connect_page:
            return self.demo_box.isChecked() or bool(self.key_field.text().strip())
        return True

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(not self._busy and self._can_continue())
        self.back_button.setEnabled(self.order.index(self.current) > 0 and self._can_go_back())
        self.busy_label.setVisible(self._busy)

    def _run(self, op: Callable[[], object], success: Callable[[object], None]) -> None:
        """A slow core call off the GUI thread; its refusal shows on the current page."""
        self._busy = True
        self._update_buttons()
        page = self.current

        def done(result: object) -> None:
            self._busy = False
            success(result)
            self._update_buttons()

        def failed(error: Exception) -> None:
            self._busy = False
            page.show_problem(_message(error))
            self._update_buttons()

        QueryOp(parent=self, op=op, success=done).failure(failed).run_in_background()

    # ----- steps ----------------------------------------------------------------------------
    def _pass_gate(self) -> None:
        secret = self.gate_field.text()
        store, admin = self.store, self.admin_pin_hash

        def passed(gate: object) -> None:
            assert isinstance(gate, GatePass)
            self.gate = gate
            self.gate_field.clear()
            self._advance()

        self._run(lambda: pass_setup_gate(store, secret, admin_pin_hash=admin), passed)

    def _new_adult_check(self) -> None:
        self.check = new_adult_check(self.rng, previous=self.check)
        self.adult_prompt.setText(self.check.prompt)
        self.adult_field.clear()

    def _check_adult(self) -> None:
        assert self.check is not None
        if self.check.is_answer(self.adult_field.text()):
            self._advance()
            return
        self._new_adult_check()
        self.adult_page.show_problem(words("family.adult_check.wrong"))

    def _on_pin_typed(self, text: str) -> None:
        self.pin_page.show_problem("")  # the live hint below replaces any earlier refusal
        problem = pin_problem(text, today=self.today()) if text else None
        if problem is not None:
            self.pin_hint.setText(words(f"family.pin_problems.{problem.value}"))
        else:
            self.pin_hint.setText(words("setup.pin.ok") if text else "")
        self._update_buttons()

    def _toggle_pin_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pin_field.setEchoMode(mode)
        self.pin_confirm.setEchoMode(mode)

    def _set_pin(self) -> None:
        pin = self.pin_field.text()
        if pin != self.pin_confirm.text():
            self.pin_page.show_problem(words("setup.pin.mismatch"))
            self.pin_confirm.clear()
            return
        plan = SetupPlan(pin=pin, consent=ConsentAnswers.all_confirmed(), children=())
        store, gate, admin, setup = self.store, self.gate, self.admin_pin_hash, self._setup

        def saved(result: object) -> None:
            assert isinstance(result, SetupResult)
            self.result = result
            self.pin_field.clear()
            self.pin_confirm.clear()
            self.recovery_label.setText(result.recovery_code)
            self._advance()

        self._run(lambda: setup(store, plan, gate=gate, admin_pin_hash=admin), saved)

    def _print_recovery_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            document = QTextDocument()
            document.setPlainText(
                f"{words('setup.recovery.title')}\n\n{self.recovery_label.text()}\n\n"
                f"{words('setup.recovery.intro')}\n{words('setup.recovery.advice')}"
            )
            document.print_(printer)

    def _fill_years(self) -> None:
        this_year = self.today().year
        self.year_box.addItem(words("setup.children.year"), None)
        for year in range(this_year, this_year - ADULT_AGE - 1, -1):
            self.year_box.addItem(str(year), year)

    def add_child(self) -> None:
        assert self.result is not None
        month = self.month_box.currentData()
        year = self.year_box.currentData()
        nickname = self.nickname_field.text()
        page = self.children_page
        if not nickname.strip() or month is None or year is None:
            page.show_problem(words("setup.children.incomplete"))
            return
        store, session, today = self.store, self.result.session, self.today()
        picked = next((a for a, b in self.avatar_buttons.items() if b.isChecked()), None)
        chosen = picked or next_free_avatar(store)

        def added(profile: object) -> None:
            assert isinstance(profile, ChildProfile)
            self.added_children.append(profile)
            note = check_birth(year, month, today=today).note
            if note:
                self.children_notes.setText(note)
            self._show_children()
            self.nickname_field.clear()
            self.month_box.setCurrentIndex(0)
            self.year_box.setCurrentIndex(0)
            for button in self.avatar_buttons.values():
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(True)
            page.show_problem("")
            self.nickname_field.setFocus()

        self._run(
            lambda: add_child(
                store,
                session,
                nickname,
                avatar_id=chosen,
                birth_year=year,
                birth_month=month,
                today=today,
            ),
            added,
        )

    def _show_children(self) -> None:
        today = self.today()
        lines = [
            words("setup.children.child_line", nickname=c.nickname, band=c.age_band(today) or "")
            for c in self.added_children
        ]
        self.children_list.setText(words("setup.children.added") + "\n" + "\n".join(lines))

    def _save_region(self) -> None:
        region = self.region_box.currentData()
        if region is not None and not self.settings.is_locked("crisis_region"):
            self.settings.set("crisis_region", region)

    def _on_key_typed(self, _text: str) -> None:
        self.connection_ok = False
        self.connection_result.setText("")
        self._update_buttons()

    def test_connection(self) -> None:
        key, base_url = self.key_field.text().strip(), self.base_url
        if not key:
            return
        self.connection_result.setText(words("setup.connect.testing"))

        def tested(check: object) -> None:
            self.connection_ok = bool(getattr(check, "ok", False))
            self.connection_result.setText(str(getattr(check, "message", "")))

        self._run(lambda: check_connection(key, base_url), tested)

    def _connect(self) -> None:
        assert self.result is not None
        key = self.key_field.text().strip()
        if self.demo_box.isChecked() and not key:
            self.demo = True
            self._finish_connect(None)
            return
        store, session = self.store, self.result.session
        self.demo = False
        self._run(lambda: save_api_key(store, session, key), self._finish_connect)

    def _finish_connect(self, location: object) -> None:
        self.key_field.clear()
        self.done_demo.setVisible(self.demo)
        if location is KeyLocation.STORE:
            self.done_notes.setText(words("setup.connect.saved_store"))
        self._advance()
