"""The children's profile pictures (`resources/avatars/<id>.svg`)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.paths import resource


def avatar_icon(avatar_id: str) -> QIcon:
    """The picture for `avatar_id`; an empty icon for an unknown one (its name is shown)."""
    path = resource("avatars", f"{avatar_id}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
