"""The journal entry form's workings: it fills itself from the entry, the suggestion or
a draft, keeps what is typed as a draft, checks and saves.

A daily entry can be a change of one number and Ctrl+Enter. Warning signs (both legs,
new weakness, numbness in the saddle area, a bladder or bowel change) show the guided
check's advice as soon as they are chosen; the check's own rules decide what they mean.
The fields and their sections are laid out in `form_view.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.journal.choices import JournalContent
from companion.core.journal.draft import (
    NEW,
    Draft,
    draft_key,
    drop_draft,
    keep_draft,
    read_draft,
)
from companion.core.journal.entry import EntryError, parse_entry
from companion.core.journal.safety import safety_answers_from
from companion.core.journal.store import JournalStore
from companion.core.journal.suggest import Suggestion
from companion.core.shared.app_state import AppState
from companion.core.shared.messages import in_language
from companion.core.shared.wall_clock import day_zone
from companion.ui.journal.form_view import JournalFormView
from companion.ui.shared.dates import day_and_time_text

if TYPE_CHECKING:
    from companion.core.check.model import TriageContent

# What is typed is kept as a draft this long after the last keystroke (and at once on
# closing or quitting): a file written for each key would slow typing on a slow disk.
DRAFT_DELAY_MS = 400


class JournalForm(JournalFormView):
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
        super().__init__(
            state,
            content,
            original=journal.get(entry_id) if entry_id else None,
            editing=bool(entry_id),
            activity_names=activity_names or [],
            parent=parent,
        )
        self.journal = journal
        self.entry_id = entry_id
        self._triage = triage
        self._focus_released = False  # True once the form stops following the focus
        self.pain_now.changed.connect(self._raise_worst)
        self.picker.level_changed.connect(lambda _level: self._update_safety())
        self.picker.side_changed.connect(lambda _side: self._update_safety())
        for box in (*self.feelings.values(), *self.signs.values()):
            box.toggled.connect(lambda _on: self._update_safety())
        # A number outside its limits gets its message beside the field as soon as the
        # person leaves it.
        for field, edit in self.number_edits.items():
            edit.editingFinished.connect(lambda f=field: self._check_field(f))
        # The advice for a sign in an entry from an earlier day is worded for then.
        self.when.dateTimeChanged.connect(lambda _when: self._update_safety())
        self.save_button.clicked.connect(self.save)
        if entry_id:
            self.delete_button.clicked.connect(self._delete)
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
        self._draft_key = draft_key(state, entry_id or NEW)
        self.start_again_button.clicked.connect(self._start_again)
        draft = read_draft(state, self._draft_key)
        self._holds_draft = draft is not None  # one not offered is not this form's to drop
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

    def _stop_following_focus(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._focus_released:
            self._focus_released = True
            app.focusChanged.disconnect(self._follow_focus)
            app.aboutToQuit.disconnect(self._keep_draft)
            app.commitDataRequest.disconnect(self._keep_draft)

    def _raise_worst(self, pain: object) -> None:
        worst = self.pain_worst.value()
        if isinstance(pain, int) and (worst is None or worst < pain):
            self.pain_worst.set_value(pain)

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
        self._holds_draft = keep_draft(
            self.state,
            self._draft_values(),
            self._started,
            self._draft_key,
            holds=self._holds_draft,
        )

    def _bring_back(self, draft: Draft) -> None:
        """Fill in the draft, and say so, with a way to start over."""
        values: dict[str, Any] = dict(draft.values)
        if "time" in values:
            values["time"] = datetime.fromisoformat(values["time"])
        self._fill(values)
        self._intro_before = self.intro.text()
        if draft.kept_at is None:  # kept while the clock ran ahead: when is not known
            intro = QCoreApplication.translate(
                "JournalForm",
                "This is what you filled in earlier but did not save. Change what you like, "
                "then save it, or press Start over.",
            )
        else:
            kept_at = draft.kept_at.astimezone(day_zone(self.state.now()))  # today's clock
            intro = QCoreApplication.translate(
                "JournalForm",
                "This is what you filled in on %1 but did not save. Change what you like, "
                "then save it, or press Start over.",
            ).replace("%1", day_and_time_text(kept_at, weekday=True, year=False, short=True))
        self.intro.setText(intro)
        self.start_again_button.show()

    def _start_again(self) -> None:
        drop_draft(self.state, self._draft_key)
        self._holds_draft = False
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
