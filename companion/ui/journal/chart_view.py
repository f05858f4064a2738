"""The graph's canvas: keyboard steps through the entries, and a wheel that scrolls the
page unless the graph has focus or Ctrl is held."""

from __future__ import annotations

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent


def let_title_shrink(title: pg.LabelItem) -> None:
    """A plot title may be cut short on a narrow window instead of widening the graph."""
    original = title.updateMin

    def update_min() -> None:
        original()
        title.setMinimumWidth(0)

    title.updateMin = update_min


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

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel zooms the dates only when the graph has focus or Ctrl is held;
        otherwise it scrolls the page, as over any other part of it."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self.hasFocus() or ctrl:
            super().wheelEvent(event)
            return
        event.ignore()
