"""The journal entry form as a person sees it: its fields laid out in sections in a
scrolling column, with the buttons below, and how they are filled and read.

A new entry starts from now and offers the last entry's ratings (and says so); walking
minutes come from a walking check made since the last entry. Tab brings each whole
section into view. The fields themselves are built in `form_fields.py`; checking, saving,
drafts and the warning signs' advice are `form.py`'s.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import Entry, local_moment
from companion.core.journal.suggest import Suggestion
from companion.core.shared.app_state import AppState
from companion.ui.journal.form_fields import (
    Activities,
    MinutesAndSleep,
    WarningSigns,
    choice_boxes,
    entry_time_field,
    note_field,
    number_text,
    rating_row,
    wall_clock,
)
from companion.ui.journal.leg_level_picker import LegLevelPicker
from companion.ui.journal.safety_notice import SafetyNotice
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.dates import day_and_time_text
from companion.ui.shared.dialog import Dialog
from companion.ui.shared.fields import ChoiceGrid
from companion.ui.shared.page_layout import (
    button,
    button_row,
    card,
    label,
    quiet_scroll_area,
    tab_order_as_laid_out,
)
from companion.ui.shared.theme import base_point_size


class JournalFormView(Dialog):
    """The form's fields and buttons, for a new entry or a change to `original`
    (`editing`: a change, with a Delete button); it fills them (`_fill`) and reads them
    (`raw_values`); checking, saving and drafts are `JournalForm`'s."""

    def __init__(
        self,
        state: AppState,
        content: JournalContent,
        *,
        original: Entry | None,
        editing: bool,
        activity_names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.content = content
        self.original = original
        self.setWindowTitle(
            QCoreApplication.translate("JournalForm", "Change journal entry")
            if editing
            else QCoreApplication.translate("JournalForm", "New journal entry")
        )
        self.setModal(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        quiet_scroll_area(scroll, self.windowTitle())
        body = QWidget()
        body.setObjectName("pageBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(24, 20, 24, 16)
        self.column.setSpacing(14)
        scroll.setWidget(body)
        self.scroll_area = scroll
        self.body = body
        outer.addWidget(scroll, 1)

        self._build(activity_names)
        footer = QWidget()
        footer_row = QHBoxLayout(footer)
        footer_row.setContentsMargins(24, 10, 24, 14)
        self.save_button = button(
            QCoreApplication.translate("JournalForm", "Save entry"), role="primary"
        )
        self.save_button.setToolTip(QCoreApplication.translate("JournalForm", "Ctrl+Enter"))
        self.cancel_button = button(QCoreApplication.translate("JournalForm", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row = button_row(self.save_button, self.cancel_button)
        if editing:
            self.delete_button = button(
                QCoreApplication.translate("JournalForm", "Delete entry"), role="danger"
            )
            row.addWidget(self.delete_button)
        self.start_again_button = button(QCoreApplication.translate("JournalForm", "Start over"))
        row.addWidget(self.start_again_button)
        self.start_again_button.hide()
        footer_row.addLayout(row)
        outer.addWidget(footer)

    # --- building ---

    def _section(self, title: str, widget: QWidget | None = None, hint: str = "") -> QVBoxLayout:
        frame, layout = card(spacing=8)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = label(title, "heading")
        layout.addWidget(heading)
        if hint:
            layout.addWidget(label(hint, "muted"))
        if widget is not None:
            layout.addWidget(widget)
            heading.setBuddy(widget)
        self.column.addWidget(frame)
        return layout

    def _build(self, activity_names: list[str]) -> None:
        self.intro = label(
            QCoreApplication.translate(
                "JournalForm",
                "Only pain now and how far down the leg are needed. Everything else is optional.",
            ),
            "muted",
        )
        self.column.addWidget(self.intro)
        self.errors = QFrame()
        self.errors.setProperty("role", "warning")
        errors_layout = QVBoxLayout(self.errors)
        errors_layout.setContentsMargins(16, 12, 16, 12)
        self.error_text = BreakingText()  # may name an activity typed without a space
        errors_layout.addWidget(self.error_text)
        self.errors.hide()
        self.column.addWidget(self.errors)

        self.when = entry_time_field(self.state.now())
        self._section(QCoreApplication.translate("JournalForm", "When"), self.when)

        self.pain_now = rating_row(QCoreApplication.translate("JournalForm", "Pain now"))
        self._section(
            QCoreApplication.translate("JournalForm", "Pain now"),
            self.pain_now,
            QCoreApplication.translate(
                "JournalForm", "0 is no pain, 10 is the worst you can imagine."
            ),
        )
        self.pain_worst = rating_row(
            QCoreApplication.translate("JournalForm", "Worst pain in the last day")
        )
        self._section(
            QCoreApplication.translate("JournalForm", "Worst pain in the last 24 hours"),
            self.pain_worst,
        )

        self.picker = LegLevelPicker(self.content)
        self._section(
            QCoreApplication.translate("JournalForm", "How far down the leg does it reach?"),
            self.picker,
            QCoreApplication.translate(
                "JournalForm", "Click the drawing or a word, or use the Up and Down arrow keys."
            ),
        )

        self.feelings = choice_boxes(
            self.content.feelings, QCoreApplication.translate("JournalForm", "Feels like: %1")
        )
        self._section(
            QCoreApplication.translate("JournalForm", "How does it feel?"),
            ChoiceGrid(list(self.feelings.values())),
        )

        signs = WarningSigns(self.state.content.language)
        self.signs = signs.boxes
        self._section(
            QCoreApplication.translate("JournalForm", "Anything new?"),
            signs,
            QCoreApplication.translate(
                "JournalForm",
                "Tick any of these that are new or getting worse. Each one needs a doctor "
                "today, and some need help right away.",
            ),
        )
        # The advice for a ticked sign shows right below the signs: nothing above moves,
        # so the next box is still under the pointer.
        self.safety = SafetyNotice()
        self.column.addWidget(self.safety)

        numbers = MinutesAndSleep(self.content.sleep)
        self.walk, self.sitting, self.sleep = numbers.walk, numbers.sitting, numbers.sleep
        self.walk_source = numbers.walk_source
        self.number_edits = numbers.edits
        self.field_messages = numbers.messages  # a message beside each number field
        self._section(
            QCoreApplication.translate("JournalForm", "Walking, sitting and sleep"), numbers
        )

        self.done_boxes = choice_boxes(
            self.content.done, QCoreApplication.translate("JournalForm", "Done today: %1")
        )
        self._section(
            QCoreApplication.translate("JournalForm", "What did you do for it?"),
            ChoiceGrid(list(self.done_boxes.values())),
        )

        activities = Activities(activity_names)
        self.activity_names, self.activity_ratings = activities.names, activities.ratings
        self._section(
            QCoreApplication.translate("JournalForm", "Activities"),
            activities,
            QCoreApplication.translate(
                "JournalForm",
                "Rate up to three things that matter to you: 0 if you cannot do it, 10 if you "
                "can do it as well as before the pain.",
            ),
        )

        self.note = note_field()
        self._section(QCoreApplication.translate("JournalForm", "Note"), self.note)

    def _fit(self) -> None:
        """As big as the window (and the screen) allows, up to 760 by 900 at the normal
        text size and wider for larger text, so the longest choices keep to one line."""
        parent = self.parentWidget()
        grown = max(1.0, QApplication.font().pointSizeF() / base_point_size())
        width, height = round(760 * grown), 900
        rooms = [self.screen().availableGeometry().size()]
        if parent is not None:
            rooms.append(parent.window().size())
        for room in rooms:
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 40)
        self.resize(max(width, 480), max(height, 400))

    def focusNextPrevChild(self, next: bool) -> bool:
        tab_order_as_laid_out(self)
        return super().focusNextPrevChild(next)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab brings the whole section into view (its heading too), not just the field.

        A click leaves the view where it is, so nothing moves under the pointer.
        """
        if new is None or not self.body.isAncestorOf(new):
            return
        if new is self.when or self.when.isAncestorOf(new):
            self.follow_clock()  # about to pick a time: now is the latest it can be
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        section = new
        while (parent := section.parentWidget()) is not None and parent is not self.body:
            section = parent
        viewport = self.scroll_area.viewport().height()
        if section.height() <= viewport - 16:
            self.scroll_area.ensureWidgetVisible(section, 0, 8)
        self.scroll_area.ensureWidgetVisible(new, 0, 8)

    def follow_clock(self) -> None:
        """Let the entry's time reach now, not the moment the form opened: opened at
        23:55, the field stopped there, and at 00:05 the entry could not be put on the new
        day. Once a minute (with the page) and when the field gets the focus. The core
        still refuses a time to come when the entry is saved."""
        now = wall_clock(self.state.now())
        if now > self.when.maximumDateTime():
            self.when.setMaximumDateTime(now)

    # --- values ---

    @staticmethod
    def _values_of(entry: Entry) -> dict[str, Any]:
        values = entry.to_dict()
        values["time"] = entry.time
        values["activities"] = entry.activities
        return values

    def _fill(self, values: dict[str, Any]) -> None:
        moment = values.get("time")
        if isinstance(moment, datetime):
            # An entry's own clock can read later than now's (made in a zone further
            # east, or in the hour that repeats when clocks go back): the field would cut
            # it to now, and saving would move it. The core still refuses the future,
            # and an entry from before the earliest day (imported before that was
            # refused) is shown as it is, so saving says its year looks mistyped.
            shown = wall_clock(moment)
            self.when.setMaximumDateTime(max(self.when.maximumDateTime(), shown))
            self.when.setMinimumDateTime(min(self.when.minimumDateTime(), shown))
            self.when.setDateTime(shown)
        self.pain_now.set_value(values.get("pain_now"))
        self.pain_worst.set_value(values.get("pain_worst"))
        self.picker.set_level(values.get("level"))
        self.picker.set_side(values.get("side"))
        for choice, box in self.feelings.items():
            box.setChecked(choice in (values.get("feelings") or ()))
        for sign, box in self.signs.items():
            box.setChecked(sign in (values.get("warning_signs") or ()))
        for choice, box in self.done_boxes.items():
            box.setChecked(choice in (values.get("done") or ()))
        self.walk.setText(number_text(values.get("walk_minutes")))
        self.sitting.setText(number_text(values.get("sitting_minutes")))
        self.sleep.setCurrentIndex(max(0, self.sleep.findData(values.get("sleep"))))
        activities = (values.get("activities") or ())[: len(self.activity_names)]
        for n, activity in enumerate(activities):
            name, rating = (  # an entry's activities, or a draft's (plain data)
                (activity.get("name"), activity.get("rating"))
                if isinstance(activity, dict)
                else (activity.name, activity.rating)
            )
            self.activity_names[n].setText(name)
            self.activity_ratings[n].setCurrentIndex(self.activity_ratings[n].findData(rating))
        self.note.setPlainText(values.get("note") or "")

    def _explain(self, suggestion: Suggestion) -> None:
        if suggestion.from_last is not None:
            when = day_and_time_text(
                suggestion.from_last.time, weekday=True, year=False, short=True
            )
            self.intro.setText(
                QCoreApplication.translate(
                    "JournalForm",
                    "Filled in from your last entry (%1). Change what is different now, then "
                    "press Save or Ctrl+Enter.",
                ).replace("%1", when)
            )
        if suggestion.walk is not None:
            self.walk_source.setText(
                QCoreApplication.translate(
                    "JournalForm", "Filled in from your walking check at %1."
                ).replace(
                    "%1",
                    day_and_time_text(suggestion.walk.time, weekday=True, year=False, short=True),
                )
            )
            self.walk_source.show()

    def _moment(self) -> datetime:
        """The entry's time as the form holds it."""
        wall = self.when.dateTime().toPython()
        assert isinstance(wall, datetime)
        if self.original is not None and wall_clock(self.original.time) == self.when.dateTime():
            return self.original.time  # unchanged: keep its seconds and time zone
        return local_moment(wall, self.state.now())

    def raw_values(self) -> dict[str, Any]:
        """What the form holds, as `parse_entry` reads it."""
        return {
            "time": self._moment(),
            "pain_now": self.pain_now.value(),
            "pain_worst": self.pain_worst.value(),
            "level": self.picker.level(),
            "side": self.picker.side(),
            "feelings": [c for c, box in self.feelings.items() if box.isChecked()],
            "walk_minutes": self.walk.text(),
            "sitting_minutes": self.sitting.text(),
            "sleep": self.sleep.currentData(),
            "done": [c for c, box in self.done_boxes.items() if box.isChecked()],
            "activities": [
                {"name": name.text(), "rating": rating.currentData()}
                for name, rating in zip(self.activity_names, self.activity_ratings, strict=True)
            ],
            "warning_signs": [s for s, box in self.signs.items() if box.isChecked()],
            "note": self.note.toPlainText(),
        }
