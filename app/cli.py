"""The `hoot` command: no arguments starts the window; subcommands run headless over the core."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol, cast

from app import __version__

#: Subcommand name -> module that provides `add_arguments(parser)` and `run(args) -> int`.
#: Modules are imported only when needed so `hoot filter` never loads Qt or the store.
SUBCOMMANDS: dict[str, tuple[str, str]] = {}


class _Command(Protocol):
    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...
    def run(self, args: argparse.Namespace) -> int: ...


def _command(module_name: str) -> _Command:
    return cast(_Command, importlib.import_module(module_name))


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand's options."""
    parser = argparse.ArgumentParser(
        prog="hoot",
        description="Hoot: a safe AI chat for children. With no command, opens the chat window.",
        epilog="Environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, HOOT_DATA_DIR, HOOT_MODEL, "
        "HOOT_DEMO=1 (see README).",
    )
    parser.add_argument("--version", action="version", version=f"hoot {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="start in demo mode (canned replies, no network)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, summary) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=summary, description=summary)
        _command(module_name).add_arguments(sub_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hoot` script; returns the process exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from ui.main import run_gui  # Qt is loaded only for the window.

        return run_gui(demo=args.demo)
    module_name, _summary = SUBCOMMANDS[args.command]
    return _command(module_name).run(args)


if __name__ == "__main__":
    raise SystemExit(main())
