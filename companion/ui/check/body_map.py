"""Pick where it hurts on a drawing of the back of the body, by mouse, touch or keyboard.

The drawing (`assets/illustrations/body_back.svg`) has one element per region, with the
id ``region_<value>``. Picked regions are filled in the pain colour and listed in the
accessible name, so the choice never rests on colour alone; a plain list of check
boxes beside the map (`RegionList`) offers the same choice for anyone who prefers it.

Keyboard: arrow keys move between regions (up and down the leg, left and right between
the sides), Space picks or un-picks the region in focus. Zoomed in, they move only
among the places in view, so Space never picks one the person cannot see.

The sitting bones are a narrow band on the whole drawing, so the map can zoom in on the
hips (`set_zoomed`): there each band is a comfortable touch target.

The drawing's words ("Seen from behind", "Left", "Right", from the drawing in the
person's language) are taken out of it and drawn at the app's text size
(`arrange_words`), never over a place that can be picked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QCheckBox, QWidget

from companion.core.shared.drawing_labels import DrawingLabel, split_labels
from companion.ui.shared.drawing_labels import GAP, MARGIN, PlacedLabel, paint_labels, wrapped
from companion.ui.shared.focus_ring import paints_own_ring, shows_ring
from companion.ui.shared.illustration import IllustrationView, is_dark, themed_colour
from companion.ui.shared.page_layout import PageScaffold, option_row, scroll_area_around
from companion.ui.shared.rows import ColumnGrid

DRAWING = "body_back"
# The hips in the drawing's own units: the lower back's edge, the buttocks, the sitting
# bones and the top of the thighs. Shown at the map's width, a sitting bone is then at
# least a touch target tall (44 px).
HIPS = QRectF(80, 170, 240, 175)
ZOOMED_WIDTH = (330, 440)  # the map's narrowest and widest size when zoomed in
TALLEST = 520  # px: the whole drawing at its largest, without its words
CLEAR = 6  # px between a word beside the body and the body (its focus ring reaches 5)
RING = 5  # px the focus ring reaches outside its place
SKIN, SOFT_INK, INK, PAIN, MOVE = "#F3E3D3", "#4B5B63", "#1B262C", "#B42318", "#1D6B76"
REGION_STYLE = f'fill="{SKIN}" stroke="{SOFT_INK}" stroke-width="1.5"'


def _side(value: str) -> str:
    if value.endswith("_left"):
        return "left"
    if value.endswith("_right"):
        return "right"
    return "middle"


@dataclass(frozen=True)
class WordsLayout:
    """Where the drawing and its words go in the widget: `band` px of words above the
    drawing, the drawing in `drawing`, each word's box in `placed`."""

    band: float
    drawing: QRectF
    placed: list[PlacedLabel]


@dataclass(frozen=True)
class _Measured:
    label: DrawingLabel
    lines: tuple[str, ...]
    width: float
    height: float
    side: str  # where the drawing puts it: left or right of the body, or above it


def _fit(view: QRectF, width: float, height: float, band: float) -> QRectF:
    """The drawing as large as it fits under a band of words `band` px tall, centred
    there."""
    scale = min(width / view.width(), max(height - band, 1.0) / view.height())
    drawn_width, drawn_height = view.width() * scale, view.height() * scale
    top = band + max(0.0, (height - band - drawn_height) / 2)
    return QRectF((width - drawn_width) / 2, top, drawn_width, drawn_height)


def _band(words: list[_Measured], width: float, space: float) -> tuple[float, list[QRectF]]:
    """(the band's height, each word's box in it). The caption is centred on top; words
    for a side go to that side: on the caption's row if they keep `space` px from it,
    else on one row below if they keep half that from each other, else each on a row of
    its own."""
    boxes: list[QRectF] = []
    top = MARGIN
    for word in words:
        if word.side == "middle":
            boxes.append(QRectF((width - word.width) / 2, top, word.width, word.height))
            top += word.height + GAP
    sides = [word for word in words if word.side != "middle"]
    lefts = [MARGIN if w.side == "left" else width - MARGIN - w.width for w in sides]
    caption = boxes[-1] if boxes else None
    if caption is not None and all(
        left + word.width + space <= caption.left() or left >= caption.right() + space
        for word, left in zip(sides, lefts, strict=True)
    ):
        tops = [caption.top()] * len(sides)
    elif sum(word.width for word in sides) + space / 2 * (len(sides) - 1) <= width - 2 * MARGIN:
        tops = [top] * len(sides)
    else:
        tops = []
        for word in sides:
            tops.append(top)
            top += word.height + GAP
    boxes += [
        QRectF(left, row, word.width, word.height)
        for word, left, row in zip(sides, lefts, tops, strict=True)
    ]
    return max((box.bottom() + GAP for box in boxes), default=0.0), boxes


