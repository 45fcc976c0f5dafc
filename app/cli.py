"""The `hoot` command: no arguments starts the window; subcommands run headless over the core.

Each subcommand lives in its own module with `add_arguments(parser)` and `run(args) -> int`.
Only the module of the command being run is imported, so `hoot filter` never loads Qt, the
SDK or the store, and a command's module may import what it needs at its top.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, cast

from app import __version__

if TYPE_CHECKING:
    import argparse

#: Subcommand name -> (module, one-line summary for `hoot --help`).
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "filter": ("app.safety.filter_cmd", "check text with the on-device safety filter (JSON lines)"),
    "setup": ("app.family.setup_cmd", "first-run set-up without a window (parent PIN, children)"),
    "data": ("app.family.data_cmd", "export or delete everything stored about one child"),
    "report": ("app.monitor.report_cmd", "write a child's weekly report (HTML, PDF or JSON)"),
    "audit": ("app.monitor.audit_cmd", "check that every safeguard is on and the log is intact"),
    "policy": ("app.policy_cmd", "check a school's machine policy file"),
}


class _Command(Protocol):
    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...
    def run(self, args: argparse.Namespace) -> int: ...


def _command(module_name: str) -> _Command:
    return cast(_Command, importlib.import_module(module_name))


def _top_parser() -> argparse.ArgumentParser:
    import argparse

    commands = "\n".join(f"  {name:<8} {summary}" for name, (_m, summary) in SUBCOMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="hoot",
        description="Hoot: a safe AI chat for children. With no command, opens the chat window.",
        epilog=f"commands:\n{commands}\n\n'hoot COMMAND --help' shows a command's options.\n"
        "Environment: ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, HOOT_MODEL, HOOT_DATA_DIR, "
        "HOOT_POLICY, HOOT_DEMO=1 (see README).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"hoot {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="start in demo mode (practice answers, no network)"
    )
    parser.add_argument("command", nargs="?", metavar="COMMAND", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one subcommand (imports only that command's module)."""
    import argparse

    module_name, summary = SUBCOMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"hoot {name}", description=summary)
    _command(module_name).add_arguments(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hoot` script; returns the process exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments in ([], ["--demo"]):
        # The usual start, straight to the window: no parser needed (it only costs time).
        from ui.main import run_gui

        return run_gui(demo=bool(arguments))
    top = _top_parser()
    parsed = top.parse_args(arguments)
    if parsed.command is None:
        from ui.main import run_gui  # Qt is loaded only for the window.

        return run_gui(demo=parsed.demo)
    if parsed.command not in SUBCOMMANDS:
        top.error(f"unknown command {parsed.command!r}; choose from {', '.join(SUBCOMMANDS)}")
    args = command_parser(parsed.command).parse_args(parsed.arguments)
    module_name, _summary = SUBCOMMANDS[parsed.command]
    return _command(module_name).run(args)


if __name__ == "__main__":
    raise SystemExit(main())
