"""A file or folder path shown whole, on as many lines as the width needs.

A label breaks lines only between words, and a folder name often has no spaces: the
label would make the page wider than the window. This text breaks anywhere when it must,
and what is selected and copied is the path itself (a label's hidden break marks would
be copied with it)."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit

NARROWEST_CHARACTERS = 12  # never asks for more width than this: the page decides


class PathText(QTextEdit):
    """Read-only, selectable with the mouse like every label, styled as one (`role`
    "path"): no frame, no scroll bars, as tall as its lines."""

    def __init__(self, path: str, name: str) -> None:
        super().__init__()
        self.setProperty("role", "path")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as a selectable label has
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.setAccessibleName(name)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setPlainText(path)

    _heights: dict[int, int] | None = None  # the height at each width asked (a layout asks often)

    def setPlainText(self, text: str) -> None:
        super().setPlainText(text)
        self._forget()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._heights = None
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        if self._heights is None:
            self._heights = {}
        if width not in self._heights:
            document = self.document().clone()
            document.setDefaultFont(self.font())
            document.setTextWidth(max(1, width - 2 * self.frameWidth()))
            self._heights[width] = ceil(document.size().height()) + 2 * self.frameWidth()
        return self._heights[width]

    def _narrowest(self) -> int:
        return self.fontMetrics().averageCharWidth() * NARROWEST_CHARACTERS

    def sizeHint(self) -> QSize:
        width = max(self.fontMetrics().horizontalAdvance(self.toPlainText()), self._narrowest())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._narrowest(), self.heightForWidth(self._narrowest()))
