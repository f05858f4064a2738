"""The interactive anatomy view: pick a layer, then pick a part of the drawing.

The drawing itself can be used with the mouse (click or tap a part), and with the
keyboard (Tab to it, arrow keys move between parts, Enter or Space picks one). Every
part is also a button in the list beside the drawing, so nothing depends on the
drawing alone. The text about the picked part sits beside the drawing, or below it
when the window is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QToolTip,
    QWidget,
)

from companion.core.learn.anatomy import Anatomy, Layer, Part, svg_id_order
from companion.core.shared.drawing_labels import DrawingLabel, dividers, split_labels
from companion.core.shared.resources import asset_path
from companion.ui.shared.drawing_labels import (
    PlacedLabel,
    labels_height,
    paint_labels,
    place_labels,
)
from companion.ui.shared.illustration import IllustrationView, is_dark
from companion.ui.shared.page_layout import (
    MAX_COLUMN_WIDTH,
    PageScaffold,
    announce,
    back_keys,
    button,
    card,
    label,
)
from companion.ui.shared.single_choice import SwitchBar

SIDE_BY_SIDE_FROM = 700  # px of page width; narrower puts the text below the drawing
HIT_RADIUS = 8  # px: a tap this close to a part's paint counts as on it
CANVAS_MIN_HEIGHT = 340
CANVAS_MAX_HEIGHT = 900
NARROW_CANVAS_MIN_HEIGHT = 500
COMPACT_BELOW = 700  # px of page height; shorter puts the layer buttons beside the back button


class AnatomyCanvas(IllustrationView):
    """A drawing whose parts (SVG element ids) can be picked.

    `part_picked(id)` fires when a part is clicked, tapped, or chosen with Enter/Space.
    """

    part_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.labels: list[DrawingLabel] = []
        self.dividers: list[float] = []  # x of each divider between panels, drawing units
        # The labels as last placed, and the size and font they were placed for: a
        # repaint (a hover, the focus ring) measures and stacks them again only when
        # one of those changed.
        self._placed: tuple[object, list[PlacedLabel]] | None = None
        super().__init__("anatomy_nerve", "", parent, min_height=CANVAS_MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.parts: list[Part] = []
        self.parts_in_paint_order: list[Part] = []
        self.focus_index = -1  # the part the arrow keys are on
        self.picked: str | None = None

    def hasHeightForWidth(self) -> bool:
        return False  # the page gives it a height; the drawing keeps its shape inside

    def marked_svg(self, text: str) -> str:
        # The words are drawn over the drawing at the app's text size (see paintEvent).
        drawing, self.labels = split_labels(text)
        self.dividers = [x for x, _, _ in dividers(text)]  # the pain maps' panels
        self._placed = None
        return drawing

    def placed_labels(self) -> list[PlacedLabel]:
        """Where the labels are drawn, with their words and font."""
        key = (self.size(), self.font().key())
        if self._placed is None or self._placed[0] != key:
            self._placed = (key, place_labels(self, self.labels, self.font(), self.dividers))
        return self._placed[1]

    def labels_height(self) -> int:
        """The least height at which no label covers another."""
        return labels_height(self, self.labels, self.font(), self.dividers)

    def set_layer(self, layer: Layer) -> None:
        self.parts = list(layer.parts)
        order = svg_id_order(asset_path(f"illustrations/{layer.image}.svg"))
        self.parts_in_paint_order = sorted(
            self.parts, key=lambda p: order.index(p.id) if p.id in order else -1
        )
        self.focus_index = -1
        self.picked = None
        self.setAccessibleDescription("")  # it named a part of the drawing before
        self.set_illustration(layer.image, layer.description)
        self.update()

    # --- hit tests --------------------------------------------------------------------
    def _paint_near(self, part_id: str, point: QPointF) -> tuple[int, int]:
        """(alpha right at `point`, most alpha within HIT_RADIUS) of the part's own paint."""
        bounds = self.element_rect(part_id)
        if not bounds.adjusted(-HIT_RADIUS, -HIT_RADIUS, HIT_RADIUS, HIT_RADIUS).contains(point):
            return 0, 0
        size = 2 * HIT_RADIUS + 1
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.translate(HIT_RADIUS - point.x(), HIT_RADIUS - point.y())
        self.renderer.render(painter, part_id, bounds)
        painter.end()
        near = max(
            image.pixelColor(x, y).alpha()
            for y in range(size)
            for x in range(size)
            if (x - HIT_RADIUS) ** 2 + (y - HIT_RADIUS) ** 2 <= HIT_RADIUS**2
        )
        return image.pixelColor(HIT_RADIUS, HIT_RADIUS).alpha(), near

    def part_at(self, point: QPointF) -> Part | None:
        """The part a person means at `point`: among the parts painted there (or within a
        finger's width), the most solidly painted right under it, then the one on top.
        So a bone seen through a see-through muscle can still be picked."""
        best: tuple[int, int] | None = None
        found: Part | None = None
        for z, part in enumerate(self.parts_in_paint_order):
            at, near = self._paint_near(part.id, point)
            if near and (best is None or (at, z) > best):
                best, found = (at, z), part
        return found

    def part_point(self, part_id: str) -> QPoint:
        """A pixel where a click picks this part (for tests and tooltips), or its centre."""
        bounds = self.element_rect(part_id)
        centre = bounds.center().toPoint()
        candidates = [centre]
        step = max(2, round(min(bounds.width(), bounds.height()) / 12))
        for y in range(round(bounds.top()), round(bounds.bottom()) + 1, step):
            candidates.extend(
                QPoint(x, y) for x in range(round(bounds.left()), round(bounds.right()) + 1, step)
            )
        for candidate in candidates:
            found = self.part_at(QPointF(candidate))
            if found is not None and found.id == part_id:
                return candidate
        return centre

    # --- mouse and keyboard -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            part = self.part_at(event.position())
            if part is not None:
                self.move_focus_to(self.parts.index(part))
                self.pick(part.id)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        part = self.part_at(event.position())
        if part is None:
            self.unsetCursor()
            QToolTip.hideText()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), part.name, self)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.parts:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.move_focus(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move_focus(-1)
        elif key == Qt.Key.Key_Home:
            self.move_focus_to(0)
        elif key == Qt.Key.Key_End:
            self.move_focus_to(len(self.parts) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.focus_index < 0:
                self.move_focus_to(0)
            self.pick(self.parts[self.focus_index].id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_focus(self, step: int) -> None:
        if self.focus_index < 0:
            self.move_focus_to(0 if step > 0 else len(self.parts) - 1)
        else:
            self.move_focus_to((self.focus_index + step) % len(self.parts))

    def move_focus_to(self, index: int) -> None:
        self.focus_index = index
        part = self.parts[index]
        self.setAccessibleDescription(
            self.tr("%1. Press Enter to read about it.").replace("%1", part.name)
        )
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.focus_index < 0 and self.parts:
            start = next((i for i, p in enumerate(self.parts) if p.id == self.picked), 0)
            self.move_focus_to(start)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def pick(self, part_id: str) -> None:
        self.picked = part_id
        self.update()
        self.part_picked.emit(part_id)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        paint_labels(painter, self.placed_labels(), is_dark(palette))
        if self.picked:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._ring(self.picked, 6), 8, 8)
        if self.hasFocus() and 0 <= self.focus_index < len(self.parts):
            pen = QPen(QColor(palette.color(QPalette.ColorRole.WindowText)), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._ring(self.parts[self.focus_index].id, 11), 10, 10)
        painter.end()

    def _ring(self, part_id: str, margin: float) -> QRectF:
        return self.element_rect(part_id).adjusted(-margin, -margin, margin, margin)


class AnatomyPage(PageScaffold):
    """Layer buttons, the drawing, and the text about the picked part.

    Emits `card_requested(id)` when the person asks to read a part's card, and `back()`.
    """

    card_requested = Signal(str)
    back = Signal()

    def __init__(
        self, anatomy: Anatomy, card_titles: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Explore the leg"), "", parent)
        self.intro_label.hide()  # the side panel says what to do
        self.anatomy = anatomy
        self.card_titles = card_titles
        self.layer = anatomy.layers[0]
        self.part: Part | None = None

        # The back button shares the title's row, leaving more room for the drawing.
        self.back_button = button(self.tr("← Back to Learn"), accessible=self.tr("Back to Learn"))
        self.back_button.clicked.connect(self.back)
        back_keys(self, self.back)
        self.top_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top_row.setSpacing(16)
        self.column.removeWidget(self.title_label)
        self.top_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.top_row.addWidget(self.title_label, 1)
        self.column.insertLayout(0, self.top_row)

        # The layers and the parts are single-choice lists: one Tab stop each, the arrows
        # move and show.
        self.layers_bar = SwitchBar(self.tr("Layers"))
        for layer in anatomy.layers:
            self.layers_bar.add(
                layer.id, layer.name, accessible=self.tr("Layer: %1").replace("%1", layer.name)
            )
        self.layer_buttons = self.layers_bar.buttons
        self.layers_bar.chosen.connect(self.show_layer)
        self.add(self.layers_bar)
        self.compact = False  # layer buttons in the top row, title hidden

        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(20)
        self.canvas = AnatomyCanvas()
        self.canvas_height = CANVAS_MIN_HEIGHT
        self.canvas.part_picked.connect(self.show_part)
        self.split.addWidget(self.canvas, 3, Qt.AlignmentFlag.AlignTop)
        self.side, side_layout = card()
        self.side.setMinimumWidth(260)
        self.part_heading = label("", "heading")
        self.part_text = label("")
        self.read_button = button("")
        self.read_button.clicked.connect(self._read_card)
        side_layout.addWidget(self.part_heading)
        side_layout.addWidget(self.part_text)
        side_layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addSpacing(8)
        self.parts_heading = label(self.tr("Parts in this drawing"), "muted")
        side_layout.addWidget(self.parts_heading)
        self.parts_box = SwitchBar(self.tr("Parts in this drawing"), vertical=True)
        self.parts_box.chosen.connect(self._pick_from_list)
        side_layout.addWidget(self.parts_box)
        side_layout.addStretch(1)
        self.split.addWidget(self.side, 2, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(self.split)
        self.add(holder)
        self.finish()
        self.part_buttons = self.parts_box.buttons
        self.show_layer(self.layer.id)

    def show_layer(self, layer_id: str) -> None:
        self.layer = self.anatomy.layer(layer_id)
        self.layers_bar.set_current(layer_id)
        self.canvas.set_layer(self.layer)
        self.fit_canvas()
        self.parts_box.clear()
        for part in self.layer.parts:
            choice = self.parts_box.add(part.id, part.name)
            choice.show()  # added to a page that may already be on screen
        self.part_buttons = self.parts_box.buttons
        self.part = None
        self.part_heading.setText(self.layer.name)
        self.part_text.setText(self.layer.intro)
        self.read_button.hide()
        # The layer's own button, which has the keyboard, says its name; the words about
        # it changed beside (or below) the drawing, out of a screen reader's way.
        if self.isVisible():
            announce(self, self.layer.intro)

    def _pick_from_list(self, part_id: str) -> None:
        # The drawing, when Tab comes back to it, is on (and names) the part picked here.
        self.canvas.move_focus_to([p.id for p in self.layer.parts].index(part_id))
        self.canvas.pick(part_id)

    def show_part(self, part_id: str) -> None:
        self.part = self.layer.part(part_id)
        self.parts_box.set_current(part_id)
        self.part_heading.setText(self.part.name)
        self.part_text.setText(self.part.text)
        # The keyboard stays on the drawing or the list, which already says the part's name
        # ("Sciatic nerve. Press Enter to read about it", or the list's "Sciatic nerve"):
        # only the words that changed beside (or below) it are said, so the name is heard
        # once.
        if self.isVisible():
            announce(self, self.part.text)
        if self.part.card:
            title = self.card_titles.get(self.part.card, self.part.card)
            self.read_button.setText(self.tr("Read the card"))
            self.read_button.setAccessibleName(self.tr("Read the card: %1").replace("%1", title))
            self.read_button.setToolTip(title)
            self.read_button.show()
        else:
            self.read_button.hide()

    def _read_card(self) -> None:
        if self.part and self.part.card:
            self.card_requested.emit(self.part.card)

    def set_compact(self, compact: bool) -> None:
        """On a short screen, put the layer buttons in the back button's row and hide the
        page title (the Learn tab and the back button still say where you are), so the
        drawing and its labels can be bigger."""
        if compact == self.compact:
            return
        self.compact = compact
        if compact:
            self.column.removeWidget(self.layers_bar)
            self.top_row.addWidget(self.layers_bar, 1)
        else:
            self.top_row.removeWidget(self.layers_bar)
            self.column.insertWidget(self.column.indexOf(self.intro_label) + 1, self.layers_bar)
        self.title_label.setVisible(not compact)

    def fit_canvas(self) -> None:
        """The height the page gives the drawing, or more when large text needs it for
        the labels (the page scrolls then)."""
        self.canvas.setFixedHeight(self.canvas_height)
        self.canvas.setFixedHeight(max(self.canvas_height, self.canvas.labels_height()))

    def header_height(self) -> int:
        """Pixels of the page above and below the drawing: margins, top row, layer row."""
        spacing = self.column.spacing()
        margins = self.column.contentsMargins()
        rows: list[QWidget] = [self.back_button]
        rows.append(self.layers_bar if self.compact else self.title_label)
        top = max(widget.sizeHint().height() for widget in rows)
        extra = 0 if self.compact else self.layers_bar.sizeHint().height() + spacing
        return margins.top() + top + spacing + extra + margins.bottom() + 8

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_margins(self.width())  # the margins this width has, first (not the viewport's)
        margins = self.column.contentsMargins()
        row_room = min(event.size().width(), MAX_COLUMN_WIDTH) - margins.left() - margins.right()
        # Side by side the text gets two fifths of the row; when the names of the parts
        # (large text) need more, it goes below the drawing.
        side_room = (row_room - self.split.spacing()) * 2 // 5
        narrow = (
            event.size().width() < SIDE_BY_SIDE_FROM or side_room < self.side.sizeHint().width()
        )
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.split.direction() != direction:
            self.split.setDirection(direction)
        row_need = (
            self.back_button.sizeHint().width()
            + self.top_row.spacing()
            + self.layers_bar.sizeHint().width()
        )
        self.set_compact(event.size().height() < COMPACT_BELOW and row_need <= row_room - 24)
        # Side by side, the whole drawing fits on screen below the header, as big as it
        # can be. Narrow, the text is below anyway, so the drawing may be taller.
        room = event.size().height() - self.header_height()
        least = NARROW_CANVAS_MIN_HEIGHT if narrow else CANVAS_MIN_HEIGHT
        self.canvas_height = max(least, min(CANVAS_MAX_HEIGHT, room))
        self.fit_canvas()
        super().resizeEvent(event)
