"""The journal form's fields, each built once: the 0-10 ratings, the date and time, the tick
boxes, the minutes and sleep, the activities and the note.

The form (`form.py`) puts them in its sections, fills and reads them, and saves. The
words keep the form's translation context ("JournalForm").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMimeData, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.choices import Choice
from companion.core.journal.entry import (
    MAX_ACTIVITIES,
    MAX_PAIN,
    MAX_SITTING_MINUTES,
    MAX_WALK_MINUTES,
    NOTE_FIELD_MOST,
    WARNING_SIGNS,
    earliest_entry_day,
)
from companion.core.shared.get_help import load_get_help
from companion.ui.journal.leg_level_picker import ButtonChoice
from companion.ui.shared.dates import day_and_time_format
from companion.ui.shared.fields import ChoiceBox, HintedField
from companion.ui.shared.page_layout import StatusLabel, label, option_row
from companion.ui.shared.steady_fields import ClockDateTimeEdit
from companion.ui.shared.theme import MIN_TOUCH_PX, forgettable
from companion.ui.shared.word_break import LABEL_GAP_PX


def digit_value(event: QKeyEvent, current: Any) -> Any:
    """Digits pick a rating; "1" then "0" makes 10."""
    text = event.text()
    if len(text) != 1 or not text.isdigit():
        return None
    digit = int(text)
    if digit == 0 and current == 1:
        return MAX_PAIN
    return digit


def rating_row(name: str) -> ButtonChoice:
    options = [
        (
            n,
            str(n),
            QCoreApplication.translate("JournalForm", "%1: %2 out of 10")
            .replace("%1", name)
            .replace("%2", str(n)),
        )
        for n in range(MAX_PAIN + 1)
    ]
    row = ButtonChoice(options, key_value=digit_value)
    for widget in row.buttons.values():
        # Eleven buttons side by side, each at least a touch target wide, with its number
        # in the middle: the padding takes up the width the number does not.
        words = widget.fontMetrics().horizontalAdvance(widget.text())
        side = max(4, (MIN_TOUCH_PX - words - 2 * 2 - LABEL_GAP_PX + 1) // 2)
        widget.setStyleSheet(f"padding: 0 {side}px;")
        # The padding is whole pixels on each side: an odd remainder left 43 px.
        widget.setMinimumWidth(MIN_TOUCH_PX)
    return row


def wall_clock(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def entry_time_field(now: datetime) -> QDateTimeEdit:
    """The entry's date and time, to the minute, never after `now` nor before the
    earliest day the core takes (a year stepped too far back would only be refused)."""
    when: QDateTimeEdit = ClockDateTimeEdit()
    when.setCalendarPopup(True)
    # The locale's own order and clock, as every other date and time in the app.
    when.setDisplayFormat(day_and_time_format())
    when.setAccessibleName(QCoreApplication.translate("JournalForm", "Date and time of the entry"))
    when.lineEdit().setAccessibleName(when.accessibleName())
    when.setMaximumDateTime(wall_clock(now))
    earliest = earliest_entry_day(now)
    when.setMinimumDateTime(
        QDateTime(QDate(earliest.year, earliest.month, earliest.day), QTime(0, 0))
    )
    when.setDateTime(wall_clock(now))
    return when


def choice_boxes(choices: Sequence[Choice], name: str) -> dict[str, QCheckBox]:
    """A tick box for each choice, by id; `name` is its screen-reader name, %1 the choice."""
    boxes: dict[str, QCheckBox] = {}
    for choice in choices:
        box = QCheckBox(choice.label)
        box.setAccessibleName(name.replace("%1", choice.label))
        boxes[choice.id] = box
    return boxes


class WarningSigns(QWidget):
    """A tick box for each warning sign, named in the app's shared words about getting help."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        shared = load_get_help(language=language)
        self.boxes: dict[str, QCheckBox] = {}
        for sign in WARNING_SIGNS:
            box = QCheckBox()
            column.addWidget(option_row(box, shared.sign(sign).title))
            self.boxes[sign] = box