def arrange_words(
    labels: list[DrawingLabel], font: QFont, size: tuple[float, float], view: QRectF, body: QRectF
) -> WordsLayout:
    """Where the words go in a widget of `size` showing `view` (the SVG's units) of a
    drawing whose places to pick all lie in `body`.

    Words the drawing puts beside the body ("Left", "Right") stay there when each fits
    between the widget's edge and the body; otherwise they join the caption in a band
    above the drawing, each on its own side. No word covers another, the body, or an edge.
    """
    width, height = size
    metrics = QFontMetricsF(font)
    words: list[_Measured] = []
    for label in labels:
        lines = wrapped(label.lines, metrics, max(width - 2 * MARGIN, 1.0))
        x = label.box[0]
        words.append(
            _Measured(
                label,
                lines,
                max(metrics.horizontalAdvance(line) for line in lines),
                metrics.lineSpacing() * (len(lines) - 1) + metrics.height(),
                "left" if x < body.left() else "right" if x > body.right() else "middle",
            )
        )
    words.sort(key=lambda word: word.side != "middle")  # the caption first, on top
    above = [word for word in words if word.side == "middle"]
    band, boxes = _band(above, width, metrics.height())
    drawing = _fit(view, width, height, band)
    scale = drawing.width() / view.width()
    beside: list[QRectF] = []
    for word in words[len(above) :]:
        x, y = word.label.box[0], word.label.box[1]
        edge = body.left() if word.side == "left" else body.right()
        edge_px = drawing.left() + (edge - view.left()) * scale
        want = drawing.left() + (x - view.left()) * scale - word.width / 2
        if word.side == "left":
            left = min(max(MARGIN, want), edge_px - CLEAR - word.width)
            fits = left >= MARGIN
        else:
            left = max(min(width - MARGIN - word.width, want), edge_px + CLEAR)
            fits = left + word.width <= width - MARGIN
        if not fits or not view.top() <= y <= view.bottom():  # all go above the drawing
            band, boxes = _band(words, width, metrics.height())
            drawing = _fit(view, width, height, band)
            beside = []
            break
        top = drawing.top() + (y - view.top()) * scale - metrics.ascent()  # y: the baseline
        beside.append(QRectF(left, top, word.width, word.height))
    boxes += beside
    placed = [
        PlacedLabel(word.label, word.lines, box, font, None)
        for word, box in zip(words, boxes, strict=True)
    ]
    return WordsLayout(band, drawing, placed)


