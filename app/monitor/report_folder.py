"""Weekly reports written by themselves into the school's report folder (policy `report_folder`)."""

from __future__ import annotations

import getpass
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.monitor.report_cmd import render, write_private
from app.monitor.reports import IsoWeek, weekly_report
from app.settings import Settings
from app.store import Store

log = logging.getLogger(__name__)

#: The last week whose report went to the folder (internal state, not a parent setting).
LAST_WRITTEN = "monitor.report_folder_last_week"
FORMATS = ("pdf", "html")


@dataclass(frozen=True)
class FolderReports:
    """What one run wrote (nothing when the week's reports were already there)."""

    week: IsoWeek | None
    written: tuple[Path, ...]


def write_due_reports(store: Store, settings: Settings, now: datetime) -> FolderReports:
    """After a week ends, write its report for all of this account's children (PDF and HTML)
    into `report_folder`, once. Files are named by computer account and week, so a lab's
    accounts sharing one folder never overwrite each other. OSError if the folder cannot be
    written (the next start tries again)."""
    folder = settings.get("report_folder")
    if not folder or not store.profiles.all():
        return FolderReports(None, ())
    week = IsoWeek.containing(now.astimezone().date()).previous()
    if store.settings.get(LAST_WRITTEN) == str(week):
        return FolderReports(week, ())
    report = weekly_report(store, None, week, now, settings=settings)
    account = re.sub(r"[^\w-]+", "-", getpass.getuser()).strip("-") or "user"
    target_folder = Path(str(folder))
    target_folder.mkdir(parents=True, exist_ok=True)
    written = []
    for form in FORMATS:
        target = target_folder / f"hoot-report-{account}-{week}.{form}"
        write_private(target, render(report, form))
        written.append(target)
    store.settings.set(LAST_WRITTEN, str(week))
    log.info("weekly report for %s written to the report folder", week)
    return FolderReports(week, tuple(written))
