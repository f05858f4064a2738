"""Where a drawing puts ink: read once from the drawing rendered at its own size, a
byte a pixel, so that a view can ask at C speed which lines are blank (to open a band for
words there) and whether a box of the drawing is blank (to leave a word where it was)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

# A line of the drawing is blank when no more than this share of it is drawn: thin dashed
# dividers may cross it, a limb may not.
BLANK = 0.006
_DRAWN = bytes(1 if value > 64 else 0 for value in range(256))  # alpha -> drawn or not


class DrawingInk:
    """The drawing's alpha at one pixel a unit of its view box."""

    def __init__(self, renderer: QSvgRenderer) -> None:
        view = renderer.viewBoxF()
        image = QImage(
            max(1, round(view.width())), max(1, round(view.height())), QImage.Format.Format_ARGB32
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
        self.width, self.height = alpha.width(), alpha.height()
        self._stride = alpha.bytesPerLine()
        self._data = bytes(alpha.constBits())

    def _drawn(self, y: int, start: int, end: int) -> int:
        row = y * self._stride
        return self._data[row + start : row + end].translate(_DRAWN).count(1)

    def blank_lines(self) -> list[bool]:
        """For each line of the drawing, whether nothing crosses it."""
        return [self._drawn(y, 0, self.width) <= BLANK * self.width for y in range(self.height)]

    def clear(self, left: int, top: int, right: int, bottom: int) -> bool:
        """Whether nothing at all is drawn in the box, which must lie in the drawing."""
        return not any(self._drawn(y, left, right) for y in range(top, bottom))