class MinutesAndSleep(QWidget):
    """Walking and sitting minutes side by side, each with its limits and, once the person
    leaves it, its own problem (`messages`, by field); then last night's sleep."""

    def __init__(self, sleep_choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.walk = QLineEdit()
        self.walk.setPlaceholderText(QCoreApplication.translate("JournalForm", "not measured"))
        self.walk.setAccessibleName(
            QCoreApplication.translate(
                "JournalForm", "Minutes of walking before the usual symptoms start"
            )
        )
        self.walk_source = label("", "muted")
        self.walk_source.hide()
        self.sitting = QLineEdit()
        self.sitting.setPlaceholderText(QCoreApplication.translate("JournalForm", "not measured"))
        self.sitting.setAccessibleName(
            QCoreApplication.translate(
                "JournalForm", "Minutes of sitting before it gets uncomfortable"
            )
        )
        walk_label = label(
            QCoreApplication.translate("JournalForm", "Walking: minutes before the usual symptoms")
        )
        walk_label.setBuddy(self.walk)
        sit_label = label(
            QCoreApplication.translate(
                "JournalForm", "Sitting: minutes before it gets uncomfortable"
            )
        )
        sit_label.setBuddy(self.sitting)
        grid.addWidget(walk_label, 0, 0)
        grid.addWidget(sit_label, 0, 1)
        grid.addWidget(self.walk, 1, 0)
        grid.addWidget(self.sitting, 1, 1)
        self.edits = {"walk_minutes": self.walk, "sitting_minutes": self.sitting}
        self.messages: dict[str, StatusLabel] = {}
        limits = {"walk_minutes": MAX_WALK_MINUTES, "sitting_minutes": MAX_SITTING_MINUTES}
        for column, (field, edit) in enumerate(self.edits.items()):
            words = label(
                QCoreApplication.translate(
                    "JournalForm", "0 to %1 minutes; leave it empty if not measured"
                ).replace("%1", str(limits[field])),
                "muted",
            )
            edit.setAccessibleDescription(words.text())
            grid.addWidget(words, 2, column)
            message = StatusLabel()
            self.messages[field] = message
            grid.addWidget(message, 3, column)
        grid.addWidget(self.walk_source, 4, 0, 1, 2)
        self.sleep = ChoiceBox()
        self.sleep.setAccessibleName(QCoreApplication.translate("JournalForm", "Sleep last night"))
        self.sleep.addItem(QCoreApplication.translate("JournalForm", "Not noted"), None)
        for choice in sleep_choices:
            self.sleep.addItem(choice.label, choice.id)
        sleep_label = label(QCoreApplication.translate("JournalForm", "Sleep last night"))
        sleep_label.setBuddy(self.sleep)
        grid.addWidget(sleep_label, 5, 0, 1, 2)
        grid.addWidget(self.sleep, 6, 0, 1, 2)


class Activities(QWidget):
    """Up to three activities that matter to the person, each a name (offering the names
    used before) and how well it can be done, 0 to 10."""

    def __init__(self, used_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.names: list[HintedField] = []
        self.ratings: list[ChoiceBox] = []
        completer_words = list(used_names)
        for n in range(MAX_ACTIVITIES):
            name = HintedField()
            name.set_placeholders(  # the longest that fits: large text, narrow window
                QCoreApplication.translate("JournalForm", "An activity, such as sitting at work"),
                QCoreApplication.translate("JournalForm", "Such as sitting at work"),
                QCoreApplication.translate("JournalForm", "An activity"),
            )
            name.setAccessibleName(
                QCoreApplication.translate("JournalForm", "Activity %1").replace("%1", str(n + 1))
            )
            name.setMaxLength(60)
            if completer_words:
                completer = QCompleter(completer_words, name)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                name.setCompleter(completer)
            rating = ChoiceBox()
            rating.setAccessibleName(
                QCoreApplication.translate(
                    "JournalForm", "How well you can do activity %1"
                ).replace("%1", str(n + 1))
            )
            # On Linux a screen reader names a drop-down by the entry it shows ("Not
            # rated") and hears what it is for only from a label whose buddy it is: one
            # that is not shown, as the name field beside it says which activity.
            heard_as = QLabel(rating.accessibleName(), self)
            heard_as.setBuddy(rating)
            heard_as.hide()
            rating.addItem(QCoreApplication.translate("JournalForm", "Not rated"), None)
            for value in range(MAX_PAIN + 1):
                text = str(value)
                if value == 0:
                    text = QCoreApplication.translate("JournalForm", "0: cannot do it")
                elif value == MAX_PAIN:
                    text = QCoreApplication.translate("JournalForm", "10: as well as before")
                rating.addItem(text, value)
            grid.addWidget(name, n, 0)
            grid.addWidget(rating, n, 1)
            self.names.append(name)
            self.ratings.append(rating)


class NoteEdit(QPlainTextEdit):
    """The note: a paste (or a drop) that would take it past `NOTE_FIELD_MOST` letters
    is cut there, as a one-line field cuts at its most."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            room = NOTE_FIELD_MOST - len(self.toPlainText()) + len(self.textCursor().selectedText())
            if len(text) > room:
                self.insertPlainText(text[: max(room, 0)])
                return
        super().insertFromMimeData(source)


def note_field() -> QPlainTextEdit:
    note = NoteEdit()
    forgettable(note)  # a form is built for each entry
    note.setTabChangesFocus(True)
    note.setAccessibleName(QCoreApplication.translate("JournalForm", "Note"))
    note.setPlaceholderText(
        QCoreApplication.translate("JournalForm", "Anything else worth remembering (optional)")
    )
    note.setFixedHeight(90)
    return note


def number_text(value: object) -> str:
    """A stored number of minutes as the field shows it ("" when not measured)."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
