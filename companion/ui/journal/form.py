"""The journal entry form: quick to fill in by keyboard or mouse.

A new entry starts from now and offers the last entry's ratings, so a daily entry can be
a change of one number and Ctrl+Enter. Walking minutes come from a walking check made
since the last entry. Warning signs (both legs, new weakness, numbness in the saddle
area, a bladder or bowel change) show the guided check's advice as soon as they are
chosen; the check's own rules decide what they mean.

This module lays the fields out in sections, fills and reads them, checks and saves; the
fields themselves are built in `form_fields.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.choices import JournalContent
from companion.core.journal.draft import NEW, Draft, drop_draft, keep_draft, read_draft
from companion.core.journal.entry import Entry, EntryError, local_moment, parse_entry
from companion.core.journal.safety import safety_answers_from
from companion.core.journal.store import JournalStore
from companion.core.journal.suggest import Suggestion
from companion.core.shared.app_state import AppState
from companion.core.shared.messages import in_language
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

if TYPE_CHECKING:
    from companion.core.check.model import TriageContent

# What is typed is kept as a draft this long after the last keystroke (and at once on
# closing or quitting): a file written for each key would slow typing on a slow disk.
DRAFT_DELAY_MS = 400


class JournalForm(Dialog):
    """A new entry (`entry_id` None) or a change to one; saves through `journal`.

    Emits `saved(kind, entry)` with kind "added" or "edited", and `delete_requested(id)`.
    """

    saved = Signal(str, object)
    delete_requested = Signal(str)

    def __init__(
        self,
        state: AppState,
        journal: JournalStore,
        content: JournalContent,
        *,
        suggestion: Suggestion | None = None,
        entry_id: str | None = None,
        activity_names: list[str] | None = None,
        triage: Callable[[], TriageContent | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.journal = journal
        self.content = content
        self.entry_id = entry_id
        self._triage = triage
        self.original: Entry | None = journal.get(entry_id) if entry_id else None
        self._focus_released = False  # True once the form stops following the focus
        self.setWindowTitle(
            QCoreApplication.translate("JournalForm", "Change journal entry")
            if entry_id
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

        self._build(activity_names or [])
        footer = QWidget()
        footer_row = QHBoxLayout(footer)
        footer_row.setContentsMargins(24, 10, 24, 14)
        self.save_button = button(
            QCoreApplication.translate("JournalForm", "Save entry"), role="primary"
        )
        self.save_button.setToolTip(QCoreApplication.translate("JournalForm", "Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button(QCoreApplication.translate("JournalForm", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row = button_row(self.save_button, self.cancel_button)
        if entry_id:
            self.delete_button = button(
                QCoreApplication.translate("JournalForm", "Delete entry"), role="danger"
            )
            self.delete_button.clicked.connect(self._delete)
            row.addWidget(self.delete_button)
        footer_row.addLayout(row)
        outer.addWidget(footer)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        if self.original is not None:
            self._fill(self._values_of(self.original))
        elif suggestion is not None:
            self._fill(suggestion.values)
            self._explain(suggestion)
        self._start_when = self.when.dateTime()
        self._started = self._draft_values()  # what a draft must differ from to be kept
        self._draft_key = entry_id or NEW
        self.start_again_button = button(QCoreApplication.translate("JournalForm", "Start over"))
        self.start_again_button.clicked.connect(self._start_again)
        row.addWidget(self.start_again_button)
        self.start_again_button.hide()
        draft = read_draft(state, self._draft_key)
        if draft is not None:
            self._bring_back(draft)
        self._update_safety()
        self._fit()
        self.pain_now.focus_button().setFocus()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            self.finished.connect(self._stop_following_focus)
        self._keep_drafts()

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
        self.pain_now.changed.connect(self._raise_worst)

        self.picker = LegLevelPicker(self.content)
        self._section(
            QCoreApplication.translate("JournalForm", "How far down the leg does it reach?"),
            self.picker,
            QCoreApplication.translate(
                "JournalForm", "Click the drawing or a word, or use the Up and Down arrow keys."
            ),
        )
        self.picker.level_changed.connect(lambda _level: self._update_safety())
        self.picker.side_changed.connect(lambda _side: self._update_safety())

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
        for box in (*self.feelings.values(), *self.signs.values()):
            box.toggled.connect(lambda _on: self._update_safety())
        # The advice for a ticked sign shows right below the signs: nothing above moves,
        # so the next box is still under the pointer.
        self.safety = SafetyNotice()
        self.column.addWidget(self.safety)

        numbers = MinutesAndSleep(self.content.sleep)
        self.walk, self.sitting, self.sleep = numbers.walk, numbers.sitting, numbers.sleep
        self.walk_source = numbers.walk_source
        # A number outside its limits gets its message beside the field as soon as the
        # person leaves it.
        self.field_messages = numbers.messages
        for field, edit in numbers.edits.items():
            edit.editingFinished.connect(lambda f=field: self._check_field(f))
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
        # The advice for a sign in an entry from an earlier day is worded for then.
        self.when.dateTimeChanged.connect(lambda _when: self._update_safety())

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

    def _stop_following_focus(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._focus_released:
            self._focus_released = True
            app.focusChanged.disconnect(self._follow_focus)
            app.aboutToQuit.disconnect(self._keep_draft)
            app.commitDataRequest.disconnect(self._keep_draft)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab brings the whole section into view (its heading too), not just the field.

        A click leaves the view where it is, so nothing moves under the pointer.
        """
        if new is None or not self.body.isAncestorOf(new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        section = new
        while (parent := section.parentWidget()) is not None and parent is not self.body:
            section = parent
        viewport = self.scroll_area.viewport().height()
        if section.height() <= viewport - 16:
            self.scroll_area.ensureWidgetVisible(section, 0, 8)
        self.scroll_area.ensureWidgetVisible(new, 0, 8)

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

    def _raise_worst(self, pain: object) -> None:
        worst = self.pain_worst.value()
        if isinstance(pain, int) and (worst is None or worst < pain):
            self.pain_worst.set_value(pain)

    def _moment(self) -> datetime:
        """The entry's time as the form holds it."""
        wall = self.when.dateTime().toPython()
        assert isinstance(wall, datetime)
        if self.original is not None and wall_clock(self.original.time) == self.when.dateTime():
            return self.original.time  # unchanged: keep its seconds and time zone
        return local_moment(wall, self.state.now())

    # --- the draft: nothing filled in is lost ---

    def _keep_drafts(self) -> None:
        """Keep what the form holds as a draft shortly after each change, and at once when
        the form closes unsaved, the app quits, or the desktop session ends."""
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._keep_draft)
        later = self.draft_timer.start
        for choice in (self.pain_now, self.pain_worst):
            choice.changed.connect(later)
        self.picker.level_changed.connect(later)
        self.picker.side_changed.connect(later)
        for box in (*self.feelings.values(), *self.signs.values(), *self.done_boxes.values()):
            box.toggled.connect(later)
        for edit in (self.walk, self.sitting, *self.activity_names):
            edit.textChanged.connect(later)
        for combo in (self.sleep, *self.activity_ratings):
            combo.currentIndexChanged.connect(later)
        self.note.textChanged.connect(later)
        self.when.dateTimeChanged.connect(later)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self._keep_draft)
            app.commitDataRequest.connect(self._keep_draft)

    def _draft_values(self) -> dict[str, Any]:
        """What the form holds as plain data; the time only when the person changed it
        (else a draft brought back later starts from the time it is opened)."""
        values = self.raw_values()
        moment = values.pop("time")
        if self.when.dateTime() != self._start_when:
            values["time"] = moment.isoformat()
        return values

    def _keep_draft(self, *_args: object) -> None:
        self.draft_timer.stop()
        keep_draft(self.state, self._draft_values(), self._started, self._draft_key)

    def _bring_back(self, draft: Draft) -> None:
        """Fill in the draft, and say so, with a way to start over."""
        values: dict[str, Any] = dict(draft.values)
        if "time" in values:
            values["time"] = datetime.fromisoformat(values["time"])
        self._fill(values)
        self._intro_before = self.intro.text()
        self.intro.setText(
            QCoreApplication.translate(
                "JournalForm",
                "This is what you filled in on %1 but did not save. Change what you like, "
                "then save it, or press Start over.",
            ).replace("%1", day_and_time_text(draft.kept_at, weekday=True, year=False, short=True))
        )
        self.start_again_button.show()

    def _start_again(self) -> None:
        drop_draft(self.state, self._draft_key)
        self.when.setDateTime(self._start_when)
        self._fill(self._started)
        self.draft_timer.stop()
        self.intro.setText(self._intro_before)
        self.start_again_button.hide()
        self.pain_now.focus_button().setFocus()

    def done(self, result: int) -> None:
        if result == self.DialogCode.Rejected:
            self._keep_draft()  # closed unsaved (Cancel, Esc, its close button)
        else:
            self.draft_timer.stop()
        super().done(result)

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

    # --- safety ---

    def _update_safety(self) -> None:
        signs = [s for s, box in self.signs.items() if box.isChecked()]
        feelings = [c for c, box in self.feelings.items() if box.isChecked()]
        answers = safety_answers_from(self.picker.level(), self.picker.side(), signs, feelings)
        self.safety.show_for(self.state, answers, self._triage, self._moment())

    # --- actions ---

    def save(self) -> None:
        try:
            entry = parse_entry(self.raw_values(), now=self.state.now())
        except EntryError as exc:
            self._show_problems(exc)
            return
        drop_draft(self.state, self._draft_key)
        if self.entry_id is not None:
            self.entry_id = self.journal.edit(self.entry_id, entry)
            self.saved.emit("edited", entry)
        else:
            self.entry_id = self.journal.add(entry)
            self.saved.emit("added", entry)
        self.accept()

    def _check_field(self, field: str) -> None:
        """The core's own check of the entry, for one field: its message beside it."""
        message = self.field_messages[field]
        text = ""
        try:
            parse_entry(self.raw_values(), now=self.state.now())
        except EntryError as exc:
            text = " ".join(self._said(p.message) for p in exc.problems if p.field == field)
        if text != message.text():
            message.setText(text)  # a StatusLabel: a screen reader hears it

    def _said(self, message: str) -> str:
        """A problem the core found, in the language of the content shown."""
        return in_language(message, self.state.content.language)

    def _show_problems(self, error: EntryError) -> None:
        self.error_text.setText("\n".join(self._said(p.message) for p in error.problems))
        for field, message in self.field_messages.items():
            said = (self._said(p.message) for p in error.problems if p.field == field)
            message.setText(" ".join(said))
        self.errors.setAccessibleName(
            QCoreApplication.translate("JournalForm", "Please check the entry")
        )
        self.errors.setAccessibleDescription(self.error_text.text())
        self.errors.show()
        focus = {
            "time": self.when,
            "pain_now": self.pain_now.focus_button(),
            "pain_worst": self.pain_worst.focus_button(),
            "level": self.picker.levels.focus_button(),
            "side": self.picker.sides.focus_button(),
            "walk_minutes": self.walk,
            "sitting_minutes": self.sitting,
            "activities": self.activity_names[0],
            "note": self.note,
        }
        target = focus.get(error.problems[0].field)
        self.scroll_area.ensureWidgetVisible(self.errors)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self) -> None:
        if self.entry_id is not None:
            drop_draft(self.state, self._draft_key)
            self.delete_requested.emit(self.entry_id)
        self.accept()
