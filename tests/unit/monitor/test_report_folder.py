"""The school's report folder gets last week's report once, without anyone asking."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.monitor.report_folder import write_due_reports
from app.policy import parse_policy
from app.settings import Settings
from app.store import Store


def test_last_weeks_report_lands_in_the_folder_once(store: Store, tmp_path: Path) -> None:
    """On the first start of a new week the PDF and HTML appear; a second start adds nothing."""
    folder = tmp_path / "share" / "hoot"
    policy = parse_policy({"version": 1, "settings": {"report_folder": str(folder)}})
    settings = Settings(store.settings, policy)
    store.profiles.add("Sam", "fox", 2016, 5)
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # Wednesday of 2026-W48
    first = write_due_reports(store, settings, now)
    assert str(first.week) == "2026-W47"
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 2
    assert all("2026-W47" in name for name in names)
    assert {name.rsplit(".", 1)[1] for name in names} == {"pdf", "html"}
    assert (folder / names[0]).stat().st_mode & 0o777 == 0o600
    again = write_due_reports(store, settings, now)
    assert again.written == ()


def test_nothing_is_written_without_a_folder(store: Store) -> None:
    """Families without a report folder get nothing written anywhere."""
    store.profiles.add("Sam", "fox", 2016, 5)
    result = write_due_reports(store, Settings(store.settings), datetime.now(UTC))
    assert result.written == ()
