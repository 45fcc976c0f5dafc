"""`hoot report`: the PIN from stdin, then the weekly report written as HTML, PDF or JSON."""

from __future__ import annotations

import io
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import cli
from app.family.kdf import KdfParams
from app.family.pin import store_pin
from app.store import Store
from tests.unit.monitor.conftest import FakeClock
from tests.unit.monitor.seed import seed_week

CHEAP = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
PIN = "4826"


@pytest.fixture
def family(data_dir: Path) -> Path:
    """The seeded week in the test's data folder, with a parent PIN; the store is closed again."""
    clock = FakeClock(datetime(2026, 11, 15, tzinfo=UTC))
    with Store.open(data_dir, clock=clock) as store:
        seed_week(store, clock)
        store_pin(store, PIN, params=CHEAP, check_rules=False)
    return data_dir


def _report(monkeypatch: pytest.MonkeyPatch, stdin: str, *options: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["report", *options])


def test_a_childs_json_report_is_written_privately_after_the_pin(
    family: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Right PIN: the file holds Sam's week, only this user can read it, and it is on record."""
    out = tmp_path / "sam.json"
    status = _report(
        monkeypatch, f"{PIN}\n", "--child", "sam", "--week", "2026-W47", "--out", str(out),
        "--pin-stdin",
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["scope"], data["child"]["nickname"], data["total_minutes"]) == (
        "child",
        "Sam",
        215,
    )
    assert [day["minutes"] for day in data["days"]] == [30, 45, 0, 20, 50, 60, 10]
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert f"Report written to {out}" in capsys.readouterr().out
    with Store.open(family) as store:
        (event,) = [e for e in store.events.between() if e.kind == "report_exported"]
    assert dict(event.details) == {"week": "2026-W47", "format": "json", "scope": "child"}


def test_without_a_child_the_school_report_is_made(
    family: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--all` (or no --child): every profile; the format follows the file name."""
    out = tmp_path / "school.html"
    status = _report(
        monkeypatch, f"{PIN}\n", "--all", "--week", "2026-W47", "--out", str(out), "--pin-stdin"
    )
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert "Hoot weekly report: all profiles" in page
    assert "Zoë" in page
    assert "//" not in page


def test_a_pdf_report(family: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--format pdf` writes a PDF whatever the file is called."""
    out = tmp_path / "report.bin"
    args = ("--child", "Sam", "--week", "2026-W47", "--format", "pdf", "--out", str(out))
    assert _report(monkeypatch, f"{PIN}\n", *args, "--pin-stdin") == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_dash_writes_to_standard_output(
    family: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`--out -` sends the report itself to stdout, for a pipe."""
    args = ("--child", "Sam", "--week", "2026-W47", "--format", "json", "--out", "-")
    assert _report(monkeypatch, f"{PIN}\n", *args, "--pin-stdin") == 0
    assert json.loads(capsysbinary.readouterr().out)["week"] == "2026-W47"


def test_the_report_folder_setting_is_the_default_place(
    family: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --out: `report_folder`/hoot-report-<child>-<week>.<format>."""
    folder = tmp_path / "reports"
    folder.mkdir()
    with Store.open(family) as store:
        store.settings.set("report_folder", str(folder))
    args = ("--child", "Sam", "--week", "2026-W47", "--format", "pdf")
    assert _report(monkeypatch, f"{PIN}\n", *args, "--pin-stdin") == 0
    assert (folder / "hoot-report-Sam-2026-W47.pdf").exists()


def test_a_wrong_pin_writes_nothing(
    family: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Exit 3 (the family's code for a wrong PIN) and no file."""
    out = tmp_path / "sam.html"
    status = _report(monkeypatch, "0000\n", "--child", "Sam", "--out", str(out), "--pin-stdin")
    assert status == 3
    assert not out.exists()


def test_the_pin_must_come_from_stdin(
    family: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No --pin-stdin: a usage error (2) that says how to give the PIN."""
    assert _report(monkeypatch, f"{PIN}\n", "--child", "Sam") == 2
    assert "--pin-stdin" in capsys.readouterr().err


def test_an_unknown_child_is_refused_with_the_names_there_are(
    family: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 1 and the list of children, so a typo is easy to fix."""
    assert _report(monkeypatch, f"{PIN}\n", "--child", "Sma", "--pin-stdin") == 1
    assert "Children on this computer: Sam, Zoë." in capsys.readouterr().err


def test_a_badly_written_week_is_a_usage_error(
    family: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse refuses it with an example of the right form."""
    with pytest.raises(SystemExit) as exited:
        _report(monkeypatch, f"{PIN}\n", "--week", "47", "--pin-stdin")
    assert exited.value.code == 2
    assert "2026-W47" in capsys.readouterr().err


def test_before_set_up_there_is_nothing_to_report(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No database: exit 5 like the other PIN commands, and no database is created."""
    assert _report(monkeypatch, f"{PIN}\n", "--all", "--pin-stdin") == 5
    assert not (data_dir / "hoot.db").exists()
