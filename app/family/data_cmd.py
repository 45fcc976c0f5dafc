"""`hoot data export|delete`: everything stored about one child, out to a file or gone for good.

    printf '%s\\n' "$PIN" | hoot data export --child Mia --pin-stdin --out mia.json
    printf '%s\\n' "$PIN" | hoot data delete --child Mia --pin-stdin --yes

The parent PIN comes from standard input only. Exit codes: 0 done; 1 refused (no such child,
the file exists, the store); 2 usage (no --pin-stdin, delete without --yes, no PIN given);
3 wrong PIN; 4 locked out; 5 Hoot is not set up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.family.access import NoPinSet, ParentSession, unlock_from_stdin
from app.family.children import remove_child
from app.family.command_store import open_for_command
from app.store import ChildProfile, Severity, Store, write_export
from app.text import words

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXPORT_EVENT = "data_exported"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `hoot data`."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help="write everything stored about one child to a JSON file"
    )
    delete = actions.add_parser("delete", help="delete everything stored about one child")
    for action in (export, delete):
        action.add_argument("--child", required=True, metavar="NAME", help="the child's nickname")
        action.add_argument(
            "--pin-stdin",
            action="store_true",
            help="read the parent PIN from the first line of standard input",
        )
    export.add_argument("--out", required=True, metavar="FILE", help="the JSON file to write")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    parser.epilog = (
        "Exit status: 0 done; 1 refused (no such child, file exists); 2 usage; 3 wrong PIN; "
        "4 locked out; 5 Hoot is not set up."
    )


def run(args: argparse.Namespace) -> int:
    """Export or delete one child's data after checking the PIN from stdin."""
    if not args.pin_stdin:
        print(words("family.cli.data_needs_pin_stdin"), file=sys.stderr)
        return EXIT_USAGE
    if args.action == "delete" and not args.yes:
        print(words("family.cli.delete_needs_yes", nickname=args.child), file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out) if args.action == "export" else None
    # lexists: False (not an exception) for a name too long or with a NUL; the write below
    # then says why. A dangling link counts as taken, so it is never written through.
    if out is not None and os.path.lexists(out):
        print(words("family.cli.export_exists", path=out), file=sys.stderr)
        return EXIT_REFUSED
    opened = open_for_command(must_exist=True, not_set_up_message=NoPinSet().message())
    if isinstance(opened, int):
        return opened
    with opened.store as store:
        unlocked = unlock_from_stdin(store)
        if isinstance(unlocked, int):
            return unlocked
        try:
            return _act(store, unlocked, args.child, out)
        finally:
            unlocked.lock()


def _act(store: Store, session: ParentSession, nickname: str, out: Path | None) -> int:
    child = store.profiles.find_by_nickname(nickname)
    if child is None:
        _say_no_such_child(store, nickname)
        return EXIT_REFUSED
    if out is None:
        result = remove_child(store, session, child.id)
        print(
            words(
                "family.cli.deleted",
                nickname=child.nickname,
                messages=result.messages,
                conversations=result.conversations,
            )
        )
        return 0
    try:
        write_export(store, child.id, out)
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the file name
        reason = getattr(error, "strerror", None) or str(error)
        print(words("family.cli.export_failed", path=out, reason=reason), file=sys.stderr)
        return EXIT_REFUSED
    store.events.record(
        child_id=child.id,
        category="data",
        severity=Severity.LOW,
        kind=EXPORT_EVENT,
        details={"via": "command"},
    )
    print(words("family.cli.exported", nickname=child.nickname, path=out))
    return 0


def _say_no_such_child(store: Store, nickname: str) -> None:
    children: list[ChildProfile] = store.profiles.all()
    names = ", ".join(child.nickname for child in children) or words("family.cli.no_children")
    print(words("family.cli.no_such_child", nickname=nickname, names=names), file=sys.stderr)
