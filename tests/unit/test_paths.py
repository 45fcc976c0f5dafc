"""Where Hoot looks for data and for a school's machine policy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import paths


def test_data_dir_is_private_to_the_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """HOOT_DATA_DIR moves the data; the folder is created 0700."""
    target = tmp_path / "somewhere" / "hoot"
    monkeypatch.setenv("HOOT_DATA_DIR", str(target))
    assert paths.data_dir() == target
    assert target.stat().st_mode & 0o777 == 0o700


def test_hoot_policy_is_used_when_the_school_has_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing at the OS location, HOOT_POLICY names the policy (tests, home machines)."""
    monkeypatch.setattr(paths, "os_machine_policy_path", lambda: tmp_path / "etc" / "policy.json")
    monkeypatch.setenv("HOOT_POLICY", str(tmp_path / "mine.json"))
    assert paths.machine_policy_path() == tmp_path / "mine.json"
    assert paths.policy_override_in_use()


def test_a_schools_policy_file_cannot_be_escaped_with_hoot_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A student setting HOOT_POLICY to their own file still gets the school's policy."""
    official = tmp_path / "etc" / "policy.json"
    official.parent.mkdir()
    official.write_text("{}")
    monkeypatch.setattr(paths, "os_machine_policy_path", lambda: official)
    monkeypatch.setenv("HOOT_POLICY", str(tmp_path / "students-own.json"))
    assert paths.machine_policy_path() == official
    assert not paths.policy_override_in_use()


def test_even_a_broken_link_at_the_school_location_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dangling link where the policy should be still means 'a policy was meant here'."""
    official = tmp_path / "policy.json"
    official.symlink_to(tmp_path / "gone.json")
    monkeypatch.setattr(paths, "os_machine_policy_path", lambda: official)
    monkeypatch.setenv("HOOT_POLICY", str(tmp_path / "students-own.json"))
    assert paths.machine_policy_path() == official


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
@pytest.mark.parametrize("xdg", [None, "", "  ", "/srv/xdg-data", "rel/dir", "~/x"])
def test_the_linux_data_folder_is_where_platformdirs_puts_it(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    import platformdirs

    from app import APP_NAME
    from app.paths import data_dir

    monkeypatch.delenv("HOOT_DATA_DIR", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert data_dir(create=False) == Path(platformdirs.user_data_dir(APP_NAME, False))
