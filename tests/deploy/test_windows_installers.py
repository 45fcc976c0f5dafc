"""The NSIS and WiX (MSI) scripts compile against a staged Windows app tree."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app import __version__
from tests.deploy.packaging import ROOT, staged_windows_app
from tests.e2e.display import require

pytestmark = pytest.mark.slow

SCRIPT = ROOT / "tools" / "build_windows_installers.sh"


def _build(tmp_path: Path, **env: str) -> tuple[Path, Path]:
    require("makensis")
    require("wixl")
    require("wixl-heat")
    app = staged_windows_app(tmp_path / "hoot")
    out = tmp_path / "out"
    subprocess.run(
        [str(SCRIPT), str(app), str(out)],
        env={"PATH": "/usr/bin:/bin", **env},
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return out / f"Hoot-{__version__}-setup.exe", out / f"Hoot-{__version__}.msi"


def test_both_installers_compile(tmp_path: Path) -> None:
    """makensis (warnings are errors) and wixl both produce their installer."""
    setup, msi = _build(tmp_path)
    assert setup.read_bytes()[:2] == b"MZ"
    # An MSI is an OLE compound file; its string pool holds the table values as plain text.
    data = msi.read_bytes()
    assert data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    for expected in (b"hoot.exe", b"LockPolicyFolder", b"CopyPolicyFromShare", b"icacls.exe"):
        assert expected in data
    assert b"PolicyBuiltIn" not in data


def test_a_school_can_build_its_policy_into_the_msi(tmp_path: Path) -> None:
    """With HOOT_MSI_POLICY the policy file becomes the MSI's optional "Policy" feature."""
    _setup, msi = _build(
        tmp_path, HOOT_MSI_POLICY=str(ROOT / "installer" / "linux" / "policy.example.json")
    )
    assert b"PolicyBuiltIn" in msi.read_bytes()


def test_the_nsis_script_offers_silent_policy_and_uninstall_options() -> None:
    """The script documents and handles /S, /POLICY=, /NODESKTOP and /PURGE, per machine."""
    script = (ROOT / "installer" / "windows" / "hoot.nsi").read_text("utf-8")
    for expected in (
        "RequestExecutionLevel admin",
        "SetShellVarContext all",
        '"/POLICY="',
        '"/NODESKTOP"',
        '"/PURGE"',
        "WriteUninstaller",
        "QuietUninstallString",
        "*S-1-5-32-545:(OI)(CI)RX",
    ):
        assert expected in script
