"""The `hoot` command line: version, help, and every subcommand's parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import __version__
from app.cli import SUBCOMMANDS, main


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`hoot --version` answers with the version and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"hoot {__version__}"


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    """`hoot --help` names each command a parent or admin can run."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--demo" in out
    for name in SUBCOMMANDS:
        assert name in out


def test_unknown_command_fails_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """A typo gets a usage message and exit status 2, not a traceback."""
    with pytest.raises(SystemExit) as exited:
        main(["fliter"])
    assert exited.value.code == 2
    assert "unknown command 'fliter'" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_every_subcommand_has_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Each subcommand's module exists and answers `--help` with its own options."""
    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == 0
    assert f"hoot {name}" in capsys.readouterr().out


def test_version_runs_without_qt() -> None:
    """`python -m app --version` works in a fresh interpreter and never loads Qt."""
    script = (
        "import sys, runpy; sys.argv=['hoot','--version']\n"
        "try:\n    runpy.run_module('app', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no-qt')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["hoot", __version__, "no-qt"]