class BodyMap(IllustrationView):
    """`regions` are (value, words) pairs from the body-region question, top to bottom."""

    changed = Signal()

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        self.regions = regions
        self.words = dict(regions)
        self.selected: list[str] = []
        self.focused = 0
        self.zoomed = False
        self.labels: list[DrawingLabel] = []
        # The words as last placed, and the size, font and view they were placed for: a
        # repaint (the focus ring) places them again only when one of those changed.
        self._layout: tuple[object, WordsLayout] | None = None
        super().__init__(DRAWING, self.tr("Body map"), parent, min_height=360)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        paints_own_ring(self)  # for the keyboard only, as every control's
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._describe()

    # --- Drawing ----------------------------------------------------------------------

    def view_box(self) -> QRectF | None:
        return HIPS if self.zoomed else None

    def set_zoomed(self, zoomed: bool) -> None:
        """Show only the hips, larger (True), or the whole back of the body (False)."""
        if zoomed == self.zoomed:
            return
        self.zoomed = zoomed
        self.redraw()
        if not self._shown(self.regions[self.focused][0]):
            # The keyboard's place went out of view: to the nearest place above it shown.
            side = _side(self.regions[self.focused][0])
            above = [
                index
                for index, (value, _words) in enumerate(self.regions[: self.focused])
                if self._shown(value) and _side(value) in (side, "middle")
            ]
            self.focused = above[-1] if above else 0
        self._describe()

    def marked_svg(self, text: str) -> str:
        for value in self.selected:
            text = text.replace(
                f'id="region_{value}" {REGION_STYLE}',
                f'id="region_{value}" fill="{PAIN}" fill-opacity="0.55" stroke="{INK}" '
                'stroke-width="2"',
            )
        # The words are drawn at the app's text size (see paintEvent).
        drawing, self.labels = split_labels(text)
        self._layout = None
        return drawing

    def _body(self) -> QRectF:
        """Where the places that can be picked are, in the drawing's own units."""
        body = QRectF()
        for value, _words in self.regions:
            element = f"region_{value}"
            body = body.united(
                self.renderer.transformForElement(element).mapRect(
                    self.renderer.boundsOnElement(element)
                )
            )
        return body

    def _arrange(self, width: float, height: float) -> WordsLayout:
        view = self.renderer.viewBoxF()
        return arrange_words(self.labels, self.font(), (width, height), view, self._body())

    def words_layout(self) -> WordsLayout:
        """Where the drawing and its words are in the widget now."""
        key = (self.size(), self.font().key(), self.renderer.viewBoxF())
        if self._layout is None or self._layout[0] != key:
            self._layout = (key, self._arrange(self.width(), self.height()))
        return self._layout[1]

    def drawing_rect(self) -> QRectF:
        if self.renderer.viewBoxF().isEmpty():
            return super().drawing_rect()
        return self.words_layout().drawing

    def heightForWidth(self, width: int) -> int:
        view = self.renderer.viewBoxF()
        if view.isEmpty():
            return super().heightForWidth(width)
        band = self._arrange(width, 1e6).band  # as tall as the drawing at this width wants
        return max(self.minimumHeight(), round(band + width * view.height() / view.width()))

    def fit_height(self) -> None:
        """Let the map grow as tall as the drawing at its widest plus the words above it,
        so larger words never make the drawing smaller. Call after a new width."""
        self.setMaximumHeight(max(TALLEST, self.heightForWidth(self.maximumWidth())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a new text size: the words need room
            self.fit_height()
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.words_layout()
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Zoomed in, the drawing runs on past the hips: below the words, never over them.
        painter.setClipRect(QRectF(0, layout.band, self.width(), self.height()))
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.renderer.render(painter, layout.drawing)
        if shows_ring(self) and self.regions:
            # The region in keyboard focus gets a thick outline in the "do this" colour.
            pen = QPen(themed_colour(MOVE, dark))
            pen.setWidth(4)
            painter.setPen(pen)
            focused = f"region_{self.regions[self.focused][0]}"
            painter.drawRoundedRect(self.element_rect(focused).adjusted(-3, -3, 3, 3), 8, 8)
        painter.setClipping(False)
        paint_labels(painter, layout.placed, dark)
        painter.end()

    # --- Choosing ---------------------------------------------------------------------

    def _shown(self, value: str) -> bool:
        """Whether any of the region is in view (zoomed in, the lower leg is not)."""
        if not self.zoomed:
            return True
        element = f"region_{value}"
        bounds = self.renderer.transformForElement(element).mapRect(
            self.renderer.boundsOnElement(element)
        )
        return bounds.intersects(HIPS)

    def set_selected(self, values: list[str]) -> None:
        ordered = [v for v, _ in self.regions if v in values]
        if ordered == self.selected:
            return
        self.selected = ordered
        self.redraw()
        self._describe()

    def toggle(self, value: str) -> None:
        chosen = set(self.selected) ^ {value}
        self.set_selected([v for v in self.words if v in chosen])
        self.changed.emit()

    def region_at(self, point: QPointF) -> str | None:
        """The region drawn under `point` (widget coordinates); the smallest if several."""
        if point.y() < self.words_layout().band:  # the words above the drawing
            return None
        found = []
        for value, _ in self.regions:
            rect = self.element_rect(f"region_{value}")
            if rect.contains(point):
                found.append((rect.width() * rect.height(), value))
        return min(found)[1] if found else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        value = self.region_at(event.position())
        if value is None:
            super().mousePressEvent(event)
            return
        self.focused = [v for v, _ in self.regions].index(value)
        self.toggle(value)
        self.update()

    def _move(self, key: int) -> None:
        value = self.regions[self.focused][0]
        side = _side(value)
        order = [v for v, _ in self.regions]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            # The same part on the other side (the person's left is on our left).
            want = "left" if key == Qt.Key.Key_Left else "right"
            if side != want:
                twin = value.removesuffix(f"_{side}") + f"_{want}"
                if twin in order:
                    self.focused = order.index(twin)
            return
        step = 1 if key == Qt.Key.Key_Down else -1
        index = self.focused + step
        while 0 <= index < len(order) and self._shown(order[index]):
            if _side(order[index]) in (side, "middle") or side == "middle":
                self.focused = index
                return
            index += step

    def focus_rect(self) -> QRect:
        """The place the keyboard is on, with its focus ring: what the page keeps in
        view of a map taller than the view (a `FocusPart`)."""
        if not self.regions:
            return self.rect()
        place = self.element_rect(f"region_{self.regions[self.focused][0]}")
        return place.toAlignedRect().adjusted(-RING, -RING, RING, RING)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(key)
            self._describe()
            self.update()
            page = scroll_area_around(self)
            if isinstance(page, PageScaffold):  # the new place, out from behind Back and Next
                page.show_control(self)
            return
        if key == Qt.Key.Key_Space:
            self.toggle(self.regions[self.focused][0])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _describe(self) -> None:
        """Say what is in focus and what is picked, for screen readers and tooltips."""
        if not self.regions:
            return
        value, words = self.regions[self.focused]
        picked = ", ".join(self.words[v] for v in self.selected) or self.tr("nothing yet")
        view = (
            self.tr("Body map of the hips, seen from behind.")
            if self.zoomed
            else self.tr("Body map, seen from behind.")
        )
        self.setAccessibleName(
            (self.tr("%1 %2: picked.") if value in self.selected else self.tr("%1 %2: not picked."))
            .replace("%1", view)
            .replace("%2", words)
        )
        self.setAccessibleDescription(
            self.tr("Arrow keys move between places, Space picks or un-picks. Picked: %1.").replace(
                "%1", picked
            )
        )
        self.setToolTip(self.tr("Picked: %1").replace("%1", picked))


class RegionList(ColumnGrid):
    """The same choice as the map, as check boxes: the left side, the middle, the right.
    When a column is too narrow for its longest word (large text, a small window), the
    boxes go into one column, each left place followed by its right one."""

    changed = Signal()

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        self.boxes: dict[str, QCheckBox] = {}
        rows: list[QWidget] = []
        for value, words in regions:  # in the content's order: left, then right
            box = QCheckBox()
            self.boxes[value] = box
            rows.append(option_row(box, words))  # its words wrap
        self.sides = [_side(value) for value, _words in regions]
        super().__init__(rows, 2, parent, gap=16)
        self.grid.setVerticalSpacing(0)
        for box in self.boxes.values():
            box.toggled.connect(lambda _checked: self.changed.emit())

    def _place(self, columns: int) -> None:
        if columns == 1:
            super()._place(1)
            return
        below = {"left": 0, "right": 0}
        for row, side in zip(self.items, self.sides, strict=True):
            if side == "middle":
                self.grid.addWidget(row, max(below.values()), 0, 1, 2)
                below = dict.fromkeys(below, max(below.values()) + 1)
            else:
                # At the top of its row: its words start level with the other side's.
                column = 0 if side == "left" else 1
                self.grid.addWidget(row, below[side], column, Qt.AlignmentFlag.AlignTop)
                below[side] += 1

    def selected(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, values: list[str]) -> None:
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in values)
            box.blockSignals(False)
