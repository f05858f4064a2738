"""The shared frame of every page: a scrolling column with a title, and cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_COLUMN_WIDTH = 920


def label(text: str, role: str | None = None, *, rich: bool = False) -> QLabel:
    """A wrapping label; `role` picks its style from the theme (title, heading, muted)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        widget.setProperty("role", role)
    return widget


def markdown_label(text: str) -> QLabel:
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.MarkdownText)
    widget.setText(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def button(text: str, *, role: str | None = None, accessible: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


def card(role: str = "card", *, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(spacing)
    return frame, layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ChoiceBox(QComboBox):
    """A drop-down list that ignores the mouse wheel unless its list is open, so scrolling
    a page past it never changes a setting by accident.

    `committed(index)` fires when the person has really chosen: an entry picked from the
    open list, Enter, or leaving the list after arrowing to a new entry. Arrowing through
    the closed list alone commits nothing.
    """

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._from_list = False
        self._committed_index = -1
        self.activated.connect(self._on_activated)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.view().isVisible():
            super().wheelEvent(event)
        else:
            event.ignore()

    def showPopup(self) -> None:
        self._from_list = True
        super().showPopup()

    def _on_activated(self, index: int) -> None:
        if self._from_list:
            self._from_list = False
            self._commit(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._committed_index = self.currentIndex()
        self._from_list = False
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.view().isVisible() and self.currentIndex() != self._committed_index:
            self._commit(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            self._commit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _commit(self, index: int) -> None:
        self._committed_index = index
        self.committed.emit(index)


class PageScaffold(QScrollArea):
    """A page: title and intro on top, then a column of content that scrolls when small."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QWidget()
        outer.setObjectName("pageBody")
        outer_row = QHBoxLayout(outer)
        outer_row.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        body.setMaximumWidth(MAX_COLUMN_WIDTH)
        body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer_row.addWidget(body)
        self.column: QBoxLayout = QVBoxLayout(body)
        self.column.setContentsMargins(32, 24, 32, 32)
        self.column.setSpacing(16)
        self.title_label = label(title, "title")
        self.column.addWidget(self.title_label)
        self.intro_label = label(intro, "muted")
        self.column.addWidget(self.intro_label)
        self.setWidget(outer)

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def finish(self) -> None:
        self.column.addStretch(1)
