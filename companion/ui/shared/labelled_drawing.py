"""A drawing shown with its words taken out and drawn by Qt at the app's text size.

A pain map or a self-check step is shown small (a Learn card's picture, beside a step's
words); words kept inside the SVG would shrink with it, whatever text size the person
chose. This view draws the drawing without them and places its labels over it with
`place_labels`, each beside where the drawing put it; it asks for the height its labels
need, so the page scrolls rather than the words covering each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from companion.core.shared.drawing_labels import DrawingLabel, dividers, split_labels
from companion.ui.shared.drawing_labels import (
    PlacedLabel,
    labels_height,
    paint_labels,
    panel_edges,
)
from companion.ui.shared.drawing_labels import place_labels as place
from companion.ui.shared.illustration import IllustrationView, is_dark


class LabelledDrawing(IllustrationView):
    """An illustration whose labels follow the text size; `height_cap` is the most height
    the drawing itself may take (its words may ask for more)."""

    def __init__(
        self,
        name: str,
        description: str,
        parent: QWidget | None = None,
        *,
        min_height: int = 160,
        height_cap: int = 16777215,
    ) -> None:
        self.labels: list[DrawingLabel] = []
        self.dividers: list[float] = []  # x of each divider between panels, drawing units
        # The labels as last placed, and the size and font they were placed for.
        self._placed: tuple[object, list[PlacedLabel]] | None = None
        self._least = min_height
        self._cap = height_cap
        super().__init__(name, description, parent, min_height=min_height)
        self.setMaximumHeight(height_cap)

    def marked_svg(self, text: str) -> str:
        drawing, self.labels = split_labels(text)
        self.dividers = [x for x, _, _ in dividers(text)]
        self._placed = None
        return drawing

    def placed_labels(self) -> list[PlacedLabel]:
        """Where the labels are drawn, with their words and font."""
        key = (self.size(), self.font().key())
        if self._placed is None or self._placed[0] != key:
            self._placed = (key, place(self, self.labels, self.font(), self.dividers))
        return self._placed[1]

    def drawing_rect(self) -> QRectF:
        """A drawing of panels sits at the top, as large as the width and the height cap
        let it be, whatever height its labels ask for: some may go under it."""
        view = self.renderer.viewBoxF()
        if not self.dividers or view.isEmpty():
            return super().drawing_rect()
        scale = min(self.width() / view.width(), self._cap / view.height())
        width, height = view.width() * scale, view.height() * scale
        return QRectF((self.width() - width) / 2, 0, width, height)

    def panel_edges(self, label: DrawingLabel) -> tuple[float, float]:
        """The left and right edges, in px, of the panel of the drawing `label` names."""
        return panel_edges(self, label, self.dividers)

    def smallest_word_px(self) -> float | None:
        inside = super().smallest_word_px()
        if not self.labels:
            return inside
        drawn = float(QFontInfo(self.font()).pixelSize())
        return drawn if inside is None else min(inside, drawn)

    def _fit_words(self) -> None:
        """Ask for at least the height at which no label covers another."""
        need = labels_height(self, self.labels, self.font(), self.dividers) if self.labels else 0
        least = max(self._least, need)
        most = max(self._cap, least)
        if (least, most) != (self.minimumHeight(), self.maximumHeight()):
            # The most first: a resize that the least causes fits the words anew.
            self.setMaximumHeight(most)
            self.setMinimumHeight(least)

    def set_illustration(self, name: str, description: str | None = None) -> None:
        super().set_illustration(name, description)
        self._fit_words()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_words()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._placed = None
            self._fit_words()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_labels(painter, self.placed_labels(), is_dark(self.palette()))
        painter.end()
