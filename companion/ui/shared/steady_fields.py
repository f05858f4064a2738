"""Number, time and date fields that the mouse wheel changes only while they have the
keyboard, so scrolling a page past one never changes a setting or an entry by accident
(Qt's own change whatever the pointer passes over, and take the keyboard as they do).
The drop-downs do the same (`fields.ChoiceBox`). `time_field` is the one time-of-day
field of the app: the reminder, Settings and the breaks' active hours."""

from __future__ import annotations

from datetime import time
from typing import cast

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QSpinBox, QTimeEdit, QWidget


class _Steady:
    """For a field class (`_qt`, the Qt class it is): the wheel alone never takes the
    keyboard, and without the keyboard the page around the field scrolls instead."""

    _qt: type[QAbstractSpinBox]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt class, next in line
        self._field().setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _field(self) -> QAbstractSpinBox:
        return cast(QAbstractSpinBox, self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._field().hasFocus():
            self._qt.wheelEvent(self._field(), event)
        else:
            event.ignore()


class SteadySpinBox(_Steady, QSpinBox):
    _qt = QSpinBox


class SteadyTimeEdit(_Steady, QTimeEdit):
    _qt = QTimeEdit


class SteadyDateTimeEdit(_Steady, QDateTimeEdit):
    _qt = QDateTimeEdit


def time_field(at: time, name: str, parent: QWidget | None = None) -> QTimeEdit:
    """A time of day in the locale's own way of writing it, named for a screen reader."""
    field: QTimeEdit = SteadyTimeEdit(parent)
    field.setTime(QTime(at.hour, at.minute))
    field.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    field.setAccessibleName(name)
    field.lineEdit().setAccessibleName(name)  # what a screen reader reaches by Tab
    field.setKeyboardTracking(False)  # a typed time counts once it is whole
    field.setMinimumHeight(48)
    field.setMinimumWidth(110)
    return field


def field_time(field: QTimeEdit) -> time:
    chosen = field.time()
    return time(chosen.hour(), chosen.minute())
