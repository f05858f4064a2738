"""A card's tile on the Learn page (a big button with a small drawing), and a grid of
tiles that drops to one column when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shared.illustration import IllustrationView
from companion.ui.shared.rows import columns_that_fit

THUMB = 72
TWO_COLUMNS_FROM = 600  # px of grid width


class CardTile(QPushButton):
    """Title and one line of text, with the card's drawing beside it when it has one.

    The whole tile is one button: one Tab stop, Enter or Space opens it, and a screen
    reader hears the title and the text.
    """

    def __init__(
        self, title: str, text: str, image: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 12, 14, 12)
        row.setSpacing(14)
        self.thumb: IllustrationView | None = None
        if image:
            self.thumb = IllustrationView(image, "", min_height=THUMB)
            self.thumb.setFixedSize(THUMB, THUMB)
            self.thumb.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            row.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title_label = self._label(title)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = self._label(text)
        self.text_label.setProperty("role", "muted")
        column.addWidget(self.title_label)
        column.addWidget(self.text_label)
        column.addStretch(1)
        row.addLayout(column, 1)

    @staticmethod
    def _label(text: str) -> QLabel:
        widget = QLabel(text)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return widget

    def title(self) -> str:
        return self.title_label.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class TileGrid(QWidget):
    """Tiles in two columns, or one when there is not enough room: when the grid is
    narrower than `TWO_COLUMNS_FROM`, or than two of its widest tile's longest words (a
    long Spanish word at the largest text would be cut off in half the width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self.tiles: list[QWidget] = []
        self._columns = 2

    def set_tiles(self, tiles: list[QWidget]) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = list(tiles)
        self._place()

    def _place(self) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // self._columns, index % self._columns)
            tile.show()
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < self._columns else 0)

    def _widest_tile(self) -> int:
        """The minimum width of the widest tile (its longest word, at this text size)."""
        return max((tile.minimumSizeHint().width() for tile in self.tiles), default=0)

    def minimumSizeHint(self) -> QSize:
        # As narrow as one column: the grid goes to one column rather than widen the page.
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._widest_tile()), hint.height())

    def _fit(self, width: int) -> None:
        gap = self.grid.horizontalSpacing()
        columns = columns_that_fit(width, self._widest_tile(), gap, 2)
        columns = columns if width >= TWO_COLUMNS_FROM else 1
        if columns != self._columns:
            self._columns = columns
            self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a tile's words changed size
            self._fit(self.width())
        return super().event(event)
