"""Icons drawn from the SVGs in `assets/icons`, tinted for the current theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from companion.core.shared.resources import asset_path
from companion.ui.shared.theme import base_point_size


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


def grown_side(widget: QWidget, side: int) -> int:
    """`side` px at the normal text size, grown as `widget`'s lines of text grow (never
    smaller): an icon or a drawing keeps its share beside words of any size. Measured
    against the same font at the normal size, not a fixed line height (17 px for one
    font is 18 for another, and grew everything by 6% at the normal size)."""
    font = widget.font()
    usual = QFont(font)
    usual.setPointSizeF(base_point_size())
    grown = QFontMetricsF(font).height() / QFontMetricsF(usual).height()
    return round(side * max(1.0, grown))


# A new theme, text size or screen (a sharper one): an icon drawn at an exact size is
# drawn again in its colour, at its size in that screen's pixels.
REDRAWN_ON = (
    QEvent.Type.PaletteChange,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
    QEvent.Type.DevicePixelRatioChange,
)


class _Redraw(QObject):
    def __init__(self, widget: QWidget, draw: Callable[[], None]) -> None:
        super().__init__(widget)  # lives as long as the widget
        self._draw = draw

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in REDRAWN_ON:
            self._draw()
        return False


def keep_icon_fresh(widget: QWidget, draw: Callable[[], None], *, now: bool = True) -> None:
    """Call `draw` now (unless `now` is False: drawn already), and again whenever `widget`
    gets a new theme, text size or screen, so an icon drawn at an exact size and colour
    (`tinted_icon(..., side=...)`) never stays in the old theme's colour or size."""
    if now:
        draw()
    widget.installEventFilter(_Redraw(widget, draw))


@cache
def app_icon() -> QIcon:
    """The app's icon; Qt's SVG icon engine draws each size only when it is needed."""
    return QIcon(str(asset_path("icons/app.svg")))
