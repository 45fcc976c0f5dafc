"""One Hoot per user and data folder: a second launch brings the first window forward."""

from __future__ import annotations

import logging
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
#: How long a second launch waits for the first to answer (ms).
CONNECT_TIMEOUT_MS = 1500


def server_name() -> str:
    """A name private to this user and data folder (two users on one lab PC never meet)."""
    folder = zlib.crc32(str(data_dir(create=False).resolve()).encode())
    if hasattr(os, "getuid"):
        user = str(os.getuid())
    else:
        import getpass

        user = getpass.getuser()
    return f"hoot-{user}-{folder:08x}"


def ask_running_instance_to_show() -> bool:
    """True when another Hoot is running here and was asked to come forward.

    On Linux Qt's local server is a Unix socket in TMPDIR or /tmp, so a plain Python socket
    asks (QtNetwork then loads only after the first frame). Elsewhere Qt asks: a named pipe on
    Windows, and macOS may find its temporary folder without TMPDIR.
    """
    if sys.platform.startswith("linux"):
        return _ask_over_unix_socket()
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def _unix_socket_path() -> Path:
    """Where QLocalServer puts `server_name()` on Linux: `QDir::tempPath()` (TMPDIR or /tmp)."""
    return Path(os.environ.get("TMPDIR") or "/tmp") / server_name()


def _ask_over_unix_socket() -> bool:
    path = _unix_socket_path()
    if not path.exists():  # the usual case: no Hoot running, nothing more to load
        return False
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            client.connect(str(path))
            client.sendall(ACTIVATE)
        except OSError:  # left behind by a Hoot that crashed, or not answering
            return False
    return True


class InstanceServer(QObject):
    """Listens for later launches and calls `on_activate` on the GUI thread for each.

    Signals: none; the callback is plain (and may be replaced once the app is up).
    """

    def __init__(self, on_activate: Callable[[], None]) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__()
        self.on_activate = on_activate
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        name = server_name()
        if self._server.listen(name):
            return True
        # A name left behind by a Hoot that crashed: no one answered, so take it over.
        self._server.removeServer(name)
        listening = self._server.listen(name)
        if not listening:
            log.warning("single-instance server not started: %s", self._server.errorString())
        return listening

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE):
            self.on_activate()
