"""The graph's canvas: keyboard steps through the entries, a wheel that scrolls the
page unless the graph has focus or Ctrl is held, and plot titles that wrap."""

from __future__ import annotations

import math

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen, QWheelEvent

from companion.ui.shared.focus_ring import paints_own_ring, shows_ring
from companion.ui.shared.illustration import is_dark
from companion.ui.shared.theme import DARK, LIGHT, RING_PX

TITLE_ROW_PX = 30  # pyqtgraph's height for a plot's title: one line at ordinary sizes


class ChartView(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """The plots; takes keyboard focus so Left and Right step through the entries."""

    key_step = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        # One Tab stop, and one name for a screen reader: the view, not its inner canvas
        # (a click on the canvas still focuses the view). The canvas passes a policy on to
        # the view (its focus proxy), so the view's own comes second.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        paints_own_ring(self)  # for the keyboard only, as every control's
        self._least_height = 0
        self._titled: list[pg.PlotItem] = []

    def wrap_title(self, plot: pg.PlotItem) -> None:
        """`plot`'s title breaks into lines on a narrow window or at large text, instead
        of running past the graph's right edge (it never asks for more width than it is
        given, so it never widens the graph either); its row grows to hold the lines,
        and the view with it, so the plot itself keeps its height."""
        self._titled.append(plot)
        title: pg.LabelItem = plot.titleLabel
        # Across the whole graph, over the axis's labels too: above the plot alone, a
        # Spanish title at 175% on an 800x600 screen had 180 of 372 px and broke into
        # four or five lines.
        plot.layout.removeItem(title)
        plot.layout.addItem(title, 0, 0, 1, 3)
        original = title.updateMin

        def fit() -> None:
            width = title.size().width()
            if width > 0 and title.item.textWidth() != width:
                title.item.setTextWidth(width)
            height = math.ceil(title.item.boundingRect().height())
            if height != title.maximumHeight():
                title.setMaximumHeight(height)
                plot.layout.setRowFixedHeight(0, height)
                # Once this layout pass is over: a view resized inside its own resize
                # would keep its old inner size.
                QTimer.singleShot(0, self, self._make_room)

        def update_min() -> None:  # called when the words or their size change
            original()
            title.setMinimumWidth(0)
            fit()

        title.updateMin = update_min
        title.geometryChanged.connect(fit)

    def set_least_height(self, height: int) -> None:
        """The height the plots need; the view is taller by its titles' extra lines."""
        self._least_height = height
        self._make_room()

    def _make_room(self) -> None:
        if self._least_height:
            titles = (plot.titleLabel.maximumHeight() for plot in self._titled)
            extra = sum(max(0, math.ceil(height) - TITLE_ROW_PX) for height in titles)
            self.setMinimumHeight(self._least_height + extra)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Home: -(10**9),
            Qt.Key.Key_End: 10**9,
        }
        step = steps.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        self.key_step.emit(step)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The plots, then the keyboard's focus ring around them: with the graph in focus
        nothing showed it, though Left and Right moved through the entries."""
        super().paintEvent(event)
        if not shows_ring(self):
            return
        painter = QPainter(self.viewport())
        colour = (DARK if is_dark(self.palette()) else LIGHT).focus
        pen = QPen(QColor(colour))
        pen.setWidth(RING_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_PX // 2
        painter.drawRect(self.viewport().rect().adjusted(half, half, -half - 1, -half - 1))

    def _ring_changed(self) -> None:
        self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._ring_changed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._ring_changed()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DynamicPropertyChange:  # keys or pointer: see mark
            self._ring_changed()
        return bool(super().event(event))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel zooms the dates only when the graph has focus or Ctrl is held;
        otherwise it scrolls the page, as over any other part of it."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self.hasFocus() or ctrl:
            super().wheelEvent(event)
            return
        event.ignore()
