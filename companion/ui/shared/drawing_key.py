"""The key of a legend in a drawing ("most people", "some take longer"), drawn by the app
beside its words at the reader's text size.

In the drawing the key was a box 14 units high: at the size a Learn strip is shown it
shrank to a few pixels, and a pale one edged in a thin line all but vanished on the dark
page. Drawn here it is as tall as the words' capitals and a little more, edged in its
colour at full strength (at least 3:1 against either page), filled as the drawing fills
it, so it still matches the bars it names.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from companion.core.shared.word_bands import LegendKey
from companion.ui.shared.illustration import themed_colour


def key_size(font: QFont) -> tuple[float, float]:
    """(width, height) of a key for words in `font`, in px."""
    height = round(QFontMetricsF(font).capHeight() * 1.3)
    return 2.0 * height, float(height)


def paint_key(painter: QPainter, key: LegendKey, rect: QRectF, dark: bool) -> None:
    """Draw `key` filling `rect`: a rounded box, as the drawing's bars are."""
    fill = QColor(themed_colour(key.fill, dark))
    fill.setAlphaF(key.opacity)
    width = max(2.0, rect.height() / 6)
    painter.save()
    painter.setPen(QPen(QColor(themed_colour(key.stroke, dark)), width))
    painter.setBrush(fill)
    inner = rect.adjusted(width / 2, width / 2, -width / 2, -width / 2)
    radius = inner.height() / 2
    painter.drawRoundedRect(inner, radius, radius)
    painter.restore()
