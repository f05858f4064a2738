"""A box of words above its buttons, that fits the screen at any text size.

The words scroll between the box's top and its buttons, so at the largest text on a
small screen the box still fits and its buttons stay in view. The box opens as tall as
its words need, up to nine tenths of the screen (Qt's own size for a box stops at two
thirds and would scroll words that fit). Page Up, Page Down, Home, End and the arrows a
button does not use scroll the words from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shared.dialog import Dialog, words_only
from companion.ui.shared.page_layout import quiet_scroll_area

SIDE_MARGIN_PX = 24
# The box's buttons sit under the words: these keys scroll the words.
Slide = QAbstractSlider.SliderAction
SCROLL_KEYS: dict[int, QAbstractSlider.SliderAction] = {
    Qt.Key.Key_PageDown: Slide.SliderPageStepAdd,
    Qt.Key.Key_PageUp: Slide.SliderPageStepSub,
    Qt.Key.Key_Down: Slide.SliderSingleStepAdd,
    Qt.Key.Key_Up: Slide.SliderSingleStepSub,
    Qt.Key.Key_Home: Slide.SliderToMinimum,
    Qt.Key.Key_End: Slide.SliderToMaximum,
}


class WordsDialog(Dialog):
    """`top` holds what stays above the words (a heading), `column` the words that
    scroll, and `buttons` the box's buttons under them."""

    def __init__(self, title: str, parent: QWidget | None = None, *, quits: bool = True) -> None:
        super().__init__(parent, quits=quits)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN_PX, 24, SIDE_MARGIN_PX, 20)
        layout.setSpacing(12)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        self.words = QWidget()
        self.words.setObjectName("pageBody")
        self.column = QVBoxLayout(self.words)
        self.column.setContentsMargins(0, 0, 8, 0)  # a gap between the words and a scroll bar
        self.column.setSpacing(12)
        self.words_area = QScrollArea()
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_area.setWidget(self.words)
        quiet_scroll_area(self.words_area, title)
        layout.addWidget(self.words_area, 1)
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = SCROLL_KEYS.get(event.key())
        if action is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        self.words_area.verticalScrollBar().triggerAction(action)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            words_only(self.buttons.buttons())
            self.resize(self._fitting_size())  # before Qt centres the box on the window
        super().setVisible(visible)

    def _fitting_size(self) -> QSize:
        """Tall enough for all the words, up to nine tenths of the screen; as wide as Qt
        makes a box, at most two thirds of the screen's width, but never narrower than
        its buttons, or its widest control and a scroll bar beside it (a choice of paper
        at the largest text), up to the whole screen. That is also as narrow as a person
        can make it."""
        self.ensurePolished()
        hint = self.sizeHint()
        screen = self.screen()
        width = hint.width()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() * 2 // 3)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        least = self.words.minimumSizeHint().width() + bar + 2 * SIDE_MARGIN_PX
        layout = self.layout()
        if layout is not None:  # its buttons and heading too ("Add 1000 entries" at 175%)
            least = max(least, layout.totalMinimumSize().width())
        if screen is not None:
            least = min(least, screen.availableGeometry().width())
        self.setMinimumWidth(max(self.minimumWidth(), least))
        width = max(width, self.minimumWidth())
        words = self.words.heightForWidth(width - 2 * SIDE_MARGIN_PX)
        if words < 0:  # nothing in it wraps: its height is the same at any width
            words = self.words.sizeHint().height()
        height = hint.height() - self.words_area.sizeHint().height() + words
        if screen is not None:
            height = min(height, screen.availableGeometry().height() * 9 // 10)
        return QSize(width, height)
