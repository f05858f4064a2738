"""Number, time and date fields that the mouse wheel changes only while they have the
keyboard, so scrolling a page past one never changes a setting or an entry by accident
(Qt's own change whatever the pointer passes over, and take the keyboard as they do).
The drop-downs do the same (`fields.ChoiceBox`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QSpinBox, QTimeEdit, QWidget


def _steady(field: QAbstractSpinBox) -> None:
    field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone never takes the keyboard


def _wheel(field: QAbstractSpinBox, event: QWheelEvent, own: Callable[[QWheelEvent], None]) -> None:
    if field.hasFocus():
        own(event)
    else:
        event.ignore()  # the page around it scrolls instead


class SteadySpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _steady(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel(self, event, super().wheelEvent)


class SteadyTimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _steady(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel(self, event, super().wheelEvent)


class SteadyDateTimeEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _steady(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel(self, event, super().wheelEvent)
