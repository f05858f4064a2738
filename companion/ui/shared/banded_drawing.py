"""A wide drawing with its words taken out and drawn by Qt, in bands, at the app's text size.

A Learn strip or an exercise figure is shown at the page's width or half of it; its words
would shrink with it. This view draws the drawing without them and opens it, at blank
lines, into bands that hold each row of words (`companion/core/shared/word_bands.py`):
side by side as the drawing set them when they fit, else one under another. No word
covers the drawing, and the view asks for the height its words need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from companion.core.shared.drawing_labels import words_drawn_by_app
from companion.core.shared.word_bands import (
    WordGroup,
    band_at,
    side_by_side,
    word_groups,
    word_rows,
    words_in_bands,
)
from companion.ui.shared.drawing_labels import wrapped
from companion.ui.shared.illustration import DARK_SWAPS, IllustrationView, is_dark
from companion.ui.shared.labelled_drawing import LabelledDrawing

GAP = 6.0  # px between words side by side or above each other, and around a band
# A line of the drawing is blank when no more than this share of it is drawn: thin dashed
# dividers may cross it, a limb may not.
BLANK = 0.006
_DRAWN = bytes(1 if value > 64 else 0 for value in range(256))  # alpha -> drawn or not


def _height(font: QFont, lines: int) -> float:
    metrics = QFontMetricsF(font)
    return metrics.lineSpacing() * (lines - 1) + metrics.height()


@dataclass(frozen=True)
class PlacedWords:
    """A group of words as drawn: its lines after wrapping, its box in widget pixels."""

    group: WordGroup
    lines: tuple[str, ...]
    rect: QRectF
    font: QFont


@dataclass(frozen=True)
class Layout:
    """Where things go at one width: the drawing's slices (part of the drawing, in its own
    units, and where it is drawn) and the words."""

    slices: list[tuple[QRectF, QRectF]]
    words: list[PlacedWords]
    height: float


class BandedDrawing(IllustrationView):
    """An illustration whose words sit in bands of their own; `height_cap` is the most
    height the drawing itself may take (its words add to it)."""

    def __init__(
        self,
        name: str,
        description: str,
        parent: QWidget | None = None,
        *,
        min_height: int = 160,
        height_cap: int = 16777215,
    ) -> None:
        self.groups: list[WordGroup] = []
        self._blank: list[bool] = []
        self._cap = height_cap
        self._layout: tuple[object, Layout] | None = None
        super().__init__(name, description, parent, min_height=min_height)

    def marked_svg(self, text: str) -> str:
        drawing, self.groups = word_groups(text)
        self._blank = []
        self._layout = None
        return drawing

    def _blank_lines(self) -> list[bool]:
        """For each line of the drawing, in its own units, whether nothing crosses it."""
        if not self._blank:
            view = self.renderer.viewBoxF()
            image = QImage(
                max(1, round(view.width())),
                max(1, round(view.height())),
                QImage.Format.Format_ARGB32,
            )
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            self.renderer.render(painter)
            painter.end()
            alpha = image.convertToFormat(QImage.Format.Format_Alpha8)  # a byte a pixel
            width, stride = alpha.width(), alpha.bytesPerLine()
            data = bytes(alpha.constBits())
            self._blank = [  # read a line at a time, at C speed
                data[y * stride : y * stride + width].translate(_DRAWN).count(1) <= BLANK * width
                for y in range(alpha.height())
            ]
        return self._blank

    def _scale(self, width: float) -> float:
        view = self.renderer.viewBoxF()
        if view.isEmpty():
            return 1.0
        return min(width / view.width(), self._cap / view.height())

    def layout_for(self, width: float) -> Layout:
        key = (width, self.font().key())
        if self._layout is not None and self._layout[0] == key:
            return self._layout[1]
        result = self._arrange(width)
        self._layout = (key, result)
        return result

    def _arrange(self, width: float) -> Layout:
        view = self.renderer.viewBoxF()
        if view.isEmpty():
            return Layout([], [], 0)
        scale = self._scale(width)
        left = (width - view.width() * scale) / 2
        blank = self._blank_lines()
        # Each row of words, at the line where the drawing opens for it.
        cuts: dict[float, list[list[WordGroup]]] = {}
        for row in word_rows(self.groups):
            top = min(g.top for g in row) - view.y()
            bottom = max(g.bottom for g in row) - view.y()
            cuts.setdefault(band_at(top, bottom, blank), []).append(row)
        slices: list[tuple[QRectF, QRectF]] = []
        words: list[PlacedWords] = []
        y, done = 0.0, 0.0
        for cut in [*sorted(cuts), view.height()]:
            if cut > done:
                part = QRectF(view.x(), view.y() + done, view.width(), cut - done)
                height = (cut - done) * scale
                slices.append((part, QRectF(left, y, view.width() * scale, height)))
                y += height
                done = cut
            for row in side_by_side(cuts.get(cut, [])):
                y += GAP
                placed = self._row(row, width, left, scale, y)
                words.extend(placed)
                y = max(item.rect.bottom() for item in placed) + GAP
        return Layout(slices, words, y)

    def _font(self, group: WordGroup) -> QFont:
        font = QFont(self.font())
        font.setBold(group.bold)
        return font

    def _row(
        self, row: list[WordGroup], width: float, left: float, scale: float, top: float
    ) -> list[PlacedWords]:
        """The row's words side by side, each near where the drawing set it, or one under
        another when one of them would not fit its share of the width."""
        view = self.renderer.viewBoxF()

        def at(x: float) -> float:
            return left + (x - view.x()) * scale

        fonts = [self._font(group) for group in row]
        widths = [
            max(QFontMetricsF(f).horizontalAdvance(part) for part in g.paragraphs)
            for f, g in zip(fonts, row, strict=True)
        ]
        apart = QFontMetricsF(self.font()).height()  # between words side by side
        if sum(widths) + apart * (len(row) - 1) + 2 * GAP <= width:  # on one line each
            return self._spread(row, fonts, widths, (width, apart), at, top)
        bounds = [0.0]
        for one, other in pairwise(row):
            bounds.append((at(one.right) + at(other.left)) / 2)
        bounds.append(width)
        placed: list[PlacedWords] = []
        for index, group in enumerate(row):
            font = self._font(group)
            metrics = QFontMetricsF(font)
            start, end = bounds[index] + GAP / 2, bounds[index + 1] - GAP / 2
            room = end - start
            longest = max(metrics.horizontalAdvance(word) for word in group.text.split())
            if len(row) > 1 and longest > room:
                return self._stacked(row, width, at, top)
            placed.append(self._place(group, font, start, end, at, top))
        return placed

    @staticmethod
    def _spread(
        row: list[WordGroup],
        fonts: list[QFont],
        widths: list[float],
        room: tuple[float, float],
        at: Callable[[float], float],
        top: float,
    ) -> list[PlacedWords]:
        """Each group on one line as near where the drawing set it as it can be, `room`
        being the widget's width and the least space between two groups."""
        width, apart = room
        shifts = [{"middle": 0.5, "end": 1.0}.get(g.anchor, 0.0) for g in row]
        xs = [
            max(GAP, min(width - GAP - w, at(g.x) - s * w))
            for g, w, s in zip(row, widths, shifts, strict=True)
        ]
        for i in range(1, len(xs)):
            xs[i] = max(xs[i], xs[i - 1] + widths[i - 1] + apart)
        xs[-1] = min(xs[-1], width - GAP - widths[-1])
        for i in reversed(range(len(xs) - 1)):
            xs[i] = min(xs[i], xs[i + 1] - apart - widths[i])
        return [
            PlacedWords(g, g.paragraphs, QRectF(x, top, w, _height(f, len(g.paragraphs))), f)
            for g, f, w, x in zip(row, fonts, widths, xs, strict=True)
        ]

    def _stacked(
        self, row: list[WordGroup], width: float, at: Callable[[float], float], top: float
    ) -> list[PlacedWords]:
        placed: list[PlacedWords] = []
        for group in row:
            item = self._place(group, self._font(group), 0.0, width, at, top)
            placed.append(item)
            top = item.rect.bottom() + GAP
        return placed

    @staticmethod
    def _place(
        group: WordGroup,
        font: QFont,
        start: float,
        end: float,
        at: Callable[[float], float],
        top: float,
    ) -> PlacedWords:
        metrics = QFontMetricsF(font)
        lines = wrapped(group.paragraphs, metrics, end - start)
        text_width = min(end - start, max(metrics.horizontalAdvance(line) for line in lines))
        shift = {"middle": 0.5, "end": 1.0}.get(group.anchor, 0.0)
        wanted = at(group.x) - shift * text_width
        x = max(start, min(end - text_width, wanted))
        return PlacedWords(
            group, lines, QRectF(x, top, text_width, _height(font, len(lines))), font
        )

    def placed_labels(self) -> list[PlacedWords]:
        """Where the words are drawn, with their lines and font."""
        return self.layout_for(self.width()).words

    def drawing_rects(self) -> list[QRectF]:
        """Where the parts of the drawing are drawn."""
        return [target for _, target in self.layout_for(self.width()).slices]

    def smallest_word_px(self) -> float | None:
        return float(QFontInfo(self.font()).pixelSize()) if self.groups else None

    def _fit(self) -> None:
        need = max(1, round(self.layout_for(self.width()).height))
        if need != self.minimumHeight() or need != self.maximumHeight():
            self.setFixedHeight(need)

    def set_illustration(self, name: str, description: str | None = None) -> None:
        super().set_illustration(name, description)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def heightForWidth(self, width: int) -> int:
        return max(1, round(self.layout_for(width).height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._layout = None
            self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        whole = self.renderer.viewBoxF()
        for part, target in self.layout_for(self.width()).slices:
            self.renderer.setViewBox(part)
            painter.save()
            painter.setClipRect(target)
            self.renderer.render(painter, target)
            painter.restore()
        self.renderer.setViewBox(whole)
        dark = is_dark(self.palette())
        for item in self.placed_labels():
            group = item.group
            colour = QColor(DARK_SWAPS.get(group.fill, group.fill) if dark else group.fill)
            painter.setFont(item.font)
            painter.setPen(colour)
            metrics = QFontMetricsF(item.font)
            align = {"middle": Qt.AlignmentFlag.AlignHCenter, "end": Qt.AlignmentFlag.AlignRight}
            across = align.get(group.anchor, Qt.AlignmentFlag.AlignLeft)
            for number, line in enumerate(item.lines):
                y = item.rect.top() + number * metrics.lineSpacing()
                box = QRectF(item.rect.left(), y, item.rect.width(), metrics.height())
                painter.drawText(box, across | Qt.AlignmentFlag.AlignTop, line)
        painter.end()


def drawing_view(
    name: str, description: str, *, min_height: int, height_cap: int
) -> IllustrationView:
    """The view for drawing `name`: its words drawn by the app where core says so."""
    if words_drawn_by_app(name):
        return LabelledDrawing(name, description, min_height=min_height, height_cap=height_cap)
    if words_in_bands(name):
        return BandedDrawing(name, description, min_height=min_height, height_cap=height_cap)
    view = IllustrationView(name, description, min_height=min_height)
    view.setMaximumHeight(height_cap)
    return view
