"""Whether the words inside each filled field are whole: a time, a date, a number or a
chosen entry, measured with the field's own font against the room it draws them in. A
field is measured with the value it shows and with the widest value it can show (10:00
PM, a two-digit day in the longest month, the largest number it takes), so a field that
fits "8:00 AM" but not "10:00 PM" is found on any day."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDateTime, QRect, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

from tests.helpers.accessibility import name_of

# How a drop-down that carries a long entry on below lays out its words.
WRAPPING = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
# A field that takes no more letters than this holds a value (a phone number), not words.
MAX_SHORT_VALUE = 12
# Enough days to meet every month and every weekday with a two-digit day of the month.
DAYS_LOOKED_AT = 400


def called(field: QWidget) -> str:
    """The field's own name (a screen reader on Linux says a drop-down's entry instead)."""
    return field.accessibleName() or name_of(field)


def text_room(field: QLineEdit) -> int:
    """The width a line edit has for its words (Qt keeps 2 px each side inside it)."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    inner = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return inner.width() - margins.left() - margins.right() - 4


def choice_room(box: QComboBox) -> QRect:
    """Where a drop-down draws its chosen entry: the box less its arrow."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )


def choice_problems(box: QComboBox) -> list[str]:
    """A drop-down whose entries do not fit: any entry wider than the box, or for one
    that carries a long entry on below (heightForWidth), any word wider than the box or
    the chosen entry's lines taller than it."""
    room, metrics = choice_room(box), box.fontMetrics()
    entries = [box.itemText(index) for index in range(box.count())]
    if not box.hasHeightForWidth():
        widest = max(entries, key=metrics.horizontalAdvance)
        need = metrics.horizontalAdvance(widest)
        if need <= room.width():
            return []
        return [f"{called(box)} {widest!r}: needs {need} px, has {room.width()}"]
    word = max((w for entry in entries for w in entry.split()), key=metrics.horizontalAdvance)
    if metrics.horizontalAdvance(word) > room.width():
        need = metrics.horizontalAdvance(word)
        return [f"{called(box)} {word!r}: needs {need} px, has {room.width()}"]
    lines = metrics.boundingRect(
        QRect(0, 0, room.width(), 100_000), WRAPPING, box.currentText()
    ).height()
    if lines > room.height():
        shown = box.currentText()
        return [f"{called(box)} {shown!r}: needs {lines} px tall, has {room.height()}"]
    return []


def date_time_values(field: QDateTimeEdit) -> list[str]:
    """The field's words at the widest time of day, on each day it takes (the last
    `DAYS_LOOKED_AT` at most): a time field takes one day."""
    low, high = field.minimumDateTime(), field.maximumDateTime()
    last = high.date()
    metrics = field.lineEdit().fontMetrics()
    times = [QTime(hour, minute) for hour in range(24) for minute in (0, 59)]
    widest = max(
        times, key=lambda at: metrics.horizontalAdvance(field.textFromDateTime(QDateTime(last, at)))
    )
    days = min(low.date().daysTo(last), DAYS_LOOKED_AT)
    return [field.textFromDateTime(QDateTime(last.addDays(-n), widest)) for n in range(days + 1)]


def number_values(field: QSpinBox) -> list[str]:
    """The field's words for its smallest and largest number and, for a short range,
    every number between (a 1 can be narrower than a 0)."""
    low, high = field.minimum(), field.maximum()
    numbers: Iterable[int] = range(low, high + 1) if high - low <= 2000 else (low, high)
    words = [field.prefix() + field.textFromValue(n) + field.suffix() for n in numbers]
    return [*words, field.specialValueText()]


def spin_values(field: QAbstractSpinBox) -> list[str]:
    shown = [field.lineEdit().text()]
    if isinstance(field, QDateTimeEdit):
        return shown + date_time_values(field)
    if isinstance(field, QSpinBox):
        return shown + number_values(field)
    return shown


def clipped_fields(window: QWidget) -> list[str]:
    """Each visible field in `window` too narrow for its words: its name, the words that
    do not fit, the width they need and the width the field has for them."""
    problems = []

    def measure(field: QWidget, metrics_of: QWidget, room: int, values: list[str]) -> None:
        metrics = metrics_of.fontMetrics()
        words = max(values, key=metrics.horizontalAdvance)
        need = metrics.horizontalAdvance(words)
        if need > room:
            problems.append(f"{called(field)} {words!r}: needs {need} px, has {room}")

    for spin in window.findChildren(QAbstractSpinBox):
        if spin.isVisible():
            measure(spin, spin.lineEdit(), text_room(spin.lineEdit()), spin_values(spin))
    for box in window.findChildren(QComboBox):
        if box.isVisible() and not box.isEditable() and box.currentText():
            problems.extend(choice_problems(box))
    for field in window.findChildren(QLineEdit):
        inside = field.parentWidget()
        if isinstance(inside, (QAbstractSpinBox, QComboBox)):
            continue  # measured with its spin box or drop-down above
        # A free text (an activity's name) scrolls as it is typed; a number shows whole.
        short = field.maxLength() <= MAX_SHORT_VALUE or field.text().strip().isdigit()
        if field.isVisible() and field.displayText() and short:
            measure(field, field, text_room(field), [field.displayText()])
    return problems
