"""Drawings from `assets/illustrations`, shown in light or dark colours, sharp at any size.

Every illustration is drawn with the colours of the light palette listed in
`assets/illustrations/STYLE.md`. In dark mode each of those colours is swapped for its
dark partner before the SVG is drawn, so one file serves both themes. The view follows
the application palette, so it changes with the theme without being told.

Parts of a drawing that can be picked (a region of the leg, a muscle) are SVG elements
with an `id`; `element_rect` says where one is drawn inside the widget, for hit tests.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.shared.drawing_labels import smallest_font_size
from companion.core.shared.resources import asset_path
from companion.ui.shared.language import interface_language

# Light colour -> dark colour. Keep in step with assets/illustrations/STYLE.md.
DARK_SWAPS = {
    "#1B262C": "#E7EDEF",  # ink: outlines and label text
    "#4B5B63": "#B2C0C6",  # soft ink: leader lines, secondary labels
    "#F3E3D3": "#3B3430",  # skin
    "#E9E4DA": "#5E5850",  # bone
    "#C75B4A": "#E58B7B",  # muscle
    "#8E3B2F": "#F2B3A6",  # muscle detail and tendon
    "#D99A00": "#FFD166",  # nerve
    "#2F6FB0": "#8CC2F2",  # second nerve (the femoral nerve) and cool accents
    "#B42318": "#FF8A80",  # pain
    "#1D6B76": "#7CCBD6",  # movement arrows, "do this"
    "#FFFFFF": "#1B2226",  # paper (label backgrounds)
    "#101A1F": "#0B1114",  # nerve outline: stays dark, so the nerve stands out in dark mode
}


def themed_colour(light: str, dark: bool) -> str:
    """The drawing colour `light` as shown in the theme: in dark mode its dark partner, or
    the colour itself when the table has none for it (never an error while painting)."""
    if not dark:
        return light
    return DARK_SWAPS.get(light.upper(), light)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def swap_to_dark(text: str) -> str:
    """SVG text drawn in the light palette, with each colour swapped for its dark partner."""
    for light, dark_colour in DARK_SWAPS.items():
        text = text.replace(light, dark_colour).replace(light.lower(), dark_colour)
    return text


def illustration_path(name: str, language: str) -> Path:
    """The drawing in `language`: `<name>.<language>.svg` where a drawing has words and
    they were translated, else `<name>.svg` (English words, or none)."""
    translated = asset_path(f"illustrations/{name}.{language}.svg")
    return translated if translated.is_file() else asset_path(f"illustrations/{name}.svg")


def illustration_svg(name: str, dark: bool) -> bytes:
    """The SVG text of the drawing `name` in the interface's language, with dark colours
    if asked."""
    return _svg(name, dark, interface_language())


@cache
def _svg(name: str, dark: bool, language: str) -> bytes:
    text = illustration_path(name, language).read_text(encoding="utf-8")
    return (swap_to_dark(text) if dark else text).encode("utf-8")


class IllustrationView(QWidget):
    """One illustration, scaled to fit while keeping its shape, centred.

    `description` is read out by screen readers, so write what the drawing shows.
    In the dark theme its colours are swapped for their dark partners, unless the view is
    `on_paper`: then it keeps its light colours on a light, rounded backing (a small
    drawing's thin outlines cannot carry it, and its dark skin vanishes on near-black).
    """

    on_paper = False
    PAPER = "#F7F4EF"  # a warm white, the drawings' own light background
    PAPER_PAD = 4  # px of paper around the drawing

    def __init__(
        self, name: str, description: str, parent: QWidget | None = None, *, min_height: int = 160
    ) -> None:
        super().__init__(parent)
        self._name = ""
        self._dark: bool | None = None
        self._smallest_font: float | None = None
        self.renderer = QSvgRenderer(self)
        self.setAccessibleName(description)
        self.setAccessibleDescription(description)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_illustration(name)

    @property
    def name(self) -> str:
        return self._name

    def set_illustration(self, name: str, description: str | None = None) -> None:
        self._name = name
        self._dark = None
        if description is not None:
            self.setAccessibleName(description)
            self.setAccessibleDescription(description)
        self._load()

    def marked_svg(self, text: str) -> str:
        """Override to change the drawing before it is shown (fill a picked region, say).

        `text` is the SVG in light colours; the dark swap comes after, so marks made with
        palette colours follow the theme.
        """
        return text

    def view_box(self) -> QRectF | None:
        """Override to show only part of the drawing, in the SVG's own units (a zoomed
        view); None shows all of it. Hit tests (`element_rect`) follow it."""
        return None

    def redraw(self) -> None:
        """Draw again after what `marked_svg` does has changed."""
        self._dark = None
        self._load()

    def _load(self) -> None:
        dark = is_dark(self.palette())
        if dark == self._dark:
            return
        self._dark = dark
        text = self.marked_svg(illustration_svg(self._name, False).decode("utf-8"))
        self._smallest_font = smallest_font_size(text)
        swapped = swap_to_dark(text) if dark and not self.on_paper else text
        self.renderer.load(QByteArray(swapped.encode("utf-8")))
        box = self.view_box()
        if box is not None:
            self.renderer.setViewBox(box)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._load()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        size = self.renderer.defaultSize()
        return size if size.isValid() else QSize(300, 300)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        view = self.renderer.viewBoxF()
        if view.isEmpty():
            return width
        return max(self.minimumHeight(), round(width * view.height() / view.width()))

    def drawing_rect(self) -> QRectF:
        """Where the whole drawing sits inside the widget."""
        view = self.renderer.viewBoxF()
        if view.isEmpty():
            return QRectF(self.rect())
        scale = min(self.width() / view.width(), self.height() / view.height())
        width, height = view.width() * scale, view.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def smallest_word_px(self) -> float | None:
        """How tall, in pixels, the smallest words left inside the drawing are drawn at the
        widget's size (None when the drawing holds no words)."""
        view = self.renderer.viewBoxF()
        if self._smallest_font is None or view.isEmpty():
            return None
        return self._smallest_font * self.drawing_rect().width() / view.width()

    def to_widget(self, point: QPointF) -> QPointF:
        """A point in the SVG's own units, placed in the widget."""
        view = self.renderer.viewBoxF()
        target = self.drawing_rect()
        scale = target.width() / view.width() if view.width() else 1.0
        return QPointF(
            target.x() + (point.x() - view.x()) * scale,
            target.y() + (point.y() - view.y()) * scale,
        )

    def element_rect(self, element_id: str) -> QRectF:
        """Where the SVG element `element_id` is drawn inside the widget (empty if absent)."""
        if not self.renderer.elementExists(element_id):
            return QRectF()
        bounds = self.renderer.transformForElement(element_id).mapRect(
            self.renderer.boundsOnElement(element_id)
        )
        top_left = self.to_widget(bounds.topLeft())
        bottom_right = self.to_widget(bounds.bottomRight())
        return QRectF(top_left, bottom_right)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        target = self.drawing_rect()
        if self.on_paper and self._dark:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.PAPER))
            painter.drawRoundedRect(target, 8, 8)
            pad = self.PAPER_PAD
            target = target.adjusted(pad, pad, -pad, -pad)
        self.renderer.render(painter, target)
        painter.end()
