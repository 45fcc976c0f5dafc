"""One Hoot per user and data folder: a second launch brings the first window forward."""

from __future__ import annotations

import getpass
import hashlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.paths import data_dir

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
#: How long a second launch waits for the first to answer (ms).
CONNECT_TIMEOUT_MS = 1500


def server_name() -> str:
    """A name private to this user and data folder (two users on one lab PC never meet)."""
    digest = hashlib.sha256(str(data_dir(create=False).resolve()).encode()).hexdigest()[:16]
    return f"hoot-{getpass.getuser()}-{digest}"


def ask_running_instance_to_show() -> bool:
    """True when another Hoot is running here and was asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches and calls `on_activate` on the GUI thread for each.

    Signals: none; the callback is plain.
    """

    def __init__(self, on_activate: Callable[[], None]) -> None:
        super().__init__()
        self._on_activate = on_activate
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        name = server_name()
        if self._server.listen(name):
            return True
        # A name left behind by a Hoot that crashed: no one answered, so take it over.
        QLocalServer.removeServer(name)
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
            self._on_activate()
