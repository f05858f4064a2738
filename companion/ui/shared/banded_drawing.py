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
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from companion.core.shared.drawing_labels import dividers, panel_at, words_drawn_by_app
from companion.core.shared.row_spread import Spot, spread, spread_rows
from companion.core.shared.word_bands import (
    DashedUpright,
    WordGroup,
    band_at,
    dashed_uprights,
    dividers_between,
    panel_headings,
    rows_at_cuts,
    side_by_side,
    word_groups,
    word_rows,
    words_in_bands,
)
from companion.ui.shared.drawing_ink import DrawingInk
from companion.ui.shared.drawing_key import key_size, paint_key
from companion.ui.shared.drawing_labels import unbroken_words, wrapped
from companion.ui.shared.illustration import IllustrationView, is_dark, themed_colour
from companion.ui.shared.labelled_drawing import LabelledDrawing

GAP = 6.0  # px between words side by side or above each other, and around a band


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
    bands: list[QRectF]  # where the drawing is opened for words


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
        self.dividers: list[tuple[float, float, float]] = []  # between panels: x, top, bottom
        self._dashed: list[DashedUpright] = []
        self._blank: list[bool] = []
        self._ink: DrawingInk | None = None
        self._cap = height_cap
        self._layout: tuple[object, Layout] | None = None
        super().__init__(name, description, parent, min_height=min_height)

    def marked_svg(self, text: str) -> str:
        drawing, self.groups = word_groups(text)
        self.dividers = dividers(drawing)
        self._dashed = dashed_uprights(drawing)
        self._blank = []
        self._ink = None
        self._layout = None
        return drawing

    def _blank_lines(self) -> list[bool]:
        """For each line of the drawing, in its own units, whether nothing crosses it."""
        if self._ink is None:
            self._ink = DrawingInk(self.renderer)
            self._blank = self._ink.blank_lines()
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
            return Layout([], [], 0, [])
        scale = self._scale(width)
        left = (width - view.width() * scale) / 2
        blank = self._blank_lines()
        kept = self._in_place(scale)
        while True:  # each other row of words, at the line where the drawing opens for it
            placed_rows = []
            for row in word_rows([g for i, g in enumerate(self.groups) if i not in kept]):
                top = min(g.top for g in row) - view.y()
                bottom = max(g.bottom for g in row) - view.y()
                placed_rows.append((band_at(top, bottom, blank), row))
            cuts = rows_at_cuts(placed_rows)
            crossed = {  # words the drawing opens across cannot stay where they are
                i for i, box in kept.items() if any(self._inks(i, scale, c) for c in cuts)
            }
            if not crossed:
                break
            dropped = {self._column(self.groups[i]) for i in crossed}
            kept = {i: b for i, b in kept.items() if self._column(self.groups[i]) not in dropped}
        slices: list[tuple[QRectF, QRectF]] = []
        words: list[PlacedWords] = []
        bands: list[QRectF] = []
        y, done = 0.0, 0.0
        for cut in [*sorted(cuts), view.height()]:
            if cut > done:
                part = QRectF(view.x(), view.y() + done, view.width(), cut - done)
                height = (cut - done) * scale
                slices.append((part, QRectF(left, y, view.width() * scale, height)))
                y += height
                done = cut
            opened = y
            for row in side_by_side(cuts.get(cut, [])):
                # Where a band opens across the drawing's dividers, or the words sat
                # beside them, each word keeps to its own panel (above or below them, a
                # heading may run across).
                lines = dividers_between(row, view.y() + cut, self.dividers)
                y += GAP
                placed = []
                for room, share in self._panels(row, lines, width, left, scale):
                    placed.extend(self._row(share, room, left, scale, y))
                words.extend(placed)
                y = max(item.rect.bottom() for item in placed) + GAP
            if y > opened:
                bands.append(QRectF(0, opened, width, y - opened))
        for i, (x, top, text_width, _) in kept.items():
            group = self.groups[i]
            part, target = next((p, t) for p, t in reversed(slices) if p.top() <= group.y)
            at = QRectF(
                left + x * scale,
                target.top() + (top + view.y() - part.top()) * scale,
                text_width * scale,
                _height(self._font(group), 1),
            )
            words.append(PlacedWords(group, group.paragraphs, at, self._font(group)))
        return Layout(slices, words, y, bands)

    def _in_place(self, scale: float) -> dict[int, tuple[float, float, float, float]]:
        """The row names (bold words set from their start, on one line) that fit where the
        drawing set them at the reader's text size, over nothing drawn and clear of each
        other: by their index, their box (x, top, width, height) in the drawing's units
        from its corner. A chart's row names stay beside their bars when there is room
        for all of them, else all go into bands: a chart reads the same way down."""
        view = self.renderer.viewBoxF()
        ink = self._ink
        assert ink is not None  # read with the blank lines, before any word is placed
        kept: dict[int, tuple[float, float, float, float]] = {}
        failed: set[tuple[float, float, str]] = set()
        for index, group in enumerate(self.groups):
            if not group.bold or group.anchor != "start" or len(group.paragraphs) != 1:
                continue
            metrics = QFontMetricsF(self._font(group))
            width = metrics.horizontalAdvance(group.text) / scale
            height = metrics.height() / scale
            x, top = group.x - view.x(), group.y - view.y() - metrics.ascent() / scale
            room = GAP / 2 / scale
            x0, y0 = int(x - room), int(top - room)
            x1, y1 = int(x + width + room) + 1, int(top + height + room) + 1
            box = QRectF(x0, y0, x1 - x0, y1 - y0)
            fits = (
                x0 >= 0
                and y0 >= 0
                and x1 <= ink.width
                and y1 <= ink.height
                and ink.clear(x0, y0, x1, y1)
                and not any(box.intersects(QRectF(*other)) for other in kept.values())
            )
            if fits:
                kept[index] = (x, top, width, height)
            else:
                failed.add(self._column(group))
        for row in word_rows(self.groups):  # a row of headings, too, reads one way
            indices = [self.groups.index(g) for g in row]
            if any(self._column(self.groups[i]) in failed for i in indices):
                failed.update(self._column(self.groups[i]) for i in indices if i in kept)
        return {i: box for i, box in kept.items() if self._column(self.groups[i]) not in failed}

    def _inks(self, index: int, scale: float, cut: float) -> bool:
        """Whether the letters of row name `index` reach across the line `cut` (in the
        drawing's units from its top): from the top of a capital to the lowest tail."""
        group = self.groups[index]
        metrics = QFontMetricsF(self._font(group))
        baseline = group.y - self.renderer.viewBoxF().y()
        return baseline - metrics.capHeight() / scale < cut < baseline + metrics.descent() / scale

    @staticmethod
    def _column(group: WordGroup) -> tuple[float, float, str]:
        """Words of one look set from the same x: a chart's row names."""
        return group.x, group.size, group.fill

    def _panels(
        self, row: list[WordGroup], lines: list[float], width: float, left: float, scale: float
    ) -> list[tuple[tuple[float, float], list[WordGroup]]]:
        """The row's words by the panel they sit in, between the dividers at `lines`, with
        each panel's left and right edges in px; the whole width when there are none, or
        when a word is longer than its panel is wide."""
        view = self.renderer.viewBoxF()
        panels: dict[tuple[float, float], list[WordGroup]] = {}
        for group in row:
            panels.setdefault(panel_at((group.left + group.right) / 2, lines), []).append(group)
        out = []
        for (low, high), part in sorted(panels.items()):
            # Clear of the dividers by half a gap more than of the widget's edges.
            start = 0.0 if low == float("-inf") else left + (low - view.x()) * scale + GAP / 2
            end = width if high == float("inf") else left + (high - view.x()) * scale - GAP / 2
            for group in part:
                metrics = QFontMetricsF(self._font(group))
                if (
                    max(metrics.horizontalAdvance(w) for w in group.text.split())
                    > end - start - GAP
                ):
                    return [((0.0, width), row)]
            out.append(((start, end), part))
        return out

    def _key_px(self, group: WordGroup) -> float:
        """The room a legend's key takes before its words: a box as wide as two of its
        lines' height and a gap (none for words without one)."""
        return 0.0 if group.key is None else key_size(self._font(group))[0] + GAP

    def _font(self, group: WordGroup) -> QFont:
        font = QFont(self.font())
        font.setBold(group.bold)
        return font

    def _row(
        self,
        row: list[WordGroup],
        room: tuple[float, float],
        left: float,
        scale: float,
        top: float,
    ) -> list[PlacedWords]:
        """The row's words side by side between the edges `room`, each near where the
        drawing set it, or one under another when one of them would not fit its share."""
        view = self.renderer.viewBoxF()

        def at(x: float) -> float:
            return left + (x - view.x()) * scale

        fonts = [self._font(group) for group in row]
        widths = [
            max(QFontMetricsF(f).horizontalAdvance(part) for part in g.paragraphs) + self._key_px(g)
            for f, g in zip(fonts, row, strict=True)
        ]
        apart = QFontMetricsF(self.font()).height()  # between words side by side
        low, high = room
        if sum(widths) + apart * (len(row) - 1) + 2 * GAP <= high - low:  # one line each
            return self._spread(row, fonts, widths, (low, high, apart), at, top)
        bounds = [low]
        for one, other in pairwise(row):
            bounds.append((at(one.right) + at(other.left)) / 2)
        bounds.append(high)
        placed: list[PlacedWords] = []
        for index, group in enumerate(row):
            font = self._font(group)
            metrics = QFontMetricsF(font)
            start, end = bounds[index] + GAP / 2, bounds[index + 1] - GAP / 2
            key = self._key_px(group)
            longest = key + max(metrics.horizontalAdvance(w) for w in unbroken_words(group.text))
            lines = wrapped(group.paragraphs, metrics, end - start - key)
            # Side by side only while each keeps to one more line than it has: a name
            # broken into a narrow column reads worse than names one under another.
            if len(row) > 1 and (longest > end - start or len(lines) > len(group.paragraphs) + 1):
                return self._stacked(row, room, at, top)
            placed.append(self._place(group, font, start, end, at, top, key))
        return placed

    def _spread(
        self,
        row: list[WordGroup],
        fonts: list[QFont],
        widths: list[float],
        room: tuple[float, float, float],
        at: Callable[[float], float],
        top: float,
    ) -> list[PlacedWords]:
        """Each group on one line as near where the drawing set it as it can be, under its
        own point and on its side of each dashed level (`row_spread`); `room` is the left
        and right edges and the least space between two groups."""
        low, high, apart = room
        lines = [line.x for line in self._dashed]
        spots = [
            Spot(
                at(g.x) - self._key_px(g),
                g.shift,
                w,
                tuple(at(x) for x in lines if not g.left < x < g.right),
            )
            for g, w in zip(row, widths, strict=True)
        ]
        if panel_headings(row, self.dividers):  # one line, as near their places as they fit
            placed = [(0, x) for x in spread(spots, low + GAP, high - GAP, apart)]
        else:
            placed = spread_rows(spots, low + GAP, high - GAP, apart, GAP)
        step = max(_height(f, len(g.paragraphs)) for g, f in zip(row, fonts, strict=True))
        return [
            PlacedWords(
                g, g.paragraphs, QRectF(x, top + line * step, w, _height(f, len(g.paragraphs))), f
            )
            for g, f, w, (line, x) in zip(row, fonts, widths, placed, strict=True)
        ]

    def _stacked(
        self,
        row: list[WordGroup],
        room: tuple[float, float],
        at: Callable[[float], float],
        top: float,
    ) -> list[PlacedWords]:
        placed: list[PlacedWords] = []
        for group in row:
            item = self._place(group, self._font(group), *room, at, top, self._key_px(group))
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
        key: float = 0.0,
    ) -> PlacedWords:
        metrics = QFontMetricsF(font)
        lines = wrapped(group.paragraphs, metrics, end - start - key)
        text_width = min(end - start, key + max(metrics.horizontalAdvance(line) for line in lines))
        wanted = at(group.x) - key - group.shift * text_width
        x = max(start, min(end - text_width, wanted))
        return PlacedWords(
            group, lines, QRectF(x, top, text_width, _height(font, len(lines))), font
        )

    def _continue_dashes(self, painter: QPainter, dark: bool) -> None:
        """Draw each upright dashed line on across the bands opened over it, but where a
        word is: a divider or a level reads as one line from its top to its bottom."""
        slices = self.layout_for(self.width()).slices
        view = self.renderer.viewBoxF()
        if not self._dashed or not slices or view.isEmpty():
            return
        scale = slices[0][1].width() / view.width()
        room = QRegion()
        for band in self.bands():
            room += band.toAlignedRect()
        for item in self.placed_labels():
            room -= item.rect.adjusted(-GAP / 2, -GAP / 2, GAP / 2, GAP / 2).toAlignedRect()
        painter.save()
        painter.setClipRegion(room)
        for line, where in zip(self._dashed, self.dashed_lines(), strict=True):
            pen = QPen(QColor(themed_colour(line.colour, dark)), line.width * scale)
            pen.setDashPattern([part / line.width for part in line.dashes])
            painter.setPen(pen)
            painter.drawLine(where.topLeft(), where.bottomLeft())
        painter.restore()

    @staticmethod
    def key_rect(item: PlacedWords) -> QRectF:
        """Where the key of a legend's words is drawn: before them, centred on their first
        line (a rect of no size for words without one)."""
        if item.group.key is None:
            return QRectF(item.rect.topLeft(), QSize(0, 0).toSizeF())
        width, height = key_size(item.font)
        middle = item.rect.top() + QFontMetricsF(item.font).height() / 2
        return QRectF(item.rect.left(), middle - height / 2, width, height)

    def covers_drawing(self, rect: QRectF) -> bool:
        """Whether anything drawn lies under `rect` (in px): a word kept in place where
        the drawing set it covers only blank paper, a word in a band none of it."""
        ink = self._ink
        if ink is None:
            return False
        for part, target in self.layout_for(self.width()).slices:
            under = rect.intersected(target)
            if under.isEmpty():
                continue
            scale = target.width() / part.width()
            x0 = max(0, int((under.left() - target.left()) / scale))
            x1 = min(ink.width, int((under.right() - target.left()) / scale) + 1)
            y0 = int(
                part.top() - self.renderer.viewBoxF().y() + (under.top() - target.top()) / scale
            )
            y1 = y0 + int(under.height() / scale) + 1
            if not ink.clear(x0, max(0, y0), x1, min(ink.height, y1)):
                return True
        return False

    def divider_lines(self) -> list[QRectF]:
        """Where each divider between the drawing's panels runs in the widget, from its
        top to its bottom, across the bands opened over it (a rect of no width)."""
        return self._uprights(self.dividers)

    def dashed_lines(self) -> list[QRectF]:
        """Where each upright dashed line of the drawing runs in the widget, as
        `divider_lines` (a divider is one; so is a level such as "about 6 weeks")."""
        return self._uprights([(line.x, line.top, line.bottom) for line in self._dashed])

    def _uprights(self, lines: list[tuple[float, float, float]]) -> list[QRectF]:
        layout = self.layout_for(self.width())
        view = self.renderer.viewBoxF()
        if not layout.slices or view.isEmpty():
            return []
        scale = layout.slices[0][1].width() / view.width()
        left = layout.slices[0][1].left()

        def down(y: float) -> float:  # a height of the drawing, in the widget
            part, target = next((p, t) for p, t in reversed(layout.slices) if p.top() <= y)
            return target.top() + (y - part.top()) * scale

        return [
            QRectF(left + (x - view.x()) * scale, down(top), 0, down(bottom) - down(top))
            for x, top, bottom in lines
        ]

    def bands(self) -> list[QRectF]:
        """Where the drawing is opened for words: the bands between its parts."""
        return self.layout_for(self.width()).bands

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
        self._continue_dashes(painter, dark)
        for item in self.placed_labels():
            group = item.group
            colour = QColor(themed_colour(group.fill, dark))
            painter.setFont(item.font)
            painter.setPen(colour)
            metrics = QFontMetricsF(item.font)
            align = {"middle": Qt.AlignmentFlag.AlignHCenter, "end": Qt.AlignmentFlag.AlignRight}
            across = align.get(group.anchor, Qt.AlignmentFlag.AlignLeft)
            key = self._key_px(group)
            if group.key is not None:
                paint_key(painter, group.key, self.key_rect(item), dark)
                painter.setPen(colour)
            for number, line in enumerate(item.lines):
                y = item.rect.top() + number * metrics.lineSpacing()
                box = QRectF(item.rect.left() + key, y, item.rect.width() - key, metrics.height())
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
