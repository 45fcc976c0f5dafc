"""Colours and the style sheet for the system's light or dark scheme, from `resources/styles`."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from app.paths import resource

#: The child's text size in points before any Ctrl+plus/minus.
BASE_POINT_SIZE = 14
MIN_POINT_SIZE = 11
MAX_POINT_SIZE = 28


@dataclass(frozen=True)
class Palette:
    """Named colours of one scheme."""

    scheme: str
    colours: dict[str, str]

    def colour(self, name: str) -> QColor:
        return QColor(self.colours[name])


@cache
def _palettes() -> dict[str, dict[str, str]]:
    with resource("styles", "palette.toml").open("rb") as handle:
        return tomllib.load(handle)


def current_scheme() -> str:
    """'dark' when the system asks for dark, else 'light'."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def palette(scheme: str | None = None) -> Palette:
    name = scheme or current_scheme()
    return Palette(name, _palettes()[name])


def style_sheet(scheme: str | None = None, point_size: int = BASE_POINT_SIZE) -> str:
    """The QSS with every @token replaced by the scheme's colour or the text size."""
    tokens = dict(palette(scheme).colours)
    tokens["font_size"] = f"{point_size}pt"
    tokens["title_size"] = f"{round(point_size * 1.4)}pt"
    template = resource("styles", "hoot.qss").read_text(encoding="utf-8")
    return re.sub(r"@([a-z_]+)", lambda match: tokens[match.group(1)], template)


def apply_style(point_size: int = BASE_POINT_SIZE) -> None:
    """Style the whole application for the current scheme at `point_size`.

    The size lives in the style sheet because Qt's style-sheet style overrides fonts set with
    setFont on the widgets it polishes.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QApplication):
        app.setProperty("hoot_point_size", point_size)
        sheet = style_sheet(point_size=point_size)
        if sheet != app.styleSheet():  # the same sheet again would only re-polish every widget
            app.setStyleSheet(sheet)


def current_point_size() -> int:
    app = QGuiApplication.instance()
    size = app.property("hoot_point_size") if app is not None else None
    return int(size) if size else BASE_POINT_SIZE


def owl_icon() -> QIcon:
    return QIcon(str(resource("icons", "hoot.svg")))


def resize_to_default(window: QWidget) -> None:
    """Hoot's usual window size, made smaller on a small screen (the chat, set-up, picker)."""
    screen = window.screen().availableGeometry()
    window.resize(min(760, screen.width()), min(800, screen.height() - 40))


def owl_header(title: QWidget, side: int) -> QHBoxLayout:
    """The row at the top of Hoot's screens: the owl (`side` pixels), then `title` taking the
    rest of the width; callers add their buttons after it."""
    row = QHBoxLayout()
    owl = QLabel()
    owl.setPixmap(owl_icon().pixmap(side, side))
    row.addWidget(owl)
    row.addWidget(title, 1)
    return row
