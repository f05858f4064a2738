"""A card's tile on the Learn page (a big button with a small drawing), and a grid of
tiles that drops to one column when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.word_bands import without_words
from companion.ui.shared.icons import grown_side
from companion.ui.shared.illustration import IllustrationView
from companion.ui.shared.rows import ColumnGrid

THUMB = 72
TWO_COLUMNS_FROM = 600  # px of grid width
# Two columns only when each tile's text still holds this many characters a line beside
# its drawing: at 175% on a 1024 px screen two tiles left 14 a line ("Cuánto / suele").
LINE_CHARS = 24
TILE_FRAME = 10 + 14 + 14  # the row's left and right margins and the gap after the drawing


class Thumbnail(IllustrationView):
    """A card's drawing at thumbnail size, without its words: at 72 px no word in it could
    be read (the tile's title and text say what the card is about). On light paper in the
    dark theme: at this size its dark skin and thin outlines vanish on near-black."""

    on_paper = True

    def marked_svg(self, text: str) -> str:
        return without_words(text)


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
        # A tile without a drawing ("When to get help") keeps the drawing's place, so its
        # title and text start where every other tile's do.
        self.picture_place = QWidget()
        if image:
            self.thumb = Thumbnail(image, "", min_height=THUMB)
            self.picture_place = self.thumb
        self.picture_place.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._size_picture()
        row.addWidget(self.picture_place, 0, Qt.AlignmentFlag.AlignTop)
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

    def _size_picture(self) -> None:
        side = grown_side(self, THUMB)  # grows with the text, keeps its share of the tile
        self.picture_place.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._size_picture()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt's push button takes only Space outside a dialog; a tile opens like a link.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.click()
            return
        super().keyPressEvent(event)

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


class TileGrid(ColumnGrid):
    """Tiles in two columns, or one when there is not enough room: when the grid is
    narrower than `TWO_COLUMNS_FROM`, than two tiles whose text holds `LINE_CHARS` a line
    (large text), or than two of its widest tile's longest words (a long Spanish word at
    the largest text would be cut off in half the width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], 2, parent, gap=12)
        self.grid.setVerticalSpacing(12)

    @property
    def tiles(self) -> list[QWidget]:
        return self.items

    def set_tiles(self, tiles: list[QWidget]) -> None:
        for tile in self.items:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.items = list(tiles)
        self._arrange(self.columns, again=True)
        for tile in self.items:
            tile.show()

    def _two_columns_from(self) -> int:
        line = LINE_CHARS * self.fontMetrics().averageCharWidth()
        gap = self.grid.horizontalSpacing()
        return max(TWO_COLUMNS_FROM, 2 * (grown_side(self, THUMB) + TILE_FRAME + line) + gap)

    def _fit(self, width: int) -> None:
        if width < self._two_columns_from():
            self._arrange(1)
        else:
            super()._fit(width)
