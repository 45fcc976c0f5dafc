"""One Hoot per user and data folder: a second launch asks the first to come forward."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.single_instance import InstanceServer, ask_running_instance_to_show, server_name

pytestmark = pytest.mark.gui


def test_a_second_launch_reaches_the_running_hoot(qtbot: QtBot, data_dir: Path) -> None:
    calls: list[str] = []
    server = InstanceServer(lambda: calls.append("first"))
    assert server.listen()
    server.on_activate = lambda: calls.append("app")  # the app took over after opening
    assert ask_running_instance_to_show()
    qtbot.waitUntil(lambda: calls == ["app"], timeout=5000)


def test_with_no_hoot_running_the_launch_goes_ahead(data_dir: Path) -> None:
    assert not ask_running_instance_to_show()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Unix socket in TMPDIR")
def test_a_socket_left_by_a_crashed_hoot_is_ignored_then_taken_over(
    qtbot: QtBot, data_dir: Path
) -> None:
    import socket

    path = Path(os.environ.get("TMPDIR") or "/tmp") / server_name()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: as after a crash
    try:
        assert not ask_running_instance_to_show()
        calls: list[str] = []
        server = InstanceServer(lambda: calls.append("new"))
        assert server.listen()
        assert ask_running_instance_to_show()
        qtbot.waitUntil(lambda: calls == ["new"], timeout=5000)
    finally:
        path.unlink(missing_ok=True)
