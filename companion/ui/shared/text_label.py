"""A wrapping label that remembers how tall it is at each width it was asked about.

Qt's layouts ask a wrapping label for its height at a width again and again while they
lay a page out: every layout above it asks, for its minimum and for its preferred height,
and some (a stacked widget's, a layout's minimum) ask past the memory Qt keeps for them.
A label whose words can be selected answers by laying out its whole text twice, for the
width asked and back for the width it is drawn at; on the Journal page that was about
half the work of showing a saved entry. This label keeps its answers until something
that could change them does: its words, font, style, margins or any of its settings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

_KEEP = 4  # widths remembered; a layout pass asks about one or two


class TextLabel(QLabel):
    """A QLabel whose `heightForWidth` is worked out once for each width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        heights = self._heights
        height = heights.get(width)
        if height is None:
            if len(heights) >= _KEEP:
                heights.clear()
            height = heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        # Font, style (the theme, the text size), margins, direction, language...
        self._heights.clear()
        super().changeEvent(event)

    # Every setting that changes the height (Qt's own calls never reach these: they
    # are for the app's code, the only code that changes a label after it is made).

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def setNum(self, number: float) -> None:
        self._heights.clear()
        super().setNum(number)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setPixmap(self, pixmap: QPixmap) -> None:  # type: ignore[override]
        self._heights.clear()
        super().setPixmap(pixmap)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._heights.clear()
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        self._heights.clear()
        super().setTextInteractionFlags(flags)

    def setMinimumWidth(self, width: int) -> None:
        self._heights.clear()
        super().setMinimumWidth(width)
