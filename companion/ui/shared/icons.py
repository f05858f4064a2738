"""Icons drawn from the SVGs in `assets/icons`, tinted for the current theme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from companion.core.shared.resources import asset_path


@cache
def _svg_text(name: str) -> str:
    return asset_path(f"icons/{name}.svg").read_text(encoding="utf-8")


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def tinted_icon(name: str, colour: str, checked_colour: str | None = None) -> QIcon:
    """An icon whose strokes (`currentColor` in the SVG) take `colour`, and `checked_colour`
    when its button is checked; sharp on high-DPI."""
    icon = QIcon()
    states = [(QIcon.State.Off, colour)]
    if checked_colour not in (None, colour):  # else Qt draws the checked state from Off's
        states.append((QIcon.State.On, checked_colour))
    for state, tint in states:
        svg = _svg_text(name).replace("currentColor", tint)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))  # read once, drawn twice
        for size in (24, 48):  # normal and high-DPI screens; Qt scales between them
            icon.addPixmap(_render(renderer, size), QIcon.Mode.Normal, state)
    return icon


@cache
def app_icon() -> QIcon:
    """The app's icon; Qt's SVG icon engine draws each size only when it is needed."""
    return QIcon(str(asset_path("icons/app.svg")))
