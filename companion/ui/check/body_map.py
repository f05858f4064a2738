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
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QCheckBox, QWidget

from companion.ui.shared.illustration import DARK_SWAPS, IllustrationView, is_dark
from companion.ui.shared.page_layout import option_row
from companion.ui.shared.rows import ColumnGrid

DRAWING = "body_back"
# The hips in the drawing's own units: the lower back's edge, the buttocks, the sitting
# bones and the top of the thighs. Shown at the map's width, a sitting bone is then at
# least a touch target tall (44 px).
HIPS = QRectF(80, 170, 240, 175)
ZOOMED_WIDTH = (330, 440)  # the map's narrowest and widest size when zoomed in
SKIN, SOFT_INK, INK, PAIN, MOVE = "#F3E3D3", "#4B5B63", "#1B262C", "#B42318", "#1D6B76"
REGION_STYLE = f'fill="{SKIN}" stroke="{SOFT_INK}" stroke-width="1.5"'


def _side(value: str) -> str:
    if value.endswith("_left"):
        return "left"
    if value.endswith("_right"):
        return "right"
    return "middle"


class BodyMap(IllustrationView):
    """`regions` are (value, words) pairs from the body-region question, top to bottom."""

    changed = Signal()

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        self.regions = regions
        self.words = dict(regions)
        self.selected: list[str] = []
        self.focused = 0
        self.zoomed = False
        super().__init__(DRAWING, self.tr("Body map"), parent, min_height=360)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus() or not self.regions:
            return
        # The region in keyboard focus gets a thick outline in the "do this" colour.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = DARK_SWAPS[MOVE] if is_dark(self.palette()) else MOVE
        pen = QPen(colour)
        pen.setWidth(4)
        painter.setPen(pen)
        rect = self.element_rect(f"region_{self.regions[self.focused][0]}").adjusted(-3, -3, 3, 3)
        painter.drawRoundedRect(rect, 8, 8)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._move(key)
            self._describe()
            self.update()
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
        rows = []
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
