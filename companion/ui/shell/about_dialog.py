"""The About box: name, version, what the app is and is not, and where the data is.

Its words scroll between the name and the Close button, so at the largest text on a
small screen the box still fits and Close stays in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.core.shared.content import Document
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.icons import app_icon
from companion.ui.shared.page_layout import label, markdown_label, quiet_scroll_area

SIDE_MARGIN_PX = 24
# Close is the box's one control and sits under the words: these keys scroll the words.
Slide = QAbstractSlider.SliderAction
SCROLL_KEYS: dict[int, QAbstractSlider.SliderAction] = {
    Qt.Key.Key_PageDown: Slide.SliderPageStepAdd,
    Qt.Key.Key_PageUp: Slide.SliderPageStepSub,
    Qt.Key.Key_Down: Slide.SliderSingleStepAdd,
    Qt.Key.Key_Up: Slide.SliderSingleStepSub,
    Qt.Key.Key_Home: Slide.SliderToMinimum,
    Qt.Key.Key_End: Slide.SliderToMaximum,
}


class AboutDialog(QDialog):
    def __init__(self, about: Document, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN_PX, 24, SIDE_MARGIN_PX, 20)
        layout.setSpacing(12)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(self.tr("App icon"))
        top.addWidget(icon)
        names = QVBoxLayout()
        names.addWidget(label(APP_NAME, "heading"))
        names.addWidget(label(self.tr("Version %1").replace("%1", __version__), "muted"))
        top.addLayout(names, 1)
        layout.addLayout(top)
        self.words = QWidget()
        self.words.setObjectName("pageBody")
        column = QVBoxLayout(self.words)
        column.setContentsMargins(0, 0, 8, 0)  # room for a scroll bar beside the words
        column.setSpacing(12)
        self.body = markdown_label(about.body)
        column.addWidget(self.body)
        self.folder = BreakingText(
            self.tr("Your data is kept in: %1").replace("%1", data_dir), "muted"
        )
        column.addWidget(self.folder)
        column.addStretch(1)
        self.words_area = QScrollArea()
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setWidget(self.words)
        quiet_scroll_area(self.words_area, self.windowTitle())
        layout.addWidget(self.words_area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = SCROLL_KEYS.get(event.key())
        if action is None or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        self.words_area.verticalScrollBar().triggerAction(action)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self.resize(self._fitting_size())  # before Qt centres the box on the window
        super().setVisible(visible)

    def _fitting_size(self) -> QSize:
        """Tall enough for all the words, up to nine tenths of the screen (Qt's own size
        for a box stops at two thirds and would scroll words that fit)."""
        self.ensurePolished()
        hint = self.sizeHint()
        screen = self.screen()
        width = hint.width()
        if screen is not None:  # as Qt sizes a box: at most two thirds of the screen's width
            width = min(width, screen.availableGeometry().width() * 2 // 3)
        width = max(width, self.minimumWidth())
        inner = width - 2 * SIDE_MARGIN_PX
        height = (
            hint.height() - self.words_area.sizeHint().height() + self.words.heightForWidth(inner)
        )
        if screen is not None:
            height = min(height, screen.availableGeometry().height() * 9 // 10)
        return QSize(width, height)
