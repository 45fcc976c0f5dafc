"""A broken machine policy stops Hoot with a clear message for the admin (fail closed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.display import read_text, screenshot, virtual_display, wait_for_window
from tests.e2e.test_first_run import hoot, hoot_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_broken_policy_stops_hoot_with_a_message(tmp_path: Path) -> None:
    """A typo in the school's policy: Hoot shows what is wrong and exits non-zero."""
    policy = tmp_path / "policy.json"
    policy.write_text('{"version": 1, "setings": {"retention_days": 30}}')
    with virtual_display() as display:
        env = hoot_env(tmp_path / "data", display)
        env["HOOT_POLICY"] = str(policy)
        process = subprocess.Popen(hoot(), env=env)
        try:
            window = wait_for_window(display, "Hoot can.t start", timeout=30)
            text = read_text(screenshot(display, tmp_path / "refusal.png", window))
            assert "policy" in text
            assert "setings" in text
        finally:
            process.terminate()
            code = process.wait(timeout=20)
        assert code != 0
        assert not (tmp_path / "data" / "hoot.db").exists(), "nothing may run on a bad policy"
