"""Logging to a rotating file in the data folder; records hold events, never message text."""

from __future__ import annotations

import logging
import logging.handlers
import os

from app.paths import log_dir

LOG_FILE = "hoot.log"
_HANDLER_NAME = "hoot-file"


def setup_logging(level: int = logging.INFO) -> None:
    """Send Hoot's logs to `<data>/logs/hoot.log` (0600), 1 MB x 3 files.

    Callers log kinds and counts only ("reply failed: offline"), never what a child typed,
    a PIN or a key. If the folder cannot be written, logging goes to stderr instead.
    """
    root = logging.getLogger()
    if any(handler.get_name() == _HANDLER_NAME for handler in root.handlers):
        return
    handler: logging.Handler
    try:
        path = log_dir() / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(path, 0o600)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)
    root.addHandler(handler)
    root.setLevel(level)
    # The HTTP stack logs request details at INFO/DEBUG; keep it quiet.
    for noisy in ("httpx", "httpx2", "httpcore", "anthropic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
