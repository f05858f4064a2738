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


def _render(renderer: QSvgRenderer, pixels: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels / ratio, pixels / ratio))
    painter.end()
    return pixmap


def tinted_icon(
    name: str,
    colour: str,
    checked_colour: str | None = None,
    *,
    side: int | None = None,
    ratio: float = 1.0,
) -> QIcon:
    """An icon whose strokes (`currentColor` in the SVG) take `colour`, and `checked_colour`
    when its button is checked; sharp on high-DPI.

    Drawn at 24 and 48 px, which Qt scales between; or, given `side` (its size on screen)
    and the screen's pixel `ratio`, drawn once at exactly that size, so an icon that
    follows the text size is as crisp as the words beside it (scaled from 24 px to a
    17 px heading, its strokes were never solid). Draw it again when either changes."""
    drawings = [(24, 1.0), (48, 1.0)]  # (pixels, pixel ratio): normal and high-DPI
    if side is not None:
        drawings = [(max(1, round(side * ratio)), ratio)]
    icon = QIcon()
    states = [(QIcon.State.Off, colour)]
    if checked_colour not in (None, colour):  # else Qt draws the checked state from Off's
        states.append((QIcon.State.On, checked_colour))
    for state, tint in states:
        svg = _svg_text(name).replace("currentColor", tint)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))  # read once for each colour
        for pixels, scale in drawings:
            icon.addPixmap(_render(renderer, pixels, scale), QIcon.Mode.Normal, state)
    return icon


@cache
def app_icon() -> QIcon:
    """The app's icon; Qt's SVG icon engine draws each size only when it is needed."""
    return QIcon(str(asset_path("icons/app.svg")))
