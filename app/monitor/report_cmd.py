"""`hoot report`: write a child's (or the school's) weekly report as HTML, PDF or JSON, headless.

    printf '%s\\n' "$PIN" | hoot report --child Sam --week 2026-W47 --format pdf \\
        --out sam.pdf --pin-stdin
    printf '%s\\n' "$PIN" | hoot report --all --format json --out - --pin-stdin

Without `--week`, the last full week. Without `--out`, a file in the report folder setting (or
the current folder). `--out -` writes to standard output. The parent PIN comes from standard
input only. Exit codes: 0 written; 1 refused (no such child, the store, the file); 2 usage (no
--pin-stdin, no PIN given); 3 wrong PIN; 4 locked out; 5 Hoot is not set up.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from app import paths
from app.monitor.reports import IsoWeek, WeeklyReport, weekly_report
from app.policy import MachinePolicy, PolicyError, load_machine_policy
from app.safety.verdict import Severity
from app.settings import Settings
from app.store import ChildProfile, Store, StoreError
from app.store.db import database_path
from app.text import words

EXIT_WRITTEN = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_NOT_SET_UP = 5
FORMATS = ("html", "pdf", "json")
#: The store event that records a report leaving Hoot (no figures in it).
REPORT_EVENT = "report_exported"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `hoot report`."""
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--child", metavar="NAME", help="the child's nickname")
    who.add_argument(
        "--all", action="store_true", help="one report across all profiles (a school's report)"
    )
    parser.add_argument(
        "--week",
        type=_week,
        metavar="YYYY-Www",
        help="the ISO week, e.g. 2026-W47 (default: the last full week)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="html, pdf or json (default: from --out, else html)"
    )
    parser.add_argument("--out", metavar="FILE", help="where to write it; '-' for standard output")
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the parent PIN from the first line of standard input",
    )
    parser.epilog = (
        "Without --child, the report covers every profile. Exit status: 0 written; 1 refused "
        "(no such child, the store, the file); 2 usage; 3 wrong PIN; 4 locked out; "
        "5 Hoot is not set up."
    )


def _week(text: str) -> IsoWeek:
    try:
        return IsoWeek.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(words("monitor.report_cmd.bad_week", week=text)) from None


def run(args: argparse.Namespace) -> int:
    """Check the PIN from stdin, build the report, write it."""
    from app.family.access import unlock_from_stdin

    if not args.pin_stdin:
        print(words("monitor.report_cmd.needs_pin_stdin"), file=sys.stderr)
        return EXIT_USAGE
    folder = paths.data_dir(create=False)
    if not database_path(folder).exists():
        print(words("monitor.report_cmd.not_set_up"), file=sys.stderr)
        return EXIT_NOT_SET_UP
    try:
        policy = load_machine_policy()
    except PolicyError as error:
        print(error.admin_message(), file=sys.stderr)
        return EXIT_REFUSED
    try:
        store = Store.open(folder, recover_interrupted=False)
    except StoreError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_REFUSED
    with store:
        unlocked = unlock_from_stdin(store)
        if isinstance(unlocked, int):
            return unlocked
        try:
            return _write_report(store, policy, args)
        finally:
            unlocked.lock()


def _write_report(store: Store, policy: MachinePolicy | None, args: argparse.Namespace) -> int:
    settings = Settings(store.settings, policy)
    child: ChildProfile | None = None
    if args.child:
        child = store.profiles.find_by_nickname(args.child)
        if child is None:
            names = ", ".join(profile.nickname for profile in store.profiles.all()) or "-"
            print(
                words("monitor.report_cmd.no_such_child", nickname=args.child, names=names),
                file=sys.stderr,
            )
            return EXIT_REFUSED
    now = datetime.now().astimezone()
    week: IsoWeek = args.week or IsoWeek.containing(now.date()).previous()
    form = args.format or _format_of(args.out)
    report = weekly_report(store, None if child is None else child.id, week, now, settings=settings)
    content = render(report, form)
    if args.out == "-":
        _to_stdout(content)
    else:
        target = Path(args.out) if args.out else _default_path(settings, report, form)
        try:
            write_private(target, content)
        except (OSError, ValueError) as error:  # ValueError: a NUL character in the file name
            reason = getattr(error, "strerror", None) or str(error)
            print(
                words("monitor.report_cmd.write_failed", path=target, reason=reason),
                file=sys.stderr,
            )
            return EXIT_REFUSED
        print(words("monitor.report_cmd.written", path=target))
    store.events.record(
        child_id=None if child is None else child.id,
        category="data",
        severity=Severity.LOW,
        kind=REPORT_EVENT,
        details={"week": str(week), "format": form, "scope": "child" if child else "school"},
    )
    return EXIT_WRITTEN


def render(report: WeeklyReport, form: str) -> bytes:
    """The report in `form` ("html", "pdf", "json") as bytes to write."""
    from app.monitor.rendering import render_html, render_json, render_pdf

    if form == "pdf":
        return render_pdf(report)
    if form == "json":
        return render_json(report).encode("utf-8")
    return render_html(report).encode("utf-8")


def write_private(target: Path, content: bytes) -> None:
    """Write the whole file or nothing, readable only by this user (0600 on POSIX)."""
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent if str(target.parent) else ".", prefix=".hoot-report-", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _format_of(out: str | None) -> str:
    suffix = Path(out).suffix.lower().lstrip(".") if out and out != "-" else ""
    return suffix if suffix in FORMATS else "html"


def _default_path(settings: Settings, report: WeeklyReport, form: str) -> Path:
    folder = settings.get("report_folder")
    name = report.child.nickname if report.child else "all"
    safe = re.sub(r"[^\w-]+", "-", name).strip("-") or "child"
    return Path(folder or ".") / f"hoot-report-{safe}-{report.week}.{form}"


def _to_stdout(content: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(content)
    sys.stdout.buffer.flush()
