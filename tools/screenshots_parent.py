"""Renders every parent-area screen with sample data into docs/parent-*.png (run under Xvfb),
and the example PDF report's pages into docs/report-example.png.

xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96" .venv/bin/python tools/screenshots_parent.py
    [--small FOLDER]

The window is shot at its default size (1180x860). With --small, every page is also shot at the
window's smallest size (960x640) into FOLDER, to check that nothing is cut off.

The sample family lives in a temporary data folder with an in-memory keyring, so nothing on the
machine running this is read or changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_TEMP = Path(tempfile.mkdtemp(prefix="hoot-parent-shots-"))
os.environ["HOOT_DATA_DIR"] = str(_TEMP / "data")
os.environ["HOOT_POLICY"] = str(_TEMP / "no-policy.json")

import keyring  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.family.access import ParentSession  # noqa: E402
from app.family.consent import ConsentAnswers  # noqa: E402
from app.family.first_run import NewChild, SetupPlan, complete_setup  # noqa: E402
from app.family.kdf import KdfParams  # noqa: E402
from app.monitor import events as monitor_events  # noqa: E402
from app.monitor.rendering import render_pdf  # noqa: E402
from app.monitor.reports import IsoWeek, weekly_report  # noqa: E402
from app.policy import parse_policy  # noqa: E402
from app.safety.engine import check  # noqa: E402
from app.safety.verdict import Severity  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import ChildProfile, FilterOutcome, Store  # noqa: E402
from tests.fakes.memory_keyring import MemoryKeyring  # noqa: E402
from tests.unit.monitor.conftest import WEEK_START, FakeClock  # noqa: E402
from tests.unit.monitor.seed import WEEK, seed_week  # noqa: E402
from ui.main import create_application  # noqa: E402
from ui.parent.children import ChildDialog  # noqa: E402
from ui.parent.confirm import ConfirmDialog  # noqa: E402
from ui.parent.pin_dialog import PinDialog  # noqa: E402
from ui.parent.transcripts import TranscriptsPage  # noqa: E402
from ui.parent.window import DEFAULT_SIZE, MINIMUM_SIZE, ParentWindow  # noqa: E402

DOCS = ROOT / "docs"
#: Cheap hashing: the screenshots show screens, not the PIN's slowness.
CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PIN = "583920"
#: The sample week: Wednesday 25 November 2026, in the afternoon.
NOW = datetime(2026, 11, 25, 15, 30, tzinfo=UTC)


class SampleClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def settle(milliseconds: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_idle(window: ParentWindow) -> None:
    for _ in range(100):
        settle(50)
        if not any(page.busy for page in window.page_by_id.values()):
            break
    settle(250)


def save(widget: QWidget, name: str, folder: Path = DOCS) -> None:
    settle()
    path = folder / name
    widget.grab().save(str(path))
    print(f"saved {path}")


class SampleWriter:
    """Writes chats as the chat window would: each side filtered, saved, and its events kept."""

    def __init__(self, store: Store, clock: SampleClock) -> None:
        self.store = store
        self.clock = clock

    def chat(
        self, child: ChildProfile, when: datetime, turns: list[tuple[str, str | None]]
    ) -> None:
        self.clock.now = when
        chat = self.store.history.start_conversation(child.id, "sample").id
        for text, reply in turns:
            self._turn(child, chat, text, reply)

    def _turn(self, child: ChildProfile, chat: int, text: str, reply: str | None) -> None:
        """One turn; no reply when the filter stopped the child's words (a crisis shows the
        help card instead of asking the AI)."""
        store = self.store
        self.clock.now += timedelta(minutes=1)
        verdict = check(text, "in", "8-10")
        outcome = FilterOutcome.from_verdict(verdict)
        message = store.history.add_user_message(chat, verdict.text, outcome)
        monitor_events.record_filter_verdict(
            store,
            child_id=child.id,
            verdict=verdict,
            direction="in",
            message_id=message.id,
            help_region="GB",
        )
        if reply is None:
            return
        self.clock.now += timedelta(minutes=1)
        out = check(reply, "out", "8-10")
        answer = store.history.add_assistant_message(
            chat, out.text, FilterOutcome.from_verdict(out), tokens_in=900, tokens_out=180
        )
        monitor_events.record_filter_verdict(
            store, child_id=child.id, verdict=out, direction="out", message_id=answer.id
        )

    def usage(self, child: ChildProfile, when: datetime, minutes: int) -> None:
        self.clock.now = when
        session = self.store.usage.start(child.id)
        self.store.usage.add_active_seconds(session.id, minutes * 60)
        self.store.usage.end(session.id)


def sample_family(store: Store, clock: SampleClock) -> tuple[ChildProfile, ChildProfile]:
    sam = store.profiles.find_by_nickname("Sam")
    ava = store.profiles.find_by_nickname("Ava")
    if sam is None or ava is None:
        raise SystemExit("the sample children were not made")
    store.settings.set("daily_minutes", 45, child_id=sam.id)
    write = SampleWriter(store, clock)
    monday = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    for offset, minutes in enumerate((30, 45, 20)):
        write.usage(sam, monday + timedelta(days=offset), minutes)
    write.usage(ava, monday + timedelta(days=1, hours=1), 15)
    write.chat(
        sam,
        monday,
        [
            (
                "Can you help with my fractions homework?",
                "Of course! A fraction is part of a whole, like one slice of a pizza.",
            ),
            (
                "Why do volcanoes erupt?",
                "Hot melted rock called magma pushes up from deep inside the Earth.",
            ),
        ],
    )
    write.chat(
        sam,
        monday + timedelta(days=1),
        [
            (
                "Tell me a story about a dragon who loves volcanoes",
                "Once upon a time, a kind dragon called Ember lived beside a sleepy volcano...",
            ),
            (
                "my phone number is 07700 900123",
                "Let's keep your phone number private. Share it only with people you know.",
            ),
            ("you are a stupid idiot", "Let's keep our words kind."),
        ],
    )
    write.chat(
        sam,
        monday + timedelta(days=2),
        [
            (
                "I feel sad because my friend ignored me at school",
                "That sounds hard. Do you want to talk about what happened?",
            ),
            ("Which minecraft world should I build next?", "lets meet up, dont tell your parents"),
        ],
    )
    write.chat(
        ava,
        monday + timedelta(days=1, hours=1),
        [("What do owls eat?", "Owls eat mice, insects and sometimes fish!")],
    )
    write.chat(
        sam,
        monday + timedelta(days=1, hours=3),
        [
            ("Can you help me with my spelling list?", "Yes! Which words are on it?"),
            ("sometimes i want to hurt myself", None),
        ],
    )
    clock.now = NOW
    return sam, ava


def sample_now() -> datetime:
    return NOW.astimezone()


def shoot_pages(window: ParentWindow, names: dict[str, str], folder: Path) -> None:
    for page_id, name in names.items():
        window.show_page(page_id)
        wait_idle(window)
        if page_id == "transcripts":
            page = window.page(page_id)
            assert isinstance(page, TranscriptsPage)
            page.search_edit.setText("volcano")
            page.search()
            wait_idle(window)
            page.hit_list.setCurrentRow(0)
            wait_idle(window)
        save(window, name, folder)


def shoot_small(window: ParentWindow, folder: Path) -> None:
    """Every page at the window's smallest size, scrolled to the top and to the bottom."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(MINIMUM_SIZE)
    settle()
    for page_id in window.page_by_id:
        window.show_page(page_id)
        wait_idle(window)
        page = window.page(page_id)
        bar = page.scroll_area.verticalScrollBar()
        bar.setValue(0)
        save(window, f"small-{page_id}-top.png", folder)
        if bar.maximum() > 0:
            bar.setValue(bar.maximum() // 2)
            save(window, f"small-{page_id}-middle.png", folder)
            bar.setValue(bar.maximum())
            save(window, f"small-{page_id}-bottom.png", folder)
    window.resize(DEFAULT_SIZE)
    settle()


def report_example() -> None:
    """The seeded week's PDF report, its two pages side by side (as the monitor tests render
    it, with pdftoppm)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing (poppler-utils): docs/report-example.png not made")
        return
    clock = FakeClock(WEEK_START)
    store = Store.open(_TEMP / "report-data", clock=clock)
    seeded = seed_week(store, clock)
    after_the_week = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    report = weekly_report(store, seeded.sam.id, IsoWeek.parse(WEEK), after_the_week, tz=UTC)
    pdf = _TEMP / "report.pdf"
    pdf.write_bytes(render_pdf(report, UTC))
    store.close()
    subprocess.run(
        [pdftoppm, "-r", "80", "-png", str(pdf), str(_TEMP / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pages = [QImage(str(path)) for path in sorted(_TEMP.glob("page-*.png"))[:2]]
    margin = 16
    width = margin + sum(page.width() + margin for page in pages)
    height = max(page.height() for page in pages) + 2 * margin
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#C8C8C8"))
    painter = QPainter(sheet)
    x = margin
    for page in pages:
        painter.drawImage(x, margin, page)
        x += page.width() + margin
    painter.end()
    path = DOCS / "report-example.png"
    sheet.save(str(path))
    print(f"saved {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--small", type=Path, help="also shoot every page at 960x640 here")
    options = parser.parse_args()
    DOCS.mkdir(exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    app = create_application()
    clock = SampleClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    store = Store.open(clock=clock)
    complete_setup(
        store,
        SetupPlan(
            pin=PIN,
            consent=ConsentAnswers.all_confirmed(),
            children=(NewChild("Sam", 2016, 5, "owl"), NewChild("Ava", 2019, 9, "fox")),
        ),
        params=CHEAP,
    )
    sam, _ava = sample_family(store, clock)
    settings = Settings(store.settings)

    dialog = PinDialog(
        store, purpose_text="Enter the parent PIN to open the parent area.", params=CHEAP
    )
    dialog.resize(540, 340)
    dialog.show()
    dialog.pin_edit.setText("111222")
    dialog.submit_pin()
    for _ in range(100):
        settle(50)
        if not dialog.busy:
            break
    save(dialog, "parent-pin.png")
    dialog.show_recovery()
    save(dialog, "parent-pin-recovery.png")
    dialog.close()

    window = ParentWindow(store, settings, None, ParentSession(), params=CHEAP, now=sample_now)
    window.resize(DEFAULT_SIZE)
    window.show()
    # Home first, while the sample's serious events are still unread.
    shoot_pages(
        window,
        {
            "home": "parent-home.png",
            "children": "parent-children.png",
            "child_settings": "parent-child-settings.png",
            "transcripts": "parent-transcripts.png",
            "reports": "parent-reports.png",
            "alerts": "parent-alerts.png",
            "connection": "parent-connection.png",
            "data": "parent-data.png",
            "security": "parent-security.png",
        },
        DOCS,
    )
    home = window.page("home")
    bar = home.scroll_area.verticalScrollBar()
    window.show_page("home")
    wait_idle(window)
    bar.setValue(bar.maximum())
    save(window, "parent-home-events.png")

    reports = window.page("reports")
    window.show_page("reports")
    wait_idle(window)
    bar = reports.scroll_area.verticalScrollBar()
    chart = reports.chart  # type: ignore[attr-defined]
    if chart is not None:
        bar.setValue(chart.mapTo(reports.scroll_area.widget(), chart.rect().topLeft()).y() - 80)
        save(window, "parent-reports-chart.png")
    bar.setValue(bar.maximum())
    save(window, "parent-reports-flagged.png")

    # The crisis chat, opened from the list: the list says how serious, the flag what happened.
    transcripts = window.page("transcripts")
    assert isinstance(transcripts, TranscriptsPage)
    window.show_page("transcripts")
    wait_idle(window)
    transcripts.show_chats()
    rows = [
        row for row, chat in enumerate(transcripts.chats) if chat.most_serious is Severity.CRITICAL
    ]
    transcripts.chat_list.setCurrentRow(rows[0] if rows else 0)
    wait_idle(window)
    save(window, "parent-transcripts-crisis.png")

    if options.small is not None:
        shoot_small(window, options.small)

    child_dialog = ChildDialog(lambda details: sam, today=date(2026, 11, 25), parent=window)
    child_dialog.resize(520, 360)
    child_dialog.show()
    save(child_dialog, "parent-add-child.png")
    child_dialog.close()
    from ui.parent.children import child_record, removal_request

    confirm = ConfirmDialog(removal_request(child_record(store, sam.id)), window)
    confirm.show()
    save(confirm, "parent-remove-child.png")
    confirm.close()

    window.lock_now()
    settle()
    if window.pin_dialog is not None:
        window.pin_dialog.close()
    save(window, "parent-locked.png")
    window.close()

    # A school machine: settings locked by the machine policy.
    policy = parse_policy(
        {
            "version": 1,
            "settings": {
                "retention_days": 30,
                "alerts.email_to": "it@school.example",
                "smtp.host": "smtp.school.example",
            },
            "locked": [
                "daily_minutes",
                "quiet_hours",
                "demo_allowed",
                "model",
                "require_pin_to_start",
            ],
            "min_filter_strictness": "standard",
        }
    )
    school = ParentWindow(
        store,
        Settings(store.settings, policy),
        policy,
        ParentSession(),
        params=CHEAP,
        now=sample_now,
    )
    school.resize(DEFAULT_SIZE)
    school.show()
    for page_id, name in (
        ("child_settings", "parent-school-child-settings.png"),
        ("alerts", "parent-school-alerts.png"),
        ("data", "parent-school-data.png"),
    ):
        school.show_page(page_id)
        wait_idle(school)
        save(school, name)
    if options.small is not None:
        school.resize(MINIMUM_SIZE)
        for page_id in ("child_settings", "alerts", "data", "connection"):
            school.show_page(page_id)
            wait_idle(school)
            save(school, f"small-school-{page_id}.png", options.small)
    school.close()
    store.close()
    report_example()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
