"""Number, time and date fields that the mouse wheel changes only while they have the
keyboard, so scrolling a page past one never changes a setting or an entry by accident
(Qt's own change whatever the pointer passes over, and take the keyboard as they do).
The drop-downs do the same (`fields.ChoiceBox`). `time_field` is the one time-of-day
field of the app: the reminder, Settings and the breaks' active hours; the journal's
entry takes its time the same way (`ClockDateTimeEdit`)."""

from __future__ import annotations

import re
from datetime import time
from typing import cast

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QSpinBox, QTimeEdit, QWidget

from companion.ui.shared.theme import STEPPER_TEXT_INSET_PX

# The parts of a display format, in the order of the field's sections (quoted words are
# text, not parts).
_FORMAT_PART = re.compile(r"'[^']*'|d+|M+|y+|[Hh]+|m+|s+|z+|[Aa][Pp]?|t+")


class _Steady:
    """For a field class (`_qt`, the Qt class it is): the wheel alone never takes the
    keyboard, and without the keyboard the page around the field scrolls instead."""

    _qt: type[QAbstractSpinBox]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt class, next in line
        self._field().setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Its words as far in from the border as a drop-down's (the theme's padding does
        # not reach the line edit inside).
        self._field().lineEdit().setTextMargins(STEPPER_TEXT_INSET_PX, 0, 0, 0)

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


# Typed after the minutes, between them and AM or PM, as people write it ("8:30 p.m.").
_DAY_HALF_FILLER = ("m", ".", " ", "\u00a0", "\u202f")


class _DayHalfKeys:
    """For a field showing a time: takes a 12-hour time typed as people write it. Qt's
    own wants the locale's exact AM/PM words after a narrow space no keyboard types:
    "8:30 PM" (a plain space), "8:30 p.m." in Mexico or "830p" went back to the old
    time on leaving the field, without a word. Here "a" or "p" chooses the half of the
    day, and the space, dots and "m" around it are passed over. The day, if the field
    shows one, stays as it is."""

    def _edit(self) -> QDateTimeEdit:
        return cast(QDateTimeEdit, self)

    def _halves(self) -> dict[str, bool]:
        """The first letter of the locale's AM and PM words -> whether it is PM; empty
        where the field shows a 24-hour clock or the words do not start "a" and "p"."""
        edit = self._edit()
        if "ap" not in edit.displayFormat().casefold():
            return {}
        locale = edit.locale()
        halves = {locale.amText().casefold()[:1]: False, locale.pmText().casefold()[:1]: True}
        return halves if halves.keys() == {"a", "p"} else {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = self._edit()
        typed = event.text().casefold()
        halves = self._halves()
        if not typed or not halves:
            super().keyPressEvent(event)  # type: ignore[misc]  # the Qt class, next in line
        elif typed in halves:
            before = edit.time()
            edit.blockSignals(True)  # the hours and minutes typed, then the half: one change
            edit.interpretText()
            typed_time = edit.time()
            edit.setTime(before)
            edit.blockSignals(False)
            if (typed_time.hour() >= 12) != halves[typed]:
                typed_time = typed_time.addSecs(12 * 3600 if halves[typed] else -12 * 3600)
            edit.setTime(typed_time)
            edit.setCurrentSection(QDateTimeEdit.Section.AmPmSection)
            event.accept()
        elif typed in _DAY_HALF_FILLER:
            event.accept()
        else:
            super().keyPressEvent(event)  # type: ignore[misc]


class ClockTimeEdit(_DayHalfKeys, SteadyTimeEdit):
    """A time of day that takes a 12-hour time typed as people write it."""


class _WeekdaySteps:
    """For a field showing a day with its weekday ("Mon, 9 Mar 2026"): Up and Down on
    the weekday move the date a day, as on the day of the month. Qt's own keep to the
    days of one week, Monday to Sunday where the week starts on Monday: on a Monday
    Down did nothing, on a Sunday Up did nothing, and at a month's end Up could go back
    to an earlier day ("Tue, 31 Mar" to "Wed, 25 Mar")."""

    def _edit(self) -> QDateTimeEdit:
        return cast(QDateTimeEdit, self)

    def _on_weekday(self) -> bool:
        edit = self._edit()
        parts = [p for p in _FORMAT_PART.findall(edit.displayFormat()) if p[0] != "'"]
        index = edit.currentSectionIndex()
        return 0 <= index < len(parts) and parts[index] in ("ddd", "dddd")

    def _can_step(self, days: int) -> bool:
        edit = self._edit()
        stepped = edit.dateTime().addDays(days)
        return edit.minimumDateTime() <= stepped <= edit.maximumDateTime()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if not self._on_weekday():
            return super().stepEnabled()  # type: ignore[misc, no-any-return]
        enabled = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._can_step(1):
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._can_step(-1):
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return enabled

    def stepBy(self, steps: int) -> None:
        if not self._on_weekday():
            super().stepBy(steps)  # type: ignore[misc]  # the Qt class, next in line
            return
        if self._can_step(steps):  # as on the day of the month: never past the range
            edit = self._edit()
            index = edit.currentSectionIndex()
            edit.setDateTime(edit.dateTime().addDays(steps))
            edit.setCurrentSectionIndex(index)


class ClockDateTimeEdit(_WeekdaySteps, _DayHalfKeys, SteadyDateTimeEdit):
    """A day and a time; the time is typed as `ClockTimeEdit`'s is, and the weekday
    steps by a day."""


def time_field(at: time, name: str, parent: QWidget | None = None) -> QTimeEdit:
    """A time of day in the locale's own way of writing it, named for a screen reader."""
    field: QTimeEdit = ClockTimeEdit(parent)
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
