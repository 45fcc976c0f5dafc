"""Renders every parent-area screen with sample data into docs/parent-*.png (run under Xvfb).

xvfb-run -a -s "-screen 0 1280x1024x24 -dpi 96" .venv/bin/python tools/screenshots_parent.py

The sample family lives in a temporary data folder with an in-memory keyring, so nothing on the
machine running this is read or changed.
"""

from __future__ import annotations

import os
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
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.family.access import ParentSession  # noqa: E402
from app.family.consent import ConsentAnswers  # noqa: E402
from app.family.first_run import NewChild, SetupPlan, complete_setup  # noqa: E402
from app.family.kdf import KdfParams  # noqa: E402
from app.monitor import events as monitor_events  # noqa: E402
from app.policy import parse_policy  # noqa: E402
from app.safety.engine import check  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import ChildProfile, FilterOutcome, Store  # noqa: E402
from tests.fakes.memory_keyring import MemoryKeyring  # noqa: E402
from ui.main import create_application  # noqa: E402
from ui.parent.children import ChildDialog  # noqa: E402
from ui.parent.confirm import ConfirmDialog  # noqa: E402
from ui.parent.pin_dialog import PinDialog  # noqa: E402
from ui.parent.window import ParentWindow  # noqa: E402

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


def save(widget: QWidget, name: str) -> None:
    settle()
    path = DOCS / name
    widget.grab().save(str(path))
    print(f"saved {path}")


class SampleWriter:
    """Writes chats as the chat window would: each side filtered, saved, and its events kept."""

    def __init__(self, store: Store, clock: SampleClock) -> None:
        self.store = store
        self.clock = clock

    def chat(self, child: ChildProfile, when: datetime, turns: list[tuple[str, str]]) -> None:
        self.clock.now = when
        chat = self.store.history.start_conversation(child.id, "sample").id
        for text, reply in turns:
            self._turn(child, chat, text, reply)

    def _turn(self, child: ChildProfile, chat: int, text: str, reply: str) -> None:
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
    clock.now = NOW
    return sam, ava


def sample_now() -> datetime:
    return NOW.astimezone()


def main() -> int:
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
    window.resize(1180, 900)
    window.show()
    names = {
        "home": "parent-home.png",
        "children": "parent-children.png",
        "child_settings": "parent-child-settings.png",
        "transcripts": "parent-transcripts.png",
        "reports": "parent-reports.png",
        "alerts": "parent-alerts.png",
        "connection": "parent-connection.png",
        "data": "parent-data.png",
        "security": "parent-security.png",
    }
    for page_id, name in names.items():
        window.show_page(page_id)
        wait_idle(window)
        if page_id == "transcripts":
            page = window.page(page_id)
            page.search_edit.setText("volcano")
            page.search()
            wait_idle(window)
            page.hit_list.setCurrentRow(0)
            wait_idle(window)
        save(window, name)
        if page_id == "reports":
            reports = window.page(page_id)
            bar = reports.scroll_area.verticalScrollBar()
            chart = reports.chart  # type: ignore[attr-defined]
            if chart is not None:
                bar.setValue(
                    chart.mapTo(reports.scroll_area.widget(), chart.rect().topLeft()).y() - 80
                )
            save(window, "parent-reports-chart.png")

    children = window.page("children")
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
    _ = children

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
            "locked": ["daily_minutes", "quiet_hours", "demo_allowed", "model"],
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
    school.resize(1180, 900)
    school.show()
    for page_id, name in (
        ("child_settings", "parent-school-child-settings.png"),
        ("alerts", "parent-school-alerts.png"),
    ):
        school.show_page(page_id)
        wait_idle(school)
        save(school, name)
    school.close()
    store.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
